import type { Fen, Layout } from './generate.ts';
import { Rng } from './rng.ts';

/** Chinese numerals for cover dates and ordinals (一、二、…). */
export const CN_NUM = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
export const CN_ORD = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六'];

export function cnYear(y: number): string {
  return [...String(y)].map((d) => CN_NUM[Number(d)]).join('');
}
export function cnMonth(m: number): string {
  return m <= 10 ? (m === 10 ? '十' : CN_NUM[m]!) : `十${CN_NUM[m - 10]}`;
}

/** Thousands separators: 2182 → 2,182 (a loop: linear in the length). */
function group(int: string): string {
  let out = '';
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) out += ',';
    out += int[i];
  }
  return out;
}

/** Exact decimal string of `units` × 10^-scale (canonical: no trailing fractional zeros). */
export function dec(units: bigint, scale: number): string {
  let u = units;
  let s = scale;
  while (s > 0 && u % 10n === 0n) {
    u /= 10n;
    s--;
  }
  const digits = u.toString();
  if (s === 0) return digits;
  const padded = digits.padStart(s + 1, '0');
  return `${padded.slice(0, -s)}.${padded.slice(-s)}`;
}

/** A printed amount: the text in the table and the exact 元 value it stands for (null when printed blank). */
export interface Printed {
  raw: string;
  value: string | null;
  /** Printed value in 分 (for narrative percentages computed from printed figures). */
  fen: bigint;
}

/** How zeros and amounts are written beyond the number layout (RenderOptions `zeroMark`, `wholeNumbers`). */
export interface PrintStyle {
  zeroMark: 'layout' | 'hyphen' | 'dash' | 'int';
  wholeNumbers: boolean;
}

export class Printer {
  private zrng: Rng;
  constructor(
    private layout: Layout,
    seed: number,
    private style: PrintStyle = { zeroMark: 'layout', wholeNumbers: false },
  ) {
    this.zrng = new Rng(seed ^ 0x5eed);
  }
  /** Round 分 to the printed unit (half up, as the 决算 software does) and format. */
  money(fen: Fen, allowBlank = true): Printed {
    if (fen === 0n && allowBlank) {
      const blank = this.layout.zeros === 'blank' || (this.layout.zeros === 'mixed' && this.zrng.chance(0.5));
      if (blank) return { raw: '', value: null, fen: 0n };
      // a hyphen or a dash says the cell holds nothing (no value, as a blank); a bare 0 is a zero
      if (this.style.zeroMark === 'hyphen') return { raw: '-', value: null, fen: 0n };
      if (this.style.zeroMark === 'dash') return { raw: '—', value: null, fen: 0n };
      if (this.style.zeroMark === 'int') return { raw: '0', value: '0', fen: 0n };
    }
    return this.text(fen);
  }
  text(fen: Fen): Printed {
    if (this.style.wholeNumbers) {
      // whole units, rounded half up: 1 元 = 100 分, 1 万元 = 1,000,000 分
      const per = this.layout.unit === '万元' ? 1000000n : 100n;
      const n = (fen + per / 2n) / per;
      const int = n.toString();
      return { raw: this.layout.thousands ? group(int) : int, value: dec(n * (per / 100n), 0), fen: n * per };
    }
    if (this.layout.unit === '万元' && this.layout.decimals === 1) {
      const tenths = (fen + 50000n) / 100000n; // 0.1 万元 = 1000 元 = 100000 分
      const int = (tenths / 10n).toString();
      return { raw: `${this.layout.thousands ? group(int) : int}.${tenths % 10n}`, value: dec(tenths * 1000n, 0), fen: tenths * 100000n };
    }
    if (this.layout.unit === '万元') {
      const hundredths = (fen + 5000n) / 10000n; // 0.01 万元 = 100 元 = 10000 分
      const int = (hundredths / 100n).toString();
      const frac = (hundredths % 100n).toString().padStart(2, '0');
      return { raw: `${this.layout.thousands ? group(int) : int}.${frac}`, value: dec(hundredths * 100n, 0), fen: hundredths * 10000n };
    }
    const int = (fen / 100n).toString();
    const frac = (fen % 100n).toString().padStart(2, '0');
    return { raw: `${this.layout.thousands ? group(int) : int}.${frac}`, value: dec(fen, 2), fen };
  }
}

/** Percentage a/b rounded half up to 2 decimals, as printed in the narrative. */
export function percent(a: bigint, b: bigint): string {
  if (b === 0n) return '0.00';
  const x = (a * 100000n) / b; // 3 decimals, truncated
  const r = (x + 5n) / 10n;
  return `${r / 100n}.${(r % 100n).toString().padStart(2, '0')}`;
}

