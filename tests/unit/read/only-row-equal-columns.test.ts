/**
 * The only row of an empty table under a header whose cover leaves the order of two columns of zeros undecided
 * (`src/lib/parse/read/only-row.ts` `coverOnlyRow` with `equal-columns.ts`), on real `pdftotext -layout` output of
 * Chromium-printed generator HTML: tests/fixtures/text-forms/gov-fund-only-row-equal-columns.pdftotext.txt is
 * 政府性基金预算财政拨款收入支出决算表 of synth-410100-jiaoyuju-2015-final-00012 (pdf13, its lines 304–315): `年初结`
 * is drawn a line above `本年收` but `转和结` left of it on the line below; the other `转和结`, of 年末结转和结余, stands
 * beyond 年初结转和结余's reach, so the two cannot swap and that line orders 年初结转和结余 before 本年收入; both are
 * 0.00. Expected cells read by hand from the HTML: 行次 1, then 0.00 under each of the six value columns.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextForms } from '../../../src/lib/parse/read/index.ts';
import { splitLines } from '../../../src/lib/text/lines.ts';
import { readFixture } from './read-fixture.ts';
import { GOV_FUND_COLUMNS } from '../../helpers.ts';

const text = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/text-forms/gov-fund-only-row-equal-columns.pdftotext.txt'), 'utf8');

describe('an only row under two columns of zeros whose order the header leaves open (gov-fund-only-row-equal-columns)', () => {
  const { at, header } = readFixture(text);

  it('reads the six value columns, 本年支出 over its three (lines 4–8)', () => {
    expect(header(4).slice(-6)).toEqual(GOV_FUND_COLUMNS);
  });

  it('puts one 0.00 under each of them (line 9)', () => {
    expect(at(9).cells.slice(-6)).toEqual(['0.00', '0.00', '0.00', '0.00', '0.00', '0.00']);
  });

  it('leaves no order undecided: the 转和结 left of 本年收 is 年初结转和结余\'s own (line 4)', () => {
    const cover = readTextForms(splitLines(text)).problems.filter((p) => p.code === 'header_cover');
    expect(cover.map((p) => p.line)).toEqual([4]);
    expect(cover[0]!.message).not.toContain('列序无法由表头确定');
  });
});
