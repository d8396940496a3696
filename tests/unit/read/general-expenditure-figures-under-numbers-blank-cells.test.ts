/**
 * A 一般公共预算财政拨款支出决算表 (万元) whose first rows pdftotext wrote over two lines, the label and its 行次 on one
 * (`201 11 01 行政运行        3`) and the figures alone on the next, some of them with blank cells
 * (`842.0 842.0`: 项目支出 blank; `1122.2        1122.2`: 基本支出 blank). Real `pdftotext -layout` output of a
 * generated 焦作市山阳区农业农村局 2017 决算, lines 12–52 of the fixture. Read by hand: the figures' lines stand alike
 * (小计 ending at 26, 基本支出 at 32, 项目支出 at 39 or so); 小计 = 基本支出 + 项目支出 (万元, ×10000 in 元).
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

const { onLine } = ingestTextFormFixture('general-expenditure-figures-under-numbers-blank-cells.pdftotext.txt', 'final_general_expenditure');

describe('rows whose figures, some cells blank, stand alone under their label and 行次', () => {
  it('reads `842.0 842.0` under 201 11 01 行政运行 as 小计 and 基本支出, 项目支出 blank', () => {
    expect(onLine(20)).toEqual({ '本年支出/小计': '8420000', '本年支出/基本支出': '8420000' });
  });

  it('reads `1122.2        1122.2` under 201 11 02 一般行政管理事务 as 小计 and 项目支出, 基本支出 blank', () => {
    expect(onLine(22)).toEqual({ '本年支出/小计': '11222000', '本年支出/项目支出': '11222000' });
  });

  it('reads the full lines too: `6725.4 5274.2 1451.2` under 201 一般公共服务支出', () => {
    // 6725.4 = 5274.2 + 1451.2
    expect(onLine(16)).toEqual({ '本年支出/小计': '67254000', '本年支出/基本支出': '52742000', '本年支出/项目支出': '14512000' });
  });
});
