/** Bump on any change that alters output: invalidates the ingest cache. */
export const PARSER_VERSION = '0.2.0';
