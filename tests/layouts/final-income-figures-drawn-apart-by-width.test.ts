/**
 * A squeezed 收入决算表 in 万元 whose figures stand one space apart (blank cells leave a few spaces more) and whose
 * header pdftotext drew over four lines, `一般公共预算拨款收入` as `一般公共` / `预算拨款` / `收入` and `上级补助收入` as
 * `上级` / `补助` / `收入`. Read by position, the figures of 本年收入合计 and 一般公共预算拨款收入, printed at different
 * widths (`1,402.2` and `455.5`), make three figure columns that overlap one another, so there is one column too many.
 * The header's characters read as seven words, and also as eight with 上级补助 and 收入 apart; the eight would head
 * those eight columns, `收入` over the 一般公共预算拨款收入 figures. Where figure columns overlap and the header reads
 * as one word fewer too, positions do not tell how many columns there are, so the header is not put over them. The
 * rows are read by the order of their figures under the seven words instead.
 * The table runs over a page break (`-6-` and the running head). Fixture from `pdftotext -layout` output; values
 * read by hand (万元, read in 元).
 */
import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/lib/model/table.ts';
import { ingestBody } from '../helpers.ts';

const doc = ingestBody(
  `2016年度\n测试市财政局部门决算`,
  `
                                     2016年度
部门：测试市财政局                                                       单位：万元
  决算02表
                                   收入决算表
            项目                  一般公共     上级          附属
功能分类                 行次 本年收入    预算拨款     补助 事业 经营 单位 其他
                         合计 收入 收入 收入 收入 上缴 收入
科目编码          科目名称                                   收入
201     一般公共服务支出       1 1,402.2 1,394.3                  7.9
20101 人大事务             2 455.5 452.9         0.0 0.0 0.0 2.6
2010101 行政运行           3 455.5 452.9 0.0         0.0      2.6
20103 政府办公厅（室）及相关机构事务 4 480.8 480.8              0.0 0.0
2010301 行政运行           5 167.6 167.6         0.0 0.0 0.0 0.0
2010308 信访事务           6 295.7 295.7 0.0                  0.0
2010350 事业运行           7 17.5 17.5 0.0           0.0
20111 纪检监察事务           8 465.8 460.6 0.0         0.0 0.0 5.2
2011101 行政运行           9 397.2 396.0                      1.2
2011102 一般行政管理事务      10 68.6 64.6           0.0      0.0 4.0
205     教育支出          11 344.4 344.4 0.0 0.0          0.0
                                       -6-
                             测试市财政局2016年度部门决算
20508 进修及培训            12 344.4 344.4         0.0 0.0 0.0
2050801 教师进修           13 209.4 209.4         0.0 0.0
2050803 培训支出           14 135.0 135.0     0.0     0.0 0.0
208     社会保障和就业支出      15 419.4 414.8         0.0      4.6
20808 抚恤               16 419.4 414.8 0.0 0.0     0.0 4.6
2080801 死亡抚恤           17 419.4 414.8         0.0      4.6
210     卫生健康支出         18 594.9 594.1     0.0 0.0      0.8
21011 行政事业单位医疗         19 594.9 594.1 0.0 0.0     0.0 0.8
2101103 公务员医疗补助        20 321.0 321.0                  0.0
2101199 其他行政事业单位医疗支出   21 273.9 273.1     0.0 0.0 0.0 0.8
221     住房保障支出         22 342.0 342.0         0.0      0.0
22102 住房改革支出           23 342.0 342.0     0.0     0.0
2210202 提租补贴           24 342.0 342.0         0.0      0.0
        总计             25 3,102.9 3,089.6     0.0     13.2
   注：本表反映部门本年度取得的各项收入情况。本表金额转换为万元时，因四舍五入可能存在尾差。
`,
);
const t = doc.tables.find((x) => x.kind === 'final_income')!;
const row = (code: string) => t.rows.find((r) => r.code === code);
const value = (r: Row | undefined, col: string) => r?.cells.find((c) => c.column === col)?.value;
const columns = ['本年收入合计', '一般公共预算拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'];
const read = (r: Row | undefined) => columns.map((c) => value(r, c) ?? null);

describe('figures of one column drawn apart by their widths into overlapping columns', () => {
  it('reads 2101199 其他行政事业单位医疗支出 after the page break: 273.9 total, 273.1 一般公共预算拨款收入, 0.8 其他收入', () => {
    expect(read(row('2101199'))).toEqual(['2739000', '2731000', null, '0', '0', '0', '8000']);
  });
  it('reads the seven income columns by their words, no column headed by 收入 alone', () => {
    expect(t.columns).toEqual(columns);
  });
  it('reads 201 一般公共服务支出 (line 13): 1,402.2 total, 1,394.3 一般公共预算拨款收入, 7.9 其他收入', () => {
    expect(row('201')?.line).toBe(13);
    expect(read(row('201'))).toEqual(['14022000', '13943000', null, null, null, null, '79000']);
  });
  it('reads 2011101 行政运行 (line 21): 397.2 total, 396.0 一般公共预算拨款收入, 1.2 其他收入', () => {
    expect(read(row('2011101'))).toEqual(['3972000', '3960000', null, null, null, null, '12000']);
  });
  it('reads 2010301 行政运行 (line 17): 167.6 total and 一般公共预算拨款收入, 上级补助收入 blank, four 0.0', () => {
    expect(read(row('2010301'))).toEqual(['1676000', '1676000', null, '0', '0', '0', '0']);
  });
});
