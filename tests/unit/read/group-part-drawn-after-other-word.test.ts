/**
 * A part of a group drawn after a word of another meaning (`src/lib/parse/read/header-cover.ts` `pathsFor`), on real
 * `pdftotext -layout` output of Chromium-printed generator HTML: tests/fixtures/text-forms/gov-fund-part-drawn-after-other-word.pdftotext.txt
 * is 附表7 政府性基金预算财政拨款收入支出决算表 of synth-410300-zhujianju-2015-final-00013 (pdf15, its lines 322–333):
 * `年末` is drawn on the first header line at the column where `项目` of 项目支出 stands two lines below, so the cover
 * also orders 年末结转和结余 before 项目支出, 项目支出 then left outside 本年支出. Expected cells read by hand from the
 * HTML: 年初结转和结余 | 本年收入 | 本年支出 (小计 | 基本支出 | 项目支出) | 年末结转和结余, 栏次 1–6, 合计 0.0 in each.
 */
import { describe, expect, it } from 'vitest';
import { readTextFormFixture } from './read-fixture.ts';
import { GOV_FUND_COLUMNS } from '../../helpers.ts';

describe('a part of 本年支出 drawn after 年末结转和结余 (gov-fund-part-drawn-after-other-word)', () => {
  const { at, header } = readTextFormFixture('gov-fund-part-drawn-after-other-word.pdftotext.txt');

  it('reads 项目支出 under 本年支出, before 年末结转和结余 (lines 4–8)', () => {
    expect(header(4).slice(2)).toEqual(GOV_FUND_COLUMNS);
  });

  it('puts one 0.0 under each of the six numbered columns (lines 9–10)', () => {
    expect(at(9).cells.slice(1)).toEqual(['栏次', '1', '2', '3', '4', '5', '6']);
    expect(at(10).cells.slice(1)).toEqual(['合计', '0.0', '0.0', '0.0', '0.0', '0.0', '0.0']);
  });
});
