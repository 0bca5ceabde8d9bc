import type { Actor, Document, Incident, Place, Source } from '../domain/index.js';

/** What an import writes in one go: the file's document and publisher, new places and actors, and the rows' incidents. */
export type ImportBatch = {
  sources: Source[];
  documents: Document[];
  places: Place[];
  actors: Actor[];
  incidents: Incident[];
};

export interface ImportStore {
  /**
   * Writes a batch in one transaction, leaving alone whatever has an id that is stored
   * already (so importing a file again changes nothing); returns how many incidents were new.
   */
  saveImportBatch(batch: ImportBatch): Promise<{ incidents: number; existing: number }>;
}
