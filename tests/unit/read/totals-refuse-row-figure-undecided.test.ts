/**
 * A 支出决算表 row whose figures, placed by position, break the header's totals, and whose totals hold under several
 * placements that put one figure in different columns (tests/fixtures/text-forms/expenditure-row-refused-by-totals.pdftotext.txt:
 * source lines 153–194 of the generated synth-410100-gongxinju-2018-final-00052 as `pdftotext -layout` wrote them).
 * `纪检监察事务 80.0 28.7 22.1 6.6 51.4` (line 16): position put 6.6 under 项目支出 and 51.4 under 上缴上级支出, which
 * breaks 小计 = 人员经费 + 公用经费 (28.7 ≠ 22.1). 28.7 = 22.1 + 6.6 puts 6.6 under 公用经费; 80.0 = 28.7 + 51.4 holds
 * with 51.4 under 项目支出, 上缴上级支出, 经营支出 or 对附属单位补助支出 alike — so the row's totals leave 51.4 undecided
 * (`placeByTotals` of `row-totals.ts`). The table prints no codes but indents its names by level (类 at character 0, 款
 * at 1, 项 at 2): the sums down those levels decide it (`codesByIndent` of `code-sums.ts`): 一般公共服务支出's 108.8 (line
 * 10, under 项目支出) = 人大事务 22.5 + 政府办公厅（室）及相关机构事务 35.0 + 纪检监察事务's 51.4, and 纪检监察事务's
 * own 项 一般行政管理事务 prints 51.4 (line 18). The table's rows breaking its totals that some other placement holds
 * (line 16 itself) count neither for nor against its header. Expected cells read by hand from the lines; line numbers
 * are the fixture's.
 */
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../../src/lib/text/lines.ts';
import { readTextForms } from '../../../src/lib/parse/read/index.ts';
import { readTextFormFixture } from './read-fixture.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const NAME = 'expenditure-row-refused-by-totals.pdftotext.txt';

describe('a row whose totals leave a figure other than zero undecided, the sums down the names’ levels deciding it', () => {
  const { at } = readTextFormFixture(NAME);

  it('puts 6.6 under 公用经费, where 28.7 = 22.1 + 6.6 holds (line 16)', () => {
    expect(at(16).cells.slice(0, 5)).toEqual(['纪检监察事务', '80.0', '28.7', '22.1', '6.6']);
  });

  it('places 51.4 under 项目支出 by the sums down the levels: 108.8 = 22.5 + 35.0 + 51.4 (lines 10, 11, 13, 16), the row no longer reported', () => {
    expect(at(16).cells.slice(5)).toEqual(['51.4', '', '', '']);
    expect(at(13).cells.slice(5)).toEqual(['35.0', '', '', '']);
    const text = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/text-forms', NAME), 'utf8');
    const { problems } = readTextForms(splitLines(text));
    expect(problems.some((p) => p.line === 16 && p.code === 'spaced_row_ambiguous')).toBe(false);
  });

  it('puts 行政运行\'s 6.6 under 公用经费 too, 28.7 = 22.1 + 6.6 (line 17)', () => {
    expect(at(17).cells).toEqual(['行政运行', '28.7', '28.7', '22.1', '6.6', '', '', '', '']);
  });
});
