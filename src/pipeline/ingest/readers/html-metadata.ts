import { isoDate } from './iso-date.js';
import { jsonLdFacts } from './json-ld.js';
import { languageFromTag } from './language.js';
import type { DocumentMetadata } from './reader-types.js';

/** The slice of a DOM document the metadata reader uses (linkedom's and a browser's both fit). */
export type MetaSource = {
  documentElement: { getAttribute(name: string): string | null } | null;
  title: string;
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
};

/**
 * What a news page says about itself: Open Graph and article:* tags, Dublin Core and plain
 * meta tags, JSON-LD, <link rel=canonical>, <time datetime> and <html lang>. Most specific
 * source first: og:title over the <title>, which usually carries " | Site name".
 */
export function htmlMetadata(document: MetaSource, baseUrl?: string): Omit<DocumentMetadata, 'format'> {
  const meta = new Map<string, string>();
  for (const el of Array.from(document.querySelectorAll('meta'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop'))?.trim().toLowerCase();
    const content = el.getAttribute('content')?.trim();
    if (key && content && !meta.has(key)) meta.set(key, content);
  }
  const first = (...keys: string[]) => keys.map((k) => meta.get(k)).find((v) => v !== undefined);
  const ld = jsonLdFacts(Array.from(document.querySelectorAll('script[type="application/ld+json"]')).map((s) => s.textContent ?? ''));
  const attr = (selector: string, name: string) => Array.from(document.querySelectorAll(selector)).map((e) => e.getAttribute(name)?.trim()).find(Boolean);

  const site_name = first('og:site_name', 'application-name') ?? ld.publisher;
  const articleAuthor = first('article:author');
  const published = [
    first('article:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'publish-date', 'dc.date.issued', 'dc.date', 'dcterms.created', 'dcterms.date', 'sailthru.date', 'parsely-pub-date'),
    ld.datePublished,
    attr('time[datetime]', 'datetime'),
  ].map(isoDate).find(Boolean);

  const fields: Omit<DocumentMetadata, 'format'> = {
    title: first('og:title') ?? ld.headline ?? first('twitter:title', 'dc.title') ?? titleWithoutSite(document.title, site_name),
    author: first('author', 'dc.creator', 'byl') ?? (articleAuthor && !/^https?:/.test(articleAuthor) ? articleAuthor : undefined) ?? ld.author,
    published,
    canonical_url: absolute(attr('link[rel="canonical"]', 'href') ?? first('og:url'), baseUrl),
    site_name,
    language: languageFromTag(document.documentElement?.getAttribute('lang') ?? first('og:locale', 'content-language', 'dc.language')),
  };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== ''));
}

function titleWithoutSite(title: string | undefined, site: string | undefined): string | undefined {
  const t = title?.replace(/\s+/g, ' ').trim();
  if (!t || !site) return t || undefined;
  const escaped = site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return t.replace(new RegExp(`\\s+[|\\-–—:]\\s+${escaped}$`), '') || t;
}

function absolute(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    return undefined; // a relative link with no base to resolve it against says nothing useful
  }
}
