import type { BenchNames, PartyNames } from './extract-names.js';

// Synthetic news reports for the extraction benchmark, written from templates in our own
// words and filled with real names from the built-in record. Seeded, so every run reads
// the same corpus.

export type Rng = () => number;

/** mulberry32: a small, fast seeded generator in [0, 1). */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

class Writer {
  constructor(
    readonly rng: Rng,
    readonly names: BenchNames,
  ) {}
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.rng() * items.length)];
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.rng() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.rng() < p;
  }
  number(n: number): string {
    return n < WORDS.length && this.chance(0.6) ? WORDS[n] : String(n);
  }
}

function dayPhrase(w: Writer, day: Date, published: Date): string {
  const d = day.getUTCDate();
  const month = MONTHS[day.getUTCMonth()];
  const back = Math.round((published.getTime() - day.getTime()) / 86_400_000);
  const forms = [`on ${d} ${month}`, `on ${month} ${d}`, `on ${month} ${d}, ${day.getUTCFullYear()}`, `early on ${month} ${d}`, `late on ${d} ${month}`];
  if (back === 1) forms.push('yesterday', 'late yesterday', `on ${WEEKDAYS[day.getUTCDay()]} night`);
  if (back > 1 && back < 7) forms.push(`on ${WEEKDAYS[day.getUTCDay()]}`, `last ${WEEKDAYS[day.getUTCDay()]}`);
  return w.pick(forms);
}

function placePhrase(w: Writer, party: PartyNames): string {
  const p = w.pick(party.places);
  const within = p.parent && w.chance(0.5) ? ` in ${p.parent}` : '';
  if (p.village) return w.pick([`near the village of ${p.name}${within}`, `in ${p.name}${within}`, `on the outskirts of ${p.name}`, `close to ${p.name}`]);
  return w.pick([`in the ${p.name}`, `in ${p.name}`, `along the border in ${p.name}`]);
}

function source(w: Writer, party: PartyNames): string {
  const official = party.officials.length ? w.pick(party.officials) : undefined;
  const forms = [
    `${party.state}'s defence ministry said`,
    `the ${w.pick(party.ministries)} said in a statement`,
    `a spokesperson for the ${w.pick(party.ministries)} told reporters`,
    `according to the ${w.pick(party.ministries)}`,
    `officials in ${party.state} said`,
  ];
  if (official) forms.push(`${official.title} ${official.name} said`, `according to ${official.name}`);
  return w.pick(forms);
}

function casualties(w: Writer, victims: PartyNames): string {
  const who = w.pick(['soldiers', 'servicemen', 'civilians', 'border guards', 'people', 'troops']);
  const n = w.int(2, 40);
  const m = n + w.int(1, 15);
  return w.pick([
    `${w.number(n)} ${victims.adjective} ${who} were killed`,
    `at least ${w.number(n)} ${victims.adjective} ${who} were killed and ${w.number(m)} others were wounded`,
    `up to ${n} ${who} died, most of them ${victims.adjective}`,
    `more than ${n} ${victims.adjective} ${who} were injured`,
    `between ${n} and ${m} ${victims.adjective} ${who} were wounded`,
    `${w.number(n)} ${victims.adjective} ${who} lost their lives and ${w.number(w.int(0, 9))} were hurt`,
    `one ${victims.adjective} soldier was reportedly wounded`,
    `dozens of ${who} were hurt, some of them seriously`,
    `no one was hurt, though several homes were damaged`,
    `about ${n} ${who} were reported missing`,
  ]);
}

const capital = (s: string) => s[0].toUpperCase() + s.slice(1);

function incidentParagraph(w: Writer, day: Date, published: Date): string {
  const [a, b] = w.chance(0.5) ? w.names.parties : [w.names.parties[1], w.names.parties[0]];
  const when = dayPhrase(w, day, published);
  const where = placePhrase(w, a);
  const hurt = casualties(w, a);
  const said = source(w, a);
  const lead = w.pick([
    `${b.adjective} forces shelled positions ${where} ${when}, and ${hurt}, ${said}.`,
    `${capital(hurt)} ${where} ${when} when a drone struck a military truck, ${said}.`,
    `Troops of the two countries exchanged fire ${where} ${when}; ${hurt}, ${said}.`,
    `A landmine went off ${where} ${when}. ${capital(hurt)}, ${said}.`,
    said.startsWith('according to')
      ? `${capital(said)}, ${b.adjective} units opened fire with mortars ${where} ${when} and ${hurt}.`
      : `${capital(said)} that ${b.adjective} units opened fire with mortars ${where} ${when} and that ${hurt}.`,
  ]);
  const denial = w.pick([
    `The ${w.pick(b.ministries)} rejected the account, saying its units had only answered fire from the other side.`,
    `${b.state} denied that its troops had fired first and blamed ${a.adjective} units for the escalation.`,
    `Officials in ${b.state} called the accusation groundless and said the situation on the border was under control.`,
    `There was no immediate comment from ${b.state}.`,
    `${b.state}'s defence ministry said it had suffered no losses and accused the other side of staging a provocation.`,
  ]);
  return `${lead} ${denial}`;
}

function diplomacyParagraph(w: Writer, day: Date, published: Date): string {
  const [am, az] = w.names.parties;
  const venue = w.pick(w.names.venues);
  const when = dayPhrase(w, day, published);
  return w.pick([
    `The foreign ministers of ${am.state} and ${az.state} met in ${venue} ${when} and agreed to keep working on a draft peace treaty, ${w.pick(w.names.outlets)} reported.`,
    `${w.pick(w.names.outsiders)} called on both sides to show restraint and return to talks, in a statement issued ${when}.`,
    `Several hundred people rallied in ${venue} ${when} to demand that the talks be made public; police said the protest passed off peacefully.`,
    `Delegations from the two countries held a round of talks on border delimitation in ${venue} ${when}, according to a joint statement.`,
  ]);
}

const BACKGROUND = [
  'The two neighbours fought a six-week war over Nagorno-Karabakh in 2020 that ended with a Russian-brokered truce.',
  'A ceasefire reached in May 1994 ended the first war over the region but was broken many times in the decades that followed.',
  'Azerbaijan took full control of Karabakh after a one-day offensive in September 2023, and almost the entire Armenian population of the region left.',
  'The border between the two countries has never been formally delimited, and the line runs through hills, villages and farmland.',
  'Talks mediated by the European Union, the United States and Russia have produced several drafts of a peace treaty but no signature.',
  'In April 2016 four days of heavy fighting along the line of contact killed scores of soldiers on both sides.',
];

const FILLER = [
  'Analysts say both governments face pressure at home not to be seen making concessions, which makes every incident on the border harder to contain.',
  'The region has seen a steady build-up of fortifications over the past year, with new trenches, observation posts and roads visible on satellite images.',
  'Diplomats in the region say a deal on transport links could unlock trade worth billions of dollars, but the sequencing of steps remains disputed.',
  'The incident came days before a scheduled round of talks, and observers warned it could be used by opponents of a settlement on either side.',
  'Human rights groups have urged both governments to investigate allegations of abuse and to give independent monitors access to the area.',
  'Independent verification of the claims was not possible, because journalists are not allowed near the front line without an official escort.',
  'Both sides regularly publish video footage said to show strikes on enemy positions, but the origin of such material is often hard to confirm.',
  'A monitoring mission deployed on the Armenian side of the border patrols the area daily and publishes short summaries of what it observes.',
  'Economists expect growth in both countries to slow this year, citing lower commodity prices and weaker remittances from workers abroad.',
  'Opposition politicians accused the government of hiding the true scale of the losses and demanded a closed session of parliament.',
  'Mobile phone coverage in the area was patchy for most of the day, which made it hard for relatives to reach people living near the line.',
  'A senior diplomat who asked not to be named said the mediators had prepared a new text but that neither side was ready to sign it yet.',
];

/** A filler sentence with names and numbers in it, so no two reports read alike. */
function fillerSentence(w: Writer): string {
  const party = w.pick(w.names.parties);
  const place = w.pick(party.places).name;
  const n = w.int(2, 90);
  return w.pick([
    () => `Residents of ${place} said they had spent ${w.number(w.int(2, 9))} nights in basements and that many families had sent their children to relatives further away.`,
    () => `The local administration in ${place} said ${n} houses, a school and a power substation needed repairs, and that crews had started work.`,
    () => `Bread and fuel prices in ${place} have risen by about ${w.int(5, 40)} percent since the spring, shopkeepers said, as suppliers avoid the road.`,
    () => `${w.pick(w.names.outsiders)} has offered to send observers, an offer ${party.state} said it would study.`,
    () => `A farmer in ${place} said he had lost ${n} sheep to stray fire this year and no longer grazes his flock near the ridge.`,
    () => `The ${w.pick(party.ministries)} published a map showing ${n} positions it said had been fortified by the other side since January.`,
    () => `${w.pick(w.names.outlets)} could not independently confirm the figures given by either side.`,
    () => `Talks between the two foreign ministers in ${w.pick(w.names.venues)} last month ended without a date for the next round.`,
    () => w.pick(FILLER),
  ])();
}

const BOILERPLATE = [
  'Reporting by staff correspondents; editing by the news desk.',
  'Share this article. Related coverage is listed below.',
  'Comments are reviewed by a moderator before they appear. Please keep the discussion civil and on topic.',
  'Subscribe to our newsletter for a weekly summary of news from the South Caucasus.',
];

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** One synthetic report of about `target` characters, and the day it is dated. */
export function syntheticReport(w: Writer, target = 5000): { text: string; published: string } {
  const published = new Date(Date.UTC(w.int(2016, 2024), w.int(0, 11), w.int(1, 28)));
  const daysBack = () => new Date(published.getTime() - w.int(0, 6) * 86_400_000);
  const [a] = w.names.parties;
  const dateline = `${w.pick([w.pick(a.places).name, ...w.names.venues]).toUpperCase()}, ${MONTHS[published.getUTCMonth()]} ${published.getUTCDate()} (${w.pick(w.names.outlets)}) -`;
  const headline = w.pick(['Deadly shooting reported on the border', 'Tensions flare again along the frontier', 'New clash tests fragile truce', 'Two sides trade blame after overnight fire', 'Talks resume amid fresh border incident']);
  const parts = [headline, '', `${dateline} ${incidentParagraph(w, daysBack(), published)}`];
  let length = parts.join('\n').length;
  const add = (p: string) => {
    parts.push('', p);
    length += p.length + 2;
  };
  add(w.pick(BACKGROUND));
  if (w.chance(0.6)) add(diplomacyParagraph(w, daysBack(), published));
  const background = new Set([parts[4]]);
  while (length < target - 400) {
    const kind = w.rng();
    if (kind < 0.15) add(incidentParagraph(w, daysBack(), published));
    else if (kind < 0.25 && background.size < BACKGROUND.length) {
      const fresh = BACKGROUND.filter((b) => !background.has(b));
      const pick = w.pick(fresh);
      background.add(pick);
      add(pick);
    } else add([fillerSentence(w), fillerSentence(w), fillerSentence(w)].slice(0, w.int(1, 3)).join(' '));
  }
  add(w.pick(BOILERPLATE));
  return { text: parts.join('\n'), published: isoDay(published) };
}

/**
 * A corpus of reports totalling at least `bytes` (UTF-8), each about 5 KB.
 * @example syntheticCorpus(benchNames(loadRecordDir()), 50e6)
 */
export function syntheticCorpus(names: BenchNames, bytes: number, seed = 20240225): { text: string; published: string }[] {
  const w = new Writer(seededRng(seed), names);
  const docs: { text: string; published: string }[] = [];
  for (let total = 0; total < bytes; ) {
    const doc = syntheticReport(w, w.int(4500, 5500));
    docs.push(doc);
    total += Buffer.byteLength(doc.text);
  }
  return docs;
}
