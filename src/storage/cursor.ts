/** Where the previous page ended, in the order incidents are listed (date, then id). */
export type Cursor = { date: string; id: string };

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.date, cursor.id])).toString('base64url');
}

/** Reads a cursor, or throws a RangeError a caller can turn into a 400. */
export function decodeCursor(text: string): Cursor {
  try {
    const [date, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[];
    if (typeof date === 'string' && typeof id === 'string') return { date, id };
  } catch {
    // fall through
  }
  throw new RangeError(`"${text}" is not a cursor this server gave out`);
}
