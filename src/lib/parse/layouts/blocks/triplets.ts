import type { Positioned } from '../../read/piece.ts';
import { isTotalLabel } from '../../tables/context.ts';
import { CODE_RE, kindOf, linePieces, type Kind } from '../../read/line-pieces.ts';

/**
 * One (科目编码, 科目名称, figure) group of a printed line, read by meaning: a code opens it, the words after the code
 * are its name, the one figure after the name is its figure. A group may lack its code (a total label, the rest of a
 * wrapped name) or its figure (a blank cell: not zero, and never the next group's).
 */
export interface Triplet {
  code: string | null;
  name: string;
  figure: string | null;
  /** Column where the group starts (its code, else its name, else its figure), for placing it in a block. */
  start: number;
  /** Column where its name starts (-1 when it has none): a wrapped name continues under it. */
  nameStart: number;
}

/** What a line holds, read as a sequence of groups, and the pieces that fit no group (a figure with no label). */
export interface TripletLine {
  groups: Triplet[];
  stray: Positioned[];
}

/**
 * Read a printed line of (code, name, figure) groups by meaning. A number of code form (3, 5 or 7 digits, no point)
 * is a code when no group is waiting for its figure, or when a name follows it and the group waiting is no total (a
 * name may go without its figure, a total never gives up its own); any other number is the figure of the
 * open group. Words after a code (or after a figure, or at the start) are one name: a name split by a space stays one.
 */
export function readTriplets(raw: string): TripletLine {
  const ps = linePieces(raw);
  const groups: Triplet[] = [];
  const stray: Positioned[] = [];
  let open: Triplet | null = null;
  let last: Kind | null = null;
  for (let i = 0; i < ps.length; i++) {
    const p = ps[i]!;
    let kind = kindOf(p.text);
    if (kind === 'figure' && CODE_RE.test(p.text)) {
      const next = ps[i + 1];
      const nameFollows = next !== undefined && kindOf(next.text) === 'text';
      const waiting = open !== null && open.figure === null && (open.name !== '' || open.code === null) && last === 'text';
      // (a total waits for its figure even where the next label follows it: `人员经费合计 416 公用经费合计 111`;
      // another name may go without one: `30102 津贴补贴 30202 印刷费`, a wrapped `缴费 30206 电费`)
      if (!waiting || (nameFollows && !isTotalLabel(open!.name))) kind = 'code';
    }
    if (kind === 'code') {
      open = { code: p.text, name: '', figure: null, start: p.start, nameStart: -1 };
      groups.push(open);
    } else if (kind === 'text') {
      if (open && open.figure === null && (last === 'text' || last === 'code')) {
        if (open.nameStart < 0) open.nameStart = p.start;
        open.name += p.text;
      } else {
        open = { code: null, name: p.text, figure: null, start: p.start, nameStart: p.start };
        groups.push(open);
      }
    } else if (open && open.figure === null && last !== null && last !== 'figure') {
      open.figure = p.text;
    } else {
      stray.push(p);
    }
    last = kind;
  }
  return { groups, stray };
}
