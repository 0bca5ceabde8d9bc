import { acledFormat } from './acled/acled-format.js';
import type { RowFormat } from './row-format.js';
import { ucdpFormat } from './ucdp/ucdp-format.js';

/** The datasets `truce import` reads and `truce export` writes row by row. */
export const IMPORT_FORMATS = ['acled', 'ucdp'] as const;

export function rowFormat(name: string): RowFormat | undefined {
  return name === 'acled' ? acledFormat : name === 'ucdp' ? ucdpFormat : undefined;
}
