import type { Decimal } from '../decimal.ts';
import type { Table, TableKind } from '../model/table.ts';

/** Each meaning's yearly total as another table of the document prints it; a meaning it does not print is absent. */
export type SourceTotals = Map<string, Decimal>;

/**
 * How a table's columns are settled by meaning from another table of the same document: the meanings its value
 * columns can take (vocabulary keys, each with the word a settled column is named by) and the source table's total
 * for each, which the table's total row must equal column by column.
 */
export interface SettleRule {
  kind: TableKind;
  source: TableKind;
  /** The first meaning is the total of the others (every row: total = sum of the other columns). */
  meanings: readonly { key: string; word: string }[];
  totals: (source: Table) => SourceTotals;
  /** Meanings of columns outside the rule's identities (a subtotal of some of its meanings): a table whose header prints one is left as read. */
  beyond?: readonly string[];
  /** Meanings a column under such a subtotal's group may name by another word of the same meaning (`general_budget`, 一般公共预算, is `fiscal_grant`). */
  aliases?: Readonly<Record<string, string>>;
  /** When no reading settles the columns the source contradicts, their figures are left unread (`refused-columns.ts`). */
  unreadContradicted?: boolean;
}
