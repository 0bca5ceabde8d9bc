import { z } from 'zod';
import { FilterError } from '../../query/incident-filter.js';
import { MAX_PAGE_SIZE } from '../../storage/store.js';
import { badRequest } from '../errors.js';

/** Items a page holds when the caller does not say. */
export const DEFAULT_PAGE_SIZE = 50;

/** `?limit=`: a whole number from 1; more than MAX_PAGE_SIZE is served as MAX_PAGE_SIZE rather than refused. */
export const limitParam = () =>
  z
    .string()
    .regex(/^[0-9]+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(1, 'must be at least 1'))
    .transform((n) => Math.min(n, MAX_PAGE_SIZE))
    .optional()
    .describe(`page size: ${DEFAULT_PAGE_SIZE} unless given, at most ${MAX_PAGE_SIZE} (larger asks get ${MAX_PAGE_SIZE})`);

export const cursorParam = () => z.string().optional().describe('next_cursor of the previous page, to read the next one');

/** Runs a filter's resolution, turning a value it cannot understand into a 400 that names the parameter. */
export async function resolving<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof FilterError) throw badRequest(error.message.replace(/(^|\s)--(?=[a-z])/g, '$1'), error.field);
    throw error;
  }
}
