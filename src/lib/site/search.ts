/**
 * Search helpers. Pagefind segments Chinese page text with its own dictionary at build time, but segments the
 * query in the browser with Intl.Segmenter (ICU): "郑州市中小企业服务中心" is indexed as 郑州|市中|小|企业|服务|中心
 * and queried as 郑州|市|中小企业|服务|中心, so the query misses. For names people search for (departments,
 * budget units, 科目, projects, 绩效 indicators), the index carries the ICU segmentation, space-separated; excerpts
 * shown to readers have those spaces removed again (`excerptParts`).
 */
import type { DocumentModel } from '../model/document.ts';
import { perfRowId, rowId, tableAnchor } from './slug.ts';

export function icuTerms(text: string, locale = 'zh-CN', keepPunctuation = false): string {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return text;
  const seg = new Intl.Segmenter(locale, { granularity: 'word' });
  const parts = [...seg.segment(text)].filter((s) => (keepPunctuation ? s.segment.trim() !== '' : s.isWordLike));
  if (!keepPunctuation) return parts.map((s) => s.segment).join(' ');
  // Spaces only between two words: punctuation stays attached as printed (`(二十四)灾害 防治`).
  return parts.map((s, i) => (i > 0 && s.isWordLike && parts[i - 1]!.isWordLike ? ' ' : '') + s.segment).join('');
}

/** A row name as indexed: ICU words separated by spaces, punctuation kept so the shown text is the printed name. */
const indexed = (name: string) => icuTerms(name, 'zh-CN', true);

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Marker meta on the row-index record of a department-year page (see `rowIndexHtml`). */
export const ROWS_META = 'rows';
/** Fragment appended to the page URL for its row-index record (never shown: links go to the row anchors). */
export const ROWS_HASH = '#rows';

/**
 * The row index of one department-year page, as an HTML document for Pagefind: every row name of every table
 * (科目 with its code, budget units, projects), every 绩效 evaluation and indicator, and the glossary terms, each
 * in an element carrying the id of the same row on the page. Pagefind records those ids as anchors, so a match is
 * mapped back to its row (`matchedAnchors`). Names are written in ICU segmentation so browser queries match.
 * Total rows and repeated names are left out (the first occurrence carries the anchor).
 */
export function rowIndexHtml(doc: DocumentModel, title: string, filters: Record<string, string>): string {
  const seen = new Set<string>();
  const norm = (s: string) => s.replace(/\s+/g, '');
  const item = (id: string | null, text: string): string => {
    const key = norm(text);
    if (!key || seen.has(key)) return '';
    seen.add(key);
    return `<li${id ? ` id="${esc(id)}"` : ''}>${esc(text)}</li>`;
  };
  const sections: string[] = [];
  for (const t of doc.tables) {
    const items = t.rows
      .map((r, i) => (r.is_total ? '' : item(rowId(t.id, i), [r.code ?? '', indexed(r.name)].filter(Boolean).join(' '))))
      .join('');
    if (items) sections.push(`<section><h2 id="${esc(tableAnchor(t.id))}">${esc(t.title)}</h2><ul>${items}</ul></section>`);
  }
  const perf = doc.performance
    .map((e, ei) => {
      const head = item(null, indexed(e.scope.name));
      const rows = e.indicators.map((i, ii) => item(perfRowId(ei, e.indicators, ii), indexed(i.level3))).join('');
      return head + rows;
    })
    .join('');
  if (perf) sections.push(`<section><h2 id="performance">绩效</h2><ul>${perf}</ul></section>`);
  const terms = doc.glossary.map((g) => item(null, indexed(g.term))).join('');
  if (terms) sections.push(`<section><h2 id="gl-h">名词解释</h2><ul>${terms}</ul></section>`);
  const hidden = [
    `<span hidden data-pagefind-meta="title:${esc(title)}"></span>`,
    `<span hidden data-pagefind-meta="${ROWS_META}:1"></span>`,
    ...Object.entries(filters).map(([k, v]) => `<span hidden data-pagefind-filter="${esc(k)}:${esc(v)}"></span>`),
  ].join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body><main data-pagefind-body><div data-pagefind-weight="0.5">${hidden}${sections.join('')}</div></main></body></html>`;
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const CJK = /[\u2e80-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Remove the spaces the ICU segmentation put between Chinese characters (`郑州 市 工业` → `郑州市工业`). */
export function joinCjk(text: string): string {
  return excerptParts(esc(text))
    .map((p) => p.text)
    .join('');
}

/**
 * A Pagefind excerpt (HTML with `<mark>` and entities) as plain parts: only `<mark>` is kept, entities are
 * decoded, and whitespace between two Chinese characters is removed, also across a `<mark>` boundary.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const chars: { c: string; mark: boolean }[] = [];
  let marked = false;
  for (const p of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (p === '<mark>') marked = true;
    else if (p === '</mark>') marked = false;
    else {
      const text = p.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
      for (const c of text) chars.push({ c, mark: marked });
    }
  }
  const keep = chars.map((ch, i) => {
    if (!/\s/.test(ch.c)) return true;
    let a = i - 1;
    while (a >= 0 && /\s/.test(chars[a]!.c)) a--;
    let b = i + 1;
    while (b < chars.length && /\s/.test(chars[b]!.c)) b++;
    return !(a >= 0 && b < chars.length && CJK.test(chars[a]!.c) && CJK.test(chars[b]!.c));
  });
  const out: ExcerptPart[] = [];
  chars.forEach((ch, i) => {
    if (!keep[i]) return;
    const last = out[out.length - 1];
    if (last && last.mark === ch.mark) last.text += ch.c;
    else out.push({ text: ch.c, mark: ch.mark });
  });
  return out;
}

export interface Anchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

/**
 * The anchors (row ids) under which the matched words of a record lie: for each match location, the closest
 * anchor at or before it, with the heading (table title) above it as context. Rows whose text holds the whole
 * query (spaces ignored) come first, then rows by number of matched words; ties keep document order.
 */
export function matchedAnchors(anchors: readonly Anchor[], locations: readonly number[], query = '', max = 5): { id: string; text: string; context: string | null }[] {
  const sorted = [...anchors].filter((a) => a.id).sort((a, b) => a.location - b.location);
  const q = query.replace(/\s+/g, '');
  const found = new Map<string, { id: string; text: string; context: string | null; hits: number; order: number }>();
  for (const loc of [...locations].sort((a, b) => a - b)) {
    let best: Anchor | undefined;
    let heading: Anchor | undefined;
    for (const a of sorted) {
      if (a.location > loc) break;
      best = a;
      if (/^h\d$/i.test(a.element)) heading = a;
    }
    if (!best) continue;
    const f = found.get(best.id);
    if (f) f.hits++;
    else {
      const isHeading = best === heading;
      found.set(best.id, { id: best.id, text: joinCjk(best.text ?? best.id), context: !isHeading && heading ? joinCjk(heading.text ?? '') : null, hits: 1, order: found.size });
    }
  }
  const whole = (t: string) => (q && t.replace(/\s+/g, '').includes(q) ? 1 : 0);
  return [...found.values()]
    .sort((a, b) => whole(b.text) - whole(a.text) || b.hits - a.hits || a.order - b.order)
    .slice(0, max)
    .map(({ id, text, context }) => ({ id, text, context }));
}
