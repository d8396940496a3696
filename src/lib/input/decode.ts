/**
 * Input policy for bytes read from a disclosure file (README "Input policy", docs/security.md):
 *
 * - UTF-8, with or without BOM, is read as is.
 * - UTF-16 with a BOM (Windows "Unicode" text) is read as is.
 * - Otherwise GB18030 (a superset of GBK and GB2312) is tried, and accepted only when the text is plausibly
 *   simplified Chinese: nearly every double-byte character is a GB2312 character and most hanzi are GB2312 level 1
 *   (the 3 755 most common characters). Big5, Shift_JIS or random bytes that happen to decode are rejected, never
 *   read as mojibake.
 * - Empty, binary (NUL or control bytes), too large, undecidable: rejected with a clear message and the line of the
 *   first offending byte.
 */
export type Decoded =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'gb18030' }
  | { ok: false; reason: string; code: 'empty' | 'binary' | 'encoding' | 'html' | 'too_large'; line: number };

/** Files larger than this are not read (a real disclosure is well under 1 MB). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** 1-based line of a byte offset (counts LF; a lone CR counts too). */
export function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  const end = Math.min(offset, bytes.length);
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if (b === 0x0a) line++;
    else if (b === 0x0d && bytes[i + 1] !== 0x0a) line++;
  }
  return line;
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1 when all are. */
export function firstInvalidUtf8(bytes: Uint8Array, start = 0): number {
  let i = start;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let len: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) len = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      len = 3;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f; // no surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      len = 4;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    if (i + len > n) return i;
    const b1 = bytes[i + 1]!;
    if (b1 < lo || b1 > hi) return i;
    for (let k = 2; k < len; k++) {
      const c = bytes[i + k]!;
      if (c < 0x80 || c > 0xbf) return i;
    }
    i += len;
  }
  return -1;
}

/**
 * Is this GB18030 byte stream plausibly simplified Chinese? Walks the double-byte characters (lead 0x81–0xFE):
 * at least one hanzi, ≥ 95 % of double-byte characters inside GB2312 (lead and trail 0xA1–0xFE), and ≥ 70 % of the
 * hanzi in GB2312 level 1 (lead 0xB0–0xD7). Four-byte sequences (rare characters) count as outside GB2312.
 */
export function plausibleGb(bytes: Uint8Array): boolean {
  let dbcs = 0;
  let gb2312 = 0;
  let hanzi = 0;
  let level1 = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const t = bytes[i + 1] ?? 0;
    if (t >= 0x30 && t <= 0x39) {
      // four-byte sequence
      dbcs++;
      i += 4;
      continue;
    }
    dbcs++;
    if (b >= 0xa1 && b <= 0xf7 && t >= 0xa1 && t <= 0xfe) {
      gb2312++;
      if (b >= 0xb0) {
        hanzi++;
        if (b <= 0xd7) level1++;
      }
    }
    i += 2;
  }
  return hanzi > 0 && gb2312 >= dbcs * 0.95 && level1 >= hanzi * 0.7;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: '文件为空 (empty file)', code: 'empty', line: 1 };
  if (bytes.length > MAX_FILE_BYTES) {
    return { ok: false, reason: `文件过大 (${bytes.length} 字节，上限 ${MAX_FILE_BYTES})`, code: 'too_large', line: 0 };
  }
  // UTF-16 with BOM: unambiguous.
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    const enc = b0 === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      const text = new TextDecoder(enc, { fatal: true, ignoreBOM: false }).decode(bytes);
      if (!hasBinaryChars(text)) return { ok: true, text, encoding: enc };
    } catch {
      // fall through: not valid UTF-16
    }
    return { ok: false, reason: `以 UTF-16 BOM 开头，但不是有效的 UTF-16 文本`, code: 'encoding', line: 1 };
  }
  const sample = bytes.subarray(0, Math.min(bytes.length, 65536));
  let nul = 0;
  let ctrl = 0;
  let firstBad = -1;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    const bad = b === 0 || b < 9 || (b > 13 && b < 32 && b !== 27) || b === 127;
    if (!bad) continue;
    if (firstBad < 0) firstBad = i;
    if (b === 0) nul++;
    else ctrl++;
  }
  if (nul > 0 || ctrl > sample.length * 0.01) {
    return {
      ok: false,
      reason: `二进制文件，不是文本 (binary file: ${nul > 0 ? `NUL byte` : 'control bytes'} at byte ${firstBad})`,
      code: 'binary',
      line: lineOfOffset(bytes, firstBad),
    };
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const start = bom ? 3 : 0;
  const invalid = firstInvalidUtf8(bytes, start);
  if (invalid < 0) {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start)), encoding: bom ? 'utf-8-bom' : 'utf-8' };
  }
  const line = lineOfOffset(bytes, invalid);
  if (!bom) {
    try {
      let text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (plausibleGb(bytes) && !hasBinaryChars(text)) return { ok: true, text, encoding: 'gb18030' };
    } catch {
      // not GB18030 either
    }
  }
  return {
    ok: false,
    reason: `无法确定文件编码：第 ${line} 行起不是有效的 UTF-8${bom ? '（文件以 UTF-8 BOM 开头）' : '，也不像 GB18030/GBK 编码的中文'}；请转成 UTF-8 (undecidable encoding)`,
    code: 'encoding',
    line,
  };
}

function hasBinaryChars(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u0008\u000e-\u0019\u001c-\u001f]/.test(text);
}

/** An HTML page saved as .txt: rejected as not a disclosure text. */
export function looksLikeHtml(text: string): boolean {
  return htmlLine(text) !== null;
}

/**
 * The line where an HTML page announces itself (`<!DOCTYPE html>`, `<html>`, or `<head>` … `<body>`), or null for a
 * text that is not an HTML page. Markup fragments inside a disclosure (`<b>`, `<p>`, `<br>`) are not enough.
 */
export function htmlLine(text: string): number | null {
  const head = text.slice(0, 4000);
  const lower = head.toLowerCase();
  const trimmed = lower.trimStart();
  const at = (i: number) => head.slice(0, i).split(/\r\n|\n|\r/).length;
  if (trimmed.startsWith('<!doctype html') || trimmed.startsWith('<html') || trimmed.startsWith('<?xml')) {
    if (trimmed.startsWith('<?xml') && !/<html[\s>]/.test(lower)) return null;
    return at(lower.length - trimmed.length);
  }
  const h = /<head[\s>]/.exec(lower);
  if (h && /<body[\s>]/.test(text.slice(0, 40000).toLowerCase())) return at(h.index);
  return null;
}
