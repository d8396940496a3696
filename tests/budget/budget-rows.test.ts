/**
 * The leading label cells of a budget row (tables/budget-rows.ts): cells written by hand as the spaced reader leaves
 * them on a page laid out apart from its header.
 */
import { describe, expect, it } from 'vitest';
import { readRowHead, withWrappedName } from '../../src/lib/parse/tables/budget-rows.ts';
import type { SourceLine } from '../../src/lib/text/lines.ts';

const line = (n: number, cells: string[]): SourceLine => ({ n, raw: cells.join(' '), cells }) as SourceLine;

describe('a budget row head', () => {
  it('splits a code joined to its name in one cell (`221 02住房改革支出`)', () => {
    const h = readRowHead(line(229, ['', '221 02住房改革支出', '', '36.4', '36.4', '33.5', '2.9']), 5);
    expect(h).toMatchObject({ code: '22102', unitCode: null, name: '住房改革支出', nameIdx: 1 });
  });
  it('splits a 项 code joined to its name (`221 02 02提租补贴`)', () => {
    expect(readRowHead(line(230, ['221 02 02提租补贴', '36.4']), 5)).toMatchObject({ code: '2210202', name: '提租补贴' });
  });
  it('leaves a name that only starts with a number alone (`2020年结转项目`)', () => {
    expect(readRowHead(line(1, ['2020年结转项目', '1.0']), 5)).toMatchObject({ code: null, name: '2020年结转项目' });
  });
  it('reads a lone 3-digit code as a 类 code once the wrapped name ends in 支出 (`207 文化旅游体育与传媒支` / `出`)', () => {
    const h = readRowHead(line(158, ['207', '文化旅游体育与传媒支', '2.25']), 5);
    expect(h.unitCode).toBe('207');
    expect(withWrappedName(h, '文化旅游体育与传媒支出')).toMatchObject({ code: '207', unitCode: null, name: '文化旅游体育与传媒支出' });
  });
  it('finds the name past blank columns the reader split off the codes (line 98/99: `410001 焦作市生态环境局本级`, `201 01 01 行政运行`)', () => {
    const unit = readRowHead(line(98, ['', '', '', '', '410001', '焦作市生态环境局本级', '7,547.42', '5,771.81', '', '2,963.40']), 5);
    expect(unit).toMatchObject({ code: null, unitCode: '410001', name: '焦作市生态环境局本级', nameIdx: 5 });
    const row = readRowHead(line(99, ['201', '', '01', '01', '', '行政运行', '2,384.00', '2,384.00', '', '1,224.01']), 5);
    expect(row).toMatchObject({ code: '2010101', unitCode: null, name: '行政运行', nameIdx: 5 });
  });
  it('splits a code whose 款 and 项 are squeezed together after the 类 (line 127: `208 0502    事业单位离退休`)', () => {
    const h = readRowHead(line(127, ['208 0502', '事业单位离退休', '24135628.04', '24135628.04', '20273927.55', '3861700.49', '0.00']), 5);
    expect(h).toMatchObject({ code: '2080502', unitCode: null, name: '事业单位离退休', nameIdx: 1 });
  });
  it('reads a 类 in its cell and the 款 and 项 together in the next (`215 | 05 17 | 产业发展`, a page drawn left of the table’s columns)', () => {
    const h = readRowHead(line(97, ['', '', '215', '05 17', '产业发展', '15.75', '0.00']), 5);
    expect(h).toMatchObject({ code: '2150517', unitCode: null, name: '产业发展', nameIdx: 4 });
  });
  it('ends the label part at the first figure after the name (line 261: `合计 124.8 … 19.3 23.1`)', () => {
    const h = readRowHead(line(261, ['', '合计', '124.8', '101.8', '', '', '82.4', '19.3 23.1']), 5);
    expect(h).toMatchObject({ code: null, name: '合计', nameIdx: 1 });
  });
});
