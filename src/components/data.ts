/** Kept for pages not yet switched: the site's data access lives in src/data/site.ts. */
export { OUT_DIR, allDocs, deptHref, docHref, editionPaths, indexEntries, keyOf, pagePaths, regionName } from '../data/site.ts';
