import type { EvalReport } from './evaluate.js';
import { rate, type Metrics, type Ratio } from './score.js';

const COLUMNS: [keyof Metrics, string][] = [
  ['incident_recall', 'recall'],
  ['incident_precision', 'precision'],
  ['exact_date', 'exact date'],
  ['place', 'place'],
  ['casualty', 'casualty'],
  ['claimant_side', 'claimant'],
  ['type', 'type'],
];

function cell(r: Ratio): string {
  const value = rate(r);
  return `${value === null ? '   -' : `${Math.round(value * 100)}%`.padStart(4)} ${`${r.hit}/${r.of}`.padStart(6)}`;
}

function line(name: string, m: Metrics): string {
  return [name.padEnd(30), ...COLUMNS.map(([k]) => cell(m[k]).padEnd(12))].join(' ');
}

/** The JSON summary the runner prints last: one line, rates in [0, 1] (null when nothing was counted). */
export function summaryLine(report: EvalReport): string {
  const m = report.overall;
  return JSON.stringify({
    eval: 'extract',
    incident_recall: rate(m.incident_recall),
    incident_precision: rate(m.incident_precision),
    exact_date: rate(m.exact_date),
    place: rate(m.place),
    casualty: rate(m.casualty),
    claimant_side: rate(m.claimant_side),
    documents: report.documents.length,
  });
}

/** A readable table, per document and overall, then the gold incidents each document missed. */
export function formatReport(report: EvalReport): string[] {
  const out = [['document'.padEnd(30), ...COLUMNS.map(([, label]) => label.padEnd(12))].join(' ')];
  for (const d of report.documents) out.push(line(d.document_id, d));
  out.push(line('overall', report.overall));
  out.push('');
  for (const d of report.documents) {
    const background = d.predicted - d.incident_precision.of;
    out.push(`${d.document_id} (${d.file}, published ${d.published}): ${d.predicted} extracted (${background} background), ${d.incident_recall.of} gold, ${Math.round(d.ms)} ms`);
    if (d.missed.length) out.push(`  missed: ${d.missed.join(', ')}`);
    const wrong = d.matches.filter((m) => !m.exact_date || m.place === false || m.casualties.hit < m.casualties.of || m.claimant_side === false);
    for (const m of wrong) {
      const what = [!m.exact_date && 'date', m.place === false && 'place', m.casualties.hit < m.casualties.of && 'casualties', m.claimant_side === false && 'claimant'].filter(Boolean);
      out.push(`  ${m.gold} <- #${m.predicted}: wrong ${what.join(', ')}`);
    }
  }
  return out;
}
