import type { Part } from '../model/document.ts';
import type { z } from 'zod';
import { cleanText } from '../text/clean.ts';
import type { SourceLine } from '../text/lines.ts';

type PartT = z.infer<typeof Part>;

export interface NarrativeParagraph {
  line: number;
  text: string;
  heading: string | null;
}

const HEADING_RE = /^(?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|\([一二三四五六七八九十]{1,3}\))/;
const TOP_HEADING_RE = /^[一二三四五六七八九十]{1,3}、/;

/** Separator between a section heading and its sub-heading in `heading` (`五、… › （一）总体情况。`). */
export const HEADING_SEPARATOR = ' › ';

/** A paragraph's heading split into its section (五、…) and sub-heading (（一）…), either null. */
export function splitHeading(heading: string | null): { section: string | null; sub: string | null } {
  if (!heading) return { section: null, sub: null };
  const i = heading.indexOf(HEADING_SEPARATOR);
  if (i >= 0) return { section: heading.slice(0, i), sub: heading.slice(i + HEADING_SEPARATOR.length) };
  return TOP_HEADING_RE.test(heading) ? { section: heading, sub: null } : { section: null, sub: heading };
}

/**
 * Paragraphs of the 情况说明 part with their line and the heading they fall under. A sentence broken across two
 * lines by the converter (no closing punctuation) is joined with the next line, and so is a line of prose broken at
 * the page width (an indented paragraph, a line reaching the page width, an unindented next line) whatever its last
 * character; the first line number is kept.
 * Under a sub-heading (（一）…) the heading keeps its section too (`五、… › （一）…`), so a section whose text starts
 * with a sub-heading is not lost.
 */
export function readNarrative(lines: SourceLine[], parts: PartT[]): NarrativeParagraph[] {
  const out: NarrativeParagraph[] = [];
  const narrative = parts.filter((p) => p.name === 'narrative');
  for (const part of narrative) {
    let heading: string | null = null;
    let section: string | null = null;
    let pending: NarrativeParagraph | null = null;
    // Prose broken at the page width (pdftotext): a paragraph's first line is indented, the lines that continue it
    // are not, and the line before them runs to the width of the page whatever punctuation it ends with.
    const width = (l: SourceLine) => l.raw.trimEnd().length;
    let pageWidth = 0;
    for (const l of lines) if (l.n > part.start_line && l.n <= part.end_line && !l.raw.includes('\t')) pageWidth = Math.max(pageWidth, width(l));
    let pendingIndented = false;
    let lastFull = false;
    for (const l of lines) {
      if (l.n <= part.start_line || l.n > part.end_line) continue;
      const t = cleanText(l.raw).replace(/\t+/g, ' ').trim();
      if (!t) {
        lastFull = false;
        continue;
      }
      if (HEADING_RE.test(t) && t.length < 40 && !/\d+(?:\.\d+)?\s*万?元/.test(t)) {
        if (pending) out.push(pending);
        pending = null;
        if (TOP_HEADING_RE.test(t)) {
          section = t;
          heading = t;
        } else heading = section ? `${section}${HEADING_SEPARATOR}${t}` : t;
        continue;
      }
      const indented = /^[ \u3000]/.test(l.raw.replace(/^\f/, ''));
      const wrapped = pendingIndented && lastFull && !indented;
      lastFull = pageWidth >= 30 && width(l) >= pageWidth - 2;
      if (pending && (wrapped || !/[。；：！？.;:)）]$/.test(pending.text))) {
        pending.text += t;
        continue;
      }
      if (pending) out.push(pending);
      pending = { line: l.n, text: t, heading };
      pendingIndented = indented;
    }
    if (pending) out.push(pending);
  }
  return out;
}

/** 名词解释 entries: `一、财政拨款收入：definition` (continuation lines joined). */
export function readGlossary(lines: SourceLine[], parts: PartT[]): { term: string; definition: string; line: number }[] {
  const out: { term: string; definition: string; line: number }[] = [];
  for (const part of parts.filter((p) => p.name === 'glossary')) {
    for (const l of lines) {
      if (l.n <= part.start_line || l.n > part.end_line) continue;
      const t = cleanText(l.raw).trim().replace(/^[-*•]\s*/, '');
      if (!t || /^无$/.test(t)) continue;
      const m = /^(?:[一二三四五六七八九十]{1,4}、|\d{1,2}[.、．])\s*([^：:]{1,60})[：:]\s*(.*)$/.exec(t);
      if (m) out.push({ term: m[1]!.trim(), definition: m[2]!.trim(), line: l.n });
      else if (out.length) out[out.length - 1]!.definition += t;
    }
  }
  return out;
}
