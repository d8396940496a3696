/**
 * A squeezed 支出决算表 (`pdftotext -layout`) whose total word wraps over two header lines, `本年支出` over `合计`, the
 * `合计` written on the label words' line (`功能分类科 科目名称 行次 合计`): pdftotext gives each of those eleven wide
 * characters one column, so the `合计` is written far left of the `本年支出` it stands under on the page, inside the
 * label columns the rows' codes, names and 行次 fill. Counted with the wide characters left of each piece two columns
 * wide, it stands right under `本年支出`: it is that word's rest, and the figures' first column is 本年支出合计.
 * Fixture: lines 141–160 of pdf63 synth-140300-caizhengju-2017-final-00038 (seed 63 index 38), values read by
 * hand (万元).
 */
import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/lib/model/table.ts';
import { ingestBody } from '../helpers.ts';

const doc = (body: string) => ingestBody(`阳泉市财政局\n2017年度部门决算`, body);
const value = (r: Row | undefined, col: string) => r?.cells.find((c) => c.column === col)?.value;

// Lines 4–23: title 4, header 8–12, rows 13–23 (a name wrapped onto line 18); one row fills every figure column.
const d = doc(`                                   支出决算表
                                                               公开03表
                                     2017年度
部门：阳泉市财政局                                                      单位：万元
      项目                                                对附
                      本年支出 基本支出 项目支出 上缴       上级   经营 属单位补
功能分类科 科目名称 行次 合计                              支出 支出 助支
  目编码                                                   出
              栏次        1       2       3      4 5 6
201       一般公共服务支出 1 8,490.5 5,229.9 3,260.6 0.0
201 01    人大事务      2 4,111.4 2,866.5 1,244.9 0.0
201 01 01 行政运行      3 2,866.5 2,866.5     0.0
201 01 02 一般行政管理事务 4 1,244.9          1,244.9 0.0        0.0
201 03    政府办公厅（室） 5 1,485.4 787.0 698.4            0.0 0.0
          及相关机构事务
201 03 01 行政运行      6 787.0 787.0              0.0 0.0 0.0
201 03 02 一般行政管理事务 7 698.4        0.0 698.4         0.0
201 11    纪检监察事务    8 1,317.3     0.0 1,317.3 0.0 0.0 0.0
201 11 02 一般行政管理事务 9 1,317.3      0.0 1,317.3
201 32    组织事务     10 1,576.4 1,576.4          0.0       0.0
`);

describe('a total word whose rest pdftotext wrote among the label words of its line', () => {
  const t = d.tables.find((x) => x.kind === 'final_expenditure')!;
  const at = (n: number) => t.rows.find((x) => x.line === n);
  it('names the first figure column 本年支出合计, the 合计 read as the rest of 本年支出', () => {
    expect(t.columns).toEqual(['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出']);
  });
  it('reads the full row 纪检监察事务 (line 21) one figure to a column', () => {
    expect(value(at(21), '本年支出合计')).toBe('13173000');
    expect(value(at(21), '基本支出')).toBe('0');
    expect(value(at(21), '项目支出')).toBe('13173000');
    expect(value(at(21), '上缴上级支出')).toBe('0');
    expect(value(at(21), '经营支出')).toBe('0');
    expect(value(at(21), '对附属单位补助支出')).toBe('0');
  });
  it('reads 人大事务 (line 14) and 组织事务 (line 23) with their totals in 本年支出合计', () => {
    expect(value(at(14), '本年支出合计')).toBe('41114000');
    expect(value(at(14), '项目支出')).toBe('12449000');
    expect(value(at(23), '本年支出合计')).toBe('15764000');
    expect(value(at(23), '基本支出')).toBe('15764000');
  });
  it('reads the 一般公共服务支出 row (line 13) with its total in 本年支出合计', () => {
    expect(value(at(13), '本年支出合计')).toBe('84905000');
    expect(value(at(13), '基本支出')).toBe('52299000');
    expect(value(at(13), '项目支出')).toBe('32606000');
  });
});
