import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../src/pipeline/ingest/fetch/test-server.js';
import { tempDir } from './helpers.js';
import { newsPage, rssFeed } from './ingest-fixtures.js';
import { runCli, runCliAsync } from './run-cli.js';

// `truce feed` and `truce watch --once` against feeds served on loopback: conditional
// requests, only new entries ingested, and feeds that are down or malformed survived.

const dir = tempDir();
let server: TestServer;
const entries = [
  { link: '/a1.html', title: 'Shelling in Chinari', date: '2024-03-06', guid: 'a1', body: undefined as string | undefined },
  {
    link: '/a2.html',
    title: 'Two killed near Tovuz',
    date: '2024-03-04',
    guid: 'a2',
    body: 'Two servicemen were killed near Tovuz on Sunday, the Azerbaijani defence ministry said in a statement. It said the firing went on for hours along the border and that its units answered in kind until the shooting stopped late at night.',
  },
];
let feedState: 'ok' | 'down' | 'malformed' = 'ok';
const conditional: string[] = [];
const pageHits: string[] = [];

beforeAll(async () => {
  server = await startTestServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/feed.xml') {
      if (feedState === 'down') return void res.writeHead(503).end('maintenance');
      if (feedState === 'malformed') return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss><channel><item>');
      const etag = `"v${entries.length}"`;
      if (req.headers['if-none-match'] === etag) {
        conditional.push(etag);
        return void res.writeHead(304, { etag }).end();
      }
      return void res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(rssFeed(entries.map((e) => ({ ...e, link: `${server.url}${e.link}` }))));
    }
    const entry = entries.find((e) => e.link === url);
    if (entry) {
      pageHits.push(url);
      return void res.writeHead(200, { 'content-type': 'text/html' }).end(newsPage(entry.body, { title: entry.title, date: entry.date }));
    }
    res.writeHead(404).end();
  });
});
afterAll(() => server.close());

describe('truce feed and truce watch', () => {
  const record = join(dir, 'watch.db');

  it('adds, lists and refuses bad or repeated feeds', () => {
    expect(runCli(['feed', 'add', `${server.url}/feed.xml`, '--name', 'Valley Courier'], record).stdout).toMatch(/Added feed "Valley Courier" \(id valley-courier\)/);
    const again = runCli(['feed', 'add', `${server.url}/feed.xml`], record);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/watched already/);
    const bad = runCli(['feed', 'add', 'ftp://example.org/feed'], record);
    expect(bad.stderr).toMatch(/only http:\/\/ and https:\/\//);
    const listed = JSON.parse(runCli(['feed', 'list', '--json'], record).stdout).feeds;
    expect(listed).toEqual([expect.objectContaining({ id: 'valley-courier', url: `${server.url}/feed.xml`, name: 'Valley Courier' })]);
  });

  it('ingests the entries, then only what is new, asking with the ETag', async () => {
    const first = await runCliAsync(['watch', '--once', '--allow-private', '--json'], record);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ new: 2, failed: 0, feeds: [{ id: 'valley-courier', status: 'checked', new_items: 2 }] });

    const second = await runCliAsync(['watch', '--once', '--allow-private', '--json'], record);
    expect(JSON.parse(second.stdout)).toMatchObject({ new: 0, feeds: [{ status: 'not_modified', new_items: 0 }] });
    expect(conditional).toEqual(['"v2"']);

    entries.push({
      link: '/a3.html',
      title: 'Drone strike reported near Tovuz',
      date: '2024-03-07',
      guid: 'a3',
      body: 'A drone struck a military vehicle close to Tovuz on Thursday morning, wounding a driver, according to local officials. Farmers in nearby fields said they heard a loud blast, and the regional hospital confirmed that it had admitted one patient with shrapnel wounds.',
    });
    pageHits.length = 0;
    const third = await runCliAsync(['watch', '--once', '--allow-private', '--json'], record);
    expect(JSON.parse(third.stdout)).toMatchObject({ new: 1, feeds: [{ status: 'checked', new_items: 1 }] });
    expect(pageHits).toEqual(['/a3.html']);
  });

  it('survives a feed that is down or malformed, and records the error on the feed', async () => {
    feedState = 'down';
    const down = await runCliAsync(['watch', '--once', '--allow-private', '--json'], record);
    expect(down.code).toBe(0);
    expect(JSON.parse(down.stdout).feeds[0]).toMatchObject({ status: 'failed', error: expect.stringMatching(/503/) });
    expect(down.stderr).toMatch(/feed Valley Courier: .*503/);
    expect(JSON.parse(runCli(['feed', 'list', '--json'], record).stdout).feeds[0].last_error).toMatch(/503/);

    feedState = 'malformed';
    const malformed = await runCliAsync(['watch', '--once', '--allow-private', '--json'], record);
    expect(JSON.parse(malformed.stdout).feeds[0]).toMatchObject({ status: 'failed', error: expect.stringMatching(/feed/i) });

    feedState = 'ok';
    const back = await runCliAsync(['watch', '--once', '--allow-private', '--json'], record);
    // The feed kept its ETag through the failures, so the answer is "not modified", and the error is cleared.
    expect(JSON.parse(back.stdout).feeds[0]).toMatchObject({ status: 'not_modified', new_items: 0 });
    expect(JSON.parse(runCli(['feed', 'list', '--json'], record).stdout).feeds[0].last_error).toBeUndefined();
  });

  it('refuses a loopback feed without --allow-private, and removes feeds', async () => {
    const refused = await runCliAsync(['watch', '--once', '--json'], record);
    expect(JSON.parse(refused.stdout).feeds[0].error).toMatch(/private|loopback/i);
    expect(runCli(['feed', 'remove', 'valley-courier'], record).stdout).toMatch(/Removed feed valley-courier/);
    expect(runCli(['feed', 'remove', 'valley-courier'], record).stderr).toMatch(/no feed has the id/);
    expect(runCli(['watch', '--once'], record).stderr).toMatch(/no feeds to watch/);
    expect(runCli(['watch', '--interval', 'soon'], record).stderr).toMatch(/--interval soon is not a time/);
  });
});
