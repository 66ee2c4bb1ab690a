/**
 * Kazakh: what a bare "басталды / аяқталды" tells of (events/happeningOf.ts). Nouns as stems with
 * any ending ("науқаны", "үгіт-насихат", "тіркеу"); the step by the verb's stem.
 */
import type { HappeningCues } from '../../../events/happeningOf';

export const KK_HAPPENING: HappeningCues = {
  what: [
    // (A step of a vote's calendar, named by its object: "кандидаттарды тіркеу", "партиялық
    // тізімдерді тапсыру"; titled as the nomination's step.)
    ['nomination', /(?<!\p{L})(?:кандидат|партиялық\s+тізім)\p{L}*\s+(?:ұсыну|тіркеу|тапсыру)/iu],
    ['campaign', /(?<!\p{L})(?:үгіт|сайлау\s+науқан|науқан)/iu],
    ['registration', /(?<!\p{L})тіркеу/iu],
    ['accreditation', /(?<!\p{L})аккредиттеу/iu],
    ['discussion', /(?<!\p{L})талқылау/iu],
    // Receiving documents or applications: "құжаттарды қабылдау", "өтініштерді қабылдау".
    ['documents', /(?<!\p{L})(?:құжат|өтініш)\p{L}*\s+қабылдау/iu],
    // (Things approved or announced, begun or ended, heard: events/happeningThings.ts.)
    ['commissions-composition', /(?<!\p{L})комиссия\p{L}*\s+құрам(?:ы|ын|ына|ының)?(?!\p{L})/iu],
    ['government-composition', /(?<!\p{L})үкімет\p{L}*\s+құрам(?:ы|ын|ына|ының)?(?!\p{L})/iu],
    ['composition', /(?<!\p{L})құрам(?:ы|ын|ына|ының)?(?!\p{L})/iu],
    ['ballot', /(?<!\p{L})бюллетен\p{L}*/iu],
    ['concept', /(?<!\p{L})тұжырымдама\p{L}*/iu],
    ['proposals', /(?<!\p{L})ұсыныстар\p{L}*/iu],
    ['repairs', /(?<!\p{L})жөндеу(?:\s+жұмыс\p{L}*)?/iu],
    ['construction', /(?<!\p{L})құрылыс(?:ы|ын|ы|та)?(?!\p{L})/iu],
    ['payments', /(?<!\p{L})төлем(?:дер|ақы)?\p{L}*/iu],
    ['withdrawal', /(?<!\p{L})(?:контингент|әскер)\p{L}*\s+(?:шығару|әкету)\p{L}*/iu],
    ['appeal', /(?<!\p{L})апелляци\p{L}*\s+(?:шағым\p{L}*\s+)?қарау/iu],
    // (Voters' or citizens' lists, in any number and case: "сайлаушылар тізімі", "азаматтардың
    // тізімдері"; a vote's only, happeningOf.ts.)
    ['voter-lists', /(?<!\p{L})(?:сайлаушы|азамат)\p{L}*\s+тізім\p{L}*/iu],
    // (A ban, rules or norms brought into force, in any case, number and possessive: "тыйым",
    // "тыйымдар", "қағидалары", "ережелер", "нормалар".)
    ['ban', /(?<!\p{L})тыйым\p{L}*/iu],
    ['rules', /(?<!\p{L})(?:қағида|ереже)\p{L}*/iu],
    ['provisions', /(?<!\p{L})норма\p{L}*/iu],
    // (A law or a code, as subject or object, with its possessive and in the plural: "жаңа Салық
    // кодексі", "заңдар", "кодексті"; not a genitive that owns another thing, "кодексінің
    // нормалары", nor a bill, "заң жобасы".)
    [
      'law',
      /(?<!\p{L})(?:заң(?:ы|ын|ды|дар|дары|дарын|дарды)?(?!\p{L})(?!\s+жоба)|кодекс(?:і|ін|ті|тер|тері|терін|терді)?(?!\p{L}))/iu,
    ],
    // (A procedure, with its possessive, as subject or object: "жаңа тәртіп", "төлеу тәртібі".)
    ['procedure', /(?<!\p{L})тәрті(?:п|бі|бін|пті)(?!\p{L})/iu],
  ],
  start: /^(?:бастал|бастаймыз)/iu,
  end: /^(?:аяқтал|тоқтатыл|аяқтаймыз)/iu,
  approved: /^бекіт/iu,
  announced: /^жариял/iu,
  held: /^(?:өт(?:ті|еді|етін|кен|уі)$|өткіз)/iu,
  // (Hung up, presented, placed: "ілінеді", "ілініп", "танысуға ұсынылады", "орналастырылды".)
  posted: /^(?:іл(?:ін|іп|еді|ді|ген|у)|ұсыныл|орналастыр)/iu,
  // (Introduced, in force, applied, a ban imposed: "енгізіледі", "күшіне енеді", "қолданылады",
  // "қолданысқа енеді", "тыйым салынады".)
  inForce: /^(?:енгізіл|күшіне|қолданыл|қолданысқа|салын)/iu,
  // (An election, its agitation, a referendum; "сайлаушы", "сайлауалды" are the election's too.)
  electoral: /(?<!\p{L})(?:сайлау|үгіт|референдум)/iu,
  // (The clause's opening, a conjunction, a demonstrative: "Науқан", "ал науқан", "Бұл науқан".)
  anaphoric: /(?:^|[,;:–—]|(?<!\p{L})(?:ал|және|бұл|осы|аталған|сол))\s*$/iu,
  referendum: /(?<!\p{L})референдум/iu,
  // (An election, before the vote or not: "сайлау", "сайлауы", "сайлауалды"; not its voters,
  // "сайлаушылар", nor a polling station or a commission, which a referendum has too.)
  election: /(?<!\p{L})сайлау(?!шы)(?!\s+(?:учаске|комиссия))/iu,
};
