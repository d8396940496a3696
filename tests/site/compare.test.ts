/** Compare page measures and groups. Values read by hand from the seeds in data/raw (line numbers cited). */
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../helpers.ts';
import type { DocumentModel } from '../../src/lib/model/document.ts';
import { MEASURES, UNCLASSIFIED, commonType, compareRow, csvValue, displayValue, groupRows } from '../../src/lib/site/compare.ts';

const measure = (k: string) => MEASURES.find((m) => m.key === k)!;
const typed = (d: DocumentModel, type: string | null, name: string | null): DocumentModel => ({ ...d, metadata: { ...d.metadata, department_type: type, department_type_name: name } });

describe('normalised measures', () => {
  it('阳泉 2022: 人均支出 1,024.35万元 is marked as driven by pass-through spending (项目支出 96.79%)', () => {
    // Line 93: 本年支出合计 706,804,492.61 元; line 659: 核定的人员编制数 69 人; line 498: 项目支出 684,125,673.38元，占比96.79%
    const r = compareRow(parseSeed('yangquan2022'));
    expect(r.values.staff).toBe('69');
    expect(displayValue(measure('per_staff'), r.values.per_staff)).toBe('1,024.35');
    expect(displayValue(measure('project_share'), r.values.project_share)).toBe('96.79');
    expect(r.flags.per_staff).toContain('96.8%');
  });
  it('解放区 2024 budget: 项目支出 49.04% is not marked, and 人均基本支出 is 基本支出 ÷ 编制', () => {
    // Line 101: 支出合计 393.52 万元，基本支出 200.52 万元 (50.96%)，项目支出 193 万元 (49.04%); line 47: 编制 17 人
    const r = compareRow(parseSeed('jiefang2024'));
    expect(displayValue(measure('project_share'), r.values.project_share)).toBe('49.04');
    expect(r.flags.per_staff).toBeUndefined();
    expect(displayValue(measure('per_staff'), r.values.per_staff)).toBe('23.15');
    expect(displayValue(measure('per_staff_basic'), r.values.per_staff_basic)).toBe('11.80');
  });
  it('money gets thousands separators on the page and none in the CSV; a missing value is empty, not zero', () => {
    // 焦作 2022 决算 line 164: 本年支出合计 2,182.77 (万元)
    const r = compareRow(parseSeed('jiaozuo2022'));
    expect(displayValue(measure('expenditure_total'), r.values.expenditure_total)).toBe('2,182.77');
    expect(csvValue(measure('expenditure_total'), r.values.expenditure_total)).toBe('2182.77');
    expect(displayValue(measure('per_staff'), null)).toBe('');
  });
  it('every share and per-head measure is explained', () => {
    for (const m of MEASURES.filter((x) => x.kind === 'pct' || x.key.startsWith('per_'))) expect(m.note, m.key).toBeTruthy();
  });
});

describe('groups by department type, year and kind', () => {
  const docs = [
    typed(parseSeed('jiaozuo2022'), 'industry-it', '工业和信息化'),
    typed(parseSeed('yangquan2022'), 'industry-it', '工业和信息化'),
    typed(parseSeed('pingdingshan2023'), 'industry-it', '工业和信息化'),
    typed(parseSeed('zhengzhou2022'), 'industry-it', '工业和信息化'),
    typed(parseSeed('jiefang2024'), null, null),
  ];
  const groups = groupRows(docs.map(compareRow));
  it('keeps 决算 and 预算 apart and one year per group, 决算 first, latest year first', () => {
    expect(groups.map((g) => g.title)).toEqual(['工业和信息化 · 2023年 · 决算', '工业和信息化 · 2022年 · 决算', '工业和信息化 · 2022年 · 预算', `${UNCLASSIFIED} · 2024年 · 预算`]);
    expect(groups[1]!.rows.map((r) => r.doc_id).sort()).toEqual(['henan-jiaozuo-gongxinju-2022-final', 'shanxi-yangquan-gongxinju-2022-final']);
    for (const g of groups) {
      expect(new Set(g.rows.map((r) => r.doc_kind)).size).toBe(1);
      expect(new Set(g.rows.map((r) => r.fiscal_year)).size).toBe(1);
    }
  });
  it('a second type gets its own groups, and the default view is the most common type', () => {
    const more = groupRows([...docs, typed(parseSeed('jiaozuo2022'), 'finance', '财政')].map(compareRow));
    expect(more[0]!.title).toBe('财政 · 2022年 · 决算');
    expect(commonType(docs.map(compareRow))).toBe('industry-it');
    expect(commonType(docs.slice(4).map(compareRow))).toBeNull();
  });
});
