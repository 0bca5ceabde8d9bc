import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';

/** One change, as written to the append-only audit log. */
export type AuditEntry = {
  /** 1, 2, 3...: the entry's place in the log, with no gaps. */
  seq: number;
  /** When it was written, ISO 8601 in UTC. */
  at: string;
  /** Who did it: `usr_...` for a person through the API, `cli:LOGIN` from the command line, `pipeline:...` for a run. */
  actor: string;
  /** What was done, as `kind.verb`: `user.add`, `token.revoke`, `incident.accept`... */
  action: string;
  /** What kind of thing changed: `user`, `token`, `incident`, `claim`... */
  target_kind: string;
  target_id: string;
  /** The thing before the change (null when it is new); never secrets or their hashes. */
  before: unknown | null;
  /** The thing after the change (null when it is gone). */
  after: unknown | null;
  /** The previous entry's hash (GENESIS_HASH for the first), which chains the entries. */
  prev_hash: string;
  /** entryHash(prev_hash, the fields above). */
  hash: string;
};

/** What a caller says about a change; the log adds seq, time and hashes. */
export type AuditInput = Pick<AuditEntry, 'actor' | 'action' | 'target_kind' | 'target_id' | 'before' | 'after'>;

/** The prev_hash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * sha256 (hex) of the previous hash, a newline, and the canonical JSON of the entry's fields:
 * changing any field, or the entry before it, changes the hash.
 */
export function entryHash(prev_hash: string, fields: Omit<AuditEntry, 'prev_hash' | 'hash'>): string {
  const { seq, at, actor, action, target_kind, target_id, before, after } = fields;
  const body = canonicalJson({ seq, at, actor, action, target_kind, target_id, before: before ?? null, after: after ?? null });
  return createHash('sha256').update(`${prev_hash}\n${body}`, 'utf8').digest('hex');
}

/** What verifyChain found: ok when there are no problems. */
export type ChainReport = { ok: boolean; entries: number; problems: { seq: number; reason: string }[] };

/**
 * Checks an audit log read oldest first, one entry at a time (a million entries need not fit
 * in memory). Finds entries changed after they were written, broken links, deleted entries
 * (a gap in seq) and entries out of order. Entries deleted from the end leave no trace in the
 * log itself: compare the newest hash with one noted earlier to catch that.
 */
export async function verifyChain(entries: Iterable<AuditEntry> | AsyncIterable<AuditEntry>): Promise<ChainReport> {
  const problems: ChainReport['problems'] = [];
  // Seqs skipped so far, as [from, to] ranges: deleted, unless they turn up later (out of order).
  let gaps: [number, number][] = [];
  let previous: AuditEntry | undefined;
  let highest = 0;
  let count = 0;
  for await (const entry of entries) {
    count++;
    const { seq } = entry;
    if (entryHash(entry.prev_hash, entry) !== entry.hash) {
      problems.push({ seq, reason: `entry ${seq} was changed after it was written: its hash does not match its contents` });
    }
    if (seq > highest) {
      if (seq > highest + 1) gaps.push([highest + 1, seq - 1]);
      highest = seq;
    } else {
      const gap = gaps.find(([from, to]) => from <= seq && seq <= to);
      if (gap) {
        const rest: [number, number][] = [[gap[0], seq - 1], [seq + 1, gap[1]]];
        gaps = gaps.flatMap((g) => (g === gap ? rest.filter(([from, to]) => from <= to) : [g]));
        problems.push({ seq, reason: `entry ${seq} is out of order: it comes after entry ${previous!.seq}` });
      } else {
        problems.push({ seq, reason: `entry ${seq} appears twice: another entry with that number comes before it` });
      }
    }
    // A link can be checked only between neighbours read one after the other.
    const expected = !previous && seq === 1 ? GENESIS_HASH : previous && seq === previous.seq + 1 ? previous.hash : undefined;
    if (expected !== undefined && entry.prev_hash !== expected) {
      problems.push({
        seq,
        reason: seq === 1
          ? 'entry 1 does not start the chain: its link to the start is not the genesis hash'
          : `entry ${seq} does not follow entry ${seq - 1}: its link to the previous entry is broken (an entry up to ${seq - 1} was changed or replaced)`,
      });
    }
    previous = entry;
  }
  for (const [from, to] of gaps) {
    problems.push({ seq: from, reason: from === to ? `entry ${from} is missing: it was deleted from the log` : `entries ${from}–${to} are missing: they were deleted from the log` });
  }
  problems.sort((a, b) => a.seq - b.seq);
  return { ok: problems.length === 0, entries: count, problems };
}
