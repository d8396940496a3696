/**
 * A 政府性基金 header drawn over ten lines above a squeezed 栏次 row (`1 2 3 4 5 6`, one space apart), on real
 * `pdftotext -layout` output of Chromium-printed generator HTML (the merged 项目 | 功能分类科目编码 | 科目名称 cells
 * stretch the header; every value word wraps into pieces two characters wide, centred in their cells):
 * - 政府性基金预算财政拨款收入支出决算表 of synth-410700-nongyeju-2015-final-00009 of the kept corpus pdf33 (its lines
 *   270–282): `年末` on the header's first line and its `余` nine lines below it are one word, 年末结转和结余
 *   (`header-cover.ts`, a word's pieces within `ROWS` lines of its anchor); the HTML prints six 0.00;
 * - the same table of synth-410400-chengguanju-2016-final-00025 of the kept corpus pdf32 (its lines 375–387): its only
 *   row `0.00    0.00 0.00`, printing nothing before its figures (no label, no 行次), wider than the squeezed numbers
 *   over it, a gap wider than a space between two of its figures: the numbers say nothing of where its columns stand
 *   (`coverOnNumbers` places none), the figures are read beside the header's words; the HTML prints 年初结转和结余,
 *   小计 and 基本支出 0.00, the other three blank;
 * - the same table of synth-410800-zhujianju-2016-final-00030 of a corpus printed with generator seed 51 (its lines
 *   373–378): its only row `合计 1 0.00 … 0.00 0.00` prints its label and 行次 before its figures, which measure its
 *   spacing: it stays under the numbers and is placed again by its spacing; the HTML prints 年初结转和结余,
 *   项目支出 and 年末结转和结余 0.00, the other three blank;
 * - the same table of synth-410811-caizhengju-2015-final-00004 of the kept corpus pdf48 (its lines 366–379): its only
 *   row `0.00 0.00`, printing nothing before its figures and fewer figures than the numbers, squeezed like them but
 *   wider (each figure as wide as two numbers and their spaces): the numbers say nothing of where its columns stand,
 *   the figures are read beside the header's words (小计 over the first, 基本 over the second); the HTML prints 小计
 *   and 基本支出 0.00, the other four blank.
 * Expected cells are read by hand from the HTML tables the PDFs were printed from.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/lib/parse-document.ts';
import { GOV_FUND_COLUMNS } from '../../helpers.ts';

const FULL = `          附表7 政府性基金预算财政拨款收入支出决算表
 项目 年初              本年支出       年末
功能 科目 结转   本年
                     基本   项目
                               结转
分类 名称 和结
       余
           收入 小计
                     支出   支出
                               和结
                                余
科目
编码 栏次 1 2 3 4 5 6
   合计 0.00 0.00 0.00 0.00 0.00 0.00
  注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。
`;

const SPARSE = `  决算07表
            政府性基金预算财政拨款收入支出决算表
  项目 年初           本年支出     年末
功能 科目 结转   本年
                   基本   项目
                           结转
分类 名称 和结
       余
           收入 小计
                   支出   支出
                           和结
                            余
科目
编码 栏次 1 2 3 4 5 6
      0.00    0.00 0.00
  注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。本表金额转换为万元
`;

const LED = `2016年度部门决算表                  政府性基金预算财政拨款收入支出决算表
                    2016年度
部门名称：焦作市住房和城乡建设局                          单位：元
  项目     年初      本年支出      年末
功能 科目    结转 本年    基本  项目   结转
分类 名称 行次 和结 收入 小计 支出 支出 和结
科目        余                余
编码 栏次     1 2 3 4 5 6
   合计 1 0.00          0.00 0.00
  注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。
`;

const UNLED = `        表七 政府性基金预算财政拨款收入支出决算表
  项目 年初         本年支出     年末
功能 科目 结转 本年
                 基本   项目
                         结转
分类 名称 和结
       余
         收入 小计
                 支出   支出
                         和结
                         余
科目
编码 栏次 1 2 3 4 5 6
            0.00 0.00
  注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。本表金额
`;

function govFund(fixture: string) {
  const doc = parseDocument({ text: `2015年度\n部门决算\n\n${fixture}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  return doc.tables.find((t) => t.kind === 'final_gov_fund')!;
}

describe('a 政府性基金 table under a squeezed 栏次 row', () => {
  it('reads a word whose last piece stands nine lines below its first, and every figure of a full row under its word', () => {
    const table = govFund(FULL);
    expect(table.columns).toEqual(GOV_FUND_COLUMNS);
    const row = table.rows.find((r) => r.name === '合计')!;
    expect(row.cells.map((c) => c.value)).toEqual(['0', '0', '0', '0', '0', '0']);
  });

  it('reads an only row wider than the numbers beside the header words, not under the numbers', () => {
    const table = govFund(SPARSE);
    const row = table.rows.find((r) => r.name === '合计')!;
    expect(row.cells.filter((c) => c.value !== null).map((c) => [c.column, c.value])).toEqual([
      ['年初结转和结余', '0'],
      ['本年支出/小计', '0'],
      ['本年支出/基本支出', '0'],
    ]);
  });

  it('keeps an only row printing its label and 行次 before its figures under the numbers, placed by its spacing', () => {
    const table = govFund(LED);
    const row = table.rows.find((r) => r.name === '合计')!;
    expect(row.cells.filter((c) => c.value !== null).map((c) => [c.column, c.value])).toEqual([
      ['年初结转和结余', '0'],
      ['本年支出/项目支出', '0'],
      ['年末结转和结余', '0'],
    ]);
  });

  it('reads an only row printing nothing before fewer figures than the squeezed numbers beside the header words', () => {
    const table = govFund(UNLED);
    const row = table.rows.find((r) => r.name === '合计')!;
    expect(row.cells.filter((c) => c.value !== null).map((c) => [c.column, c.value])).toEqual([
      ['本年支出/小计', '0'],
      ['本年支出/基本支出', '0'],
    ]);
  });
});
