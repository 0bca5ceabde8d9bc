/** A write refused because a unique value is taken (a user's name); `field` names which. */
export class DuplicateError extends Error {
  constructor(
    /** The field whose value is taken, as the caller named it: `name`. */
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'DuplicateError';
  }
}
