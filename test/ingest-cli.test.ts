import Database from 'better-sqlite3';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../src/pipeline/ingest/fetch/test-server.js';
import { tempDir } from './helpers.js';
import { ARTICLE_BODY, newsPage, pdfReport, rssFeed, TEXT_REPORT } from './ingest-fixtures.js';
import { runCli, runCliAsync } from './run-cli.js';

// `truce ingest` as a user runs it: its own process, a real SQLite file, and web pages and
// feeds served by a real HTTP server on loopback.

const dir = tempDir();
let server: TestServer;
let db = 0;
const freshDb = () => join(dir, `record-${db++}.db`);
const folder = (name: string, files: Record<string, string | Uint8Array>) => {
  const path = join(dir, name);
  mkdirSync(path, { recursive: true });
  for (const [file, content] of Object.entries(files)) writeFileSync(join(path, file), content);
  return path;
};
const PDF_LINES = [
  'Weekly note of the monitoring team.',
  'On Monday the team recorded heavy firing near Tovuz.',
  'One Azerbaijani serviceman was killed, the Azerbaijani',
  'defence ministry said in a statement on Tuesday.',
  'The team could not reach the border positions.',
  'Patrols resumed in the area later in the week.',
];
/** Sends a signal to the child as soon as the record holds its first stored documents. */
function signalOnceStored(record: string, signal: NodeJS.Signals) {
  return (child: ChildProcess) => {
    const timer = setInterval(() => {
      if (storedDocuments(record) > 0) {
        clearInterval(timer);
        child.kill(signal);
      }
    }, 20);
    child.once('close', () => clearInterval(timer));
  };
}
const json = (out: { stdout: string }) => JSON.parse(out.stdout);
/** Ingested documents in a record, read straight from the file while another process writes it. */
function storedDocuments(path: string): number {
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT count(*) AS n FROM documents WHERE sha256 IS NOT NULL').get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

beforeAll(async () => {
  server = await startTestServer((req, res) => {
    const url = req.url ?? '/';
    if (url === '/article-1.html') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(newsPage());
    if (url === '/article-2.html')
      return void res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(newsPage('Two servicemen were killed near Tovuz on Sunday, the Azerbaijani defence ministry said in a statement. The ministry blamed Armenian forces, and said its units had returned fire along the border for several hours before the shooting stopped.', { title: 'Two killed near Tovuz', date: '2024-03-04' }));
    // The same story as article 1 on another site, under another headline and site chrome.
    if (url === '/copy.html') return void res.writeHead(200, { 'content-type': 'text/html' }).end(newsPage(ARTICLE_BODY, { title: 'Village shelled overnight', site: 'Mountain Wire' }));
    if (url === '/feed.xml')
      return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(
        rssFeed([
          { link: `${server.url}/article-1.html`, title: 'Shelling damages houses', date: '2024-03-06' },
          { link: `${server.url}/article-2.html`, title: 'Two killed', date: '2024-03-04' },
        ]),
      );
    if (url === '/error') return void res.writeHead(500).end('boom');
    if (url === '/hang') return; // never answers
    res.writeHead(404).end('not here');
  });
});
afterAll(() => server.close());

describe('truce ingest', () => {
  it('ingests a folder of text, HTML and PDF files and a local feed in one command, each incident linked to its document', async () => {
    const feed = rssFeed([
      { link: `${server.url}/article-1.html`, title: 'Shelling damages houses', date: '2024-03-06' },
      { link: `${server.url}/article-2.html`, title: 'Two killed', date: '2024-03-04' },
    ]);
    const inputs = folder('mixed', { 'report.txt': TEXT_REPORT, 'page.html': newsPage(ARTICLE_BODY, { title: 'Houses hit in Chinari', site: 'Border Daily' }), 'note.pdf': await pdfReport(PDF_LINES), 'feed.rss': feed });
    const record = freshDb();
    const out = await runCliAsync(['ingest', inputs, '--allow-private', '--published', '2024-03-06', '--json'], record);
    expect(out.stderr).not.toMatch(/failed:/);
    expect(out.code).toBe(0);
    const summary = json(out);
    // The HTML page in the folder and article-1 on the server are the same story: a near-duplicate.
    expect(summary).toMatchObject({ new: 4, near_duplicate: 1, duplicate: 0, failed: 0 });
    expect(summary.items.map((i: { item: string }) => i.item)).toEqual(
      expect.arrayContaining([join(inputs, 'report.txt'), join(inputs, 'note.pdf'), `${server.url}/article-2.html`]),
    );
    expect(summary.line).toMatch(/^Ingested 5 items: 4 new, 0 duplicate, 1 near-duplicate, 0 failed/);

    const docs = json(runCli(['search', 'Chinari', '--json'], record)).documents;
    expect(docs.length).toBeGreaterThanOrEqual(2);
    const listed = json(runCli(['list', '--place', 'Tovuz', '--from', '2024-03-01', '--json'], record));
    const incidents = listed.incidents ?? listed;
    expect(incidents.length).toBeGreaterThanOrEqual(2);
    for (const incident of incidents) {
      const shown = json(runCli(['show', incident.id, '--json'], record));
      expect(shown.claims.length).toBeGreaterThan(0);
      for (const claim of shown.claims) {
        expect(claim.document.title).toBeTruthy();
        expect(claim.claimant.name).toBeTruthy();
      }
    }
    // The pdf's incident: a Tovuz report read from the PDF's text layer, filed under its own document.
    const pdfItem = summary.items.find((i: { item: string }) => i.item.endsWith('note.pdf'));
    const pdfDoc = json(runCli(['show', pdfItem.document_id, '--json'], record));
    expect(pdfDoc).toMatchObject({ format: 'pdf', ingest: { status: 'extracted', reader: 'pdf' } });
    expect(pdfDoc.ingest.incident_ids.length).toBeGreaterThan(0);
    // The feed's entry carries its page's metadata.
    const article2 = summary.items.find((i: { item: string }) => i.item.endsWith('/article-2.html'));
    expect(json(runCli(['show', article2.document_id, '--json'], record))).toMatchObject({ title: 'Two killed near Tovuz', published: { start: '2024-03-06' } });

    // Again: nothing new, nothing changed.
    const again = await runCliAsync(['ingest', inputs, '--allow-private', '--json'], record);
    expect(again.code).toBe(0);
    expect(json(again)).toMatchObject({ new: 0, duplicate: 5, near_duplicate: 0, failed: 0 });
  });

  it('links the same story from another site to its original', async () => {
    const record = freshDb();
    const first = await runCliAsync(['ingest', `${server.url}/article-1.html`, '--allow-private', '--json'], record);
    const original = json(first).items[0].document_id;
    const copy = await runCliAsync(['ingest', `${server.url}/copy.html`, '--allow-private', '--json'], record);
    expect(json(copy).items[0]).toMatchObject({ status: 'near_duplicate', duplicate_of: original });
    const stored = json(runCli(['show', json(copy).items[0].document_id, '--json'], record));
    expect(stored.ingest.near_duplicate_of).toBe(original);
    expect(stored.ingest.similarity).toBeGreaterThan(0.5);
  });

  it('reads standard input, with the metadata given on the command line', async () => {
    const record = freshDb();
    const out = await runCliAsync(['ingest', '-', '--published', '2024-03-06', '--publisher', 'Test Wire', '--title', 'Wire note', '--json'], record, { input: TEXT_REPORT });
    expect(out.code).toBe(0);
    const id = json(out).items[0].document_id;
    expect(json(runCli(['show', id, '--json'], record))).toMatchObject({ title: 'Wire note', publisher_id: 'test-wire', published: { start: '2024-03-06' } });
  });

  it('gives each bad item one clear error naming it, goes on with the rest, and exits non-zero', async () => {
    const pdf = await pdfReport();
    const inputs = folder('bad', {
      'empty.txt': '',
      'binary.dat': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 0, 0, 255]),
      'truncated.pdf': pdf.slice(0, Math.floor(pdf.length / 2)),
      'broken.html': '<html><body><div><script>var x = 1;</script><p></div></span></body',
      'invalid-feed.xml': '<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>Unclosed',
      'good.txt': TEXT_REPORT,
    });
    const big = join(inputs, 'huge.txt');
    writeFileSync(big, '');
    // A sparse 100 MB file: refused by its size before a byte is read.
    truncateSync(big, 100 * 1024 * 1024);
    const record = freshDb();
    const out = await runCliAsync(['ingest', inputs, `${server.url}/error`, `${server.url}/hang`, '--allow-private', '--timeout', '1', '--json'], record);
    expect(out.code).toBe(1);
    const summary = json(out);
    const error = (suffix: string) => summary.items.find((i: { item: string }) => i.item.endsWith(suffix))?.error as string;
    expect(error('empty.txt')).toMatch(/empty\.txt.*empty/);
    expect(error('binary.dat')).toMatch(/binary\.dat.*(binary|not a format)/i);
    expect(error('truncated.pdf')).toMatch(/truncated\.pdf.*(truncated|damaged)/i);
    expect(error('broken.html')).toMatch(/broken\.html.*no readable/i);
    expect(error('invalid-feed.xml')).toMatch(/invalid-feed\.xml.*(feed|XML)/i);
    expect(error('huge.txt')).toMatch(/huge\.txt is 100 MB, over the 20 MB limit/);
    expect(error('/error')).toMatch(/\/error.*500/);
    expect(error('/hang')).toMatch(/\/hang.*(within|timed? ?out|1 s)/i);
    expect(summary.items.find((i: { item: string }) => i.item.endsWith('good.txt')).status).toBe('new');
    expect(summary).toMatchObject({ new: 1, failed: 8 });
    // Every failure is on stderr too, one line each, and no stack trace.
    expect(out.stderr).not.toMatch(/\n\s+at /);
    expect(out.stderr).toMatch(/8 of 9 items failed/);
    // The failure is recorded on the document where one was created (bytes were received).
    const truncated = summary.items.find((i: { item: string }) => i.item.endsWith('truncated.pdf'));
    expect(json(runCli(['show', truncated.document_id, '--json'], record)).ingest).toMatchObject({ status: 'failed', error: expect.stringMatching(/truncated|damaged/i) });
    // And the analyst can list what failed, and why.
    const failedDocs = json(runCli(['documents', '--failed', '--json'], record)).documents as { id: string; ingest: { error: string } }[];
    expect(failedDocs.map((d) => d.id)).toContain(truncated.document_id);
    expect(failedDocs.every((d) => d.ingest.error)).toBe(true);
    expect(json(runCli(['documents', '--ingested', '--json'], record)).documents.length).toBe(failedDocs.length + 1);
  });

  it('refuses private and loopback addresses unless --allow-private is given', async () => {
    const out = await runCliAsync(['ingest', `${server.url}/article-1.html`, '--json'], freshDb());
    expect(out.code).toBe(1);
    expect(json(out).items[0].error).toMatch(/127\.0\.0\.1.*(private|loopback)|(private|loopback).*127\.0\.0\.1/i);
  });

  it('leaves whole documents only when killed mid-run, and the same command then continues', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) files[`r${String(i).padStart(3, '0')}.txt`] = `Report ${i}\n\n${TEXT_REPORT.replace('Two', String(i + 2))} Filed as note number ${i} of the series.`;
    const inputs = folder('many', files);
    const record = freshDb();
    // Killed once it has stored something, mid-run.
    const killed = await runCliAsync(['ingest', inputs, '--published', '2024-03-06', '--json'], record, { onSpawn: signalOnceStored(record, 'SIGKILL') });
    expect(killed.signal).toBe('SIGKILL');
    const resumed = await runCliAsync(['ingest', inputs, '--published', '2024-03-06', '--json'], record);
    expect(resumed.code).toBe(0);
    const summary = json(resumed);
    // The reports differ by a number only, so most are near-duplicates of the first: stored, and linked.
    expect(summary.new + summary.near_duplicate + summary.duplicate).toBe(300);
    expect(summary.duplicate).toBeGreaterThan(0);
    expect(summary.duplicate).toBeLessThan(300);
    // Every report is stored once, with its incidents; no claim cites a document that is not there.
    const exportFile = join(dir, 'resumed.json');
    expect(runCli(['export', '--format', 'json', '--output', exportFile], record).code).toBe(0);
    const exported = JSON.parse(readFileSync(exportFile, 'utf8'));
    const titles = new Set<string>();
    for (const incident of exported.incidents as { claims: { document: { title: string } }[] }[]) {
      for (const claim of incident.claims) if (/^Report \d+$/.test(claim.document.title)) titles.add(claim.document.title);
    }
    expect(titles.size).toBe(300);
    expect(storedDocuments(record)).toBe(300);
  });

  it('stops after the document in hand on Ctrl-C, says so, and continues on the next run', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) files[`n${String(i).padStart(3, '0')}.txt`] = `Note ${i}\n\n${TEXT_REPORT}`;
    const inputs = folder('interrupted', files);
    const record = freshDb();
    const stopped = await runCliAsync(['ingest', inputs, '--published', '2024-03-06', '--json'], record, { onSpawn: signalOnceStored(record, 'SIGINT') });
    expect(stopped.code).toBe(130);
    expect(stopped.stderr).toMatch(/Stopping after the current document/);
    const summary = json(stopped);
    expect(summary.remaining).toBeGreaterThan(0);
    expect(summary.line).toMatch(/interrupted with \d+ left: run the same command again to continue/);
    expect(storedDocuments(record)).toBe(summary.items.length);
    const resumed = await runCliAsync(['ingest', inputs, '--published', '2024-03-06', '--json'], record);
    expect(json(resumed).duplicate).toBe(summary.items.length);
    expect(storedDocuments(record)).toBe(300);
  });
});
