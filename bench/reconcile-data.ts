import type { CasualtyFigure, Claim } from '../src/domain/index.js';
import type { Report, ReportPlace } from '../src/pipeline/reconcile/index.js';
import { seededRng } from './extract-corpus.js';

// Synthetic reports for bench:reconcile, with the true grouping known. Each "theatre" is a
// conflict area of its own (two parties, 4 provinces, 12 districts, 60 villages about 20-45 km
// apart) over three years; theatres lie far apart, so the data grows by adding theatres and
// keeps the same density at every size. Per incident: several reports by both ministries, an
// observer and outlets, with differing figures (each claimant's own count, which documents
// quoting it repeat) and types, near-duplicate copies on other
// sites, a few dated a day off, some located only by district, province or country, a few
// statements; plus coarse background reports ("the clashes of 2021 in the province").

export type BenchData = { reports: Report[]; truth: Int32Array; claims: number; incidents: number; facts?: IncidentFact[] };

/** What really happened in one generated incident (kept only when asked: bench/reconcile-diagnose.ts). */
export type IncidentFact = { theatre: number; day: number; place?: ReportPlace; type: string; killed: number; victims: string; reports: number; background: boolean; stated?: Map<string, number> };

const DAYS = 3 * 365;
const EPOCH = Date.UTC(2020, 0, 1);
// The data are generated compactly: a string or array that many reports carry alike (a date,
// a publisher, the pair of armies, a village with its district, an empty list) is one shared,
// frozen value rather than a copy per report. The reports say exactly what they said before.
const interned = new Map<string, unknown>();
function shared<T>(key: string, make: () => T): T {
  let value = interned.get(key) as T | undefined;
  if (value === undefined) interned.set(key, (value = make()));
  return value;
}
const name = (s: string) => shared(s, () => s);
const list = <T>(key: string, items: T[]): T[] => shared(`[]${key}`, () => Object.freeze(items) as T[]);
const NONE = Object.freeze([]) as never[];
const iso = (day: number) => name(new Date(EPOCH + day * 86_400_000).toISOString().slice(0, 10));

type Theatre = { t: number; parties: [string, string]; provinces: ReportPlace[]; districts: ReportPlace[]; villages: ReportPlace[]; countries: ReportPlace[] };

function theatre(t: number): Theatre {
  const lat0 = 30 + (t % 8) * 3.5;
  const lon0 = -10 + Math.floor(t / 8) * 4.5;
  const parties: [string, string] = [`A${t}`, `B${t}`];
  const countries = parties.map((c) => ({ place_id: `t${t}-${c.toLowerCase()}`, precision: 'country' as const, country: c, parent_ids: [] }));
  const provinces: ReportPlace[] = [];
  const districts: ReportPlace[] = [];
  const villages: ReportPlace[] = [];
  for (let py = 0; py < 2; py++)
    for (let px = 0; px < 2; px++) {
      const country = countries[px];
      const province: ReportPlace = { place_id: `t${t}-p${py}${px}`, precision: 'province', country: country.country, lat: lat0 + 0.625 + py * 1.25, lon: lon0 + 0.875 + px * 1.75, parent_ids: [country.place_id] };
      provinces.push(province);
      for (let d = 0; d < 3; d++) {
        const dLat = lat0 + py * 1.25 + (d + 0.5) * (1.25 / 3);
        const district: ReportPlace = { place_id: `${province.place_id}-d${d}`, precision: 'district', country: country.country, lat: dLat, lon: lon0 + 0.875 + px * 1.75, parent_ids: [province.place_id, country.place_id] };
        districts.push(district);
        for (let v = 0; v < 5; v++)
          villages.push({ place_id: `${district.place_id}-v${v}`, precision: 'exact', country: country.country, lat: dLat, lon: lon0 + px * 1.75 + (v + 0.5) * 0.35, parent_ids: [district.place_id, province.place_id, country.place_id] });
      }
    }
  return { t, parties, provinces, districts, villages, countries };
}

const BATTLE = { event_type: 'Battles', sub_event_type: 'Armed clash' };
const SHELLING = { event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack' };
const STATEMENT = { event_type: 'Strategic developments', sub_event_type: 'Statement or demand' };

/**
 * Reports carrying at least `targetClaims` claims in all (the last report may carry a few more).
 * Options: `facts` keeps what really happened in each incident (for the oracle of
 * bench/reconcile-diagnose.ts); `freshCounts` draws every document's count afresh, as the
 * generator did before counts were claimants' statements (the same reports as then), for comparison.
 */
export function benchReports(targetClaims: number, seed = 1, opts: { facts?: boolean; freshCounts?: boolean } = {}): BenchData {
  const facts: IncidentFact[] | undefined = opts.facts ? [] : undefined;
  const random = seededRng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const reports: Report[] = [];
  const truth: number[] = [];
  let claims = 0;
  let incident = 0;
  let doc = 0;
  const theatres = Math.max(1, Math.round(targetClaims / 25_000));

  const claimsFor = (docId: string, source: string, t: Theatre, blamed: string, killedCount: number, side: string): Claim[] => {
    const out: Claim[] = [];
    const n = 1 + Math.floor(random() * 4);
    for (let k = 0; k < n; k++) {
      const id = `${docId}/c${k + 1}`;
      const base = { id, stance: 'reports' as const, claimant_id: source, document_id: docId, statement: 'reported', hedges: NONE, blames: NONE as string[], casualties: NONE as CasualtyFigure[], status: 'unreviewed' as const };
      if (k === 1) out.push({ ...base, kind: 'casualties', casualties: [{ outcome: 'killed', group: 'military', side, hedge: 'exact', count: killedCount, low: killedCount, high: killedCount }] });
      else if (k === 2) out.push({ ...base, kind: 'responsibility', stance: 'accuses', blames: list(blamed, [blamed]) });
      else out.push({ ...base, kind: 'event' });
    }
    void t;
    return out;
  };

  const emit = (r: Report, trueIncident: number) => {
    reports.push(r);
    truth.push(trueIncident);
    if (facts && !r.copy_of) facts[trueIncident].reports++;
    claims += r.claims.length;
  };

  const copyOf = (r: Report, site: string): Report => {
    const docId = `d${++doc}`;
    return {
      ...r,
      id: `${docId}-1`,
      document_id: docId,
      source_id: site,
      copy_of: r.document_id,
      original_source_id: random() < 0.5 ? r.source_id : undefined,
      claims: r.claims.map((c, k) => ({ ...c, id: `${docId}/c${k + 1}`, document_id: docId })),
    };
  };

  const used = new Set<string>();
  const world = Array.from({ length: theatres }, (_, t) => theatre(t));
  // Background first, a few per theatre: one province, one year, 1-3 reports.
  for (const t of world)
    for (let year = 0; year < 3; year++)
      for (const province of t.provinces) {
        const id = incident++;
        facts?.push({ theatre: t.t, day: year * 365, place: province, type: BATTLE.event_type, killed: 10, victims: t.parties[0], reports: 0, background: true });
        const n = 1 + Math.floor(random() * 3);
        for (let k = 0; k < n; k++) {
          const docId = `d${++doc}`;
          const source = name(`media-${Math.floor(random() * 40)}`);
          emit(
            {
              id: `${docId}-1`,
              document_id: docId,
              source_id: source,
              date: { start: `${2020 + year}-01-01`, end: `${2020 + year}-12-31`, precision: 'year' },
              places: list(province.place_id, [province]),
              type: BATTLE,
              actor_ids: list(`${t.parties[0].toLowerCase()}-army`, [name(`${t.parties[0].toLowerCase()}-army`)]),
              claims: claimsFor(docId, source, t, name(`${t.parties[1].toLowerCase()}-army`), 10, t.parties[0]),
            },
            id,
          );
        }
      }

  while (claims < targetClaims) {
    const t = world[Math.floor(random() * world.length)];
    const id = incident++;
    // Two occurrences at one village within two days of each other could not be told apart by anyone.
    let day = 0;
    let village = t.villages[0];
    for (let tries = 0; tries < 20; tries++) {
      day = Math.floor(random() * DAYS);
      village = pick(t.villages);
      if (![-2, -1, 0, 1, 2].some((d) => used.has(`${village.place_id}@${day + d}`))) break;
    }
    used.add(`${village.place_id}@${day}`);
    const district = t.districts.find((d) => d.place_id === village.parent_ids[0])!;
    const province = t.provinces.find((p) => p.place_id === village.parent_ids[1])!;
    const country = t.countries.find((c) => c.country === village.country)!;
    const type = random() < 0.7 ? BATTLE : SHELLING;
    const trueKilled = Math.floor(random() * 8);
    const victims = pick(t.parties);
    const [a, b] = t.parties.map((p) => p.toLowerCase());
    const stated = new Map<string, number>();
    facts?.push({ theatre: t.t, day, place: village, type: type.event_type, killed: trueKilled, victims, reports: 0, background: false, stated });
    const sources = [`${a}-mod`, `${b}-mod`, `observer-${t.t}`, ...Array.from({ length: 6 }, () => `media-${Math.floor(random() * 40)}`)].map(name);
    const n = 2 + Math.floor(random() * random() * 9);
    for (let k = 0; k < n && claims < targetClaims; k++) {
      const docId = `d${++doc}`;
      const source = k < 2 ? sources[k] : pick(sources);
      const roll = random();
      const date: Report['date'] =
        roll < 0.92
          ? { start: iso(day), end: iso(day), precision: 'day' }
          : roll < 0.96
            ? ((d: string) => ({ start: d, end: d, precision: 'day' as const }))(iso(day + (random() < 0.5 ? -1 : 1)))
            : roll < 0.98
              ? { start: iso(day - Math.floor(random() * 2)), end: iso(day + 1 + Math.floor(random() * 2)), precision: 'days' }
              : { start: name(iso(day).slice(0, 8) + '01'), end: name(iso(day).slice(0, 8) + String(new Date(Date.UTC(Number(iso(day).slice(0, 4)), Number(iso(day).slice(5, 7)), 0)).getUTCDate()).padStart(2, '0')), precision: 'month' };
      if (date.end < date.start) date.end = date.start;
      const where = random();
      const places =
        where < 0.55
          ? list(village.place_id, [village, district])
          : where < 0.75
            ? list(district.place_id, [district])
            : where < 0.9
              ? list(province.place_id, [province])
              : where < 0.96
                ? list(country.place_id, [country])
                : NONE;
      const kind = random();
      const reportType = kind < 0.8 ? type : kind < 0.95 ? (type === BATTLE ? SHELLING : BATTLE) : STATEMENT;
      const fresh = opts.freshCounts ? Math.max(0, trueKilled + Math.floor(random() * 5) - 2) : undefined;
      const speaking = source.endsWith('-mod') ? source : random() < 0.5 ? name(`${a}-mod`) : source;
      // A count is a claimant's statement: every document quoting that claimant on this
      // incident gives it, a few a risen toll; claimants differ from each other (truth +-2).
      let figure = fresh ?? stated.get(speaking);
      if (figure === undefined) stated.set(speaking, (figure = Math.max(0, trueKilled + Math.floor(random() * 5) - 2)));
      else if (fresh === undefined && random() < 0.1) figure += 1 + Math.floor(random() * 2);
      const r: Report = {
        id: `${docId}-1`,
        document_id: docId,
        source_id: source,
        date,
        places: reportType === STATEMENT && places.length === 0 ? list(district.place_id, [district]) : places,
        type: reportType,
        actor_ids: list(`${a}|${b}`, [name(`${a}-army`), name(`${b}-army`)]),
        claims: claimsFor(docId, speaking, t, name(speaking.startsWith(a) ? `${b}-army` : `${a}-army`), figure, victims),
      };
      emit(r, id);
      if (random() < 0.25) {
        const copies = 1 + Math.floor(random() * 3);
        for (let c = 0; c < copies && claims < targetClaims; c++) emit(copyOf(r, name(`site-${Math.floor(random() * 200)}`)), id);
      }
    }
  }
  return { reports, truth: Int32Array.from(truth), claims, incidents: incident, facts };
}
