/**
 * Two header cells whose lower halves pdftotext wrote before their upper halves on one line, on real `pdftotext -layout`
 * output of Chromium-printed generator HTML: tests/fixtures/text-forms/expenditure-two-runs-one-line.pdftotext.txt is
 * 公开03表 支出决算表 of synth-410300-zhujianju-2015-final-00013 (its lines 121–135). Its line 5,
 * `费 经费人员经    公用`, holds `费` (the end of 人员经费), `经费` (the end of 公用经费) run into `人员经` (the start of
 * 人员经费), then `公用`: each word has a piece left of its start, and both runs — the ends, then the starts — put
 * 人员经费 first. Expected cells are read by hand from the HTML table the PDF was printed from.
 */
import { describe, expect, it } from 'vitest';
import { flattenHeader } from '../../../src/lib/parse/tables/grid.ts';
import { readTextFormFixture } from './read-fixture.ts';
import { EXPENDITURE_COLUMNS } from '../../helpers.ts';

describe('a 支出决算表 header line holding the lower halves of two cells before their upper halves', () => {
  const { at } = readTextFormFixture('expenditure-two-runs-one-line.pdftotext.txt');

  it('reads 人员经费 before 公用经费 under 其中：基本支出, as both runs of the line order them', () => {
    expect(flattenHeader([at(1).cells, at(2).cells]).slice(1)).toEqual(EXPENDITURE_COLUMNS);
  });

  it('puts each figure of a row under its column (一般公共服务支出, line 9; 纪检监察事务, line 10)', () => {
    expect(at(9).cells).toEqual(['一般公共服务支出', '36.54', '34.56', '32.83', '1.73', '1.98', '0.00', '0.00', '0.00']);
    expect(at(10).cells).toEqual(['纪检监察事务', '6.32', '6.32', '6.00', '0.32', '0.00', '0.00', '0.00', '0.00']);
  });
});
