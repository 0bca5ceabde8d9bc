/** The charset parameter of a Content-Type header, e.g. 'text/html; charset=UTF-8' → 'utf-8'. */
export function charsetFromContentType(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? '');
  return match ? match[1].toLowerCase() : undefined;
}

/**
 * The charset an HTML or XML document declares for itself in its first 2 KB:
 * `<meta charset>`, `<meta http-equiv="Content-Type" content="…; charset=…">`
 * or `<?xml … encoding="…"?>`. Browsers look no further than 1 KB; 2 KB allows for long heads.
 */
export function charsetFromMarkup(bytes: Uint8Array): string | undefined {
  // latin1 keeps every byte as one character, and the markers are ASCII in any encoding we read.
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const meta = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (meta) return meta[1].toLowerCase();
  const xml = /^\s*<\?xml\b[^>]*?encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return xml ? xml[1].toLowerCase() : undefined;
}
