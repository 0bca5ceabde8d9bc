/**
 * A database location as it may be shown (in messages, logs): a URL without its password,
 * a file path as it is.
 * @example redactUrl('postgres://truce:secret@db/truce') // 'postgres://truce@db/truce'
 */
export function redactUrl(location: string): string {
  return location.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*):[^@/]*@/i, '$1@');
}
