/**
 * The header word 行次 run together with the next column's word is a word of its own (`splitRowNumberWord` of
 * `src/lib/parse/read/label-word-glued.ts`), on real `pdftotext -layout` output of Chromium-printed generator HTML:
 * 政府性基金预算财政拨款收入支出决算表 of 阳泉市工业和信息化局 2016 决算 (synth-140300-gongxinju-2016-final-00018 of the
 * kept corpus pdf20, its lines 336–346). The table 无数据: its one row prints its 行次 1 and 0.00 under 年初结转和结余,
 * 本年支出/基本支出 and 年末结转和结余 (the HTML's 合计 row, its name cell blank in the conversion); the header line
 * `行次转和结` runs 行次 into 年初结转和结余's middle piece.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/lib/parse-document.ts';
import { splitRowNumberWord } from '../../../src/lib/parse/read/label-word-glued.ts';

const FIXTURE = `
                          2016年度
部门：阳泉市工业和信息化局                              单位：万元
2016年度部门决算表                  政府性基金预算财政拨款收入支出决算表
     科目编码       年初结 本年收       本年支出      年末结
              行次转和结 入          基本支 项目支 转和结
  类 款 项 科目 名称    余        小计    出    出   余
               1 0.00           0.00     0.00
  注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。本表金额转换为万
元时，因四舍五入可能存在尾差。
  说明：我部门没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。
`;

describe('a 行次 run together with the next header word', () => {
  const doc = parseDocument({ text: `2016年度\n部门决算\n\n${FIXTURE}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  const table = doc.tables.find((t) => t.kind === 'final_gov_fund')!;

  it('reads the row number 1 as its 行次, never as the row name', () => {
    expect(table.rows.map((r) => r.name)).toEqual(['合计']);
  });

  it('reads 0.00 under 年初结转和结余 of the only row', () => {
    const row = table.rows[0]!;
    expect(row.cells.find((c) => c.column === '年初结转和结余')?.value).toBe('0');
    expect(row.cells.find((c) => c.column === '年末结转和结余')?.value).toBe('0');
  });

  it('splits 行次 off the word after it, each where it stands', () => {
    expect(splitRowNumberWord({ text: '行次转和结', start: 14, end: 19 })).toEqual([
      { text: '行次', start: 14, end: 16 },
      { text: '转和结', start: 16, end: 19 },
    ]);
    expect(splitRowNumberWord({ text: '行次', start: 3, end: 5 })).toEqual([{ text: '行次', start: 3, end: 5 }]);
  });
});
