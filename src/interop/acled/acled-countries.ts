/** A country as ACLED names it: its ISO 3166-1 numeric code and ACLED's region. */
export type AcledCountry = { code: string; name: string; iso: number; region: string };

const CCA = 'Caucasus and Central Asia';
const ME = 'Middle East';
const EU = 'Europe';

/**
 * The conflict's states, their neighbours and the states the built-in record mentions, with
 * ACLED's spelling of the name (ACLED writes "Turkey", "Czech Republic") and its region
 * (ACLED Codebook 2023, "Region"; Russia is in ACLED's Europe, Afghanistan in South Asia).
 * Other countries fall back to their English name and an empty iso and region.
 */
const TABLE: AcledCountry[] = [
  ['AM', 'Armenia', 51, CCA],
  ['AZ', 'Azerbaijan', 31, CCA],
  ['GE', 'Georgia', 268, CCA],
  ['KZ', 'Kazakhstan', 398, CCA],
  ['KG', 'Kyrgyzstan', 417, CCA],
  ['TJ', 'Tajikistan', 762, CCA],
  ['TM', 'Turkmenistan', 795, CCA],
  ['UZ', 'Uzbekistan', 860, CCA],
  ['RU', 'Russia', 643, EU],
  ['UA', 'Ukraine', 804, EU],
  ['BY', 'Belarus', 112, EU],
  ['MD', 'Moldova', 498, EU],
  ['TR', 'Turkey', 792, ME],
  ['IR', 'Iran', 364, ME],
  ['IQ', 'Iraq', 368, ME],
  ['SY', 'Syria', 760, ME],
  ['LB', 'Lebanon', 422, ME],
  ['IL', 'Israel', 376, ME],
  ['AE', 'United Arab Emirates', 784, ME],
  ['SA', 'Saudi Arabia', 682, ME],
  ['FR', 'France', 250, EU],
  ['DE', 'Germany', 276, EU],
  ['GB', 'United Kingdom', 826, EU],
  ['BE', 'Belgium', 56, EU],
  ['CH', 'Switzerland', 756, EU],
  ['CZ', 'Czech Republic', 203, EU],
  ['AT', 'Austria', 40, EU],
  ['ES', 'Spain', 724, EU],
  ['FI', 'Finland', 246, EU],
  ['RS', 'Serbia', 688, EU],
  ['IT', 'Italy', 380, EU],
  ['NL', 'Netherlands', 528, EU],
  ['PL', 'Poland', 616, EU],
  ['SE', 'Sweden', 752, EU],
  ['GR', 'Greece', 300, EU],
  ['US', 'United States', 840, 'North America'],
  ['CN', 'China', 156, 'East Asia'],
  ['AF', 'Afghanistan', 4, 'South Asia'],
  ['PK', 'Pakistan', 586, 'South Asia'],
  ['IN', 'India', 356, 'South Asia'],
].map(([code, name, iso, region]) => ({ code, name, iso, region }) as AcledCountry);

const BY_CODE = new Map(TABLE.map((c) => [c.code, c]));
const BY_ISO = new Map(TABLE.map((c) => [c.iso, c.code]));
/** Compiled once: an import asks for every actor of every row. */
const NAME_PATTERNS = TABLE.map((c) => [new RegExp(`\\b${c.name}\\b`), c.code] as const);
const englishNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
let byName: Map<string, string> | undefined;

/** Every English region name Intl knows, by lowercase name, behind ACLED's own spellings. */
function namesToCodes(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const a of letters)
    for (const b of letters) {
      const name = englishNames.of(a + b);
      if (name && name !== a + b) byName.set(name.toLowerCase(), a + b);
    }
  for (const c of TABLE) byName.set(c.name.toLowerCase(), c.code);
  return byName;
}

/** A country code (ISO alpha-2) as an ACLED country; unknown codes keep their English name. */
export function acledCountry(code: string): AcledCountry {
  const known = BY_CODE.get(code);
  if (known) return known;
  const name = /^[A-Z]{2}$/.test(code) ? englishNames.of(code) : undefined;
  return { code, name: name ?? code, iso: 0, region: '' };
}

/** The alpha-2 code of an ACLED row's country: by numeric iso first, then by name; `unknown` when neither is known. */
export function countryCodeOf(iso: string, name: string): string {
  const byIso = BY_ISO.get(Number(iso));
  if (iso.trim() && byIso) return byIso;
  return namesToCodes().get(name.trim().toLowerCase()) ?? 'unknown';
}

/** A country named inside an actor's name, as ACLED writes them ("Military Forces of Armenia (2018-)", "Civilians (Azerbaijan)"). */
export function countryInName(actorName: string): string | undefined {
  return NAME_PATTERNS.find(([pattern]) => pattern.test(actorName))?.[1];
}
