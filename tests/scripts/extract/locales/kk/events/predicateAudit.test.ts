/**
 * An audit of the Kazakh trigger lexicon by the language, not by errors: about a hundred predicates
 * that Kazakh political news reports events with (appointed, released, elected, signed, adopted,
 * entered into force, ratified, abolished, founded, renamed, held, convened, registered, refused
 * registration, proposed, announced, approved, supported, met, visited, negotiated, detained,
 * charged, acquitted, pardoned …), written down from the language, each in every form that tells
 * the act (past, with its person endings, perfect participle alone and with "еді", intention,
 * present, reported participle), active and passive, generated from the grammar
 * (kkVerbParadigm.ts), and read by the trigger finder in a short sentence with a dated subject.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';
import { type KkForm, passiveOf, sentenceOf, verbForms } from './kkVerbParadigm';

const D = '2023 жылғы 5 наурызда';

/** The forms read by default: what tells the act in news. */
const TELLING: KkForm[] = [
  'past', 'past1pl', 'perfect', 'perfectAux', 'future', 'present', 'reported',
]; // prettier-ignore

interface Predicate {
  stem: string;
  /** 'type' or 'type/facet' the sentence must be read as. */
  want: string;
  /** The sentence up to the active verb (its subject dated), and up to the passive verb. */
  active?: string;
  passive?: string;
  /** Forms left out (with why, where it is not plain). */
  skip?: KkForm[];
  skipPassive?: KkForm[];
}

// prettier-ignore
const PREDICATES: Predicate[] = [
  // Appointments and leaving a post.
  { stem: 'тағайында', want: 'appointment', active: `Президент ${D} Асқар Маминді Премьер-министр етіп`, passive: `Асқар Мамин ${D} Премьер-министр болып` },
  { stem: 'тағайында', want: 'appointment', passive: `Ол ${D} Қазақстанның Франциядағы елшісі болып` },
  { stem: 'бекіт', want: 'appointment', active: `Мәжіліс ${D} оны қызметіне`, passive: `Ол ${D} қызметіне` },
  { stem: 'кіріс', want: 'appointment', active: `Жаңа әкім ${D} қызметіне` },
  { stem: 'кіріс', want: 'appointment', active: `Жаңа министр ${D} лауазымына` },
  { stem: 'сайла', want: 'appointment', active: `Депутаттар ${D} оны Мәжіліс төрағасы етіп`, passive: `Ол ${D} Сенат төрағасы болып` },
  { stem: 'сайла', want: 'appointment', passive: `Ол ${D} партия төрағасы болып` },
  { stem: 'босат', want: 'resignation', active: `Президент ${D} оны министр қызметінен`, passive: `Ол ${D} министр қызметінен` },
  { stem: 'кет', want: 'resignation', active: `Үкімет ${D} отставкаға` },
  { stem: 'жібер', want: 'resignation', active: `Президент ${D} Үкіметті отставкаға`, passive: `Үкімет ${D} отставкаға` },
  { stem: 'қабылда', want: 'resignation', active: `Президент ${D} Үкіметтің отставкасын` },
  { stem: 'тоқтат', want: 'resignation', active: `Ол ${D} өз өкілеттігін` },
  // Ended by others, in the passive: no resignation (mandateEnded.ts).
  { stem: 'тоқтат', want: 'other/mandate-ended', passive: `Оның өкілеттігі ${D}` },
  { stem: 'кет', want: 'resignation', active: `Министр ${D} қызметінен` },
  { stem: 'ал', want: 'resignation', passive: `Әкім ${D} қызметінен` },
  { stem: 'тапсыр', want: 'resignation', active: `Депутат ${D} депутаттық мандатын` },
  { stem: 'тарт', want: 'resignation', active: `Депутат ${D} мандатынан бас` },
  { stem: 'тарт', want: 'resignation', active: `Министр ${D} қызметінен бас` },
  // Votes.
  { stem: 'сайла', want: 'election', passive: `Ол ${D} Мәжіліс депутаты болып`, skipPassive: ['present'] },
  { stem: 'бер', want: 'election', active: `Сайлаушылар ${D} дауыс` },
  { stem: 'жет', want: 'election', active: `Ол ${D} сайлауда жеңіске` },
  { stem: 'өт', want: 'election', active: `Мәжіліс сайлауы ${D}` },
  { stem: 'өткіз', want: 'referendum', active: `Қазақстан ${D} республикалық референдум`, passive: `Республикалық референдум ${D}` },
  { stem: 'тағайында', want: 'decree', active: `Президент ${D} Мәжіліс сайлауын 19 наурызға`, passive: `Мәжіліс сайлауы ${D} 19 наурызға` },
  { stem: 'тірке', want: 'other/registration', active: `ОСК ${D} оны кандидат ретінде`, passive: `Ол ${D} кандидат ретінде` },
  { stem: 'тарт', want: 'other/registration', active: `ОСК ${D} оны кандидат ретінде тіркеуден бас` },
  { stem: 'тірке', want: 'other/registration', active: `Әділет министрлігі ${D} жаңа партияны`, passive: `Жаңа партия ${D} Әділет министрлігінде` },
  { stem: 'ұсын', want: 'proposal', active: `Партия ${D} оның кандидатурасын Президент сайлауына`, skip: ['reported'] },
  { stem: 'сайла', want: 'election', passive: `Қасым-Жомарт Тоқаев ${D} Президент болып` },
  { stem: 'сайла', want: 'election', passive: `Ол ${D} Қазақстан Республикасының Президенті болып` },
  { stem: 'бекіт', want: 'other/results', active: `ОСК ${D} сайлау қорытындысын`, passive: `Сайлау қорытындысы ${D}`, skip: ['present'], skipPassive: ['present'] },
  // Laws, decrees and their steps.
  {
    stem: 'қолда',
    want: 'law/passage',
    active: `Депутаттар ${D} заң жобасын бірінші оқылымда`,
    // (Not the passive: "қолданды" is also "was used".)
    skip: ['future', 'present'],
  },
  { stem: 'қой', want: 'law', active: `Президент ${D} Салық кодексіне қол`, passive: `Салық кодексіне ${D} қол` },
  { stem: 'қабылда', want: 'law', active: `Мәжіліс ${D} сайлау туралы заңды`, passive: `Сайлау туралы заң ${D}` },
  { stem: 'мақұлда', want: 'law', active: `Сенат ${D} заң жобасын`, passive: `Заң жобасы ${D} Сенатта` },
  { stem: 'ен', want: 'law', active: `Жаңа Салық кодексі ${D} күшіне` },
  { stem: 'ратификацияла', want: 'law', active: `Парламент ${D} Париж келісімін`, passive: `Париж келісімі ${D}` },
  { stem: 'денонсацияла', want: 'law', active: `Парламент ${D} бұл келісімді`, passive: `Келісім ${D}` },
  { stem: 'қайтар', want: 'law', active: `Сенат ${D} заңды Мәжіліске`, passive: `Заң ${D} Мәжіліске` },
  { stem: 'енгіз', want: 'law', active: `Үкімет ${D} заң жобасын Мәжіліске`, passive: `Заң жобасы ${D} Мәжіліске` },
  { stem: 'енгіз', want: 'law', active: `Мәжіліс ${D} Салық кодексіне өзгерістер`, passive: `Салық кодексіне ${D} өзгерістер` },
  { stem: 'қой', want: 'law', active: `Президент ${D} заңға вето` },
  { stem: 'қой', want: 'decree', active: `Президент ${D} Жарлыққа қол`, passive: `Жарлыққа ${D} қол` },
  { stem: 'шығар', want: 'decree', active: `Президент ${D} жаңа Жарлық`, passive: `Жаңа Жарлық ${D}` },
  { stem: 'қабылда', want: 'decree', active: `Үкімет ${D} жаңа қаулы`, passive: `Жаңа қаулы ${D}` },
  { stem: 'жарияла', want: 'other', active: `Президент ${D} Алматыда төтенше жағдай`, passive: `Алматыда ${D} төтенше жағдай` },
  { stem: 'енгіз', want: 'other', active: `Президент ${D} Алматыда төтенше жағдай`, passive: `Алматыда ${D} төтенше жағдай` },
  { stem: 'енгіз', want: 'other', active: `Әкімдік ${D} Алматыда коменданттық сағат`, passive: `Алматыда ${D} коменданттық сағат` },
  { stem: 'тарат', want: 'decree', active: `Президент ${D} Мәжілісті`, passive: `Мәжіліс ${D}` },
  { stem: 'жаса', want: 'decree', active: `Президент ${D} 10 адамға кешірім`, passive: `10 адамға ${D} кешірім` },
  { stem: 'жарияла', want: 'law', active: `Президент ${D} рақымшылық`, passive: `${D} рақымшылық` },
  // Reforms and bodies of the state.
  { stem: 'енгіз', want: 'reform', active: `Парламент ${D} Конституцияға өзгерістер`, passive: `Конституцияға ${D} өзгерістер` },
  { stem: 'енгіз', want: 'reform', passive: `Өлім жазасына ${D} мораторий`, skipPassive: ['present'] },
  { stem: 'жой', want: 'other/abolished', active: `Қазақстан ${D} өлім жазасын`, passive: `Өлім жазасы ${D}` },
  { stem: 'жой', want: 'reform', active: `Президент ${D} Сенат төрағасының орынбасары лауазымын`, passive: `Вице-президент лауазымы ${D}` },
  { stem: 'құр', want: 'reform', passive: `Жаңа министрлік ${D}` },
  { stem: 'тарат', want: 'reform', passive: `Агенттік ${D}` },
  { stem: 'көшір', want: 'other/capital', passive: `Ел астанасы ${D} Алматыдан Ақмолаға` },
  { stem: 'өзгерт', want: 'renaming', active: `Партия ${D} атауын «AMANAT» деп`, passive: `Партияның атауы ${D} «AMANAT» деп` },
  { stem: 'ата', want: 'renaming', passive: `Қала ${D} Астана деп қайта` },
  // Parties and organisations.
  { stem: 'өт', want: 'congress', active: `Партияның кезектен тыс съезі ${D}` },
  { stem: 'өткіз', want: 'congress', active: `Партия ${D} съезд`, passive: `Партия съезі ${D}` },
  { stem: 'шақыр', want: 'congress', passive: `Партияның кезектен тыс съезі ${D}` },
  { stem: 'құр', want: 'coalition', active: `Үш партия ${D} коалиция`, passive: `Коалиция ${D}` },
  { stem: 'аш', want: 'headquarters', active: `Партия ${D} сайлау штабын`, passive: `Сайлау штабы ${D}` },
  { stem: 'бірік', want: 'other/merger', active: `Екі партия ${D}`, skip: ['perfect'] },
  { stem: 'қосыл', want: 'other/merger', active: `«Адал» партиясы ${D} «Нұр Отан» партиясына` },
  { stem: 'шық', want: 'membership', active: `Депутат ${D} партиядан` },
  { stem: 'шығар', want: 'membership', passive: `Депутат ${D} партиядан` },
  { stem: 'шық', want: 'membership', active: `Депутат ${D} партия қатарынан` },
  { stem: 'кір', want: 'membership', active: `Ол ${D} партия қатарына` },
  { stem: 'қабылда', want: 'membership', passive: `Өзбекстан ${D} ұйымға толық мүше ретінде` },
  { stem: 'шық', want: 'membership', active: `Ресей ${D} Еуропа Кеңесі ұйымынан` },
  { stem: 'тарат', want: 'decree', passive: `Партия ${D} сот шешімімен` },
  { stem: 'құр', want: 'other/founding', active: `Ол ${D} жаңа партия` },
  // Meetings, visits, diplomacy.
  { stem: 'мойында', want: 'other/relations', active: `АҚШ ${D} Қазақстанның тәуелсіздігін` },
  { stem: 'таны', want: 'other/relations', active: `Түркия ${D} Қазақстанның тәуелсіздігін` },
  { stem: 'жолда', want: 'statement', active: `СІМ ${D} Ресей елшілігіне наразылық нотасын` },
  { stem: 'кездес', want: 'meeting', active: `Президент ${D} Ақордада Қытай төрағасымен` },
  { stem: 'жүргіз', want: 'meeting', active: `Екі ел басшылары ${D} келіссөз`, passive: `Келіссөздер ${D}` },
  { stem: 'бар', want: 'meeting', active: `Президент ${D} Түркияға ресми сапармен` },
  { stem: 'кел', want: 'meeting', active: `Франция Президенті ${D} Астанаға ресми сапармен` },
  { stem: 'сөйлес', want: 'meeting', active: `Президент ${D} Путинмен телефон арқылы` },
  { stem: 'қабылда', want: 'meeting', active: `Мемлекет басшысы ${D} Ақордада Премьер-министрді`, skip: ['past1pl', 'future', 'present', 'reported'] },
  { stem: 'қатыс', want: 'meeting', active: `Президент ${D} ШЫҰ саммитіне` },
  { stem: 'қатыс', want: 'meeting', active: `Премьер-министр ${D} Астана халықаралық форумына` },
  { stem: 'тапсыр', want: 'meeting', active: `Елші ${D} Президентке сенім грамоталарын` },
  { stem: 'орнат', want: 'other/relations', active: `Екі ел ${D} дипломатиялық қатынас`, passive: `Дипломатиялық қатынастар ${D}` },
  { stem: 'үз', want: 'other/relations', active: `Екі ел ${D} дипломатиялық қатынастарды`, passive: `Дипломатиялық қатынастар ${D}` },
  { stem: 'қой', want: 'other/agreement', active: `Тараптар ${D} ынтымақтастық туралы келісімге қол`, passive: `Ынтымақтастық туралы келісімге ${D} қол` },
  { stem: 'жасас', want: 'other/concluded', active: `Екі ел ${D} стратегиялық әріптестік туралы шарт` },
  { stem: 'шық', want: 'other/agreement', active: `АҚШ ${D} Париж келісімінен` },
  { stem: 'тыңда', want: 'meeting', active: `Президент ${D} Премьер-министрдің есебін`, passive: `Ақордада ${D} Премьер-министрдің есебі` },
  { stem: 'өткіз', want: 'meeting', active: `Президент ${D} Қауіпсіздік кеңесінің отырысын`, passive: `Қауіпсіздік кеңесінің отырысы ${D}` },
  { stem: 'бер', want: 'meeting', active: `Әкім ${D} халық алдында есеп` },
  { stem: 'өт', want: 'session', active: `Мәслихаттың кезектен тыс сессиясы ${D}` },
  { stem: 'шақыр', want: 'session', passive: `Мәслихаттың кезектен тыс сессиясы ${D}` },
  { stem: 'өт', want: 'session', active: `Парламент палаталарының бірлескен отырысы ${D}` },
  { stem: 'бер', want: 'inauguration', active: `Қасым-Жомарт Тоқаев ${D} халыққа ант` },
  { stem: 'кіріс', want: 'inauguration', active: `Ол ${D} Президент қызметіне`, skip: ['reported'] },
  // Statements and addresses.
  { stem: 'жарияла', want: 'address', active: `Президент ${D} халыққа Жолдау`, passive: `Президент Жолдауы ${D}` },
  { stem: 'жүгін', want: 'address', active: `Президент ${D} теледидар арқылы халыққа` },
  { stem: 'жаса', want: 'statement', active: `СІМ ${D} ресми мәлімдеме`, passive: `${D} СІМ-нің ресми мәлімдемесі` },
  { stem: 'өткіз', want: 'statement', active: `Министр ${D} баспасөз мәслихатын`, passive: `Министрдің баспасөз мәслихаты ${D}` },
  { stem: 'өткіз', want: 'statement', active: `ОСК төрағасы ${D} брифинг`, passive: `ОСК-да ${D} брифинг` },
  { stem: 'жолда', want: 'statement', active: `Депутаттар ${D} Үкіметке депутаттық сауал`, passive: `Үкіметке ${D} депутаттық сауал` },
  { stem: 'жолда', want: 'statement', active: `Президент ${D} Түркия Президентіне құттықтау жеделхатын` },
  { stem: 'айт', want: 'statement', active: `Президент ${D} Түркия халқына көңіл` },
  { stem: 'жарияла', want: 'statement', active: `ОСК ${D} сайлаудың алдын ала қорытындысын`, passive: `Сайлаудың алдын ала қорытындысы ${D}` },
  // Protests.
  { stem: 'өткіз', want: 'other/protest', active: `Тұрғындар ${D} Алматыда митинг`, passive: `Алматыда ${D} митинг` },
  { stem: 'жарияла', want: 'other/protest', active: `Мұнайшылар ${D} ереуіл` },
  { stem: 'жарияла', want: 'other/protest', active: `Белсенділер ${D} аштық` },
  { stem: 'шық', want: 'other/protest', active: `Тұрғындар ${D} алаңға` },
  { stem: 'өткіз', want: 'other/protest', active: `Белсенділер ${D} әкімдік алдында пикет`, passive: `Әкімдік алдында ${D} пикет` },
  { stem: 'білдір', want: 'other/protest', active: `Тұрғындар ${D} наразылық` },
  // Courts and the police.
  { stem: 'ұста', want: 'other/court', active: `Полиция ${D} 20 белсендіні`, skip: ['present'] },
  { stem: 'айыпта', want: 'other/court', passive: `Бұрынғы министр ${D} пара алды деп` },
  { stem: 'ақта', want: 'other/court', active: `Сот ${D} белсендіні`, passive: `Белсенді ${D} сотта` },
  { stem: 'қозға', want: 'other/court', active: `Тергеушілер ${D} қылмыстық іс`, passive: `${D} қылмыстық іс` },
  { stem: 'баста', want: 'other/trial', passive: `Іс бойынша сот процесі ${D}` },
  // Found as classes of forms in the tuned Kazakh errors: a date or a subject between the noun
  // and its verb, a converb, a state's document approved, a chairmanship passed on.
  { stem: 'қабылда', want: 'law/passage', active: `Құжатты Мәжіліс ${D}` },
  { stem: 'бекіт', want: 'decree', active: `Президент ${D} сыбайлас жемқорлыққа қарсы саясаттың тұжырымдамасын`, passive: `Сыбайлас жемқорлыққа қарсы саясаттың тұжырымдамасы ${D}`, skip: ['present'], skipPassive: ['present'] },
  { stem: 'белгіле', want: 'appointment', passive: `Ол ${D} Премьер-Министрдің міндетін уақытша атқарушы болып` },
  { stem: 'бастал', want: 'other/chairmanship', active: `Қазақстанның Ұйымдағы төрағалығы ${D}` },
  { stem: 'өт', want: 'other/chairmanship', active: `${D} төрағалық Қытайға` },
  { stem: 'бастал', want: 'meeting', active: `ШЫҰ+ форматындағы кездесу ${D}` },
  { stem: 'әңгімелес', want: 'meeting', active: `Мемлекет басшысы ${D} Вьетнам елшісімен жеке` },
  { stem: 'таныстыр', want: 'meeting', active: `Жаңа басшыны ${D} аудан әкімдігінің ұжымына облыс әкімінің орынбасары` },
  { stem: 'шық', want: 'meeting', active: `${D} тұрғындардың алдына аудан әкімінің орынбасары` },
  { stem: 'жүгін', want: 'statement', active: `Президент ${D} ҰҚШҰ-ға көмек сұрап` },
  { stem: 'жарияла', want: 'statement', active: `Бақылаушылар миссиясы ${D} өз бағасын` },
  { stem: 'қара', want: 'other/trial', passive: `Іс ${D} апелляциялық сатыда`, skipPassive: ['reported'] },
  { stem: 'тапсыр', want: 'other/registration', active: `ОСК төрағасы ${D} мәслихат депутаттарына куәліктерін`, passive: `Мәслихат депутаттарына ${D} куәліктері` },
  { stem: 'қабылда', want: 'reform', active: `Парламент ${D} конституциялық түзетулерді` },
  { stem: 'бекіт', want: 'reform/amendment', passive: `${D} оның мәртебесі Конституцияда`, skipPassive: ['perfect', 'future', 'present', 'reported'] },
  { stem: 'енгіз', want: 'reform/introduced', passive: `Жаңа тариф ${D}`, skipPassive: ['present'] },
  { stem: 'біт', want: 'other/term', active: `Оның өкілеттік мерзімі ${D}` },
  { stem: 'аяқтал', want: 'other/term', active: `Оның өкілеттік мерзімі ${D}` },
  { stem: 'қалдыр', want: 'other/postponed', active: `Мәслихат ${D} бюджет мәселесін қарауды қыркүйекке` },
  { stem: 'қалдыр', want: 'other/postponed', passive: `Сессия ${D} кейінге` },
  { stem: 'шегер', want: 'other/postponed', active: `Комиссия ${D} отырысты`, passive: `Отырыс ${D}`, skip: ['present'], skipPassive: ['present'] },
  { stem: 'таныстыр', want: 'statement', active: `Құжатты ${D} Мәжіліс депутаттарына министр` },
  // Awards.
  { stem: 'марапатта', want: 'other/award', active: `Президент ${D} оны «Парасат» орденімен`, passive: `Ол ${D} «Парасат» орденімен` },
  { stem: 'бер', want: 'other/award', passive: `Оған ${D} «Халық қаһарманы» атағы` },
];

const CASES: Array<[string, string]> = PREDICATES.flatMap((p) => {
  const forms = (skip?: KkForm[]) => TELLING.filter((f) => !skip?.includes(f));
  return [
    ...(p.active
      ? forms(p.skip).map((f): [string, string] => [
          sentenceOf(f, p.active!, verbForms(p.stem)[f]),
          p.want,
        ])
      : []),
    // (A passive's subject is the one acted on: no "we" of the past.)
    ...(p.passive
      ? forms([...(p.skipPassive ?? []), 'past1pl']).map((f): [string, string] => [
          sentenceOf(f, p.passive!, verbForms(passiveOf(p.stem))[f]),
          p.want,
        ])
      : []),
  ];
});

const readAs = (sentence: string) =>
  findTriggers(sentence, 'kk').flatMap((h) => [
    h.trigger.type,
    `${h.trigger.type}/${h.trigger.facet}`,
  ]);

describe('weaker cues, in a dated sentence', () => {
  it.each([
    [`Облыс әкімі ${D} депутаттарды құттықтап, сәттілік тіледі.`, 'statement'],
    [`Кандидаттар дебаты ${D} өтті.`, 'other/campaign'],
    [`Президент ${D} Үкіметке іс-шаралар жоспарын әзірлеуді тапсырды.`, 'statement/instructed'],
    [`Әкім ${D} жолды жөндеуді уәде етті.`, 'statement/said'],
    [`${D} облыстық ассамблеяларда алдын ала талқылаулар болды.`, 'meeting/discussion'],
    [`Министр ${D} Мәжілістегі үкімет сағатында жаңа бағдарламаға тоқталды.`, 'statement/said-at'],
  ])('%s → %s', (sentence, want) => {
    expect(readAs(sentence)).toContain(want);
  });
});

describe('what looks like a predicate and is none', () => {
  it.each([
    ['Ол 2019 жылғы 9 маусымда федерацияның президенті болып сайланды.', 'election'],
    ['СІМ 5 наурызда наразылық нотасын жолдады.', 'other/protest'],
    ['Бюллетеньге партиялардың атауы жеребе арқылы айқындалған тәртіппен енгізіледі.', 'reform'],
    ['Депутаттардың 30 пайызы бірмандатты округтерден сайланады.', 'election/elected'],
    ['Олардың құрамы 10 ақпанда бекітілді.', 'appointment'],
    ['Мәжіліс депутаттарына заң жобасы таратылды.', 'decree/dissolution'],
    ['Nur Otan партиясынан шыққан үміткер жеңді.', 'membership/left'],
    ['Партияның сайлауалды бағдарламасы 5 наурызда бекітілді.', 'decree'],
    ['Іс-шаралар жоспары 5 наурызда қаралды.', 'other/trial'],
    ['Ол жаңа жобамен 5 наурызда таныстырды.', 'meeting'],
    ['Конституцияда бекітілген құқықтар 5 наурызда талқыланды.', 'reform/amendment'],
  ])('%s is not %s', (sentence, not) => {
    expect(readAs(sentence)).not.toContain(not);
  });
});

describe('Kazakh political predicates in every form that tells the act', () => {
  it('audits about a hundred predicates', () => {
    expect(PREDICATES.length).toBeGreaterThanOrEqual(100);
  });

  it.each(CASES)('%s → %s', (sentence, want) => {
    expect(readAs(sentence)).toContain(want);
  });
});
