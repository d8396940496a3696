/**
 * A 收入决算表 page whose lower rows pdftotext drew right of its upper ones: on the page after the break (its header
 * repeated), the rows down to 20899 end their totals at one character position, and every row from 2089999 on ends its
 * total five characters right of it, its other figures seven characters right of theirs. Read with one set of columns for the
 * page, the lower rows' figures fell one column right of their own (the 财政拨款 figure read as 上级补助收入), and the
 * lower rows, read with the upper ones, kept the page's run starts from placing the upper rows' zeros. The page is read
 * as an upper part and a lower part: the run starts found on each, the lower rows placed with the columns moved right
 * by the step their second figures show (`drifted-rows.ts`). Real `pdftotext -layout` lines (copied as they are): /work/corp3/pdf55
 * synth-410800-shangwuju-2017-final-00050, lines 86–134; expected cells read by hand from the printed lines.
 */
import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/lib/model/table.ts';
import { ingestBody } from '../helpers.ts';
import { driftedRows } from '../../src/lib/parse/read/drifted-rows.ts';

const doc = (body: string) => ingestBody(`焦作市商务局\n2017年度部门决算`, body);
const value = (r: Row | undefined, col: string) => r?.cells.find((c) => c.column === col)?.value ?? null;

// Lines 1–49: page 4 (title 4, header 5–11, rows 12–23), page 5 (header 26–32, rows 33–49; from line 38 drawn right).
const d = doc(`                                               2017年度
部门：焦作市商务局                                                                 金额单位：元
  附件1-2
                                             收入决算表
         项目                               上级             附属
                  本年收入合计 财政拨款（补           补助
                               助）收入 收入 收入 收入 上缴
                                               事业 经营 单位 其他收入
功能分类       科目名称
科目编码                                                     收入
             栏次       1           2        3 4 5 6               7
                  35467041.37 35344207.24      0.00      0.00 122834.13
201     一般公共服务支出  14080007.04 14052048.73 0.00                 27958.31
20101 人大事务         3440145.26 3440145.26 0.00 0.00 0.00 0.00       0.00
2010101 行政运行       3440145.26 3440145.26            0.00           0.00
20103 政府办公厅（室）及相
        关机构事务      5607623.15 5579664.84 0.00 0.00             27958.31
2010302 一般行政管理事务   2837106.29 2809147.98 0.00                  27958.31
2010350 事业运行       2770516.86 2770516.86       0.00 0.00
20111 纪检监察事务       5032238.63 5032238.63 0.00            0.00
2011101 行政运行       4181043.58 4181043.58            0.00 0.00      0.00
2011102 一般行政管理事务    851195.05 851195.05        0.00      0.00      0.00
208     社会保障和就业支出  6835561.48 6746829.27 0.00 0.00             88732.21

                                                 -4-
         项目                             上级 事业 经营 附属
                 本年收入合计 助）收入 补助 收入 收入 单位
                             财政拨款（补
                                                       上缴   其他收入
功能分类       科目名称                         收入
科目编码                                                   收入
             栏次      1          2        3 4 5 6              7
20808 抚恤          3811632.69 3768936.96      0.00 0.00      42695.73
2080801 死亡抚恤      3811632.69 3768936.96 0.00 0.00 0.00      42695.73
20899 其他社会保障和就业支
        出         3023928.79 2977892.31 0.00 0.00      0.00 46036.48
2089999 其他社会保障和就业支
        出              3023928.79   2977892.31           0.00      46036.48
210     卫生健康支出         2352843.70   2346700.09 0.00 0.00            6143.61
21011 行政事业单位医疗         2352843.70   2346700.09                      6143.61
2101102 事业单位医疗         2352843.70   2346700.09 0.00           0.00 6143.61
215     资源勘探工业信息等支     5612036.32   5612036.32      0.00      0.00
        出
21505 工业和信息产业监管        3340000.00   3340000.00           0.00          0.00
2150501 行政运行           3340000.00   3340000.00           0.00 0.00     0.00
21508 支持中小企业发展和管
        理支出            2272036.32   2272036.32      0.00 0.00 0.00     0.00
2150805 中小企业发展专项       2272036.32   2272036.32 0.00      0.00 0.00     0.00
221     住房保障支出         6586592.83   6586592.83      0.00
`);

describe('a 收入决算表 page whose rows are drawn right from a line on', () => {
  const t = d.tables.find((x) => x.kind === 'final_income')!;
  const at = (code: string) => t.rows.find((x) => x.code === code);
  it('reads the upper rows of the page by where their runs start (line 33: 0.00 0.00 under 事业 and 经营)', () => {
    expect(value(at('20808'), '上级补助收入')).toBeNull();
    expect(value(at('20808'), '事业收入')).toBe('0');
    expect(value(at('20808'), '经营收入')).toBe('0');
    expect(value(at('20808'), '其他收入')).toBe('42695.73');
  });
  it('reads the lower rows with the columns moved right (lines 38, 40, 42, 45)', () => {
    expect(value(at('2089999'), '本年收入合计')).toBe('3023928.79');
    expect(value(at('2089999'), '财政拨款（补助）收入')).toBe('2977892.31');
    expect(value(at('2089999'), '其他收入')).toBe('46036.48');
    expect(value(at('21011'), '财政拨款（补助）收入')).toBe('2346700.09');
    expect(value(at('21011'), '上级补助收入')).toBeNull();
    expect(value(at('21011'), '其他收入')).toBe('6143.61');
    expect(value(at('215'), '财政拨款（补助）收入')).toBe('5612036.32');
    expect(value(at('215'), '上级补助收入')).toBeNull();
    expect(value(at('2150501'), '财政拨款（补助）收入')).toBe('3340000');
  });
  it('reads the lower rows\' zeros under the columns their second figures moved by (lines 41, 48)', () => {
    expect(value(at('2101102'), '上级补助收入')).toBe('0');
    expect(value(at('2101102'), '附属单位上缴收入')).toBe('0');
    expect(value(at('2101102'), '其他收入')).toBe('6143.61');
    expect(value(at('2150805'), '财政拨款（补助）收入')).toBe('2272036.32');
    expect(value(at('2150805'), '上级补助收入')).toBe('0');
    expect(value(at('2150805'), '事业收入')).toBeNull();
    expect(value(at('2150805'), '经营收入')).toBe('0');
    expect(value(at('2150805'), '附属单位上缴收入')).toBe('0');
    expect(value(at('2150805'), '其他收入')).toBe('0');
  });
});

describe('driftedRows', () => {
  const fig = (end: number) => ({ text: '0.00', start: end - 4, end });
  it('gives the lower part of a page the step its second figures show', () => {
    const page = [[fig(28), fig(39)], [], [fig(28), fig(39)], [fig(33), fig(46)], [fig(33), fig(46)], [fig(34)]];
    expect(driftedRows(page)).toEqual([0, 0, 0, 7, 7, 7]);
    // (no second figure on either side: the step of the first figures)
    expect(driftedRows([[fig(28)], [fig(28)], [fig(33)], [fig(33)]])).toEqual([0, 0, 5, 5]);
  });
  it('leaves a page whose first figures stand otherwise (a blank total among them, a step too wide)', () => {
    expect(driftedRows([[fig(28)], [fig(33)], [fig(28)], [fig(33)]])).toEqual([0, 0, 0, 0]);
    expect(driftedRows([[fig(28)], [fig(28)], [fig(40)], [fig(40)]])).toEqual([0, 0, 0, 0]);
    expect(driftedRows([[fig(28)], [fig(28)], [fig(33)]])).toEqual([0, 0, 0]);
    // (a step of three or four characters is pdftotext's own jitter between two parts of a page, not a drift)
    expect(driftedRows([[fig(28), fig(39)], [fig(28), fig(39)], [fig(31), fig(42)], [fig(31), fig(42)]])).toEqual([0, 0, 0, 0]);
    expect(driftedRows([[fig(28)], [fig(28)], [fig(32)], [fig(32)]])).toEqual([0, 0, 0, 0]);
    // (lower rows ending their first figures where upper rows end their second: their first cells blank)
    expect(driftedRows([[fig(28), fig(33)], [fig(28), fig(40)], [fig(33)], [fig(33)]])).toEqual([0, 0, 0, 0]);
  });
});
