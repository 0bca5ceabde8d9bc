/**
 * Windows-1251 or Windows-1252 for bytes that are not UTF-8. Both put letters at 0xC0–0xFF,
 * but in 1251 those are the whole Cyrillic alphabet, so they come in runs (words), while in
 * 1252 they are the odd accented letter between ASCII ones ("café", "Grüße"). Counting runs
 * rather than letters keeps HTML markup, all ASCII, from outvoting the text.
 */
export function guessSingleByte(bytes: Uint8Array): 'windows-1251' | 'windows-1252' {
  let high = 0;
  let inRun = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] < 0xc0) continue;
    high++;
    if ((i > 0 && bytes[i - 1] >= 0xc0) || (i + 1 < bytes.length && bytes[i + 1] >= 0xc0)) inRun++;
  }
  return high > 0 && inRun >= high * 0.5 ? 'windows-1251' : 'windows-1252';
}
