/**
 * A mistake the user can fix (a bad flag, a missing id, a bad data file). The CLI prints
 * its message as one line, "truce: <what is wrong>; <what to do>", and exits non-zero.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
