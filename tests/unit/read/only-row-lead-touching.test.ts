/**
 * The only row of an empty table placed by how its figures stand apart when its label or 行次 touches the first figure
 * (`src/lib/parse/read/only-row-spacing.ts` `keepsSpacing`, `src/lib/parse/read/only-row.ts` `coverOnlyRow`), on real
 * `pdftotext -layout` output of Chromium-printed generator HTML (kept corpora pdf16, pdf17):
 * - tests/fixtures/text-forms/gov-fund-only-row-label-touching.pdftotext.txt: 政府性基金预算财政拨款收入支出决算表 of
 *   synth-410811-nongyeju-2017-final-00044 (pdf16, its lines 242–252): `合计 0.00 0.00 0.00 0.00 0.00` under six
 *   columns, its header's words crowded left of where they print; the HTML prints 年初结转和结余, 本年收入, 小计,
 *   基本支出 and 项目支出 0.00, 年末结转和结余 blank;
 * - tests/fixtures/text-forms/gov-fund-only-row-gaps.pdftotext.txt: the same table of
 *   synth-140100-zhujianju-2016-final-00031 (pdf17, its lines 340–349): `合计 1 0.00    0.00 0.00    0.00`, the HTML
 *   printing 年初结转和结余, 小计, 基本支出 and 年末结转和结余 0.00, 本年收入 and 项目支出 blank;
 * - tests/fixtures/text-forms/gov-fund-only-row-label-then-gap.pdftotext.txt: the same table of
 *   synth-410200-nongyeju-2016-final-00026 (pdf16, its lines 324–337): `合计 0.00       0.00`, the HTML printing
 *   年初结转和结余 and 基本支出 0.00, the others blank.
 * Expected cells are read by hand from the HTML tables the PDFs were printed from; line numbers are the fixtures'.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';
import { GOV_FUND_COLUMNS } from '../../helpers.ts';

const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, `../../fixtures/text-forms/${name}`), 'utf8');

describe('an only row whose label or 行次 touches its first figure', () => {
  it('reads figures one space after 合计 from the first column on, the last column blank (gov-fund-only-row-label-touching, line 10)', () => {
    const { at, header } = readFixture(fixture('gov-fund-only-row-label-touching.pdftotext.txt'));
    expect(header(4).slice(2)).toEqual(GOV_FUND_COLUMNS);
    expect(at(10).cells.slice(2)).toEqual(['0.00', '0.00', '0.00', '0.00', '0.00', '']);
  });

  it('puts a blank column in each gap as wide as a figure when the columns leave room for no other placement (gov-fund-only-row-gaps, line 9)', () => {
    const { at } = readFixture(fixture('gov-fund-only-row-gaps.pdftotext.txt'));
    // 行次 1 | 年初 0.00 | 本年收入 blank | 小计 0.00 | 基本支出 0.00 | 项目支出 blank | 年末 0.00
    expect(at(9).cells.slice(2)).toEqual(['1', '0.00', '', '0.00', '0.00', '', '0.00']);
  });

  it('reads the first figure in the first column and the one a wide gap after it beside its header word, under a 栏次 row squeezed one space apart (gov-fund-only-row-label-then-gap, line 13)', () => {
    const { at, header } = readFixture(fixture('gov-fund-only-row-label-then-gap.pdftotext.txt'));
    // 栏次 `1 2 3 4 5 6` (line 12) is squeezed one space apart and places nothing; the second 0.00 starts at column 14,
    // where `基本` (line 8) and the `支出` under it (line 9) start: 小计 starts at 11, 项目 at 19 and its 支出 at 17
    expect(header(4).slice(1)).toEqual(GOV_FUND_COLUMNS);
    expect(at(13).cells).toEqual(['合计', '0.00', '', '', '0.00', '', '']);
  });
});
