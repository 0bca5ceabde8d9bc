/**
 * The database a location names cannot be opened: a malformed URL, a server that does not
 * answer, refused credentials. Not a programmer error: the CLI prints the message (which
 * names the location, never its password) and exits 1.
 */
export class StoreUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreUnavailableError';
  }
}
