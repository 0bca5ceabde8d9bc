import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A chunk in Vite's build manifest (dist/web/.vite/manifest.json). */
type ManifestChunk = { file: string; imports?: string[]; dynamicImports?: string[]; css?: string[] };

/** Which page's code each address shows, as the app's router maps them (src/web/app.tsx). */
const ROUTES: [RegExp, string][] = [
  [/^\/$/, 'pages/overview-page.tsx'],
  [/^\/timeline$/, 'pages/timeline-page.tsx'],
  [/^\/map$/, 'pages/map-page.tsx'],
  [/^\/incidents\/[^/]+$/, 'pages/incident-page.tsx'],
  [/^\/documents\/[^/]+$/, 'pages/document-page.tsx'],
  [/^\/review$/, 'pages/review-page.tsx'],
  [/^\/peace$/, 'pages/peace-page.tsx'],
  [/^\/places$/, 'pages/places-page.tsx'],
  [/^\/actors$/, 'pages/actors-page.tsx'],
];

/** Pages whose first screen draws the map: its borders are worth fetching at once. */
const MAP_PAGES = new Set(['pages/overview-page.tsx', 'pages/map-page.tsx']);

/**
 * `<link>` tags naming what an address's page will load, for index.html's head. Each page's code
 * is a chunk of its own, which the app would only ask for once its main script had run; named up
 * front, the browser fetches and compiles them alongside it (a few hundred milliseconds sooner
 * on a first visit). Without a manifest (an older build) there is nothing to add.
 */
export function pagePreloads(webRoot: string): (path: string) => string {
  const manifestPath = join(webRoot, '.vite', 'manifest.json');
  const manifest: Record<string, ManifestChunk> = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : {};
  const found = new Map<string, string>();
  return (path) => {
    const source = ROUTES.find(([pattern]) => pattern.test(path))?.[1];
    if (!source || !manifest[source]) return '';
    let tags = found.get(source);
    if (tags === undefined) {
      const scripts = new Set<string>();
      const styles = new Set<string>();
      // The main script and what it imports statically are in index.html already.
      const entry = Object.values(manifest).find((c) => (c as { isEntry?: boolean }).isEntry);
      const loaded = new Set([entry?.file, ...(entry?.imports ?? []).map((k) => manifest[k]?.file)]);
      const visit = (key: string, page: boolean) => {
        const chunk = manifest[key];
        if (!chunk || scripts.has(chunk.file) || loaded.has(chunk.file)) return;
        scripts.add(chunk.file);
        for (const css of chunk.css ?? []) styles.add(css);
        for (const k of chunk.imports ?? []) visit(k, false);
        // What the page itself loads lazily on its first screen (the overview's map), not deeper.
        if (page) for (const k of chunk.dynamicImports ?? []) visit(k, false);
      };
      visit(source, true);
      tags = [
        ...[...styles].map((f) => `<link rel="stylesheet" href="/${f}">`),
        ...[...scripts].map((f) => `<link rel="modulepreload" href="/${f}">`),
        ...(MAP_PAGES.has(source) ? Object.values(manifest).filter((c) => /countries-50m/.test(c.file)).map((c) => `<link rel="preload" as="fetch" crossorigin href="/${c.file}">`) : []),
      ].join('');
      found.set(source, tags);
    }
    return tags;
  };
}
