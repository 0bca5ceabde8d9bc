import type { GoldFigure } from './gold-types.js';

// The review behind eval/gold/reference-articles.json: for every record incident that cites
// one of the four reference articles, whether the article itself reports it with a date it
// states, and where the article says something other than the record. make-gold.ts fails
// when the record gains or loses such an incident, so the review has to be redone then.
//
// Rules applied throughout:
// - A date counts as stated when the article gives a day, a month or a year, or an exact
//   offset from a date it gives ("a day after ... August 4, 2020", "a month later").
//   Decades ("the early 1990s", "since the mid-1990s"), "recently", "after X" and "in the
//   wake of X" do not.
// - A decade alone is no date: entries the article dates only by decade are dropped.
// - Where the record merges several documents and this article says less (only the
//   year, say), the gold takes the article's words.
// - Places are the places the article gives for where it happened; states that are only
//   parties, and places only spoken about, are left out. Empty means the article names none.
// - Claimant sides leave out the author's own account: only claimants the article cites.
// - A vague figure ("hundreds", "several", "a handful") is no gold figure.

/** A record incident the article reports, with what the article says where it differs from the record. */
export type Keep = {
  keep: true;
  /** The date in the record's notation (`2017-11`, `2020`, `2020-07-12..2020-07-15`), when the article's differs. */
  date?: string;
  places?: string[];
  casualties?: GoldFigure[];
  claimant_sides?: string[];
  /** Why the article's account differs from the record's; required with any override. */
  why?: string;
};
/** A record incident left out of the gold, with the reason. */
export type Drop = { drop: string };
export type Verdict = Keep | Drop;

export type DocumentReview = {
  document_id: string;
  file: string;
  published: string;
  /** Actor ids that stand for the article's own account (author, publisher). */
  authors: string[];
  verdicts: Record<string, Verdict>;
};

const DECADE = 'dated only by decade';
const keep: Keep = { keep: true };

export const REVIEW: DocumentReview[] = [
  {
    document_id: 'journal-2020-road-to-war',
    file: '000_6586b884702da28b.txt',
    published: '2020-11-01',
    authors: ['journal-analysis-author'],
    verdicts: {
      '1988-1989-outbreak-of-karabakh-conflict': { drop: `${DECADE} ("the end of the 1980s")` },
      '1992-1994-first-karabakh-war': { keep: true, places: ['nagorno-karabakh'], why: 'the article names the region it says was occupied; Azerbaijan is a party' },
      'minsk-conference-1992': { keep: true, places: [], why: 'the article does not say where the conference documents were adopted' },
      'minsk-group-chair-statement-1992-09-15': keep,
      'unsc-resolutions-822-853-874-884-1993': { keep: true, places: [], why: 'the article does not say where the resolutions were adopted' },
      '1994-1996-osce-minsk-group-takes-over-mediation': { drop: `${DECADE} ("since the mid-1990s")` },
      'bishkek-ceasefire-1994': keep,
      'madrid-principles-2007': { keep: true, date: '2017-11', why: 'the article dates the Madrid Principles to November 2017 (they were presented in 2007)' },
      '2016-04-02-four-day-war': { keep: true, date: '2016-04', places: [], why: 'the article says only "in April 2016" and names no place' },
      '2018-velvet-revolution': { keep: true, date: '2018', places: ['armenia'], why: 'the article says "in 2018" and "mid-2018", in Armenia' },
      '2018-reported-secret-leader-contacts': { drop: 'dated only as "during this time"; the record takes the months from the hotline and January 2019 agreements' },
      'military-hotline-2018': { keep: true, places: [], why: '"late 2018"; the article does not say where it was agreed' },
      '2019-annual-casualties-decline': { keep: true, places: [], casualties: [], why: 'the article names no place and gives no number ("a handful")' },
      'prepare-populations-for-peace-2019': { keep: true, places: [], why: 'the article does not say where it was agreed' },
      '2019-03-armenia-seeks-karabakh-seat-at-talks': keep,
      '2019-03-tonoyan-new-war-for-new-territories': keep,
      '2019-03-vienna-pashinyan-aliyev': { drop: 'dated only as the meeting right before Tonoyan\'s speech; the article gives the meeting no date of its own' },
      'vienna-joint-statement-2019': { drop: 'the joint statement of that Vienna meeting, which the article gives no date of its own' },
      '2019-08-05-karabakh-is-armenia': { keep: true, date: '2019-08', why: 'the article says "in August 2019", not the day' },
      '2020-04-no-document-on-the-table': { keep: true, places: [], why: 'the article does not say where the denial was made' },
      '2020-05-shusha-inauguration': keep,
      '2020-07-armenian-volunteer-militia': { drop: 'dated only as in the aftermath of the Tovuz clashes' },
      '2020-07-csto-emergency-session-postponed': { drop: 'the phone call and the announcement are given no date' },
      '2020-07-06-aliyev-peace-process-meaningless': { keep: true, places: [], why: 'the article does not say where Aliyev spoke' },
      '2020-07-12-tovuz-tavush-clashes': { keep: true, places: ['tovuz-district', 'tavush-province'], why: 'the article names the Tovuz and Tavush regions' },
      '2020-07-russian-arms-shipments-to-armenia': { drop: 'the journal dates the shipments only as after the Tovuz fighting; the dates come from the ISP paper' },
      '2020-08-05-harutyunyan-offers-to-settle-lebanese-armenians': { keep: true, places: [], why: 'the article does not say where he spoke' },
      '2020-08-25-harutyunyan-housing-pledge': { keep: true, places: [], why: 'the article does not say where the meeting was' },
      '2020-09-19-aliyev-warns-of-new-war': { keep: true, places: [], why: 'the line of contact is what Aliyev speaks about, not where he spoke' },
      '2020-09-27-azerbaijan-retakes-jabrayil-hadrut-sugovushan': keep,
      '2020-09-27-mobilisation': { keep: true, places: [], why: 'the two states are the parties; the article names no place' },
      '2020-09-27-second-karabakh-war-begins': {
        keep: true,
        places: ['line-of-contact'],
        claimant_sides: [],
        why: 'the article places the attack along the line of contact; it tells the account in its own voice and names the defence ministry only as the one that launched the counter-offensive, not as a source it cites (the record gives the ministry the account from its press releases)',
      },
      '2020-09-27-war-casualties-to-14-october': { keep: true, places: [], why: 'the figures are given for the war as a whole, with no place' },
      '2020-09-armenian-su-25-shootdown-claim': { drop: 'dated only as "from the outset of hostilities"' },
      '2020-10-09-moscow-foreign-ministers-talks': { keep: true, date: '2020-10-09', why: 'the article dates the meeting to 9 October' },
      'moscow-humanitarian-truce-2020-10-10': keep,
      '2020-10-11-ganja-missile-strike': keep,
      '2020-10-17-ganja-missile-strike': keep,
      '2020-10-29-geneva-protest-supporting-azerbaijan': keep,
    },
  },
  {
    document_id: 'isp-2020-07-clashes',
    file: '001_43ebc1d18dd28a00.txt',
    published: '2020-08-15',
    authors: ['isp-paper-author'],
    verdicts: {
      '1990s-russian-base-and-joint-air-defence-in-armenia': { drop: `${DECADE} ("in the 1990s")` },
      '1992-1994-first-karabakh-war': { drop: `${DECADE} ("the war of the early 1990s")` },
      'unsc-resolutions-822-853-874-884-1993': { keep: true, places: [], why: 'the article does not say where the resolutions were adopted' },
      '1994-1996-osce-minsk-group-takes-over-mediation': { drop: `${DECADE} ("established in the early 1990s")` },
      'bishkek-ceasefire-1994': { keep: true, places: [], why: 'the article does not name Bishkek' },
      'azerbaijan-turkey-strategic-partnership-2010': keep,
      '2016-04-02-four-day-war': { keep: true, places: [], casualties: [], why: 'the article names no place, and gives the dead only as "hundreds"' },
      '2017-annual-military-deaths': { keep: true, places: [], why: 'the article names no place' },
      '2018-velvet-revolution': { keep: true, date: '2018', places: ['armenia'], why: 'the article says "mid-2018" and "2018", in Armenia' },
      'military-hotline-2018': { keep: true, places: [], why: '"late 2018"; the article does not say where it was agreed' },
      '2019-annual-casualties-decline': {
        keep: true,
        places: [],
        casualties: [{ outcome: 'killed', side: 'unknown', value: 8 }],
        why: 'the article gives the dead of 2019 as 8 in all, one of them a civilian, and names no place',
      },
      'prepare-populations-for-peace-2019': { keep: true, places: [], why: 'the article does not say where it was agreed' },
      '2019-03-armenia-seeks-karabakh-seat-at-talks': { drop: 'the ISP paper gives the attempt no date; March 2019 comes from the journal' },
      '2019-karabakh-is-azerbaijan-valdai': keep,
      '2019-08-05-karabakh-is-armenia': { keep: true, places: [], why: 'the ISP paper does not say where Pashinyan spoke' },
      '2020-04-no-document-on-the-table': { keep: true, places: [], why: 'the article does not say where the minister spoke' },
      '2020-05-armenia-buys-serbian-ammunition': { keep: true, places: [], why: 'Serbia and Armenia are the parties to a purchase, not where it happened' },
      '2020-07-pandemic-and-economic-strain': { keep: true, places: [], why: 'the two states are the subjects of the figures, not places of an event' },
      '2020-07-armenia-seven-requirements': { drop: 'the article gives the requirements no date' },
      '2020-07-azerbaijan-calls-extended-minsk-group-meeting': { drop: 'the article gives the call no date' },
      '2020-07-csto-emergency-session-postponed': { drop: 'the article gives the request and the postponement no date' },
      '2020-07-diaspora-confrontations': { drop: 'dated only as caused by the July clashes' },
      '2020-07-international-calls-for-restraint': { drop: 'dated only as following the outbreak of the fighting' },
      '2020-07-metsamor-threat-dispute': { drop: 'the article gives the threat and the denial no date' },
      '2020-07-serbian-weapons-dispute': { drop: 'the article gives the statements no date' },
      '2020-07-turkey-backs-azerbaijan': { drop: 'dated only as immediately after the start of the escalation' },
      '2020-07-06-aliyev-peace-process-meaningless': { keep: true, places: [], why: 'the article does not say where Aliyev spoke' },
      '2020-07-12-tovuz-tavush-clashes': { keep: true, places: ['tovuz-district', 'tavush-province'], why: 'the article names the Tovuz and Tavush regions' },
      '2020-07-drone-shootdown-claims': { drop: 'dated only as in the wake of the July clashes' },
      '2020-07-13-nakhchivan-border-fighting': { keep: true, places: ['nakhchivan-ar'], why: 'the article names the Nakhchivan exclave' },
      '2020-07-17-russian-snap-combat-readiness-check': keep,
      '2020-07-russian-arms-shipments-to-armenia': { keep: true, places: [], why: 'Russia and Armenia are the ends of a transfer, not where it happened' },
      '2020-07-23-armenia-russia-air-defence-exercise': { keep: true, places: [], why: 'the article does not say where the exercise was held' },
      '2020-07-29-azerbaijan-turkey-joint-exercises': { keep: true, places: [], why: 'the article does not say where the exercises were held' },
      '2020-08-06-azerbaijan-downs-third-armenian-drone': { keep: true, places: [], why: 'the article does not say where the drone came down' },
    },
  },
  {
    document_id: 'tatikyan-2024-11-obstruction',
    file: '002_4e4d8b7c50d3a502.txt',
    published: '2024-11-15',
    authors: ['sossi-tatikyan'],
    verdicts: {
      '1920-league-of-nations-rejects-azerbaijan': { keep: true, places: [], why: 'Azerbaijan is the applicant, not a place' },
      '1989-armenia-karabakh-unification-act': keep,
      '1992-1994-first-karabakh-war': { drop: 'the article names the first Karabakh war without a date' },
      '2020-09-27-second-karabakh-war-begins': { keep: true, date: '2020', places: ['nagorno-karabakh'], why: 'the article says only "in 2020" and "the 2020 Karabakh war"' },
      'az-rejects-international-presence-and-karabakh-self-rule': { drop: 'dated only as after the 2020 ceasefire' },
      '2020-11-09-azerbaijan-victory': { drop: 'the victory is named only as the outcome of the 2020 war (kept as the war entry); its day follows only from an anniversary' },
      'trilateral-statement-2020-11-10': { keep: true, date: '2020', places: [], why: 'the article says only "the 2020 ceasefire", with no place' },
      '2021-2023-azerbaijan-holds-armenian-border-territory': { keep: true, places: ['armenia'], why: 'the article speaks of Armenia\'s sovereign territory and border villages' },
      'az-ru-demand-extraterritorial-zangezur-corridor': { drop: 'the article gives the demand no date' },
      'armenia-azerbaijan-peace-agreement': { drop: 'the agreement is not concluded and the article gives it no date; its October 2024 discussions are the meetings' },
      'az-demands-recognition-of-karabakh-as-azerbaijan': { drop: 'the article gives the demand no date' },
      'azerbaijan-russia-allied-interaction-declaration-2022': keep,
      'azerbaijan-five-principles-proposal-2022': { drop: 'the article does not mention the proposal or its date; the record cites it for the recognition pressure' },
      '2022-09-azerbaijani-offensive-inside-armenia': { drop: 'the article does not date this offensive; it speaks of offensives in 2021-2023 (kept as the border-territory entry)' },
      '2022-11-azerbaijan-gazprom-gas-deal': keep,
      '2022-12-2023-09-blockade-of-nagorno-karabakh': { drop: 'the article gives the blockade a length (nine months) but no date' },
      '2023-2024-western-azerbaijan-narrative': { drop: 'the article gives the narrative no date' },
      'az-demands-armenian-constitution-change': { drop: 'the article gives the demand no date' },
      'az-demands-eu-mission-withdrawal': { drop: 'the article gives the demand no date' },
      'az-demands-restrictions-on-armenian-army': { drop: 'the article gives the demand no date' },
      'az-demands-withdrawal-of-cerd-case': { drop: 'the article gives the demand no date' },
      '2023-02-eu-mission-in-armenia-deployed': { drop: 'the article names the mission\'s establishment without a date' },
      '2023-09-2023-10-exodus-of-karabakh-armenians': { drop: 'dated only as the week after the offensive, which the article does not date' },
      '2023-09-azerbaijani-offensive-in-nagorno-karabakh': { drop: 'the article does not date the offensive' },
      '2023-09-karabakh-fuel-depot-explosion': { drop: 'dated only as during the crisis, which the article does not date' },
      '2023-10-2024-11-azerbaijani-actions-in-emptied-karabakh': { drop: 'the article gives these actions no date' },
      '2024-01-2024-11-aliyev-territorial-claims-on-armenia': { keep: true, places: [], why: '"since January 2024"; Yerevan is what is claimed, not where' },
      '2024-eu-peace-facility-assistance-to-armenia': { drop: 'the article gives the measure no date' },
      'border-delimitation-commission-regulations-2024': { drop: 'dated only as following the October meetings' },
      '2024-10-18-istanbul-mirzoyan-bayramov': keep,
      '2024-10-24-kazan-pashinyan-aliyev': keep,
      '2024-11-aliyev-calls-us-criticism-disgusting': { drop: 'dated only as "recently"' },
      '2024-11-09-aliyev-victory-day-speech': { keep: true, places: [], why: 'the article does not say where Aliyev spoke' },
      '2024-11-09-azerbaijan-victory-anniversary': keep,
      '2024-11-12-aliyev-cop29-opening-speech': { keep: true, places: [], why: 'the article does not name Baku' },
    },
  },
  {
    document_id: 'gv-2024-02-flare-up',
    file: '004_506153bd0130fac1.txt',
    published: '2024-02-25',
    authors: ['global-voices'],
    verdicts: {
      '1992-1994-first-karabakh-war': { drop: `${DECADE} ("a war fought in the early 1990s"); its 1994 end is the ceasefire entry` },
      'bishkek-ceasefire-1994': { keep: true, date: '1994', places: [], why: 'the article says only "in 1994" and does not name Bishkek' },
      '2020-09-27-second-karabakh-war-begins': { keep: true, date: '2020', places: ['nagorno-karabakh'], why: 'the article says only "the second Karabakh war in 2020"' },
      '2020-11-09-azerbaijan-victory': { drop: 'the article names the 2020 outcome only through the war (kept as the war entry), with no date of its own' },
      'trilateral-statement-2020-11-10': { drop: 'the article does not mention the statement; it dates the peace process from the 2020 war' },
      '2021-2023-michel-mediated-leader-meetings': {
        keep: true,
        date: '2021..2024',
        why: 'the article says "since 2021, the EU has taken on" the role, with no end: as with "since January 2024" elsewhere, that runs to publication (the record\'s 2023 end comes from other sources)',
      },
      '2021-aliyev-zangezur-corridor-statement': { keep: true, places: [], why: 'the article does not say where Aliyev spoke; the corridor is what he speaks about' },
      'az-ru-demand-extraterritorial-zangezur-corridor': { drop: 'the article\'s only dated fact on it is Aliyev\'s 2021 statement, kept as its own entry' },
      'armenia-azerbaijan-peace-agreement': { drop: 'the agreement is not concluded and the article gives it no date' },
      'az-demands-recognition-of-karabakh-as-azerbaijan': { drop: 'the article\'s only dated fact on it is the May 2022 proposal, kept as its own entry' },
      'azerbaijan-five-principles-proposal-2022': keep,
      '2022-09-azerbaijani-offensive-inside-armenia': { keep: true, places: ['armenia'], why: 'the article says "inside Armenia"' },
      '2022-09-15-russia-mediated-ceasefire': keep,
      '2022-10-eu-monitoring-capacity-deployed': keep,
      '2022-10-prague-pashinyan-aliyev': keep,
      '2022-12-armenia-requests-eu-mission': { keep: true, places: [], why: 'the border is where Armenia wants the mission, not where the request was made' },
      'am-seeks-international-presence-for-peace-deal': { drop: 'the article gives the demand no date' },
      '2023-02-2024-02-lavrov-questions-eu-mission': { drop: 'the article gives Lavrov\'s news conference no date' },
      '2023-02-2024-02-western-azerbaijan-community-accuses-eu-mission': { drop: 'dated only as "created recently"' },
      '2023-02-eu-mission-in-armenia-deployed': { keep: true, places: ['armenia'], why: 'the article names the mission in Armenia, not the border' },
      'eu-mission-in-armenia-mandate-2023': { drop: 'the same deployment as 2023-02-eu-mission-in-armenia-deployed, told in the same sentence' },
      '2023-09-2023-10-exodus-of-karabakh-armenians': { drop: 'dated only as following the September 2023 offensive' },
      '2023-09-azerbaijani-offensive-in-nagorno-karabakh': keep,
      '2023-12-eu-mission-in-armenia-expands': { keep: true, places: [], why: 'the sentence names no place' },
      '2024-01-border-delimitation-talks': keep,
      '2024-01-10-nagai-house-of-lords': { keep: true, places: ['united-kingdom'], why: 'the article says a House of Lords session in the UK, not London' },
      '2024-02-07-azerbaijan-snap-presidential-election': { keep: true, places: [], why: 'the sentence names no place' },
      '2024-02-12-azerbaijani-serviceman-wounded': { keep: true, places: [], why: 'the article does not say where the soldier was wounded' },
      '2024-02-13-nerkin-hand-armenian-servicemen-killed': { keep: true, places: ['nerkin-hand'], why: 'Nerkin Hand lies in Syunik, so the village alone says both' },
      '2024-02-14-aliyev-inauguration-drop-from-international-agenda': { keep: true, places: [], why: 'the article does not say where Aliyev took the oath' },
      '2024-02-14-azerbaijan-mfa-accuses-eu-over-mercenaries': { drop: 'the article dates Borrell\'s statement, not the ministry\'s reply to it' },
      '2024-02-14-borrell-urges-restraint': keep,
    },
  },
];
