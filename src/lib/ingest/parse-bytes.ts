import { createHash } from 'node:crypto';
import { failedDocument } from '../failed.ts';
import { decodeBytes, htmlLine } from '../input/decode.ts';
import type { TimeBudget } from '../input/limits.ts';
import type { DocumentModel } from '../model/document.ts';
import { docIdFor } from './doc-id.ts';
import { ingestText } from './ingest-text.ts';

export const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** Parse file bytes into the document model (never throws): decoding, HTML pages and crashes become failed documents. */
export function parseBytes(bytes: Uint8Array, file: string, docId = docIdFor(file), hash = sha256(bytes), budget?: TimeBudget): DocumentModel {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return failedDocument({ docId, sourceFile: file, sha256: hash, message: decoded.reason, code: decoded.code, line: decoded.line });
  const html = htmlLine(decoded.text);
  if (html !== null) {
    return failedDocument({ docId, sourceFile: file, sha256: hash, message: '这是一个 HTML 网页，不是披露文本 (HTML page saved as .txt)', code: 'html', line: html });
  }
  try {
    return ingestText({ text: decoded.text, sourceFile: file, docId, sha256: hash, budget });
  } catch (e) {
    return failedDocument({ docId, sourceFile: file, sha256: hash, message: `解析时出错: ${(e as Error).message}`, code: 'crash' });
  }
}
