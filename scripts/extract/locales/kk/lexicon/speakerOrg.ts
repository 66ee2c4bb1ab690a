/**
 * Kazakh cues of an organisation that speaks (events/speakerOrg.ts): "Әділет министрлігі
 * мәлімдеді", "Бейнеу аудандық мәслихаты ұсынды". A word with the possessive right after the name
 * makes it another's possessor ("Ұлттық банк төрағасы мәлімдеді": the chairman speaks).
 */
import type { SpeakerOrgCues } from '../../../events/speakerOrg';

export const KK_SPEAKER_ORG: SpeakerOrgCues = {
  clauseBreak: /[,;:–—()«»"?!]/gu,
  // (The Kazakh subject stands before its verb, which ends the clause; its name is written as
  // the lexicon has it.)
  lowerCase: undefined,
  afterVerb: undefined,
  // "мәслихат" → "мәслихаты", "Ұлттық банк" → "Ұлттық банкі" ("Қазақстан Республикасының Ұлттық банкі").
  ownTail: /^(?:с?[ыі])$/u,
  // (Not a time word's: "2023 жылы", "өткен аптада", "сол күні" tell when; nor a date's adjective
  // in -ғы/-дағы, "2022 жылғы 5 қаңтарда", "қаңтардағы", which ends in the same letters; nor a
  // numeral that ends in them, "екі дипломатты". Nor an accusative in -ды/-ді, "фермерлерді",
  // "шешімді": a possessive -ы/-і would need a stem in -д, which Kazakh words do not end in; nor an
  // adjective in -ғы/-гі, "бүгінгі", "соңғы", for no stem ends in -ғ/-г; nor a postposition that
  // ends in -ы/-і, "шаралар туралы", "арқылы", "қатысты": it governs the noun before it.)
  possessed:
    /^(?!(?:жыл|ай|күн|кез|уақыт|сағат|тоқсан)(?:[ыі]|сы|сі)$|(?:екі|алты|жеті)$|\p{L}+(?:ғы|гі|д[ыі])$|\p{L}+(?:дағы|дегі|тағы|тегі)$|(?:туралы|арқылы|сияқты|қатысты|байланысты)$)\p{L}+(?:[ыі]|сы|сі)$/iu,
  postposition: /^(?:бойынша|туралы|үшін|арқылы|кейін|бұрын|сияқты|жөнінде|қатысты|байланысты)$/iu,
  // A bare noun before another in the possessive is its possessor (the izafet, "Мәжіліс
  // сайлауы"), and in a case besides the accusative the pair is an adverbial, not the subject and
  // its own object ("Мәжіліс сайлауына кандидат ұсынды", "Сенат отырысында", "Үкімет қаулысымен").
  // (Not the accusative, "Үкімет бағдарламасын ұсынды", where the subject may own its object.)
  ownedNext: /^\p{L}+(?:[ыі]|сы|сі)(?:на|не|нда|нде|нан|нен|мен)$/iu,
  beforeCaseless: undefined,
  verbGender: () => undefined,
  // (The verb ends the Kazakh clause and the subject opens it: a dated statement about something,
  // "Үкімет 2025 жылғы 7 наурызда соңғы шешімді қайта қарау туралы мәлімдеді", is nine words apart.)
  maxWordsBetween: 12,
};
