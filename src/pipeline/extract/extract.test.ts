import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../gazetteer/gazetteer.js';
import { extract } from './extract.js';

// Whole-document behaviour, on reports written for these tests in the project's own words.
const gazetteer = Gazetteer.load();
const run = (text: string, published = '2024-03-10') => extract({ text, published, publisher: 'Test Wire' }, gazetteer);
const live = (text: string, published?: string) => run(text, published).incidents.filter((i) => !i.background);

describe('extract', () => {
  it('turns a short report into one dated, placed incident with its figures and evidence', () => {
    const text = 'Shelling hit the village of Chinari on March 5, 2024. Two Armenian soldiers were killed and three were wounded, the ministry said.';
    const [incident, ...rest] = live(text);
    expect(rest).toEqual([]);
    expect(incident.date).toEqual({ start: '2024-03-05', end: '2024-03-05', precision: 'day' });
    expect(incident.type.sub_event_type).toBe('Shelling/artillery/missile attack');
    expect(incident.places.map((p) => [p.id, p.precision])).toEqual([['chinari', 'exact']]);
    expect(incident.casualties.map((c) => [c.outcome, c.group, c.side, c.low, c.high])).toEqual([
      ['killed', 'military', 'AM', 2, 2],
      ['wounded', 'military', 'AM', 3, 3],
    ]);
    // Every value points at its words in the original text.
    expect(incident.evidence.date[0].text).toBe('March 5, 2024');
    expect(text.slice(incident.evidence.date[0].start, incident.evidence.date[0].end)).toBe('March 5, 2024');
    expect(incident.evidence.places[0][0].text).toBe('Chinari');
    expect(incident.evidence.casualties[0][0].text).toMatch(/Two Armenian soldiers/);
  });

  it('reads dates against the publication day and lets the next sentence inherit them', () => {
    const text = 'Fighting broke out near Nerkin Hand on Tuesday. It left one serviceman dead.';
    const [incident] = live(text, '2024-03-08'); // a Friday
    expect(incident.date.start).toBe('2024-03-05');
    expect(incident.casualties[0]).toMatchObject({ outcome: 'killed', low: 1 });
    expect(incident.claims).toHaveLength(2);
  });

  it('keeps different days apart, and brings a later mention of the same day back to its incident', () => {
    const text = [
      'On March 3, troops clashed near Chinari.',
      '',
      'On March 4, a drone strike hit Tovuz.',
      '',
      'Azerbaijan\'s defence ministry said the March 3 clash near Chinari began with Armenian fire.',
    ].join('\n');
    const incidents = live(text);
    expect(incidents.map((i) => i.date.start)).toEqual(['2024-03-03', '2024-03-04']);
    expect(incidents[0].claims.map((c) => c.claimant.name)).toContain('Ministry of Defence of Azerbaijan');
  });

  it('shows two claimants\' accounts of one incident side by side', () => {
    const text =
      "On March 1, Armenia's defence ministry accused Azerbaijani troops of opening fire near Chinari. Azerbaijan's defence ministry denied it and said Armenian forces had fired first.";
    const [incident] = live(text);
    expect(incident.claims.map((c) => c.claimant.country)).toEqual(['AM', 'AZ']);
    expect(incident.responsibility.status).toBe('disputed');
  });

  it('marks references to earlier events as background, not new incidents', () => {
    const text = 'Since the 2020 war, talks have stalled. Relations worsened after the 2023 offensive.';
    const result = run(text);
    expect(result.incidents.every((i) => i.background)).toBe(true);
  });

  it('does not take a caption\'s date for the article\'s, nor an age for a death toll', () => {
    const text = [
      'A long report on the border begins here and goes on for a',
      'while about the situation in the region, which remained tense',
      '',
      'A ruined house in',
      'Tovuz on January 2,',
      '2024.',
      'JOHN ROE / WIRE',
      '',
      'through the winter. On February 20, 2024, a 76-year-old',
      'Azerbaijani civilian was wounded by gunfire in Tovuz.',
    ].join('\n');
    const incidents = live(text);
    expect(incidents.map((i) => i.date.start)).toEqual(['2024-02-20']);
    expect(incidents[0].casualties.map((c) => [c.outcome, c.group, c.side, c.low])).toEqual([['wounded', 'civilian', 'AZ', 1]]);
  });

  it('keeps a figure one side attributes to the other as that claimant\'s claim', () => {
    const text = "On March 2, Azerbaijan's defence ministry claimed that 30 Armenian soldiers had been killed near Chinari.";
    const [incident] = live(text);
    expect(incident.claims[0]).toMatchObject({ claimant: { country: 'AZ' }, casualties: [expect.objectContaining({ side: 'AM', count: 30 })] });
  });

  it('does not take where the speakers sit for where it happened ("officials in Baku said")', () => {
    const [incident] = live('Two soldiers were killed near Tovuz on 3 March by artillery fire, officials in Baku said on Wednesday.', '2024-03-06');
    expect(incident.places.map((p) => p.id)).toEqual(['tovuz-district']);
    // Residents are witnesses where they live: their town stays a place of the story.
    const [told] = live('Shelling damaged houses on 3 March, residents in Chinari said.', '2024-03-06');
    expect(told.places.map((p) => p.id)).toEqual(['chinari']);
  });

  it('reads wire copy: a dateline is no location, a denial in the next paragraph joins the story, "its soldiers" are the claimant\'s', () => {
    const text = [
      'YEREVAN, March 4 (Test Wire) - Armenia\'s defence ministry said on Monday that three of its soldiers were wounded when Azerbaijani forces fired on posts near Chinari.',
      '',
      'Azerbaijan\'s defence ministry denied the report and accused Armenian troops of firing first.',
    ].join('\n');
    const [incident, ...rest] = live(text, '2024-03-05');
    expect(rest).toEqual([]);
    expect(incident.date.start).toBe('2024-03-04');
    expect(incident.places.map((p) => p.id)).toEqual(['chinari']);
    expect(incident.casualties.map((c) => [c.outcome, c.side, c.low])).toEqual([['wounded', 'AM', 3]]);
    expect(incident.claims.map((c) => [c.claimant.country, c.stance])).toEqual([
      ['AM', 'accuses'],
      ['AZ', 'denies'],
    ]);
    expect(incident.responsibility.status).toBe('disputed');
  });

  it('reads a dateline under the title, in any case and with its year, or standing alone, as no location', () => {
    const opening = ['Shelling resumes on the border', 'Yerevan, 13 July 2020 - One Armenian soldier was wounded in Chinari on Monday, the ministry said.'].join('\n');
    const [incident, ...rest] = live(opening, '2020-07-13');
    expect(rest).toEqual([]);
    expect(incident.date.start).toBe('2020-07-13');
    expect(incident.places.map((p) => p.id)).toEqual(['chinari']);
    // "Baku, 3 March 2024." alone: the place and day it was filed, and no incident of its own.
    const alone = ['Two soldiers wounded', 'Baku, 3 March 2024. Two Azerbaijani soldiers were wounded by sniper fire near Berd on Sunday, the ministry said.'].join('\n');
    const incidents = live(alone, '2024-03-03');
    expect(incidents.map((i) => [i.date.start, i.places.map((p) => p.id)])).toEqual([['2024-03-03', ['berd']]]);
    // A byline under the title, which clean-up joins to the title.
    const byline = ['Fighting on the border enters its third day', 'By our correspondent, Baku, 14 July 2020', '', 'Two Armenian soldiers were killed near Chinari on Tuesday, the Armenian defence ministry said.'].join('\n');
    expect(live(byline, '2020-07-14').map((i) => [i.date.start, i.places.map((p) => p.id)])).toEqual([['2020-07-14', ['chinari']]]);
  });

  it('tells apart places sharing a name by the unit the sentence names beside it', () => {
    // Aghdam is a district of Karabakh and a border village of Tovuz District.
    const [village] = live('Two Azerbaijani soldiers were wounded near the village of Aghdam in the Tovuz district on 3 March, the ministry said.', '2024-03-05');
    expect(village.places.map((p) => p.id)).toContain('agdam-tovuz');
    const [district] = live('Shelling was reported in Aghdam on 3 March, the ministry said.', '2024-03-05');
    expect(district.places.map((p) => p.id)).toEqual(['agdam-district']);
  });

  it('gives a date without a year the year of the story it continues', () => {
    const text = 'Fighting broke out along the line of contact on 1 April 2016. A truce was agreed in Moscow on 5 April.';
    expect(live(text, '2020-07-13').map((i) => i.date.start)).toEqual(['2016-04-01', '2016-04-05']);
  });

  it('finds claimants by role and pattern, and types violence that names no weapon', () => {
    const text = [
      'On March 3, the spokeswoman of the Armenian Ministry of Defense said two soldiers were wounded near Berd.',
      '',
      'On March 4, de facto authorities in Nagorno-Karabakh said a civilian was killed in Martuni.',
    ].join('\n');
    expect(live(text, '2021-03-06').map((i) => [i.date.start, i.type.sub_event_type, i.claims[0].claimant.name, i.claims[0].claimant.country])).toEqual([
      ['2021-03-03', 'Armed clash', 'Ministry of Defence of Armenia', 'AM'],
      ['2021-03-04', 'Attack', 'De facto authorities of Nagorno-Karabakh', 'AM'],
    ]);
  });

  it('gives each party its own claim when figures come from both sides, and "his government" to the official\'s government', () => {
    const [fight] = live('On March 2, fighting broke out near Chinari. According to figures from both sides, at least 12 soldiers were killed.');
    expect(fight.claims.filter((c) => c.casualties?.length).map((c) => c.claimant.country).sort()).toEqual(['AM', 'AZ']);
    const [talks] = live('Nikol Pashinyan spoke in Yerevan. On March 3, his government denied that any document was on the table.');
    expect(talks.claims[0]).toMatchObject({ claimant: { name: 'Government of Armenia', country: 'AM' }, stance: 'denies' });
  });

  it('survives empty, one-line and hostile input', () => {
    expect(run('').incidents).toEqual([]);
    expect(run('Nothing happened.').incidents).toEqual([]);
    expect(() => run('\u0000\u0001\uFFFD'.repeat(1000))).not.toThrow();
  });

  it('reads a 5 MB report in one piece', () => {
    const report = 'On March 5, 2024, shelling hit Chinari and one soldier was killed. Talks were planned. ';
    const text = report.repeat(Math.ceil(5_000_000 / report.length));
    const result = run(text);
    expect(result.document.length).toBeGreaterThanOrEqual(5_000_000);
    expect(result.incidents.length).toBeGreaterThan(0);
    // A generous limit: this only guards against a hang, speed is bench:extract's business.
  }, 180_000);
});
