/**
 * Input policy for bytes read from a disclosure file: UTF-8 (with or without BOM) is read as is; GB18030/GBK is
 * detected and decoded; binary files and undecidable encodings are rejected with a clear message — never read
 * as mojibake.
 */
export type Decoded =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-8-bom' | 'gb18030' }
  | { ok: false; reason: string; code: 'empty' | 'binary' | 'encoding' | 'html' };

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: '文件为空 (empty file)', code: 'empty' };
  const sample = bytes.subarray(0, Math.min(bytes.length, 65536));
  let nul = 0;
  let ctrl = 0;
  for (const b of sample) {
    if (b === 0) nul++;
    else if (b < 9 || (b > 13 && b < 32)) ctrl++;
  }
  if (nul > 0 || ctrl > sample.length * 0.01) return { ok: false, reason: '二进制文件，不是文本 (binary file)', code: 'binary' };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bom ? bytes.subarray(3) : bytes);
    return { ok: true, text, encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    // not UTF-8
  }
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    // Plausibility: a Chinese disclosure decoded as GB18030 is mostly CJK and ASCII.
    let cjk = 0;
    let odd = 0;
    for (const ch of text) {
      const c = ch.codePointAt(0)!;
      if (c >= 0x4e00 && c <= 0x9fff) cjk++;
      else if (c > 0x7f && !(c >= 0x3000 && c <= 0x303f) && !(c >= 0xff00 && c <= 0xffef) && !(c >= 0x2000 && c <= 0x206f)) odd++;
    }
    if (cjk > 0 && odd <= cjk * 0.05) return { ok: true, text, encoding: 'gb18030' };
  } catch {
    // not GB18030 either
  }
  return { ok: false, reason: '无法确定文件编码（不是 UTF-8，也不像 GB18030）', code: 'encoding' };
}

/** An HTML page saved as .txt: rejected as not a disclosure text. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || (/<head[\s>]/.test(head) && /<body[\s>]/.test(text.slice(0, 20000).toLowerCase()));
}
