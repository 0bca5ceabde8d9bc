/** A Content-Type header split into its MIME type and charset, both lowercased. */
export type ContentType = { mimeType?: string; charset?: string };

const MIME = /^[!#$%&'*+.^`|~\w-]+\/[!#$%&'*+.^`|~\w-]+$/;
const CHARSET = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i;

/**
 * Reads a Content-Type header; a malformed MIME type is left out rather than guessed.
 *
 * @example parseContentType('text/html; Charset="ISO-8859-1"') // { mimeType: 'text/html', charset: 'iso-8859-1' }
 */
export function parseContentType(header: string | undefined): ContentType {
  if (!header) return {};
  const essence = header.split(';')[0].trim().toLowerCase();
  const charset = (CHARSET.exec(header)?.slice(1).find((v) => v !== undefined) ?? '').trim().toLowerCase();
  return { ...(MIME.test(essence) ? { mimeType: essence } : {}), ...(charset ? { charset } : {}) };
}
