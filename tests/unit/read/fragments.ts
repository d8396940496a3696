import type { Fragment } from '../../../src/lib/parse/read/piece.ts';

/** Header pieces written by hand as `text@row:start` (row 0 the top header line), one space between pieces. */
export const frags = (spec: string): Fragment[] =>
  spec.split(' ').map((t) => {
    const m = /^(.*)@(\d+):(\d+)$/.exec(t)!;
    return { part: { text: m[1]!, start: Number(m[3]), end: Number(m[3]) + m[1]!.length }, row: Number(m[2]) };
  });
