import { NOT_AFTER_WORD, NOT_BEFORE_WORD } from './boundaries';
import { GAZETTEER } from './gazetteer';
import type { GazetteerEntry } from '../locales/kk/lexicon/gazetteerEntry';
import type { Hit } from './types';

/**
 * Party branch codes `<region initials>ОФ` ("облыстық филиалы"): БҚОФ = Батыс Қазақстан,
 * ПОФ = Павлодар. Initials come from the region's Kazakh name. When several regions share the
 * initials, the code is only resolved if exactly one of them predates 2022: branch codes were
 * coined before Abai, Jetisu and Ulytau existed, so ЖОФ is Жамбыл, not Жетісу.
 */
const CODE = new RegExp(`${NOT_AFTER_WORD}(\\p{Lu}{1,3})ОФ${NOT_BEFORE_WORD}`, 'gu');

function initialsOf(entry: GazetteerEntry): string {
  return entry.name.kk
    .split(/\s+/u)
    .filter((w) => w !== 'облысы')
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}

function buildTable(): Map<string, GazetteerEntry> {
  const groups = new Map<string, GazetteerEntry[]>();
  for (const entry of GAZETTEER) {
    if (entry.kind !== 'region') continue;
    const key = initialsOf(entry);
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const table = new Map<string, GazetteerEntry>();
  for (const [key, entries] of groups) {
    const old = entries.filter((e) => e.since === undefined);
    const chosen = entries.length === 1 ? entries[0] : old.length === 1 ? old[0] : undefined;
    if (chosen) table.set(key, chosen);
  }
  return table;
}

const TABLE = buildTable();

export function findBranchCodes(text: string): Array<Hit & { payload: GazetteerEntry }> {
  const hits: Array<Hit & { payload: GazetteerEntry }> = [];
  for (const m of text.matchAll(CODE)) {
    const entry = TABLE.get(m[1] ?? '');
    const start = m.index ?? 0;
    if (entry) hits.push({ start, end: start + m[0].length, text: m[0], payload: entry });
  }
  return hits;
}
