import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../gazetteer/gazetteer.js';
import { findActors } from './actors.js';
import { attribute } from './attribution.js';
import { extract } from './extract.js';

// Speakers named in another sentence, by a pronoun or a role, and wire-copy attribution.
// Every report here is invented for these tests, about generic incidents.
const gazetteer = Gazetteer.load();
const name = (id: string | undefined) => (id ? gazetteer.actors.get(id)?.name : undefined);
const live = (text: string, published = '2024-05-20') => extract({ text, published, publisher: 'Test Wire' }, gazetteer).incidents.filter((i) => !i.background);
const claimants = (text: string, published?: string) => live(text, published).map((i) => i.claims.map((c) => c.claimant.name));

describe('the subject of a reporting verb', () => {
  const attr = (s: string) => attribute(s, findActors(s, gazetteer));
  it('is the actor right before the verb at the end of a wire sentence, not the attacker it opens with', () => {
    const a = attr("Armenian forces shelled positions near Tovuz overnight, Azerbaijan's defence ministry said in a statement.");
    expect(name(a.claimant_id)).toBe('Ministry of Defence of Azerbaijan');
    expect(a.blames.map(name)).toEqual(['Armed Forces of Armenia']);
  });
  it('blames the attacker of "opened artillery fire" and "fired mortars at" in the author\'s own words', () => {
    expect(attr('The Azerbaijani side then opened artillery fire on Armenian positions.').blames.map(name)).toEqual(['Government of Azerbaijan']);
    expect(attr('Armenian forces fired mortars at Azerbaijani posts near Tovuz.').blames.map(name)).toEqual(['Armed Forces of Armenia']);
  });
  it('is left to resolve when it is a pronoun or a role', () => {
    expect(attr('Armenian troops opened fire first, it said.').refers).toEqual({ kind: 'it' });
    expect(attr('"We returned fire," he added.').refers).toEqual({ kind: 'person' });
    expect(attr('The ministry later said two posts were hit.').refers).toEqual({ kind: 'role', role: 'ministry' });
    expect(attr('According to the spokesman, nobody was hurt.').refers).toEqual({ kind: 'role', role: 'spokesman' });
  });
  it('reads "according to its foreign ministry" as the foreign ministry of the actor just named', () => {
    const a = attr('Armenia saw it differently, according to its foreign ministry.');
    expect(a.refers).toEqual({ kind: 'role', role: 'foreign ministry', owner: 'armenia' });
  });
  it('reads role words in any case ("Defense Ministry")', () => {
    expect(findActors('The Armenia Defense Ministry reported a drill.', gazetteer).map((a) => name(a.actor_id))).toEqual(['Ministry of Defence of Armenia']);
  });
});

describe('speakers across sentences', () => {
  it('gives "he added" to the person named in the sentence before', () => {
    const text = 'Ilham Aliyev said on Monday that a soldier was wounded near Tovuz. "They opened fire first," he added.';
    const [incident] = live(text);
    expect(incident.claims.map((c) => c.claimant.name)).toEqual(['Ilham Aliyev', 'Ilham Aliyev']);
  });

  it('gives "the ministry said" and "it said" to the ministry named before (wire copy)', () => {
    const text = [
      "Azerbaijan's defence ministry said on Monday that Armenian units had shelled its positions near Tovuz.",
      '',
      'One soldier was wounded, the ministry said.',
      '',
      'The shelling lasted about an hour, it said.',
    ].join('\n');
    expect(claimants(text)).toEqual([['Ministry of Defence of Azerbaijan', 'Ministry of Defence of Azerbaijan', 'Ministry of Defence of Azerbaijan']]);
  });

  it('resolves "the defence ministry" to the ministry of the side last heard when none was named', () => {
    const text = 'Armenia said on May 2 that Azerbaijani drones crossed the border near Chinari. The defence ministry said one drone was shot down.';
    expect(claimants(text)[0]).toEqual(['Armenia', 'Ministry of Defence of Armenia']);
  });

  it('carries a statement on into a sentence told in reported speech', () => {
    const text =
      "On May 3, Armenia's foreign ministry said in a statement that Azerbaijani troops had fired on a village in Tavush. The attack had damaged two houses and a school.";
    expect(claimants(text)[0]).toEqual(['Ministry of Foreign Affairs of Armenia', 'Ministry of Foreign Affairs of Armenia']);
  });

  it('keeps the author for plain narration after a statement', () => {
    const text = "On May 3, Armenia's foreign ministry said that Azerbaijani troops fired on a village in Tavush. Reporters visited the village on the same day.";
    const names = claimants(text).flat();
    expect(names[0]).toBe('Ministry of Foreign Affairs of Armenia');
    expect(names.slice(1).every((n) => n !== 'Ministry of Foreign Affairs of Armenia')).toBe(true);
  });

  it('brings a reply that points back ("declared this in response to") into the story, across a paragraph', () => {
    const text = [
      'In March 2024, the Armenian government said that no draft treaty was on the table.',
      '',
      'Armenia declared this in response to remarks by Sergei Lavrov. Lavrov had described the drafts as an important step.',
    ].join('\n');
    const [incident] = live(text);
    expect(incident.claims.map((c) => c.claimant.country)).toEqual(['AM', 'AM', 'RU']);
  });

  it('reads the capitals as their governments and "the Azerbaijani side" as a claimant', () => {
    const text = 'On May 6, Yerevan accused Azerbaijani troops of firing near Chinari. Baku denied the claim. The Azerbaijani side said its troops had not fired.';
    expect(live(text)[0].claims.map((c) => [c.claimant.country, c.stance])).toEqual([
      ['AM', 'accuses'],
      ['AZ', 'denies'],
      ['AZ', 'asserts'],
    ]);
  });

  it('reads a dated aside after a dash as the speaker\'s, and goes back to the story after it', () => {
    const text = [
      'On May 8, two Armenian soldiers were killed near Nerkin Hand.',
      'Azerbaijan accused Armenia of provoking the shooting — on May 7, one Azerbaijani soldier was wounded near Tovuz, it said. Armenia rejected that account, according to its foreign ministry.',
    ].join(' ');
    const incidents = live(text);
    const on = (day: string) => incidents.find((i) => i.date.start === day)!;
    expect(on('2024-05-08').claims.map((c) => c.claimant.country)).toEqual(['unknown', 'AZ', 'AM']);
    expect(on('2024-05-08').claims[2].claimant.name).toBe('Ministry of Foreign Affairs of Armenia');
    expect(on('2024-05-07').claims.map((c) => c.claimant.country)).toEqual(['AZ']);
  });

  it('brings a sentence that names an earlier episode by its kind back to it ("criticised the deployment")', () => {
    const text =
      'In March 2024, the EU deployed a monitoring mission in Armenia. In April 2024, the mission said it would add fifty staff. Russia criticised the deployment of the mission.';
    const march = live(text).find((i) => i.date.start === '2024-03-01')!;
    expect(march.claims.map((c) => c.claimant.country)).toContain('RU');
  });

  it('keeps wire copy, one sentence a paragraph, with its story, each speaker on their side', () => {
    const text = [
      'YEREVAN, May 14 (Test Wire) - Armenia said on Tuesday that Azerbaijani troops had fired on a village near Chinari overnight.',
      '',
      "Azerbaijan's foreign ministry said in a statement that the claim was false. It said its troops had observed the truce.",
      '',
      '"Our positions were not the source of any fire," the ministry\'s spokesman said.',
    ].join('\n');
    const [incident, ...rest] = live(text, '2024-05-14');
    expect(rest).toEqual([]);
    expect(incident.claims.map((c) => c.claimant.country)).toEqual(['AM', 'AZ', 'AZ', 'AZ']);
  });

  it('does not hand "it added" to another actor when the speaker before it went unnamed (an official statement)', () => {
    const text =
      'On 2 May 2024, Azerbaijani units opened fire on positions near Chinari, wounding one serviceman. The Ministry stressed that the Armenian side had not returned fire. It added that the Armenian side remained committed to the truce.';
    const names = live(text).flatMap((i) => i.claims.map((c) => c.claimant.country));
    expect(names).not.toContain('AM');
  });
});

