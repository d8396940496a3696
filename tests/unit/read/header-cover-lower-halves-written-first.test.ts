/**
 * A squeezed 支出决算表 header whose busiest line pdftotext wrote as two runs, the lower halves of some cells first and
 * then the upper halves (`src/lib/parse/read/header-cover.ts`): such a line orders no columns as one band across the
 * header, and the pieces of equal text it holds left of their words' first pieces (`出`) push those words in the
 * order of their first pieces. Real `pdftotext -layout` output of a Chromium-printed generator document
 * (`tests/fixtures/text-forms/expenditure-lower-halves-written-first.pdftotext.txt`, units 万元); the cells are read by
 * hand from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

describe('a header line holding lower halves before upper halves', () => {
  // line 7: `出合计` (25) under `本年支` (27, line 6), then `小计` 29, `人员经` 32, `公用经` 36, then the lower halves
  // `出` 40, `级支出` 42, `出` 46, `单位补` 48, then the upper halves `项目支` 53, `上缴上` 58, `经营支` 63; line 5
  // `其中：基本支出` over 小计 … 公用经费 and `对附属` at 68, line 8 `费` 42 and 48 and `助支出` 68. The columns:
  // 本年支出合计, 其中：基本支出 (小计, 人员经费, 公用经费), 项目支出, 上缴上级支出, 经营支出, 对附属单位补助支出.
  const { onLine } = ingestTextFormFixture('expenditure-lower-halves-written-first.pdftotext.txt', 'final_expenditure');

  it('reads 社会保障和就业支出 with 3.61 as 项目支出: 41.21 = 37.60 + 3.61, 37.60 = 35.72 + 1.88 (line 12)', () => {
    expect(onLine(12)).toEqual({
      本年支出合计: '412100',
      '其中：基本支出/小计': '376000',
      '其中：基本支出/人员经费': '357200',
      '其中：基本支出/公用经费': '18800',
      项目支出: '36100',
      上缴上级支出: '0',
      经营支出: '0',
      对附属单位补助支出: '0',
    });
  });

  it('reads 一般公共服务支出 the same way, 项目支出 0.00 (line 9)', () => {
    expect(onLine(9)).toEqual({
      本年支出合计: '679000',
      '其中：基本支出/小计': '679000',
      '其中：基本支出/人员经费': '645100',
      '其中：基本支出/公用经费': '34000',
      项目支出: '0',
      上缴上级支出: '0',
      经营支出: '0',
      对附属单位补助支出: '0',
    });
  });
});
