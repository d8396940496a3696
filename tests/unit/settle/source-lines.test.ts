import { describe, expect, it } from 'vitest';
import { toString } from '../../../src/lib/decimal.ts';
import type { Row } from '../../../src/lib/model/table.ts';
import { summaryIncomeTotals } from '../../../src/lib/settle/income-sources.ts';
import type { Table } from '../../../src/lib/model/table.ts';

// The 收入 side of a 收入支出决算总表 (万元), as rows the reader returns: name and the one 收入/决算数 cell.
const row = (line: number, name: string, raw: string | null): Row => ({
  entity: null,
  block: '收入',
  extra_codes: {},
  level: null,
  parent_line: null,
  is_total: false,
  code: null,
  name,
  line,
  cells: [{ column: '收入/决算数', raw: raw ?? '', line, withheld: false, placement: 'printed', value: raw === null ? null : String(Math.round(Number(raw.replace(/,/g, '')) * 10000)), measure: 'yuan', unit: '万元', blank: raw === null }],
});
const summary = (rows: Row[]): Table => ({ kind: 'final_summary', title: '收入支出决算总表', columns: ['收入/决算数'], rows, start_line: 130, precision: '100' }) as unknown as Table;
const totals = (rows: Row[]) => Object.fromEntries([...summaryIncomeTotals(summary(rows))].map(([k, v]) => [k, toString(v)]));

describe('the 总表 totals the 收入决算表 is settled by', () => {
  it('sums the three 财政拨款 lines into one 财政拨款收入 total, a blank line counting as nothing', () => {
    expect(totals([row(134, '一、一般公共预算财政拨款收入', '2,182.74'), row(135, '二、政府性基金预算财政拨款收入', null), row(136, '三、国有资本经营预算财政拨款收入', '0.17')])).toMatchObject({ fiscal_grant: '21829100' });
  });

  it('gives no 财政拨款收入 total when one of its lines was left whole, its label running on into its figures', () => {
    // the 焦作 2022 line 134 printed with runs of spaces instead of tabs: the reader kept the line as one name
    const whole = row(134, '一、一般公共预算财政拨款收入    1    2,182.74    一、一般公共服务支出    32    0.65', null);
    const got = totals([whole, row(135, '二、政府性基金预算财政拨款收入', null), row(136, '三、国有资本经营预算财政拨款收入', null), row(137, '四、上级补助收入', '5.00')]);
    expect(got.fiscal_grant).toBeUndefined();
    expect(got.superior_grant).toBe('50000');
  });
});
