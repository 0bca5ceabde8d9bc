/** One thing wrong in a data file, located as precisely as the file allows. */
export type RecordIssue = {
  file: string;
  line?: number;
  /** Id of the record, when it has one. */
  record?: string;
  /** Dotted path of the field inside the record, e.g. claims[1].claimant. */
  field?: string;
  message: string;
};

export function formatIssue(issue: RecordIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  const what = [issue.record && `record "${issue.record}"`, issue.field && `field ${issue.field}`].filter(Boolean).join(', ');
  return `${where}: ${what ? `${what}: ` : ''}${issue.message}`;
}

/** The record could not be loaded; nothing was written. Carries every issue found, not just the first. */
export class RecordError extends Error {
  constructor(readonly issues: RecordIssue[]) {
    const shown = issues.slice(0, 20).map(formatIssue);
    const more = issues.length > 20 ? [`... and ${issues.length - 20} more`] : [];
    super(`the record has ${issues.length} problem${issues.length === 1 ? '' : 's'}:\n${[...shown, ...more].join('\n')}`);
    this.name = 'RecordError';
  }
}

export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}
