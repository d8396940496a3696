/**
 * A continued page of a 支出决算表 whose rows print their 行次 left of where the header's `行次` stands (real
 * `pdftotext -layout` output, synth-410700-fagaiwei-2017-final-00049, pdf75, the page after the break at line 51): the
 * page's grid has a column no row fills between the names and the rows' 行次 numbers (where the header's `行次` word
 * stands). Two rows have their 行次 glued to the end of the name (`221         住房保障支出31 2699328.11 …`, line 65;
 * `221 02      住房改革支出32 …`, line 66) between rows numbered 30 (line 64) and 33 (line 67). The numbering runs on
 * through them, so the names are 住房保障支出 and 住房改革支出, read by hand: 2510375.13 + 188952.98 = 2699328.11.
 */
import { describe, expect, it } from 'vitest';
import { basicParts, ingestTextFormFixture } from './read-fixture.ts';

describe('a 行次 glued to a name past a grid column no row fills', () => {
  const { table, coded } = ingestTextFormFixture('row-numbers-column-beside-drawn-numbers.pdftotext.txt', 'final_expenditure');

  it('names line 65 住房保障支出, its 行次 31 split off', () => {
    expect(table.rows.find((r) => r.line === 65)?.name).toBe('住房保障支出');
    expect(coded('221')).toEqual(expect.objectContaining(basicParts('2699328.11', '2510375.13', '188952.98')));
  });

  it('names line 66 住房改革支出, its 行次 32 split off', () => {
    expect(table.rows.find((r) => r.line === 66)?.name).toBe('住房改革支出');
    expect(coded('22102')).toEqual(expect.objectContaining(basicParts('2699328.11', '2510375.13', '188952.98')));
  });
});
