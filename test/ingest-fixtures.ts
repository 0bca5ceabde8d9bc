import { PDFDocument, StandardFonts } from 'pdf-lib';

// Reports written for these tests, in the project's own words, about invented episodes in
// real places of the built-in gazetteer (so extraction has something to find).

export const TEXT_REPORT =
  'Border report\n\nTwo Azerbaijani soldiers were wounded near Tovuz on Monday, the Azerbaijani defence ministry said. ' +
  'The ministry said the fire came from positions across the border.\n';

export const ARTICLE_BODY =
  'Shelling damaged three houses in the village of Chinari in the Tavush province on Tuesday, local officials said. ' +
  'One civilian was wounded, according to the Armenian Ministry of Defense, which blamed Azerbaijani units for the attack. ' +
  'Residents spent the night in basements while the firing continued, and a school nearby was closed for the rest of the week. ' +
  'Officials said repair crews would reach the village once the shooting stopped, and that families had been offered shelter.';

/** A news page with navigation, an aside and a comment form around the article, and its metadata in meta tags. */
export function newsPage(body = ARTICLE_BODY, options: { title?: string; site?: string; date?: string } = {}): string {
  const title = options.title ?? 'Shelling damages houses in Chinari';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${title} | ${options.site ?? 'Valley Courier'}</title>
<meta property="og:title" content="${title}">
<meta property="og:site_name" content="${options.site ?? 'Valley Courier'}">
<meta property="article:published_time" content="${options.date ?? '2024-03-06T08:00:00Z'}">
<meta name="author" content="A. Reporter">
<script>document.write('never run')</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>${title}</h1>${body.split('. ').map((s) => `<p>${s.replace(/\.?$/, '.')}</p>`).join('\n')}</article>
<aside>Most read: celebrity chef opens new restaurant</aside>
<form class="comments"><textarea>Leave a comment</textarea></form>
<footer>Copyright Valley Courier</footer>
</body></html>`;
}

/** An RSS 2.0 feed listing the given links. */
export function rssFeed(items: { link: string; title: string; date: string; guid?: string }[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Valley Courier</title><link>https://courier.example/</link><description>News</description>
${items.map((i) => `<item><title>${i.title}</title><link>${i.link}</link><guid>${i.guid ?? i.link}</guid><pubDate>${new Date(i.date).toUTCString()}</pubDate></item>`).join('\n')}
</channel></rss>`;
}

/** A two-page PDF report with a running header and page numbers. */
export async function pdfReport(lines: string[] = TEXT_REPORT.split('. ')): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.setTitle('Monitoring note');
  const half = Math.ceil(lines.length / 2);
  for (const [n, pageLines] of [lines.slice(0, half), lines.slice(half)].entries()) {
    const page = pdf.addPage([595, 842]);
    page.drawText('Monitoring Mission - Weekly Note', { x: 50, y: 800, size: 9, font });
    pageLines.forEach((line, i) => page.drawText(line.trim(), { x: 50, y: 740 - i * 16, size: 11, font }));
    page.drawText(String(n + 1), { x: 290, y: 30, size: 9, font });
  }
  return pdf.save();
}
