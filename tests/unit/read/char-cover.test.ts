/**
 * The one core of the header readers that read a header by its characters (`read/char-cover.ts`): exact covers only,
 * every cover returned (more than one is the caller's ambiguity), words placed by their own characters, a total
 * within a last digit per part. The headers below are written by hand from the shapes pdftotext gives narrow PDF
 * columns (a 财政拨款收支总表 header squeezed to `一般公共预算拨款政府性基金预算`, a 收入决算表 header broken as
 * `事业收` over `入`).
 */
import { describe, expect, it } from 'vitest';
import { characterCovers, countChars, ownPlaces, pieceCovers, totalWithin, type PlacedChar } from '../../../src/lib/parse/read/char-cover.ts';
import { frags } from './fragments.ts';
import { parseDecimal, type Decimal } from '../../../src/lib/decimal.ts';

const words = (cover: { word: string }[]) => cover.map((p) => p.word);

describe('a header read as an exact cover by characters', () => {
  it('returns both sets of words when 拨款 can end either name (一般公共预算拨款 | 政府性基金预算): the caller must decide or report', () => {
    const covers = characterCovers(countChars('一般公共预算拨款政府性基金预算'), [['一般公共预算', '一般公共预算拨款'], ['政府性基金预算', '政府性基金预算拨款']]);
    expect(covers.map(words)).toEqual(
      expect.arrayContaining([
        ['一般公共预算', '政府性基金预算拨款'],
        ['一般公共预算拨款', '政府性基金预算'],
      ]),
    );
    expect(covers).toHaveLength(2);
  });

  it('finds no cover when a character is left over (合计 and a stray 备)', () => {
    expect(characterCovers(countChars('合计备'), [['合计']])).toEqual([]);
  });

  it('takes each word once per half when the header is printed twice (预算数 and 决算数 halves: 合计 公务接待费 twice)', () => {
    const covers = characterCovers(countChars('合计公务接待费合计公务接待费'), [['合计'], ['公务接待费']], { times: 2 });
    expect(covers.map(words)).toEqual([['合计', '公务接待费']]);
    expect(covers[0]!.map((p) => p.term)).toEqual([0, 1]);
  });

  it('takes one spelling of a term only (公务用车运行维护费, not 公务用车运行费 with 维护 left over)', () => {
    expect(characterCovers(countChars('公务用车运行维护费'), [['公务用车运行费', '公务用车运行维护费']]).map(words)).toEqual([['公务用车运行维护费']]);
  });

  it('takes a term more than once only when asked, and exactly `count` words when given', () => {
    expect(characterCovers(countChars('合计合计'), [['合计']])).toEqual([]);
    expect(characterCovers(countChars('合计合计'), [['合计']], { repeat: true, count: 2 }).map(words)).toEqual([['合计', '合计']]);
    expect(characterCovers(countChars('合计合计'), [['合计']], { repeat: true, count: 3 })).toEqual([]);
  });

  it('stops one past its limit, so that a caller can tell "too many" from a full list', () => {
    const terms = [['甲'], ['甲'], ['甲'], ['甲']];
    expect(characterCovers(countChars('甲'), terms)).toHaveLength(4);
    expect(characterCovers(countChars('甲'), terms, { limit: 2 })).toHaveLength(3);
  });
});

/** Characters laid out from `start`, one column each. */
const laid = (text: string, start: number): PlacedChar[] => [...text].map((ch, i) => ({ ch, pos: start + i }));

describe('where the words of a cover stand, by the characters no other word has', () => {
  // 一般公共预算拨款 at columns 0–7, 政府性基金预算 at 12–18: 预算 is in both words and places neither
  const chars = [...laid('一般公共预算拨款', 0), ...laid('政府性基金预算', 12)];

  it('places each word at the median column of its own characters, left to right, with their spread', () => {
    const read = ownPlaces(['政府性基金预算', '一般公共预算拨款'], chars);
    expect(read?.placed).toEqual([
      { w: '一般公共预算拨款', at: 2.5, from: 0, to: 7 },
      { w: '政府性基金预算', at: 14, from: 12, to: 16 },
    ]);
    // (一般公共…拨款: own characters from column 0 to 7; 政府性基金: 12 to 16)
    expect(read?.spread).toBe(11);
  });

  it('places nothing when a word has no character of its own, or is taken twice', () => {
    expect(ownPlaces(['合计', '合计'], laid('合计合计', 0))).toBeNull();
    expect(ownPlaces(['预算', '一般公共预算'], laid('预算一般公共预算', 0))).toBeNull();
  });
});

const dec = (s: string): Decimal => parseDecimal(s)!;

describe('a total against its parts', () => {
  it('holds within a last digit per part allowed (10.00 against 3.33 + 3.33 + 3.33)', () => {
    expect(totalWithin(dec('10.00'), ['3.33', '3.33', '3.33'].map(dec), 1)).toBe(true);
  });

  it('fails past the slack allowed, at the finest precision printed (10 against 3.33 + 3.33 + 3.32)', () => {
    expect(totalWithin(dec('10'), ['3.33', '3.33', '3.32'].map(dec), 1)).toBe(false);
    expect(totalWithin(dec('10'), ['3.33', '3.33', '3.32'].map(dec), 2)).toBe(true);
  });
});

const rules = { words: ['事业收入', '经营收入'], norm: (s: string) => s.replace(/\s+/g, ''), reach: 4, rows: 2 };

describe('a header read as an exact cover by pieces', () => {
  it('reads 事业收 over 入 and 经营收 over 入 as two words anchored at their first pieces', () => {
    const covers = pieceCovers(frags('事业收@0:10 经营收@0:16 入@1:10 入@1:16'), rules)!;
    expect(covers).toHaveLength(1);
    expect(covers[0]!.map((w) => [w.text, w.parts[0]!.part.start])).toEqual([
      ['事业收入', 10],
      ['经营收入', 16],
    ]);
  });

  it('hands two pieces of equal text to the words they stand nearest (each 入 under its own word, not the other way round)', () => {
    const covers = pieceCovers(frags('事业收@0:20 经营收@1:8 入@2:8 入@3:20'), { ...rules, reach: 16, rows: 3 })!;
    expect(covers).toHaveLength(1);
    const at = (w: string) => covers[0]!.find((x) => x.text === w)!.parts.map((p) => `${p.part.text}@${p.row}:${p.part.start}`);
    expect(at('事业收入')).toEqual(['事业收@0:20', '入@3:20']);
    expect(at('经营收入')).toEqual(['经营收@1:8', '入@2:8']);
  });

  it('cuts a piece that is in no word into parts that are (入经营收: the end of one cell and the start of the next)', () => {
    const covers = pieceCovers(frags('事业收@0:0 入经营收@0:3 入@1:6'), { ...rules, reach: 8 })!;
    expect(covers.map((c) => c.map((w) => w.text).sort())).toEqual([['事业收入', '经营收入']]);
  });

  it('reads nothing when a piece is in no word (备注) or the caller vetoes the word', () => {
    expect(pieceCovers(frags('事业收@0:0 入@1:0 备注@0:8'), rules)).toEqual([]);
    expect(pieceCovers(frags('事业收@0:0 入@1:0'), { ...rules, veto: () => true })).toEqual([]);
  });

  it('gives no answer (null), not a partial list, when the search runs past its budget', () => {
    expect(pieceCovers(frags('事业收@0:10 经营收@0:16 入@1:10 入@1:16'), { ...rules, maxSteps: 2 })).toBeNull();
  });
});
