/**
 * A row's code drawn alone on the line under its first line, its name wrapped over two lines around it, in real
 * `pdftotext -layout` output: tests/fixtures/text-forms/code-under-first-line-of-its-row.pdftotext.txt is the
 * 一般公共预算财政拨款支出决算表 of synth-410803-shengtaiju-2015-final-00007 (source lines 249–292). The printed HTML rows
 * are `2101199 | 其他行政事业单位医疗支出 | 18 | 28.10 | 27.44 | 26.77 | 19.00 | 17.86 | 1.14 | 7.77` and `2110199 |
 * 其他环境保护管理事务支出 | 21 | 28.10 | 27.18 | 26.27 | 14.51 | 13.64 | 0.87 | 11.75`; pdftotext prints the name's
 * first line with the figures, the code `210 11 99` alone on the next line, and `支出` on the line after. Expected cells
 * are read by hand from that HTML; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

const { at } = readTextFormFixture('code-under-first-line-of-its-row.pdftotext.txt');

describe('a code alone under a row of figures with no code of its own', () => {
  it('is that row’s code, the name’s rest under it joined too (lines 35–37)', () => {
    expect(at(35).cells).toEqual(['210 11 99', '其他行政事业单位医疗支出', '18', '28.10', '27.44', '26.77', '19.00', '17.86', '1.14', '7.77']);
    expect(at(36).skip).toBe('joined');
    expect(at(37).skip).toBe('joined');
  });

  it('reads the next such row the same way (lines 40–42)', () => {
    expect(at(40).cells.slice(0, 4)).toEqual(['211 01 99', '其他环境保护管理事务支出', '21', '28.10']);
  });

  it('leaves a code alone over its row with that row (lines 33–34)', () => {
    expect(at(34).cells.slice(0, 4)).toEqual(['210 11 02', '事业单位医疗', '17', '10.74']);
  });
});
