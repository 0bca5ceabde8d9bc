import { describe, expect, it } from 'vitest';
import { feedReader } from './feed-reader.js';
import { ReadError, type RawInput } from './reader-types.js';

const input = (text: string, extra: Partial<RawInput> = {}): RawInput => ({ bytes: new TextEncoder().encode(text), name: 'feed', ...extra });

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Example &amp; News</title><link>https://news.example.org/</link><description>d</description>
  <item><title>Shelling near Tartar</title><link>/2020/10/05/tartar</link><guid isPermaLink="false">tartar-1</guid>
    <pubDate>Mon, 05 Oct 2020 23:30:00 +0400</pubDate><description>&lt;p&gt;Two &lt;b&gt;civilians&lt;/b&gt; wounded.&lt;/p&gt;</description></item>
  <item><title>Talks in Moscow</title><guid>https://news.example.org/talks</guid><dc:date>2020-10-10T03:00:00+03:00</dc:date></item>
  <item><title>No link at all</title><guid isPermaLink="false">x</guid></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Mission updates</title><id>urn:mission</id><updated>2021-01-02T00:00:00Z</updated>
  <link rel="self" href="https://mission.example.org/feed.atom"/>
  <entry><title>Update 1</title><id>urn:mission:1</id><link rel="self" href="/api/1"/><link rel="alternate" href="/updates/1"/>
    <published>2021-01-01T10:00:00Z</published><updated>2021-01-02T10:00:00Z</updated><summary type="html">&lt;i&gt;Quiet&lt;/i&gt; night</summary></entry>
  <entry><title>Update 2</title><id>urn:mission:2</id><link href="https://mission.example.org/updates/2"/><updated>2021-01-03T10:00:00Z</updated></entry>
</feed>`;

const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://old.example.org/"><title>Old wire</title><link>https://old.example.org/</link><description>d</description></channel>
  <item rdf:about="https://old.example.org/r1"><title>R1</title><link>https://old.example.org/r1</link><dc:date>2009-03-01</dc:date></item>
</rdf:RDF>`;

const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'JSON wire',
  items: [
    { id: '1', url: 'https://wire.example.org/1', title: 'One', date_published: '2022-04-01T22:00:00-05:00', summary: 'First.' },
    { id: '2', external_url: '/elsewhere/2', content_text: 'Second item text.' },
  ],
});

const read = async (i: RawInput) => {
  const result = await feedReader.read(i);
  if (result.kind !== 'feed') throw new Error('expected a feed');
  return result;
};

describe('feedReader', () => {
  it('reads RSS 2.0 items, resolving relative links against the feed URL and leaving out items with no link', async () => {
    expect(await read(input(RSS, { url: 'https://news.example.org/rss.xml' }))).toEqual({
      kind: 'feed',
      format: 'rss',
      title: 'Example & News',
      items: [
        { url: 'https://news.example.org/2020/10/05/tartar', title: 'Shelling near Tartar', published: '2020-10-05', id: 'tartar-1', summary: 'Two civilians wounded.' },
        { url: 'https://news.example.org/talks', title: 'Talks in Moscow', published: '2020-10-10', id: 'https://news.example.org/talks' },
      ],
    });
  });

  it('reads Atom entries by their alternate link, relative to the self link when the feed URL is unknown', async () => {
    const feed = await read(input(ATOM));
    expect(feed).toMatchObject({ format: 'atom', title: 'Mission updates' });
    expect(feed.items).toEqual([
      { url: 'https://mission.example.org/updates/1', title: 'Update 1', published: '2021-01-01', id: 'urn:mission:1', summary: 'Quiet night' },
      { url: 'https://mission.example.org/updates/2', title: 'Update 2', published: '2021-01-03', id: 'urn:mission:2' },
    ]);
  });

  it('reads RDF / RSS 1.0', async () => {
    expect(await read(input(RDF))).toEqual({
      kind: 'feed',
      format: 'rdf',
      title: 'Old wire',
      items: [{ url: 'https://old.example.org/r1', title: 'R1', published: '2009-03-01', id: 'https://old.example.org/r1' }],
    });
  });

  it('reads JSON Feed items by url or external_url', async () => {
    const feed = await read(input(JSON_FEED, { url: 'https://wire.example.org/feed.json' }));
    expect(feed).toMatchObject({ format: 'json', title: 'JSON wire' });
    expect(feed.items).toEqual([
      { url: 'https://wire.example.org/1', title: 'One', published: '2022-04-01', id: '1', summary: 'First.' },
      { url: 'https://wire.example.org/elsewhere/2', id: '2', summary: 'Second item text.' },
    ]);
  });

  it('refuses a broken feed with the reason', async () => {
    const broken = feedReader.read(input('<?xml version="1.0"?><rss version="2.0"><channel><title>Cut off'));
    await expect(broken).rejects.toThrow(ReadError);
    await expect(broken).rejects.toThrow(/^is not a valid RSS, Atom or JSON feed \(it is malformed: .+\)$/);
    await expect(feedReader.read(input('{"version": "https://jsonfeed.org/version/1", "items": ['))).rejects.toThrow(
      /^is not a valid RSS, Atom or JSON feed \(its JSON is broken: .+\)$/,
    );
  });

  it('refuses XML that is not a feed even when it is served as one', async () => {
    const note = input('<?xml version="1.0"?><note><to>Tove</to></note>', { contentType: 'application/rss+xml' });
    expect(feedReader.match(note)).toBe(0.3);
    await expect(feedReader.read(note)).rejects.toThrow(
      new ReadError('is not a valid RSS, Atom or JSON feed (it is XML with root <note>, not an RSS, Atom or RDF feed)'),
    );
  });

  it('claims feeds by content, and other XML and JSON not at all unless called a feed', () => {
    expect(feedReader.match(input(RSS, { name: 'x.txt', contentType: 'text/plain' }))).toBe(0.95);
    expect(feedReader.match(input(ATOM))).toBe(0.95);
    expect(feedReader.match(input(RDF))).toBe(0.95);
    expect(feedReader.match(input(JSON_FEED))).toBe(0.95);
    expect(feedReader.match(input('<?xml version="1.0"?><note><to>Tove</to></note>', { contentType: 'application/xml' }))).toBe(0);
    expect(feedReader.match(input('{"version": "1.0", "items": []}'))).toBe(0);
    expect(feedReader.match(input('<!doctype html><html></html>', { contentType: 'application/rss+xml' }))).toBe(0);
  });
});
