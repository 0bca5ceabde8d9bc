/** A review action that cannot be done; `kind` says why, so the API answers 404, 409 or 422 and the CLI one line. */
export class ReviewError extends Error {
  constructor(
    readonly kind: 'not_found' | 'conflict' | 'invalid',
    message: string,
    /** The body field or argument at fault. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ReviewError';
  }
}
