/**
 * A 支出决算表 continued on a page whose codes are printed whole (`20603`, `2060399`, no spaces between 类, 款 and
 * 项), on real `pdftotext -layout` output: tests/fixtures/text-forms/expenditure-whole-code-name-one-space.pdftotext.txt,
 * source lines 155–192 of the generated synth-140100-gongxinju-2015-final-00001 (pdf18). On the second page a short
 * name one space after its code (`20603 应用研究`, `20808 抚恤`) is one piece with it, carried into the code column; its
 * name cell empty, the code and the name are split apart, as for a code printed with spaces (`208 08抚恤`,
 * `splitNamesOffCodes`). Expected cells read by hand from the lines; line numbers are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a name one space after a code printed whole, carried into the code column', () => {
  const { at } = readTextFormFixture('expenditure-whole-code-name-one-space.pdftotext.txt');

  it('reads 20603 as the code and 应用研究 as the name (line 29)', () => {
    expect(at(29).cells.slice(0, 4)).toEqual(['20603', '应用研究', '13', '1647.55']);
  });

  it('reads 20808 as the code and 抚恤 as the name (line 37)', () => {
    expect(at(37).cells.slice(0, 8)).toEqual(['20808', '抚恤', '20', '2715.46', '1381.59', '1215.80', '165.79', '1333.87']);
  });

  it('leaves a name already in its column as it was (line 38)', () => {
    expect(at(38).cells.slice(0, 3)).toEqual(['2080801', '死亡抚恤', '21']);
  });
});
