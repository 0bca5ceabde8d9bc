import { describe, expect, it } from 'vitest';
import { NameMatcher } from './name-matcher.js';

const matcher = new NameMatcher([
  { id: 'stepanakert', names: ['Stepanakert', 'Khankendi', 'Xankəndi'] },
  { id: 'nerkin-hand', names: ['Nerkin Hand'] },
  { id: 'hand', names: ['Hand'] },
  { id: 'loc', names: ['line of contact'] },
  { id: 'am-mod', names: ["Armenia's defence ministry", 'Ministry of Defence of Armenia'] },
]);
const found = (text: string) => matcher.find(text).map((m) => [m.ids.join('|'), m.text]);

describe('NameMatcher', () => {
  it('finds names in any spelling, longest first', () => {
    expect(found('Shelling hit Xankandi, then Khankendi again; villagers near Nerkin Hand fled.')).toEqual([
      ['stepanakert', 'Xankandi'],
      ['stepanakert', 'Khankendi'],
      ['nerkin-hand', 'Nerkin Hand'],
    ]);
  });
  it('wants a capital where the name has one, and not where it has none', () => {
    expect(found('On the other hand, fire along the Line of Contact and the line of contact went on.')).toEqual([
      ['loc', 'Line of Contact'],
      ['loc', 'line of contact'],
    ]);
  });
  it('reads possessives and multi-word names', () => {
    expect(found("Armenia's defence ministry said so, as did the Ministry of Defence of Armenia.")).toEqual([
      ['am-mod', "Armenia's defence ministry"],
      ['am-mod', 'Ministry of Defence of Armenia'],
    ]);
  });
});
