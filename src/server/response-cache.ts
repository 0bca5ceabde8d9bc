import { createHash } from 'node:crypto';

// Kept encoded: a list page is a hundred kilobytes, and encoding it again for each answer costs more than the lookup.
type Entry = { version: string; body: Uint8Array; etag: string };

/**
 * Answers to public reads, kept while the store's data version holds: between two writes
 * the same URL gives the same bytes, and a dashboard asks the same few questions over and
 * over. Least recently used entries go first once the cache holds `maxBytes`.
 */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(private readonly maxBytes = 64 * 1024 * 1024) {}

  get(key: string, version: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.version !== version) {
      this.bytes -= entry.body.length;
      return undefined;
    }
    this.entries.set(key, entry); // most recently used last
    return entry;
  }

  set(key: string, version: string, text: string): Entry {
    const body = Buffer.from(text);
    const entry = { version, body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
    if (body.length > this.maxBytes / 8) return entry; // a huge answer would push out everything else
    const old = this.entries.get(key);
    if (old) this.bytes -= old.body.length;
    this.entries.set(key, entry);
    this.bytes += body.length;
    for (const [k, e] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= e.body.length;
    }
    return entry;
  }
}
