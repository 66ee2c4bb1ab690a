/**
 * Who the article's titles refer to. News text names a person once ("Қасым-Жомарт Тоқаев",
 * a caption "… ПРЕЗИДЕНТІ") and then says only "Президент" or "Мемлекет басшысы": this index
 * resolves such title-only mentions to the person the article itself associates with the title.
 */
import type { Actor } from '../../../src/model/schema';
import { kkAccusative } from './appointee';
import { notHisPost } from '../arguments/rolePhraseBefore';
import { findPersons } from './cached';
import { surnameOf } from './canonicalNames';
import { nominativesInArticle } from '../locales/ru/obliqueNames';
import type { Doc, Sentence, Speaker } from '../types';
import { KK_HEAD_OF_STATE_ROLE } from '../locales/kk/lexicon/headOfStatePost';
import { RU_HEAD_OF_STATE_ROLE } from '../locales/ru/lexicon/headOfStatePost';

/**
 * A mention of the one President, not of several heads of state: a plural ("Главы государств",
 * "президенты", "мемлекет басшылары", "президенттер"), or a count ("оба президента"), names no
 * one the article calls President.
 * "государства" (one state's) has an ending, "государств" (of states) none.
 * Nor does an adjective or abstract noun: "президентские выборы", "президентство", "президенттік
 * сайлау", "президенттікке кандидат" (candidacy for the post, not its holder).
 * The First President, a former or an ex-president is not the one "Президент" names ("Тұңғыш
 * Президент Нұрсұлтан Назарбаев" at Tokayev's oath made Nazarbayev the one sworn in).
 */
// prettier-ignore
const TITLES: Array<{ key: string; mention: RegExp; role: Record<Doc['lang'], RegExp> }> = [
  { key: 'president', mention: /(?<![\p{L}])(?<!(?:оба|обоих|обоим|обоими|два|двух|двум|двумя|три|тр[её]х|четыр\p{L}*)\s+)(?:президент(?!(?:ы|ов|ам|ами|ах)(?![\p{L}])|тер|ск|ств|тік)\p{L}*|мемлекет\s+басшы(?!лар)\p{L}*|глав\p{L}*\s+государств\p{L}+)/iu, role: { kk: KK_HEAD_OF_STATE_ROLE, ru: RU_HEAD_OF_STATE_ROLE } },
];

/** The post's words right before a name, told as a former holder's ("Первый Президент", "бұрынғы"). */
const FORMER =
  /(?<![\p{L}])(?:тұңғыш|перв\p{L}*|бывш\p{L}*|бұрынғы|экс-)\s*(?:президент|мемлекет\s+басшы|глав\p{L}*\s+государства)\p{L}*\s*$/iu;

/** One of the posts a role lists ("Қазақстан Республикасының президенті, «Nur Otan» партиясының төрағасы") is `post`. */
const holdsPost = (role: string, post: RegExp) =>
  role.split(/\s*[,;]\s*|\s+(?:және|и)\s+/u).some((part) => post.test(part.trim()));

export interface PeopleIndex {
  /** "Президент" alone → the person the article calls President. */
  byTitle(s: Sentence): Actor[];
  /** The last person named in the sentences before `s` in the same paragraph. */
  before(s: Sentence): Actor[];
  /** Reporters and bylines are the article's narrators, not actors in its events. */
  isNarrator(name: string): boolean;
  /** The nominative the article writes for a name its sentence declines (obliqueNames.ts). */
  nominative(name: string): string;
}

export function isNarrator(speaker: Speaker): boolean {
  return /тілші|корреспондент|журналист|reporter/iu.test(speaker.role ?? '');
}

export function createPeopleIndex(doc: Doc): PeopleIndex {
  const known = new Map<string, { name: string; role?: string }>();
  const note = (name: string, role?: string) => {
    for (const t of TITLES)
      if (role && holdsPost(role, t.role[doc.lang]) && !known.has(t.key))
        known.set(t.key, { name, role });
  };
  const named: string[] = [];
  for (const p of doc.paragraphs) if (p.speaker) note(p.speaker.name, p.speaker.role);
  for (const p of doc.paragraphs) {
    for (const h of findPersons(p.text, doc.lang)) {
      named.push(h.name);
      if (FORMER.test(p.text.slice(Math.max(0, h.start - 60), h.start))) continue;
      // (Nor the one the head of state acts on, his post before an accusative name: "Мемлекет
      // басшысы Иван Петровты … тағайындады", appointee.ts.)
      if (doc.lang === 'kk' && kkAccusative(h.text, h.name)) continue;
      note(h.name, h.role ?? titleBefore(p.text, h.start, doc.lang));
    }
  }
  const narrators = [
    ...doc.paragraphs.flatMap((p) => (p.speaker && isNarrator(p.speaker) ? [p.speaker.name] : [])),
    ...(doc.header.byline ?? '').split(/\s*,\s*/u),
  ]
    .map(surnameOf)
    .filter((x) => x.length > 2);
  const nominative = nominativesInArticle([
    ...named,
    ...doc.paragraphs.flatMap((p) => (p.speaker ? [p.speaker.name] : [])),
  ]);
  return {
    nominative,
    isNarrator: (name) => narrators.includes(surnameOf(name)),
    before(s) {
      // (Read back from the sentence, not through the article's every sentence: that was once per
      // event, quadratic in a long article's length.)
      for (let i = s.index - 1; i >= 0; i--) {
        const x = doc.sentences[i]!;
        if (x.paragraph !== s.paragraph) break;
        if (x.end > s.start) continue;
        const hits = findPersons(x.text, doc.lang);
        const h = hits[hits.length - 1];
        if (h)
          return [
            {
              name: nominative(h.name),
              ...(h.role ? { role: h.role } : {}),
              evidence: { start: x.start + h.start, end: x.start + h.end, text: h.text },
            },
          ];
      }
      return [];
    },
    byTitle(s) {
      const out: Actor[] = [];
      for (const t of TITLES) {
        // (The title's holder first: the article often names none, and the mention reads the sentence.)
        const who = known.get(t.key);
        const m = who && t.mention.exec(s.text);
        if (m && who) {
          out.push({
            name: nominative(who.name),
            ...(who.role ? { role: who.role } : {}),
            evidence: {
              start: s.start + m.index,
              end: s.start + m.index + m[0].length,
              text: m[0],
            },
          });
        }
      }
      return out;
    },
  };
}

/** Each title's mention, to find every one before a name (compiled once: this runs per person). */
const EVERY_MENTION = TITLES.map((t) => new RegExp(t.mention.source, 'giu'));

/** Words of the state's name that may stand between the title and the name ("Республики Казахстан"). */
const STATE_WORDS =
  /^(?:\s+(?:Республики|Казахстана|Казахстан|РК|Қазақстан|Республикасының|Республикасы|ҚР))*\s*$/u;

/**
 * "Президент Қ.Тоқаев": a title word right before the name counts as the person's role; not one a
 * verb parts from the name, whose subject it is ("Глава государства назначил Ивана Петрова").
 */
function titleBefore(text: string, at: number, lang: Doc['lang']): string | undefined {
  const before = text.slice(Math.max(0, at - 40), at);
  const right = EVERY_MENTION.some((mention) =>
    [...before.matchAll(mention)].some((m) =>
      STATE_WORDS.test(before.slice(m.index + m[0].length)),
    ),
  );
  return right && !notHisPost(lang, before, text.slice(at, at + 120)) ? before.trim() : undefined;
}
