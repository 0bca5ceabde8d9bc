import type { RawInput } from './reader-types.js';

/** What an input claims to be, before its bytes are looked at: MIME type and file extension. */
export type DeclaredType = {
  /** The Content-Type without parameters, lower case, e.g. 'text/html'. */
  mime?: string;
  /** The extension of the name or URL path, lower case without the dot, e.g. 'pdf'. */
  ext?: string;
};

/** The claimed type of an input; a hint only, since servers and file names lie. */
export function declaredType(input: RawInput): DeclaredType {
  const mime = input.contentType?.split(';')[0].trim().toLowerCase() || undefined;
  const path = input.name.replace(/[?#].*$/, '');
  const ext = /\.([A-Za-z0-9]{1,8})$/.exec(path)?.[1].toLowerCase();
  return { mime, ext };
}
