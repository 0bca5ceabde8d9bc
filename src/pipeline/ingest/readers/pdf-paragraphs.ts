import type { PdfLine } from './pdf-lines.js';

/**
 * Lines to paragraphs separated by blank lines. A paragraph ends where the gap to the next
 * line is clearly wider than the usual line spacing or the font size changes (a heading);
 * across a page or column break it goes on only if the sentence visibly does.
 */
export function linesToParagraphs(pages: PdfLine[][]): string {
  const spacing = usualSpacing(pages);
  const paragraphs: string[] = [];
  let current: string | undefined;
  let prev: PdfLine | undefined;
  for (const lines of pages) {
    lines.forEach((line, i) => {
      const jump = i === 0 || (prev !== undefined && line.y > prev.y); // new page, or up into the next column
      const continues =
        current !== undefined && prev !== undefined &&
        (jump ? continuesAcrossBreak(current, line.text) : !newParagraph(prev, line, spacing));
      if (continues && current !== undefined) current = joinLines(current, line.text);
      else {
        if (current !== undefined) paragraphs.push(current);
        current = line.text;
      }
      prev = line;
    });
  }
  if (current !== undefined) paragraphs.push(current);
  return paragraphs.join('\n\n');
}

/**
 * "negoti-" + "ations" → "negotiations": a lower-case letter and a hyphen at the end of a line,
 * a lower-case letter next, is a word broken by the typesetter. "Nagorno-" + "Karabakh" keeps
 * its hyphen; any other line break is a space.
 */
export function joinLines(text: string, next: string): string {
  if (/\p{Ll}-$/u.test(text) && /^\p{Ll}/u.test(next)) return text.slice(0, -1) + next;
  if (/\p{L}-$/u.test(text)) return text + next;
  return `${text} ${next}`;
}

function newParagraph(prev: PdfLine, line: PdfLine, spacing: number | undefined): boolean {
  const gap = prev.y - line.y;
  const size = Math.min(prev.size, line.size);
  if (Math.abs(prev.size - line.size) > 0.2 * size) return true;
  return gap > (spacing ?? 1.2 * size) * 1.4;
}

function continuesAcrossBreak(text: string, next: string): boolean {
  return /\p{L}-$/u.test(text) || (!/[.!?:;"”»)\]]$/u.test(text) && /^\p{Ll}/u.test(next));
}

/** The median gap between consecutive lines of the same size, in points. */
function usualSpacing(pages: PdfLine[][]): number | undefined {
  const gaps: number[] = [];
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const gap = lines[i - 1].y - lines[i].y;
      if (gap > 0 && gap < 3 * lines[i].size && lines[i - 1].size === lines[i].size) gaps.push(gap);
    }
  }
  if (gaps.length === 0) return undefined;
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)];
}
