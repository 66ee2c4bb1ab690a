/**
 * An audit of the Russian trigger lexicon by morphology: about a hundred predicates that report
 * political events in Russian news, each generated in its forms (the past in each gender and the
 * plural, the perfective future singular and plural, the short passive in each gender, with "был"
 * too, full participles in the nominative and the genitive, reflexive forms) and set in a short
 * sentence of its own; each sentence must be read as the predicate's event type (and facet, for
 * "other"). Written from the language, not from errors.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';
import { GENDERS, PAST, SHORT, WAS, ACTOR, type Gender } from './ruGenders';

const PEOPLE: Record<Gender, string> = {
  m: 'Иван Петров',
  f: 'Мария Петрова',
  n: 'Руководство',
  pl: 'Иван Петров и Мария Ахметова',
};
/** Full participles in the nominative, with the gender of the noun they agree with. */
const FULL: Array<[string, Gender]> = [
  ['ый', 'm'],
  ['ая', 'f'],
  ['ые', 'pl'],
];
/** The genitive of the masculine heads a full participle agrees with in the genitive. */
const GENITIVE: Record<string, string> = {
  'Иван Петров': 'Ивана Петрова',
  'Закон о СМИ': 'закона о СМИ',
  'Проспект Мира': 'проспекта Мира',
};

interface Predicate {
  /** "type" or "other:facet". */
  expect: string;
  /** The active verb: past stem up to -л ("назначи"), or its forms by gender. */
  past?: string | Record<Gender, string>;
  /** Third person perfective future, singular and plural. */
  future?: [string, string];
  /** What follows the active verb. */
  object?: string;
  /** Who acts (by gender); ACTOR by default. */
  actor?: Partial<Record<Gender, string>>;
  /** The short passive stem ("назначен", "принят") and what follows it. */
  passive?: string;
  passiveRest?: string;
  /** Who or what undergoes it (by gender); PEOPLE by default. */
  patient?: Partial<Record<Gender, string>>;
  /** Full participles too ("назначенный министром …, Иван Петров"). */
  participle?: boolean;
  /** More sentences, written whole. */
  more?: string[];
}

const LAWS: Record<Gender, string> = {
  m: 'Закон о СМИ',
  f: 'Поправка к закону о СМИ',
  n: 'Изменение в закон о СМИ',
  pl: 'Законы о СМИ',
};
const DECREES: Partial<Record<Gender, string>> = {
  m: 'Указ о помиловании',
  pl: 'Указы о помиловании',
};
const BODIES: Record<Gender, string> = {
  m: 'Комитет по туризму',
  f: 'Палата',
  n: 'Министерство туризма',
  pl: 'Агентства по туризму',
};
const TREATIES: Record<Gender, string> = {
  m: 'Договор о дружбе',
  f: 'Конвенция о правах',
  n: 'Соглашение о дружбе',
  pl: 'Соглашения о дружбе',
};

// prettier-ignore
const PREDICATES: Record<string, Predicate> = {
  // Posts given.
  'назначить': { expect: 'appointment', past: 'назначи', future: ['назначит', 'назначат'], object: 'Ивана Петрова министром', passive: 'назначен', passiveRest: 'министром', participle: true },
  'избрать председателем': { expect: 'appointment', past: 'избра', future: ['изберет', 'изберут'], object: 'Ивана Петрова председателем партии', actor: { m: 'Съезд', f: 'Партия', n: 'Собрание', pl: 'Делегаты' }, passive: 'избран', passiveRest: 'председателем партии', participle: true },
  'переизбрать председателем': { expect: 'appointment', past: 'переизбра', future: ['переизберет', 'переизберут'], object: 'Ивана Петрова председателем партии', actor: { m: 'Съезд', f: 'Партия', n: 'Собрание', pl: 'Делегаты' }, passive: 'переизбран', passiveRest: 'председателем партии' },
  'утвердить в должности': { expect: 'appointment', past: 'утверди', future: ['утвердит', 'утвердят'], object: 'Ивана Петрова в должности министра', passive: 'утвержден', passiveRest: 'в должности министра' },
  'возглавить': { expect: 'appointment', past: 'возглави', future: ['возглавит', 'возглавят'], object: 'министерство юстиции', actor: PEOPLE },
  'занять пост': { expect: 'appointment', past: 'заня', future: ['займет', 'займут'], object: 'пост министра юстиции', actor: PEOPLE },
  'стать министром': { expect: 'appointment', past: 'ста', future: ['станет', 'станут'], object: 'министром юстиции', actor: PEOPLE },
  'вступить в должность': { expect: 'inauguration', past: 'вступи', future: ['вступит', 'вступят'], object: 'в должность президента', actor: { m: 'Иван Петров', f: 'Мария Петрова' } },
  'принести присягу': { expect: 'inauguration', past: { m: 'принес', f: 'принесла', n: 'принесло', pl: 'принесли' }, future: ['принесет', 'принесут'], object: 'присягу президента', actor: { m: 'Иван Петров', f: 'Мария Петрова' } },
  'согласовать кандидатуру': { expect: 'appointment', past: 'согласова', future: ['согласует', 'согласуют'], object: 'кандидатуру акима', actor: { m: 'Маслихат', pl: 'Депутаты' } },
  // Posts left.
  'освободить от должности': { expect: 'resignation', past: 'освободи', future: ['освободит', 'освободят'], object: 'Ивана Петрова от должности министра', passive: 'освобожден', passiveRest: 'от должности министра', participle: true },
  'отправить в отставку': { expect: 'resignation', past: 'отправи', future: ['отправит', 'отправят'], object: 'правительство в отставку', passive: 'отправлен', passiveRest: 'в отставку', patient: { m: 'Кабинет', f: 'Министр Мария Петрова', n: 'Правительство', pl: 'Министры' } },
  'подать в отставку': { expect: 'resignation', past: 'пода', future: ['подаст', 'подадут'], object: 'в отставку', actor: PEOPLE },
  'уйти в отставку': { expect: 'resignation', past: { m: 'ушел', f: 'ушла', n: 'ушло', pl: 'ушли' }, future: ['уйдет', 'уйдут'], object: 'в отставку', actor: PEOPLE },
  'принять отставку': { expect: 'resignation', past: 'приня', future: ['примет', 'примут'], object: 'отставку министра' },
  'сложить полномочия': { expect: 'resignation', past: 'сложи', future: ['сложит', 'сложат'], object: 'с себя полномочия министра', actor: PEOPLE },
  'уволить': { expect: 'resignation', past: 'уволи', future: ['уволит', 'уволят'], object: 'Ивана Петрова с поста министра', passive: 'уволен', passiveRest: 'с поста министра', participle: true },
  'снять с должности': { expect: 'resignation', past: 'сня', future: ['снимет', 'снимут'], object: 'Ивана Петрова с должности министра', passive: 'снят', passiveRest: 'с должности министра', participle: true },
  'отстранить от должности': { expect: 'resignation', past: 'отстрани', future: ['отстранит', 'отстранят'], object: 'Ивана Петрова от должности министра', passive: 'отстранен', passiveRest: 'от должности министра', participle: true },
  'покинуть пост': { expect: 'resignation', past: 'покину', future: ['покинет', 'покинут'], object: 'пост министра', actor: PEOPLE },
  'прекратить полномочия': { expect: 'resignation', past: 'досрочно прекрати', future: ['досрочно прекратит', 'досрочно прекратят'], object: 'полномочия министра', actor: PEOPLE },
  // Ended by others, in the passive or taken away: no resignation (mandateEnded.ts).
  'прекращены полномочия': { expect: 'other:mandate-ended', more: ['5 мая полномочия министра досрочно прекращены.', 'Полномочия министра досрочно прекращены 5 мая.', 'Депутат 5 мая лишен мандата.'] },
  // Votes.
  'избрать депутатом': { expect: 'election', passive: 'избран', passiveRest: 'депутатом Мажилиса', participle: true },
  'избрать президентом': { expect: 'election', past: 'избра', future: ['изберет', 'изберут'], object: 'Ивана Петрова президентом', actor: { m: 'Народ', pl: 'Граждане' }, passive: 'избран', passiveRest: 'президентом', patient: { m: 'Иван Петров', f: 'Мария Петрова' } },
  'переизбрать': { expect: 'election', passive: 'переизбран', passiveRest: 'на второй срок', patient: { m: 'Иван Петров', f: 'Мария Петрова', pl: 'Иван Петров и Мария Ахметова' } },
  'проголосовать': { expect: 'election', past: 'проголосова', object: 'на выборах президента', actor: { pl: 'Граждане', m: 'Избиратель' } },
  'победить на выборах': { expect: 'election', past: 'победи', future: ['победит', 'победят'], object: 'на выборах президента', actor: PEOPLE },
  'одержать победу на выборах': { expect: 'election', past: 'одержа', future: ['одержит', 'одержат'], object: 'победу на выборах президента', actor: PEOPLE },
  'набрать голоса': { expect: 'election', past: 'набра', future: ['наберет', 'наберут'], object: '80 процентов голосов', actor: PEOPLE },
  'назначить выборы': { expect: 'decree', past: 'назначи', future: ['назначит', 'назначат'], object: 'выборы президента', passive: 'назначен', passiveRest: 'на 20 ноября', patient: { pl: 'Выборы президента' } },
  'назначить референдум': { expect: 'decree', past: 'назначи', future: ['назначит', 'назначат'], object: 'референдум', passive: 'назначен', passiveRest: 'указом президента', patient: { m: 'Референдум' } },
  'провести референдум': { expect: 'referendum', past: 'прове', future: ['проведет', 'проведут'], object: 'референдум', passive: 'проведен', passiveRest: 'в стране', patient: { m: 'Референдум' } },
  // Candidates.
  'выдвинуть кандидатом': { expect: 'proposal', past: 'выдвину', future: ['выдвинет', 'выдвинут'], object: 'Ивана Петрова кандидатом в президенты', actor: { m: 'Съезд', f: 'Партия', n: 'Движение', pl: 'Делегаты' } },
  'зарегистрировать кандидатом': { expect: 'other:registration', past: 'зарегистрирова', future: ['зарегистрирует', 'зарегистрируют'], object: 'Ивана Петрова кандидатом в президенты', actor: { f: 'Комиссия', m: 'Избирком' }, passive: 'зарегистрирован', passiveRest: 'кандидатом в президенты', participle: true },
  'отказать в регистрации': { expect: 'other:registration', past: 'отказа', future: ['откажет', 'откажут'], object: 'Ивану Петрову в регистрации кандидатом', actor: { f: 'Комиссия', m: 'Избирком' }, more: ['Ивану Петрову 5 мая отказано в регистрации.', 'Партии 5 мая отказали в регистрации.'] },
  'снять с выборов': { expect: 'other:registration', passive: 'снят', passiveRest: 'с выборов', more: ['Комиссия 5 мая сняла Ивана Петрова с выборов.', 'Иван Петров 5 мая снял свою кандидатуру с выборов.'] },
  // Laws.
  'подписать закон': { expect: 'law', past: 'подписа', future: ['подпишет', 'подпишут'], object: 'закон о СМИ', passive: 'подписан', passiveRest: 'главой государства', patient: LAWS, participle: true },
  'принять закон': { expect: 'law', past: 'приня', future: ['примет', 'примут'], object: 'закон о СМИ', passive: 'принят', passiveRest: 'депутатами', patient: LAWS },
  'одобрить законопроект': { expect: 'law', past: 'одобри', future: ['одобрит', 'одобрят'], object: 'законопроект о СМИ', passive: 'одобрен', passiveRest: 'депутатами', patient: { m: 'Законопроект о СМИ', pl: 'Законопроекты о СМИ' } },
  'ратифицировать': { expect: 'law', past: 'ратифицирова', future: ['ратифицирует', 'ратифицируют'], object: 'соглашение с Китаем', passive: 'ратифицирован', passiveRest: 'депутатами', patient: TREATIES },
  'вступить в силу': { expect: 'law', past: 'вступи', future: ['вступит', 'вступят'], object: 'в силу', actor: LAWS },
  'отменить закон': { expect: 'law', past: 'отмени', future: ['отменит', 'отменят'], object: 'закон о СМИ', passive: 'отменен', passiveRest: 'депутатами', patient: LAWS },
  'отклонить законопроект': { expect: 'law', past: 'отклони', future: ['отклонит', 'отклонят'], object: 'законопроект о СМИ', passive: 'отклонен', passiveRest: 'сенаторами', patient: { m: 'Законопроект о СМИ', pl: 'Законопроекты о СМИ' } },
  'наложить вето': { expect: 'law', past: 'наложи', future: ['наложит', 'наложат'], object: 'вето на закон о СМИ', actor: { m: 'Президент' } },
  'внести законопроект': { expect: 'law', past: { m: 'внес', f: 'внесла', n: 'внесло', pl: 'внесли' }, future: ['внесет', 'внесут'], object: 'законопроект в Мажилис', passive: 'внесен', passiveRest: 'в Мажилис', patient: { m: 'Законопроект', pl: 'Законопроекты' } },
  'внести изменения в закон': { expect: 'law', past: { m: 'внес', f: 'внесла', n: 'внесло', pl: 'внесли' }, future: ['внесет', 'внесут'], object: 'изменения в закон о СМИ' },
  'принять в первом чтении': { expect: 'law', passive: 'принят', passiveRest: 'в первом чтении', patient: { m: 'Законопроект', pl: 'Законопроекты' } },
  'амнистия': { expect: 'law', more: ['Закон об амнистии 5 мая подписан президентом.', 'Президент 5 мая объявил амнистию.', 'Под амнистию 5 мая попали 500 человек.'] },
  'амнистировать': { expect: 'law', past: 'амнистирова', future: ['амнистирует', 'амнистируют'], object: 'осужденных', passive: 'амнистирован', passiveRest: 'по закону', patient: { m: 'Осужденный', pl: 'Осужденные' } },
  // Decrees.
  'подписать указ': { expect: 'decree', past: 'подписа', future: ['подпишет', 'подпишут'], object: 'указ о помиловании', actor: { m: 'Президент', f: 'Глава государства' }, passive: 'подписан', passiveRest: 'президентом', patient: DECREES },
  'издать указ': { expect: 'decree', past: 'изда', future: ['издаст', 'издадут'], object: 'указ о помиловании', actor: { m: 'Президент' }, passive: 'издан', passiveRest: 'президентом', patient: DECREES },
  'распустить парламент': { expect: 'decree', past: 'распусти', future: ['распустит', 'распустят'], object: 'парламент', actor: { m: 'Президент' }, passive: 'распущен', passiveRest: 'указом президента', patient: { m: 'Парламент', f: 'Палата', pl: 'Маслихаты' } },
  'объявить чрезвычайное положение': { expect: 'other', past: 'объяви', future: ['объявит', 'объявят'], object: 'чрезвычайное положение', passive: 'введен', passiveRest: 'в стране', patient: { m: 'Режим ЧП', n: 'Чрезвычайное положение' } },
  'ввести чрезвычайное положение': { expect: 'other', past: 'вве', future: ['введет', 'введут'], object: 'чрезвычайное положение' },
  'помиловать': { expect: 'decree', past: 'помилова', future: ['помилует', 'помилуют'], object: 'Ивана Петрова', actor: { m: 'Президент' }, passive: 'помилован', passiveRest: 'президентом', participle: true },
  'объявить траур': { expect: 'other:mourning', past: 'объяви', future: ['объявит', 'объявят'], object: 'общенациональный траур', passive: 'объявлен', passiveRest: 'в стране', patient: { m: 'Общенациональный траур' } },
  // Bodies made, renamed, abolished.
  'создать министерство': { expect: 'reform', passive: 'создан', passiveRest: 'указом президента', patient: { n: 'Министерство туризма', f: 'Палата', m: 'Конституционный суд' } },
  'упразднить': { expect: 'reform', past: 'упраздни', future: ['упразднит', 'упразднят'], object: 'министерство туризма', passive: 'упразднен', passiveRest: 'указом президента', patient: BODIES },
  'ликвидировать': { expect: 'reform', past: 'ликвидирова', future: ['ликвидирует', 'ликвидируют'], object: 'министерство туризма', passive: 'ликвидирован', passiveRest: 'указом президента', patient: BODIES },
  'реорганизовать': { expect: 'reform', past: 'реорганизова', future: ['реорганизует', 'реорганизуют'], object: 'министерство туризма', passive: 'реорганизован', passiveRest: 'указом президента', patient: BODIES },
  'образовать': { expect: 'reform', passive: 'образован', passiveRest: 'указом президента', patient: { n: 'Министерство туризма', f: 'Палата', m: 'Конституционный суд' } },
  'переименовать': { expect: 'renaming', past: 'переименова', future: ['переименует', 'переименуют'], object: 'улицу Мира в улицу Абая', passive: 'переименован', passiveRest: 'в честь Абая', patient: { m: 'Проспект Мира', f: 'Улица Мира', n: 'Село Мирное', pl: 'Улицы Мира' }, participle: true },
  'создать партию': { expect: 'other:founding', past: 'созда', future: ['создаст', 'создадут'], object: 'новую партию', actor: PEOPLE, passive: 'создан', passiveRest: 'в Алматы', patient: { f: 'Партия', n: 'Движение', m: 'Блок', pl: 'Партии' } },
  'учредить': { expect: 'other:founding', past: 'учреди', future: ['учредит', 'учредят'], object: 'новую партию', actor: PEOPLE, passive: 'учрежден', passiveRest: 'в Алматы', patient: { f: 'Партия', n: 'Движение', m: 'Фонд' } },
  'основать': { expect: 'other:founding', past: 'основа', object: 'новую партию', actor: PEOPLE, passive: 'основан', passiveRest: 'в Алматы', patient: { f: 'Партия', n: 'Движение', m: 'Фонд' } },
  'зарегистрировать партию': { expect: 'other:registration', past: 'зарегистрирова', future: ['зарегистрирует', 'зарегистрируют'], object: 'новую партию', actor: { n: 'Министерство юстиции', m: 'Минюст' }, passive: 'зарегистрирован', passiveRest: 'Минюстом', patient: { f: 'Партия', n: 'Движение', m: 'Блок', pl: 'Партии' } },
  'запретить партию': { expect: 'other:ban', past: 'запрети', future: ['запретит', 'запретят'], object: 'деятельность партии', actor: { m: 'Суд' }, passive: 'запрещен', passiveRest: 'судом', patient: { f: 'Партия', n: 'Движение', m: 'Блок', pl: 'Партии' } },
  'приостановить деятельность': { expect: 'other:ban', past: 'приостанови', future: ['приостановит', 'приостановят'], object: 'деятельность партии', actor: { m: 'Суд' }, passive: 'приостановлен', passiveRest: 'судом', patient: { f: 'Деятельность партии' } },
  // Gatherings.
  'созвать съезд': { expect: 'congress', past: 'созва', future: ['созовет', 'созовут'], object: 'внеочередной съезд', passive: 'созван', passiveRest: 'по решению политсовета', patient: { m: 'Съезд' } },
  'созвать сессию': { expect: 'session', past: 'созва', future: ['созовет', 'созовут'], object: 'внеочередную сессию', passive: 'созван', passiveRest: 'по решению президента', patient: { f: 'Сессия' } },
  'провести заседание': { expect: 'meeting', past: 'прове', future: ['проведет', 'проведут'], object: 'заседание Совета безопасности', passive: 'проведен', passiveRest: 'в Акорде', patient: { n: 'Заседание Совета безопасности' } },
  'провести совещание': { expect: 'meeting', past: 'прове', future: ['проведет', 'проведут'], object: 'совещание с акимами', passive: 'проведен', passiveRest: 'в Акорде', patient: { n: 'Совещание с акимами' } },
  'провести переговоры': { expect: 'meeting', past: 'прове', future: ['проведет', 'проведут'], object: 'переговоры с президентом Китая', passive: 'проведен', passiveRest: 'в Акорде', patient: { pl: 'Переговоры с президентом Китая' } },
  'встретиться': { expect: 'meeting', past: { m: 'встретился', f: 'встретилась', n: 'встретилось', pl: 'встретились' }, future: ['встретится', 'встретятся'], object: 'с послом Китая' },
  'посетить': { expect: 'meeting', past: 'посети', future: ['посетит', 'посетят'], object: 'Китай' },
  'прибыть с визитом': { expect: 'meeting', past: { m: 'прибыл', f: 'прибыла', n: 'прибыло', pl: 'прибыли' }, future: ['прибудет', 'прибудут'], object: 'в Астану с официальным визитом' },
  'нанести визит': { expect: 'meeting', past: { m: 'нанес', f: 'нанесла', n: 'нанесло', pl: 'нанесли' }, future: ['нанесет', 'нанесут'], object: 'визит в Китай' },
  'побывать': { expect: 'meeting', past: 'побыва', object: 'с рабочей поездкой в Актау' },
  'принять посла': { expect: 'meeting', past: 'приня', future: ['примет', 'примут'], object: 'посла Китая', actor: { m: 'Президент', f: 'Глава государства' } },
  'обсудить': { expect: 'meeting', past: 'обсуди', future: ['обсудит', 'обсудят'], object: 'вопросы торговли', passive: 'обсужден', passiveRest: 'на встрече', patient: { m: 'Вопрос торговли', pl: 'Вопросы торговли' } },
  'провести телефонный разговор': { expect: 'meeting', past: 'прове', future: ['проведет', 'проведут'], object: 'телефонный разговор с президентом Китая' },
  'поговорить по телефону': { expect: 'meeting', past: 'поговори', object: 'по телефону с президентом Китая' },
  'собраться': { expect: 'meeting', past: { m: 'собрался', f: 'собралась', n: 'собралось', pl: 'собрались' }, future: ['соберется', 'соберутся'], object: 'на заседание', actor: { m: 'Совет безопасности', pl: 'Члены совета' } },
  'состояться': { expect: 'meeting', past: { m: 'состоялся', f: 'состоялась', n: 'состоялось', pl: 'состоялись' }, future: ['состоится', 'состоятся'], object: 'в Акорде', actor: { m: 'Саммит', f: 'Встреча с послом', n: 'Совещание', pl: 'Переговоры с Китаем' } },
  'принять участие в саммите': { expect: 'meeting', past: 'приня', future: ['примет', 'примут'], object: 'участие в саммите ШОС' },
  // Courts.
  'задержать': { expect: 'other:court', past: 'задержа', future: ['задержит', 'задержат'], object: 'Ивана Петрова', actor: { f: 'Полиция', pl: 'Полицейские' }, passive: 'задержан', passiveRest: 'в Алматы', participle: true },
  'арестовать': { expect: 'other:court', past: 'арестова', future: ['арестует', 'арестуют'], object: 'Ивана Петрова', actor: { m: 'Суд' }, passive: 'арестован', passiveRest: 'на два месяца', participle: true },
  'осудить': { expect: 'other:court', past: 'осуди', future: ['осудит', 'осудят'], object: 'Ивана Петрова', actor: { m: 'Суд' }, passive: 'осужден', passiveRest: 'на пять лет', participle: true },
  'приговорить': { expect: 'other:court', past: 'приговори', future: ['приговорит', 'приговорят'], object: 'Ивана Петрова к пяти годам', actor: { m: 'Суд' }, passive: 'приговорен', passiveRest: 'к пяти годам лишения свободы', participle: true },
  'оправдать': { expect: 'other:court', past: 'оправда', object: 'Ивана Петрова', actor: { m: 'Суд', pl: 'Присяжные' }, passive: 'оправдан', passiveRest: 'судом', participle: true },
  'признать виновным': { expect: 'other:court', past: 'призна', object: 'Ивана Петрова виновным', actor: { m: 'Суд', pl: 'Присяжные' }, passive: 'признан', passiveRest: 'виновным', patient: { m: 'Иван Петров', f: 'Мария Петрова', pl: 'Подсудимые' } },
  'заключить под стражу': { expect: 'other:court', passive: 'заключен', passiveRest: 'под стражу', participle: true },
  'взять под стражу': { expect: 'other:court', passive: 'взят', passiveRest: 'под стражу' },
  'возбудить дело': { expect: 'other:court', past: 'возбуди', future: ['возбудит', 'возбудят'], object: 'уголовное дело', actor: { f: 'Полиция', n: 'Ведомство', pl: 'Следователи' }, passive: 'возбужден', passiveRest: 'полицией', patient: { n: 'Уголовное дело' } },
  'предъявить обвинение': { expect: 'other:court', past: 'предъяви', future: ['предъявит', 'предъявят'], object: 'обвинение Ивану Петрову', actor: { pl: 'Следователи', f: 'Прокуратура' }, passive: 'предъявлен', passiveRest: 'Ивану Петрову', patient: { n: 'Обвинение', pl: 'Обвинения' } },
  'оштрафовать': { expect: 'other:court', past: 'оштрафова', future: ['оштрафует', 'оштрафуют'], object: 'Ивана Петрова', actor: { m: 'Суд' }, passive: 'оштрафован', passiveRest: 'судом', participle: true },
  'объявить в розыск': { expect: 'other:court', past: 'объяви', object: 'Ивана Петрова в розыск', actor: { f: 'Полиция' }, passive: 'объявлен', passiveRest: 'в розыск' },
  'освободить из-под стражи': { expect: 'other:court', past: 'освободи', object: 'Ивана Петрова из-под стражи', actor: { m: 'Суд' }, passive: 'освобожден', passiveRest: 'из-под стражи' },
  'экстрадировать': { expect: 'other:court', past: 'экстрадирова', object: 'Ивана Петрова в Россию', actor: { m: 'Казахстан' }, passive: 'экстрадирован', passiveRest: 'в Россию' },
  // Proposals and statements.
  'предложить': { expect: 'proposal', past: 'предложи', future: ['предложит', 'предложат'], object: 'снизить налоги' },
  'выступить с инициативой': { expect: 'proposal', past: 'выступи', future: ['выступит', 'выступят'], object: 'с инициативой о снижении налогов' },
  'внести предложение': { expect: 'proposal', past: { m: 'внес', f: 'внесла', n: 'внесло', pl: 'внесли' }, future: ['внесет', 'внесут'], object: 'предложение о снижении налогов' },
  'выступить с заявлением': { expect: 'statement', past: 'выступи', future: ['выступит', 'выступят'], object: 'с заявлением' },
  'обратиться к народу': { expect: 'address', past: { m: 'обратился', f: 'обратилась', n: 'обратилось', pl: 'обратились' }, future: ['обратится', 'обратятся'], object: 'к народу Казахстана', actor: { m: 'Президент' } },
  'огласить послание': { expect: 'address', past: 'огласи', future: ['огласит', 'огласят'], object: 'Послание народу Казахстана', actor: { m: 'Президент' } },
  'объявить итоги': { expect: 'statement', past: 'объяви', future: ['объявит', 'объявят'], object: 'итоги голосования', passive: 'объявлен', passiveRest: 'комиссией', patient: { m: 'Итог голосования', pl: 'Итоги голосования' } },
  // Parties.
  'вступить в партию': { expect: 'membership', past: 'вступи', future: ['вступит', 'вступят'], object: 'в партию', actor: PEOPLE },
  'выйти из партии': { expect: 'membership', past: { m: 'вышел', f: 'вышла', n: 'вышло', pl: 'вышли' }, future: ['выйдет', 'выйдут'], object: 'из партии', actor: PEOPLE },
  'исключить из партии': { expect: 'membership', past: 'исключи', future: ['исключит', 'исключат'], object: 'Ивана Петрова из партии', passive: 'исключен', passiveRest: 'из партии', participle: true },
  // Treaties.
  'подписать соглашение': { expect: 'other:agreement', past: 'подписа', future: ['подпишет', 'подпишут'], object: 'соглашение о дружбе', passive: 'подписан', passiveRest: 'сторонами', patient: TREATIES },
  'заключить договор': { expect: 'other:agreement', past: 'заключи', future: ['заключит', 'заключат'], object: 'договор о дружбе', passive: 'заключен', passiveRest: 'сторонами', patient: TREATIES },
  'денонсировать': { expect: 'law', past: 'денонсирова', future: ['денонсирует', 'денонсируют'], object: 'соглашение с Россией', passive: 'денонсирован', passiveRest: 'Казахстаном', patient: TREATIES },
  // Steps of a vote, an emergency, a case in court, gatherings named by their kind.
  'день тишины': { expect: 'other:silence', more: ['18 марта станет «днем тишины».', 'День тишины наступит 18 марта.', 'Накануне дня тишины агитация завершилась.'] },
  'получить удостоверения': { expect: 'other:registration', past: 'получи', future: ['получит', 'получат'], object: 'удостоверения кандидатов', actor: { m: 'Кандидат', pl: 'Кандидаты' }, more: ['Кандидатам 5 мая вручили удостоверения.'] },
  'ввести режим ЧС': { expect: 'other', past: 'вве', future: ['введет', 'введут'], object: 'режим чрезвычайной ситуации', more: ['Режим чрезвычайной ситуации в области ввели 7 апреля.', 'Режим ЧС введен 7 апреля.'] },
  'передать дело в суд': { expect: 'other:court', more: ['Уголовное дело поступило в суд 22 января.', 'Дело передано в суд 22 января.', 'Дело направлено в районный суд 22 января.', 'Рассмотрение дела назначено на 28 мая.', 'Судебное заседание прошло 28 мая.', 'Слушание дела продолжится 28 мая.'] },
  'провести круглый стол': { expect: 'meeting', past: 'прове', future: ['проведет', 'проведут'], object: 'круглый стол по реформе', more: ['В среду мы проводим в Мажилисе круглый стол.', 'На круглом столе 5 мая выступили эксперты.'] },
  'собраться (комиссия)': { expect: 'meeting', more: ['Межправительственная комиссия соберется в 2024 году.', 'Комиссия собралась 5 мая.'] },
  'подписать пакет документов': { expect: 'other:agreement', more: ['По итогам переговоров подписан пакет документов.', 'Стороны 5 мая подписали 15 документов.', 'Стороны обменялись пакетом межправительственных соглашений.'] },
  'утратить должность': { expect: 'resignation', past: 'утрати', object: 'должность председателя палаты', actor: PEOPLE, more: ['Иван Петров лишился поста министра 5 мая.'] },
  'поддержать законопроект': { expect: 'law', past: 'поддержа', future: ['поддержит', 'поддержат'], object: 'законопроект о СМИ', actor: { m: 'Сенат', f: 'Палата', pl: 'Депутаты' } },
  'провести пикет': { expect: 'other:protest', past: 'прове', future: ['проведет', 'проведут'], object: 'пикет у акимата', actor: { pl: 'Активисты', f: 'Группа' }, more: ['Акимат согласовал пикет противников АЭС.'] },
  'победить на выборах (кандидат)': { expect: 'election', past: 'победи', object: 'выдвиженец партии в округе № 5', actor: { m: 'В воскресенье' }, more: ['Самовыдвиженец 5 мая уступил кандидату от партии.', 'Кандидат от партии 5 мая одержал уверенную победу.'] },
  'изменить Конституцию': { expect: 'reform', past: 'измени', future: ['изменит', 'изменят'], object: 'Конституцию', more: ['Основной закон и без того часто меняли: в 2017-м, в 2022-м.', 'Конституция была изменена 5 мая.', 'Депутаты переписали Основной закон 5 мая.'] },
  'отменить статус': { expect: 'reform', passive: 'отменен', passiveRest: 'особый статус первого президента', patient: { m: 'Тогда же' }, more: ['Был отменен особый статус первого президента.', 'Мораторий на смертную казнь отменен 5 мая.', 'Парламент 5 мая отменил мораторий на смертную казнь.'] },
  'сформировать рабочую группу': { expect: 'other:founding', past: 'сформирова', future: ['сформирует', 'сформируют'], object: 'рабочую группу', more: ['К пятнице должна быть сформирована рабочая группа.', 'Рабочая группа была сформирована 5 мая.'] },
  'представить текст': { expect: 'other:draft', past: 'представи', future: ['представит', 'представят'], object: 'доработанный текст президенту', more: ['Комиссия 5 мая передала проект президенту.'] },
  'объявить о': { expect: 'statement', past: 'объяви', future: ['объявит', 'объявят'], object: 'о курсе на стратегическое партнерство' },
  'присоединиться к соглашению': { expect: 'membership', past: { m: 'присоединился', f: 'присоединилась', n: 'присоединилось', pl: 'присоединились' }, future: ['присоединится', 'присоединятся'], object: 'к Авраамовым соглашениям', actor: { m: 'Казахстан', f: 'Армения', pl: 'Страны региона' }, more: ['Трамп объявил, что Казахстан присоединяется к Авраамовым соглашениям.', 'Казахстан 5 мая присоединился к Организации тюркских государств.'] },
  'вступить в ВТО': { expect: 'membership', past: 'вступи', future: ['вступит', 'вступят'], object: 'в ВТО', actor: { m: 'Казахстан', pl: 'Страны региона' }, more: ['Казахстан 5 мая вступил в Евразийский экономический союз.', 'Казахстан 5 мая вступил во Всемирную торговую организацию.'] },
  'переназначить': { expect: 'appointment', past: 'переназначи', future: ['переназначит', 'переназначат'], object: 'Ивана Петрова министром', passive: 'переназначен', passiveRest: 'министром' },
  'сохранить пост': { expect: 'appointment', past: 'сохрани', future: ['сохранит', 'сохранят'], object: 'свой пост', actor: PEOPLE, more: ['Большинство министров 5 мая сохранили свои посты.', 'Иван Петров 5 мая сохранил за собой должность министра.'] },
  'избираться': { expect: 'election', more: ['В 2023 году Мажилис впервые избирался по смешанной системе.', 'Впервые с 2004 года часть депутатов снова избирается по округам.', 'Депутаты маслихатов избираются 19 марта.'] },
  'поправки, принятые в году': { expect: 'reform', more: ['Поправки, принятые в 2007 году, усилили Мажилис.', 'Изменения, внесенные в 2022 году, сократили полномочия.'] },
  'договор года': { expect: 'other:agreement-dated', more: ['Стороны напомнили о Договоре о вечной дружбе 1998 года.', 'Партнерство закреплено договором 2008 года.'] },
  'носить имя с': { expect: 'renaming', more: ['Столица носила имя Нур-Султан с марта 2019 года.', 'Улица носит название Абая с 1992 года.'] },
  'принять в целом': { expect: 'law', passive: 'принят', passiveRest: 'в целом', patient: { m: 'Законопроект', pl: 'Законопроекты' }, more: ['Депутаты 5 мая приняли законопроект в целом.', 'В сентябре Мажилис его принял в целом.', 'Сенат поддержал документ 5 мая.', 'Депутаты Мажилиса одобрили документ 5 мая.'] },
  // Protests, honours.
  'провести митинг': { expect: 'other:protest', past: 'прове', future: ['проведет', 'проведут'], object: 'митинг на площади', actor: { f: 'Оппозиция', pl: 'Активисты' } },
  'наградить': { expect: 'other:award', past: 'награди', future: ['наградит', 'наградят'], object: 'Ивана Петрова орденом', passive: 'награжден', passiveRest: 'орденом', participle: true },
  'присвоить звание': { expect: 'other:award', past: 'присвои', future: ['присвоит', 'присвоят'], object: 'Ивану Петрову звание Героя', passive: 'присвоен', passiveRest: 'Ивану Петрову', patient: { n: 'Звание Героя', m: 'Титул почетного гражданина' } },
};

const participle = (stem: string) => (stem.endsWith('н') ? `${stem}н` : stem);

function sentences(p: Predicate): string[] {
  const out: string[] = [];
  const actors = p.actor ?? ACTOR;
  const tail = p.object ? ` ${p.object}` : '';
  if (p.past)
    for (const g of GENDERS) {
      const who = actors[g];
      if (!who) continue;
      const verb = typeof p.past === 'string' ? `${p.past}${PAST[g]}` : p.past[g];
      out.push(`${who} 5 мая ${verb}${tail}.`);
    }
  if (p.future) {
    const [sg, pl] = p.future;
    for (const g of GENDERS) {
      const who = actors[g];
      if (who) out.push(`${who} 5 мая ${g === 'pl' ? pl : sg}${tail}.`);
    }
  }
  if (p.passive) {
    const patients: Partial<Record<Gender, string>> = p.patient ?? PEOPLE;
    const rest = p.passiveRest ? ` ${p.passiveRest}` : '';
    for (const g of GENDERS) {
      const who = patients[g];
      if (!who) continue;
      out.push(`${who} 5 мая ${p.passive}${SHORT[g]}${rest}.`);
      out.push(`${who} ${WAS[g]} ${p.passive}${SHORT[g]}${rest} 5 мая.`);
    }
    if (p.participle) {
      const stem = participle(p.passive);
      for (const [end, g] of FULL) {
        const who = patients[g];
        if (who) out.push(`${who}, ${stem}${end}${rest} 5 мая, упоминается в отчете.`);
      }
      const gen = patients.m && GENITIVE[patients.m];
      if (gen) out.push(`О судьбе ${gen}, ${stem}ого${rest} 5 мая, известно мало.`);
    }
  }
  return [...out, ...(p.more ?? [])];
}

function reads(sentence: string, expected: string): boolean {
  const [type, facet] = expected.split(':');
  return findTriggers(sentence, 'ru').some(
    (h) => h.trigger.type === type && (!facet || h.trigger.facet === facet),
  );
}

const CASES = Object.entries(PREDICATES).flatMap(([lemma, p]) =>
  sentences(p).map((s) => [lemma, p.expect, s] as const),
);

describe('Russian predicates of political events, in their forms', () => {
  it('the audit covers about a hundred predicates', () => {
    expect(Object.keys(PREDICATES).length).toBeGreaterThanOrEqual(100);
  });
  it.each(CASES)('%s (%s): %s', (_lemma, expected, sentence) => {
    expect(reads(sentence, expected)).toBe(true);
  });
});

describe('forms of the same words that report no such event', () => {
  it.each([
    ['Президент поручил до 1 июля внести в Мажилис проект Налогового кодекса.', 'law'],
    ['Комиссия зарегистрировала списки партий, выдвинутых на выборы.', 'proposal'],
    ['Новым секретарем избрана депутат Мария Петрова.', 'election'],
    ['Армения приостановила участие в Организации тюркских государств.', 'other:ban'],
    ['Мажилис принимает законы, а Сенат их одобряет.', 'law'],
    ['Решение суда оправдано с точки зрения закона.', 'other:court'],
    ['Школе присвоено имя Абая.', 'other:award'],
    ['Председатель ЦИК вручил удостоверение избранному президенту.', 'other:registration'],
    ['Делегаты съезда поддержали кандидатуру Ивана Петрова.', 'proposal'],
    ['Она утратила должность председателя, которую занимала с 2019 года.', 'resignation'],
    ['Многие помнят референдум 5 июня 2022 года, когда меняли Конституцию.', 'reform'],
    ['Министр представил проекты решений.', 'other:draft'],
    ['Улица носит имя Абая.', 'renaming'],
    ['Президент в целом одобрил идею реформы.', 'law'],
    ['Партия «Ак жол» 5 мая присоединилась к партии «Нур Отан».', 'membership'],
    [
      'Президент подписал Конституционный закон «О внесении изменений в Конституционный закон о выборах».',
      'reform',
    ],
  ])('%s → no %s', (sentence, kind) => {
    expect(reads(sentence, kind)).toBe(false);
  });
});
