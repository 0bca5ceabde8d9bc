import { describe, expect, it } from 'vitest';
import { htmlReader } from './html-reader.js';
import { ReadError, type RawInput } from './reader-types.js';

const input = (html: string | Uint8Array, extra: Partial<RawInput> = {}): RawInput => ({
  bytes: typeof html === 'string' ? new TextEncoder().encode(html) : html,
  name: 'page.html',
  ...extra,
});

const read = async (i: RawInput) => {
  const result = await htmlReader.read(i);
  if (result.kind !== 'document') throw new Error('expected a document');
  return result;
};

const para = (n: number) =>
  `Paragraph ${n} of the report says that shelling was heard near the line of contact overnight, and that local officials counted the damage to houses in the morning.`;

const ARTICLE = `<!doctype html>
<html lang="en-GB">
<head>
  <title>Shelling near Tartar | Example News</title>
  <meta property="og:title" content="Shelling near Tartar">
  <meta property="og:site_name" content="Example News">
  <meta name="author" content="Jane Smith">
  <meta property="article:published_time" content="2020-10-05T01:30:00+04:00">
  <link rel="canonical" href="/2020/10/05/shelling">
  <style>p { color: red } .secret-style {}</style>
  <script>var secretScript = 1;</script>
</head>
<body>
  <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
  <header><div class="ad">Subscribe now for just one dollar</div></header>
  <article>
    <h1>Shelling near Tartar</h1>
    <p>${para(1)}<br>A line after a break.</p>
    <script>document.write('secretInline')</script>
    <p>${para(2)}</p>
    <ul><li>First point</li><li>Second point</li></ul>
    <blockquote>"We will respond," a spokesman said.</blockquote>
    <noscript>Enable JavaScript, secretNoscript</noscript>
    <p>${para(3)}</p>
  </article>
  <aside class="comments"><h3>Comments</h3><p>First!</p></aside>
  <footer>Copyright Example News</footer>
</body>
</html>`;

describe('htmlReader', () => {
  it('extracts the article text with paragraph breaks and no scripts, styles or page furniture', async () => {
    const { text } = await read(input(ARTICLE));
    expect(text).toBe(
      [para(1), '\nA line after a break.\n\n', para(2), '\n\nFirst point\nSecond point\n\n"We will respond," a spokesman said.\n\n', para(3)].join(''),
    );
    expect(text).not.toMatch(/secret|Subscribe|Home|Copyright|First!/);
  });

  it('reads the page metadata', async () => {
    const { metadata } = await read(input(ARTICLE, { url: 'https://news.example.org/story?id=1' }));
    expect(metadata).toEqual({
      title: 'Shelling near Tartar',
      author: 'Jane Smith',
      published: '2020-10-05',
      url: 'https://news.example.org/story?id=1',
      canonical_url: 'https://news.example.org/2020/10/05/shelling',
      site_name: 'Example News',
      language: 'en',
      format: 'html',
      encoding: 'utf-8',
    });
  });

  it('falls back to JSON-LD, <time> and the <title> without the site name', async () => {
    const html = `<html><head><title>Talks resume - Daily Wire Service</title>
      <script type="application/ld+json">{ broken json</script>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
        {"@type":"NewsArticle","author":[{"@type":"Person","name":"A. Petrosyan"},{"name":"B. Aliyev"}],"publisher":{"name":"Daily Wire Service"}}]}</script>
      </head><body><article><p>${para(1)}</p><p>Published <time datetime="2021-03-02T10:00">2 March</time>.</p></article></body></html>`;
    const { metadata } = await read(input(html));
    expect(metadata).toMatchObject({ title: 'Talks resume', author: 'A. Petrosyan, B. Aliyev', site_name: 'Daily Wire Service', published: '2021-03-02' });
  });

  it('detects the language with franc when <html lang> is missing', async () => {
    const ru = 'Министерство обороны сообщило, что ночью позиции в районе города подверглись обстрелу из артиллерии.';
    const { metadata } = await read(input(`<html><body><article><p>${ru}</p><p>${ru}</p></article></body></html>`));
    expect(metadata.language).toBe('ru');
  });

  it('decodes a Windows-1251 page by its <meta charset>', async () => {
    const cyr = (s: string) => [...s].map((c) => (c >= 'А' && c <= 'я' ? c.charCodeAt(0) - 0x410 + 0xc0 : c.charCodeAt(0)));
    const html = `<html><head><meta charset="windows-1251"><title>Гянджа</title></head><body><p>Обстрел Гянджи</p></body></html>`;
    const { text, metadata } = await read(input(Uint8Array.from(cyr(html))));
    expect(text).toBe('Обстрел Гянджи');
    expect(metadata).toMatchObject({ title: 'Гянджа', encoding: 'windows-1251' });
  });

  it('still reads malformed HTML with unclosed tags', async () => {
    const { text } = await read(input('<p>Unclosed <b>bold text about the ceasefire<div>and a div<p>next paragraph'));
    expect(text).toBe('Unclosed bold text about the ceasefire\n\nand a div\n\nnext paragraph');
  });

  it('falls back to the body minus navigation when Readability finds no article', async () => {
    const html = '<html><body><nav>Menu Home</nav><div>Short note: road closed.</div><footer>About us</footer></body></html>';
    expect((await read(input(html))).text).toBe('Short note: road closed.');
  });

  it('reads a short page wrapped in one <form>, as ASP.NET pages are', async () => {
    const html = '<html><body><form id="aspnetForm"><nav>Menu</nav><div>Checkpoint closed until further notice.</div></form></body></html>';
    expect((await read(input(html))).text).toBe('Checkpoint closed until further notice.');
  });

  it('refuses a page with no readable text', async () => {
    const html = '<html><head><title>Empty</title><script>var a = "only code";</script></head><body><nav>Menu</nav><img src="x.png"></body></html>';
    await expect(htmlReader.read(input(html))).rejects.toThrow(new ReadError('has no readable article text'));
  });

  it('matches HTML by content, an HTML fragment moderately, and not PDF or feeds', () => {
    expect(htmlReader.match(input(ARTICLE, { name: 'page.txt' }))).toBe(0.9);
    expect(htmlReader.match(input('<p>fragment</p>', { name: 'x' }))).toBe(0.5);
    expect(htmlReader.match(input('<p>fragment</p>'))).toBe(0.8);
    expect(htmlReader.match(input('plain words', { contentType: 'text/html; charset=utf-8' }))).toBe(0.6);
    expect(htmlReader.match(input('plain words', { name: 'x' }))).toBe(0);
    expect(htmlReader.match(input('%PDF-1.4 ...'))).toBe(0);
    expect(htmlReader.match(input('<?xml version="1.0"?><rss version="2.0"></rss>'))).toBe(0);
  });
});
