import type { AnyFeed } from 'feedsmith';
import { isoDate } from './iso-date.js';
import type { FeedItem } from './reader-types.js';

/** A feed's title and its items, the same shape whatever the feed format. */
export type FeedContents = { title?: string; items: FeedItem[] };

type Loose = Record<string, unknown>;

/**
 * Items of a parsed feed as Truce needs them: an absolute link to the report, title, date,
 * id and a plain-text summary. Relative links resolve against the feed's URL (or, lacking
 * it, the feed's own link); an item with no usable link points at nothing and is left out.
 */
export function feedContents(parsed: AnyFeed, feedUrl: string | undefined): FeedContents {
  const feed = parsed.feed as unknown as Loose;
  const list = (key: string) => (Array.isArray(feed[key]) ? (feed[key] as Loose[]) : []);
  switch (parsed.format) {
    case 'rss':
    case 'rdf': {
      const base = feedUrl ?? str(feed.link);
      return { title: text(feed.title), items: keep(list('items').map((item) => rssItem(item, base))) };
    }
    case 'atom': {
      const base = feedUrl ?? atomLink(feed, 'self') ?? atomLink(feed, 'alternate');
      return { title: text(feed.title), items: keep(list('entries').map((entry) => atomItem(entry, base))) };
    }
    case 'json': {
      const base = feedUrl ?? str(feed.feed_url) ?? str(feed.home_page_url);
      return { title: text(feed.title), items: keep(list('items').map((item) => jsonItem(item, base))) };
    }
  }
}

function rssItem(item: Loose, base: string | undefined): Partial<FeedItem> {
  const guid = item.guid as Loose | undefined;
  const rdf = item.rdf as Loose | undefined;
  const id = str(guid?.value) ?? str(rdf?.about);
  // A guid is the item's link unless isPermaLink="false" says otherwise (and it is a URL).
  const permalink = guid && guid.isPermaLink !== false && /^https?:\/\//i.test(str(guid.value) ?? '') ? str(guid.value) : undefined;
  return {
    url: absolute(str(item.link) ?? permalink ?? str(rdf?.about), base),
    title: text(item.title),
    published: isoDate(item.pubDate) ?? isoDate(first((item.dc as Loose | undefined)?.dates)) ?? isoDate(first((item.dcterms as Loose | undefined)?.created)),
    id,
    summary: plain(str(item.description)),
  };
}

function atomItem(entry: Loose, base: string | undefined): Partial<FeedItem> {
  return {
    url: absolute(atomLink(entry, 'alternate'), base),
    title: text(entry.title),
    published: isoDate(entry.published) ?? isoDate(entry.updated) ?? isoDate(first((entry.dc as Loose | undefined)?.dates)),
    id: str(entry.id),
    summary: plain(text(entry.summary) ?? text(entry.content)),
  };
}

function jsonItem(item: Loose, base: string | undefined): Partial<FeedItem> {
  return {
    url: absolute(str(item.url) ?? str(item.external_url), base),
    title: str(item.title),
    published: isoDate(item.date_published) ?? isoDate(item.date_modified),
    id: str(item.id),
    summary: plain(str(item.summary) ?? str(item.content_text)),
  };
}

/** Atom's link of a relation; a link without rel is rel="alternate" by the spec. */
function atomLink(o: Loose, rel: string): string | undefined {
  const links = Array.isArray(o.links) ? (o.links as Loose[]) : [];
  return str(links.find((l) => (str(l.rel) ?? 'alternate') === rel)?.href);
}

function keep(items: Partial<FeedItem>[]): FeedItem[] {
  return items.flatMap((item) => {
    if (!item.url) return [];
    const clean = Object.fromEntries(Object.entries(item).filter(([, v]) => v !== undefined)) as FeedItem;
    return [clean];
  });
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

/** Atom text constructs arrive as { value, type }; the rest as strings. */
function text(v: unknown): string | undefined {
  return str(v) ?? (v && typeof v === 'object' ? str((v as Loose).value) : undefined);
}

function first(v: unknown): unknown {
  return Array.isArray(v) ? v[0] : undefined;
}

/** Summaries often carry HTML; the analyst wants the words. */
function plain(html: string | undefined): string | undefined {
  if (!html) return undefined;
  const s = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;|&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  return s || undefined;
}

function absolute(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}
