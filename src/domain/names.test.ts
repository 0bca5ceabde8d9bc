import { describe, expect, it } from 'vitest';
import { normalizeName } from './names.js';

describe('normalizeName', () => {
  it('meets across spellings, accents, case and punctuation', () => {
    expect(normalizeName('Xankəndi')).toBe(normalizeName('XANKANDI'));
    expect(normalizeName('Ağdam')).toBe('agdam');
    expect(normalizeName("Armenia's defence ministry")).toBe('armenia defence ministry');
    expect(normalizeName('Nagorno-Karabakh')).toBe('nagorno karabakh');
    expect(normalizeName('Qubadlı')).toBe('qubadli');
  });
  it('keeps other scripts', () => {
    expect(normalizeName('Степанакерт')).toBe('степанакерт');
  });
});
