import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../gazetteer/gazetteer.js';
import { findActors } from './actors.js';
import { attribute } from './attribution.js';
import { eventTypeOf } from './event-type.js';
import { findPlaces } from './places.js';

// Places, actors, attribution and event types, on sentences written for these tests,
// against the built-in gazetteer (and nothing of any reference article).
const gazetteer = Gazetteer.load();
const places = (s: string) => findPlaces(s, gazetteer).map((p) => [p.place_id, p.precision]);
const actors = (s: string) => findActors(s, gazetteer).map((a) => a.actor_id);
const name = (id: string | undefined) => (id ? gazetteer.actors.get(id)?.name : undefined);

describe('places in a sentence', () => {
  it('finds villages, districts and provinces with their precision', () => {
    expect(places('Mortar rounds landed near the village of Chinari overnight.')).toEqual([['chinari', 'near']]);
    expect(places('Two shells fell in the Tovuz region on Sunday.')).toEqual([['tovuz-district', 'district']]);
    expect(places('Fire was reported in the Tavush direction.')).toEqual([[expect.stringMatching(/tavush/), 'province']]);
  });
  it('keeps Tavush (Armenia) and Tovuz (Azerbaijan) apart', () => {
    const [tavush] = findPlaces('Villages in Tavush were hit.', gazetteer);
    const [tovuz] = findPlaces('Villages in Tovuz were hit.', gazetteer);
    expect(gazetteer.places.get(tavush.place_id)?.country).toBe('AM');
    expect(gazetteer.places.get(tovuz.place_id)?.country).toBe('AZ');
  });
  it('reads a country as a place only after a locative word', () => {
    expect(places('Armenia said the talks would go on.')).toEqual([]);
    expect(places('Drones were seen flying inside Armenia.')).toEqual([['armenia', 'country']]);
  });
  it('reads a capital standing for its government as an actor, not a place', () => {
    expect(places('Yerevan controls the road, and Baku wants it opened.')).toEqual([]);
    expect(places('Talks were held in Baku on Friday.')).toEqual([['baku', 'exact']]);
  });
  it('finds the same place by its name in either tradition', () => {
    expect(places('A rally took place in Khankendi.')).toEqual(places('A rally took place in Stepanakert.'));
  });
});

describe('actors in a sentence', () => {
  it('finds actors by alias and by pattern', () => {
    expect(actors("Azerbaijan's defence ministry issued a statement.").map(name)).toEqual(['Ministry of Defence of Azerbaijan']);
    expect(actors('Armenian troops returned fire.').map(name)).toEqual(['Armed Forces of Armenia']);
    expect(actors('The Azerbaijani border guards closed the crossing.').map(name)).toEqual([expect.stringMatching(/Border/)]);
  });
});

describe('attribution', () => {
  const attr = (s: string) => {
    const a = attribute(s, findActors(s, gazetteer));
    return { claimant: name(a.claimant_id), stance: a.stance, blames: a.blames.map(name), hedges: a.hedges };
  };
  it('finds the speaker of a reporting verb and the accused', () => {
    expect(attr("Armenia's defence ministry accused Azerbaijani troops of opening fire first.")).toMatchObject({
      claimant: 'Ministry of Defence of Armenia',
      stance: 'accuses',
      blames: ['Armed Forces of Azerbaijan'],
    });
  });
  it('reads "according to" and denials', () => {
    expect(attr('According to the Azerbaijani defence ministry, two soldiers were wounded.')).toMatchObject({ claimant: 'Ministry of Defence of Azerbaijan', stance: 'asserts' });
    expect(attr("Azerbaijan's defence ministry denied the report.")).toMatchObject({ stance: 'denies' });
  });
  it('keeps the author as speaker when nobody is named, with hedges', () => {
    expect(attr('Three soldiers were reportedly wounded near the border.')).toEqual({ claimant: undefined, stance: 'reports', blames: [], hedges: ['reportedly'] });
  });
  it('reads a speaker who goes on to accuse in a clause of its own', () => {
    expect(attr("Armenia's defence ministry said the attack was repelled; it accused Azerbaijan of provoking the clash.")).toMatchObject({
      claimant: 'Ministry of Defence of Armenia',
      stance: 'accuses',
      blames: ['Azerbaijan'],
    });
    expect(attr("Armenia's defence ministry said the attack was repelled and blamed Azerbaijani troops.")).toMatchObject({ stance: 'accuses', blames: ['Armed Forces of Azerbaijan'] });
    expect(attr("Armenia's defence ministry said the shells missed and blamed the fog.")).toMatchObject({ stance: 'asserts', blames: [] });
    // Another speaker's accusation is not the first speaker's.
    expect(attr("Armenia's defence ministry said the border was quiet, and Azerbaijan's ministry accused nobody.")).toMatchObject({ stance: 'asserts', blames: [] });
  });
  it('blames troops who tried to cross the border', () => {
    expect(attr("Armenia's defence ministry reported that Azerbaijani troops tried to cross the state border.")).toMatchObject({
      claimant: 'Ministry of Defence of Armenia',
      stance: 'accuses',
      blames: ['Armed Forces of Azerbaijan'],
    });
  });
  it('blames the attacker in the author\'s own account', () => {
    expect(attr('Armenian troops shelled the positions at dawn.')).toMatchObject({ claimant: undefined, stance: 'accuses', blames: ['Armed Forces of Armenia'] });
  });
});

describe('event types', () => {
  it.each([
    ['Artillery fire hit the village.', 'Shelling/artillery/missile attack'],
    ['Heavy fighting broke out on the border.', 'Armed clash'],
    // A ministry's words for a clash it won: an attempt to cross, repelled.
    ['Troops tried to cross the state border near the village and were repelled.', 'Armed clash'],
    ['A sabotage group attempted to infiltrate the positions at night.', 'Armed clash'],
    ['The attack was repulsed, the ministry said.', 'Armed clash'],
    // "of Defence said" is no "of the fighting": the fighting is what is told.
    ['The Ministry of Defence said fighting went on overnight.', 'Armed clash'],
    ['The minister said little about the fighting in the north.', 'Statement or demand'],
    ['The foreign ministers met in Geneva for talks.', 'Meeting or negotiation'],
    ['An envoy has mediated several rounds between the two capitals.', 'Meeting or negotiation'],
    ['The two leaders signed a ceasefire.', 'Agreement'],
    ['Thousands joined a protest outside parliament.', 'Peaceful protest'],
    ['The armies held joint exercises.', 'Military exercise'],
    ['The president said the process had stalled.', 'Statement or demand'],
    ['The weather was mild.', 'Other'],
  ])('%s -> %s', (sentence, type) => {
    expect(eventTypeOf(sentence).subEventType).toBe(type);
  });
});
