/**
 * A 2023 一般公共预算支出表 by unit over two pages, nine value columns (合计 | 基本支出: 小计 · 工资福利支出 · 对个人和
 * 家庭的补助 · 商品和服务支出 · 资本性支出 | 项目支出: 小计 · 其他运转类 · 特定目标类), 对个人和家庭的补助 blank in every
 * row. The second page, its header repeated, is fitted again to its own three rows of eight figures (every column but
 * the blank one): 商品和服务支出 ends at 85 there, 资本性支出 at 95. Its run-starting figures fall in fewer groups of
 * ends than columns, and the placement read from them moved each row's run `1010859.43 214640.57` (text line 48) one
 * column left, into the blank 对个人和家庭的补助 — and put 25424811.95 of line 52 nowhere. A run-start placement that
 * fills a column the page's columns know blank, where the row's first placement held every figure in a column the
 * rows fill, is refused. Real `pdftotext -layout` output of a Chromium-printed generator document:
 * tests/fixtures/text-forms/budget-general-expenditure-blank-column-run-starts.pdftotext.txt, the 一般公共预算支出表 of
 * synth-410100-wenlvju-2023-budget-00142 (corpus seed 164, its lines 211–266: fixture line n is document line
 * n + 207). Values read by hand from the printed lines, in 元.
 */
import { describe, expect, it } from 'vitest';
import { ingestTextFormFixture } from './read-fixture.ts';

const B = '基本支出';

describe('a 一般公共预算支出表 page whose run starts would fill its blank column', () => {
  const { onLine } = ingestTextFormFixture('budget-general-expenditure-blank-column-run-starts.pdftotext.txt', 'budget_general_expenditure');

  it('reads line 48 (行政单位离退休 8170000.00 8170000.00 6944500.00 1010859.43 214640.57) under 商品和服务支出 and 资本性支出', () => {
    expect(onLine(48)).toEqual({
      合计: '8170000',
      [`${B}/小计`]: '8170000',
      [`${B}/人员经费/工资福利支出`]: '6944500',
      [`${B}/公用经费/商品和服务支出`]: '1010859.43',
      [`${B}/公用经费/资本性支出`]: '214640.57',
    });
  });

  it('reads line 52 (a unit: 51592510.86 29911543.50 25424811.95 3700901.61 785829.94 21680967.36 9186063.19 12494904.17) whole', () => {
    expect(onLine(52)).toEqual({
      合计: '51592510.86',
      [`${B}/小计`]: '29911543.5',
      [`${B}/人员经费/工资福利支出`]: '25424811.95',
      [`${B}/公用经费/商品和服务支出`]: '3700901.61',
      [`${B}/公用经费/资本性支出`]: '785829.94',
      '项目支出/小计': '21680967.36',
      '项目支出/其他运转类': '9186063.19',
      '项目支出/特定目标类': '12494904.17',
    });
  });

  it('leaves 对个人和家庭的补助 blank on line 55 too (其他组织事务支出: 2463024.65 then 358524.27 under 商品和服务支出)', () => {
    expect(onLine(55)).toMatchObject({ [`${B}/人员经费/工资福利支出`]: '2463024.65', [`${B}/公用经费/商品和服务支出`]: '358524.27', [`${B}/公用经费/资本性支出`]: '76127.15' });
    expect(onLine(55)).not.toHaveProperty(`${B}/人员经费/对个人和家庭的补助`);
  });
});
