import { z } from 'zod';
import { DocumentModel, Index } from '../model/document.ts';

/** JSON Schemas generated from the zod schemas (never written by hand). */
export function jsonSchemas(): Record<string, unknown> {
  return {
    'document.schema.json': z.toJSONSchema(DocumentModel, { io: 'output', unrepresentable: 'any' }),
    'index.schema.json': z.toJSONSchema(Index, { io: 'output', unrepresentable: 'any' }),
  };
}
