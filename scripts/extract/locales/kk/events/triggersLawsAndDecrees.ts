/**
 * Kazakh triggers of the Address and of laws and decrees: signed, adopted, amended, read,
 * submitted, in force; decrees, state programmes approved, votes called. In lexicon order: see
 * triggers.ts.
 */
import { re, W, type Trigger } from '../../../events/trigger';
import { T, V, AP, GAP, CLAUSE_GAP, TIMED_GAP, INTO_FORCE } from './triggerPieces';
import { kkVerb } from './verbForms';
import { KK_PRONOUN_SIGNED } from './pronounSigned';

/**
 * The verbal noun of adopting tells the act only as due, expected or taking place, with the time
 * between ("заңның қабылдануы тиіс", "қабылдануы күтілуде", "кодексін қабылдауы 5 наурызда
 * болды"); otherwise it names the act as a topic ("заң жобасының қабылдануы бизнеске қалай әсер
 * ететінін талқылады").
 */
const ADOPTION_DUE = String.raw`${kkVerb('қабылда', { voice: 'both', forms: ['noun'] })}\s+(?:[\p{L}\p{N}«»"“”,-]+\s+){0,4}?(?:тиіс|керек|қажет|мүмкін|ықтимал|(?:күтіл|жоспарлан|көздел)\p{L}*|бол(?:ды|ады|мақ)|өт(?:ті|еді))(?![\p{L}])`;

/**
 * A decree, resolution or order as the subject of a verb after it ("Жарлығы", "қаулысы", "өкімі",
 * "Жарлық"), with up to six words between that name no law and close no phrase.
 */
const DECREE_SUBJECT = String.raw`(?<![\p{L}])(?:жарлы[қғ]|қаулы|өкім)(?:ы|сы|і)?\s+(?:(?!заң|кодекс|түзету|өзгеріс|бойынша|сәйкес|негізінде)[\p{L}\p{N}«»"“”.,-]+\s+){0,6}$`;

/** A bill ("заң жобасы") in a sentence that tells its reading ("бірінші оқылымда"), before or after. */
const BILL_READ = String.raw`(?:(?<=оқылым[^.!?]*)заң\s+жоба|заң\s+жоба(?=[^.!?]*оқылым))`;

/** A chamber or its members, as the subject of a bill's step ("Сенат", "Мәжіліс депутаттары"). */
const CHAMBER = String.raw`(?:Мәжіліс|Сенат|Парламент|палата|депутаттар|сенаторлар)`;
/**
 * The same in the nominative only (bare or with the possessive: "Парламент Сенаты", "палатасы"),
 * as a subject after its object: not "Сенатқа", the chamber a bill goes to.
 */
const CHAMBER_SUBJECT = String.raw`(?:Мәжіліс(?:і)?|Сенат(?:ы)?|Парламент(?:і)?|палата(?:сы)?|депутаттар(?:ы)?|сенаторлар(?:ы)?)(?![\p{L}])`;
/**
 * Up to three words between the chamber and the pronoun, none a body of its own ("Сенат 3
 * наурызда оны …"; not "Сенат комитеті 3 наурызда оны …", the committee's step).
 */
const DATE_GAP = String.raw`(?:(?!комитет|комиссия|фракция|тоб)[\p{L}\p{N}«»"“”.,:-]+\s+){0,3}`;
/** The bill taken up by a pronoun in the accusative: "оны", "оларды" (amendments), "мұны". */
const IT = String.raw`(?:оны|оларды|мұны|бұны)`;

/**
 * Entering into force as a law's act: not "заңды күшіне ен-", legal force, which only a court's
 * verdict or decision takes ("Заң бойынша үкім 15 күн ішінде заңды күшіне енеді" cites the law).
 */
const OWN_FORCE = String.raw`(?<!(?<![\p{L}])заңды\s+)${INTO_FORCE}`;

/** The Constitution called the Basic Law: "Ата Заң", "Негізгі заң" (its cases after). */
const CONSTITUTION_LAW = String.raw`(?:Ата|Негізгі)\s+[Зз]аң`;
/** The words before "заң" that make it the Constitution's name, not a law: "Ата ", "Негізгі ". */
const CONSTITUTION_LAW_BEFORE = String.raw`(?:Ата|Негізгі)\s+`;

/**
 * A day word within the two words before a participle, its own adjunct: "5 наурызда", "2024 жылы",
 * "наурыздың 5-інде", "кеше", "биыл".
 */
const DATED_BEFORE = String.raw`(?<![\p{L}\p{N}])(?:\p{N}[\p{L}\p{N}-]*|(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан|жыл)\p{L}*|кеше|бүгін|биыл|былтыр)\s+(?:[\p{L}-]+\s+){0,2}`;
/** A state's concept, strategy, doctrine or programme, approved by a decree. */
const STATE_DOCUMENT = String.raw`(?:тұжырымдама|стратегия|доктрина|(?:мемлекеттік|ұлттық)\s+(?:бағдарлама|жоспар))`;

export const KK_LAW_AND_DECREE_TRIGGERS: Trigger[] = [
  { type: 'address', facet: 'address', pattern: re(`${W}(?:жолдау${T}|(?:халқына|халыққа|қазақстандықтарға|азаматтарға)\\s+${GAP(2)}(?:үндеу${T}|${V('жүгін')})|(?:теледидар|телевизия)\\s+${GAP(2)}үндеу${T})`) },
  // (Not a bill whose reading the sentence tells: the reading's cue tells that step, as in Russian;
  // the bare noun led "заң жобасын бірінші оқылымда мақұлдады" and titled it just "Law".)
  { type: 'law', facet: 'law', pattern: re(`${W}(?!${BILL_READ})(?<!${CONSTITUTION_LAW_BEFORE})(?:заң(?:ы|ын|ына|ға|ды(?![»"”]?\\s+(?:күш|тұлға|түрде|негіз|құқ|талап))|ның|нан|да|мен|дар${T}|нама${T})?|кодекс${T})(?![\\p{L}])`), also: [re(`${W}(?:қол\\s+қо[йюя]${T}|${AP('қабылда')}|${ADOPTION_DUE}|${OWN_FORCE}|мақұлда${T}|${AP('қайтар')}|вето\\s+${AP('қой')})`)] },
  // The head of state's signature told as a step of its own, after the chambers' ("…, ал Президент
  // 2 сәуірде қол қойды"): the law, on that day; amendments signed so too ("Бұл түзетуге
  // Мемлекет басшысы 17 қыркүйекте қол қойды"), unless they are the Constitution's (a reform).
  { type: 'law', facet: 'law', pattern: re(`${W}(?:Президент|Мемлекет\\s+басшы)${T}\\s+${TIMED_GAP(3)}қол\\s+қой(?:ды|ған)(?![\\p{L}])`), also: [re(`${W}(?:заң|кодекс)${T}|^(?![\\s\\S]*(?:Конституция|конституциялық))[\\s\\S]*${W}түзету${T}`)] },
  // A law signed, taken up by a dative pronoun ("… 1 қаңтарда күшіне енеді. Оған Президент 18
  // шілдеде қол қойды"): the law, the code or the amendments the sentences before name
  // (pronounSigned.ts); not the Constitution or amendments to it, a reform
  // (triggersOfficesAndReforms.ts). After the law's own cues, which a sentence naming the law keeps.
  { type: 'law', facet: 'law', pattern: re(`${W}${KK_PRONOUN_SIGNED}`), also: [re(`${W}(?:заң|кодекс|түзету)${T}`), re(`^(?![\\s\\S]*(?:Конституция(?!лық)|${CONSTITUTION_LAW}))`)], alsoBefore: true, needsDate: true },
  // A law or a code amended: "Салық кодексіне өзгерістер енгізілді", "заңға түзетулер енгізеді".
  { type: 'law', facet: 'law', pattern: re(`${W}(?:заң|кодекс)${T}\\s+${GAP(5)}(?:өзгеріс|түзету|толықтыру)${T}\\s+${GAP(3)}${AP('енгіз')}`) },
  // A Constitution coming into force changes the order of the state: a reform, whatever law
  // names it ("Жаңа Конституция қабылданса, ол 1 шілдеде күшіне енеді"), by any of its names, in
  // any case ("Ата Заң 1 шілдеде күшіне енеді", "Ата Заңның жаңа редакциясы күшіне енді"); in
  // its own clause, not past a joint to another's subject (CLAUSE_GAP).
  { type: 'reform', facet: 'constitution', pattern: re(`${W}(?:Конституция(?!лық)|${CONSTITUTION_LAW})${T}\\s+${CLAUSE_GAP(8)}${INTO_FORCE}`) },
  // Changes, a code or a norm taking force on a day of their own ("өзгерістер 1 шілдеден бастап
  // күшіне енеді"): the law's event, whatever names it. An agreement's or a verdict's is not, nor
  // anything's "legal force" ("сот шешімі заңды күшіне енді": "заңды" is the adjective there).
  // Nor a decree's or resolution's, its subject ("Үкіметтің қаулысы 10 наурызда күшіне енді"):
  // the decree's own cue tells it, one act (not "Жарлыққа сәйкес заң …", a law by a decree).
  { type: 'law', facet: 'law', pattern: re(`${W}${INTO_FORCE}`), notAfter: re(`(?:келісім|шарт|үкім(?!ет)|конвенция|(?<![\\p{L}])Конституция(?!лық)|${CONSTITUTION_LAW})|(?<![\\p{L}])заңды\\s+$|${DECREE_SUBJECT}`), needsDate: true },
  // A bill's reading: "бірінші оқылымда мақұлдады", "екінші оқылымда қаралады".
  { type: 'law', facet: 'reading', pattern: re(`${W}(?:бірінші|екінші|үшінші)\\s+оқылым${T}`) },
  // A chamber taking up a bill on a day: "Мәжіліс бейсенбіде … заң түзетулерін талқылайды",
  // "Сенат заң жобасын мамырда қарайды" (a step of the bill, like its reading).
  // (With the chamber and the time between, and the reported participle: "түзетулерді Мәжіліс
  // маусымның бірінші жартысында қарайтынын айтты".)
  { type: 'law', facet: 'reading', pattern: re(`${W}(?:заң${T}|кодекс${T}|түзетул${T}|заң\\s+жоба${T})\\s+(?:${GAP(2)}|${GAP(1)}(?:Мәжіліс|Сенат|Парламент|палата)${T}\\s+${GAP(4)})(?:талқыла|қара)(?:йды|ды|йтын(?:ын|ы)?|мақ|уы|ған(?:ын|ы)?)(?![\\p{L}])`), also: [re(`${W}(?:Мәжіліс|Сенат|Парламент|палата|депутат|сенатор)${T}`)], needsDate: true },
  // Or one taken up by a pronoun, "Сенат оны мамырда қарайды": the bill only when the sentences
  // before name one ("Министр есеп берді. Сенат оны қарайды" is no bill).
  { type: 'law', facet: 'reading', pattern: re(`${W}(?:Мәжіліс|Сенат|Парламент|палата|депутаттар|сенаторлар)${T}\\s+(?:оны|оларды)\\s+${GAP(4)}(?:талқыла|қара)(?:йды|ды|йтын(?:ын|ы)?|мақ|ған(?:ын|ы)?)(?![\\p{L}])`), also: [re(`${W}(?:заң|кодекс|түзету|құжат|ратификация)${T}`)], alsoBefore: true, needsDate: true },
  // A committee approving a bill ("Мәжілістің экология комитеті заң жобасын мақұлдады"): a step of
  // the bill in the committee, before the chamber passes it. Amendments in the singular too, as a
  // number counts them ("комитеті заңға тоғыз түзетуді мақұлдады").
  { type: 'law', facet: 'committee', pattern: re(`${W}комитет(?:і|тері)\\s+${GAP(3)}(?:заң\\s+жоба${T}|құжат${T}|түзету${T})\\s+${GAP(3)}(?:${AP('мақұлда')}|${kkVerb('қолда', { forms: ['past', 'perfect'] })})`) },
  { type: 'law', facet: 'passage', pattern: re(`${W}(?:заң\\s+жоба${T}|құжат${T}|түзетул${T})\\s+${GAP(5)}(?:${AP('мақұлда')}|${AP('қабылда')})`) },
  // A bill supported by a chamber's vote, done ("заң жобасын бірінші оқылымда қолдады"; not
  // "қолдайды", a stance; nor the passive "қолданды", also "was used").
  { type: 'law', facet: 'passage', pattern: re(`${W}заң\\s+жоба${T}\\s+${GAP(3)}${kkVerb('қолда', { forms: ['past', 'perfect'] })}`) },
  // A bill put before Parliament: "Құжатты Үкімет 1 қыркүйекте Парламентке енгізген".
  // A chamber adopting the bill named before it by a pronoun: "…, ал Сенат оны 25 ақпанда
  // қабылдады", "Сенат 25 ақпанда оны қабылдады"; the object may as well stand first ("14
  // ақпанда оны Сенат мақұлдады"), and the bill be named in the sentence before ("Заң жобасы
  // Мәжіліске енгізілді. Сенат оны мақұлдады").
  { type: 'law', facet: 'passage', pattern: re(`${W}(?:${CHAMBER}${T}\\s+${IT}\\s+${GAP(3)}|${CHAMBER_SUBJECT}\\s+${DATE_GAP}${IT}\\s+${GAP(3)}|${IT}\\s+${GAP(2)}${CHAMBER_SUBJECT}\\s+${DATE_GAP})(?:${V('қабылда')}|${V('мақұлда')}|${V('бекіт')})`), also: [re(`${W}(?:заң|кодекс|түзету|өзгеріс)${T}`)], alsoBefore: true, needsDate: true },
  // A chamber adopting or approving the law the sentence names, as a step of its own ("Заңды
  // Мәжіліс 5 наурызда қабылдап, Сенат 20 наурызда мақұлдады").
  { type: 'law', facet: 'passage', pattern: re(`${W}(?:Мәжіліс|Сенат|Парламент)${T}\\s+${TIMED_GAP(3)}(?:${AP('қабылда')}|${AP('мақұлда')})`), also: [re(`${W}(?:заң|кодекс)${T}`)], needsDate: true },
  // (Or the chamber in the dative first, the bill after: "Үкімет Мәжіліске … туралы заң жобасын
  // енгізді".)
  { type: 'law', facet: 'submission', pattern: re(`${W}(?:(?:заң\\s+жоба${T}|құжат${T}|кодекс${T})\\s+${GAP(6)}(?:Парламент|Мәжіліс|Сенат)${T}\\s+${GAP(4)}|(?:Парламент|Мәжіліс|Сенат)(?:ке|ге|қа|ға)\\s+${GAP(6)}(?:заң|кодекс${T})\\s+жоба${T}\\s+${GAP(1)})${AP('енгіз')}`) },
  // Or no chamber named, the bill the object, "the document" too where a law is named in the
  // sentence or the one before ("Құжатты Үкімет 2026 жылғы қаңтарда енгізген болатын", "Заң
  // жобасын Үкімет қаңтарда енгізді"): on a day of its own. The noun in the nominative or the
  // accusative, not the dative of what changes are made to ("құжатқа өзгерістер енгізді").
  // (Told as done, past or perfect: one due by a day, "1 қазанға дейін заң жобасын енгізеді", is
  // the deadline's act, dueAct.ts.)
  { type: 'law', facet: 'submission', pattern: re(`${W}(?:заң\\s+жоба(?:сы|сын)|құжат(?:ты)?|кодекс(?:ті)?)\\s+${GAP(6)}${kkVerb('енгіз', { voice: 'both', forms: ['past', 'perfect'] })}`), also: [re(`${W}(?:заң|кодекс)${T}`)], alsoBefore: true, needsDate: true },
  // A bill sent on to the other chamber: "Құжат Сенатқа мамыр айының ортасында жіберілуі мүмкін".
  { type: 'law', facet: 'passage', pattern: re(`${W}(?:заң\\s+жоба${T}|құжат${T}|заң${T}|түзетул${T})\\s+${GAP(2)}(?:Сенат|Мәжіліс|Парламент)(?:қа|ке|ға|ге)\\s+${GAP(5)}(?:жіберіл|жолдан)${T}`), needsDate: true },
  // (Not "Өкімет", the government, which starts as "өкім", an order; nor a draft of one, "қаулы
  // жобасы талқылауға шығарылды", put up for discussion, no act yet.)
  { type: 'decree', facet: 'decree', pattern: re(`${W}(?:жарлы[қғ]${T}|қаулы${T}|өкім(?!ет)${T})`), notAfter: re(`(?<![\\p{L}])сот(?:тың|ы|ының)?\\s+(?:[\\p{L}-]+\\s+)?$`), notBefore: re(`^\\s+жоба`), also: [re(`${W}(?:қол\\s+қо[йюя]${T}|${AP('шығар')}|${V('шық')}|${AP('жарияла')}|${AP('қабылда')}|${INTO_FORCE})`)] },
  // A minister's order signed or issued, its verb beside it ("бұйрыққа қол қойды", "бұйрығына қол
  // қойылды", "бұйрық шығарды"): the act the text names (actNamed.ts); not "бұйрығымен бекітілген",
  // what an order approved.
  { type: 'decree', facet: 'decree', pattern: re(`${W}бұйры[қғ]${T}\\s+${GAP(1)}(?:қол\\s+қо[йюя]${T}|${AP('шығар')})`) },
  // A state's concept, strategy or doctrine approved ("2022-2026 жылдарға арналған тұжырымдамасын
  // бекіткен"), by a decree; not a party's election programme ("сайлауалды бағдарламасы бекітілді").
  { type: 'decree', facet: 'decree', pattern: re(`${W}${STATE_DOCUMENT}${T}\\s+${GAP(5)}${kkVerb('бекіт', { voice: 'both', forms: ['past', 'perfect', 'future', 'converb'] })}`) },
  // The same approval told by a perfect participle qualifying the document, in any of its cases
  // ("Мемлекет басшысы 5 наурызда бекіткен тұжырымдама", "… қол қойған стратегияны", "5 наурызда
  // қабылданған доктринада"): a past step of its own, on the day the participle's own words give
  // (DATED_BEFORE); undated ("Президент бекіткен тұжырымдама 2026 жылы іске асырылады") it only
  // names the document, and a later day is the sentence's other act's.
  { type: 'decree', facet: 'decree', pattern: re(`${W}(?=бекіт|қабылда|қол)(?<=${DATED_BEFORE})(?:бекіт(?:кен|ілген)|қабылда(?:ған|нған)|қол\\s+қой(?:ған|ылған))\\s+${GAP(4)}${STATE_DOCUMENT}${T}`), needsDate: true },
  // "сайлауын 19 наурызға тағайындады", "референдум тағайындады" calls the vote: a decree (the
  // vote is its topic). A referendum only in the active voice: one told called in the passive is
  // told beside the decree that called it ("Жарлыққа қол қойып, референдум … тағайындалды"),
  // whose own cue dates it.
  { type: 'decree', facet: 'call-election', pattern: re(`${W}(?:сайлау${T}\\s+${GAP(6)}${AP('тағайында')}|референдум${T}\\s+${CLAUSE_GAP(9)}${V('тағайында')})`) },
  // "Кезектен тыс сайлау өткізетінін жариялады", "референдумды жариялады", "референдум өткізу
  // туралы жариялады": a vote announced is called that day, not held (only the verb of holding
  // between, so "сайлау қорытындысын жариялады", the results, is not).
  { type: 'decree', facet: 'call-election', pattern: re(`${W}(?:сайлау|референдум)(?:ын|ды|ді)?\\s+(?:өткіз(?:іл)?(?:етінін|етіні|уді|у\\s+туралы(?:\\s+шешімін)?)\\s+)?${AP('жарияла')}`) },
  // "Сайлау/Референдум Мемлекет басшысының 2020 жылғы 14 қазандағы Жарлығымен тағайындалған": the
  // vote called by a decree named with its day; the day is the decree's, not the vote's.
  { type: 'decree', facet: 'call-election', pattern: re(`${W}(?:сайлау|референдум)${T}\\s+${GAP(7)}Жарлы[ғқ]${T}\\s+${AP('тағайында')}`) },
  // A decree named by its date ("2 қыркүйектегі Жарлығымен"): the decree of that day, a weak cue
  // (what the sentence says was done by it, "тағайындалды", takes that day instead).
  { type: 'decree', facet: 'dated', pattern: re(`${W}(?<=(?:ғы|гі|қы|кі)\\s+)(?:Жарлы[ғқ]|қаулы|өкім(?!ет))${T}`), fallback: true },
]; // prettier-ignore
