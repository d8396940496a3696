/**
 * A 收入决算表 header whose middle line pdftotext packed one space apart (`本年收入合 财政拨款收 补助 事业 经营 单位
 * 其他收入`) while its other lines stand where they print (`上级` and `附属` over `收入 收入 收入 上缴`), over rows that
 * print blanks for 上级补助收入, 事业收入, 经营收入 and 附属单位上缴收入: no full row shows the columns, the other
 * lines do. The packed line's seven pieces are read in order over the seven value columns (the three figure columns and
 * the four the other lines' words stand over), each stacked with its cell's words above and below
 * (`spreadPackedHeaderLine` of `src/lib/parse/read/squeezed-header-line.ts`). Trimmed `pdftotext -layout` output of
 * Chromium-printed generator HTML (a 2016 决算 of a 财政局); values read by hand from the text: the first figure of each
 * row is its 本年收入合计,
 * the second its 财政拨款收入, a figure far right its 其他收入.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/lib/parse-document.ts';

const PACKED = `                                         收入决算表
         科目编码                               上级       附属
                      本年收入合 财政拨款收 补助 事业 经营 单位 其他收入
 类 款 项        科目名称       计          入       收入 收入 收入 上缴
                                                     收入
          合计          6127291.39 6109886.07             17405.32
201       一般公共服务支出     821293.20 817180.26               4112.94
201 01    人大事务         821293.20 817180.26               4112.94
201 01 01 行政运行         821293.20 817180.26               4112.94
205       教育支出        1868598.58 1866616.67              1981.91
205 08    进修及培训       1868598.58 1866616.67              1981.91
205 08 01 教师进修         575692.90 575692.90
   注：本表反映部门本年度取得的各项收入情况。
`;

const read = (text: string) => {
  const doc = parseDocument({ text: `2016年度\n部门决算\n\n${text}`, sourceFile: 'x.txt', docId: 'x', sha256: '0' });
  const t = doc.tables.find((x) => x.kind === 'final_income')!;
  const v = (name: string, col: (c: string) => boolean) => t.rows.find((r) => r.name === name)?.cells.find((c) => col(c.column))?.value ?? null;
  return { t, v };
};
const total = (c: string) => c === '本年收入合计';
const fiscal = (c: string) => c.startsWith('财政拨款') && c.endsWith('收入') && !c.includes('/');
const other = (c: string) => c === '其他收入';
const blanks = ['上级补助收入', '事业收入', '经营收入', '附属单位上缴收入'];

describe('a packed header line read in order over the columns the other lines show', () => {
  const { t, v } = read(PACKED);
  it('names the seven value columns', () => {
    for (const name of ['本年收入合计', '财政拨款收入', '其他收入', ...blanks]) expect(t.rows[0]!.cells.some((c) => c.column === name)).toBe(true);
  });
  it('reads each row\'s figures under 本年收入合计, 财政拨款收入 and 其他收入', () => {
    expect([v('合计', total), v('合计', fiscal), v('合计', other)]).toEqual(['6127291.39', '6109886.07', '17405.32']);
    expect([v('教育支出', total), v('教育支出', fiscal), v('教育支出', other)]).toEqual(['1868598.58', '1866616.67', '1981.91']);
    expect([v('教师进修', total), v('教师进修', fiscal), v('教师进修', other)]).toEqual(['575692.9', '575692.9', null]);
  });
  it('leaves the four columns no row fills blank', () => {
    for (const r of t.rows) for (const c of r.cells) if (blanks.includes(c.column)) expect(c.value).toBeNull();
  });
});
