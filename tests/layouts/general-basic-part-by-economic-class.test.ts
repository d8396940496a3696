/**
 * A 一般公共预算基本支出表 over two pages whose rows print their total and one part (tests/fixtures/text-forms/
 * general-basic-part-by-economic-class.pdftotext.txt: the title lines and source lines 270–311 of
 * synth-140100-shengtaiju-2017-budget-00041, pdf105; fixture line n is source line n + 266 from line 4 on). The second
 * page is drawn a few characters off the first: its parts end at 64–65, between where the 总计 line (10) ends 人员经费
 * (60) and 公用经费 (71). Read by the nearest full line they fell under 人员经费; a 302 or 310 code spends 公用经费, a 301
 * or 303 code 人员经费 (人员经费 = 301 + 303), so each part is read under its code's class. Values read by hand (元).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from '../unit/read/read-fixture.ts';

const { coded } = ingestTextFormFixture('general-basic-part-by-economic-class.pdftotext.txt', 'budget_general_basic');
const G = '本年一般公共预算基本支出';

describe('a 基本支出 row printing its total and one part, read under its economic class', () => {
  it('reads 30224 被装购置费 (line 32, second page) under 公用经费', () => {
    expect(coded('30224')).toEqual({ [`${G}/合计`]: '391505.41', [`${G}/公用经费`]: '391505.41' });
  });
  it('reads 31007 信息网络及软件购置更新, its figures on the line of its name’s rest (line 38), under 公用经费', () => {
    expect(coded('31007')).toEqual({ [`${G}/合计`]: '474727.44', [`${G}/公用经费`]: '474727.44' });
  });
  it('still reads 30101 基本工资 (line 11) under 人员经费 and 30206 电费 (line 24) under 公用经费', () => {
    expect(coded('30101')).toEqual({ [`${G}/合计`]: '4422477.69', [`${G}/人员经费`]: '4422477.69' });
    expect(coded('30206')).toEqual({ [`${G}/合计`]: '360387.6', [`${G}/公用经费`]: '360387.6' });
  });
});
