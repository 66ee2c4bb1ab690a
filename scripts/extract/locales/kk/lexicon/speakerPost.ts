/**
 * Kazakh cues of a speaker named by his post alone (events/speakerPost.ts): "Мемлекет басшысы …
 * ұсынды", "Президент … мәлімдеді", "Премьер-Министр … тапсырды", "Үкімет басшысы". The post is
 * in the nominative (no suffix glued to it: not "Президенттің", "Мемлекет басшысына"), and
 * Kazakhstan's: another country's post takes the possessive after that country ("Ресей
 * Президенті", "Франция Президенті"), Kazakhstan's own may too ("Қазақстан Президенті").
 */
import type { SpeakerPostCues } from '../../../events/speakerPost';

export const KK_SPEAKER_POST: SpeakerPostCues = {
  posts: [
    [
      'president',
      /(?<![\p{L}-])(?:Президент|(?:Қазақстан|ҚР)\s+Президенті|Мемлекет\s+басшысы)(?![\p{L}-])/gu,
    ],
    ['prime-minister', /(?<![\p{L}-])(?:Премьер-[Мм]инистр|Үкімет\s+басшысы)(?![\p{L}-])/gu],
    [
      'deputy-prime-minister',
      /(?<![\p{L}-])(?:Премьер-[Мм]инистрдің\s+орынбасары|[Вв]ице-премьер)(?![\p{L}-])/gu,
    ],
    ['capital-akim', /(?<![\p{L}-])(?:Астана\s+қаласының|Астана|[Ее]лорда)\s+әкімі(?![\p{L}-])/gu],
    ['regional-akim', /(?<![\p{L}-])(?:[Оо]блыс|[\p{L}-]+\s+облысының)\s+әкімі(?![\p{L}-])/gu],
    ['city-akim', /(?<![\p{L}-])[Ққ]ала\s+әкімі(?![\p{L}-])/gu],
    ['district-akim', /(?<![\p{L}-])(?:[Аа]удан|[\p{L}-]+\s+ауданының)\s+әкімі(?![\p{L}-])/gu],
    ['akim', /(?<![\p{L}-])Әкім(?![\p{L}-])/gu],
    ['minister', /(?<![\p{L}-])Министр(?![\p{L}-])/gu],
  ],
  // "бұрынғы Президент", "экс-президент", "вице-премьер" (the hyphen is kept out by the post's own
  // lookbehind), or a country's name glued before the bare post.
  notBefore: /(?:(?<![\p{L}])(?:бұрынғы|жаңа)|экс-)\s*$/iu,
  // A noun the post only qualifies ("Президент Әкімшілігі", "Президент сайлауы").
  notAfter:
    /^\s+(?:сайлау|әкімшілі|жарлығ|жарлық|кеңесші|лауазым|өкілеттіг|қызмет|резиденция|баспасөз|кандидат|жанындағы|орынбасар|міндет)\p{L}*/iu,
  own: undefined,
  // Between the post and the cue: no clause break, but a converb's comma ("жариялап, … ұсынды"),
  // and no other nominative subject (a body or another post).
  between:
    /^(?![^]*(?<![\p{L}])(?:Үкімет|Парламент|Мәжіліс|Сенат|министр|министрі|әкім|әкімі|депутаттар|комиссия|партия|ол|олар)(?![\p{L}]))(?:[^,;:–—«»"()]|(?<=[ыі]?п),|«[^»]*»)*$/iu,
  maxWordsBetween: 20,
  // "– деді Мемлекет басшысы".
  after: true,
  // "… аяқтауы тиіс", "… жөндеуі керек", "қажет".
  duty: /(?<![\p{L}])(?:тиіс|керек|қажет)(?![\p{L}])/iu,
  // The post in the possessive, in any case, after its country's name, up to three capitalised
  // words ("Ресей Президенті", "АҚШ Президентімен", "Түркия Республикасының Президенті", "Америка
  // Құрама Штаттарының Президентіне"), unless they are Kazakhstan's ("Қазақстан Республикасының
  // Президенті", "ҚР Президенті", "Республика Президенті", "Ел Президенті"), and never running
  // back over the bare post of the one who receives him ("Президент Ақордада Әзербайжан
  // Президентін қабылдады").
  foreign:
    /(?<![\p{L}-])(?!(?:Қазақстан|ҚР|Республика|Ел|Мемлекет|Үкімет)(?![\p{L}]))(?!Қазақстан|Республика|Президент|Премьер)\p{Lu}[\p{L}-]*(?:\s+(?!Президент|Премьер)\p{Lu}[\p{L}-]*){0,2}\s+(?:[Пп]резидент|[Пп]ремьер-[Мм]инистр)[іы]\p{L}*/gu,
};
