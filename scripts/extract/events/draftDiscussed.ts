/**
 * A draft put up for discussion ("Заң жобасы 15 наурызда талқылауға шығарылды", "Законопроект
 * вынесен на общественное обсуждение"): a text published for comment, no one's proposal; or only
 * made public ("Проект указа опубликован"). The kind
 * of draft its cue names (a bill, a code, a constitution) and its title, told as done or ahead. Cues per language
 * in locales/<lang>/lexicon/draftWords.ts.
 */
import type { Localized, SourceLang } from '../../../src/model/schema';
import { KK_DRAFTS } from '../locales/kk/lexicon/draftWords';
import { RU_DRAFTS } from '../locales/ru/lexicon/draftWords';
import { L, tense, type Parts } from './titleParts';

// The nominative, the Kazakh accusative and the Russian genitive. (Each Russian noun is
// masculine: "вынесен".)
// prettier-ignore
const DRAFTS = {
  bill: { ...L('Заң жобасы', 'Законопроект', 'A bill'), kkAcc: 'Заң жобасын', ruGen: 'законопроекта' },
  code: { ...L('Кодекс жобасы', 'Проект кодекса', 'A draft code'), kkAcc: 'Кодекс жобасын', ruGen: 'проекта кодекса' },
  constitution: { ...L('Конституция жобасы', 'Проект Конституции', 'A draft constitution'), kkAcc: 'Конституция жобасын', ruGen: 'проекта Конституции' },
  draft: { ...L('Жоба', 'Проект', 'A draft'), kkAcc: 'Жобаны', ruGen: 'проекта' },
} as const;

export type DraftKind = Exclude<keyof typeof DRAFTS, 'draft'>;

const CUES = { kk: KK_DRAFTS, ru: RU_DRAFTS };

/** The kind of draft the cue's words name (a bill, a code, a constitution), the first cue that matches. */
export function draftKindOf(lang: SourceLang, cue: string): DraftKind | undefined {
  return CUES[lang].find(([, re]) => re.test(cue))?.[0] as DraftKind | undefined;
}

const PUBLISHED = { kk: /жарияла/iu, ru: /опублик|обнарод/iu };
/** A draft's cue tells it made public ("опубликован"), not handed to someone ("представит"). */
export const draftPublished = (lang: SourceLang, cue: string) => PUBLISHED[lang].test(cue);

/**
 * The date is the day the discussion runs until: kk "16 сәуірге дейін талқылауына шығарылды", ru
 * "вынесен на обсуждение до 16 апреля". `from`, `to`: the date's place in the sentence (the Kazakh
 * date may hold its "дейін").
 */
export function discussedUntil(lang: SourceLang, text: string, from: number, to: number): boolean {
  return lang === 'kk'
    ? /(?<!\p{L})(?:дейін|шейін)$/u.test(text.slice(from, to)) ||
        /^\s*(?:дейін|шейін)(?!\p{L})/u.test(text.slice(to))
    : /(?<!\p{L})до\s+$/iu.test(text.slice(0, from));
}

/**
 * "A bill is put up for discussion", "Заң жобасы талқылауға шығарылмақ"; dated by the day the
 * discussion runs until, that day: "Last day of discussion of a bill".
 */
export function draftTitle(c: Parts): Localized {
  const d = DRAFTS[c.args.draft ?? 'draft'];
  // (Made public with no discussion told, the 'other' cue's: "Проект указа опубликован"; or handed
  // to someone, "комиссия представит текст Президенту", which publishes nothing.)
  if (c.type !== 'proposal' && c.args.draftPublished)
    return L(`${d.kk} ${tense(c, 'жарияланды', 'жарияланбақ')}`, `${d.ru} ${tense(c, 'опубликован', 'будет опубликован')}`, `${d.en} ${tense(c, 'is published', 'to be published')}`); // prettier-ignore
  if (c.type !== 'proposal')
    return L(`${d.kk} ${tense(c, 'ұсынылды', 'ұсынылмақ')}`, `${d.ru} ${tense(c, 'представлен', 'будет представлен')}`, `${d.en} ${tense(c, 'is presented', 'to be presented')}`); // prettier-ignore
  if (c.args.draftUntil)
    return L(`${d.kkAcc} талқылаудың соңғы күні`, `Последний день обсуждения ${d.ruGen}`, `Last day of discussion of ${d.en.toLowerCase()}`); // prettier-ignore
  return L(
    `${d.kk} талқылауға ${tense(c, 'шығарылды', 'шығарылмақ')}`,
    `${d.ru} ${tense(c, 'вынесен', 'будет вынесен')} на обсуждение`,
    `${d.en} ${tense(c, 'is put up', 'to be put up')} for discussion`,
  );
}
