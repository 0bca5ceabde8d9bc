import { charsetFromContentType } from '../decode/declared-charset.js';
import { decodeBytes } from '../decode/decode-bytes.js';
import { declaredType } from './declared-type.js';
import { headDate } from './head-date.js';
import { detectLanguage } from './language.js';
import { looksLikeMarkdown, markdownToText } from './markdown-to-text.js';
import { ReadError, type RawInput, type Reader, type ReadResult } from './reader-types.js';
import { sniff } from './sniff.js';

const TEXT_MIMES = new Set(['text/plain', 'text/markdown', 'text/x-markdown']);
const TEXT_EXTS = new Set(['txt', 'text', 'md', 'markdown', 'mdown']);

function isMarkdownDeclared(input: RawInput): boolean {
  const { mime, ext } = declaredType(input);
  return mime === 'text/markdown' || mime === 'text/x-markdown' || ext === 'md' || ext === 'markdown' || ext === 'mdown';
}

/**
 * Plain text and Markdown. The fallback for anything that decodes as text and is not sniffed
 * as HTML, PDF, a feed, XML or JSON; Markdown (declared, or with front matter or a `# Title`
 * first line) loses its markup and gives its title, author and date. Without a date in front
 * matter, a full date in the first lines (under the title, or a dateline) is the report's.
 */
export const textReader: Reader = {
  name: 'text',
  match(input) {
    const kind = sniff(input.bytes).kind;
    const { mime, ext } = declaredType(input);
    const declared = (mime !== undefined && TEXT_MIMES.has(mime)) || (ext !== undefined && TEXT_EXTS.has(ext));
    if (kind === 'text') return declared ? 0.7 : 0.5;
    if (kind === 'markup') return declared ? 0.7 : 0.1; // Markdown may start with an HTML tag
    return 0;
  },
  async read(input): Promise<ReadResult> {
    const { text: raw, encoding } = decodeBytes(input.bytes, { contentTypeCharset: charsetFromContentType(input.contentType) });
    const markdown = isMarkdownDeclared(input) || looksLikeMarkdown(raw);
    const read = markdown ? markdownToText(raw) : { text: raw.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trim() };
    if (read.text === '') throw new ReadError('has no text (only whitespace or markup)');
    const { text, ...found } = read;
    const language = detectLanguage(text);
    // Text has no metadata: a date under the title or in a dateline is the report's own.
    const published = found.published ?? headDate(text);
    return {
      kind: 'document',
      text,
      metadata: {
        ...found,
        ...(published && { published }),
        ...(input.url && { url: input.url }),
        ...(language && { language }),
        format: markdown ? 'markdown' : 'text',
        encoding,
      },
    };
  },
};
