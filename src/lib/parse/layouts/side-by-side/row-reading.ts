/** How the side-by-side reader read one line of a page: its cells (by order, by a pair rule, placed by the page's
 * columns, or by pieces; the source lines a joined row drew on), a header or a line joined into another row, or unread. */
export type RowReading =
  | { how: 'order' | 'pair' | 'placed' | 'pieces'; cells: string[]; unplaced?: string[]; lines?: number[] }
  | { how: 'header' | 'joined' }
  | { how: 'unread' };
