/**
 * The event's summary: one sentence of its own source, quoted as written (extractive, never
 * generated), in the source's language. It is the sentence that reports the event: the one that
 * dates it or the article's lead (events/lead.ts, marked on the sentence), never a speech tag (`… Тоқаев осылай деді.`), someone's quote
 * or first-person words, nor a fragment (a headline without its verb, a clause cut short).
 */
import type { Candidate } from './candidate';
import { REPORT_CUES } from './reportCueWords';

type Sentence = Candidate['sentences'][number];

/** The sentence from where its report begins, past an agency's dateline (stages/datelineLead.ts). */
const shownText = (s: Sentence) => s.text.slice((s.reportAt ?? s.start) - s.start);

const QUOTE_OPEN = /^[«"“„'‘–—-]/u;
const FULL_STOP = /[.!?…]["»”]?$/u;

/** How well a sentence reports the event; negative when it is someone's words or a fragment. */
export function reportScore(text: string, lang: Candidate['lang'], dating = false, lead = false) {
  const t = text.trim();
  const cues = REPORT_CUES[lang];
  let score = 0;
  if (cues.speechTag.test(t)) score -= 10;
  if (QUOTE_OPEN.test(t)) score -= 8;
  if (cues.firstPerson.test(t)) score -= 6;
  if (!FULL_STOP.test(t)) score -= 4; // a headline or a clause cut short
  if (/^\p{Ll}/u.test(t)) score -= 3;
  if (/!["»”]?$/u.test(t)) score -= 3; // an exclamation is a voice, not a report
  if (t.length < 40) score -= 2;
  if (t.length >= 60) score += 1;
  if (dating) score += 3;
  if (lead) score += 2;
  return score;
}

/**
 * Extractive: the best-reporting sentence of the source that dates the event (or its first
 * source), extended by the next sentence when very short and the next one also reports.
 */
export function summarise(c: Candidate): string {
  const home = c.dateSource ?? c.sentences[0]!.sourceId;
  const own = c.sentences.filter((s) => s.sourceId === home).sort((a, b) => a.start - b.start);
  // A sentence that names the date tells the event best; "бүгін …" (today) rarely does.
  const named = c.date?.method === 'explicit' || c.date?.method === 'year-from-publication';
  const datingAt = named ? c.date?.evidence?.sentence.start : undefined;
  const score = (s: Sentence) =>
    reportScore(
      shownText(s),
      c.lang,
      s.start === datingAt,
      // The lead tells the article's news: it speaks for an event that a later sentence dates
      // only when it is that sentence.
      s.lead === true && (datingAt === undefined || s.start === datingAt),
    );
  const ranked = own
    .map((s) => ({ s, score: score(s) }))
    .sort((a, b) => b.score - a.score || a.s.start - b.s.start);
  const best = ranked[0]!.s;
  let text = shownText(best);
  // A very short sentence is extended by the one that follows it in the text, not by any other.
  const next = own.find((s) => s.index === best.index + 1);
  if (text.length < 60 && next && score(next) >= 0) text += ' ' + shownText(next);
  return text.length > 400 ? text.slice(0, 397).replace(/\s+\S*$/u, '') + '…' : text;
}
