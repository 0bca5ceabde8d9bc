import { describe, expect, it } from 'vitest';
import { findCasualties } from './casualties.js';

// Two invented countries prove no side is built in; the real pair checks the usual words.
const INVENTED = new Map(
  Object.entries({ ruritanian: 'RT', ruritanians: 'RT', ruritania: 'RT', vandorian: 'VD', vandorians: 'VD', vandoria: 'VD' }),
);
const REAL = new Map(
  Object.entries({ armenian: 'AM', armenians: 'AM', armenia: 'AM', azerbaijani: 'AZ', azerbaijanis: 'AZ', azerbaijan: 'AZ', azeri: 'AZ' }),
);

/** Each figure as "outcome group side hedge count", with a range, combined outcomes and vagueness when present. */
function figures(sentence: string, sides: ReadonlyMap<string, string> = INVENTED): string[] {
  return findCasualties(sentence, sides).map((f) =>
    [
      f.outcome,
      f.group,
      f.side,
      f.hedge,
      f.max !== undefined ? `${f.min}-${f.max}` : f.count,
      f.outcomes.length > 1 ? `[${f.outcomes.join('+')}]` : '',
      f.vague ? 'vague' : '',
    ]
      .filter((x) => x !== '')
      .join(' '),
  );
}

describe('outcomes', () => {
  it.each([
    ['Nine soldiers were killed at the checkpoint.', 'killed military unknown exact 9'],
    ['The barrage killed nine soldiers.', 'killed military unknown exact 9'],
    ['Eleven villagers died when the shell hit.', 'killed civilian unknown exact 11'],
    ['By evening there were 30 dead.', 'killed unknown unknown exact 30'],
    ['The ministry reported 9 fatalities.', 'killed unknown unknown exact 9'],
    ['Officials put the death toll at 17.', 'killed unknown unknown exact 17'],
    ['The death toll rose to 41 overnight.', 'killed unknown unknown exact 41'],
    ['Six conscripts lost their lives in the blast.', 'killed military unknown exact 6'],
    ['Eight residents perished in the fire.', 'killed civilian unknown exact 8'],
    ['The missile claimed the lives of 12 people.', 'killed unknown unknown exact 12'],
    ['Killing at least ten civilians, the strike drew condemnation.', 'killed civilian unknown at_least 10'],
    ['Fourteen residents were injured by debris.', 'wounded civilian unknown exact 14'],
    ['Three border guards were hurt.', 'wounded military unknown exact 3'],
    ['The mine wounded 7 officers.', 'wounded military unknown exact 7'],
    ['Five soldiers went missing after the assault.', 'missing military unknown exact 5'],
    ['Three sailors remain unaccounted for.', 'missing military unknown exact 3'],
    ['Two soldiers were captured near the pass.', 'captured military unknown exact 2'],
    ['Two conscripts were taken prisoner.', 'captured military unknown exact 2'],
    ['The sides swapped 15 POWs.', 'captured military unknown exact 15'],
    ['Some 40 prisoners of war remain in custody.', 'captured military unknown about 40'],
    ['Around 5,000 residents fled the valley.', 'displaced civilian unknown about 5000'],
    ['More than a million people were forced from their homes.', 'displaced unknown unknown more_than 1000000'],
    ['The camp now holds 3,000 refugees.', 'displaced unknown unknown exact 3000'],
    ['Some 300 villagers were evacuated.', 'displaced civilian unknown about 300'],
    ['The fighting uprooted 2.5 million people.', 'displaced unknown unknown exact 2500000'],
  ])('%s', (sentence, expected) => {
    expect(figures(sentence)).toEqual([expected]);
  });

  it('counts a single person named with "a" or "one"', () => {
    expect(figures('A soldier was killed by a sniper.')).toEqual(['killed military unknown exact 1']);
    expect(figures('One villager was wounded.')).toEqual(['wounded civilian unknown exact 1']);
  });

  it('reads past an aside between the people and the verb', () => {
    expect(figures('Nine soldiers, the ministry said, died in the blast.')).toEqual(['killed military unknown exact 9']);
    expect(figures('Thirty residents, mostly elderly women, were evacuated.')).toEqual(['displaced civilian unknown exact 30']);
  });

  it('reads whose dead a "number of" toll counts', () => {
    expect(figures('The number of Azerbaijani servicemen killed since Sunday had risen to four.', REAL)).toEqual(['killed military AZ exact 4']);
    expect(figures('The number of dead rose to 12.')).toEqual(['killed unknown unknown exact 12']);
  });

  it('reads "more" or "other" before a partitive as part of the count', () => {
    expect(figures('Four more of its soldiers had been killed, the Vandorian ministry said.')).toEqual(['killed military unknown exact 4']);
    expect(figures('Two more of the wounded died in hospital.')).toEqual(['killed unknown unknown exact 2']);
    expect(figures('Three more of the villages were shelled.')).toEqual([]);
  });

  it('tells the killed from the killers', () => {
    expect(figures('Two Ruritanian snipers killed three Vandorian farmers.')).toEqual(['killed civilian VD exact 3']);
  });
});

describe('groups', () => {
  it.each([
    ['12 servicemen were killed.', 'military'],
    ['12 troops were killed.', 'military'],
    ['12 service personnel were killed.', 'military'],
    ['12 officers were killed.', 'military'],
    ['12 fighters were killed.', 'military'],
    ['A major general was killed.', 'military'],
    ['12 children were killed.', 'civilian'],
    ['12 women were killed.', 'civilian'],
    ['12 people were killed.', 'unknown'],
    ['12 civilian people were killed.', 'civilian'],
  ])('%s -> %s', (sentence, group) => {
    expect(findCasualties(sentence, INVENTED).map((f) => f.group)).toEqual([group]);
  });

  it('takes a man of pensionable age or a child for a civilian, and leaves other ages open', () => {
    expect(figures('An 81-year-old man was killed in his garden.')).toEqual(['killed civilian unknown exact 1']);
    expect(figures('A 9-year-old boy was injured.')).toEqual(['wounded civilian unknown exact 1']);
    expect(figures('A 30-year-old man was killed.')).toEqual(['killed unknown unknown exact 1']);
  });

  it('reads one count over two kinds of people as an unknown group', () => {
    expect(figures('The raid caused the deaths of several officers and villagers.')).toEqual(['killed unknown unknown at_least 3 vague']);
  });
});

describe('sides', () => {
  it('reads a nationality or country next to the people', () => {
    expect(figures('Nine Ruritanian servicemen were killed.')).toEqual(['killed military RT exact 9']);
    expect(figures('A 70-year-old Vandorian civilian was hurt.')).toEqual(['wounded civilian VD exact 1']);
    expect(figures('Four soldiers of the Vandorian army were wounded.')).toEqual(['wounded military VD exact 4']);
    expect(figures('Two members of the Ruritanian armed forces died.')).toEqual(['killed military RT exact 2']);
    expect(figures('Some 2,000 Upland Vandorians fled.')).toEqual(['displaced unknown VD about 2000']);
  });

  it('reads the country that lost them', () => {
    expect(figures('Vandoria has lost at least 43 civilians.')).toEqual(['killed civilian VD at_least 43']);
    expect(figures('The Ruritanian side has lost more than 600 servicemen, while Vandoria has lost 90 soldiers.')).toEqual([
      'killed military RT more_than 600',
      'killed military VD exact 90',
    ]);
  });

  it('leaves the side open for both sides together, or when nothing says', () => {
    expect(figures('Up to 30 soldiers on both sides were killed.')).toEqual(['killed military unknown up_to 30']);
    expect(figures('Dozens of fighters on each side were wounded.')).toEqual(['wounded military unknown at_least 24 vague']);
    expect(figures('Ten soldiers from both sides died.')).toEqual(['killed military unknown exact 10']);
    expect(figures('Ten soldiers died.')).toEqual(['killed military unknown exact 10']);
  });

  it('takes only a capitalised word for a people or country', () => {
    const withUs = new Map([...INVENTED, ['us', 'US']]);
    expect(figures('Two of us were wounded.', withUs)).toEqual(['wounded unknown unknown exact 2']);
  });

  it('uses only the words it is given', () => {
    expect(figures('Nine Armenian servicemen were killed.', REAL)).toEqual(['killed military AM exact 9']);
    expect(figures('Nine Armenian servicemen were killed.', INVENTED)).toEqual(['killed military unknown exact 9']);
    expect(figures('Azerbaijan has lost 20 civilians.', REAL)).toEqual(['killed civilian AZ exact 20']);
  });

  it('keeps a figure that one side attributes to the other', () => {
    expect(figures('Vandoria claimed that 30 Ruritanian soldiers were killed.')).toEqual(['killed military RT exact 30']);
  });
});

describe('bounds', () => {
  it.each([
    ['at least 5', 'at_least'],
    ['no fewer than 5', 'at_least'],
    ['more than 5', 'more_than'],
    ['over 5', 'more_than'],
    ['upwards of 5', 'more_than'],
    ['up to 5', 'up_to'],
    ['as many as 5', 'up_to'],
    ['at most 5', 'up_to'],
    ['no more than 5', 'up_to'],
    ['nearly 5', 'fewer_than'],
    ['almost 5', 'fewer_than'],
    ['fewer than 5', 'fewer_than'],
    ['less than 5', 'fewer_than'],
    ['under 5', 'fewer_than'],
    ['about 5', 'about'],
    ['around 5', 'about'],
    ['approximately 5', 'about'],
    ['some 5', 'about'],
    ['roughly 5', 'about'],
    ['an estimated 5', 'about'],
    ['5 or more', 'at_least'],
  ])('"%s soldiers were killed" is %s', (words, hedge) => {
    expect(findCasualties(`Officials said ${words} soldiers were killed.`, INVENTED).map((f) => [f.hedge, f.count])).toEqual([[hedge, 5]]);
  });

  it.each(['between 10 and 15', '10 to 15', '10-15', '10–15'])('reads "%s" as a range', (words) => {
    expect(figures(`Shelling killed ${words} civilians.`)).toEqual(['killed civilian unknown between 10-15']);
  });

  it.each([
    ['Several', 3],
    ['A few', 2],
    ['Dozens of', 24],
    ['Scores of', 40],
    ['Hundreds of', 200],
    ['Thousands of', 2000],
  ])('reads "%s" as a vague floor of %d', (words, count) => {
    expect(figures(`${words} villagers were displaced.`)).toEqual([`displaced civilian unknown at_least ${count} vague`]);
  });

  it('counts "hundreds of lives" as the dead', () => {
    expect(figures('The war cost hundreds of lives on both sides.')).toEqual(['killed unknown unknown at_least 200 vague']);
    expect(figures('The new clinic will improve hundreds of lives.')).toEqual([]);
  });
});

describe('combined and separate figures', () => {
  it('keeps outcomes stated together as one figure', () => {
    expect(figures('Seven soldiers were killed or missing.')).toEqual(['killed military unknown exact 7 [killed+missing]']);
    expect(figures('Seven soldiers were killed and wounded.')).toEqual(['killed military unknown exact 7 [killed+wounded]']);
    expect(figures('The assault caused 75 casualties.')).toEqual(['killed unknown unknown exact 75 [killed+wounded]']);
  });

  it('keeps separate figures separate, and lets "others" and a bare count take the people before', () => {
    expect(figures('Nine villagers were killed and more than 30 others injured.')).toEqual([
      'killed civilian unknown exact 9',
      'wounded civilian unknown more_than 30',
    ]);
    expect(figures('At least three Ruritanian soldiers died and one was wounded.')).toEqual([
      'killed military RT at_least 3',
      'wounded military RT exact 1',
    ]);
  });

  it('reads casualties beside a separate injured figure as the dead', () => {
    expect(figures('The shelling caused over three hundred casualties and five hundred injured.')).toEqual([
      'killed unknown unknown more_than 300',
      'wounded unknown unknown exact 500',
    ]);
  });

  it('gives a count sharing a verb with its neighbour the same outcome', () => {
    expect(figures('The blast killed up to 15 soldiers on both sides and an 80-year-old Vandorian farmer.')).toEqual([
      'killed military unknown up_to 15',
      'killed civilian VD exact 1',
    ]);
    expect(figures('The strike killed a farmer and his three children.')).toEqual(['killed civilian unknown exact 1', 'killed civilian unknown exact 3']);
    expect(figures('Four Ruritanian and two Vandorian soldiers were killed.')).toEqual([
      'killed military RT exact 4',
      'killed military VD exact 2',
    ]);
  });

  it('adds nothing for a subset', () => {
    expect(figures('Eleven civilians were killed, including three children.')).toEqual(['killed civilian unknown exact 11']);
    expect(figures('Twenty soldiers, including 2 officers, were wounded.')).toEqual(['wounded military unknown exact 20']);
    expect(figures('Five villagers, two of them children, were injured.')).toEqual(['wounded civilian unknown exact 5']);
  });
});

describe('numbers that are not casualty figures', () => {
  it.each([
    'A 45-year-old farmer told reporters nobody was hurt.',
    'The driver, 52, was not hurt.',
    'About 90,000 troops took part in the drills, and none were injured.',
    'The 12th round of talks on the wounded ended.',
    'Support fell to 12.8% after the deaths.',
    'In 2021 the killings stopped.',
    'Article 4 covers the treatment of the wounded.',
    'One of the sides reported casualties.',
    'Seven aircraft were lost.',
    '13 drones were downed near the dead zone.',
    'Five principles were discussed, including the return of the missing.',
    '100-150 displaced families were invited to the ceremony.',
    'The ceasefire was signed by 3 ministers.',
  ])('%s', (sentence) => {
    expect(figures(sentence)).toEqual([]);
  });

  it('finds nothing in a sentence without a casualty word', () => {
    expect(findCasualties('Twelve ministers met for 3 hours and signed 2 protocols.', INVENTED)).toEqual([]);
  });
});

describe('spans', () => {
  it('gives offsets into the sentence and the words of the figure', () => {
    const sentence = 'On Monday, the shelling killed at least four Ruritanian soldiers near the bridge.';
    const [f] = findCasualties(sentence, INVENTED);
    expect(f.text).toBe('killed at least four Ruritanian soldiers');
    expect(sentence.slice(f.start, f.end)).toBe(f.text);
  });
});
