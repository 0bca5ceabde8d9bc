import type { Actor } from './actor.js';
import type { Document } from './document.js';
import type { Incident } from './incident.js';
import type { Agreement, Meeting, Precondition } from './peace.js';
import type { Place } from './place.js';
import type { Source } from './source.js';

/** A whole record, validated and with every reference resolved to an id: what a Store loads. */
export type ConflictRecord = {
  sources: Source[];
  documents: Document[];
  places: Place[];
  actors: Actor[];
  /** Every dated occurrence, including the timeline entries of agreements, meetings and preconditions. */
  incidents: Incident[];
  agreements: Agreement[];
  meetings: Meeting[];
  preconditions: Precondition[];
};
