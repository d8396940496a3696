import { z } from 'zod';
import { DocumentModel, Index } from '../model/document.ts';
import { StoredDocument } from './stored.ts';

/**
 * JSON Schemas generated from the zod schemas (never written by hand): `document.schema.json` describes the
 * `<doc_id>.json` files as written (compact tables), `document-model.schema.json` the model `readDocument` returns.
 */
export function jsonSchemas(): Record<string, unknown> {
  return {
    'document.schema.json': z.toJSONSchema(StoredDocument, { io: 'input', unrepresentable: 'any' }),
    'document-model.schema.json': z.toJSONSchema(DocumentModel, { io: 'output', unrepresentable: 'any' }),
    'index.schema.json': z.toJSONSchema(Index, { io: 'output', unrepresentable: 'any' }),
  };
}
