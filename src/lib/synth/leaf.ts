import type { Fen, SynthLeaf, ThreePublic } from './generate.ts';

/** Amounts of a 功能分类 leaf that the tables print (all money, fiscal only, non-fiscal; basic/project splits). */
export const all = (l: SynthLeaf): Fen => l.fiscalBasic + l.fiscalProject + l.otherBasic + l.otherProject;
export const fiscal = (l: SynthLeaf): Fen => l.fiscalBasic + l.fiscalProject;
export const other = (l: SynthLeaf): Fen => l.otherBasic + l.otherProject;
export const basicAll = (l: SynthLeaf): Fen => l.fiscalBasic + l.otherBasic;
export const projectAll = (l: SynthLeaf): Fen => l.fiscalProject + l.otherProject;
export const personnelAll = (l: SynthLeaf): Fen => l.fiscalPersonnel + l.otherPersonnel;
export const specificAll = (l: SynthLeaf): Fen => l.fiscalSpecific + l.otherSpecific;

/** The six 三公 figures in printed order: 合计, 因公出国（境）, 公务用车 小计, 购置, 运行, 公务接待. */
export const threeCells = (t: ThreePublic): Fen[] => [t.abroad + t.carPurchase + t.carRunning + t.reception, t.abroad, t.carPurchase + t.carRunning, t.carPurchase, t.carRunning, t.reception];
