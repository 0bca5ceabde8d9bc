/** Where the previous page ended, in the order incidents are listed (date, then id; newest first when `desc`). */
export type Cursor = { date: string; id: string; desc?: boolean };

export function encodeCursor(cursor: Cursor): string {
  // Ascending cursors keep their two-element form, so ones given out before '-date' existed still read.
  const parts = cursor.desc ? [cursor.date, cursor.id, 'desc'] : [cursor.date, cursor.id];
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

/** Reads a cursor, or throws a RangeError a caller can turn into a 400. */
export function decodeCursor(text: string): Cursor {
  try {
    const [date, id, order, ...rest] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[];
    if (typeof date === 'string' && typeof id === 'string' && (order === undefined || order === 'desc') && !rest.length) {
      return order ? { date, id, desc: true } : { date, id };
    }
  } catch {
    // fall through
  }
  throw new RangeError(`"${text}" is not a cursor this server gave out`);
}

/** Where a page of claims ended: the stored incident id and the claim's position in it. */
export function encodeClaimCursor(incidentId: string, position: number): string {
  return Buffer.from(JSON.stringify(['claim', incidentId, position])).toString('base64url');
}

/** Reads a claims cursor, or throws a RangeError a caller can turn into a 400. */
export function decodeClaimCursor(text: string): { incidentId: string; position: number } {
  try {
    const [tag, incidentId, position] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[];
    if (tag === 'claim' && typeof incidentId === 'string' && Number.isInteger(position)) return { incidentId, position: position as number };
  } catch {
    // fall through
  }
  throw new RangeError(`"${text}" is not a cursor this server gave out`);
}
