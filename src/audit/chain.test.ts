import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';
import { entryHash, GENESIS_HASH, verifyChain, type AuditEntry } from './chain.js';

/** A well-formed chain of `n` entries, as the store writes them. */
function chain(n: number): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (let seq = 1; seq <= n; seq++) {
    const prev_hash = entries[seq - 2]?.hash ?? GENESIS_HASH;
    const fields = { seq, at: `2024-01-01T00:00:${String(seq).padStart(2, '0')}.000Z`, actor: 'cli:ana', action: 'user.set-role', target_kind: 'user', target_id: `usr_${seq}`, before: { role: 'viewer' }, after: { role: 'admin', seq } };
    entries.push({ ...fields, prev_hash, hash: entryHash(prev_hash, fields) });
  }
  return entries;
}

async function* streamed(entries: AuditEntry[]): AsyncGenerator<AuditEntry> {
  for (const e of entries) yield e;
}

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined ones', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }], u: undefined })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
    expect(canonicalJson({ a: { y: null, x: 'é' } })).toBe(canonicalJson({ a: { x: 'é', y: null } }));
  });
});

describe('entryHash', () => {
  it('depends on every field and on the previous hash, not on key order', () => {
    const [e] = chain(1);
    const { prev_hash, hash, ...fields } = e;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(entryHash(prev_hash, { ...fields, after: { seq: 1, role: 'admin' } })).toBe(hash);
    for (const change of [{ seq: 2 }, { at: '2024-01-02T00:00:00.000Z' }, { actor: 'cli:eve' }, { action: 'user.add' }, { target_kind: 'token' }, { target_id: 'usr_9' }, { before: null }, { after: { role: 'viewer', seq: 1 } }]) {
      expect(entryHash(prev_hash, { ...fields, ...change })).not.toBe(hash);
    }
    expect(entryHash('1'.repeat(64), fields)).not.toBe(hash);
  });
});

describe('verifyChain', () => {
  it('passes an intact chain, from an array or a stream, and an empty one', async () => {
    expect(await verifyChain(chain(20))).toEqual({ ok: true, entries: 20, problems: [] });
    expect(await verifyChain(streamed(chain(20)))).toEqual({ ok: true, entries: 20, problems: [] });
    expect(await verifyChain([])).toEqual({ ok: true, entries: 0, problems: [] });
  });

  it('names an entry changed after it was written', async () => {
    const entries = chain(20);
    entries[11] = { ...entries[11], after: { role: 'viewer', seq: 12 } };
    const report = await verifyChain(entries);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([{ seq: 12, reason: 'entry 12 was changed after it was written: its hash does not match its contents' }]);
  });

  it('names the broken link when an entry was rewritten with a fresh hash', async () => {
    const entries = chain(20);
    const { prev_hash, hash: _hash, ...fields } = entries[11];
    const forged = { ...fields, actor: 'cli:eve' };
    entries[11] = { ...forged, prev_hash, hash: entryHash(prev_hash, forged) };
    const report = await verifyChain(entries);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0].seq).toBe(13);
    expect(report.problems[0].reason).toMatch(/^entry 13 does not follow entry 12: its link to the previous entry is broken/);
  });

  it('names a first entry that does not start from the genesis hash', async () => {
    const [first] = chain(1);
    const { hash: _hash, ...rest } = first;
    const forged = { ...rest, prev_hash: 'f'.repeat(64) };
    const report = await verifyChain([{ ...forged, hash: entryHash(forged.prev_hash, forged) }]);
    expect(report.problems.map((p) => p.seq)).toEqual([1]);
    expect(report.problems[0].reason).toMatch(/genesis/);
  });

  it('names deleted entries, one or several, at the start or in the middle', async () => {
    const entries = chain(20);
    expect((await verifyChain(entries.filter((e) => e.seq !== 7))).problems).toEqual([{ seq: 7, reason: 'entry 7 is missing: it was deleted from the log' }]);
    expect((await verifyChain(entries.filter((e) => e.seq < 3 || e.seq > 5))).problems).toEqual([{ seq: 3, reason: 'entries 3–5 are missing: they were deleted from the log' }]);
    expect((await verifyChain(entries.slice(1))).problems.map((p) => p.seq)).toEqual([1]);
  });

  it('names an entry out of order, and one that appears twice', async () => {
    const entries = chain(20);
    const swapped = [...entries.slice(0, 3), entries[4], entries[3], ...entries.slice(5)];
    const report = await verifyChain(swapped);
    expect(report.problems).toEqual([{ seq: 4, reason: 'entry 4 is out of order: it comes after entry 5' }]);
    const twice = await verifyChain([...entries.slice(0, 6), entries[2], ...entries.slice(6)]);
    expect(twice.problems.map((p) => p.seq)).toEqual([3]);
    expect(twice.problems[0].reason).toMatch(/appears twice/);
  });

  it('lists several problems in the order of their entries', async () => {
    const entries = chain(30).filter((e) => e.seq !== 20);
    entries[4] = { ...entries[4], actor: 'cli:eve' };
    const report = await verifyChain(entries);
    expect(report.entries).toBe(29);
    expect(report.problems.map((p) => p.seq)).toEqual([5, 20]);
  });
});
