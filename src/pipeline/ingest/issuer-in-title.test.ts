import { describe, expect, it } from 'vitest';
import { Gazetteer } from '../../gazetteer/gazetteer.js';
import { issuerInTitle } from './issuer-in-title.js';

const gazetteer = Gazetteer.load();

describe('issuerInTitle', () => {
  it('finds the body whose statement the title says it is', () => {
    expect(issuerInTitle('Statement of the Ministry of Defense of the Republic of Azerbaijan', gazetteer)).toBe('Ministry of Defence of Azerbaijan');
    expect(issuerInTitle('Press release by the Ministry of Defence of Azerbaijan on the shelling of Tovuz', gazetteer)).toBe('Ministry of Defence of Azerbaijan');
    expect(issuerInTitle('Ministry of Defence of Azerbaijan: press release', gazetteer)).toBe('Ministry of Defence of Azerbaijan');
  });

  it('names no issuer for a headline about a statement, an unknown body or a title without one', () => {
    expect(issuerInTitle('Armenia rejects Azerbaijan statement', gazetteer)).toBeUndefined();
    expect(issuerInTitle('Statement of the Committee of Concerned Neighbours', gazetteer)).toBeUndefined();
    expect(issuerInTitle('Border fighting enters third day', gazetteer)).toBeUndefined();
    expect(issuerInTitle(undefined, gazetteer)).toBeUndefined();
  });
});
