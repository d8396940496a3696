/**
 * A 部门收入总表 whose header pdftotext squeezed onto the line under `本年收入`: the table's 总计 and the group's own
 * 合计 print side by side on one line (`总计 合计 一般公共预 事业 其他`), the group word above them. A group has one
 * total, the one its parts follow: 合计 is 本年收入's, 总计 the table's, a column beside the group (总计 = 本年收入合计 +
 * 上年结转结余). Lines as `pdftotext -layout` wrote them (the 阳泉市城市管理局 2015 budget, 部门收入总表); values read
 * by hand (元).
 */
import { describe, expect, it } from 'vitest';
import type { Row } from '../../src/lib/model/table.ts';
import { ingestBody } from '../helpers.ts';

const doc = (body: string) => ingestBody(`2015年\n阳泉市城市管理局部门预算`, body);
const value = (r: Row | undefined, col: string) => r?.cells.find((c) => c.column === col)?.value;

// Lines 4–15: department 4, table number 5, title 6, header 7–9, rows 10–15 (合计 10).
const d = doc(`部门名称：阳泉市城市管理局                                                  单位：元
  预算02表
                            部门收入总表
单位代                                       本年收入               上年
 码         单位名称       总计         合计       一般公共预 事业 其他 结转
                                             算       收入 收入 结余
       合计           1374595.60 1374595.60 1374595.60    0.00
140001 阳泉市城市管理局本级    512473.28 512473.28 512473.28      0.00
140002 阳泉市城市管理事务服务中
       心             541285.60 541285.60 541285.60
140003 阳泉市城市管理培训中心   320836.72 320836.72 320836.72           0.00
`);

describe('the table total beside the income group on the line of its parts', () => {
  const income = d.tables.find((x) => x.kind === 'budget_income')!;
  it('reads 总计 as a column of its own, not under 本年收入', () => {
    const paths = income.rows[0]!.cells.map((c) => c.column);
    expect(paths).toContain('总计');
    expect(paths).toContain('本年收入/合计');
    expect(paths).not.toContain('本年收入/总计');
  });
  it('puts the third figure of line 10 under 一般公共预算 and its 0.00 under 其他收入', () => {
    const r = income.rows.find((x) => x.line === 10);
    expect(value(r, '总计')).toBe('1374595.6');
    expect(value(r, '本年收入/合计')).toBe('1374595.6');
    expect(value(r, '本年收入/一般公共预算')).toBe('1374595.6');
    expect(value(r, '本年收入/其他收入')).toBe('0');
    expect(value(r, '本年收入/事业收入') ?? null).toBeNull();
  });
  it('puts the 0.00 of line 14, far right, under 上年结转结余', () => {
    const r = income.rows.find((x) => x.line === 14);
    expect(value(r, '本年收入/一般公共预算')).toBe('320836.72');
    expect(value(r, '上年结转结余')).toBe('0');
  });
});
