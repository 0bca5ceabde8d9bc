import { describe, expect, it } from 'vitest';
import { formatBytes, formatDuration } from './format-limit.js';

describe('formatBytes', () => {
  it.each([
    [20 * 1024 * 1024, '20 MB'],
    [1.5 * 1024 * 1024, '1.5 MB'],
    [100 * 1024, '100 KB'],
    [1000, '1000 bytes'],
    [0, '0 bytes'],
  ])('%i → %s', (n, s) => expect(formatBytes(n)).toBe(s));
});

describe('formatDuration', () => {
  it.each([
    [20_000, '20 s'],
    [1500, '1.5 s'],
    [1000, '1 s'],
    [300, '300 ms'],
  ])('%i → %s', (n, s) => expect(formatDuration(n)).toBe(s));
});
