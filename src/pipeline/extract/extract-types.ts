import type { PresentedIncident } from '../../export/present-incident.js';
import type { Span } from './types.js';

/** What `truce extract` reads: one document's text and what is known about it. */
export type ExtractInput = {
  text: string;
  /** Publication day, ISO YYYY-MM-DD; relative dates are read against it (default: the latest day the text gives in full, else today). */
  published?: string;
  title?: string;
  publisher?: string;
  url?: string;
};

/** Evidence: where in the document's original text a value was read. */
export type Evidence = Span;

/**
 * An extracted incident: the export shape of DESIGN.md, with the evidence behind every
 * value, and `background` set for references to earlier events ("the 2020 war") that the
 * document mentions but does not report.
 */
export type ExtractedIncident = PresentedIncident & {
  background: boolean;
  evidence: {
    date: Evidence[];
    places: Evidence[][];
    casualties: Evidence[][];
    claims: Evidence[];
    type: Evidence[];
    sentences: Evidence[];
  };
};

export type ExtractResult = {
  /**
   * `published`: the day given, else today. `dates_read_from`: when no day was given and the
   * text gives dates in full, the latest of them, which its relative dates were read against.
   */
  document: { title: string; publisher: string; published: string; dates_read_from?: string; url?: string; length: number; sha256: string };
  incidents: ExtractedIncident[];
};
