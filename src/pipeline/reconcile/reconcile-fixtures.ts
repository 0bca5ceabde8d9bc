// Hand-built reports for the tests of this folder: invented accounts at real places (ids as
// plain strings, coordinates rounded).
import type { CasualtyFigure, Claim } from '../../domain/index.js';
import type { Report, ReportPlace } from './report.js';

export const PLACES = {
  am: { place_id: 'am', precision: 'country', country: 'AM', parent_ids: [] },
  az: { place_id: 'az', precision: 'country', country: 'AZ', parent_ids: [] },
  tavush: { place_id: 'tavush', precision: 'province', country: 'AM', lat: 40.9, lon: 45.15, parent_ids: ['am'] },
  tovuz: { place_id: 'tovuz', precision: 'district', country: 'AZ', lat: 40.99, lon: 45.63, parent_ids: ['az'] },
  agdamTovuz: { place_id: 'agdam-tovuz', precision: 'exact', country: 'AZ', lat: 40.97, lon: 45.56, parent_ids: ['tovuz', 'az'] },
  nakhchivan: { place_id: 'nakhchivan', precision: 'province', country: 'AZ', lat: 39.2, lon: 45.41, parent_ids: ['az'] },
  sadarak: { place_id: 'sadarak', precision: 'exact', country: 'AZ', lat: 39.71, lon: 44.88, parent_ids: ['nakhchivan', 'az'] },
  goris: { place_id: 'goris', precision: 'exact', country: 'AM', lat: 39.51, lon: 46.34, parent_ids: ['syunik', 'am'] },
  syunik: { place_id: 'syunik', precision: 'province', country: 'AM', lat: 39.5, lon: 46.2, parent_ids: ['am'] },
  movses: { place_id: 'movses', precision: 'exact', country: 'AM', lat: 40.92, lon: 45.47, parent_ids: ['tavush', 'am'] },
  chinari: { place_id: 'chinari', precision: 'exact', country: 'AM', lat: 40.93, lon: 45.32, parent_ids: ['tavush', 'am'] },
  kapan: { place_id: 'kapan', precision: 'exact', country: 'AM', lat: 39.21, lon: 46.41, parent_ids: ['syunik', 'am'] },
} satisfies Record<string, ReportPlace>;

export const SIDES: Record<string, string> = { 'am-mod': 'AM', 'am-army': 'AM', 'az-mod': 'AZ', 'az-army': 'AZ', reuters: 'third', 'ap': 'third', eurasianet: 'third', osce: 'third' };
export const sideOf = (id: string) => SIDES[id] ?? 'unknown';

export const BATTLE = { event_type: 'Battles', sub_event_type: 'Armed clash' };
export const SHELLING = { event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack' };
export const STATEMENT = { event_type: 'Strategic developments', sub_event_type: 'Statement or demand' };

export function killed(side: string, count: number, hedge: CasualtyFigure['hedge'] = 'exact'): CasualtyFigure {
  const open = hedge === 'at_least' ? { low: count } : hedge === 'up_to' ? { high: count } : { low: count, high: count };
  return { outcome: 'killed', group: 'military', side, hedge, count, ...open };
}

export function claimBy(claimant: string, document: string, n: number, extra: Partial<Claim> = {}): Claim {
  return {
    id: `${document}/c${n}`,
    kind: 'event',
    stance: 'reports',
    claimant_id: claimant,
    document_id: document,
    statement: 'reported',
    hedges: [],
    blames: [],
    casualties: [],
    status: 'unreviewed',
    ...extra,
  };
}

/** A report by `source` in document `doc` (report id `${doc}-1`), dated one day unless said otherwise. */
export function report(doc: string, source: string, day: string, places: ReportPlace[], extra: Partial<Report> = {}): Report {
  return {
    id: `${doc}-1`,
    document_id: doc,
    source_id: source,
    date: { start: day, end: day, precision: 'day' },
    places,
    type: BATTLE,
    actor_ids: [],
    claims: [claimBy(source, doc, 1)],
    ...extra,
  };
}

/** Deterministic shuffle (a seeded LCG), so a failing order can be replayed. */
export function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * The July 2020 border clashes, as both ministries and two outlets might have told them:
 * fighting on the 12th, 13th and 14th, each ministry blaming the other, figures that differ,
 * and one outlet dating the 12th's fighting a day early.
 */
export function julyClashes(): Report[] {
  const day = (d: number) => `2020-07-${String(d).padStart(2, '0')}`;
  const out: Report[] = [];
  for (const d of [12, 13, 14]) {
    const am = `am-mod-${d}`;
    const az = `az-mod-${d}`;
    const rt = `reuters-${d}`;
    out.push(
      report(am, 'am-mod', day(d), [PLACES.tavush], {
        actor_ids: ['am-army', 'az-army'],
        claims: [
          claimBy('am-mod', am, 1, { kind: 'responsibility', stance: 'accuses', blames: ['az-army'] }),
          claimBy('am-mod', am, 2, { kind: 'casualties', casualties: [killed('AZ', 10 + d, 'at_least')] }),
        ],
      }),
      report(az, 'az-mod', day(d), [PLACES.tovuz], {
        type: SHELLING,
        actor_ids: ['az-army', 'am-army'],
        claims: [
          claimBy('az-mod', az, 1, { kind: 'responsibility', stance: 'accuses', blames: ['am-army'] }),
          claimBy('az-mod', az, 2, { kind: 'casualties', casualties: [killed('AZ', d - 10)] }),
        ],
      }),
      report(rt, 'reuters', day(d), [PLACES.tovuz, PLACES.az], {
        claims: [claimBy('reuters', rt, 1, { kind: 'casualties', casualties: [killed('AZ', d - 9)] })],
      }),
    );
  }
  out.push(report('eurasianet-13', 'eurasianet', day(13), [PLACES.agdamTovuz], { claims: [claimBy('az-mod', 'eurasianet-13', 1, { kind: 'casualties', casualties: [killed('AZ', 4)] })] }));
  out.push(report('eurasianet-12', 'eurasianet', day(11), [PLACES.tovuz], { title: 'Fighting on the border, dated a day early' }));
  return out;
}

/** A report whose document states `count` Armenian soldiers killed. */
export function withDead(doc: string, source: string, date: string, places: Report['places'], count: number, extra: Partial<Report> = {}): Report {
  return report(doc, source, date, places, { claims: [claimBy(source, doc, 1, { kind: 'casualties', casualties: [killed('AM', count)] })], ...extra });
}

/** Two clashes in Syunik on one day: Goris (3 dead, two sources) and Kapan (8 dead, three sources). */
export function twoClashesInSyunik(day = '2021-05-12'): Report[] {
  return [
    withDead('am-mod-goris', 'am-mod', day, [PLACES.goris], 3),
    withDead('armenpress-goris', 'armenpress', day, [PLACES.goris], 3),
    withDead('am-mod-kapan', 'am-mod', day, [PLACES.kapan], 8),
    withDead('armenpress-kapan', 'armenpress', day, [PLACES.kapan], 8),
    withDead('azatutyun-kapan', 'azatutyun', day, [PLACES.kapan], 7),
  ];
}
