/**
 * The development set's gold annotation (../shared/devset, schema in its README) read into UTF-16
 * offsets, the unit JavaScript strings and the extractor's evidence spans use.
 */
export interface GoldTimex {
  text: string;
  start: number;
  end: number;
  value: string;
  resolvable_to: string | null;
}

export interface GoldEvent {
  what: string;
  type: string;
  date: string | null;
  date_basis: string;
  status: 'happened' | 'planned';
  evidence: string;
  /** Every place the evidence quote occurs in the text, UTF-16 offsets. */
  spans: Array<[number, number]>;
}

export interface GoldArticle {
  id: string;
  language: 'kk' | 'ru';
  url: string;
  published: string | null;
  text: string;
  timexes: GoldTimex[];
  events: GoldEvent[];
}

interface RawGold {
  source_url: string;
  language: 'kk' | 'ru';
  published: string | null;
  timexes: GoldTimex[];
  events: Array<Omit<GoldEvent, 'spans'>>;
}

/** Gold offsets count code points; this maps a code-point index to a UTF-16 index. */
function codePointToUtf16(text: string): (cp: number) => number {
  const table: number[] = [];
  let u = 0;
  for (const ch of text) {
    table.push(u);
    u += ch.length;
  }
  table.push(u);
  return (cp) => table[cp] ?? u;
}

export function readGold(id: string, rawJson: string, text: string): GoldArticle {
  const raw = JSON.parse(rawJson) as RawGold;
  const toU = codePointToUtf16(text);
  const timexes = raw.timexes.map((t) => ({ ...t, start: toU(t.start), end: toU(t.end) }));
  for (const t of timexes) {
    if (text.slice(t.start, t.end) !== t.text)
      throw new Error(`${id}: gold timex "${t.text}" is not at its offsets`);
  }
  const events = raw.events.map((e) => ({ ...e, spans: occurrences(text, e.evidence) }));
  for (const e of events) {
    if (e.spans.length === 0) throw new Error(`${id}: gold evidence not in text: ${e.evidence}`);
  }
  return {
    id,
    language: raw.language,
    url: raw.source_url,
    published: raw.published,
    text,
    timexes,
    events,
  };
}

function occurrences(text: string, quote: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1))
    out.push([at, at + quote.length]);
  return out;
}

/**
 * The publication date a URL states (/2022-06-06/, /20190319/, /2023/01/12/), the only date the
 * scoring set-up hands the extractor: a date in the text's own header is the extractor's to find.
 */
export function dateFromUrl(url: string): string | undefined {
  const m =
    /(?:^|[/_-])((?:19|20)\d\d)[-/]?(0[1-9]|1[0-2])[-/]?(0[1-9]|[12]\d|3[01])(?=$|[/_.-])/u.exec(
      url,
    );
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}
