/**
 * Header words that pdftotext -layout writes left of their figures. pdftotext gives each word the column after the
 * longest text to its left, one column per character however wide it prints, so right-aligned figures come out
 * starting together (their ends vary) and header words, after CJK words that print twice as wide as they count,
 * stand early. Hand-placed lines (tests/unit/read/at.ts), shaped like tests/fixtures/text-forms/*-drift.pdftotext.txt.
 */
import { describe, expect, it } from 'vitest';
import { readTextForms } from '../../../src/lib/parse/read/index.ts';
import { flattenHeader } from '../../../src/lib/parse/tables/grid.ts';
import { splitLines } from '../../../src/lib/text/lines.ts';
import { at } from './at.ts';

const read = (rows: string[]) => readTextForms(splitLines(rows.join('\n'))).lines;

describe('header words standing left of start-aligned figures', () => {
  it('gives the right one of two header words over one figure column to the wordless figure column beside it', () => {
    // 基本支出 (36–40) and 项目支出 (43–47) both stand over the 基本支出 figures (36–45); the 项目支出 figures start at 48
    const lines = read([
      at([0, '项目'], [18, '行次'], [24, '合计'], [36, '基本支出'], [43, '项目支出']),
      '',
      at([0, '合计'], [18, '1'], [24, '12,000.50'], [36, '11,000.00'], [48, '1,000.50']),
      at([0, '一般公共服务支出'], [18, '2'], [24, '10,000.50'], [36, '9,000.00'], [48, '1,000.50']),
      at([0, '行政运行'], [18, '3'], [24, '9,000.00'], [36, '9,000.00']),
      at([0, '其他支出'], [18, '4'], [24, '2,000.00'], [36, '2,000.00']),
    ]);
    expect(flattenHeader([lines[0]!.cells])).toEqual(['项目', '行次', '合计', '基本支出', '项目支出']);
    expect(lines[2]!.cells).toEqual(['合计', '1', '12,000.50', '11,000.00', '1,000.50']);
    expect(lines[4]!.cells).toEqual(['行政运行', '3', '9,000.00', '9,000.00', '']);
  });

  it('gives a header word over no column the figure column that starts just right of it (合计 at 20, its figures from 24)', () => {
    const lines = read([
      at([0, '项目'], [14, '行次'], [20, '合计'], [34, '基本支出'], [46, '项目支出']),
      '',
      at([0, '合计'], [16, '1'], [24, '12,000.50'], [36, '11,000.00'], [48, '1,000.50']),
      at([0, '一般公共服务支出'], [16, '2'], [24, '10,000.50'], [36, '9,000.00'], [48, '1,000.50']),
      at([0, '行政运行'], [16, '3'], [24, '9,000.00'], [36, '9,000.00']),
      at([0, '其他支出'], [16, '4'], [24, '2,000.00'], [36, '2,000.00']),
    ]);
    const header = flattenHeader([lines[0]!.cells]);
    expect(header).toEqual(['项目', '行次', '合计', '基本支出', '项目支出']);
    expect(lines[3]!.cells).toEqual(['一般公共服务支出', '2', '10,000.50', '9,000.00', '1,000.50']);
  });

  it('leaves right-aligned figures (whose ends line up) to the overlap of header and figures', () => {
    // figures end together at 32, 44, 56: a header word over no column stays a column of its own (blank)
    const lines = read([
      at([0, '项目'], [20, '合计'], [36, '基本支出'], [48, '项目支出'], [60, '其他']),
      '',
      at([0, '合计'], [-32, '12,000.50'], [-44, '11,000.00'], [-56, '1,000.50']),
      at([0, '一般公共服务支出'], [-32, '10,000.50'], [-44, '9,000.00'], [-56, '1,000.50']),
      at([0, '行政运行'], [-32, '9,000.00'], [-44, '9,000.00']),
    ]);
    expect(flattenHeader([lines[0]!.cells])).toEqual(['项目', '合计', '基本支出', '项目支出', '其他']);
    expect(lines[4]!.cells).toEqual(['行政运行', '9,000.00', '9,000.00', '', '']);
  });
});
