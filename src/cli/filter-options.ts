import type { Command } from 'commander';
import { FilterError, resolveFilter, type IncidentFilter } from '../query/incident-filter.js';
import type { IncidentQuery, Store } from '../storage/store.js';
import { UserError } from './user-error.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

/** The incident filters `list` and `export` share, named as the API's query parameters are. */
export function addFilterOptions(command: Command): Command {
  return command
    .option('--from <date>', 'incidents on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'incidents on or before this date')
    .option('--type <type>', 'event type or sub-event type, e.g. "Battles" or "Armed clash" (repeatable)', collect)
    .option('--place <name>', 'a place by any name or alias, including places inside it (repeatable)', collect)
    .option('--actor <name>', 'an actor by any name or alias, including its parts (repeatable)', collect)
    .option('--side <side>', 'a side involved: AM, AZ, or a country or organisation code (repeatable)', collect)
    .option('--status <status>', 'review status: unreviewed, accepted, disputed, rejected (repeatable)', collect)
    .option('--q <text>', 'words in the title, summary or claims');
}

/** Resolves the filter flags, turning a bad value into a one-line error that names the flag. */
export async function queryFromOptions(store: Store, opts: IncidentFilter): Promise<IncidentQuery> {
  try {
    return await resolveFilter(store, opts);
  } catch (error) {
    if (error instanceof FilterError) throw new UserError(error.message);
    throw error;
  }
}
