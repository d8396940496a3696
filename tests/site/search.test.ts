/** Search index records and excerpt display. Values read by hand from data/raw/henan-zhengzhou-gongxinju-2022-budget.txt. */
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../helpers.ts';
import { excerptParts, joinCjk, matchedAnchors, rowIndexHtml } from '../../src/lib/site/search.ts';
import { rowId } from '../../src/lib/site/slug.ts';

describe('excerpts shown to readers', () => {
  it('drop the segmentation spaces between Chinese characters, also across <mark>', () => {
    const parts = excerptParts('郑州 市 工业 和 信息 化 局 · <mark>矿山 </mark><mark>应急</mark> 救援 事务 931.7 万元 &amp; 2240405 项目');
    expect(parts.map((p) => p.text).join('')).toBe('郑州市工业和信息化局 · 矿山应急救援事务 931.7 万元 & 2240405 项目');
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['矿山应急']);
  });
  it('keep spaces between Latin words and numbers, and drop any tag other than <mark>', () => {
    expect(joinCjk('ICU segmenter 2022 年')).toBe('ICU segmenter 2022 年');
    expect(excerptParts('<b>a</b> <mark>b</mark>')).toEqual([{ text: 'a ', mark: false }, { text: 'b', mark: true }]);
  });
});

describe('row index of a department-year page', () => {
  const doc = parseSeed('zhengzhou2022');
  const html = rowIndexHtml(doc, '郑州市工业和信息化局 2022年预算', { 年度: '2022' });
  it('names the 科目 2240405 矿山应急救援事务 (line 448) with its row anchor', () => {
    const t = doc.tables.find((x) => x.kind === 'budget_expenditure')!;
    const i = t.rows.findIndex((r) => r.code === '2240405');
    expect(i).toBeGreaterThanOrEqual(0);
    const m = new RegExp(`<li id="${rowId(t.id, i)}">2240405 ([^<]+)</li>`).exec(html);
    expect(m).not.toBeNull();
    expect(m![1]!.replace(/ /g, '')).toBe('矿山应急救援事务');
  });
  it('names the project 郑州市制造业高质量发展专项资金 (line 1131) and is marked as a row index with its filters', () => {
    expect(joinCjk(html)).toContain('郑州市制造业高质量发展专项资金');
    expect(html).toContain('data-pagefind-meta="rows:1"');
    expect(html).toContain('data-pagefind-filter="年度:2022"');
    expect(html).toContain('data-pagefind-body');
  });
  it('leaves total rows out and lists each name once', () => {
    const names = [...html.matchAll(/<li[^>]*>([^<]+)<\/li>/g)].map((m) => m[1]!.replace(/ /g, ''));
    expect(names).not.toContain('合计');
    expect(new Set(names).size).toBe(names.length);
  });
  it('escapes markup in names', () => {
    const evil = { ...doc, tables: [{ ...doc.tables[0]!, rows: [{ ...doc.tables[0]!.rows[1]!, is_total: false, code: null, name: '<script>x</script>' }] }], performance: [], glossary: [] };
    expect(rowIndexHtml(evil, 'a"b', {})).not.toContain('<script>');
  });
});

describe('matched rows of a search result', () => {
  const anchors = [
    { element: 'h2', id: 't-budget-expenditure', text: '部门 支出 总表', location: 0 },
    { element: 'li', id: 'r-budget-expenditure-3', text: '2240405 矿山 应急 救援 事务', location: 10 },
    { element: 'li', id: 'r-budget-expenditure-4', text: '2240406 煤矿 安全', location: 15 },
  ];
  it('map each match to the row it lies in, with the table as context, once per row', () => {
    expect(matchedAnchors(anchors, [11, 12, 16, 11])).toEqual([
      { id: 'r-budget-expenditure-3', text: '2240405 矿山应急救援事务', context: '部门支出总表' },
      { id: 'r-budget-expenditure-4', text: '2240406 煤矿安全', context: '部门支出总表' },
    ]);
  });
  it('a match in a heading links the heading without context; none before the first anchor', () => {
    expect(matchedAnchors(anchors.slice(1), [2])).toEqual([]);
    expect(matchedAnchors(anchors, [1])).toEqual([{ id: 't-budget-expenditure', text: '部门支出总表', context: null }]);
  });
});

describe('matched rows are ranked by the query', () => {
  it('a row holding the whole query comes before rows that share only some of its words', () => {
    const anchors = [
      { element: 'h2', id: 't-p', text: '项目 支出 表', location: 0 },
      { element: 'li', id: 'r-p-1', text: '2150805 中小企业 发展 专项', location: 3 },
      { element: 'li', id: 'r-p-2', text: '郑州市 制造业 高质量 发展 专项 资金', location: 8 },
    ];
    const out = matchedAnchors(anchors, [5, 6, 10, 11, 12], '制造业高质量发展专项资金');
    expect(out.map((o) => o.id)).toEqual(['r-p-2', 'r-p-1']);
  });
});

describe('index text keeps punctuation as printed', () => {
  it('spaces go only between words, so a bracketed 款 reads as printed once the spaces are removed', async () => {
    const { icuTerms } = await import('../../src/lib/site/search.ts');
    const t = icuTerms('(二十四)灾害防治及应急管理', 'zh-CN', true);
    expect(t).toMatch(/^\(二十四\)\S/);
    expect(joinCjk(t)).toBe('(二十四)灾害防治及应急管理');
  });
});
