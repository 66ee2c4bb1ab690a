/** data/report.md: what was found, merged, inferred and rejected, for a person to read. */
import type { EventsFile } from '../../src/model/schema';
import type { ExtractError } from './errors';
import type { ArticleSummary } from './pipeline';

const METHOD: Record<string, string> = {
  explicit: 'date stated in the article',
  'year-from-publication': 'day and month in the article, year from the publication date',
  'relative-to-publication': 'relative expression resolved against the publication date',
  'publication-date': 'no date in the text; the publication date is used',
  'publication-interval': 'no date in the text; the publication interval is used',
  context: 'inferred from context',
};

export function renderReport(
  data: EventsFile,
  articles: ArticleSummary[],
  failures: ExtractError[],
  notes: string[],
): string {
  const out: string[] = ['# Extraction report', ''];
  out.push(
    `${data.events.length} events from ${data.sources.length} sources; ${data.unplaced.length} items not yet placed; ${failures.length} failures.`,
    '',
  );
  out.push(
    '## Articles',
    '',
    '| file | events | dates found | undated | note |',
    '|---|---|---|---|---|',
  );
  for (const a of articles)
    out.push(
      `| ${a.file} | ${a.events} | ${a.dates} | ${a.undated} | ${a.duplicateOf ? `duplicate of ${a.duplicateOf}` : ''} |`,
    );
  out.push('', '## Sources', '');
  for (const s of data.sources) {
    out.push(
      `- **${s.id}** — ${s.title || '(no title)'}; ${s.publisher ?? 'publisher unknown'}; published ${s.published ?? 'unknown'} (from ${s.publishedFrom})${s.url ? `; ${s.url}` : ''}`,
    );
    if (s.note) out.push(`  - note: ${s.note}`);
    for (const w of s.warnings) out.push(`  - ⚠ ${w}`);
  }
  out.push('', '## Events', '');
  for (const e of data.events) {
    out.push(
      `- \`${e.date.edtf}\` **${e.title.en}** (${e.type}${e.status === 'planned' ? ', planned' : ''}) — ${METHOD[e.date.method]}, ${e.date.certainty}; sources: ${e.sources.map((s) => s.sourceId).join(', ')}`,
    );
  }
  out.push('', '## Merged and inferred', '');
  for (const n of notes) out.push(`- ${n}`);
  for (const e of data.events.filter((x) => x.sources.length > 1))
    out.push(`- ${e.id}: told by ${e.sources.map((s) => s.sourceId).join(' and ')}`);
  for (const e of data.events.filter((x) => x.date.certainty === 'inferred'))
    out.push(`- ${e.id}: date ${e.date.edtf} inferred (${METHOD[e.date.method]})`);
  out.push('', '## Not yet placed', '');
  for (const u of data.unplaced)
    out.push(
      `- ${u.sourceId}: ${u.kind}${u.type ? ` (${u.type})` : ''} — ${u.reason}${u.evidence ? `: «${u.evidence.text.slice(0, 120)}»` : ''}`,
    );
  out.push('', '## Rejected', '');
  if (failures.length === 0) out.push('Nothing was rejected.');
  for (const f of failures) out.push(`- ${f.file}: ${f.reason}`);
  return out.join('\n') + '\n';
}
