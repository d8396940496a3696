import { describe, expect, it } from 'vitest';
import { TABLE_KINDS } from '../../src/lib/model/table.ts';
import { CATALOGUE } from '../../src/lib/checks/catalogue.ts';
import { CHECK_FAMILY_LABELS, docKindsLabel, docStatusLabel, tableKindLabel, tableKindsLabel } from '../../src/lib/site/labels.ts';

describe('Chinese labels for contract identifiers', () => {
  it('every table kind of the contract has a Chinese label without ASCII letters', () => {
    for (const k of TABLE_KINDS) expect(tableKindLabel(k)).toMatch(/^[^A-Za-z]+$/);
  });
  it('every check family used by the catalogue has a Chinese label', () => {
    for (const c of CATALOGUE) expect(CHECK_FAMILY_LABELS[c.family], c.id).toMatch(/^[^A-Za-z]+$/);
  });
  it('lists join with 、 and keep an unknown id visible', () => {
    expect(tableKindsLabel(['final_income', 'budget_projects'])).toBe('收入决算表、项目支出预算表');
    expect(docKindsLabel(['final', 'budget'])).toBe('决算、预算');
    expect(tableKindLabel('no_such_kind')).toBe('no_such_kind');
    expect(docStatusLabel('partial')).toBe('部分解析');
  });
});
