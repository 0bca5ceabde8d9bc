import { parse as parseYaml } from 'yaml';
import { isoDate } from './iso-date.js';

/** Markdown read as plain text, with what its front matter and first heading say about it. */
export type MarkdownText = { text: string; title?: string; author?: string; published?: string };

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** True when text starts like a Markdown document: front matter or a `# Title` line. */
export function looksLikeMarkdown(text: string): boolean {
  return FRONT_MATTER.test(text) || /^\s*#[ \t]+\S/.test(text);
}

/**
 * Markdown to the plain text a reader sees: markup stripped, words kept (a link keeps its
 * text, an image its alt text, a code block its code). Lines stay lines; blank lines stay
 * paragraph breaks, which the extraction stage relies on.
 */
export function markdownToText(markdown: string): MarkdownText {
  const meta: Omit<MarkdownText, 'text'> = {};
  let body = markdown;
  const front = FRONT_MATTER.exec(body);
  if (front) {
    Object.assign(meta, readFrontMatter(front[1]));
    body = body.slice(front[0].length);
  }
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of body.split(/\r?\n/)) {
    const fenceMark = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined;
      else out.push(line);
      continue;
    }
    if (fenceMark) {
      fence = fenceMark;
      continue;
    }
    const heading = /^\s{0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (heading) {
      const text = inline(heading[2]);
      if (heading[1] === '#' && meta.title === undefined && out.every((l) => l.trim() === '')) meta.title = text;
      out.push(text);
      continue;
    }
    out.push(blockLine(line));
  }
  const text = out.join('\n').replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim();
  return { text, ...meta };
}

function blockLine(line: string): string {
  if (/^\s{0,3}([-*_=])([ \t]*\1){2,}[ \t]*$/.test(line)) return ''; // rule or setext underline
  if (/^\s{0,3}\[[^\]]+\]:\s*\S+/.test(line)) return ''; // link reference definition
  if (/^\s*\|?[\s:|-]*-{3,}[\s:|-]*$/.test(line) && line.includes('|')) return ''; // table separator
  let s = line.replace(/^\s{0,3}(?:>\s?)+/, ''); // blockquote
  s = s.replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/, ''); // list bullet, task box
  if (s.includes('|')) s = s.replace(/^\s*\|/, '').replace(/\|\s*$/, '').replace(/\s*\|\s*/g, '  ');
  return inline(s);
}

function inline(s: string): string {
  return s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // image → alt text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // [text](url)
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1') // [text][ref]
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1') // autolink
    .replace(/<\/?[A-Za-z][^>]*>/g, '') // inline HTML
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/\*(?=\S)([^*]*?\S)\*/g, '$1')
    .replace(/(^|[^\w])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1$2') // not inside snake_case
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

function readFrontMatter(yaml: string): Omit<MarkdownText, 'text'> {
  let data: unknown;
  try {
    data = parseYaml(yaml);
  } catch {
    return {}; // broken front matter is still text; only its metadata is lost
  }
  if (!data || typeof data !== 'object') return {};
  const d = data as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const authors = Array.isArray(d.author) ? d.author.map(str).filter(Boolean).join(', ') : str(d.author);
  return {
    ...(str(d.title) && { title: str(d.title) }),
    ...(authors && { author: authors }),
    ...(isoDate(d.date ?? d.published) && { published: isoDate(d.date ?? d.published) }),
  };
}
