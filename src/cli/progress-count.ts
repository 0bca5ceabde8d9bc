import cliProgress from 'cli-progress';

/**
 * A running count on standard error ("Exporting acled: 120,000 incidents · 6,512/s") when it is
 * a terminal; nothing otherwise, so piped output stays clean. For long work whose total is not
 * known beforehand (an export's filtered incidents): cli-progress's line without its bar.
 */
export function progressCount(label: string, unit: string): { update(done: number): void; stop(): void } {
  if (!process.stderr.isTTY) return { update: () => undefined, stop: () => undefined };
  const started = Date.now();
  const line = new cliProgress.SingleBar({ stream: process.stderr, format: `${label}: {done} ${unit} · {rate}/s`, hideCursor: true, clearOnComplete: true });
  line.start(Infinity, 0, { done: '0', rate: '0' });
  const count = (n: number) => n.toLocaleString('en');
  return {
    // Every 250th: the line is redrawn a few times a second, and formatting the figures for every row of a million costs more.
    update: (done) => done % 250 === 0 && line.update(done, { done: count(done), rate: count(Math.round(done / Math.max(0.001, (Date.now() - started) / 1000))) }),
    stop: () => line.stop(),
  };
}
