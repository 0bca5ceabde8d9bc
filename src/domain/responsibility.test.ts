import { describe, expect, it } from 'vitest';
import type { Claim } from './claim.js';
import { responsibilityOf } from './responsibility.js';

const sides: Record<string, string> = { 'am-mod': 'AM', 'am-army': 'AM', 'az-mod': 'AZ', 'az-army': 'AZ', osce: 'third' };
const sideOf = (id: string) => sides[id] ?? 'unknown';
const claim = (claimant: string, kind: Claim['kind'], blames: string[]): Claim => ({
  id: `${claimant}-${kind}`,
  kind,
  stance: kind === 'denial' ? 'denies' : 'accuses',
  claimant_id: claimant,
  document_id: 'd',
  statement: 's',
  hedges: [],
  blames,
  casualties: [],
  status: 'accepted',
});

describe('responsibility', () => {
  it('is unknown when nobody assigns blame', () => {
    expect(responsibilityOf([claim('osce', 'event', [])], sideOf).status).toBe('unknown');
  });
  it('is disputed when each side blames the other', () => {
    const r = responsibilityOf([claim('am-mod', 'responsibility', ['az-army']), claim('az-mod', 'responsibility', ['am-army'])], sideOf);
    expect(r.status).toBe('disputed');
    expect(r.accounts.map((a) => [a.side, a.blamed_sides])).toEqual([
      ['AM', ['AZ']],
      ['AZ', ['AM']],
    ]);
  });
  it('is disputed when the blamed party denies', () => {
    expect(responsibilityOf([claim('am-mod', 'responsibility', ['az-army']), claim('az-mod', 'denial', ['az-army'])], sideOf).status).toBe('disputed');
  });
  it('is undisputed when every account blames the same side', () => {
    expect(responsibilityOf([claim('am-mod', 'responsibility', ['az-army']), claim('osce', 'responsibility', ['az-mod'])], sideOf).status).toBe('undisputed');
  });
});
