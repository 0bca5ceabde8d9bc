import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINI_RECORD, copyOfMiniRecord, tempDir } from './helpers.js';
import { runCli } from './run-cli.js';

const dir = tempDir();
const db = join(dir, 'mini.db');
const init = runCli(['init', '--data', MINI_RECORD], db);

describe('the truce command', () => {
  it('initialises a database from data files', () => {
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(init.stdout).toMatch(/Loaded 5 incidents with 8 claims/);
    expect(existsSync(db)).toBe(true);
  });

  it('refuses to overwrite a record without --force, in one line', () => {
    const again = runCli(['init', '--data', MINI_RECORD], db);
    expect(again.code).not.toBe(0);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
    expect(again.stderr).toMatch(/already holds a record .* "truce init --force"/);
  });

  it('keeps the old record when a forced reload meets a bad file', () => {
    const broken = copyOfMiniRecord();
    const badDir = broken;
    writeFileSync(join(badDir, 'incidents', 'bad.yaml'), '- id: bad\n  title: x\n  type: Other\n  date: 2021-13\n  claims: []\n');
    const result = runCli(['init', '--force', '--data', badDir], db);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/data\/incidents\/bad.yaml:4: record "bad", field date: "2021-13" has no month 13/);
    expect(result.stderr).toMatch(/nothing was written/);
    const list = JSON.parse(runCli(['list', '--json'], db).stdout);
    expect(list.incidents).toHaveLength(5);
  });

  it('lists with filters as JSON when piped', () => {
    const out = runCli(['list', '--place', 'Highmarch', '--from', '2021-03-01', '--to', '2021-03-31'], db);
    expect(out.code).toBe(0);
    const { incidents } = JSON.parse(out.stdout);
    expect(incidents.map((i: { id: string }) => i.id)).toEqual(['2021-03-05-riverford-clash']);
    const clash = incidents[0];
    expect(clash.claims.map((c: { claimant: { country: string } }) => c.claimant.country)).toEqual(['XN', 'XS', 'XN', 'XW']);
    expect(clash.responsibility.status).toBe('disputed');
  });

  it('filters by side name, type and text', () => {
    const ids = (args: string[]) => JSON.parse(runCli(['list', ...args], db).stdout).incidents.map((i: { id: string }) => i.id);
    expect(ids(['--side', 'Southland', '--type', 'Battles'])).toEqual(['2021-03-05-riverford-clash']);
    expect(ids(['--q', 'marched'])).toEqual(['2021-03-20-lakeside-protest']);
    expect(ids(['--actor', 'Northland', '--type', 'Armed clash'])).toEqual(['2021-03-05-riverford-clash']);
    expect(ids(['--limit', '2'])).toHaveLength(2);
  });

  it.each([
    [['list', '--from', 'last tuesday'], /--from "last tuesday" is not a date/],
    [['list', '--type', 'Picnic'], /"Picnic" is not an event type/],
    [['list', '--place', 'Atlantis'], /no place is called "Atlantis"; try "truce search Atlantis"/],
    [['list', '--status', 'maybe'], /"maybe" is not a review status/],
    [['show', 'nope'], /nothing in the record has the id "nope"/],
    [['export', '--format', 'xml'], /--format xml is not a format/],
    [['frobnicate'], /unknown command/],
  ])('explains a mistake in one line: %j', (args, message) => {
    const result = runCli(args, db);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack traces for user mistakes
  });

  it('shows an incident, and a peace-process record with its timeline entry', () => {
    const clash = JSON.parse(runCli(['show', '2021-03-05-riverford-clash'], db).stdout);
    expect(clash.casualties[0]).toMatchObject({ outcome: 'killed', low: 4, best: 4, high: 6 });
    const talks = JSON.parse(runCli(['show', '2021-06-lakeside-talks'], db).stdout);
    expect(talks.peace_process).toMatchObject({ record_type: 'meeting', mediators: [{ name: 'League of Mediators' }] });
  });

  it('searches places and actors by alias', () => {
    const hits = JSON.parse(runCli(['search', 'Chaykend'], db).stdout);
    expect(hits.places.map((p: { id: string }) => p.id)).toEqual(['riverford']);
  });

  it('exports json, jsonl and csv with every claim sourced', () => {
    const json = JSON.parse(runCli(['export', '--format', 'json'], db).stdout);
    expect(json.incidents).toHaveLength(5);
    expect(json.agreements[0]).toMatchObject({ id: 'lakeside-framework', date: { start: '2021-06-01' }, claims: [expect.objectContaining({ claimant: expect.objectContaining({ name: 'Wire Service' }) })] });
    for (const incident of json.incidents) {
      for (const claim of incident.claims) {
        expect(claim.claimant.name).toBeTruthy();
        expect(claim.document).toMatchObject({ title: expect.any(String), publisher: expect.any(String), published: expect.any(String) });
      }
    }
    const lines = runCli(['export', '--format', 'jsonl'], db).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.record_type)).toEqual(['incident', 'incident', 'incident', 'incident', 'incident', 'agreement', 'meeting', 'precondition']);
    const csv = runCli(['export', '--format', 'csv', '--type', 'Armed clash'], db).stdout.trim().split('\n');
    expect(csv[0]).toMatch(/^id,title,event_type,sub_event_type,date_start/);
    expect(csv).toHaveLength(2);
    expect(csv[1]).toContain('2021-03-05-riverford-clash,Clash at Riverford,Battles,Armed clash,2021-03-05');
  });

  it('writes an export to a file', () => {
    const file = join(dir, 'out.csv');
    const result = runCli(['export', '--format', 'csv', '--output', file], db);
    expect(result.code).toBe(0);
    expect(readFileSync(file, 'utf8').split('\n')[0]).toMatch(/^id,title/);
  });
});
