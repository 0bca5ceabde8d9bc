import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from './helpers.js';
import { runCli } from './run-cli.js';

// Reconciliation as a user meets it: documents ingested one by one, grouped into incidents
// on arrival, `truce reconcile` from scratch agreeing, and a reviewer's decisions kept.
// The reports are written for these tests about an invented day of fighting.

const dir = tempDir();
const record = join(dir, 'reconcile.db');
const WIRE =
  'Two Azerbaijani soldiers were killed near Tovuz on 3 March when Armenian forces opened fire with artillery, ' +
  "Azerbaijan's defence ministry said on Monday. The ministry said its units returned fire and the shooting stopped " +
  'late in the evening. Residents of villages near the border spent the night in shelters, local officials said.';
const ARMENIAN_ACCOUNT =
  'Azerbaijani troops shelled Armenian positions near Tovuz on 3 March, wounding one Armenian serviceman, the Armenian ' +
  'Ministry of Defence said. The ministry denied that its forces had opened fire first and said the Azerbaijani side had started the shooting.';
const NAKHCHIVAN =
  'A border guard was wounded near Sadarak in Nakhchivan on 3 March when a mine exploded, local officials said on Tuesday. ' +
  'The guard was taken to hospital in the city of Nakhchivan, where doctors said his condition was stable.';

function ingest(name: string, text: string, publisher: string) {
  const path = join(dir, name);
  writeFileSync(path, text);
  const out = runCli(['ingest', path, '--published', '2024-03-06', '--publisher', publisher, '--json'], record);
  expect(out.code, out.stderr).toBe(0);
  return JSON.parse(out.stdout);
}

type Listed = { id: string; places: { name: string }[]; reports?: string[]; corroboration?: { independent_sources: number; by_side: Record<string, number>; both_sides_confirm: boolean }; responsibility: { status: string }; casualties: { outcome: string; side: string; best: number }[]; status: string; claims: { id: string; document: { publisher: string } }[] };

function onTheDay(): Listed[] {
  const out = runCli(['list', '--from', '2024-03-03', '--to', '2024-03-03', '--json'], record);
  expect(out.code, out.stderr).toBe(0);
  // The built-in record has incidents of its own around then (months-long ones); these tests look at what was ingested.
  return (JSON.parse(out.stdout).incidents as (Listed & { origin: string })[]).filter((i) => i.origin === 'reconciled');
}
const tovuz = () => onTheDay().find((i) => i.places.some((p) => /Tovuz/.test(p.name)))!;
const grouping = () => onTheDay().map((i) => ({ id: i.id, reports: i.reports })).sort((a, b) => a.id.localeCompare(b.id));

describe('reconciliation of ingested documents', () => {
  it('groups one occurrence told by a wire story, its copies and the other side, and keeps another place apart', () => {
    ingest('wire.txt', `Soldiers killed in border clash\n\n${WIRE}`, 'Caspian Wire');
    ingest('copy-1.txt', `Two soldiers killed near Tovuz\nBy our correspondent\n\n${WIRE}`, 'Daily Mountain');
    const third = ingest('copy-2.txt', `Border fighting claims two lives\n\n${WIRE}\nReporting by the news desk.`, 'Valley Post');
    expect(third.items[0].status).toBe('near_duplicate');
    ingest('armenian-account.txt', ARMENIAN_ACCOUNT, 'Armenpress');
    ingest('nakhchivan.txt', NAKHCHIVAN, 'Border Monitor');

    const incidents = onTheDay();
    expect(incidents).toHaveLength(2);
    const clash = tovuz();
    expect(clash.reports).toHaveLength(4);
    // The wire story and its two copies are one source; the Armenian outlet is the second.
    expect(clash.corroboration).toMatchObject({ independent_sources: 2, both_sides_confirm: true });
    expect(clash.responsibility.status).toBe('disputed');
    expect(clash.casualties).toEqual(expect.arrayContaining([expect.objectContaining({ outcome: 'killed', side: 'AZ', best: 2 }), expect.objectContaining({ outcome: 'wounded', side: 'AM', best: 1 })]));
    expect(new Set(clash.claims.map((c) => c.document.publisher))).toEqual(new Set(['Caspian Wire', 'Daily Mountain', 'Valley Post', 'Armenpress']));
    const sadarak = incidents.find((i) => i.id !== clash.id)!;
    expect(sadarak.places.map((p) => p.name)).toContain('Sadarak');
    expect(sadarak.reports).toHaveLength(1);
  });

  it('gives the same incidents from scratch as on arrival', () => {
    const onArrival = grouping();
    const out = runCli(['reconcile', '--json'], record);
    expect(out.code, out.stderr).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ reports: 5, both_sides_confirm: 1, disputed: 1 });
    expect(grouping()).toEqual(onArrival);
  });

  it("keeps a reviewer's split when reconciliation runs again, and a merge undoes it", () => {
    const clash = tovuz();
    const armenian = clash.reports!.find((r) => clash.claims.some((c) => c.id.startsWith(r) && c.document.publisher === 'Armenpress'))!;
    const split = runCli(['review', 'split', clash.id, armenian], record);
    expect(split.code, split.stderr).toBe(0);
    expect(onTheDay()).toHaveLength(3);
    expect(runCli(['reconcile'], record).code).toBe(0);
    const after = onTheDay();
    expect(after).toHaveLength(3);
    expect(after.find((i) => i.reports?.includes(armenian))!.reports).toEqual([armenian]);
    expect(tovuz().reports).toHaveLength(3);

    const other = after.find((i) => i.reports?.includes(armenian))!;
    expect(runCli(['review', 'merge', clash.id, other.id], record).code).toBe(0);
    expect(runCli(['reconcile'], record).code).toBe(0);
    expect(tovuz().reports).toHaveLength(4);
    expect(onTheDay()).toHaveLength(2);
  });

  it('puts an accepted incident back in the review queue when a new account arrives, and drops rejected claims from the figures', () => {
    const clash = tovuz();
    expect(runCli(['review', 'accept', clash.id], record).code).toBe(0);
    expect(tovuz().status).toBe('accepted');
    expect(runCli(['reconcile'], record).code).toBe(0);
    expect(tovuz().status).toBe('accepted');

    const rejectedIds = clash.claims.filter((c) => c.document.publisher === 'Armenpress').map((c) => c.id);
    expect(rejectedIds.length).toBeGreaterThan(0);
    for (const id of rejectedIds) expect(runCli(['review', 'reject', id], record).code).toBe(0);
    expect(tovuz().casualties.some((c) => c.outcome === 'wounded' && c.side === 'AM')).toBe(false);

    ingest('late-report.txt', 'Two Azerbaijani soldiers were killed near Tovuz on 3 March by Armenian artillery fire, Azerbaijani officials said on Wednesday, adding that an investigation had begun.', 'Baku Herald');
    const reopened = tovuz();
    expect(reopened.reports).toHaveLength(5);
    expect(reopened.status).toBe('unreviewed');
  });

  it('dates statements from their heads, takes an issuer from the title, and counts two that name no publisher as two sources', () => {
    // Text files as a monitor saves them from two ministries' sites: no --publisher, no --published.
    const armenian = join(dir, 'am-statement.txt');
    writeFileSync(armenian, 'Statement of the defence ministry\n10 May 2024\n\nAzerbaijani forces opened fire on Armenian positions near Berd on 10 May, wounding two soldiers, the Armenian Ministry of Defence said.');
    const azerbaijani = join(dir, 'az-statement.txt');
    // The Azerbaijani statement speaks in its own voice: its title names the ministry that issued it.
    writeFileSync(azerbaijani, 'Statement of the Ministry of Defence of the Republic of Azerbaijan\nBaku, 10 May 2024\n\nOn 10 May, Armenian armed forces opened fire on our positions near Berd. Two Armenian soldiers were wounded when our units returned fire.');
    const out = runCli(['ingest', armenian, azerbaijani, '--json'], record);
    expect(out.code, out.stderr).toBe(0);
    const listed = runCli(['list', '--from', '2024-05-10', '--to', '2024-05-10', '--json'], record);
    const incidents = (JSON.parse(listed.stdout).incidents as (Listed & { origin: string })[]).filter((i) => i.origin === 'reconciled');
    expect(incidents).toHaveLength(1);
    expect(incidents[0].reports).toHaveLength(2);
    expect(incidents[0].corroboration).toMatchObject({ independent_sources: 2, by_side: { AM: 1, AZ: 1 }, both_sides_confirm: true });
  });

  it("joins each ministry's account of one border clash, each naming its own village, and reads the blame both ways", () => {
    // Agdam (Tovuz) and Movses face each other across the border, about 5 km apart. The Armenian account calls the
    // clash an attempt to cross the border, repelled, and blames in a clause of its own.
    const az = 'The Azerbaijani Ministry of Defence said that on 7 May 2024 Armenian units opened fire on its positions near Agdam in Tovuz. ' +
      'One Azerbaijani soldier was wounded, the ministry said, and it blamed Armenia for breaking the ceasefire.';
    const am = 'Azerbaijani troops tried to cross the state border near Movses on 7 May 2024, the Armenian Ministry of Defence said. ' +
      'The ministry said the attempt was repelled and no Armenian serviceman was hurt; it accused Azerbaijan of staging a provocation.';
    for (const [name, text, publisher] of [['az-mod.txt', az, 'Azertac'], ['am-mod.txt', am, 'Armenpress']]) {
      writeFileSync(join(dir, name), text);
      const out = runCli(['ingest', join(dir, name), '--publisher', publisher, '--json'], record);
      expect(out.code, out.stderr).toBe(0);
    }
    const listed = runCli(['list', '--from', '2024-05-07', '--to', '2024-05-07', '--json'], record);
    const incidents = (JSON.parse(listed.stdout).incidents as (Listed & { origin: string })[]).filter((i) => i.origin === 'reconciled');
    expect(incidents).toHaveLength(1);
    const [clash] = incidents;
    expect(new Set(clash.claims.map((c) => c.document.publisher))).toEqual(new Set(['Azertac', 'Armenpress']));
    expect(clash.corroboration).toMatchObject({ independent_sources: 2, both_sides_confirm: true });
    expect(clash.responsibility.status).toBe('disputed');
  });

  it('refuses review actions on what does not exist, in one line', () => {
    const bad = runCli(['review', 'split', 'no-such-incident', 'x'], record);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/no incident has the id "no-such-incident"/);
    const claim = runCli(['review', 'reject', 'nothing/c1'], record);
    expect(claim.stderr).toMatch(/no claim has the id "nothing\/c1"/);
  });
});
