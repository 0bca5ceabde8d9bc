import { describe, expect, it } from 'vitest';
import { minhashSignature, NEAR_DUPLICATE, signatureBands, similarity } from './minhash.js';

const STORY =
  'Officials in the northern province said on Monday that two border posts came under mortar fire overnight, ' +
  'wounding three guards and damaging a school building in the nearby village. The defence ministry blamed ' +
  'the other side and said its units had returned fire. A spokesman for the opposing ministry denied the ' +
  'report and said the shelling had started from positions across the river. Monitors were sent to the area ' +
  'on Tuesday to inspect the damage and speak with residents who had spent the night in basements.';
const OTHER =
  'Farmers in the southern valley began the harvest a week early this year after a dry spring, and the ' +
  'regional cooperative expects prices to rise. Exporters said demand from neighbouring markets remained ' +
  'strong, while the agriculture ministry promised new irrigation channels before the next season begins. ' +
  'Several villages have asked for help repairing roads damaged by heavy trucks during the previous autumn.';

describe('near-duplicate signatures', () => {
  it('finds the same story republished with a new headline and byline', () => {
    const copy = `Border posts shelled, three hurt\nBy a staff reporter\n\n${STORY} Reporting by the news desk.`;
    const a = minhashSignature(STORY)!;
    const b = minhashSignature(copy)!;
    expect(similarity(a, b)).toBeGreaterThan(NEAR_DUPLICATE);
    const shared = signatureBands(a).filter((band) => signatureBands(b).includes(band));
    expect(shared.length).toBeGreaterThan(0);
  });

  it('keeps different stories apart', () => {
    const a = minhashSignature(STORY)!;
    const b = minhashSignature(OTHER)!;
    expect(similarity(a, b)).toBeLessThan(0.1);
  });

  it('is the same for the same text in every run, whatever the layout and case', () => {
    expect(minhashSignature(STORY)).toEqual(minhashSignature(STORY.toUpperCase().replace(/ /g, '\n ')));
  });

  it('does not sign texts too short to compare', () => {
    expect(minhashSignature('Two soldiers were wounded.')).toBeUndefined();
  });

  it('compares signatures read back at any byte offset', () => {
    const a = minhashSignature(STORY)!;
    const shifted = new Uint8Array(a.length + 1);
    shifted.set(a, 1);
    expect(similarity(a, shifted.subarray(1))).toBe(1);
  });
});
