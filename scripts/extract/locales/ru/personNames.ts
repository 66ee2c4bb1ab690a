/** How Russian text names people, for arguments/findPersons.ts. */
import type { PersonNameGrammar } from '../../arguments/personNameGrammar';
import { ruRoleNominative } from '../../arguments/ruRoleCase';
import { STRONG_SURNAME_ENDING } from '../kk/lexicon/names';
import { RU_ACT_TITLE_NOUN, RU_NOT_NAME, RU_PEOPLE_NOUN, RU_STATE_NOUN } from './lexicon/names';
import { RU_HEAD_NOUN } from './lexicon/headNouns';
import { RU_PATRONYMIC } from './lexicon/roles';
import { RU_FATHER_NAME } from './nameParticles';
import { isSurnameFirst } from './surnameFirst';
import { verbHasNameForSubject } from './verbBeforeName';
import { ruMetWith } from './metWith';
import { ruForeignSubject } from './foreignSubject';
import { casesGovernedBefore, ruDeclinedName } from './declinedName';
import { ruComplementBeforeName } from './complementBeforeName';
import { PASSIVE_STEM } from './ruVerbForms';
import { givenDisagreesWithSurname } from './givenSurnameCase';
import { isGenitiveOfQuantity } from './genitiveOfQuantity';

/** `Конституционного`, `Верховному`: an adjective's oblique case, never a surname alone (but `Петровского`). */
const ADJECTIVE_FORM = /(?<!ск|цк)(?:ого|его|ому|ему|ыми|ими)$/u;

const PREPOSITION = /^(?:с|со|в|во|на|к|ко|по|о|об|обо|за|от|до|для|из|при|без|перед|над|под)$/iu;

/**
 * Prepositions, primary and derived, which open a sentence capitalised before the name they
 * govern ("Вместо Баталова …", "После Токаева …", "Против Смаилова …"): never a given name.
 */
const CAPITALISED_PREPOSITION =
  /^(?:Вместо|Взамен|После|Против|Кроме|Помимо|Среди|Через|Перед|Накануне|Вслед|Согласно|Благодаря|Вопреки|Ради|Около|Возле|Между|Вокруг|Напротив|Вне|Внутри|Сквозь|Ввиду|Вследствие|Насчет|Насчёт|Наряду|Для|Без|При|Из|От|До|За|Под|Над|Про|Со|Ко|Об|Обо)$/u;

/**
 * A person the sentence names as replaced, preceded or left aside ("вместо Баталова", "после
 * Баталова акимом назначен …", "кроме Смаилова"): someone the act is measured by, no actor of it.
 */
const INSTEAD_OF = /^(?:вместо|взамен|после|кроме|помимо)$/iu;

/**
 * Past verbs agree in gender: `заявила Динара Токаева`, `Назарбаева отметила`, and the short ones
 * of `идти` and `быть` (`ушла`, `вошёл`, `была`); so do the short passives news is told in, an
 * appointment's: `Роман Скляр назначен`, `Асель Ким назначена`, `переизбран` (ruVerbForms.ts, their
 * stems only: a noun's genitive has the same ending, `визита`, `плана`).
 */
const PASSIVE = String.raw`(?:пере)?${PASSIVE_STEM}`;
const PAST_FEMININE = new RegExp(
  String.raw`^(?:\p{Ll}{3,}(?:ла|лась)|\p{Ll}{0,4}шла(?:сь)?|была|${PASSIVE}а)$`,
  'u',
);
const PAST_MASCULINE = new RegExp(
  String.raw`^(?:\p{Ll}{3,}(?:[аеёиоуыя]л|лся)|\p{Ll}{0,4}ш[её]л(?:ся)?|был|${PASSIVE})$`,
  'u',
);

export const RU_PERSON_NAMES: PersonNameGrammar = {
  // (Or a father's name after "son of": `Тамим бин Хамад Аль Тани`.)
  patronymic: new RegExp(`${RU_PATRONYMIC.source}|${RU_FATHER_NAME.source}`, 'u'),
  surnameFirst: isSurnameFirst,
  isCapitalisedNoun: (word) =>
    RU_NOT_NAME.test(word) ||
    RU_PEOPLE_NOUN.test(word) ||
    RU_HEAD_NOUN.test(word) ||
    RU_STATE_NOUN.test(word) ||
    CAPITALISED_PREPOSITION.test(word),
  governsName: (word) => RU_HEAD_NOUN.test(word),
  governsOblique: (before) => casesGovernedBefore(before).length > 0,
  roleAsWritten: ruRoleNominative,
  genderOf: (verb) =>
    PAST_FEMININE.test(verb) ? 'f' : PAST_MASCULINE.test(verb) ? 'm' : undefined,
  verbHasNameForSubject,
  inApposition: () => true,
  ownerBeforePost: false,
  complementBeforeName: ruComplementBeforeName,
  // (Or a foreign surname alone, the subject of a person's act: "Эрдоган встретился с Токаевым".)
  declinedName: (written, words, before, around) =>
    ruDeclinedName(written, words, before, around) ||
    ruForeignSubject(written, words, around?.after ?? []),
  givenOtherCase: givenDisagreesWithSurname,
  // (Coordinated names stand in one case: "Токаев и Эммануэль Макрон", "Токаева и Эммануэля Макрона".)
  coordinator: /^(?:и|или)$/u,
  // A role phrase in apposition never ends in a preposition: in "Президент выступил с Посланием"
  // the capitalised word is what the preposition governs, not a surname.
  // Nor is a word beside a state's noun: its adjective ("Президент Турецкой Республики") or the
  // country's name after it ("Премьер-министр Республики Корея").
  // (But "с Путиным", "с Лукашенко": the one met, locales/ru/metWith.ts.)
  // Nor is a counted noun's genitive plural opening a sentence ("Вопросов было много").
  // Nor is the adjective of a code's or a law's title ("Трудовой кодекс": lexicon/names.ts).
  notLoneSurname: (word, before, after, next, written) =>
    ADJECTIVE_FORM.test(word) ||
    RU_ACT_TITLE_NOUN.test(after ?? '') ||
    isGenitiveOfQuantity(written ?? word, after, next) ||
    RU_STATE_NOUN.test(after ?? '') ||
    RU_STATE_NOUN.test(before ?? '') ||
    INSTEAD_OF.test(before ?? '') ||
    (!STRONG_SURNAME_ENDING.test(word) &&
      PREPOSITION.test(before ?? '') &&
      !ruMetWith(written, word, before)),
};
