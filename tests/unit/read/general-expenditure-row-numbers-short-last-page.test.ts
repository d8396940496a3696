/**
 * A 一般公共预算财政拨款支出决算表 with a 行次 column, read by the order of its figures, whose last page holds two rows
 * only (住房公积金 and 合计, under the header repeated): two numbers are too few to find the 行次 column on that page
 * alone, but the page is read with the columns of the pages before, so it keeps their 行次 column, and 合计's first
 * number is its 行次, not a figure: its seven figures fill the seven figure columns in order. Real `pdftotext -layout`
 * output: tests/fixtures/text-forms/general-expenditure-row-numbers-short-last-page.pdftotext.txt,
 * synth-140300-zhujianju-2017-final-00048 (pdf12, its lines 264–330). Expected cells are read by hand from the lines.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';

describe('a last page of two rows keeps the 行次 column of the pages before', () => {
  const { at } = readTextFormFixture('general-expenditure-row-numbers-short-last-page.pdftotext.txt');

  it('reads 合计 (line 66) with its 行次 apart and one figure to each column', () => {
    expect(at(66).cells).toEqual(['', '合计', '26', '3,024.97', '3,050.60', '3,076.22', '2,811.81', '2,193.21', '618.60', '264.40']);
  });

  it('reads 住房公积金 (line 65) with 项目支出 blank', () => {
    expect(at(65).cells).toEqual(['221 02 01', '住房公积金', '25', '24.88', '24.52', '24.16', '24.16', '18.84', '5.32', '']);
  });
});
