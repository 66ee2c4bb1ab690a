/**
 * Which law or code an event is about, and which step of its life the event's own date belongs
 * to, so that a title says "The Tax Code comes into force", not "Law". The cues are per language
 * (locales/<lang>/lexicon/lawWords.ts); the names below are shared, in each language's forms:
 * `kk` nominative, `kkDat` dative (the object of "қол қойды"), `ru` nominative (= accusative of
 * these masculine nouns, the object of "подписал"), `en` with its article.
 */
import type { SourceLang } from '../../../src/model/schema';
import type { TitleArgs } from './titleArgs';
import {
  KK_LAW_ABOUT,
  KK_LAW_ABOUT_NONE,
  KK_LAW_AMENDED_AFTER,
  KK_LAW_NAMES,
  KK_LAW_NOT_ITSELF,
  KK_LAW_STEPS,
} from '../locales/kk/lexicon/lawWords';
import {
  RU_LAW_ABOUT,
  RU_LAW_ABOUT_NONE,
  RU_LAW_AMENDED_BEFORE,
  RU_LAW_NAMES,
  RU_LAW_NOT_ITSELF,
  RU_LAW_STEPS,
} from '../locales/ru/lexicon/lawWords';
import { kkTreatyStep } from '../locales/kk/events/treatyStep';
import { ruTreatyStep } from '../locales/ru/events/treatyStep';

export type LawStep = 'signed' | 'adopted' | 'in-force' | 'returned';

export interface LawPhrases {
  kk: string;
  kkDat: string;
  ru: string;
  en: string;
}

// prettier-ignore
export const LAWS = {
  'tax-code': { kk: 'Салық кодексі', kkDat: 'Салық кодексіне', ru: 'Налоговый кодекс', en: 'the Tax Code' },
  'social-code': { kk: 'Әлеуметтік кодекс', kkDat: 'Әлеуметтік кодекске', ru: 'Социальный кодекс', en: 'the Social Code' },
  'land-code': { kk: 'Жер кодексі', kkDat: 'Жер кодексіне', ru: 'Земельный кодекс', en: 'the Land Code' },
  'water-code': { kk: 'Су кодексі', kkDat: 'Су кодексіне', ru: 'Водный кодекс', en: 'the Water Code' },
  'environmental-code': { kk: 'Экологиялық кодекс', kkDat: 'Экологиялық кодекске', ru: 'Экологический кодекс', en: 'the Environmental Code' },
  'budget-code': { kk: 'Бюджет кодексі', kkDat: 'Бюджет кодексіне', ru: 'Бюджетный кодекс', en: 'the Budget Code' },
  'criminal-code': { kk: 'Қылмыстық кодекс', kkDat: 'Қылмыстық кодекске', ru: 'Уголовный кодекс', en: 'the Criminal Code' },
  'labour-code': { kk: 'Еңбек кодексі', kkDat: 'Еңбек кодексіне', ru: 'Трудовой кодекс', en: 'the Labour Code' },
  'administrative-code': { kk: 'Әкімшілік құқық бұзушылық туралы кодекс', kkDat: 'Әкімшілік құқық бұзушылық туралы кодекске', ru: 'Кодекс об административных правонарушениях', en: 'the Code of Administrative Offences' },
  'election-law': { kk: 'сайлау туралы заң', kkDat: 'сайлау туралы заңға', ru: 'закон о выборах', en: 'the law on elections' },
  'parties-law': { kk: 'саяси партиялар туралы заң', kkDat: 'саяси партиялар туралы заңға', ru: 'закон о политических партиях', en: 'the law on political parties' },
  'assemblies-law': { kk: 'бейбіт жиналыстар туралы заң', kkDat: 'бейбіт жиналыстар туралы заңға', ru: 'закон о мирных собраниях', en: 'the law on peaceful assemblies' },
  'media-law': { kk: 'масс-медиа туралы заң', kkDat: 'масс-медиа туралы заңға', ru: 'закон о масс-медиа', en: 'the law on mass media' },
  'constitutional-court-law': { kk: 'Конституциялық Сот туралы заң', kkDat: 'Конституциялық Сот туралы заңға', ru: 'закон о Конституционном Суде', en: 'the law on the Constitutional Court' },
  'lobbying-law': { kk: 'лоббизм туралы заң', kkDat: 'лоббизм туралы заңға', ru: 'закон о лоббизме', en: 'the law on lobbying' },
} as const satisfies Record<string, LawPhrases>;

export type LawKey = keyof typeof LAWS;

interface LawCues {
  steps: typeof KK_LAW_STEPS;
  names: typeof KK_LAW_NAMES;
  /** The head noun's ending that makes the name a place or a source, not the law enacted. */
  notItself: RegExp;
  /** Amendments told before the name ("поправки в …") or after it ("… кодексіне түзетулер"). */
  amendsBefore?: RegExp;
  amendsAfter?: RegExp;
}

const CUES: Record<SourceLang, LawCues> = {
  kk: { steps: KK_LAW_STEPS, names: KK_LAW_NAMES, notItself: KK_LAW_NOT_ITSELF, amendsAfter: KK_LAW_AMENDED_AFTER }, // prettier-ignore
  ru: { steps: RU_LAW_STEPS, names: RU_LAW_NAMES, notItself: RU_LAW_NOT_ITSELF, amendsBefore: RU_LAW_AMENDED_BEFORE }, // prettier-ignore
};

/**
 * The law or code a sentence names as the thing enacted: the first cue that matches. A code named
 * in a case that makes it a place or a source ("кодекстен алып тастайтын заң", "в Налоговом
 * кодексе") is not the law the event is about; one named before amendments ("кодекске
 * түзетулер", "поправки в Налоговый кодекс") is what the amendments change.
 */
export function lawNameOf(
  lang: SourceLang,
  text: string,
): { law: LawKey; amended: boolean } | undefined {
  for (const [key, re] of CUES[lang].names) {
    const m = re.exec(text);
    if (!m) continue;
    const rest = text.slice(m.index + m[0].length);
    const ending = /^\p{L}*/u.exec(rest)![0];
    // (The case is the head noun's: "кодекстен", not the subject's "о лоббизме".)
    if (/(?:кодекс|заң)$/iu.test(m[0]) && CUES[lang].notItself.test(ending)) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const { amendsBefore, amendsAfter } = CUES[lang];
    const amended = (amendsBefore?.test(before) ?? false) || (amendsAfter?.test(rest) ?? false);
    return { law: key as LawKey, amended };
  }
  return undefined;
}

/**
 * The step told nearest the event's own words, [from, to) in the sentence (its date, else its
 * cue): one sentence may tell two steps of one law, each with its day ("подписанный 20 апреля и
 * вступивший в силу 1 июля", "23 ақпанда қол қойған, ал 1 шілдеден бастап күшіне енеді").
 */
/** A step word of a treaty the sentence names, not of the law (locales/<lang>/events/treatyStep.ts). */
const TREATY_STEP = { kk: kkTreatyStep, ru: ruTreatyStep };

export function lawStepAt(
  lang: SourceLang,
  text: string,
  from: number,
  to: number,
): LawStep | undefined {
  let best: { step: LawStep; gap: number } | undefined;
  for (const [step, re] of CUES[lang].steps) {
    for (const m of text.matchAll(re)) {
      const end = m.index + m[0].length;
      // ("ратифицировал соглашение, подписанное 5 мая": the agreement is signed, not the law.)
      if (TREATY_STEP[lang](text, m.index, end)) continue;
      const gap = end <= from ? from - end : m.index >= to ? m.index - to : 0;
      if (!best || gap < best.gap) best = { step, gap };
    }
  }
  return best?.step;
}

/**
 * What a law with no name here is about (Russian "закон о местном самоуправлении", Kazakh
 * "«Бұқаралық ақпарат құралдары туралы» заң"): a word of its subject, lower-cased, so that two laws
 * told apart by it stay two events.
 */
function lawAboutOf(lang: SourceLang, text: string): string | undefined {
  const [about, none] =
    lang === 'ru' ? [RU_LAW_ABOUT, RU_LAW_ABOUT_NONE] : [KK_LAW_ABOUT, KK_LAW_ABOUT_NONE];
  const word = about.exec(text)?.[1];
  return word && !none.test(word) ? word.toLowerCase() : undefined;
}

/** A law event's title arguments: its name and the step its own date (or cue) belongs to. */
export function lawArgs(
  lang: SourceLang,
  text: string,
  from: number,
  to: number,
): Pick<TitleArgs, 'law' | 'lawStep' | 'lawAmended' | 'lawAbout'> {
  const named = lawNameOf(lang, text);
  const about = named ? undefined : lawAboutOf(lang, text);
  const lawStep = lawStepAt(lang, text, from, to);
  return {
    ...(named ? { law: named.law, ...(named.amended ? { lawAmended: true } : {}) } : {}),
    ...(about ? { lawAbout: about } : {}),
    ...(lawStep ? { lawStep } : {}),
  };
}

/** Two laws each told by its name or by what it is about, and not the same one. */
export function otherLaws(
  a: Pick<TitleArgs, 'law' | 'lawAbout'>,
  b: Pick<TitleArgs, 'law' | 'lawAbout'>,
): boolean {
  const which = (x: typeof a) => x.law ?? (x.lawAbout && `about:${x.lawAbout}`);
  const [x, y] = [which(a), which(b)];
  return x !== undefined && y !== undefined && x !== y;
}

/**
 * A law's step a report dated only by the publication tells, and another step of it on a day of
 * its own: a headline's "Закон о СМИ вступил в силу" is not the signing its lead dates 5 March,
 * but the coming into force of 10 March. (Two cues of one act on one day may read two steps.)
 */
export function otherSteps(
  a: { args: Pick<TitleArgs, 'lawStep'>; date?: { edtf: string; method: string } },
  b: { args: Pick<TitleArgs, 'lawStep'>; date?: { edtf: string; method: string } },
): boolean {
  const [x, y] = [a.args.lawStep, b.args.lawStep];
  const published = (c: typeof a) => c.date?.method === 'publication-date';
  return (
    x !== undefined &&
    y !== undefined &&
    x !== y &&
    a.date?.edtf !== b.date?.edtf &&
    published(a) !== published(b)
  );
}
