/** Never text: code, styles, embedded objects, and form controls. */
const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'math', 'canvas', 'object', 'embed', 'head', 'title', 'select', 'button', 'input', 'textarea']);
/** Page furniture, left out when we must read the whole body rather than Readability's article. */
export const FURNITURE = new Set(['nav', 'header', 'footer', 'aside', 'form', 'menu', 'dialog']);
/** Blocks that end a paragraph (blank line after). */
const PARAGRAPH = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'blockquote', 'pre', 'figure', 'figcaption',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'table', 'hr', 'address', 'details', 'fieldset', 'center', 'form',
]);
/** Blocks that end a line only: items of a list or rows of a table. */
const LINE = new Set(['li', 'dt', 'dd', 'tr', 'summary', 'caption', 'br']);

const PARA_MARK = '\u0001';
const LINE_MARK = '\u0002';

/** The parts of a DOM node the walker needs; both linkedom's and the browser's nodes have them. */
export type HtmlNode = { nodeType: number; nodeValue: string | null; localName?: string; childNodes: ArrayLike<HtmlNode> };

/**
 * The visible text of an element with its paragraph structure: a blank line between blocks
 * (p, h1–h6, blockquote, …), a line break for br, li and tr. textContent would run paragraphs
 * together ("…on and on.After break."), which breaks sentence splitting downstream.
 */
export function blockText(root: HtmlNode, skip: ReadonlySet<string> = new Set()): string {
  const parts: string[] = [];
  walk(root, skip, parts, false);
  return parts
    .join('')
    .replace(/[ \u0001\u0002]*\u0001[ \u0001\u0002]*/g, '\n\n')
    .replace(/ *\u0002[ \u0002]*/g, '\n')
    .replace(/ *\n */g, '\n')
    .trim();
}

function walk(node: HtmlNode, skip: ReadonlySet<string>, parts: string[], pre: boolean): void {
  if (node.nodeType === 3) {
    const text = node.nodeValue ?? '';
    parts.push(pre ? text.replace(/\r?\n/g, LINE_MARK) : text.replace(/[\s\u00a0]+/g, ' '));
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return; // comments, doctype
  const tag = node.localName?.toLowerCase() ?? '';
  if (HIDDEN.has(tag) || skip.has(tag)) return;
  const mark = PARAGRAPH.has(tag) ? PARA_MARK : LINE.has(tag) ? LINE_MARK : tag === 'td' || tag === 'th' ? ' ' : '';
  parts.push(mark);
  for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i], skip, parts, pre || tag === 'pre');
  parts.push(mark);
}
