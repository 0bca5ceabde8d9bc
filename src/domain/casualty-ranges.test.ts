import { describe, expect, it } from 'vitest';
import { casualtyFigure, type CasualtyFigure } from './casualty.js';
import { casualtyRanges } from './casualty-ranges.js';
import type { Claim } from './claim.js';

const base = { outcome: 'killed', group: 'military', side: 'AM' } as const;
let n = 0;
function claim(document: string, ...figures: (string | CasualtyFigure)[]): Claim {
  for (const f of figures) if (typeof f === 'string') throw new Error(f);
  return {
    id: `c${++n}`,
    kind: 'casualties',
    stance: 'reports',
    claimant_id: 'someone',
    document_id: document,
    statement: 'figures',
    hedges: [],
    blames: [],
    casualties: figures as CasualtyFigure[],
    status: 'accepted',
  };
}
const publisher = (doc: string) => doc.split('/')[0];

describe('the casualty rule', () => {
  it('turns hedged words into intervals', () => {
    const interval = (f: CasualtyFigure | string) => (typeof f === 'string' ? f : [f.low, f.high]);
    expect(interval(casualtyFigure(base, { count: 4, hedge: 'at_least' }))).toEqual([4, undefined]);
    expect(interval(casualtyFigure(base, { count: 200, hedge: 'more_than' }))).toEqual([201, undefined]);
    expect(interval(casualtyFigure(base, { count: 20, hedge: 'up_to' }))).toEqual([undefined, 20]);
    expect(interval(casualtyFigure(base, { count: 10, hedge: 'fewer_than' }))).toEqual([undefined, 9]);
    expect(interval(casualtyFigure(base, { count: 12 }))).toEqual([12, 12]);
    expect(casualtyFigure(base, { min: 100, max: 999 })).toMatchObject({ hedge: 'between', count: 100, low: 100, high: 999 });
    expect(casualtyFigure(base, { min: 5, max: 2 })).toMatch(/below min/);
    expect(casualtyFigure(base, {})).toMatch(/needs count/);
  });

  it('takes the smallest lower bound, the largest figure, and the count most sources give', () => {
    const claims = [
      claim('gov/1', casualtyFigure(base, { count: 4, hedge: 'at_least' })),
      claim('wire/1', casualtyFigure(base, { count: 6 })),
      claim('paper/1', casualtyFigure(base, { count: 6 })),
      claim('blog/1', casualtyFigure(base, { count: 9, hedge: 'up_to' })),
    ];
    expect(casualtyRanges(claims, publisher)).toEqual([
      { ...base, low: 4, best: 6, high: 9, conservative: 4, claim_ids: claims.map((c) => c.id) },
    ]);
  });

  it('counts a publisher once however many of its documents repeat a figure, and breaks ties low', () => {
    const claims = [
      claim('gov/1', casualtyFigure(base, { count: 10 })),
      claim('gov/2', casualtyFigure(base, { count: 10 })),
      claim('wire/1', casualtyFigure(base, { count: 7 })),
    ];
    expect(casualtyRanges(claims, publisher)[0]).toMatchObject({ low: 7, best: 7, high: 10 });
  });

  it('keeps (outcome, group, side) apart and leaves rejected claims out', () => {
    const rejected = { ...claim('x/1', casualtyFigure(base, { count: 500 })), status: 'rejected' as const };
    const claims = [
      claim('a/1', casualtyFigure(base, { count: 3 }), casualtyFigure({ ...base, side: 'AZ', outcome: 'wounded' }, { count: 2 })),
      rejected,
    ];
    const ranges = casualtyRanges(claims, publisher);
    expect(ranges.map((r) => [r.outcome, r.side, r.low, r.high])).toEqual([
      ['killed', 'AM', 3, 3],
      ['wounded', 'AZ', 2, 2],
    ]);
  });

  it('has a floor of zero when no claim sets one', () => {
    expect(casualtyRanges([claim('a/1', casualtyFigure(base, { count: 20, hedge: 'up_to' }))], publisher)[0]).toMatchObject({ low: 0, best: 20, high: 20 });
  });
});
