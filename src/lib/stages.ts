/**
 * The interface between parseDocument and the stages it runs after the tables are read (columns settled across
 * tables, narrative claims, reconciliation checks; the 绩效 evaluations come with the tables, from their layout parsers). A stage imports
 * these types from here, never from the module that runs it.
 */
import type { CheckResult, Claim, DocumentModel, Problem } from './model/document.ts';
import type { Table, TableKind } from './model/table.ts';
import type { NarrativeParagraph } from './parse/narrative.ts';
import type { Segmentation } from './parse/segment.ts';
import type { SourceLine } from './text/lines.ts';

/** Extension points filled by later stages (narrative claims, reconciliation checks). */
export interface Stages {
  claims?: (ctx: StageContext) => { claims: Claim[]; problems: Problem[] };
  checks?: (model: DocumentModel) => CheckResult[];
  /** Settle the columns a table's reader left undecided by another table of the document (run on all tables once read). */
  settle?: (readings: readonly TableReading[]) => SettledReading[];
  /** Decide if a repeated title of `kind` starts a new table instance (e.g. a new project's self-evaluation). */
  isNewInstance?: (kind: TableKind, lines: SourceLine[]) => boolean;
}

/** One table as its reader read it, with its problems; and the reading that keeps the columns the reader refused. */
export interface TableReading {
  table: Table;
  problems: Problem[];
  undecided?: { table: Table; problems: Problem[] };
}

/** The reading written for a table: the one read, or the undecided one (`undecided`) when its columns were settled. */
export interface SettledReading {
  table: Table;
  problems: Problem[];
  undecided: boolean;
}

export interface StageContext {
  lines: SourceLine[];
  tables: Table[];
  segmentation: Segmentation;
  paragraphs: NarrativeParagraph[];
  docKind: 'final' | 'budget';
}
