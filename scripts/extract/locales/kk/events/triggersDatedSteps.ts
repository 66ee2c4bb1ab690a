/**
 * Kazakh triggers, mostly weak or dated only by their sentence: terms ending, things put off,
 * recalled days, bodies of the state and parties founded, instructions with a deadline,
 * chairmanships, bare deadlines and starts, what took place, awards, gatherings and audiences. In
 * lexicon order: see triggers.ts.
 */
import { re, W, type Trigger } from '../../../events/trigger';
import { KK_INSTRUCTING } from './aspect';
import { KK_DUE_BY } from './dueBy';
import { KK_TROOPS_IN_MOTION } from '../lexicon/troopsMotion';
import { T, V, AP, GAP, GUESTS, BODY_ACTING, PLANNED_ACT } from './triggerPieces';
import { KK_POST_AFTER_BODY } from './bodyInPost';
import { kkVerb } from './verbForms';
import { KK_MONTHS } from '../dates/kkLexicon';

/** A month's stem: a deadline or a start is a day of a month, not "10 пайызға дейін". */
const MONTH = `(?:${[...KK_MONTHS.keys()].join('|')})`;

/** A day of a month in any case: "1 шілдеге", "15-ші наурызда", "20 наурыздан". */
const DAY_OF_MONTH = String.raw`\d{1,2}(?:-ші|-шы)?\s+${MONTH}\p{L}*`;

/**
 * The day of an audience, between the guest and the verb ("Олаф Шольцті Тоқаев 5 наурызда Ақордада
 * қабылдады"): a date is not one of the two words the guest may stand from the verb.
 */
const RECEIVED_DAY = String.raw`(?:(?:\d{4}\s+жылғы\s+)?${DAY_OF_MONTH}\s+)`;

/**
 * Names of documents, not people: "Конституцияны қабылдады", "Президент жаңа бағдарламаны
 * қабылдады" (adopted it) is no audience.
 */
const DOCUMENTS = String.raw`Конституция|Заң|Кодекс|Жарлық|Бағдарлама|Жолдау|Декларация|Стратегия|Тұжырымдама|Бюджет|Қаулы|Регламент|Меморандум|Келісім`;

/**
 * A person's surname in the nominative, who received ("Қасым-Жомарт Тоқаев … Қошановты
 * қабылдады"): no case suffix after -ов/-ев/-ин.
 */
const KK_SURNAME = String.raw`[\p{Lu}][\p{Ll}-]+(?:ов|ев|ёв|ин|ова|ева|ёва|ина)(?![\p{L}])`;

/** A word in the ablative: "палатадан", "адамнан", "департаменттен". */
const ABLATIVE = String.raw`\p{L}+(?:нан|нен|дан|ден|тан|тен)`;

/** A passive told ahead: "құрылмақ", "құрылмақшы", "құрылады" (kkVerb's future and present). */
const AHEAD = (stem: string) => kkVerb(stem, { voice: 'passive', forms: ['future', 'present'] });

/**
 * A policy document adopted: "Үкімет бағдарламаны қабылдады", "… даму стратегиясын қабылдаған", as
 * the Russian "приняло программу" is (and "бекітті", approved, already is). Only a policy's noun
 * right before the verb: "қабылдады" alone is also receiving guests.
 */
const ADOPTED_POLICY = String.raw`(?:тұжырымдама|бағдарлама|стратегия|доктрина|жоспар)\p{L}*\s+қабылда${T}`;

export const KK_DATED_STEP_TRIGGERS: Trigger[] = [
  // A term that ends on a day of its own: "оның мерзімі 2028 жылы бітеді", "өкілеттік мерзімі аяқталады".
  { type: 'other', facet: 'term', pattern: re(`${W}мерзім${T}\\s+${GAP(5)}(?:${V('біт')}|${V('аяқтал')})`), needsDate: true },
  // Put off to a later day: "мәселені қарауды қыркүйекке қалдырды", "кейінге қалдырылды", "шегерілді".
  { type: 'other', facet: 'postponed', pattern: re(`${W}(?:(?:қарау|талқылау|өткізу)(?:ды|ді|ын)\\s+${GAP(3)}${AP('қалдыр')}|кейінге\\s+${AP('қалдыр')}|${kkVerb('шегер', { voice: 'both', forms: ['past', 'perfect', 'future'] })})`), needsDate: true },
  // A recall that opens on a day ("Еске салсақ, 2 қаңтар күні Жаңаөзен тұрғындары …"): something
  // happened that day, even when no other cue names what.
  { type: 'other', facet: 'recalled-day', pattern: re(`${W}(?:еске\\s+(?:салсақ|салайық|сала\\s+кетейік|салып\\s+өтейік))[,\\s]+(?=\\d{1,2}(?:-ші|-шы)?\\s+\\p{L}+)`), needsDate: true, clauseDate: true, fallback: true },
  // Troops in motion, on a day of their sentence, wherever their clause starts ("Министрліктің хабарлауынша, 6
  // сәуірде бітімгершілік күштері Алматыға келеді"): an event of its own, titled by
  // events/troopsMotion.ts; weak, so a stronger cue of the sentence tells it.
  { type: 'other', facet: 'troops', pattern: re(`${W}${KK_TROOPS_IN_MOTION}`), needsDate: true, fallback: true },
  // A body of the state made or made anew is a reform of the state, not an organisation founded:
  // "Конституциялық Сот қайта құрылып"; so is one that appears, is split, merged, reorganised or
  // abolished ("министрлігі пайда болды", "агенттігі таратылды", "министрліктер біріктірілген"). (A new region, "Абай облысы құрылған", is told as an event
  // of its own, as both evaluation sets mostly annotate it.)
  { type: 'reform', facet: 'institution', pattern: re(`${W}(?:Конституциялық\\s+Сот|палата|министрлі|агентті[кг])${T}\\s+${GAP(4)}(?:(?:(?:қайта\\s+)?(?:құрыл|ұйымдастырыл)|пайда\\s+бол|бөлін|біріктіріл|таратыл)(?:ды|ді|ған|ген|ғанын|генін|ып|іп|(?<!${ABLATIVE}\\s+\\p{L}+)(?:мақ|мек|ады|еді))(?![\\p{L}])|${PLANNED_ACT('құр')}|${PLANNED_ACT('тарат')}|${PLANNED_ACT('біріктір')})`), needsDate: true },
  // (Ahead or in the present after an ablative, the verb tells what a body consists of, not a
  // reform: "Парламент екі палатадан құрылады", "агенттік үш департаменттен құрылмақ". An act
  // planned is the act ahead: "жаңа агенттік құру жоспарлануда", "министрліктің таратылуы көзделуде".)
  // A party, a movement or a body founded by its founders, done or ahead: "жаңа партия құрды",
  // "қозғалысын құрған", "жұмыс тобын құрады", "комиссия құрамыз", "фракция құрмақпыз"; or its
  // founding planned, the verbal noun before the plan: "жұмыс тобын құру жоспарлануда", "партияның
  // құрылуы көзделуде". (Not "комиссия құрамын бекітті", the commission's make-up. The passive,
  // "комиссия құрылды", is the bare cue's below, which yields to a decree that set it up.)
  { type: 'other', facet: 'founding', pattern: re(`${W}(?:партия|қозғалыс|жұмыс\\s+тоб|комиссия|фракция|кеңес)${T}\\s+(?:(?!құрамын(?![\\p{L}]))${V('құр')}|${GAP(3)}(?:құру(?:ды)?|құрылуы)\\s+(?:жоспарлан|көздел|күтіл|ұйғарыл)${T})`) },
  // (The participle in any case, with or without the possessive: "1995 жылғы 1 наурызда
  // құрылғанын", "8 маусымда құрылғаннан бері", "құрылғанына үш жыл толды". Or the passive ahead,
  // the intention or the present-future: "жұмыс тобы құрылмақ", "1 сәуірге дейін құрылады",
  // "орталық ашылмақшы"; not after an ablative, what a body consists of: "екі палатадан құрылады";
  // or its opening planned: "орталықтың мамырда ашылуы жоспарлануда".)
  { type: 'other', facet: 'founding', pattern: re(`${W}(?:жұмыс(?:ын|ы)\\s+баста(?:ды|ған)|құрылды|құрылған(?:ы(?:н|на|нда|нан|ның)?|ға|да|нан|ның)?|негізі\\s+қаланды|іске\\s+қосылды|ашылды|ашылған|(?<!${ABLATIVE}\\s+)(?:${AHEAD('құр')}|${AHEAD('аш')})|${PLANNED_ACT('аш')})(?![\\p{L}])`), needsDate: true, fallback: true },
  // A tenure told with its start: "облысты 2022 жылғы маусымнан бері басқарған", "2013 жылдың
  // қазанынан бастап басқарды", "2019 жылдан 2023 жылға дейін": one took the post that day (not
  // "бүгін Сенатты басқарып келеді", heading it today) (as the Russian "руководит с …"). Heading
  // a body is no founding of it ("Қауіпсіздік кеңесін басқарды" had been titled "founded").
  { type: 'appointment', facet: 'tenure', pattern: re(`${W}(?:басқарды|басқарған|басқарып\\s+(?:келеді|келген|келді)|басшылық\\s+етті)(?![\\p{L}])`), also: [re(`(?:нан|нен|дан|ден|тан|тен)\\s+(?:бері|бастап|(?:[\\p{L}\\d-]+\\s+){1,3}дейін)(?![\\p{L}])`)], needsDate: true, fallback: true },
  // An instruction with a deadline: the task is an event planned for that day ("жоспарын 1 қазанға
  // дейін әзірлеуді жүктеді", "1 мамырға дейін есеп беруді тапсырды"); without one it is talk.
  // (By a part of a month, a season or the year's end too: "маусымның соңына дейін", "жыл соңына
  // дейін", "2025 жылдың жазына дейін".)
  { type: 'other', facet: 'instruction', pattern: re(`${W}${KK_INSTRUCTING}(?![\\p{L}])`), also: [KK_DUE_BY], needsDate: true, fallback: true },
  // A task that must be done by a day, with no one named instructing: "Министрлік актілерді 1
  // шілдеге дейін бекітуі тиіс", "үгіт топтары ақпанның соңына дейін аралап шығуы керек".
  { type: 'other', facet: 'instruction', pattern: re(`${W}[\\p{L}]{2,}(?:уы|уі|юы|юі)\\s+(?:тиіс|керек|қажет)(?![\\p{L}])`), also: [KK_DUE_BY], needsDate: true, fallback: true },
  // Elected on a day, the post told elsewhere in the sentence: "Бұрын бұл қызметті Айгүл Нұрланова
  // атқарған, ол 2021 жылғы 15 қаңтарда сайланған болатын". The bare passive closing its clause (not
  // the participle of "2021 жылы сайланған депутаттар", a body's election) beside a post held.
  { type: 'appointment', facet: 'appointment', pattern: re(`${W}сайлан(?:ды|ған)(?=\\s*(?:болатын|еді|[.,;!?]|$))`), also: [re(`${W}(?:қызмет(?:ті|ке|іне|ін)|лауазым${T}|хатшы${T}|төраға${T}|орынбасар${T})`)], needsDate: true, fallback: true },
  // A party's or a body's chair handed to a person (a name in the dative): "Мемлекет басшысы партия
  // төрағалығын Ерлан Қошановқа тапсырды", "Назарбаев партия төрағалығын Тоқаевқа берген": who
  // takes the post; and the chair taken by whoever the sentence names ("Кеңестің төрағалығын
  // Мемлекет басшысы өзі қабылдаған").
  { type: 'appointment', facet: 'appointment', pattern: re(`${W}(?:төрағалығ|басшылығ|жетекшіліг)(?:ын|ін|ы|і)\\s+(?:\\p{Lu}[\\p{L}.-]*\\s+){0,2}(?:\\p{Lu}\\.\\s?)?\\p{Lu}[\\p{L}-]*(?:ға|ге|қа|ке)\\s+(?:${AP('тапсыр')}|${AP('бер')})|${W}(?:төрағалығ|басшылығ|жетекшіліг)(?:ын|ін)\\s+${GAP(4)}${V('қабылда')}`) },
  // A chairmanship taken, held or handed over: "ұйымға төрағалықты 4 шілдеде қабылдаған", "төрағалық
  // етіп"; the time, the place and the giver stand between, within the clause ("2023 жылғы 4
  // шілдеде онлайн форматта өткен саммитте Үндістаннан").
  { type: 'other', facet: 'chairmanship', pattern: re(`${W}төрағалық(?:ты)?\\s+(?:[\\p{L}\\p{N}«»"“”-]+\\s+){0,9}(?:қабылда${T}|тапсыр${T}|ет(?:ті|іп|кен|еді|пек)(?![\\p{L}]))`), needsDate: true, fallback: true },
  // A chairmanship begun, ended or passed to a state: "Қазақстанның Ұйымдағы төрағалығы басталады",
  // "Төрағалық Қытайға өтті".
  { type: 'other', facet: 'chairmanship', pattern: re(`${W}(?:төрағалығ${T}\\s+${GAP(5)}(?:${V('бастал')}|${V('аяқтал')})|төрағалық\\s+[\\p{L}-]+(?:ға|ге|қа|ке)\\s+${V('өт')})`), needsDate: true, fallback: true },
  // Something due by a day or starting on one ("1 қазанға дейін әзірлеу", "28 ақпаннан бастап
  // ілінеді", "13 маусымнан 27 маусымға дейін"): an event on that (first) day, when nothing more specific is told. (A day, not a year:
  // "2035 жылға дейін" is a horizon.)
  { type: 'other', facet: 'due', pattern: re(`(?<![\\p{L}\\p{N}])${DAY_OF_MONTH}\\s+(?:дейін|шейін)(?![\\p{L}])`), notAfter: re(`(?:нан|нен|дан|ден|тан|тен)\\s+$`), needsDate: true, clauseDate: true, fallback: true },
  { type: 'other', facet: 'start', pattern: re(`(?<![\\p{L}\\p{N}])${DAY_OF_MONTH}(?:\\s+бастап(?![\\p{L}])|(?:нан|нен|дан|ден|тан|тен)(?=\\s+\\d))`), needsDate: true, clauseDate: true, fallback: true },
  // (Not time passing: "құрылғанына 30 жыл өтті", thirty years have passed; nor a verb of saying
  // whose auxiliary is "өту": "атап өтті", "көрсетіп өтті", "айтып өтті" (noted, said), not took place.)
  { type: 'other', facet: 'happening', pattern: re(`${W}(?:өтті|өтеді|өтетін|өткен|өткізілді|өткізіледі|өткізілетін|өткізді|басталды|басталады|аяқталды|аяқталады|тоқтатылды|тоқтатылады|жарияланды|жарияланады|басталып|аяқталып|жарияланып|шешім\\s+қабылда${T}|${ADOPTED_POLICY}|бекітілді|бекітіледі|қабылданды|қол\\s+қойыл${T}|шақырылды|бекітті|қолдады|(?:өткіз|бекіт)еміз|(?:аяқта|баста|жарияла)ймыз|(?:өтуі|өткізілуі|басталуы|аяқталуы)\\s+(?:мүмкін|тиіс|керек|қажет))(?![\\p{L}])`), notAfter: re(`(?:жыл|ай|апта|күн|уақыт|(?<![\\p{L}])(?:атап|көрсетіп|айтып|қосып|тоқталып))\\s+$`), needsDate: true, fallback: true },
  { type: 'other', facet: 'award', pattern: re(`${W}(?:марапатта${T}|наград${T}|орден${T}\\s+${GAP(2)}табыста${T}|атағ(?:ы|ын)\\s+${GAP(1)}${AP('бер')}|атағына\\s+ие\\s+${V('бол')})`) },
  // (Not the body named inside a post, "Жиналыс төрағасы … мәлімдеді": bodyInPost.ts.)
  { type: 'meeting', facet: 'gathering', pattern: re(`${W}(?:жиын|басқосу|отырыс|жиналыс)${BODY_ACTING}${T}`), notBefore: re(KK_POST_AFTER_BODY), generic: true },
  // "Мемлекет басшысы Премьер-министрді қабылдады" (received him): an audience, unless a law or a
  // decision was adopted (their own triggers win over this weak cue).
  // (A name word is never longer than 40 letters: unbounded, one 5 MB "word" is read to its end
  // and back.)
  // A guest noun in the nominative with its possessive ("Мемлекет басшысы өзі қабылдаған",
  // "министрі") names who received, not whom (unless a name in the accusative follows it: "Бас
  // прокуроры Берік Асыловты қабылдады"). The office in the abstract noun ("Кеңестің
  // төрағалығын қабылдады", "басшылығын", "әкімдігін") is a post taken, not a guest received.
  { type: 'meeting', facet: 'audience', pattern: re(`${W}(?:(?:${GUESTS})(?![лдт][ыі][қкғг])(?!\\p{L}{0,12}(?:с[ыі]|(?<![дтн])[ыі])(?![\\p{L}])(?!\\s+(?:[\\p{L}-]+\\s+)?[\\p{L}-]+(?:ны|ні|ды|ді|ты|ті)\\s))${T}|(?!(?:${DOCUMENTS}))[\\p{Lu}][\\p{L}-]{1,40}(?:ны|ні|ды|ді|ты|ті|н))\\s+(?:${RECEIVED_DAY}?[\\p{L}-]+\\s+){0,2}(?<!(?:${DOCUMENTS}|жоспар|доктрина)\\p{L}*\\s+)${RECEIVED_DAY}?қабылда(?:ды|ған|йды|мақ)(?![\\p{L}])`), also: [re(`${W}(?:мемлекет\\s+басшысы|президент${T}|премьер-министр${T}|ақордада|әкім${T}|${KK_SURNAME})`)], fallback: true },
  // Received by the head of state: "Президенттің қабылдауында болды".
  { type: 'meeting', facet: 'audience', pattern: re(`${W}(?:Президент|Мемлекет\\s+басшысы|Премьер-министр)${T}\\s+қабылдау${T}\\s+бол${T}`) },
]; // prettier-ignore
