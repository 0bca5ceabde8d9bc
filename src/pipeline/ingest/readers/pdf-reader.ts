import { declaredType } from './declared-type.js';
import { isoDate } from './iso-date.js';
import { detectLanguage, languageFromTag } from './language.js';
import { pageLines, type PdfPage } from './pdf-lines.js';
import { linesToParagraphs } from './pdf-paragraphs.js';
import { dropRunningLines } from './pdf-running-lines.js';
import { ReadError, type DocumentMetadata, type Reader, type ReadResult } from './reader-types.js';
import { sniff } from './sniff.js';

/**
 * PDF reports: the text layer in reading order, lines joined into paragraphs, words broken
 * at line ends mended, running headers, footers and page numbers dropped; title, author and
 * date from the document info. pdfjs's legacy build runs on Node 20, with eval and fonts off.
 */
export const pdfReader: Reader = {
  name: 'pdf',
  match(input) {
    if (sniff(input.bytes).kind === 'pdf') return 1;
    const { mime, ext } = declaredType(input);
    // Called a PDF but not one: a low bid, so another reader can still claim it.
    return mime === 'application/pdf' || ext === 'pdf' ? 0.2 : 0;
  },
  async read(input): Promise<ReadResult> {
    if (sniff(input.bytes).kind !== 'pdf') throw new ReadError('is called a PDF but is not one (it has no %PDF- header)');
    const { pages, info } = await loadPdf(input.bytes);
    if (pages.every((p) => p.items.every((i) => i.str.trim() === ''))) throw new ReadError('has no text layer (a scanned image?): it would need OCR first');
    const text = linesToParagraphs(dropRunningLines(pages.map(pageLines)));
    if (!text) throw new ReadError('has no text besides running headers and page numbers');
    const language = languageFromTag(str(info.Language)) ?? detectLanguage(text);
    const metadata: DocumentMetadata = { format: 'pdf' };
    const title = str(info.Title)?.replace(/^Microsoft (?:Word|PowerPoint) - /, '');
    if (title && !/\.(?:docx?|pdf|odt|rtf)$/i.test(title)) metadata.title = title; // a file name is no title
    if (str(info.Author)) metadata.author = str(info.Author);
    const published = isoDate(str(info.CreationDate));
    if (published) metadata.published = published;
    if (input.url) metadata.url = input.url;
    if (language) metadata.language = language;
    return { kind: 'document', text, metadata };
  },
};

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

let pdfjs: Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> | undefined;

/**
 * pdfjs, loaded at the first PDF rather than at start-up. Its legacy build brings core-js
 * polyfills that replace JSON.stringify, JSON.parse and Array.prototype.push for the whole
 * process with JavaScript versions several times slower (they add what Node 20 lacks, such
 * as JSON.rawJSON, which nothing here uses): ingestion stringifies every incident and claim
 * it stores. The natives are put back once pdfjs and its worker code are loaded; pdfjs
 * keeps its own references to what it needs. The worker code is loaded here too, and handed
 * to pdfjs as `pdfjsWorker`, so it does not patch them again at the first document.
 */
function loadPdfjs(): Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> {
  return (pdfjs ??= (async () => {
    const { stringify, parse } = JSON;
    const { push } = Array.prototype;
    try {
      const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
      // A specifier in a variable: the worker build has no type declarations.
      const workerBuild = 'pdfjs-dist/legacy/build/pdf.worker.mjs';
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= await import(workerBuild);
      return lib;
    } finally {
      Object.assign(JSON, { stringify, parse });
      Array.prototype.push = push;
    }
  })());
}

async function loadPdf(bytes: Uint8Array): Promise<{ pages: PdfPage[]; info: Record<string, unknown> }> {
  const { getDocument } = await loadPdfjs();
  // A copy: pdfjs may take ownership of the buffer it is given, and refuses Node Buffers.
  const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 });
  try {
    const pdf = await task.promise;
    const info = ((await pdf.getMetadata().catch(() => undefined))?.info ?? {}) as Record<string, unknown>;
    const pages: PdfPage[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const [x0, y0, x1, y1] = page.view;
      const content = await page.getTextContent();
      const items = content.items.flatMap((item) =>
        'str' in item
          ? [{ str: item.str, x: item.transform[4] - x0, y: item.transform[5] - y0, width: item.width, size: item.height || Math.hypot(item.transform[2], item.transform[3]) || 10 }]
          : [],
      );
      pages.push({ width: x1 - x0, height: y1 - y0, items });
      page.cleanup();
    }
    return { pages, info };
  } catch (error) {
    throw pdfError(error);
  } finally {
    await task.destroy();
  }
}

/** pdfjs's exceptions in analyst words. Anything pdfjs throws on bytes that start with %PDF- is about the file. */
function pdfError(error: unknown): ReadError {
  if (error instanceof ReadError) return error;
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') return new ReadError('is an encrypted PDF that needs a password: save an unprotected copy and try again');
  return new ReadError(`is a truncated or damaged PDF: ${message}`);
}
