import { describe, expect, it } from 'vitest';
import { corpusDoc } from '../../src/lib/synth/corpus.ts';
import { FAMILY_NAMES } from '../../src/lib/synth/options.ts';

/**
 * The budget-district family prints a district 预算 as pdftotext writes its PDF: provincial table names, 单位资金 in the
 * 收支总表 and the 收入表, and header words wrapped in narrow merged cells (the generator's own shape, read back by
 * tests/synth/roundtrip.test.ts).
 */
const docs = Array.from({ length: 4 }, (_, i) => corpusDoc(11, FAMILY_NAMES.indexOf('budget-district') * 1000 + i, 'budget-district'));

describe('the budget-district family', () => {
  it('names its tables as some provinces print them, from 财务收支预算总表 to 政府性基金预算支出功能分类预算表', () => {
    for (const d of docs) {
      expect(d.truth.tables.map((t) => t.title)).toEqual([
        '财务收支预算总表', '部门收入预算表', '部门支出预算表', '财政拨款收支预算总表', '一般公共预算支出功能分类预算表',
        '一般公共预算基本支出部门预算经济分类预算表', '一般公共预算“三公”经费支出预算表', '政府性基金预算支出功能分类预算表',
      ]);
    }
  });
  it('lists 单位资金 and its parts in the 收支总表 and heads six 收入 columns with 单位资金', () => {
    for (const d of docs) {
      expect(d.text).toMatch(/五、单位资金/);
      expect(d.text).toMatch(/（四）附属单位上缴收入|（四）附属单位上/);
      const cols = new Set(d.truth.facts.filter((f) => f.table === 'budget_income').map((f) => f.column));
      expect([...cols].filter((c) => c.startsWith('单位资金/')).length).toBeGreaterThan(0);
    }
  });
  it('wraps the 收入表 header words in narrow cells: no header piece over five characters right of the names, over three lines or more', () => {
    for (const d of docs) {
      const lines = d.text.split('\n');
      // the first 收入 figure's line, and the title above it
      const firstFact = Math.min(...d.truth.facts.filter((f) => f.table === 'budget_income').map((f) => f.line)) - 1;
      const title = lines.slice(0, firstFact).map((l) => /部门收入预算表$/.test(l.trim())).lastIndexOf(true);
      const first = lines.findIndex((l, i) => i > title && /\d\.\d\d?\b/.test(l));
      expect(title).toBeGreaterThan(0);
      const band = lines.slice(title + 1, first).filter((l) => l.trim() !== '' && !/单位[：:]/.test(l));
      expect(band.length).toBeGreaterThanOrEqual(3);
      expect(band.join('\n')).toContain('单位资金');
      const valueWords = band.flatMap((l) => l.slice(30).trim().split(/\s+/)).filter((w) => w && w !== '单位资金');
      for (const w of valueWords) expect(w.length, w).toBeLessThanOrEqual(5);
    }
  });
});
