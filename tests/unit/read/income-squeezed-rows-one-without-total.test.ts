/**
 * A squeezed 收入决算表 no row fills (seven columns, six figures at most), each row packed from its total on, a wider
 * gap leaving blank cells, the shape of synth-410803-shangwuju-2015-final-00017 (pdf72, its lines 90–119). The
 * first figures of the runs after a gap end at one place per column (42 上级补助收入, 47 事业收入, 52 经营收入, 57
 * 附属单位上缴收入, 62 其他收入: `run-starts.ts` `placeByRunStarts`). Its last row prints no total (`购房补贴` with
 * `0.0 0.0 0.0` from 39 on): read as a row from the total column, its first run bounded every column from the left
 * wrongly and no placement of the page held, every row with a blank cell was refused (`spaced_row_ambiguous`). That
 * row now bounds nothing, and stands from the column its run starts in (42: 上级补助收入). Expected cells read by hand:
 * 总计 103.5 = 102.9 + 0.6 + 0.0.
 */
import { describe, expect, it } from 'vitest';
import { readFixture } from './read-fixture.ts';

const TEXT = [
  '              项目                财政拨 上级               附属',
  ' 功能分类科                   本年收    款（补   补助 收入 收入 单位',
  '                                           事业   经营        其他',
  '                 科目名称    入合计    助）收                  上缴   收入',
  '  目编码                            入 收入                收入',
  '          总计              103.5 102.9       0.6       0.0',
  '201       一般公共服务支出         24.4 24.1        0.3       0.0 0.0',
  '201 01    人大事务              9.4 9.4 0.0 0.0 0.0 0.0',
  '201 01 01 行政运行              8.0 8.0                   0.0',
  '201 01 02 一般行政管理事务          1.3 1.3 0.0                    0.0',
  '201 03    政府办公厅（室）及相关机构事务 15.1 14.7         0.3 0.0 0.0',
  '201 03 02 一般行政管理事务          4.4 4.3         0.1 0.0        0.0',
  '201 03 50 事业运行             10.6 10.4        0.2 0.0        0.0',
  '208       社会保障和就业支出        41.6 41.6        0.0',
  '208 05 行政事业单位养老支出          19.9 19.9 0.0 0.0 0.0 0.0',
  '208 05 02 事业单位离退休          19.9 19.9 0.0 0.0 0.0           0.0',
  '208 08 抚恤                   9.9 9.9 0.0          0.0',
  '208 08 01 死亡抚恤              9.9 9.9 0.0          0.0 0.0',
  '208 99 其他社会保障和就业支出         11.9 11.8        0.0 0.0',
  '208 99 99 其他社会保障和就业支出      11.9 11.8        0.0       0.0',
  '210       卫生健康支出           30.0 29.9 0.0 0.1 0.0 0.0',
  '210 11    行政事业单位医疗         30.0 29.9        0.1 0.0',
  '210 11 01 行政单位医疗           12.7 12.7                  0.0 0.0',
  '210 11 99 其他行政事业单位医疗支出     17.3 17.2        0.1 0.0 0.0 0.0',
  '215       资源勘探工业信息等支出       7.4 7.3 0.0 0.1           0.0',
  '215 05    工业和信息产业监管         7.4 7.3 0.0 0.1           0.0 0.0',
  '215 05 02 一般行政管理事务          7.4 7.3         0.1',
  '221       住房保障支出            0.0        0.0 0.0 0.0 0.0',
  '221 02    住房改革支出            0.0             0.0 0.0 0.0',
  '221 02 03 购房补贴                         0.0 0.0 0.0',
].join('\n');

describe('a squeezed table no row fills, one row printing no total', () => {
  const { at } = readFixture(TEXT);

  it('places 总计 (line 6) 0.6 under 事业收入 and 0.0 under 附属单位上缴收入', () => {
    expect(at(6).cells.slice(-7)).toEqual(['103.5', '102.9', '', '0.6', '', '0.0', '']);
  });

  it('places 一般行政管理事务 (line 10) 0.0 under 上级补助收入 and the lone 0.0 ending at 62 under 其他收入', () => {
    expect(at(10).cells.slice(-7)).toEqual(['1.3', '1.3', '0.0', '', '', '', '0.0']);
  });

  it('places 政府办公厅（室）及相关机构事务 (line 11) 0.3 0.0 0.0 from 事业收入 on', () => {
    expect(at(11).cells.slice(-7)).toEqual(['15.1', '14.7', '', '0.3', '0.0', '0.0', '']);
  });

  it('places 购房补贴 (line 30), no total printed, 0.0 0.0 0.0 from 上级补助收入 on', () => {
    expect(at(30).cells.slice(-7)).toEqual(['', '', '0.0', '0.0', '0.0', '', '']);
  });
});
