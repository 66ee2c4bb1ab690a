/**
 * Kazakh cues for what a sentence's event is about, keyed like events/topics.ts, posts.ts and
 * groups.ts. The first matching key wins, so more specific keys come first. Each cue is a
 * regular expression over the sentence (stems with any ending: Kazakh adds suffixes freely).
 */
import { KK_HELD_BEFORE } from '../heldBefore';
import type { KeyedCues, TitleCues } from '../../../events/titleCueWords';

// prettier-ignore
export const KK_TOPIC_CUES: KeyedCues = [
  // A nuclear power plant: the 2024 referendum's question, not the Constitution's.
  ['nuclear-referendum', /(?:(?<!\p{L})АЭС|атом\p{L}*\s+электр\s+станция)[^.!?]{0,80}?референдум|референдум[^.!?]{0,80}?(?:(?<!\p{L})АЭС|атом\p{L}*\s+электр\s+станция)/iu],
  ['nuclear-plant', /(?<!\p{L})АЭС|атом\p{L}*\s+электр\s+станция/iu],
  ['congress-results', /съез\p{L}*(?:[\s\S]{0,120}?)қорытынды/iu],
  // (Its name, or the party given a new one: "партияны «Болашақ» деп өзгерту", "… деп атау".)
  ['rename-party', /партия\p{L}*\s+(?:\p{L}+\s+)?атау\p{L}*|партия\p{L}*\s+[«"“][^»"”]{1,60}[»"”]\s+(?:деп\s+)?(?:өзгерт|ата)/iu],
  ['rename-capital', /(?:елорда|астана|нұр-сұлтан|бас\s+қала)\p{L}*[^.!?]{0,80}?(?:атау|есім)\p{L}*|(?:атау|есім)\p{L}*[^.!?]{0,40}?(?:елорда|бас\s+қала)/iu],
  ['state-of-emergency', /төтенше\s+жағдай/iu],
  ['joint-session', /бірлескен\s+отырыс/iu],
  ['calling-election', /сайлау\p{L}*\s+(?:\p{L}+\s+)?тағайында/iu],
  // A referendum to be held or called, named as what an act is about ("референдум өткізу туралы
  // Жарлық", "референдумды тағайындау туралы шешім"): the act's topic; the vote itself is ahead.
  ['calling-referendum', /референдум\p{L}*\s+(?:\p{L}+\s+)?(?:өткіз|тағайында)\p{L}*\s+туралы/iu],
  // (A person put at the head of a party list, "тізімнің басына … ұсынды", is nominated too.)
  // (Or one put forward for a post: "Бектеновті Премьер-министр лауазымына ұсынды".)
  ['nominate-candidates', /(?:кандидат|үміткер|тізім)\p{L}*[^.!?]{0,40}?(?:ұсын|ұсыну|көрсет)|(?:лауазым|қызмет)(?:ына|іне|ға|ке)\s+(?:\p{L}+\s+)?ұсын/iu],
  ['early-termination', /мерзімінен\s+бұрын\s+тоқтат|(?:мәжіліс|парламент|мәслихат|үкімет)\p{L}*\s+(?:\p{L}+\s+)?тарат/iu],
  ['amnesty', /рақымшылық|амнистия/iu],
  ['ratification', /ратификация/iu],
  ['election-programme', /сайлауалды\s+бағдарлама/iu],
  ['annual-results', /(?:жыл\p{L}*|әлеуметтік-экономикалық\s+даму\p{L}*)\s+(?:\p{L}+\s+){0,2}?қорытынды/iu],
  // (Not the noun that names a code: "Бюджет кодексі" is the code's, lawWords.ts.)
  ['budget', /бюджет(?!\s+кодекс)/iu],
  ['digital-democracy', /цифрлық\s+демократия/iu],
  ['party-control', /партиялық\s+бақылау/iu],
  ['unicameral-parliament', /бір\s+палаталы/iu],
  // The Constitution in any case, or "конституциялық" right before the change ("конституциялық
  // өзгерістер"); not a constitutional law's amendments ("конституциялық заңға өзгерістер").
  ['constitution', /конституция(?:(?!лық)\p{L}*\s+(?:[\p{L}\d-]+\s+)?|лық\s+)(?:өзгеріс|түзету)|ата\s+заң\p{L}*\s+(?:\p{L}+\s+)?(?:өзгеріс|түзету)/iu],
  ['political-reforms', /саяси\s+реформа/iu],
];

// prettier-ignore
export const KK_POST_CUES: KeyedCues = [
  // (The Cabinet of Ministers is the Government: "Министрлер кабинеті отставкаға кетті", "Министрлер
  // кабинетінің отставкасы"; a day may stand before the verb: "Үкімет 6 ақпанда отставкаға кетті".)
  ['government', /(?:үкімет\p{L}*|министрлер\s+кабинет\p{L}*)\s+(?:\d{1,2}\s+\p{L}+\s+)?(?:\p{L}+\s+)?(?:отставка|орнынан)/iu],
  // ("Үкімет басшысы міндеті … жүктелді": the duties of the head of Government laid on someone.)
  ['acting-prime-minister', /(?:премьер-министр\p{L}*\s+(?:\p{L}+\s+)?міндетін\s+атқар|(?:премьер-министр|үкімет\s+басшы)\p{L}*\s+міндет(?:і|ін)\s+(?:[\p{L}-]+\s+){0,6}жүкте)/iu],
  // (A deputy of the Prime Minister, and a vice-premier, before the Prime Minister himself.)
  ['first-deputy-prime-minister', /премьер-министр\p{L}*\s+бірінші\s+орынбасар|бірінші\s+вице-премьер/iu],
  // ("Премьер" alone is the Prime Minister: "премьер болып", "премьерлікке".)
  ['deputy-prime-minister', /премьер(?:-министр)?\p{L}*\s+орынбасар|вице-премьер/iu],
  ['prime-minister', /премьер-министр|(?<![\p{L}-])премьер(?:і|ге|ді|дің|лік\p{L}*)?(?![\p{L}-])/iu],
  ['deputy-head-administration', /әкімшілігі\s+басшысының\s+(?:бірінші\s+)?орынбасар/iu],
  // (The posts of the President's office, before the President's own: "Президенттің баспасөз
  // хатшысы қызметінен" is no President leaving office.)
  ['head-administration', /әкімшілі(?:гі|гінің)\s+басшы/iu],
  ['state-counsellor', /мемлекеттік\s+кеңесші/iu],
  ['state-secretary', /мемлекеттік\s+хатшы/iu],
  ['presidential-adviser', /президент\p{L}*\s+кеңесші/iu],
  ['presidential-press-secretary', /президент\p{L}*\s+(?:\p{L}+\s+)?баспасөз\s+хатшы/iu],
  // (A ministry's or an akimat's press secretary is no minister or akim.)
  ['press-secretary', /баспасөз\s+хатшы/iu],
  // ("Елшісі", "елшілігіне": the envoy, not his embassy, "елшілік".)
  ['ambassador', /(?<!\p{L})елші(?!лі[гкң])\p{L}*/iu],
  ['committee-chairman', /комитет\p{L}*\s+төраға/iu],
  // (A chairman's deputy is not the chairman, and is read before him: "Мәжіліс Төрағасының
  // орынбасары", "Сенат төрағасының орынбасары етіп", "Мәжіліс спикерінің орынбасары"; his first
  // deputy too, "Төрағасының бірінші орынбасары". The chamber's Speaker is its chairman: "Мәжіліс
  // спикері".)
  ['mazhilis-deputy-chairman', /мәжіліс\p{L}*\s+(?:төраға|спикер)\p{L}*\s+(?:бірінші\s+)?орынбасар/iu],
  ['senate-deputy-chairman', /сенат\p{L}*\s+(?:төраға|спикер)\p{L}*\s+(?:бірінші\s+)?орынбасар/iu],
  ['mazhilis-chairman', /мәжіліс\s+(?:төраға|спикер)(?!\p{L}*\s+(?:бірінші\s+)?орынбасар)/iu],
  ['senate-chairman', /сенат\s+(?:төраға|спикер)(?!\p{L}*\s+(?:бірінші\s+)?орынбасар)/iu],
  // (A maslikhat's secretary or chairman, before a party's chairman a long way off.)
  ['maslikhat-secretary', /мәслихат\p{L}*\s+хатшы/iu],
  ['maslikhat-chairman', /мәслихат\p{L}*\s+төраға(?!\p{L}*\s+(?:бірінші\s+)?орынбасар)/iu],
  ['party-chairman', /партия\p{L}*[^.!?]{0,60}?төраға|төраға\p{L}*[^.!?]{0,140}?партия/iu],
  // (A party's leader, the party's noun in the genitive or bare just before: "партия жетекшісі",
  // "«Ақ жол» партиясының көшбасшысы"; not "ұлт көшбасшысы".)
  ['party-leader', /партия\p{L}*\s+(?:жетекші|көшбасшы)/iu],
  ['senator', /сенат\p{L}*\s+депутат|сенатор/iu],
  ['prosecutor-general', /бас\s+прокурор/iu],
  ['president', /президент\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:өкілеттіг|қызмет|лауазым)/iu],
  // (Not "әкімшілік", an administration: "Президент Әкімшілігі".)
  // (A deputy is not the akim or the minister, and is read before him: "облыс әкімінің
  // орынбасары", "әкімінің бірінші орынбасары", "вице-министрі", "министрінің орынбасары".)
  ['deputy-akim', /әкім(?!ші)\p{L}*\s+(?:бірінші\s+)?орынбасар/iu],
  ['akim', /әкім(?!ші)\p{L}*/iu],
  ['deputy-minister', /вице-министр|министр\p{L}*\s+(?:бірінші\s+)?орынбасар/iu],
  ['minister', /министр\p{L}*/iu],
];

/** Who meets (the subject, `делегаттары`) and with whom (`мүшелерімен кездесті`). */
// prettier-ignore
export const KK_GROUP_CUES: KeyedCues = [
  ['delegates', /делегат/iu],
  ['party-members', /партия\s+мүше|мүшелер/iu],
  ['residents', /тұрғын/iu],
  ['youth', /жастар/iu],
  ['voters', /сайлаушы/iu],
  ['veterans', /ардагер/iu],
  ['students', /студент/iu],
  ['deputies', /депутат/iu],
];

/**
 * The part of a meeting sentence that names whom one met: `X-мен/-бен/-пен кездесті`. (From a
 * word's start, where the leftmost match starts anyway: tried inside every word, the ending was
 * looked for over the rest of the word from each of its letters.)
 */
export const KK_MET_WITH = /(?<!\p{L})(\p{L}+(?:мен|бен|пен))\s+(?:\p{L}+\s+){0,2}?кездес/iu;

/** A session of both chambers (`Парламент палаталарының бірлескен отырысы`). */
export const KK_JOINT = /бірлескен\s+отырыс/iu;

/** A snap election or an extraordinary congress. */
export const KK_EXTRAORDINARY = /кезектен\s+тыс|мерзімінен\s+бұрын/iu;

/**
 * The head of state by his post, the subject, then signing within the clause (the act's name in
 * quotes may stand between): "Мемлекет басшысы «…» Заңға қол қойды", "Президент Жарлыққа қол
 * қояды", "Мемлекет басшысы қол қойған Заң"; ahead too: "Заңға 5 наурызда қол қояды", "қол қоюы тиіс".
 */
export const KK_HEAD_OF_STATE_SIGNS =
  /(?<![\p{L}])(?:мемлекет\s+басшы(?:сы|мыз)|президент(?:і|іміз)?)(?![\p{L}])[^.!?;]{0,240}?(?<![\p{L}])қол\s+(?:қой(?:ды|ған|ады|мақ|ылды|ылған|ылады|ылмақ)|қоя(?:ды|тын(?:ы|ын)?)|қоюы)(?![\p{L}])/iu;

/**
 * An act's issuer, in the genitive before the act's noun in any case ("Мемлекет басшысының
 * Жарлығымен", "Премьер-Министрдің өкімімен", "облыс әкімінің өкіміне сәйкес", "Президентінің
 * 2024 жылғы 5 қыркүйектегі Жарлығымен"): only the genitive words and what stands between them and
 * the act, so a post before them ("Қаржы министрі Президенттің Жарлығымен") stays the post given.
 */
export const KK_ACT_ISSUER =
  /(?<![\p{L}])(?:[\p{L}-]+(?:ның|нің|дың|дің|тың|тің)\s+)+(?:[\p{L}\d№-]+\s+){0,4}?(?:жарлы[ғқ]|өкім|қаулы|бұйры[ғқ])\p{L}*/giu;

/**
 * Posts the holder keeps, from their clause's start: "…, «Нұр Отан» партиясының төрағасы қызметін
 * сақтап қалды", "… лауазымын сақтады", "… постын сақтай отырып" (сақта- in every form after the
 * post's noun in the accusative).
 */
export const KK_KEPT_POST =
  /(?<=^|[,;])[^,.;!?]*?(?:қызмет|лауазым|пост)(?:ын|ін|ы|і|тарын|терін|дарын|дерін)\s+(?:өзінде\s+)?сақта\p{L}*(?:\s+қал\p{L}*)?/giu;

/** The title cues of Kazakh (events/titleCueWords.ts). */
export const KK_TITLE_CUES: TitleCues = {
  topics: KK_TOPIC_CUES,
  posts: KK_POST_CUES,
  groups: KK_GROUP_CUES,
  metWith: KK_MET_WITH,
  joint: KK_JOINT,
  extraordinary: KK_EXTRAORDINARY,
  // "Үкіметтің отставкасын қабылдады" (not "Үкімет отставкаға кетті", the Government resigned).
  accepted: /отставка(?:сын|ларын)\s+(?:[\p{L}-]+\s+){0,2}қабылда/iu,
  // "отставка туралы өтініш", "отставкаға кету туралы өтінішін", "қызметінен босату туралы арыз".
  resignationLetter: /(?:отставка|кету|босату)\p{L}*\s+туралы\s+(?:жазбаша\s+)?(?:өтініш|арыз)/iu,
  headOfStateSigns: KK_HEAD_OF_STATE_SIGNS,
  actIssuer: KK_ACT_ISSUER,
  keptPost: KK_KEPT_POST,
  heldBefore: KK_HELD_BEFORE,
  // "жаңа Конституция", "жаңа Конституцияны", "Жаңа Ата Заң", "жаңа Негізгі заңның".
  newConstitution: /(?<![\p{L}])жаңа\s+(?:Конституция(?!лық)|Ата\s+Заң|Негізгі\s+заң)/iu,
  // "бірінші орынбасары", "бірінші орынбасарын", "бірінші вице-министрі" (any ending).
  firstDeputy: /(?<![\p{L}])бірінші\s+(?:орынбасар|вице-)/iu,
  // "сайланды", "сайланған", "сайлады", "сайлайды", "сайлап", "сайламақ" (not "сайлау", the vote).
  elected: /(?<![\p{L}])сайла(?:н|ды|йды|п|ған|мақ)\p{L}*/iu,
  // "басқарды", "басқарған", "басқарып келеді", "басшылық етті", "төрағалығын қабылдады".
  tookPost:
    /(?<![\p{L}])(?:басқар(?:ды|ған|ып|ады)|басшылық\s+ет|төрағалығ\p{L}*\s+(?:өзіне\s+)?(?:алды|қабылда))/iu,
  // (Not where it was signed too: "қол қойып, кейін ратификациялады" dates the signing.)
  ratified: /^(?![\s\S]*қол\s+қо(?:йды|йылды|йған|йылған|йып))[\s\S]*ратификация/iu,
  // (Not where a visit or an arrival is told too: then the town is the visit's.)
  talks: /^(?![\s\S]*(?:сапар|барды|келді|барады|келеді))[\s\S]*келіссөз/iu,
};
