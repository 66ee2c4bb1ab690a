/** Russian participle phrases, set off by commas (events/attributePhraseGrammar.ts). */
import type { AttributePhraseGrammar } from '../../../events/attributePhraseGrammar';
import { AND_PREDICATE } from '../ruVerbForms';
import { documentBefore } from './documentOfDate';
import { documentOfParticiple } from './documentParticiple';
import { ruBeyondParticiplePhrase, ruInParticiplePhrase } from './participleBeforeNoun';
import { ruBeyondRelativeClause } from './relativeClauseBefore';
import { ruCueInParticiplePhrase } from './cueInParticiple';

/** A preposition right before a word: the word is governed in the phrase, its setting or time. */
// (Its adjectives may stand between: "на учредительном съезде".)
const SETTING_PREPOSITION =
  /(?:^|\s)(?:на|в|во|при|по|после|перед|до|за)\s+(?:[\p{L}-]+(?:ом|ем|ой|ей|ых|их|ым|им)\s+){0,2}$/iu;

export const RU_ATTRIBUTE_PHRASE: AttributePhraseGrammar = {
  // The date's comma-bounded segment holds a participle and another cue, not this one.
  acrossAttribute(s, hit, t, others, participle) {
    const from = t.start - s.start;
    const to = t.end - s.start;
    const segStart = s.text.lastIndexOf(',', from) + 1;
    const comma = s.text.indexOf(',', to);
    const segEnd = comma < 0 ? s.text.length : comma;
    const inside = (h: { at: number }) => h.at >= segStart && h.at < segEnd;
    // (A cue that is a second predicate joined by "и", with the date on the other side, does not
    // own it: in "Закон, подписанный 20 апреля и вступивший в силу 1 июля" the 20th is the
    // signing's, of the law the phrase describes, not the entry into force's.)
    const owns = (h: { at: number }) => {
      const head = /^[\p{L}-]*/u.exec(s.text.slice(h.at))![0].length;
      const between = h.at >= to ? s.text.slice(to, h.at + head) : s.text.slice(h.at, from);
      return inside(h) && !AND_PREDICATE.test(between);
    };
    return !inside(hit) && participle.test(s.text.slice(segStart, segEnd)) && others.some(owns);
  },
  inParticiplePhrase: (text, from) => ruInParticiplePhrase(text, from),
  // A cue governed by a preposition in the phrase ("Созданная на съезде …") is the participle's
  // setting, not its noun ("Прошедшие 5 марта выборы" is the noun the phrase describes).
  pastItsPhrase: (text, from, to, laterAt, laterText) =>
    SETTING_PREPOSITION.test(text.slice(Math.max(0, from - 40), from)) &&
    ruBeyondParticiplePhrase(text, from, to, laterAt, laterText),
  // Anywhere in the phrase after the cue, up to the next comma ("созданная … еще в 1999 году").
  inItsPhrase(s, hit, t) {
    const from = t.start - s.start;
    const to = t.end - s.start;
    // (From the cue's end: the cue may hold its participle's comma, "сенаторов, избранных".)
    const comma = s.text.indexOf(',', hit.at + hit.text.length);
    return from >= hit.at && (comma < 0 || to <= comma);
  },
  // A participle phrase follows its noun and is read by acrossAttribute; a date owned by position
  // by a cue of another kind is that cue's ("указом от 9 апреля" is the decree's), and one after a
  // document's "от" is the document's when the cue stands before the document and does not name
  // it ("обсудили выполнение Договора от 22 декабря"; but "подписал указ от 5 мая": the signing is
  // the document's day, and "указ от 5 мая о назначении выборов" tells the decree's content).
  ofAnotherNoun(s, hit, t, attributedToOtherCue) {
    // (So is one in the document's participle phrase: "ратифицировал соглашение, подписанное 5 мая".)
    const before = (doc: number) => doc >= 0 && hit.at < doc && hit.at + hit.text.length <= doc;
    if (before(documentBefore(s.text, t.start - s.start))) return true;
    if (before(documentOfParticiple(s.text, t.start - s.start))) return true;
    // (And one in a participle phrase the cue stands past: "Партия, созданная в 2019 году,
    // провела съезд".)
    if (ruBeyondParticiplePhrase(s.text, t.start - s.start, t.end - s.start, hit.at, hit.text))
      return true;
    // (Nor one past the participle phrase the cue stands in: "Конституция, принятая на
    // референдуме, вступит в силу 1 июля" is the coming into force's day.)
    if (ruCueInParticiplePhrase(s.text, hit.at, t.start - s.start, t.end - s.start)) return true;
    // (Or in a relative clause: "Сенат, который в 2019 году возглавлял Ашимбаев, принял закон".)
    if (ruBeyondRelativeClause(s.text, t.start - s.start, t.end - s.start, hit.at)) return true;
    return attributedToOtherCue();
  },
};
