import cliProgress from 'cli-progress';
import type { IngestProgress } from '../pipeline/ingest/run-ingest.js';

/**
 * A progress bar on standard error (count, rate, time left) when it is a terminal; nothing
 * otherwise, so piped output stays clean. Failures are printed above the bar as they happen.
 */
export function progressBar(label: string): IngestProgress & { stop(): void } {
  const tty = Boolean(process.stderr.isTTY);
  const started = Date.now();
  const bar = tty
    ? new cliProgress.SingleBar(
        {
          stream: process.stderr,
          format: `${label} [{bar}] {value}/{total} documents · {rate}/s · {eta_formatted} left`,
          etaBuffer: 50,
          hideCursor: true,
          clearOnComplete: true,
        },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
  let running = false;
  return {
    onTotal(total) {
      if (!bar) return;
      if (!running) bar.start(total, 0, { rate: '0.0' });
      else bar.setTotal(total);
      running = true;
    },
    onItem(outcome, done) {
      if (outcome.status === 'failed') {
        process.stderr.write(`${bar ? '\r\x1b[K' : ''}failed: ${outcome.error}\n`);
      }
      bar?.update(done, { rate: (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1) });
    },
    stop() {
      if (running) bar?.stop();
      running = false;
    },
  };
}
