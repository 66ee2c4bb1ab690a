/**
 * The event's summary: one sentence of its own source, quoted as written (extractive, never
 * generated), in the source's language.
 */
import type { Candidate } from './candidate';

/**
 * Extractive: the sentence that dates the event, else the first full sentence that reports it
 * (headlines, which carry no final punctuation, only when nothing else does), extended by the next
 * when very short. Taken from the source that dates the event, when one does.
 */
export function summarise(c: Candidate): string {
  const home = c.dateSource ?? c.sentences[0]!.sourceId;
  const own = c.sentences.filter((s) => s.sourceId === home).sort((a, b) => a.start - b.start);
  // A sentence that names the date tells the event best; "бүгін …" (today) rarely does.
  const named = c.date?.method === 'explicit' || c.date?.method === 'year-from-publication';
  const dating = named ? own.find((s) => s.start === c.date?.evidence?.sentence.start) : undefined;
  // Full sentences, and among them first those long enough to say something ("Ребрединг …
  // емес!" is a full sentence but not a summary).
  const full = own
    .filter((s) => /[.!?…»"]$/u.test(s.text))
    .sort((a, b) => Number(b.text.length >= 60) - Number(a.text.length >= 60));
  const pick = [
    ...(dating ? [dating] : []),
    ...(full.length > 0 ? full : own).filter((s) => s !== dating),
  ];
  let text = pick[0]!.text;
  // A very short sentence is extended by the one that follows it in the text, not by any other.
  const next = pick[1];
  if (text.length < 60 && next && next.index === pick[0]!.index + 1) text += ' ' + next.text;
  return text.length > 400 ? text.slice(0, 397).replace(/\s+\S*$/u, '') + '…' : text;
}
