/**
 * Search helpers. Pagefind segments Chinese page text with its own dictionary at build time, but segments the
 * query in the browser with Intl.Segmenter (ICU): "郑州市中小企业服务中心" is indexed as 郑州|市中|小|企业|服务|中心
 * and queried as 郑州|市|中小企业|服务|中心, so the query misses. For names people search for (departments,
 * budget units), the page also carries the ICU segmentation, space-separated, in an element only the index sees.
 */
export function icuTerms(text: string, locale = 'zh-CN'): string {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return text;
  const seg = new Intl.Segmenter(locale, { granularity: 'word' });
  return [...seg.segment(text)]
    .filter((s) => s.isWordLike)
    .map((s) => s.segment)
    .join(' ');
}
