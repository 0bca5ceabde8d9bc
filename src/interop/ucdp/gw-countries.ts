/** A country as GED names it: its Gleditsch-Ward number (GED's country_id, gwnoa, gwnob) and UCDP region. */
export type GwCountry = { iso: string; gwno: number; name: string; region: GedRegion };

/** UCDP's five regions. */
export type GedRegion = 'Europe' | 'Middle East' | 'Asia' | 'Africa' | 'Americas';

/**
 * UCDP assigns regions by Gleditsch-Ward number (GED codebook, "region"): Americas 2-199,
 * Europe 200-399, Africa 400-626, Middle East 630-699, Asia 700-999. So Armenia (371),
 * Azerbaijan (373), Georgia (372) and Russia (365) are Europe; Turkey (640) and Iran (630)
 * the Middle East.
 */
export function regionOf(gwno: number): GedRegion {
  if (gwno < 200) return 'Americas';
  if (gwno < 400) return 'Europe';
  if (gwno < 630) return 'Africa';
  if (gwno < 700) return 'Middle East';
  return 'Asia';
}

/**
 * ISO 3166-1 codes to GW numbers and GED's country names (GED writes "Russia (Soviet
 * Union)", "Serbia (Yugoslavia)", "United States of America"). Covers the built-in
 * record's countries and their neighbours; a country missing here exports with an empty
 * country_id and its ISO code as the name.
 */
const TABLE: [iso: string, gwno: number, name: string][] = [
  ['US', 2, 'United States of America'],
  ['CA', 20, 'Canada'],
  ['GB', 200, 'United Kingdom'],
  ['NL', 210, 'Netherlands'],
  ['BE', 211, 'Belgium'],
  ['FR', 220, 'France'],
  ['CH', 225, 'Switzerland'],
  ['ES', 230, 'Spain'],
  ['DE', 255, 'Germany'],
  ['PL', 290, 'Poland'],
  ['AT', 305, 'Austria'],
  ['HU', 310, 'Hungary'],
  ['CZ', 316, 'Czech Republic'],
  ['IT', 325, 'Italy'],
  ['RS', 345, 'Serbia (Yugoslavia)'],
  ['GR', 350, 'Greece'],
  ['MD', 359, 'Moldova'],
  ['RO', 360, 'Romania'],
  ['RU', 365, 'Russia (Soviet Union)'],
  ['UA', 369, 'Ukraine'],
  ['BY', 370, 'Belarus'],
  ['AM', 371, 'Armenia'],
  ['GE', 372, 'Georgia'],
  ['AZ', 373, 'Azerbaijan'],
  ['FI', 375, 'Finland'],
  ['SE', 380, 'Sweden'],
  ['IR', 630, 'Iran'],
  ['TR', 640, 'Turkey'],
  ['IQ', 645, 'Iraq'],
  ['SY', 652, 'Syria'],
  ['LB', 660, 'Lebanon'],
  ['IL', 666, 'Israel'],
  ['SA', 670, 'Saudi Arabia'],
  ['AE', 696, 'United Arab Emirates'],
  ['TJ', 702, 'Tajikistan'],
  ['KG', 703, 'Kyrgyzstan'],
  ['UZ', 704, 'Uzbekistan'],
  ['KZ', 705, 'Kazakhstan'],
  ['CN', 710, 'China'],
  ['IN', 750, 'India'],
  ['PK', 770, 'Pakistan'],
  ['TM', 701, 'Turkmenistan'],
  ['AF', 700, 'Afghanistan'],
];

const byIso = new Map<string, GwCountry>(TABLE.map(([iso, gwno, name]) => [iso, { iso, gwno, name, region: regionOf(gwno) }]));
const byName = new Map<string, GwCountry>();
for (const c of byIso.values()) {
  byName.set(c.name.toLowerCase(), c);
  // "Russia (Soviet Union)" also answers to "Russia", as the record's state actor is named.
  byName.set(c.name.replace(/ \(.*\)$/, '').toLowerCase(), c);
}

export function gwCountryOfIso(iso: string): GwCountry | undefined {
  return byIso.get(iso);
}

/** A country by GED's name for it, or the short form without GED's parenthesis. */
export function gwCountryNamed(name: string): GwCountry | undefined {
  return byName.get(name.trim().toLowerCase());
}
