/** The article facts a page's JSON-LD (schema.org NewsArticle and kin) states. */
export type JsonLdFacts = { headline?: string; author?: string; datePublished?: string; publisher?: string };

/**
 * Facts from the page's `<script type="application/ld+json">` blocks: the first object that
 * has a headline or a datePublished, looking inside arrays and @graph. Malformed JSON-LD,
 * common in the wild, is skipped, not fatal.
 */
export function jsonLdFacts(scripts: string[]): JsonLdFacts {
  for (const script of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(script);
    } catch {
      continue;
    }
    const article = objects(data).find((o) => isArticle(o['@type']) || typeof o.headline === 'string' || typeof o.datePublished === 'string');
    if (article) {
      return {
        headline: text(article.headline),
        author: names(article.author),
        datePublished: text(article.datePublished),
        publisher: names(article.publisher),
      };
    }
  }
  return {};
}

type Obj = Record<string, unknown>;

/** NewsArticle, ReportageNewsArticle, BlogPosting, Report and the like. */
function isArticle(type: unknown): boolean {
  return (Array.isArray(type) ? type : [type]).some((t) => typeof t === 'string' && /Article|Posting|Report/.test(t));
}

function objects(data: unknown): Obj[] {
  if (Array.isArray(data)) return data.flatMap(objects);
  if (!data || typeof data !== 'object') return [];
  const o = data as Obj;
  return [o, ...objects(o['@graph'])];
}

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

/** A person or organisation as JSON-LD gives it: a string, {name}, or a list of either. */
function names(v: unknown): string | undefined {
  const list = (Array.isArray(v) ? v : [v]).map((x) => text(x) ?? (x && typeof x === 'object' ? text((x as Obj).name) : undefined));
  const found = list.filter((x): x is string => x !== undefined);
  return found.length ? found.join(', ') : undefined;
}
