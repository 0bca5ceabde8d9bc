import { describe, expect, it } from 'vitest';
import { claimantFit, figureCloseness, figuresOf, sameStatedCounts, sharedCloseness, sideConflict, statedFiguresOf } from './figure-match.js';
import { claimBy, killed } from './reconcile-fixtures.js';

describe('figure agreement', () => {
  it('reads each outcome, group and side as the median count stated, leaving denials out', () => {
    const claims = [
      claimBy('am-mod', 'd1', 1, { kind: 'casualties', casualties: [killed('AZ', 4), killed('AM', 1)] }),
      claimBy('reuters', 'd1', 2, { kind: 'casualties', casualties: [killed('AZ', 6)] }),
      claimBy('apa', 'd1', 3, { kind: 'casualties', casualties: [killed('AZ', 9)] }),
      claimBy('az-mod', 'd1', 4, { kind: 'casualties', stance: 'denies', casualties: [killed('AZ', 0)] }),
    ];
    expect(figuresOf(claims)).toEqual([
      { key: 'killed|military|AZ', count: 6 },
      { key: 'killed|military|AM', count: 1 },
    ]);
  });

  it('scores the same count 1, a count a little off less, and counts far apart or of another side 0', () => {
    const of = (side: string, n: number) => figuresOf([claimBy('x', 'd', 1, { kind: 'casualties', casualties: [killed(side, n)] })]);
    expect(figureCloseness(of('AM', 3), of('AM', 3))).toBe(1);
    expect(figureCloseness(of('AM', 4), of('AM', 3))).toBeCloseTo(2 / 3);
    expect(figureCloseness(of('AM', 25), of('AM', 3))).toBe(0);
    expect(figureCloseness(of('AZ', 3), of('AM', 3))).toBe(0);
    expect(figureCloseness([], of('AM', 3))).toBe(0);
    // Tolerance grows with the count: 40 against 36 is as close as 4 against 3.
    expect(figureCloseness(of('AM', 40), of('AM', 36))).toBeCloseTo(1 - 4 / 11);
  });

  it('keeps the count of each claimant apart, and tells no count in common from another count', () => {
    const claims = [
      claimBy('am-mod', 'd1', 1, { kind: 'casualties', casualties: [killed('AZ', 4)] }),
      claimBy('reuters', 'd2', 1, { kind: 'casualties', casualties: [killed('AZ', 6)] }),
    ];
    const stated = statedFiguresOf(claims);
    expect(stated).toEqual([
      { key: 'killed|military|AZ|am-mod', count: 4 },
      { key: 'killed|military|AZ|reuters', count: 6 },
    ]);
    const quoting = (claimant: string, n: number) => statedFiguresOf([claimBy(claimant, 'd3', 1, { kind: 'casualties', casualties: [killed('AZ', n)] })]);
    expect(sharedCloseness(quoting('am-mod', 4), stated, true)).toBe(1);
    expect(sharedCloseness(quoting('am-mod', 5), stated, true)).toBe(0);
    expect(sharedCloseness(quoting('az-mod', 4), stated, true)).toBeUndefined();
  });

  it("tells a claimant's same count, a revised one and another apart", () => {
    const quoting = (claimant: string, n: number, side = 'AZ') => statedFiguresOf([claimBy(claimant, 'd', 1, { kind: 'casualties', casualties: [killed(side, n)] })]);
    const incident = statedFiguresOf([claimBy('am-mod', 'd1', 1, { kind: 'casualties', casualties: [killed('AZ', 4)] })]);
    expect(claimantFit(quoting('am-mod', 4), incident)).toBe(1);
    // A toll revised by a few is still that claimant's statement; 9 against 4 is another.
    expect(claimantFit(quoting('am-mod', 6), incident)).toBe(0);
    expect(claimantFit(quoting('am-mod', 9), incident)).toBe(-1);
    expect(claimantFit(quoting('az-mod', 9), incident)).toBeUndefined();
    expect(sameStatedCounts(quoting('am-mod', 4), incident)).toBe(true);
    expect(sameStatedCounts(quoting('am-mod', 5), incident)).toBe(false);
    expect(sameStatedCounts(quoting('az-mod', 4), incident)).toBe(false);
  });

  it("sees a count of another side's dead only as a conflict, not a count of the same side far off", () => {
    const of = (...figures: [string, number][]) => figuresOf([claimBy('x', 'd', 1, { kind: 'casualties', casualties: figures.map(([side, n]) => killed(side, n)) })]);
    expect(sideConflict(of(['AZ', 3]), of(['AM', 3]))).toBe(true);
    expect(sideConflict(of(['AM', 25]), of(['AM', 3]))).toBe(false);
    // Accounts that count both sides' dead fit a report counting either.
    expect(sideConflict(of(['AZ', 3]), of(['AM', 3], ['AZ', 1]))).toBe(false);
    expect(sideConflict([], of(['AM', 3]))).toBe(false);
  });
});
