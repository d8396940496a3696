// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://example.org',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  // A second site built from another OUT_DIR (tests) keeps its own content cache.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  // The CSP allows only same-origin scripts and styles: never inline assets into the HTML.
  vite: { build: { assetsInlineLimit: 0 } },
});
