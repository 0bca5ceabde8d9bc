const MB = 1024 * 1024;

const trim = (n: number) => String(Number(n.toFixed(1)));

/** A byte count as people say it: "20 MB", "512 KB", "300 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${trim(bytes / MB)} MB`;
  if (bytes >= 1024) return `${trim(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** A duration as people say it: "20 s", "1.5 s", "300 ms". */
export function formatDuration(ms: number): string {
  return ms >= 1000 ? `${trim(ms / 1000)} s` : `${ms} ms`;
}
