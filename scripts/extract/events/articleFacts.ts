/**
 * What the events stage reads once per article before its sentences: what the article is about
 * (a referendum, an election of some kind, the National Kurultai) and which of its dates can date
 * an event or frame a year.
 */
import { namesCongress } from './kurultaiKind';
import { isPurposeYear } from '../dates/purposeYear';
import { isDatelineTimex } from '../dates/datelineTimex';
import { describesNoun } from '../dates/sentenceYear';
import type { DocTimex } from '../stages/dates';
import type { Doc } from '../types';
import { timexesBySentence } from './dateEvent';
import { titleArgs } from './describe';
import { storyDayWordsBySentence } from './storyDayWord';

export interface ArticleFacts {
  /** A referendum article that names no election: its votes are the referendum. */
  referendumArticle: boolean;
  /** The election kind the whole article tells of, for a sentence's bare "выборы". */
  articleKind: ReturnType<typeof titleArgs>['electionKind'];
  /** The level of akims the article names (events/akimLevel.ts). */
  articleAkimLevel: ReturnType<typeof titleArgs>['akimLevel'];
  /** An article about the National Kurultai: its bare "құрылтай" is that council, not a congress. */
  kurultaiArticle: boolean;
  /** The article calls a gathering a congress: its bare "курултай" may be a party's (kurultaiKind.ts). */
  congressArticle: boolean;
  /** Each sentence's date expressions that can date an event. */
  bySentence: Map<number, DocTimex[]>;
  /** Years stated, and this or last year named, in text order, for a year-less date to take. */
  withYear: DocTimex[];
  /** Each sentence's "сол күні", "в тот же день" left with no day (events/storyDayWord.ts). */
  storyDayWords: Map<number, DocTimex[]>;
}

export function articleFacts(doc: Doc, timexes: DocTimex[]): ArticleFacts {
  // Years named as a plan's or a budget's ("на 2025–2027 годы") date nothing the sentence tells.
  // (Nor the date of an agency's dateline: the publication's, dates/datelineTimex.ts.)
  const dating = timexes.filter(
    (t) =>
      !isPurposeYear(doc.text, t) &&
      !isDatelineTimex(doc.text, doc.paragraphs[0], t, doc.sentences[t.sentence]?.end ?? t.end),
  );
  const election = titleArgs('election', '', doc.text);
  return {
    referendumArticle:
      /референдум/iu.test(doc.text) &&
      // "Орталық сайлау комиссиясы" (the election commission) runs referendums too.
      !/(?<![\p{L}])(?:сайлау(?!шы|\s+комиссия|\s+учаске)|выбор(?:ы|ов|ах|ам|ами)(?![\p{L}]))/iu.test(
        doc.text,
      ),
    articleKind: election.electionKind,
    articleAkimLevel: election.akimLevel,
    kurultaiArticle: /ұлттық\s+құрылтай|национальн\p{L}*\s+курулта[йяюе]/iu.test(doc.text),
    congressArticle: namesCongress(doc.lang, doc.text),
    bySentence: timexesBySentence(dating),
    storyDayWords: storyDayWordsBySentence(doc.lang, timexes),
    // ("биыл күзде", "в этом году … в июне"; or a year the story gave: "сол жылдың қыркүйегінде",
    // dates/nextDay.ts.)
    withYear: dating
      .filter(
        (t) =>
          !describesNoun(doc.text, t, doc.lang) &&
          (((t.anchor === 'absolute' || t.anchor === 'context') && /^\d{4}/u.test(t.value)) ||
            (t.granularity === 'year' && /^\d{4}$/u.test(t.value))),
      )
      .sort((a, b) => a.end - b.end),
  };
}
