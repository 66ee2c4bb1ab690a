import type { RoleWords } from '../../../arguments/isRoleWord';
import { RU_LOWER_CASE_MONARCH_FORMS, RU_MONARCH_FORMS } from './monarchTitles';

/** Russian role nouns (stems): `председатель Мажилиса Ерлан Кошанов`, `аким города`. */
// prettier-ignore
export const RU_ROLE_STEMS: readonly string[] = [
  'председател', 'секретар', 'депутат', 'министр', 'аким', 'президент', 'глав', 'руководител',
  'директор', 'спикер', 'член', 'заместител', 'эксперт', 'журналист', 'корреспондент', 'премьер',
  'посол', 'судья', 'учител', 'ветеран', 'академик', 'артист', 'представител', 'кандидат', 'лидер',
  'профессор', 'ректор', 'советник', 'политолог', 'канцлер',
  // The law's and the audit's officers: "Генеральный прокурор Берик Асылов", "омбудсмен".
  'прокурор', 'омбудсмен', 'аудитор',
  // A compound written as one word is no form of its last part's stem: `госсекретаря`.
  'госсекретар', 'генсекретар',
];

/**
 * Role nouns whose stem loses its vowel in the other cases (`посол`: `посла`, `послом`, `послы`):
 * each such form and its nominative, singular forms to the singular, plural ones as written. (As
 * a stem `посл` would take in `после`, `послание`.)
 */
// prettier-ignore
export const RU_ROLE_FORMS: Readonly<Record<string, string>> = {
  посла: 'посол', послу: 'посол', послом: 'посол', послы: 'послы', послов: 'послов',
  послам: 'послам', послами: 'послами', послах: 'послах',
  // The Leader of the Nation, a Kazakh title Russian text leaves undeclined.
  елбасы: 'елбасы',
  ...RU_MONARCH_FORMS,
};

/** Every form above and those of the titles that are posts only in lower case, to its nominative. */
export const RU_FORM_NOMINATIVE: Readonly<Record<string, string>> = {
  ...RU_ROLE_FORMS,
  ...RU_LOWER_CASE_MONARCH_FORMS,
};

/**
 * A Russian role noun is its stem and an ending of case and number (`председател|ем`,
 * `глав|ой`, `депутат|ами`), or a woman's noun in -к- (`журналист|ка`, `журналист|кой`): not a
 * word derived from the stem, `кандидат|ура` (a candidacy), `аким|ат` (a body), `член|ство`,
 * `депутат|ский`, `глав|ный`.
 */
const CASE_ENDING =
  /^(?:к(?:а|и|у|ой|е|ам|ами|ах)?)?(?:|а|я|у|ю|ом|ем|ём|ой|ою|ей|е|и|ы|ь|ов|ев|ам|ям|ами|ями|ах|ях)$/u;
export const RU_ROLE_WORDS: RoleWords = {
  stems: RU_ROLE_STEMS,
  ending: (tail) => CASE_ENDING.test(tail),
  forms: RU_ROLE_FORMS,
  lowerCase: (word) => Object.hasOwn(RU_LOWER_CASE_MONARCH_FORMS, word),
};

/** The nominative singular of each role stem (`председател` → `председатель`, `глав` → `глава`). */
// prettier-ignore
export const RU_ROLE_NOMINATIVE: Readonly<Record<string, string>> = {
  председател: 'председатель', секретар: 'секретарь', заместител: 'заместитель',
  руководител: 'руководитель', представител: 'представитель', учител: 'учитель', глав: 'глава',
  судья: 'судья', госсекретар: 'госсекретарь', генсекретар: 'генсекретарь',
};

// prettier-ignore
export const RU_ROLE_STOP_WORDS: ReadonlySet<string> = new Set([
  'сказал', 'сказала', 'заявил', 'заявила', 'отметил', 'отметила', 'и', 'а', 'но', 'что', 'как',
  'это', 'там', 'здесь', 'по', 'словам', 'подчеркнул', 'подчеркнула', 'добавил', 'добавила',
]);

/**
 * Russian patronymic endings, in any case: the middle word of a three-part name (`Кемелевич`,
 * `Кемелевича`, `Сергеевной`), and Kazakh-style ones written in Russian, with Russian letters or
 * Kazakh ones (`Кемелулы`, `Кемелұлы`, `Серикқызы`).
 */
export const RU_PATRONYMIC =
  /(?:ович|евич|ич)(?:а|у|ем|е)?$|(?:овн|евн|ичн)(?:а|ы|е|у|ой)$|(?:улы|ұлы|кызы|қызы)$/u;

/**
 * Nouns of leaving or taking a post, whose genitive names who left or took it ("после отставки
 * Назарбаева", "назначение Смаилова"): read by events/possessorFirst.ts.
 */
export const RU_POST_NOUN = /^(?:отставк|уход|назначени|освобождени|избрани)\p{Ll}*$/iu;
