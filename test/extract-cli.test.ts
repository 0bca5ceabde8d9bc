import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers.js';
import { runCli } from './run-cli.js';

const dir = tempDir();
const db = join(dir, 'never-created.db');
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const extract = (args: string[], input?: string) => runCli(['extract', ...args], db, input === undefined ? {} : { input });

describe('truce extract', () => {
  it('prints {document, incidents} as JSON, with evidence, and needs no database', () => {
    const path = file('report.txt', 'Two Azerbaijani soldiers were wounded near Tovuz on Monday, the defence ministry said.\n');
    const out = extract([path, '--published', '2024-03-06', '--publisher', 'Test Wire', '--title', 'Border report']);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const result = JSON.parse(out.stdout);
    expect(result.document).toMatchObject({ title: 'Border report', publisher: 'Test Wire', published: '2024-03-06' });
    const [incident] = result.incidents;
    expect(incident.date).toEqual({ start: '2024-03-04', end: '2024-03-04', precision: 'day' });
    expect(incident.casualties[0]).toMatchObject({ outcome: 'wounded', group: 'military', side: 'AZ', low: 2, high: 2 });
    expect(incident.evidence.date[0].text).toMatch(/Monday/);
    expect(result.incidents.every((i: { claims: { document: { title: string } }[] }) => i.claims.every((c) => c.document.title === 'Border report'))).toBe(true);
  });

  it('reads relative dates against the date in the report\'s head when --published is not given', () => {
    const out = extract([file('dateline.txt', 'Shelling on the border\nYerevan, 6 March 2024 - Two Armenian soldiers were wounded near Chinari on Monday, the defence ministry said.\n')]);
    const result = JSON.parse(out.stdout);
    expect(result.document.published).toBe('2024-03-06');
    expect(result.incidents[0].date.start).toBe('2024-03-04');
    // Wire copy that gives no day of its own tells of the day it was filed.
    const filed = JSON.parse(extract([file('wire.txt', 'BAKU, July 14, 2020 (Wire) - Armenian forces shelled Azerbaijani positions in Tovuz, killing one soldier, the ministry said.\n')]).stdout);
    expect(filed.incidents.map((i: { date: { start: string } }) => i.date.start)).toEqual(['2020-07-14']);
  });

  it('reads standard input', () => {
    const out = extract(['-', '--published', '2024-03-06'], 'On March 1, 2024, shelling hit Chinari.');
    expect(JSON.parse(out.stdout).incidents).toHaveLength(1);
  });

  it('gives an empty result for empty or eventless text', () => {
    for (const text of ['', '\n\n', 'Hello.']) {
      const out = extract([file('plain.txt', text)]);
      expect(out.code).toBe(0);
      expect(JSON.parse(out.stdout).incidents).toEqual([]);
    }
  });

  it.each([
    ['latin1.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6e, 0x20, 0x4d, 0x61, 0x79, 0x20, 0x33]), /is not UTF-8 text/],
    ['binary.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]), /NUL byte at offset 4/],
  ])('refuses %s in one line', (name, bytes, message) => {
    const out = extract([file(name, bytes)]);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(message);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('explains a missing file, a folder and a bad date', () => {
    expect(extract([join(dir, 'nope.txt')]).stderr).toMatch(/nope.txt: no such file/);
    expect(extract([dir]).stderr).toMatch(/is a folder/);
    expect(extract([file('x.txt', 'x'), '--published', '20 Feb']).stderr).toMatch(/--published 20 Feb is not a day/);
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const text = 'On March 1, 2024, shelling hit Chinari.';
    const out = extract([file('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])), '--published', '2024-03-06']);
    expect(JSON.parse(out.stdout).incidents[0].date.start).toBe('2024-03-01');
  });
});
