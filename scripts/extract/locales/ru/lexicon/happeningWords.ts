/**
 * Russian: what a bare "началась / завершится" tells of (events/happeningOf.ts). Nouns as stems
 * with any ending ("кампания", "агитации", "регистрация"); the step by the verb's stem.
 */
import type { HappeningCues } from '../../../events/happeningOf';

export const RU_HAPPENING: HappeningCues = {
  what: [
    ['nomination', /(?<!\p{L})(?:выдвижени|регистраци|подач)\p{L}*\s+(?:кандидат|партийн)/iu],
    // (A campaign named bare, "Кампания завершится", is a vote's only where the text tells a vote,
    // happeningOf.ts; one with a complement of its own is named, and another's: "кампания по
    // вакцинации", "кампания за трезвость", "кампания вакцинации", unless it is a vote's, "кампания
    // по выборам".)
    [
      'campaign',
      /(?<!\p{L})(?:агитаци|избирательн\p{L}*\s+кампани|предвыборн\p{L}*\s+кампани|кампани(?:я|и|ю|ей)(?!\p{L})(?!\s+(?:по|за|против)\s+(?!выбор|референдум))(?!\s+\p{L}+(?:ии|ия|ов)(?!\p{L})))/iu,
    ],
    ['registration', /(?<!\p{L})регистраци/iu],
    ['accreditation', /(?<!\p{L})аккредитаци/iu],
    ['discussion', /(?<!\p{L})обсуждени/iu],
    // Receiving or filing documents or applications: "прием документов", "приём заявлений",
    // "прием заявок", "подача заявок" (the filing of a candidate's is a nomination, above).
    ['documents', /(?<!\p{L})(?:при[её]м|подач)\p{L}*\s+(?:документ|заявлени|заяв(?:ок|к))/iu],
    // (Things approved or announced, begun or ended, heard: events/happeningThings.ts.)
    [
      'commissions-composition',
      /(?<!\p{L})состав(?:а|е|ом|ы)?\s+(?:\p{L}+\s+){0,3}комисси\p{L}*/iu,
    ],
    [
      'government-composition',
      /(?<!\p{L})состав(?:а|е|ом|ы)?\s+(?:нового\s+)?правительств\p{L}*/iu,
    ],
    ['composition', /(?<!\p{L})состав(?:а|е|ом|ы)?(?!\p{L})/iu],
    ['ballot', /(?<!\p{L})бюллетен\p{L}*/iu],
    ['concept', /(?<!\p{L})концепци\p{L}*/iu],
    ['proposals', /(?<!\p{L})предложени(?:я|й|ями)(?!\p{L})/iu],
    ['repairs', /(?<!\p{L})ремонт\p{L}*(?:\s+работ\p{L}*)?/iu],
    ['construction', /(?<!\p{L})строительств\p{L}*/iu],
    ['payments', /(?<!\p{L})выплат\p{L}*/iu],
    ['withdrawal', /(?<!\p{L})вывод\p{L}*\s+(?:\p{L}+\s+)?(?:контингент|войск|сил)\p{L}*/iu],
    ['appeal', /(?<!\p{L})рассмотрени\p{L}*\s+(?:апелляц|жалоб)\p{L}*/iu],
    // (Lists of voters or of citizens, in any case: "списки избирателей", "списков граждан"; a
    // vote's only, happeningOf.ts.)
    ['voter-lists', /(?<!\p{L})списк?\p{L}*\s+(?:избирател|граждан|участник)\p{L}*/iu],
    // (A ban, rules, norms or provisions brought into force, in any case and number: "запрет",
    // "запреты", "правила", "новых правил", "нормы", "положения"; not "правительство".)
    ['ban', /(?<!\p{L})запрет(?:а|у|ом|е|ы|ов|ам|ами|ах)?(?!\p{L})/iu],
    ['rules', /(?<!\p{L})правил(?:а|о|у|ом|е|ам|ами|ах)?(?!\p{L})/iu],
    [
      'provisions',
      /(?<!\p{L})(?:норм(?:а|ы|у|ой|е|ам|ами|ах)?|положени(?:е|я|й|ям|ями|ях))(?!\p{L})/iu,
    ],
    // (A law or a code, as the subject or object of its verb, singular or plural: "вводится новый
    // налоговый кодекс", "введут законы"; not a genitive that owns another thing, "положения
    // кодекса", nor a bill, "законопроект".)
    ['law', /(?<!\p{L})(?:закон|кодекс)ы?(?!\p{L})/iu],
    // (A procedure, as subject or object, or its genitive: "применяется новый порядок выплаты";
    // not "порядка 10" (about ten), nor "в порядке" (in the manner of).)
    ['procedure', /(?<!\p{L})поряд(?:ок|ка(?!\s+\d))(?!\p{L})/iu],
  ],
  // (Perfective and imperfective: "начнётся", "началась", "начинается", "начинают"; not the noun
  // "начинание", nor "прекращение".)
  start: /^(?:начал|начн|начина(?!ни)|старт)/iu,
  end: /^(?:заверш|законч|заканчива|прекрат|прекраща)/iu,
  approved: /^утвер/iu,
  announced: /^(?:опубликов|обнародов|объявлен)/iu,
  held: /^(?:состо|прош[её]л|прошл|пройд|провод|провед)/iu,
  // (Hung up, placed, presented, made available: "вывешиваются", "вывесят", "размещены",
  // "представлены для ознакомления", "будут доступны".)
  posted: /^(?:выве[шс]|размещ|размест|представл|доступн)/iu,
  // (Introduced, set to work or to apply: "вводится", "введут", "введены", "заработают",
  // "действуют", "применяются"; "вступ" of "вступают в силу".)
  inForce: /^(?:ввод|введ|вступ|заработа|действ|применя)/iu,
  // (Elections, the pre-election campaign, voters, agitation, a referendum.)
  electoral: /(?<!\p{L})(?:выбор|предвыборн|избира|агитаци|референдум)/iu,
  // (The clause's opening, a conjunction, a demonstrative: "Кампания", "а кампания", "Эта кампания".)
  anaphoric: /(?:^|[,;:–—]|(?<!\p{L})(?:а|и|но|эта|эту|этой|данная|данной|вся|сама))\s*$/iu,
  referendum: /(?<!\p{L})референдум/iu,
  // (Elections and the pre-election campaign; voters, polling stations and commissions serve a
  // referendum too: "избиратели", "избирательные участки".)
  election:
    /(?<!\p{L})(?:выбор(?:ы|ов|ах|ам|ами)(?!\p{L})|предвыборн|избирательн\p{L}*\s+кампани)/iu,
};
