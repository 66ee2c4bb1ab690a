/**
 * Kazakh cues for when an event stands relative to its article: still ahead, done, the article's
 * own news, a recall of the past, or "at that same time". Written from the verb morphology:
 * future/intention -мақ/-мек/-бақ/-бек/-пақ/-пек (+ person), the participle -атын/-етін/-йтын/-йтін,
 * the present-future -а/-е/-й + person (өтеді, береді); past -ды/-ді/-ты/-ті (+ person) and
 * -ған/-ген/-қан/-кен.
 */
import type { Aspect } from '../../../events/aspect';
import { KK_PARTICIPLE_ENDING } from '../kkParticiple';
import { isKkIntention } from '../intentionForm';
import { KK_CLOSING_FUTURE } from './closingFuture';
import { KK_DECIDED_JOINING } from './decidedMerger';
import { KK_SCHEDULED_FOR } from './scheduledFor';
import { anyWord, either, someWord } from '../../../wordwise';
import { PRESENT, SIMPLE_PAST } from './presentAndPast';

export { PRESENT, SIMPLE_PAST };

const L = String.raw`[\p{L}\p{M}]`;
const START = String.raw`(?<![\p{L}\p{M}])`;
const END = String.raw`(?![\p{L}\p{M}])`;
/** Up to five words, then a past participle (-ған/-ген/-қан/-кен) before the noun it describes. */
const ATTRIBUTIVE_PARTICIPLE = String.raw`(?:\s+[\p{L}\p{N}«»"-]+){0,5}?\s+[\p{L}-]+(?:ған|ген|қан|кен)\s+(?!е(?:ді|кен)|бол)[\p{L}«"]`;

/**
 * Verbs that set someone a task ("тапсырды", "жүктелді", "міндеттеді"): read by the event rules
 * (an instruction with a deadline) and by the date tagger (its deadline lies ahead).
 */
export const KK_INSTRUCTING = String.raw`(?:тапсыр(?:ды|ған|ылды|ылған)|тапсырма\s+берді|жүкте(?:ді|лді|ген)|міндетте(?:ді|лді|ген))`;

// (The tense of one finite verb, by these rules: kkVerbTense.ts.)

/**
 * Up to three words inside one noun phrase before its head: a word in a case of its own (dative,
 * locative, ablative, accusative, genitive, instrumental) would end the phrase; "кезектен тыс"
 * (extraordinary) is one word of it.
 */
const NP_WORDS = String.raw`(?:\s+(?:кезектен\s+тыс|(?![\p{L}\d-]*(?:ға|ге|қа|ке|на|не|да|де|та|те|нда|нде|нан|нен|дан|ден|тан|тен|ны|ні|ды|ді|ты|ті|ның|нің|дың|дің|тың|тің|мен|бен|пен)(?![\p{L}]))[\p{L}\d-]+)){0,3}`;

export const KK_ASPECT: Aspect = {
  // (Each a whole word but two phrases and "болатын", read word by word: wordwise.ts.)
  future: either(
    anyWord(
      [
        String.raw`${START}(?:алдағы|келесі|жоспарлан${L}*|көзделген|күтілуде)${END}`,
        String.raw`${START}(?!болатын${END})${L}{2,}(?:атын|етін|йтын|йтін)${KK_PARTICIPLE_ENDING}${END}`,
        PRESENT,
        String.raw`${START}${L}{2,}(?:а|е|й)(?:мыз|міз|сыз|сіз|мын|мін)${END}`,
      ],
      'iu',
    ),
    // The intention, its suffix agreeing with a verb's stem, not a name's (intentionForm.ts).
    someWord(isKkIntention),
    new RegExp(
      String.raw`${START}(?:жақын\s+арада|шақырыл${L}*\s+${L}*(?:ға|ге|қа|ке))${END}` +
        // (Not "болатын" ending its sentence, the auxiliary of a past perfect: "15 мамырда
        // қабылдаған болатын", had adopted.)
        String.raw`|${START}болатын${END}(?!\s*(?:[.!?;»"”]|$))`,
      'iu',
    ),
  ),
  past: anyWord(
    [
      SIMPLE_PAST,
      String.raw`${START}${L}{2,}(?:ған|ген|қан|кен)${KK_PARTICIPLE_ENDING}${END}`,
      String.raw`${START}(?:өткен|болған|еді)${END}`,
    ],
    'iu',
  ),
  narration: anyWord([SIMPLE_PAST], 'iu'),
  // (And a merger decided: "бірігу туралы шешім қабылдады", decidedMerger.ts.) A vote named as
  // what comes after the sentence's act, "референдум алдындағы үгіт науқаны басталды" (the campaign
  // before the referendum began), is ahead of it, in the attributive form too.
  ahead: new RegExp(
    String.raw`^${L}*\s+(?:алдында(?:ғы)?|қарсаңында(?:ғы)?|дайындық${L}*|дайындал${L}*)${END}|${KK_DECIDED_JOINING}`,
    'iu',
  ),
  aheadBefore: /(?!)/u,
  // (Up to three words of its noun phrase between, none in a case of its own, which would end the
  // phrase: "өткен кезектен тыс президенттік сайлау", not "өтетін сайлауына партиялық тізім".)
  participleBefore: {
    past: new RegExp(
      String.raw`${START}(?:өткен|болған|өткізілген|ұйымдастырылған)${NP_WORDS}\s+$`,
      'iu',
    ),
    future: new RegExp(
      String.raw`${START}(?:өтетін|болатын|өткізілетін|ұйымдастырылатын|өтпек|өткізілмек)${NP_WORDS}\s+$`,
      'iu',
    ),
  },
  afterIt: new RegExp(
    // (An anniversary too: "Жолдауына бүгін тура екі жыл толды" is not the Address's day; nor,
    // with the verb left out, a participle's dative and the years since: "Биыл … Президенті болып
    // сайланғанына отыз жыл", "партия құрылғанына 20 жыл болды".)
    // ("Кейін"/"соң" are postpositions after the ablative, "соң" after a past participle too:
    // "сайлаудан кейін", "келген соң"; "соңғы" after a word in another case is the adjective,
    // last, "Астанаға соңғы рет келген" the last time he came, the visit itself.)
    String.raw`^(?:${L}*(?:нан|нен|дан|ден|тан|тен)\s+(?:кейін(?:гі)?|соң(?:ғы)?)|${L}*(?:ған|ген|қан|кен)\s+(?:кейін|соң)|${L}*\s+(?:нәтижесінде|қорытындысы\s+бойынша|(?:[\p{L}\d]+\s+){1,3}(?:жыл|ай)\s+(?:толды|толады|толған|толып|толуына)))${END}` +
      String.raw`|^(?:${L}*\s+){0,3}${L}*(?:ған|ген|қан|кен)(?:ы|і|дығы|дігі)на\s+(?:[\p{L}\d-]+\s+){1,3}(?:жыл|ай)${END}`,
    'iu',
  ),
  afterItBefore: /(?!)/u,
  today: new RegExp(String.raw`${START}(?:бүгін${L}*|осы\s+күні|дәл\s+қазір)${END}`, 'iu'),
  // (A "read also" line links another article: what it names is not this article's news.)
  // "Бұған дейін" and "бұрын" recall only when they go with the clause's verb, not with a participle
  // describing a noun: "Бұған дейін облысты басқарған Нұрлан Уранхаев қызметінен босатылды" is the
  // news of the day, about the man who led the region before.
  // ("Кезінде" opening a clause or after "өз" is "back then"; after a noun it is "during": "дауыс
  // беру кезінде" tells the vote of the day.)
  recall: new RegExp(
    String.raw`${START}(?:еске\s+сала${L}*|еске\s+(?:салд|салған|салып|алд|алған|алып)${L}*|еске\s+салайық|айта\s+кетейік|(?:бұған\s+дейін|бұрын(?:ырақ)?)(?!${ATTRIBUTIVE_PARTICIPLE})|(?<=(?:^|[,–—]\s*|өз\s+))кезінде|өткен\s+жылы|сол\s+кезде|ертеректе|бір\s+кездері|бір\s+кезде|кезінде\s+бір|(?:бір\s+)?(?:күн|апта|ай|жыл)${L}*(?:нан|нен|дан|ден|тан|тен)\s+(?:кейін|соң)|оқи\s+отырыңыз|(?:сондай-ақ\s+)?оқыңыз|тақырыпқа\s+орай)${END}`,
    'iu',
  ),
  // (And a tally: "Ең көп кандидатты AMANAT партиясы ұсынды", the most of many acts; not the most
  // votes, a vote's result.)
  habitual: new RegExp(
    String.raw`${START}(?:әдетте|дәстүр\s+бойынша|дәстүрлі\s+түрде|жыл\s+сайын|әр\s+жылы|үнемі|ең\s+(?:көп|жиі)(?!\s+дауыс))${END}`,
    'iu',
  ),
  // A negative verb (-ма/-ме/-ба/-бе/-па/-пе + ды/ді, -ған): "өтпеді", "қабылданбады" (not the
  // few stems that end so: "қамады"); or a
  // participle with "жоқ" ("күшіне енген жоқ", "қабылданған жоқ").
  // (A phrase is found from its last word, the words before it read behind: the same texts hold
  // it, without a scan that reads every word from each of its letters.)
  negated: either(
    anyWord(
      [
        String.raw`${START}(?!(?:қама|жама|тама)(?:ды|ған)${END})${L}{2,}(?:ма|ме|ба|бе|па|пе)(?:ды|ді|ған|ген|йды|йді)${END}`,
      ],
      'iu',
    ),
    new RegExp(String.raw`(?<=${START}${L}{2,}(?:ған|ген|қан|кен)\s+)жоқ${END}`, 'iu'),
  ),
  sameTime: new RegExp(
    // "Онда" early in a sentence: in it, at it (the Address, the session told just before); not
    // the "then" of a condition ("Егер …, онда …").
    // (Or opening on a later hour of that day: "Түстен кейін", "Сол күні кешке", "Бірнеше сағаттан
    // кейін", "Сол кеште", "Сол түні", "Сол сәтте"; or opening on a part of the day, "Кешке",
    // "Түнде", "Таңертең", or naming one early in the clause, "Мемлекет басшысы кешке баспасөз
    // мәслихатын өткізеді": of the day just told; not "бүгін кешке", whose day is its own.)
    String.raw`${START}(?:сол\s+күні|(?:сол|ол)\s+кезде|сол\s+(?:сәтте|мезетте)|сол\s+(?:кеш|түн|таң)(?:те|де|да|і|ы|інде|ында|ертең)|сол\s+жиында|осы\s+жиында|сонымен\s+қатар\s+сол)${END}|^[^,.]{0,60}?(?<!(?:бүгін|ертең|кеше|күні)\s+)${START}(?:кешке|кешкісін|таңертең|түнде)${END}|^(?![^.]*егер)[^,]{0,60}?${START}онда${END}|^[\s–—-]*(?:түстен\s+кейін|кешке\s+қарай|кешке|кешкісін|түнде|таңертең|(?:бірнеше|екі|үш|төрт)\s+сағаттан\s+(?:кейін|соң))${END}`,
    'iu',
  ),
  // (Not a span of time, "аптадан кейін", nor a pronoun, "осыдан кейін".)
  byEvent: new RegExp(
    String.raw`${START}(?!(?:апта|сағат|минут|мерзім)${L}{0,3}(?:нан|нен|дан|ден|тан|тен)${END})(${L}{4,}?)(?:нан|нен|дан|ден|тан|тен)\s+(?:кейін|соң)${END}|${START}(${L}{4,})\s+(?:қорытындысы\s+бойынша|барысында|кулуарында|аясында)${END}` +
      // (Or at a gathering: "Брифингте", "Жолдауда", "Үкімет отырысында".)
      String.raw`|${START}((?:брифинг|отырыс|сессия|кездесу|жиын|жолдау|съез|форум|саммит|кеңес)${L}{0,4}(?:да|де|та|те))${END}`,
    'giu',
  ),
  atIt: new RegExp(
    String.raw`${START}(?:сол|осы)\s+жиында${END}|^(?![^.]*егер)[^,]{0,60}?${START}онда${END}`,
    'iu',
  ),
  // "осы шешім", "бұл бастамасын", "аталған тарихи референдум" (not "осы жылғы сайлау", this
  // year's); or a sentence opening "Бұл – алтыншы Жолдауы", which only says what it was.
  restates: new RegExp(
    String.raw`${START}(?:бұл|осы|аталған|мұндай)\s+(?!(?:жыл|ай|апта|күн)${L}*\s)(?:${L}+\s+)?$|^[\s«"]*Бұл\s*[–—-]`,
    'iu',
  ),
  // "Олармен", "Оларға", "Онымен": a third-person pronoun in an oblique case opening the sentence
  // (not "Одан", which opens "Одан кейін", a step).
  pointsBack: new RegExp(
    String.raw`^[\s–—-]*(?:олар(?:мен|ға|ды|дың|дан)|онымен|оған|оны|оның)${END}`,
    'iu',
  ),
  // "Ол", "Олар" opening the sentence as its subject (not "Ол кезде", "Ол үшін": a time, a purpose).
  pronounSubject: new RegExp(
    String.raw`^[\s–—-]*(?:ол|олар)(?!\s+(?:кезде|уақытта|жылы|күні|үшін|туралы|жөнінде|жерде)${END})${END}`,
    'iu',
  ),
  // "Сенаторлар сондай-ақ … ратификациялады", "Сонымен қатар ол …": not after a comma, which
  // joins two things in the sentence ("заңға, сондай-ақ Жарлыққа").
  additive: new RegExp(
    String.raw`(?<![,–—]\s*)${START}(?:сондай-ақ|сонымен\s+(?:қатар|бірге)|(?:бұған|оған)\s+қоса)${END}`,
    'iu',
  ),
  // The instrumental of the act: "Жарлығымен", "қаулысымен"; "Жарлыққа сәйкес".
  // "Оған дейін", "Осыдан кейін", "Содан соң": a step before or after the time just told.
  otherTime: new RegExp(
    String.raw`${START}(?:оған|одан|бұдан|осыдан|содан|сонан|будан)\s+(?:дейін|бұрын|кейін|соң)${END}|^[\s–—-]*(?:кейін|кейінірек|бұрын)${END}`,
    'iu',
  ),
  byAct: new RegExp(
    String.raw`${START}(?:(?:сол|осы)\s+жарлықпен|жарлығымен|қаулысымен|өкімімен|жарлы[қғ]${L}*\s+сәйкес)${END}`,
    'iu',
  ),
  aboutThis: new RegExp(
    String.raw`${START}(?:бұл|осы|ол)\s+(?:туралы|жайлы|жайында|жөнінде)${END}`,
    'iu',
  ),
  // A Kazakh report "about this" told on a day of its own is itself the statement of that day.
  saidAboutThis: true,
  // Kazakh is verb-final; a sentence's final simple past is its act, done.
  verbFinal: true,
  finalVerbNarrates: true,
  // "Сол Жолдауда", "Осы отырыста", "Аталған кездесуде": the one named before.
  addressVenue: /бірлескен\s+отырыс/iu,
  returned: new RegExp(
    String.raw`${START}(?:қайтарды|қайтарылды|қайтарған|вето\s+қойды)${END}`,
    'iu',
  ),
  thisDayPage: new RegExp(
    String.raw`${START}(?:тарихта\s+бүгін|тарихтағы\s+бүгін${L}*|тарихтағы\s+осы\s+күн${L}*|еске\s+аламыз|еске\s+түсірейік)${END}`,
    'iu',
  ),
  thatGathering: {
    cue: new RegExp(String.raw`${START}(?:сол|осы|аталған|әлгі)\s+(${L}+(?:\s+${L}+)?)`, 'iu'),
    kinds: [
      ['address', /^жолдау/iu],
      ['kurultai', /^құрылтай/iu],
      ['congress', /^съез/iu],
      ['session', /^сессия/iu],
      ['sitting', /^отырыс/iu],
      ['meeting', /^кездесу/iu],
      ['summit', /^саммит/iu],
      ['talks', /^келіссөз/iu],
      ['forum', /^форум/iu],
      ['visit', /^сапар/iu],
      ['briefing', /^(?:брифинг|баспасөз)/iu],
    ],
    // A locative right before a past participle is that participle's adverb: "Сол отырыста
    // айтылған ұсыныстар" were voiced at the sitting, and what is said of them later was not
    // (not a participle that is the clause's verb, "… айтқан болатын", "… айтылған еді"); the
    // noun may follow adjectives, "қабылданған бірлескен мәлімдемеде".
    attributive: new RegExp(
      String.raw`^\s+${L}+(?:ған|ген|қан|кен)\s+(?!е(?:ді|кен)${END}|бол)(?:${L}+(?:ған|ген|қан|кен|лық|лік|дық|дік|тық|тік|ғы|гі|қы|кі)\s+){0,2}[\p{L}«"][\p{L}\p{M}»"-]*`,
      'iu',
    ),
  },
  // "Мәлімдеме аяқталды", "Сөйлеген сөзі бір сағатқа созылды": a speech's course ending its
  // sentence, at most three words after its noun.
  course: {
    after: new RegExp(
      String.raw`^${L}*(?:\s+[^\s.!?]+){0,3}?\s+(?:басталды|аяқталды|созылды|жалғасты|үзілді)\s*[.!?]?\s*$`,
      'iu',
    ),
    before: /(?!)/u,
  },
  // A participle in -ған with "еді" or "болатын" ending the clause: "заңды қабылдаған болатын".
  pastPerfect: new RegExp(
    String.raw`${L}(?:ған|ген|қан|кен)\s+(?:еді|болатын)\s*(?:[,;.!?»"”]|$)`,
    'iu',
  ),
  // "Сапардың екінші күні", "саммиттің үшінші күнінде": the gathering's noun in the genitive, then
  // the ordinal and "күн". (The cue tries every word as the noun: it runs only where "күн" is.)
  nthDay: {
    cue: new RegExp(
      String.raw`${START}(?<noun>${L}+?)(?:ның|нің|дың|дің|тың|тің)\s+(?<nth>${L}+)\s+күн${L}*`,
      'iu',
    ),
    needs: /күн/iu,
    ordinals: [
      [/^бірінші$/iu, 1],
      [/^екінші$/iu, 2],
      [/^үшінші$/iu, 3],
      [/^төртінші$/iu, 4],
    ],
  },
  // (And "1 қазанға дейінгі мерзімде", in the term up to it; "1 қазаннан кешіктірмей", no later than it.)
  deadlineAfter:
    /^\s*(?:(?:дейін|шейін)(?:гі\s+мерзім\p{L}*)?|кешіктірмей|арналған|арнап)(?![\p{L}])/u,
  deadlineBefore: /(?!)/u,
  // Kazakh futures are regular and already in `future`.
  futureForm: /(?!)/u,
  closingFuture: KK_CLOSING_FUTURE,
  // (And what may happen, "өтуі мүмкін"; or what is planned, a verbal noun then a word of planning:
  // "бекіту жоспарлануда", "ашылуы көзделуде", "қабылдануы күтілуде"; not "көзделген", what a
  // document provides for: "мәлімдемеде сауданы арттыру көзделген"; but a vote set for a day is
  // ahead however its setting is told: scheduledFor.) (Each verbal noun is a whole word, so each
  // alternative opens at a word's start: a scan no longer reads every word from each of its letters.)
  modal: either(
    anyWord([String.raw`${START}(?:тиіс|тиісті|керек|қажет)${END}`], 'iu'),
    new RegExp(
      String.raw`(?<=${START}${L}{2,}(?:уы|уі|юы|юі)\s+)мүмкін${END}|(?<=${START}${L}{2,}(?:у|ю)(?:ы|і|ды|ді)?\s+)(?:(?:жоспарла|күтіл|ұйғарыл)${L}*|көзделуде|көзделіп)${END}`,
      'iu',
    ),
  ),
  scheduledFor: new RegExp(KK_SCHEDULED_FOR, 'iu'),
  targetBefore: /(?!)/u,
  targetCase: /(?:ға|ге|қа|ке|на|не)$/u,
  // A trigger in a participle before a noun ("енгізілген өзгерістер", "Президент тағайындайтын
  // депутаттар": those the President appoints) or a person's name ("партия ұсынған Бауыржан
  // Есенов"; a body's name may be the subject the participle's act is told of), not before an
  // auxiliary ("өткен болатын", "қабылданған еді").
  attributive: new RegExp(
    String.raw`^${L}*(?:ған|ген|қан|кен|атын|етін|йтын|йтін)\s+(?!(?:болатын|болды|еді|екен|жоқ|болып)${END})(?:[\p{Ll}«"]|\p{Lu}\p{Ll}+\s+\p{Lu})`,
    'u',
  ),
  // A past participle before a word ("жеңген Тоқаев"): Kazakh puts the attribute before its noun.
  participle: new RegExp(String.raw`${START}${L}{2,}(?:ған|ген|қан|кен)\s+[\p{L}«"]`, 'iu'),
  // (Or an abstract noun in the accusative: "өткізу қажеттігін айтқан", the need was what was said.
  // Or the verbal noun in the dative, what one is called to do: "келесі жылы келуге шақырды".)
  reported: new RegExp(
    String.raw`${START}деп${END}|${L}(?:ған|ген|қан|кен|атын|етін|йтын|йтін|у|ю|лығ|ліг|дығ|діг|тығ|тіг)(?:ын|ін|н|ды|ді)${END}|${L}(?:у|ю)(?:ға|ге)${END}`,
    'iu',
  ),
  speech: new RegExp(
    String.raw`${START}(?:айтты|деді|дейді|атап\s+өтті|мәлімдеді|жеткізді|ескертті|тапсырды|хабарлады)${END}`,
    'giu',
  ),
};
