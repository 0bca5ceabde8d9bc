import type { DateRange, FigureHedge, Group, Outcome } from '../../domain/index.js';

// The pieces extraction passes between its stages. Offsets are character offsets (UTF-16
// code units, as JavaScript strings index) into the text the stage was given; extract.ts
// maps them back to the document's original text for the evidence spans it prints.

/** Where a value was found: offsets into a text, and the words themselves. */
export type Span = { start: number; end: number; text: string };

/** Text after clean-up, with the way back to the original for every character. */
export type CleanText = {
  text: string;
  /** offsets[i] is the original offset of cleaned character i; offsets[text.length] is the original length. */
  offsets: Int32Array;
  /** Stretches of the original left out, and why ("caption", "pull quote", "boilerplate", "header"). */
  removed: (Span & { reason: string })[];
};

/** One sentence of the cleaned text. */
export type Sentence = Span & {
  index: number;
  /** Paragraph number (0-based): sentences of one paragraph more likely continue one episode. */
  paragraph: number;
  /** A dated aside after a dash ("X accused Y — on May 2, ..."): it tells a detail of the story, which then goes on. */
  aside?: boolean;
  /** The report's dateline, where the sentence holds it (offsets into the text, as the sentence's own): where it was filed, not where anything happened. */
  dateline?: Span;
};

/** A date found in a sentence, offsets relative to the sentence. */
export type FoundDate = Span & {
  range: DateRange;
  /** Words like "yesterday", "on Tuesday", "last year" that were read against the publication date. */
  relative: boolean;
  /** The text speaks of the future ("will", "planned for"): a date after publication is then no mistake. */
  future: boolean;
};

/** A casualty figure found in a sentence, offsets relative to the sentence. */
export type FoundFigure = Span & {
  outcome: Outcome;
  /** Outcomes a combined figure covers as stated ("killed or missing"), in order; one entry otherwise. */
  outcomes: Outcome[];
  group: Group;
  /** Side of the people counted: a party's code (AM, AZ ...), or unknown ("on both sides", or not said). */
  side: string;
  hedge: FigureHedge;
  count: number;
  min?: number;
  max?: number;
  /** Words for a number that is not exact ("dozens", "hundreds"). */
  vague: boolean;
};
