/**
 * A page continuing a table without its header whose rows fill no value column each (a figure in at most six of seven
 * columns) and whose later figures pdftotext drew a column's width left of where the page before drew them: the
 * positions of the page before place them one column right (`0.37`, 其他收入, read as 附属单位上缴收入). Within the
 * page, where the figures that start a run end still says the column: the page is read as a squeezed table's page no
 * row fills (`run-starts.ts` `placeByRunStarts`), its run-starting figures never ending left of where the lines' first
 * runs, packed from the total on, put their column's figures (`458.64 458.27 0.00 0.00 0.00` ends its fifth, 经营收入,
 * at character 46, so a run starting at 46 is in 经营收入, never left of it), a lone last figure a gap after the one
 * before it in the next column (the last cell is wider). Trimmed from real `pdftotext -layout` output: the 收入决算表 of
 * 焦作市山阳区住房和城乡建设局 2015 决算 (synth-410811-zhujianju-2015-final-00014 of the kept corpus pdf32, its lines
 * 75–83, 86, 87, 89, 91, 95–108; no unit printed, values read as printed). Values read by hand from the text: on the
 * second page a run starting at character 46 is 经营收入, at 51 附属单位上缴收入, a last figure at 58 其他收入 (each
 * row's total the sum of its parts).
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from '../../src/lib/ingest/ingest-text.ts';
import type { Row } from '../../src/lib/model/table.ts';

const TEXT = `                                       收入决算表
     项目           本年收入     财政拨款     上级补 事业收   经营收   附属单 其他收
             行次 合计          收入 助收入 入           入 位上缴      入
    科目名称                                            收入
总计              1 3,247.81 3,235.07      0.00 0.00        12.74
一般公共服务支出        2 1,552.94 1,548.10      0.00        0.00 4.85
 人大事务           3 552.59 548.02                            4.57
   行政运行         4 311.63 307.06 0.00                       4.57
   一般行政管理事务     5 240.96 240.96 0.00 0.00            0.00 0.00
   信访事务         7 184.61 184.61 0.00           0.00 0.00
 纪检监察事务         8 227.54 227.54                      0.00 0.00
 组织事务          10 588.21 587.93 0.00 0.00                  0.28
社会保障和就业支出      12 774.53 773.54 0.00                       0.99
\f 其他社会保障和就业支    15 737.87 737.87 0.00 0.00 0.00
 出
  其他社会保障和就业    16 737.87 737.87 0.00
  支出
卫生健康支出         17 458.64 458.27 0.00 0.00      0.00   0.37
 行政事业单位医疗      18 458.64 458.27           0.00 0.00   0.37
  公务员医疗补助      19 458.64 458.27                       0.37
城乡社区支出         20 70.85 68.00 0.00             0.00   2.85
 城乡社区管理事务      21 70.85 68.00 0.00 0.00               2.85
  行政运行         22 70.85 68.00             0.00 0.00   2.85
住房保障支出         23 390.84 387.16 0.00      0.00        3.69
 住房改革支出        24 390.84 387.16 0.00 0.00 0.00        3.69
  住房公积金        25 41.29 41.29 0.00 0.00        0.00
  提租补贴         26 349.55 345.86                0.00   3.69
`;

const d = ingestText({ text: TEXT, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
const value = (r: Row | undefined, col: string) => r?.cells.find((c) => c.column === col)?.value ?? null;

describe('a continued page whose later figures are drawn a column left, placed by its run starts', () => {
  const t = d.tables.find((x) => x.kind === 'final_income')!;
  const at = (n: number) => t.rows.find((r) => r.line === n);
  it('reads 卫生健康支出 (line 18): a run of four from the total, then 附属单位上缴收入 and 其他收入', () => {
    expect(value(at(18), '本年收入合计')).toBe('458.64');
    expect(value(at(18), '财政拨款收入')).toBe('458.27');
    expect(value(at(18), '上级补助收入')).toBe('0');
    expect(value(at(18), '事业收入')).toBe('0');
    expect(value(at(18), '经营收入')).toBeNull();
    expect(value(at(18), '附属单位上缴收入')).toBe('0');
    expect(value(at(18), '其他收入')).toBe('0.37');
  });
  it('reads 行政事业单位医疗 (line 19): a run of two at 46, 经营收入 and 附属单位上缴收入', () => {
    expect(value(at(19), '本年收入合计')).toBe('458.64');
    expect(value(at(19), '事业收入')).toBeNull();
    expect(value(at(19), '经营收入')).toBe('0');
    expect(value(at(19), '附属单位上缴收入')).toBe('0');
    expect(value(at(19), '其他收入')).toBe('0.37');
  });
  it('reads 住房保障支出 (line 24) and 提租补贴 (line 27)', () => {
    expect(value(at(24), '本年收入合计')).toBe('390.84');
    expect(value(at(24), '上级补助收入')).toBe('0');
    expect(value(at(24), '经营收入')).toBe('0');
    expect(value(at(24), '其他收入')).toBe('3.69');
    expect(value(at(27), '本年收入合计')).toBe('349.55');
    expect(value(at(27), '财政拨款收入')).toBe('345.86');
    expect(value(at(27), '附属单位上缴收入')).toBe('0');
    expect(value(at(27), '其他收入')).toBe('3.69');
  });
  it('keeps the first page as it was read', () => {
    expect(value(at(5), '本年收入合计')).toBe('3247.81');
    expect(value(at(5), '其他收入')).toBe('12.74');
    expect(value(at(9), '附属单位上缴收入')).toBe('0');
    expect(value(at(9), '其他收入')).toBe('0');
  });
});
