/**
 * A label column no header word heads, read from a header pdftotext squeezed left of the codes and names it heads
 * (`功能分类科 科目名称 行次 出合计`): blank in every row of the header's page, it reaches over the name column the header
 * does head. On a page the table's columns are fitted to again, where the names stand a few characters right of where
 * they stood on the header's page, such a column would take the names for the width it shares with the headed one and
 * leave them under no heading. Pure.
 */
import type { Column } from './columns.ts';
import { overlaps } from './columns.ts';

/**
 * The label columns `labels` (the first columns of a table, `header` its header rows over every column) with each text
 * column that no header word heads and that overlaps a text column a word heads cut back to the part outside that
 * column, so a word standing over both falls into the headed one. A column inside the headed one, or one whose cut
 * leaves nothing, stays as it is.
 */
export function unheadedLabelsAside(labels: readonly Column[], header: readonly (readonly string[])[]): Column[] {
  const headed = (j: number) => header.some((r) => (r[j] ?? '').trim() !== '');
  return labels.map((c, j) => {
    if (c.kind !== 'text' || headed(j)) return c;
    let { start, end } = c;
    for (const [i, o] of labels.entries()) {
      if (i === j || o.kind !== 'text' || !headed(i) || !overlaps(o, { start, end })) continue;
      if (start >= o.start && end > o.end) start = o.end;
      else if (end <= o.end && start < o.start) end = o.start;
    }
    return end > start ? { ...c, start, end } : c;
  });
}
