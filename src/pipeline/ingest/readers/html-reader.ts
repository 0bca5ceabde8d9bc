import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { charsetFromContentType } from '../decode/declared-charset.js';
import { decodeBytes } from '../decode/decode-bytes.js';
import { declaredType } from './declared-type.js';
import { htmlMetadata, type MetaSource } from './html-metadata.js';
import { blockText, FURNITURE, type HtmlNode } from './html-text.js';
import { detectLanguage } from './language.js';
import { ReadError, type Reader, type ReadResult } from './reader-types.js';
import { sniff } from './sniff.js';

const HTML_MIMES = new Set(['text/html', 'application/xhtml+xml']);
const HTML_EXTS = new Set(['html', 'htm', 'xhtml', 'shtml']);
/** Readability's own charThreshold: shorter "articles" are guesses. */
const MIN_ARTICLE = 500;
const FURNITURE_BUT_FORM = new Set([...FURNITURE].filter((tag) => tag !== 'form'));

/**
 * Web pages: the article text as Readability finds it (no navigation, ads or comments), with
 * paragraph breaks, and the page's own metadata. linkedom parses without running scripts,
 * so a page is never executed.
 */
export const htmlReader: Reader = {
  name: 'html',
  match(input) {
    const kind = sniff(input.bytes).kind;
    const { mime, ext } = declaredType(input);
    const declared = (mime !== undefined && HTML_MIMES.has(mime)) || (ext !== undefined && HTML_EXTS.has(ext));
    if (kind === 'html') return 0.9;
    if (kind === 'markup') return declared ? 0.8 : 0.5; // an HTML fragment such as "<p>…</p>"
    if (kind === 'text' || kind === 'xml') return declared ? 0.6 : 0;
    return 0;
  },
  async read(input): Promise<ReadResult> {
    const { text: html, encoding } = decodeBytes(input.bytes, { contentTypeCharset: charsetFromContentType(input.contentType), htmlMeta: true });
    const { document } = parseHTML(asDocument(html));
    const found = htmlMetadata(document as unknown as MetaSource, input.url);
    // Readability rewrites the DOM it reads, so the whole-body fallbacks are taken first.
    const body = (document.body ?? document.documentElement) as unknown as HtmlNode | null;
    const withoutFurniture = body ? blockText(body, FURNITURE) : '';
    // ASP.NET pages wrap the whole page in one <form>.
    const withForms = withoutFurniture || !body ? withoutFurniture : blockText(body, FURNITURE_BUT_FORM);
    const article = readArticle(document as unknown as Document);
    const articleText = article?.content ? blockText(article.content as unknown as HtmlNode) : '';
    // Below its 500-character threshold Readability returns its best guess, often the menu.
    const text = articleText.length >= MIN_ARTICLE ? articleText : withForms;
    if (!text) throw new ReadError('has no readable article text');
    const language = found.language ?? detectLanguage(text);
    const byline = article?.byline?.trim();
    return {
      kind: 'document',
      text,
      metadata: {
        ...(!found.author && byline && { author: byline }),
        ...found,
        ...(!found.title && article?.title?.trim() && { title: article.title.trim() }),
        ...(input.url && { url: input.url }),
        ...(language && { language }),
        format: 'html',
        encoding,
      },
    };
  },
};

/** Readability's article, or null when it finds none or trips over an odd DOM (then the body fallback serves). */
function readArticle(document: Document) {
  try {
    return new Readability(document, { serializer: (node) => node }).parse();
  } catch {
    return null;
  }
}

/** linkedom builds a broken tree from a fragment with no <html>, so fragments get a skeleton. */
function asDocument(html: string): string {
  return /<html[\s>]/i.test(html.slice(0, 4096)) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
}
