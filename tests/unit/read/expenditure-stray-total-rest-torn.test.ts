/**
 * A squeezed 支出决算表 header whose total's rest pdftotext drew into the label columns torn in two (`出合计 出`, the
 * shape of the 支出决算表 of synth-410200-shangwuju-2015-final-00016): `出合计` ends 本年支出合计 and the `出` one space
 * after it ends 基本支出. `出` alone is part of a label word too (支出功能分类科目), yet torn off the stray `出合计` on
 * its line it is the rest of a value word (`header-cover.ts` `strayPieces`): with it the stack reads the six columns
 * 本年支出合计 | 基本支出 | 项目支出 | 上缴上级支出 | 经营支出 | 对附属单位补助支出. Figures written by hand, each row's
 * 本年支出合计 the sum of the five columns beside it, each different so another order puts them under other words.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TEXT = [
  '      项目                                 对附',
  '                 本年支 基本支 项目 上缴  上级  经营   属单',
  '                                         位补',
  '功能分类 科目名称 出合计 出 支出 支出 支出 助支',
  '科目编码                                     出',
  '            栏次    1    2 3 4 5 6',
  '201     一般公共服务支出 51.80 29.60 22.20 0.00 0.00 0.00',
  '2010301 行政运行      12.70 12.70 0.00 0.00 0.00 0.00',
  '2010302 一般行政管理事务 9.40 1.00 5.30 2.00 0.60 0.50',
  '2010350 事业运行      16.40 16.40 0.00 0.00 0.00 0.00',
].join('\n');

describe('a 支出决算表 header whose total\'s rest is drawn into the label columns torn in two', () => {
  const { at, header } = readFixture(TEXT);

  it('reads the six value words, the torn `出` the rest of 基本支出', () => {
    expect(header(1).slice(-6)).toEqual(['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']);
  });

  it('puts each figure under its column (line 9: 9.40 = 1.00 + 5.30 + 2.00 + 0.60 + 0.50)', () => {
    expect(at(7).cells.slice(-6)).toEqual(['51.80', '29.60', '22.20', '0.00', '0.00', '0.00']);
    expect(at(9).cells.slice(-6)).toEqual(['9.40', '1.00', '5.30', '2.00', '0.60', '0.50']);
  });
});
