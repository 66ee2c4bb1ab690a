/**
 * Stage 3 — header: read the page header (title, publisher, dateline, view count) from the lines
 * above the first paragraph of running text, and the byline from the last line. Marks the lines it
 * used so that later stages read only the article's body.
 */
import { NAMED_DATE } from '../dates/namedDate';
import type { Header, Line } from '../types';
import { isDateHeading } from './dateHeading';
import { parseAgencyDateline, parseDateline, yearlessDateline } from './dateline';

/** A line this long, or one holding a full sentence, is running text: the header ends above it. */
const BODY_MIN = 100;

export function readHeader(lines: Line[]): { header: Header; lines: Line[] } {
  const out = lines.map((l) => ({ ...l }));
  const header: Header = { title: '' };
  const bodyStart = out.findIndex((l) => l.kind === 'body' && isRunningText(l.text));
  const zoneEnd = bodyStart < 0 ? out.length : bodyStart;
  // (Whether the first date line heads a chronicle's entries; then so does every later one.)
  let entries: boolean | undefined;
  for (let i = 0; i < zoneEnd; i++) {
    const line = out[i]!;
    if (line.kind !== 'body') continue;
    const dated = isShortSentence(line.text) ? null : parseDateline(line.text, header.title !== '');
    if (dated && !header.published && (entries ??= headsEntries(out, i))) continue;
    if (dated && !header.published) {
      header.published = dated;
      line.kind = 'header';
    } else if (
      /^\d[\d\s]*$/u.test(line.text) &&
      header.views === undefined &&
      !headsYearSection(out, i)
    ) {
      header.views = Number(line.text.replace(/\s/gu, ''));
      line.kind = 'header';
    } else if (!header.title && words(line.text) >= 2 && !isDateHeading(line.text)) {
      header.title = line.text;
      line.kind = 'title';
    } else if (!header.publisher && isBrand(line.text)) {
      header.publisher = line.text;
      line.kind = 'header';
    }
  }
  // No dateline above the text: an agency's dateline may open it ("АСТАНА, 16 марта 2022 года. /…/").
  if (!header.published && bodyStart >= 0) {
    const agency = parseAgencyDateline(out[bodyStart]!.text, headerYear(out.slice(0, zoneEnd)));
    if (agency) header.published = agency;
    else {
      const day = yearlessDateline(out[bodyStart]!.text);
      if (day) header.yearlessDateline = day;
    }
  }
  const views = viewsFromDebris(lines.slice(0, zoneEnd));
  if (header.views === undefined && views !== undefined) header.views = views;
  if (!header.title && bodyStart >= 0) header.title = firstSentence(out[bodyStart]!.text);
  const last = lastContent(out);
  if (last && last !== out[bodyStart] && isByline(last.text)) {
    header.byline = last.text;
    last.kind = 'byline';
  }
  return { header, lines: out };
}

/**
 * Whether the date line at `i` is the first heading of a chronicle ("5 июня 2022 года." over what
 * happened that day, "20 ноября 2022 года." over the next day's entry), not the page's dateline:
 * the next line that is a date and nothing else comes after text of its own, and text follows it.
 * A dateline stands once above the text; read as one, the first entry's day became the publication
 * date, and a later entry's "Состоялись выборы" was told as ahead of it. (A dateline right above a
 * chronicle's first heading, or "Обновлено …" under it, has no text of its own; a date closing the
 * text signs it.)
 */
function headsEntries(lines: readonly Line[], i: number): boolean {
  const lastBody = lines.findLastIndex((l) => l.kind === 'body');
  let between = false;
  for (let j = i + 1; j < lastBody; j++) {
    const line = lines[j]!;
    if (line.kind !== 'body') continue;
    // (The dateline's parse first: it turns a long line down by its length, unread.)
    const dateOnly = parseDateline(line.text, true) !== null && !isShortSentence(line.text);
    if (dateOnly) return between;
    between = true;
  }
  return false;
}

/** A year alone on its line ("2022"): a chronicle's heading, or a view count that happens to read as one. */
const YEAR_ONLY = /^(?:1[89]|20)\d{2}$/u;
/**
 * A line that opens with a day or a month (or a season) and no year of its own: "Қаңтарда …", "5
 * января — …". The opening word is a month's or a season's name by dates/namedDate.ts, read from
 * the word's start.
 */
const OPENER = /^[\s•–—-]*(?:\d{1,2}(?:-\p{L}+)?\s+)?(?:(?:в|во)\s+)?(\p{L}+)/iu;
const NAMED_DATE_WORD = new RegExp(`^(?:${NAMED_DATE.source})`, NAMED_DATE.flags);

function opensWithoutYear(text: string): boolean {
  const m = OPENER.exec(text);
  const rest = m ? text.slice(m[0].length) : '';
  return !!m && NAMED_DATE_WORD.test(m[1]!) && !/^[\s\S]{0,12}\d{4}/u.test(rest);
}

/**
 * Whether the year alone at `i` heads the entries below it rather than counting the page's views:
 * the line under it tells a day or a month without its year ("2022" over "Қаңтарда елде …"), or
 * another date-only line follows after text of its own (the next year's heading). A number under
 * the title was read as the view count, and the section's year-less days fell in the publication's
 * year ("2022" over January's protests gave January 2026).
 */
function headsYearSection(lines: readonly Line[], i: number): boolean {
  if (!YEAR_ONLY.test(lines[i]!.text.trim())) return false;
  const next = lines.findIndex((l, j) => j > i && l.kind === 'body');
  if (next < 0) return false;
  if (opensWithoutYear(lines[next]!.text)) return true;
  return lines.some((l, j) => j > next && l.kind === 'body' && isDateHeading(l.text.trim()));
}

/**
 * The one year the rubrics above the text name for their event ("ШЫҰ САММИТІ – 2024",
 * "Сайлау-2023", "Выборы-2024"): the year of the news. A year elsewhere in a title may be a
 * recalled one ("2022 жылғы референдумға екі жыл"), so only the rubric's "name – year" counts.
 */
function headerYear(lines: Line[]): number | undefined {
  const years = new Set(
    lines
      .filter((l) => l.kind !== 'blank')
      .map((l) => /^\p{L}[\p{L}\s]{1,40}?\s*[-–—]\s*((?:19|20)\d{2})$/u.exec(l.text.trim())?.[1])
      .filter((y) => y !== undefined)
      .map(Number),
  );
  return years.size === 1 ? [...years][0] : undefined;
}

export function isRunningText(text: string): boolean {
  return text.length >= BODY_MIN || (text.length >= 40 && /[.!?…]\s+\p{Lu}/u.test(text));
}

/**
 * A short line of a flash may be a whole sentence that ends in a date ("Предыдущий съезд прошел 12
 * января 2024 года."): three words or more before its first digit and a full stop make it the
 * text's, not a dateline (a rubric is a name: "Новости Казахстана 5 марта 2024").
 */
function isShortSentence(text: string): boolean {
  const before = /^[^\d]*/u.exec(text)![0];
  return /[.!?…]\s*$/u.test(text) && words(before) >= 3;
}

function words(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

/** Publisher names in headers are short brand tokens: "AstanaTV", "Kazinform", "Egemen Qazaqstan". */
function isBrand(text: string): boolean {
  return (
    text.length <= 40 &&
    words(text) <= 3 &&
    !/[.!?:,]$/u.test(text) &&
    /\p{L}/u.test(text) &&
    // A day and its month is an entry's date ("Дүйсенбі, 3 ақпан" heading a digest's day), not a
    // brand ("31 канал" is one); so is a year over a chronicle's entries ("2019 год").
    !isDayOfMonth(text) &&
    !isDateHeading(text)
  );
}

const isDayOfMonth = (text: string) => {
  const word = /\d{1,2}\s*(\p{L}+)/u.exec(text)?.[1];
  return word !== undefined && NAMED_DATE.test(word);
};

/** "331" then "оқылды" on the next line: the number was left as a body line by the cleaner. */
function viewsFromDebris(lines: Line[]): number | undefined {
  for (let i = 1; i < lines.length; i++) {
    if (/^(?:оқылды|қаралды|просмотр\p{L}*)$/iu.test(lines[i]!.text)) {
      const prev = lines
        .slice(0, i)
        .reverse()
        .find((l) => l.kind !== 'blank');
      if (prev && /^\d+$/u.test(prev.text)) return Number(prev.text);
    }
    const inline = /^(\d+)\s+(?:оқылды|қаралды|просмотр\p{L}*)$/iu.exec(lines[i]!.text);
    if (inline) return Number(inline[1]);
  }
  return undefined;
}

/** Bylines: one to three names, initials allowed ("Л. Қуанышқызы", "А.ҚҰРМАНАЙТЕГІ", "Ердәулет Ыбырайұлы, Самат Оспанов"). */
function isByline(text: string): boolean {
  if (text.length > 70 || /[!?:«»"]/u.test(text)) return false;
  const parts = text.split(/\s*,\s*/u);
  return (
    parts.length <= 3 &&
    parts.every((p) => /^(?:\p{Lu}\.\s?)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?$/u.test(p))
  );
}

function lastContent(lines: Line[]): Line | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i]!;
    if (l.kind === 'body') return l;
    if (l.kind !== 'blank' && l.kind !== 'debris') return undefined;
  }
  return undefined;
}

function firstSentence(text: string): string {
  const m = /^.{10,200}?[.!?](?=\s|$)/u.exec(text);
  return (m ? m[0] : text.slice(0, 120)).trim();
}
