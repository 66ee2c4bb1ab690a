/**
 * Kazakh words of a law's life (signed, adopted, in force) and the names of laws and codes, keyed
 * like events/lawNames.ts. Stems take any ending: "кодексі", "кодексіне", "заңға", "қабылданған".
 */
import type { KeyedCues } from '../../../events/titleCueWords';
import type { LawStep } from '../../../events/lawNames';

// Global: every step cue of a sentence is found, and the one nearest the event's date is its step.
// prettier-ignore
export const KK_LAW_STEPS: ReadonlyArray<readonly [LawStep, RegExp]> = [
  ['in-force', /(?<!\p{L})күшіне\s+(?:толық\s+)?(?:ен|кір)\p{L}*|(?<!\p{L})қолданысқа\s+енгізіл\p{L}*/giu],
  // Any tense: "қол қойды", "қол қояды", "қол қоюы тиіс". (Not "қол қоюына жіберілді": sent for
  // signing, not signed.)
  ['signed', /(?<!\p{L})қол\s+(?:қой|қоя|қою(?!ына|ға))\p{L}*/giu],
  // (A chamber "мақұлдады" a law the Mazhilis adopted, or it "мақұлданды" there: its approval is
  // the law's adoption, as Russian "одобрил".)
  ['adopted', /(?<!\p{L})(?:қабылда|мақұлда)\p{L}*/giu],
  ['returned', /(?<!\p{L})(?:қайтар|қайтарыл)\p{L}*/giu],
];

// A code is named by its adjective or noun before "кодексі"; a law by its subject before "туралы заң",
// its name in quotes or not ("«Бұқаралық ақпарат құралдары туралы» Заңға").
// prettier-ignore
export const KK_LAW_NAMES: KeyedCues = [
  ['tax-code', /(?<!\p{L})салық\s+кодекс/iu],
  ['social-code', /(?<!\p{L})әлеуметтік\s+кодекс/iu],
  ['land-code', /(?<!\p{L})жер\s+кодекс/iu],
  ['water-code', /(?<!\p{L})су\s+кодекс/iu],
  ['environmental-code', /(?<!\p{L})экологиялық\s+кодекс/iu],
  ['budget-code', /(?<!\p{L})бюджет\s+кодекс/iu],
  ['criminal-code', /(?<!\p{L})қылмыстық\s+кодекс/iu],
  ['labour-code', /(?<!\p{L})еңбек\s+кодекс/iu],
  ['administrative-code', /(?<!\p{L})әкімшілік\s+құқық\s*бұзушылық\p{L}*\s+туралы[»"”]?\s+кодекс/iu],
  ['election-law', /(?<!\p{L})сайлау\s+туралы[»"”]?\s+(?:конституциялық\s+)?заң/iu],
  ['parties-law', /(?<!\p{L})саяси\s+партиялар\s+туралы[»"”]?\s+(?:конституциялық\s+)?заң/iu],
  ['assemblies-law', /(?<!\p{L})бейбіт\s+жиналыс\p{L}*\s+(?:[\p{L}-]+\s+){0,5}?туралы[»"”]?\s+заң/iu],
  // Also by the rallies it orders, as Russian "закон о митингах": "митингілер (мен шерулер) туралы
  // заң", "митингілерді өткізу тәртібі туралы заң"; between them only a list of what is gathered
  // (plurals joined by "мен", "және"), verbal nouns and "тәртібі" ("митингте … туралы заңды сынады"
  // is said at a rally).
  ['assemblies-law', /(?<!\p{L})митинг\p{L}*(?<!те|де|та|да),?\s+(?:(?:мен|бен|пен|және|\p{L}+(?:лар|лер|дар|дер|тар|тер)\p{L}*|\p{L}+[ую](?:ды|ді|ға|ге|дың|дің)?|тәртіб\p{L}*),?\s+){0,5}?туралы[»"”]?\s+заң/iu],
  ['media-law', /(?<!\p{L})(?:масс-медиа|бұқаралық\s+ақпарат(?:\s+құралдары)?)\s+туралы[»"”]?\s+(?:\p{L}+\s+)?заң/iu],
  ['constitutional-court-law', /(?<!\p{L})конституциялық\s+сот\s+туралы[»"”]?\s+(?:конституциялық\s+)?заң/iu],
  ['lobbying-law', /(?<!\p{L})лоббизм|(?<!\p{L})лоббистік\s+қызмет/iu],
];

/** A code named in the ablative or locative ("кодекстен алып тастайтын заң") is a source or place. */
export const KK_LAW_NOT_ITSELF = /(?:[тдн]ен|[тдн]ан|[тд]е|нде|[тд]а|нда)$/u;

/** Amendments after the name ("Салық кодексіне түзетулер"): the event is the amendments. */
export const KK_LAW_AMENDED_AFTER = /^\p{L}*\s+(?:[\p{L}-]+\s+)?(?:түзету|өзгеріс|толықтыру)/iu;

/**
 * What a law not in KK_LAW_NAMES is about: the word before "туралы" ahead of "заң" ("«Бұқаралық
 * ақпарат құралдары туралы» заң жобасы" → "құралдары"), which tells two laws apart. An amending law
 * ("… енгізу туралы") or a ratifying one tells none by it.
 */
export const KK_LAW_ABOUT = /([\p{L}-]+)\s+туралы[»"]?\s+(?:[\p{L}-]+\s+)?заң/iu;
export const KK_LAW_ABOUT_NONE = /^(?:енгізу|ратификациялау|өзгерістер|толықтырулар)$/iu;
