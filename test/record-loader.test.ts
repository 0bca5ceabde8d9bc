import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRecordDir } from '../src/record/load-record.js';
import { RecordError, type RecordIssue } from '../src/record/record-error.js';
import { MINI_RECORD, copyOfMiniRecord } from './helpers.js';

function issuesOf(dir: string): RecordIssue[] {
  try {
    loadRecordDir(dir);
  } catch (error) {
    if (error instanceof RecordError) return error.issues;
    throw error;
  }
  throw new Error('expected the record to fail loading');
}

function edit(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

describe('loading a record from data files', () => {
  it('resolves names to ids and derives figures', () => {
    const record = loadRecordDir(MINI_RECORD);
    const clash = record.incidents.find((i) => i.id === '2021-03-05-riverford-clash')!;
    expect(clash.places).toEqual([{ place_id: 'riverford', precision: 'exact' }]);
    expect(clash.claims[1].blames).toEqual(['northland-army']); // named by its alias "Northern forces"
    expect(clash.claims[0].said_on).toEqual({ start: '2021-03-05', end: '2021-03-05', precision: 'day' });
    expect(clash.responsibility.status).toBe('disputed');
    expect(clash.casualties[0]).toMatchObject({ outcome: 'killed', side: 'XN', low: 4, best: 4, high: 6 });
    // Peace-process records appear on the timeline too.
    expect(record.incidents.find((i) => i.id === 'lakeside-framework')?.type.sub_event_type).toBe('Agreement');
    expect(record.incidents.find((i) => i.id === '2021-03-20-lakeside-protest')?.places[0].precision).toBe('near');
  });

  it('names the file and line of a YAML syntax error', () => {
    const dir = copyOfMiniRecord();
    appendFileSync(join(dir, 'incidents/2021.yaml'), '- id: broken\n  title: [unclosed\n');
    const [issue] = issuesOf(dir);
    expect(issue.file).toBe('data/incidents/2021.yaml');
    expect(issue.line).toBeGreaterThan(40);
    expect(issue.message).toMatch(/YAML syntax/);
  });

  it('names the record, field and line of a misspelt field', () => {
    const dir = copyOfMiniRecord();
    edit(dir, 'incidents/2021.yaml', (t) => t.replace('    - claimant: Southland Defence Ministry', '    - claimaint: Southland Defence Ministry'));
    const issues = issuesOf(dir);
    expect(issues.some((i) => i.record === '2021-03-05-riverford-clash' && i.field === 'claims[1].claimant' && i.line === 17 && i.message === 'is required but missing')).toBe(true);
    expect(issues.map((i) => i.message).join('\n')).toMatch(/claimaint/);
  });

  it('says which place name matches nothing', () => {
    const dir = copyOfMiniRecord();
    edit(dir, 'incidents/2021.yaml', (t) => t.replace('places: [Riverford]', 'places: [Atlantis]'));
    expect(issuesOf(dir)).toEqual([
      expect.objectContaining({ file: 'data/incidents/2021.yaml', line: 6, record: '2021-03-05-riverford-clash', field: 'places[0]', message: expect.stringContaining('"Atlantis" names no place') }),
    ]);
  });

  it('rejects impossible dates and unknown types', () => {
    const dir = copyOfMiniRecord();
    edit(dir, 'incidents/2021.yaml', (t) => t.replace('date: 2021-03-05\n', 'date: 2021-02-30\n').replace('type: Peaceful protest', 'type: Picnic'));
    const messages = issuesOf(dir).map((i) => `${i.field}: ${i.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^date: "2021-02-30" is not a calendar date/),
      expect.stringMatching(/^type: "Picnic" is not a known sub-event type/),
    ]);
  });

  it('rejects a casualty figure without a number', () => {
    const dir = copyOfMiniRecord();
    edit(dir, 'incidents/2021.yaml', (t) => t.replace('count: 4 }', 'hedge: at least }'));
    expect(issuesOf(dir)).toEqual([expect.objectContaining({ field: 'claims[2].casualties[0]', message: expect.stringMatching(/a figure needs count/) })]);
  });

  it('reports an id used twice, naming both places', () => {
    const dir = copyOfMiniRecord();
    edit(dir, 'peace/meetings.yaml', (t) => t.replace('id: 2021-06-lakeside-talks', 'id: 2021-03-05-riverford-clash'));
    const [issue] = issuesOf(dir);
    expect(issue.message).toMatch(/timeline id "2021-03-05-riverford-clash" is already used in data\/incidents\/2021.yaml:1/);
  });

  it('refuses a name that two records share, listing both', () => {
    const dir = copyOfMiniRecord();
    appendFileSync(join(dir, 'places/places.yaml'), '- id: riverford-north\n  name: Riverford\n  level: settlement\n  country: XN\n  lat: 50.5\n  lon: 10.5\n');
    const [issue] = issuesOf(dir);
    expect(issue.message).toMatch(/"Riverford" names more than one place \(riverford, riverford-north\)/);
  });

  it('refuses a claim cited to a document that predates the event', () => {
    const dir = copyOfMiniRecord();
    edit(dir, 'documents.yaml', (t) => t.replace('published: 2021-03-06', 'published: 2020-12-31'));
    expect(issuesOf(dir)[0].message).toMatch(/published \(2020-12-31\) before the record's date \(2021-03-05\)/);
  });

  it('refuses a record without claims: every record must say who says so', () => {
    const dir = copyOfMiniRecord();
    appendFileSync(join(dir, 'incidents/2021.yaml'), '- id: unsourced\n  title: Something happened\n  type: Other\n  date: 2021\n  claims: []\n');
    expect(issuesOf(dir)[0]).toMatchObject({ record: 'unsourced', field: 'claims', message: expect.stringMatching(/at least one claim/) });
  });

  it('refuses files it cannot place', () => {
    const dir = copyOfMiniRecord();
    writeFileSync(join(dir, 'notes.yaml'), '- hello\n');
    expect(issuesOf(dir)[0]).toMatchObject({ file: 'data/notes.yaml', message: expect.stringMatching(/not a known data file/) });
  });
});
