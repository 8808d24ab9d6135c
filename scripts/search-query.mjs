#!/usr/bin/env node
// Runs queries against a built site's search index, as the search page does (the query, then the first page of
// results with its snippets), and prints for each what was found and what a browser would download.
//
//   node scripts/search-query.mjs SITE QUERY [QUERY ...]
//
// SITE is the built site (target/site). Each line: the query, paragraphs and documents found, glossary entries,
// the files and bytes fetched for it (the index's small shared files, index.json and fold.json, counted once
// for the first query).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SearchIndex } from '../assets/js/search-core.js';

const [site, ...queries] = process.argv.slice(2);
if (!site || queries.length === 0) {
  console.error('usage: node scripts/search-query.mjs SITE QUERY [QUERY ...]');
  process.exit(2);
}
const fetched = { files: 0, bytes: 0 };
const index = new SearchIndex(async (path, type) => {
  const b = await readFile(join(site, path));
  fetched.files++;
  fetched.bytes += b.length;
  return type === 'json' ? JSON.parse(b.toString('utf8')) : new Uint8Array(b);
});
for (const q of queries) {
  // each query as a fresh page load would make it: nothing cached but the shared files
  index.files = new Map([...index.files].filter(([k]) => k === 'search/index.json' || k === 'search/fold.json'));
  fetched.files = 0;
  fetched.bytes = 0;
  const started = performance.now();
  const result = await index.search(q);
  await index.page(result, 1);
  await Promise.all(result.entries.slice(0, 5).map((e) => index.entry(e)));
  const ms = performance.now() - started;
  console.log(`${q}\t${result.paragraphs} paragraphs in ${result.groups.length} documents, ${result.entries.length}`
    + ` entries\t${fetched.files} files, ${(fetched.bytes / 1024).toFixed(1)} KB\t${ms.toFixed(0)} ms`);
}
