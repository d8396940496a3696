/**
 * The 栏次 row is never a row of figures, even where the columns read are not the table's and the 栏次 word shares
 * its cell with numbers (`isColumnNumbersRow` of `src/lib/parse/tables/grid.ts`), on real `pdftotext -layout` output of
 * Chromium-printed generator HTML: 政府性基金预算财政拨款收入支出决算表 of 焦作市山阳区生态环境局 2016 决算
 * (synth-410811-shengtaiju-2016-final-00024 of the kept corpus pdf13, its lines 296–308). The table 无数据: the HTML
 * numbers its six value columns 1–6 (`编码 栏次 1 2 3 4 5 6`) and prints one unlabelled row of two 0.00; the header's
 * words are scattered, so fewer than six value columns are read, and 栏次 with 1 and 2 falls into one cell, 3 4 5 6
 * into another.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/lib/parse-document.ts';
import { isColumnNumbersRow } from '../../../src/lib/parse/tables/grid.ts';

const FIXTURE = `部门名称：焦作市山阳区生态环境局                                单位：万元
2016年度部门决算表                        政府性基金预算财政拨款收入支出决算表
   项目 年初          本年支出      年末
 功能 科目 结转
        和结
           本年
           收入      基本  项目
              小计 支出 支出 和结
                            结转
 分类 名称 余                    余
 科目
 编码 栏次 1 2 3 4 5 6
              0.00     0.00
`;

describe('a 栏次 row whose word shares its cell with numbers', () => {
  const doc = parseDocument({ text: `2016年度\n部门决算\n\n${FIXTURE}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  const table = doc.tables.find((t) => t.kind === 'final_gov_fund')!;

  it('reads no row from the 栏次 line, so no 3456 万元 under 本年支出', () => {
    expect(table.rows.some((r) => r.name.includes('栏次'))).toBe(false);
    expect(table.rows.flatMap((r) => r.cells).some((c) => c.value === '34560000')).toBe(false);
  });

  it('takes the 栏次 word and the numbers beside it in one cell for the 栏次 row', () => {
    expect(isColumnNumbersRow(['', '栏次1 2', '3 4 5 6', ''])).toBe(true);
    expect(isColumnNumbersRow(['合计', '1 2', '3'])).toBe(false);
  });
});
