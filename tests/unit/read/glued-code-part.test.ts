/**
 * A classification code's 项 part glued to the name after it, in `pdftotext -layout` output of a 部门收入总表
 * (synth-410100-gongxinju-2018-budget-00052, source lines 132–135, the rows after a page break): pdftotext leaves
 * no space between `01` and `住房公积金` where the name's cell starts right after the code's. Expected pieces read by hand.
 */
import { describe, expect, it } from 'vitest';
import { dataPieces } from '../../../src/lib/parse/read/spaced.ts';

const lines = [
  '221 02  住房改革支出         795.04 0.00 795.04 0.00 0.00',
  '221 02 01住房公积金          79.19 0.00 79.19 0.00 0.00',
  '221 02 02提租补贴          307.85 0.00 307.85 0.00 0.00',
];

describe('a 项 code part glued to the name', () => {
  it('splits the two digits off the name into the code (221 02 01 住房公积金)', () => {
    const ps = dataPieces(lines[1]!);
    expect(ps.map((p) => p.text)).toEqual(['221 02 01', '住房公积金', '79.19', '0.00', '79.19', '0.00', '0.00']);
  });

  it('splits it on every such row (221 02 02 提租补贴)', () => {
    expect(dataPieces(lines[2]!).slice(0, 2).map((p) => p.text)).toEqual(['221 02 02', '提租补贴']);
  });

  it('leaves a code of two parts and its name as they are (221 02 住房改革支出)', () => {
    expect(dataPieces(lines[0]!).slice(0, 2).map((p) => p.text)).toEqual(['221 02', '住房改革支出']);
  });

  // synth-410100-caizhengju-2019-budget-00072 (corpus pdf21) line 100
  it('splits a 款 part glued to the name after a 类 part (221 02 住房改革支出, line 100 of a 部门收入总表)', () => {
    const ps = dataPieces('221 02住房改革支出     23 547.37     547.11 0.26');
    expect(ps.map((p) => p.text)).toEqual(['221 02', '住房改革支出', '23', '547.37', '547.11', '0.26']);
  });
});
