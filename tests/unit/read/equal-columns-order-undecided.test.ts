/**
 * Readings of a squeezed header that differ only in the order of columns whose figures are the same in every row
 * (`src/lib/parse/read/equal-columns.ts`). On real `pdftotext -layout` output of Chromium-printed generator HTML,
 * tests/fixtures/text-forms/expenditure-zero-columns-unordered.pdftotext.txt is 公开03表 支出决算表 of
 * synth-410800-zhujianju-2016-final-00030 (its lines 138–155). Line 4 writes `上级` and `经营` before `上缴`, which starts
 * 上缴上级支出 far right of them, and line 6 has two `支出`: the word stands at its leftmost piece, `上级`
 * (`pushed-order.ts`: pdftotext pushes a piece right, never left), so the header orders 上缴上级支出 before 经营支出 and
 * no order is left undecided. Expected cells are read by hand from the HTML table the PDF was printed from. The
 * readings left undecided are shown on hand-made readings below.
 */
import { describe, expect, it } from 'vitest';
import { readTextForms } from '../../../src/lib/parse/read/index.ts';
import { oneUpToEqualColumns } from '../../../src/lib/parse/read/equal-columns.ts';
import { flattenHeader } from '../../../src/lib/parse/tables/grid.ts';
import { splitLines } from '../../../src/lib/text/lines.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readTextFormFixture } from './read-fixture.ts';

const name = 'expenditure-zero-columns-unordered.pdftotext.txt';

describe('a 支出决算表 header with 上缴 written far right of its 上级 over two columns of zeros', () => {
  const { at } = readTextFormFixture(name);

  it('reads the six columns in the order the leftmost piece of each word gives', () => {
    const labels = flattenHeader([at(3).cells, at(4).cells]).slice(1);
    expect(labels).toEqual(['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']);
  });

  it('puts each figure of a row under its column (总计, line 9; 人大事务, line 11; 纪检监察事务, line 13)', () => {
    expect(at(9).cells.slice(1)).toEqual(['23,470.97', '17,201.06', '6,269.92', '0.00', '0.00', '0.00']);
    expect(at(11).cells.slice(1)).toEqual(['1,456.21', '0.00', '1,456.21', '0.00', '0.00', '0.00']);
    expect(at(13).cells.slice(1)).toEqual(['303.49', '303.49', '0.00', '0.00', '0.00', '0.00']);
  });

  it('reports the header read by cover with no order left undecided', () => {
    const text = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/text-forms', name), 'utf8');
    const cover = readTextForms(splitLines(text)).problems.filter((p) => p.code === 'header_cover');
    expect(cover).toHaveLength(1);
    expect(cover[0]!.message).not.toContain('的列序无法由表头确定');
  });
});

describe('oneUpToEqualColumns', () => {
  const a = { paths: [['合计'], ['甲'], ['乙']] };
  const b = { paths: [['合计'], ['乙'], ['甲']] };

  it('takes readings that swap two columns equal in every row as one, naming the two', () => {
    const one = oneUpToEqualColumns([a, b], [['5.00', '0.00', '0.00'], ['3.00', '0.00', '0.00']]);
    expect(one?.paths).toEqual(a.paths);
    expect([...one!.undecided].sort()).toEqual(['乙', '甲']);
  });

  it('reads nothing when a row gives the two columns different figures', () => {
    expect(oneUpToEqualColumns([a, b], [['5.00', '0.00', '0.00'], ['3.00', '1.00', '0.00']])).toBeNull();
  });

  it('reads nothing when the readings name different columns', () => {
    expect(oneUpToEqualColumns([a, { paths: [['合计'], ['甲'], ['丙']] }], [['5.00', '0.00', '0.00']])).toBeNull();
  });
});
