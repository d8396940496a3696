/**
 * A sparse 收入决算表 in 万元 (every row prints 本年收入合计, 一般公共预算拨款收入 and at most 其他收入) whose narrow header
 * pdftotext drew over four lines, `上级补助收入` broken into `上级` and `补助` on one line with `收入` under each: read by
 * position, 上级 (with the `入` of 一般公共预算拨款收入 under it) and 补助 收入 head two columns blank in every row, so
 * the figure columns and the columns blank in every row are one more than the header's seven words. The header reads
 * as one cover of seven words, and the columns blank in every row stand in one run between 一般公共预算拨款收入 and
 * 其他收入: however the run takes its five words, the figures take 本年收入合计, 一般公共预算拨款收入 and 其他收入.
 * Fixture trimmed from `pdftotext -layout` output; values read by hand (万元, read in 元).
 */
import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/lib/model/table.ts';
import { ingestBody } from '../helpers.ts';

const doc = ingestBody(
  `2018年度\n测试市科学技术局部门决算`,
  `
                         收入决算表
                          2018年度
部门名称：测试市科学技术局                                         单位：万元
            项目                一般公             附属
                       本年收 共预算 上级    补助 事业 经营 单位 其他
功能分类         科目名称      入合计 拨款收 收入 收入 收入 上缴 收入
科目编码                           入              收入
        合计             139.97 139.41             0.56
201     一般公共服务支出        24.65 24.50              0.15
20101 人大事务              16.50 16.50
2010101 行政运行             8.00 8.00
2010102 一般行政管理事务         8.50 8.50
20111 纪检监察事务             8.15 8.00               0.15
2011101 行政运行             8.15 8.00               0.15
`,
);
const t = doc.tables.find((x) => x.kind === 'final_income')!;
const row = (code: string) => t.rows.find((r) => r.code === code);
const value = (r: Row | undefined, col: string) => r?.cells.find((c) => c.column === col)?.value;
const columns = ['本年收入合计', '一般公共预算拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'];
const read = (r: Row | undefined) => columns.map((c) => value(r, c) ?? null);

describe('a broken word over two columns blank in every row of a sparse table', () => {
  it('reads the seven income columns by their words', () => {
    expect(t.columns).toEqual(columns);
  });
  it('reads 合计: 139.97 total, 139.41 一般公共预算拨款收入, 0.56 其他收入', () => {
    expect(read(t.rows.find((r) => r.name === '合计'))).toEqual(['1399700', '1394100', null, null, null, null, '5600']);
  });
  it('reads 20111 纪检监察事务: 8.15 total, 8.00 一般公共预算拨款收入, 0.15 其他收入', () => {
    expect(read(row('20111'))).toEqual(['81500', '80000', null, null, null, null, '1500']);
  });
  it('reads 2010102 一般行政管理事务: 8.50 total and 一般公共预算拨款收入 only', () => {
    expect(read(row('2010102'))).toEqual(['85000', '85000', null, null, null, null, null]);
  });
});
