/**
 * A sparse 收入决算表 (no row fills its seven columns) under a squeezed header, one of whose rows a long name pushed
 * left so that its first two figures fall in one column by position (`政府办公厅（室）及相关机 104.87 104.87`), the
 * shape of synth-140300-gongxinju-2016-final-00018 (pdf86, its lines 93–121). The other rows stand one figure to a
 * column, so the header is read as one cover of seven words onto those columns (`sparse-cover.ts` `coverOnAmounts`)
 * and the pushed row is placed with the rest. Read before by position with eight columns: `财政拨款` | `收入` split, and
 * 上级补助收入 and 附属单位上缴收入 in each other's places. Expected cells read by hand from the lines: each row's first
 * figure is the sum of the others (总计 1,352.83 = 1,352.83 + 0.00 + 0.00).
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TEXT = [
  '        项目                         上级             附属',
  '                本年收入 财政拨款 补助 事业 经营 单位 其他',
  '       科目名称       合计       收入 收入 收入 收入 上缴 收入',
  '                                                  收入',
  ' 总计              1,352.83 1,352.83 0.00                0.00',
  ' 一般公共服务支出          353.85 353.85 0.00 0.00 0.00 0.00',
  '  人大事务             107.31 107.31 0.00 0.00             0.00',
  '    行政运行            64.31 64.31         0.00 0.00      0.00',
  '    一般行政管理事务        43.00 43.00 0.00                   0.00',
  '  政府办公厅（室）及相关机 104.87 104.87 0.00 0.00                 0.00',
  '  构事务',
  '    行政运行            55.25 55.25         0.00      0.00',
  '    信访事务             1.50     1.50 0.00 0.00 0.00      0.00',
  '    事业运行            48.12 48.12                   0.00 0.00',
  '  纪检监察事务            22.21 22.21         0.00      0.00 0.00',
  '    一般行政管理事务        22.21 22.21 0.00         0.00',
  '  组织事务             119.46 119.46             0.00',
  '    行政运行            54.00 54.00 0.00         0.00 0.00 0.00',
  '    其他组织事务支出        65.46 65.46         0.00 0.00 0.00',
  ' 教育支出               84.96 84.96              0.00 0.00',
  '  进修及培训             84.96 84.96 0.00         0.00 0.00 0.00',
  '    教师进修            56.16 56.16 0.00 0.00         0.00 0.00',
  '    培训支出            28.80 28.80         0.00 0.00      0.00',
  ' 科学技术支出            171.69 171.69        0.00 0.00',
  '  应用研究              47.00 47.00              0.00 0.00',
  '    其他应用研究支出        47.00 47.00         0.00 0.00 0.00',
  '  其他科学技术支出         124.69 124.69        0.00           0.00',
  '    科技奖励            53.58 53.58         0.00 0.00 0.00 0.00',
  '    其他科学技术支出        71.11 71.11 0.00 0.00 0.00',
].join('\n');

describe('a sparse table with a row pushed off its columns by a long name', () => {
  const { at, header } = readFixture(TEXT);

  it('reads the seven value words of the header in order', () => {
    expect(header(1).slice(-7)).toEqual(['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });

  it('puts 总计 (line 5) 0.00 under 上级补助收入 and 其他收入, and 一般公共服务支出 (line 6) four zeros before a blank 其他收入', () => {
    expect(at(5).cells.slice(-7)).toEqual(['1,352.83', '1,352.83', '0.00', '', '', '', '0.00']);
    expect(at(6).cells.slice(-7)).toEqual(['353.85', '353.85', '0.00', '0.00', '0.00', '0.00', '']);
  });

  it('places the pushed row (line 10) with 0.00 under 上级补助收入, 事业收入 and 其他收入', () => {
    expect(at(10).cells.slice(-7)).toEqual(['104.87', '104.87', '0.00', '0.00', '', '', '0.00']);
  });
});
