/**
 * The only row of an empty table beside its crowded header's words, a figure one space after the one before it pushed
 * right by pdftotext and a figure written clear of the one before it standing where it prints
 * (`src/lib/parse/read/only-row.ts` `besideWords`, `boundBySpacing`; `only-row-spacing.ts` `pushedFigure`), on real
 * `pdftotext -layout` output of Chromium-printed generator HTML:
 * - 政府性基金预算财政拨款收入支出决算表 of synth-410811-gongxinju-2021-final-00104 of the kept corpus pdf32 (its lines
 *   401–406): `合计 0.00 0.00        0.00`; the second figure, one space after the first, ends one character left of
 *   where 小计 starts: pushed, it is no figure of 小计 or 本年收入 alike, it stands at or left of where it prints;
 * - the same table of synth-410300-nongyeju-2017-final-00043 of the corpus pdf39 (its lines 312–317): the same row under
 *   a header whose packed line draws 小计 one column left of where the second figure starts; beside the words the
 *   figure falls under 小计, a column apart from the first figure it touches, and the last figure, written eight spaces
 *   after it, stands where 年末 starts: it is 年末结转和结余's, whatever the spacing allows.
 * The HTML of both prints 年初结转和结余, 本年收入 and 年末结转和结余 0.00, 小计, 基本支出 and 项目支出 blank.
 * Expected cells are read by hand from the HTML tables the PDFs were printed from.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/lib/parse-document.ts';

const AFTER_FIRST = `          表七：政府性基金预算财政拨款收入支出决算表
   科目编码     年初        本年支出   年末
            结转 本年            结转
 类 款 项 科目   和结 收入 小计 基本 项目 和结
         名称 余          支出 支出 余
         合计 0.00 0.00        0.00
  注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。本表金额
`;

const CLEAR_LAST = `       附表7：政府性基金预算财政拨款收入支出决算表
                   2017年度
部门：洛阳市农业农村局                          金额单位：元
    科目编码    年初        本年支出   年末
            结转 本年            结转
         科目            基本 项目
 类 款 项 名称 和结 收入 小计 支出 支出 和结
            余                余
         合计 0.00 0.00        0.00
  注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。
`;

function govFundRow(fixture: string) {
  const doc = parseDocument({ text: `2017年度\n部门决算\n\n${fixture}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  const table = doc.tables.find((t) => t.kind === 'final_gov_fund')!;
  const row = table.rows.find((r) => r.name === '合计')!;
  return row.cells.filter((c) => c.value !== null).map((c) => [c.column, c.value]);
}

const EXPECTED = [
  ['年初结转和结余', '0'],
  ['本年收入', '0'],
  ['年末结转和结余', '0'],
];

describe('an only row beside its crowded header words, a figure pushed right by the one before it', () => {
  it('reads a figure one space after the first at or left of where it prints, next to the first', () => {
    expect(govFundRow(AFTER_FIRST)).toEqual(EXPECTED);
  });

  it('reads a figure written clear of the one before it in the column its words put it in', () => {
    expect(govFundRow(CLEAR_LAST)).toEqual(EXPECTED);
  });
});
