import { describe, expect, it } from 'vitest';
import { FUNCTION_CLASSES } from '../../src/lib/synth/classification.ts';
import { corpusDoc, docSeed } from '../../src/lib/synth/corpus.ts';
import { DISTINCT_DEPARTMENT_YEARS, generateDoc } from '../../src/lib/synth/generate.ts';
import { Printer, renderDoc } from '../../src/lib/synth/render.ts';

describe('synthetic corpus generator', () => {
  it('gives the documents of a corpus distinct department-years (one site page each)', () => {
    const keys = new Set<string>();
    for (let i = 0; i < 1001; i++) {
      const d = generateDoc(docSeed(1, i), i);
      keys.add(`${d.department} ${d.year}`);
    }
    expect(DISTINCT_DEPARTMENT_YEARS).toBeGreaterThanOrEqual(1001);
    expect(keys.size).toBe(1001);
  });

  it('is a pure function of the seed', () => {
    expect(corpusDoc(5, 17).text).toBe(corpusDoc(5, 17).text);
    expect(corpusDoc(5, 17).text).not.toBe(corpusDoc(5, 18).text);
  });

  it('rounds 万元 half up from 分 and records the printed value', () => {
    const base = { pageRows: 20, repeatHeader: true, thousands: true, deptLabel: '部门', unitLabel: '单位' } as const;
    const w = new Printer({ ...base, unit: '万元', zeros: 'zero' }, 1);
    // 21,827,449.99 元 → 2,182.74 万元; 21,827,450.00 元 → 2,182.75 万元 (read by hand)
    expect(w.money(2182744999n)).toEqual({ raw: '2,182.74', value: '21827400', fen: 2182740000n });
    expect(w.money(2182745000n)).toEqual({ raw: '2,182.75', value: '21827500', fen: 2182750000n });
    expect(w.money(0n).raw).toBe('0.00');
    const y = new Printer({ ...base, unit: '元', zeros: 'blank', thousands: false }, 1);
    expect(y.money(39351935n)).toEqual({ raw: '393519.35', value: '393519.35', fen: 39351935n });
    expect(y.money(0n)).toEqual({ raw: '', value: null, fen: 0n });
    expect(y.money(5000000n).value).toBe('50000');
    // 1 decimal of 万元: 10,725,920.00 元 → 1,072.6 万元; 10,725,499.99 元 → 1,072.5 万元 (half up at 500 元)
    const t = new Printer({ ...base, unit: '万元', zeros: 'zero', decimals: 1 }, 1);
    expect(t.money(1072592000n)).toEqual({ raw: '1,072.6', value: '10726000', fen: 1072600000n });
    expect(t.money(1072549999n).raw).toBe('1,072.5');
    expect(t.money(1072550000n).raw).toBe('1,072.6');
    const g = new Printer({ ...base, unit: '元', zeros: 'zero', thousands: true }, 1);
    expect(g.money(123456789n).raw).toBe('1,234,567.89');
    expect(g.money(100000n).raw).toBe('1,000.00');
    expect(g.money(99999n).raw).toBe('999.99');
    expect(g.money(100000000000n).raw).toBe('1,000,000,000.00');
  });

  it('uses real 功能分类 codes: every 项 extends its 款, every 款 its 类', () => {
    for (const lei of FUNCTION_CLASSES) {
      expect(lei.code).toMatch(/^2\d\d$/);
      for (const k of lei.kuan) {
        expect(k.code.slice(0, 3)).toBe(lei.code);
        for (const it of k.items) expect(it.code.slice(0, 5)).toBe(k.code);
      }
    }
  });

  it('prints consistent tables: in 元 every total is the exact sum of its parts', () => {
    let checked = 0;
    for (let s = 0; s < 200 && checked < 20; s++) {
      const doc = generateDoc(s);
      if (doc.layout.unit !== '元') continue;
      checked++;
      const { truth } = renderDoc(doc);
      const v = (table: string, block: string | null, code: string | null, name: string, column: string) =>
        Number(truth.facts.find((f) => f.table === table && f.block === block && f.code === code && (name === '' || f.name === name) && f.column === column)?.value ?? 0);
      const cents = (x: number) => Math.round(x * 100);
      const income = truth.facts.filter((f) => f.table === 'final_income' && f.column === '本年收入合计');
      const total = income.find((f) => f.name === '合计')!;
      const leis = income.filter((f) => f.code?.length === 3);
      expect(cents(leis.reduce((a, f) => a + Number(f.value), 0))).toBe(cents(Number(total.value)));
      for (const lei of leis) {
        const items = income.filter((f) => f.code?.length === 7 && f.code.startsWith(lei.code!));
        expect(cents(items.reduce((a, f) => a + Number(f.value), 0))).toBe(cents(Number(lei.value)));
      }
      // 支出决算表: 合计 = 基本支出 + 项目支出; 收入支出决算总表: 收入总计 = 支出总计
      expect(cents(v('final_expenditure', null, null, '合计', '基本支出') + v('final_expenditure', null, null, '合计', '项目支出'))).toBe(
        cents(v('final_expenditure', null, null, '合计', '本年支出合计')),
      );
      expect(v('final_summary', '收入', null, '收入总计', '收入/决算数')).toBe(v('final_summary', '支出', null, '支出总计', '支出/决算数'));
      // 基本支出明细: 人员经费合计 + 公用经费合计 = 一般公共预算财政拨款基本支出
      expect(cents(v('final_general_basic', '第1栏', null, '人员经费合计', '决算数') + v('final_general_basic', '第3栏', null, '公用经费合计', '决算数'))).toBe(
        cents(v('final_general_expenditure', null, null, '合计', '本年支出/基本支出')),
      );
    }
    expect(checked).toBe(20);
  });
});
