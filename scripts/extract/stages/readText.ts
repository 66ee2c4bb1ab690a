/**
 * Stages 2–7 for one decoded article: clean → header → source metadata → sentences → dates →
 * events. Pure and free of Node APIs, so the browser shell (scripts/extract/browser.ts) runs the
 * same code as the Node shell; the text's hash function is passed in (node:crypto or a pure one).
 */
import { restatingHeadline } from '../events/lead';
import type { Source, Unplaced } from '../../../src/model/schema';
import { parseCaption } from '../arguments';
import { attachOrphanQuotes } from '../events/attachOrphanQuotes';
import type { Candidate } from '../events/candidate';
import { mergeInArticle } from '../events/mergeInArticle';
import type { Doc } from '../types';
import { clean } from './clean';
import { datelineYear } from '../dates/datelineYear';
import { datelineDay } from './datelineDay';
import { tagDocument, type DocTimex, type Tagger } from './dates';
import { toDocumentDate } from './documentDate';
import { detectEvents } from './events';
import { withConvenedCongresses } from '../events/convenedCongress';
import { readHeader } from './header';
import { detectLang } from './language';
import { toParagraphs, toSentences } from './sentences';
import { REASONS } from './merge';
import { mergeMeta, type SourceMeta } from './sourcesMeta';

export interface ReadArticle {
  source: Omit<Source, 'stats'>;
  text: string;
  candidates: Candidate[];
  timexes: DocTimex[];
  unplacedDates: Unplaced[];
}

/** SHA-256 of a string's UTF-8 bytes, as lowercase hex. */
export type Sha256Hex = (text: string) => string;

/** Reads one article from its decoded NFC text (see stages/decode.ts for how bytes become text). */
export function readArticleText(
  file: string,
  text: string,
  meta: SourceMeta | undefined,
  tag: Tagger,
  sha256Hex: Sha256Hex,
): ReadArticle {
  const hash = `sha256:${sha256Hex(text)}`;
  const { header, lines: headed } = readHeader(clean(text));
  const merged = mergeMeta(header, meta);
  const lang = meta?.language ?? detectLang(text);
  const { paragraphs, lines } = toParagraphs(headed, parseCaption);
  const sourceId = file.replace(/\.[^.]+$/u, '');
  const doc: Doc = {
    sourceId,
    file,
    lang,
    text,
    lines,
    header,
    paragraphs,
    sentences: toSentences(text, paragraphs),
  };
  // A dateline without a year is the article's day: before its publication date when there is
  // one (stages/datelineDay.ts), else in the year the article's own dates leave (dates/datelineYear.ts).
  const filed = merged.published && header.yearlessDateline;
  const day = filed ? datelineDay(merged.published!, filed) : undefined;
  if (day && !merged.published!.startsWith(day)) {
    merged.warnings.push(
      `published: the dateline gives ${filed} without a year, the day ${day} before the publication date ${merged.published}; the text wins`,
    );
    merged.published = day;
    merged.publishedFrom = 'header';
  }
  const yearless = merged.published ? undefined : header.yearlessDateline;
  const year = yearless && datelineYear(lang, text, tagDocument(doc, undefined, tag), yearless);
  if (year) {
    merged.published = `${year}-${yearless}`;
    merged.publishedFrom = 'header';
    merged.warnings.push(
      `published: the dateline gives ${yearless} without a year; ${year} is inferred from the dates the article tells as past and ahead`,
    );
  }
  const dct = toDocumentDate(merged.published);
  const timexes = tagDocument(doc, dct, tag);
  const candidates = attachOrphanQuotes(
    doc,
    mergeInArticle(
      withConvenedCongresses(detectEvents(doc, timexes, dct)),
      restatingHeadline(doc),
      dct,
    ),
  );
  const source: ReadArticle['source'] = {
    id: sourceId,
    file,
    title: header.title,
    ...(merged.publisher ? { publisher: merged.publisher } : {}),
    ...(merged.url ? { url: merged.url } : {}),
    ...(header.byline ? { byline: header.byline } : {}),
    ...(header.views !== undefined ? { views: header.views } : {}),
    language: lang,
    ...(merged.published ? { published: merged.published } : {}),
    publishedFrom: merged.publishedFrom,
    ...(merged.note ? { note: merged.note } : {}),
    hash,
    duplicates: [],
    warnings: merged.warnings,
  };
  return { source, text, candidates, timexes, unplacedDates: unplacedDates(sourceId, timexes) };
}

/** Date expressions that name a calendar date but could not be anchored (no year, no publication date). */
function unplacedDates(sourceId: string, timexes: DocTimex[]): Unplaced[] {
  return timexes
    .filter((t) => (t.type === 'DATE' || t.type === 'TIME') && /X/u.test(t.value))
    .map((t) => ({
      sourceId,
      kind: 'date-expression' as const,
      reason: REASONS['year-unknown'],
      reasonCode: 'year-unknown' as const,
      evidence: { start: t.start, end: t.end, text: t.text },
      timex: t.value,
    }));
}
