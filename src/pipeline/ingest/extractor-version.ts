/** The extractor's version, stored on each ingested document so it can be re-extracted when extraction improves. Raise it when extraction's output changes. */
export const EXTRACTOR_VERSION = '1';
