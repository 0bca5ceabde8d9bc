/** How much of a text may be control characters before we call it binary. */
const MAX_CONTROL_SHARE = 0.05;

/**
 * Why decoded text is really binary data, or undefined if it reads as text.
 * NUL never occurs in text; other control characters (tab, line breaks and form feed aside)
 * are rare, so more than 5% of them means we decoded something that is not text.
 */
export function binaryReason(text: string): string | undefined {
  const sample = text.slice(0, 8192);
  const nul = sample.indexOf('\u0000');
  if (nul >= 0) return `has a NUL character at position ${nul}`;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || (c >= 0x7f && c <= 0x9f)) control++;
  }
  const share = sample.length ? control / sample.length : 0;
  return share > MAX_CONTROL_SHARE ? `is ${Math.round(share * 100)}% control characters` : undefined;
}
