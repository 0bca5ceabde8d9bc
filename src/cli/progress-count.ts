/**
 * A running count on standard error ("Exporting: 120,000 incidents · 6,512/s") when it is a
 * terminal, redrawn at most five times a second; nothing otherwise, so piped output stays
 * clean. For long work whose total is not known beforehand (an export's filtered incidents).
 */
export function progressCount(label: string, unit: string): { update(done: number): void; stop(): void } {
  const tty = Boolean(process.stderr.isTTY);
  const started = Date.now();
  let drawn = 0;
  let shown = false;
  return {
    update(done) {
      const now = Date.now();
      if (!tty || now - drawn < 200) return;
      drawn = now;
      shown = true;
      const rate = Math.round(done / Math.max(0.001, (now - started) / 1000));
      process.stderr.write(`\r\x1b[K${label}: ${done.toLocaleString('en')} ${unit} · ${rate.toLocaleString('en')}/s`);
    },
    stop() {
      if (shown) process.stderr.write('\r\x1b[K');
      shown = false;
    },
  };
}
