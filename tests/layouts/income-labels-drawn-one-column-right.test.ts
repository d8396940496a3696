/**
 * A 收入决算表 whose first rows print a short code (`201`, `201 03`) and their names close after it, while the rows
 * after print codes of three parts drawn wide (`201 03   01`): the joined code reaches where the first rows' names
 * stand, so the rows after are cut one label column right (the code column blank, the code in the name column, the
 * name in a label column of its own, a wrapped name's rest `出` under it). Those labels go one column left, code into
 * the code column and name into the name column, and the rows are read by their codes. Trimmed `pdftotext -layout`
 * output of Chromium-printed generator HTML (a 2015 决算 of a 农业农村局); values read by hand from the text.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse-document.ts';

const TEXT = `                                            表2 收入决算表
         科目编码                           上级             附属
                本年收入合计 财政拨款（补           补助   事业 经营 单位 其他
                             助）收入 收入 收入 收入 上缴 收入
 类 款 项   科目名称                                          收入
201    一般公共服务支出 14876592.96 14876592.96 0.00 0.00 0.00 0.00 0.00
201 03 政府办公厅（室） 6431246.35 6431246.35 0.00 0.00 0.00 0.00 0.00
       及相关机构事务
201 03   01 行政运行         2759379.29   2759379.29 0.00 0.00 0.00 0.00 0.00
201 03   02 一般行政管理事务      821867.06    821867.06 0.00 0.00 0.00 0.00 0.00
201 03   50 事业运行         2850000.00   2850000.00 0.00 0.00 0.00 0.00 0.00
201 11      纪检监察事务       6155494.15   6155494.15 0.00 0.00 0.00 0.00 0.00
201 11   01 行政运行         3282030.71   3282030.71 0.00 0.00 0.00 0.00 0.00
201 11   02 一般行政管理事务     2873463.44   2873463.44 0.00 0.00 0.00 0.00 0.00
208         社会保障和就业支     2290000.00   2290000.00 0.00 0.00 0.00 0.00 0.00
            出
  注：本表反映部门本年度取得的各项收入情况。
`;

const doc = parseDocument({ text: `2015年度\n部门决算\n\n${TEXT}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
const income = doc.tables.find((t) => t.kind === 'final_income')!;
const row = (code: string) => income.rows.find((r) => r.code === code);
const value = (code: string, col: string) => row(code)?.cells.find((c) => c.column === col)?.value ?? null;

describe('labels drawn one column right of the code column', () => {
  it('reads the rows of three-part codes by their codes and names', () => {
    expect(row('2010301')?.name).toBe('行政运行');
    expect(row('2010302')?.name).toBe('一般行政管理事务');
    expect(row('20111')?.name).toBe('纪检监察事务');
    expect(row('208')?.name).toBe('社会保障和就业支出');
  });
  it('keeps the rows of short codes as they stand', () => {
    expect(row('201')?.name).toBe('一般公共服务支出');
    expect(row('20103')?.name).toBe('政府办公厅（室）及相关机构事务');
  });
  it('reads 2010301 行政运行 as 2759379.29 total and 财政拨款（补助）收入, 0.00 其他收入', () => {
    expect([value('2010301', '本年收入合计'), value('2010301', '财政拨款（补助）收入'), value('2010301', '其他收入')]).toEqual(['2759379.29', '2759379.29', '0']);
  });
  it('reads 208 as 2290000.00 total', () => {
    expect(value('208', '本年收入合计')).toBe('2290000');
  });
});
