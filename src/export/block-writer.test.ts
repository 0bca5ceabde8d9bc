import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { BlockWriter } from './block-writer.js';

/** A stream that takes a write every few milliseconds, and records what it was given. */
function slowSink(): Writable & { writes: string[] } {
  const writes: string[] = [];
  const sink = new Writable({
    highWaterMark: 16 * 1024,
    write(chunk: Buffer, _encoding, callback) {
      writes.push(chunk.toString());
      setTimeout(callback, 2);
    },
  });
  return Object.assign(sink, { writes });
}

describe('BlockWriter', () => {
  it('writes every row, in order, in a few large writes', async () => {
    const sink = slowSink();
    const w = new BlockWriter(sink);
    const rows = Array.from({ length: 5000 }, (_, n) => `row ${n},${'x'.repeat(n % 90)}\n`);
    for (const row of rows) await w.write(row);
    await w.end();
    expect(sink.writes.join('')).toBe(rows.join(''));
    expect(sink.writes.length).toBeGreaterThan(1);
    expect(sink.writes.length).toBeLessThan(rows.length / 100);
  });

  it('waits for a slow reader rather than gathering the whole export in memory', async () => {
    const sink = slowSink();
    const w = new BlockWriter(sink);
    let most = 0;
    for (let n = 0; n < 20_000; n++) {
      await w.write(`${'y'.repeat(99)}\n`);
      most = Math.max(most, sink.writableLength);
    }
    await w.end();
    // 2 MB written; the stream never held more than one block beyond its own buffer.
    expect(sink.writes.join('').length).toBe(2_000_000);
    expect(most).toBeLessThanOrEqual(16 * 1024 + 64 * 1024 + 100);
  });

  it('fails, rather than waiting for ever, when the stream is closed or fails mid-export', async () => {
    const closed = slowSink();
    const w = new BlockWriter(closed);
    closed.destroy();
    await expect((async () => {
      for (let n = 0; n < 2000; n++) await w.write(`${'z'.repeat(99)}\n`);
    })()).rejects.toThrow(/closed before the export ended/);

    const failing = new Writable({
      highWaterMark: 1024,
      write(_chunk, _encoding, callback) {
        setTimeout(() => callback(new Error('disk full')), 1);
      },
    });
    failing.on('error', () => {});
    const v = new BlockWriter(failing);
    await expect((async () => {
      for (let n = 0; n < 5000; n++) await v.write(`${'z'.repeat(99)}\n`);
      await v.end();
    })()).rejects.toThrow(/disk full|closed before/);
  });
});
