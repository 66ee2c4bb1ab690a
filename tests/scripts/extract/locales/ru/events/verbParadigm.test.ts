/**
 * Russian event verbs in every form news tells them in, generated from their stems: both aspects,
 * the past in each gender and the plural, the future and the present, the reflexive passive
 * (-ся), short passives in each gender, full participles in their cases, adverbial participles and
 * the verbal noun in each case and number. Each form stands in a short sentence of its own and
 * must be read as its event type; negated, it is no event.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';
import { GENDERS, PAST, SHORT, ACTOR, type Gender } from './ruGenders';
import { extractSentences } from '../../../events/extractSentences';

/**
 * Full participle endings in the cases news uses, each with the ending of a hard noun it agrees
 * with: masculine (nominative, genitive, dative, instrumental, prepositional), feminine in -а
 * (nominative, instrumental, accusative) and plural (nominative, prepositional, instrumental).
 */
const LONG: Record<'m' | 'f' | 'pl', Array<[string, string]>> = {
  m: [
    ['ый', ''],
    ['ого', 'а'],
    ['ому', 'у'],
    ['ым', 'ом'],
    ['ом', 'е'],
  ],
  f: [
    ['ая', 'а'],
    ['ой', 'ой'],
    ['ую', 'у'],
  ],
  pl: [
    ['ые', 'ы'],
    ['ых', 'ах'],
    ['ыми', 'ами'],
  ],
};
/** A hard noun's plural nominative: -и after к, г, х, ж, ш, ч, щ ("чиновники"), else -ы. */
const pluralOf = (form: string, ending: string) =>
  ending === 'ы' && /[кгхжшчщ]$/u.test(form) ? 'и' : ending;
/** Verbal nouns in -ние: singular and plural cases. */
const NOUN_IE = ['ие', 'ия', 'ию', 'ием', 'ии', 'ий', 'иям', 'иями', 'иях'];
/** Hard masculine nouns ("роспуск"). */
const NOUN_HARD = ['', 'а', 'у', 'ом', 'е', 'и', 'ов', 'ам', 'ами', 'ах'];

interface Verb {
  /** The infinitives, for the test's name. */
  name: string;
  type: string;
  /** Who acts, by the verb's agreement. */
  actor?: Partial<Record<Gender, string>>;
  /** What follows the active verb: its object and complement. */
  object: string;
  /** Past stem up to -л, both aspects ("назначи", "назнача"), or the forms themselves ("прошёл"). */
  past: Array<string | Record<Gender, string>>;
  /** Third person non-past, singular and plural, both aspects ("назначит", "назначают"). */
  nonPast: Array<[string, string]>;
  /** Reflexive passive non-past and past: "назначается", "назначаются", "назначался". */
  reflexive?: { sg: string; pl: string; past: string };
  /** What is acted on, by gender, then what follows the passive. */
  patient?: Partial<Record<Gender, string>>;
  /** Passive stem: "назначен", "подписан", "утвержд[её]н" (both spellings). */
  passive?: string[];
  passiveRest?: string;
  /** Hard nouns a full participle agrees with ("назначенного … чиновника"): masculine, feminine in -а. */
  head?: { m?: string; f?: string; pl?: string };
  /** Adverbial participles: "назначив", "назначая". */
  adverbial: string[];
  /** Verbal noun stem and its declension, and what follows it. */
  noun?: { stem: string; endings: string[]; rest: string };
}

const PEOPLE: Record<Gender, string> = {
  m: 'Иван Петров',
  f: 'Мария Петрова',
  n: 'Новое руководство',
  pl: 'Иван Петров и Мария Ахметова',
};

/** The past of "провести" as news spells it, with ё. */
const HELD: Record<Gender, string> = { m: 'провёл', f: 'провела', n: 'провело', pl: 'провели' };
/** Gatherings that take place, by gender: the subject of "пройти", "состояться". */
const GATHERINGS: Record<Gender, string> = {
  m: 'форум министров',
  f: 'встреча с послом Китая',
  n: 'совещание с акимами',
  pl: 'переговоры с президентом Китая',
};

const VERBS: Verb[] = [
  {
    name: 'назначить/назначать',
    head: { m: 'чиновник', f: 'женщин', pl: 'чиновник' },
    type: 'appointment',
    object: 'Ивана Петрова министром юстиции',
    past: ['назначи', 'назнача'],
    nonPast: [
      ['назначит', 'назначат'],
      ['назначает', 'назначают'],
    ],
    reflexive: { sg: 'назначается', pl: 'назначаются', past: 'назнача' },
    patient: PEOPLE,
    passive: ['назначен'],
    passiveRest: 'министром юстиции',
    adverbial: ['назначив', 'назначая'],
    noun: { stem: 'назначен', endings: NOUN_IE, rest: 'Ивана Петрова министром юстиции' },
  },
  {
    name: 'освободить/освобождать от должности',
    head: { m: 'чиновник', f: 'женщин', pl: 'чиновник' },
    type: 'resignation',
    object: 'Ивана Петрова от должности министра',
    past: ['освободи', 'освобожда'],
    nonPast: [
      ['освободит', 'освободят'],
      ['освобождает', 'освобождают'],
    ],
    reflexive: { sg: 'освобождается', pl: 'освобождаются', past: 'освобожда' },
    patient: PEOPLE,
    passive: ['освобожден', 'освобождён'],
    passiveRest: 'от должности министра',
    adverbial: ['освободив', 'освобождая'],
    noun: { stem: 'освобожден', endings: NOUN_IE, rest: 'Ивана Петрова от должности министра' },
  },
  {
    name: 'отправить/отправлять в отставку',
    head: { m: 'кабинет', f: 'глав', pl: 'министр' },
    type: 'resignation',
    object: 'правительство в отставку',
    past: ['отправи', 'отправля'],
    nonPast: [
      ['отправит', 'отправят'],
      ['отправляет', 'отправляют'],
    ],
    patient: { m: 'Кабинет министров', f: 'Министр Мария Петрова', n: 'Правительство', pl: 'Министры' }, // prettier-ignore
    passive: ['отправлен'],
    passiveRest: 'в отставку',
    adverbial: ['отправив'],
    noun: { stem: 'отставк', endings: ['а', 'и', 'е', 'у', 'ой', 'ам', 'ами', 'ах'], rest: 'правительства' }, // prettier-ignore
  },
  {
    name: 'сложить/слагать полномочия',
    type: 'resignation',
    object: 'с себя полномочия министра',
    past: ['сложи', 'слага'],
    nonPast: [
      ['сложит', 'сложат'],
      ['слагает', 'слагают'],
    ],
    adverbial: ['сложив', 'слагая'],
    noun: { stem: 'сложен', endings: NOUN_IE, rest: 'полномочий министра' },
  },
  {
    name: 'подписать/подписывать закон',
    head: { m: 'закон', pl: 'закон' },
    type: 'law',
    object: 'закон о средствах массовой информации',
    past: ['подписа', 'подписыва'],
    nonPast: [
      ['подпишет', 'подпишут'],
      ['подписывает', 'подписывают'],
    ],
    reflexive: { sg: 'подписывается', pl: 'подписываются', past: 'подписыва' },
    patient: { m: 'Закон о СМИ', f: 'Новая редакция закона о СМИ', n: 'Изменение в закон о СМИ', pl: 'Законы о СМИ' }, // prettier-ignore
    passive: ['подписан'],
    passiveRest: 'главой государства',
    adverbial: ['подписав', 'подписывая'],
    noun: { stem: 'подписан', endings: NOUN_IE, rest: 'закона о СМИ' },
  },
  {
    name: 'подписать/подписывать указ',
    head: { m: 'указ', pl: 'указ' },
    type: 'decree',
    object: 'указ о помиловании',
    past: ['подписа', 'подписыва'],
    nonPast: [
      ['подпишет', 'подпишут'],
      ['подписывает', 'подписывают'],
    ],
    reflexive: { sg: 'подписывается', pl: 'подписываются', past: 'подписыва' },
    patient: { m: 'Указ о помиловании', pl: 'Указы о помиловании' },
    passive: ['подписан'],
    passiveRest: 'главой государства',
    adverbial: ['подписав', 'подписывая'],
    noun: { stem: 'подписан', endings: NOUN_IE, rest: 'указа о помиловании' },
  },
  {
    name: 'принять/принимать закон',
    head: { m: 'закон', pl: 'закон' },
    type: 'law',
    object: 'закон о средствах массовой информации',
    past: ['приня', 'принима'],
    nonPast: [
      ['примет', 'примут'],
      ['принимает', 'принимают'],
    ],
    reflexive: { sg: 'принимается', pl: 'принимаются', past: 'принима' },
    patient: { m: 'Закон о СМИ', f: 'Новая редакция закона о СМИ', n: 'Изменение в закон о СМИ', pl: 'Законы о СМИ' }, // prettier-ignore
    passive: ['принят'],
    passiveRest: 'депутатами',
    adverbial: ['приняв', 'принимая'],
    noun: { stem: 'принят', endings: NOUN_IE, rest: 'закона о СМИ' },
  },
  {
    name: 'переименовать/переименовывать',
    head: { m: 'проспект', f: 'улиц', pl: 'проспект' },
    type: 'renaming',
    object: 'улицу Мира в улицу Абая',
    past: ['переименова', 'переименовыва'],
    nonPast: [
      ['переименует', 'переименуют'],
      ['переименовывает', 'переименовывают'],
    ],
    reflexive: { sg: 'переименовывается', pl: 'переименовываются', past: 'переименовыва' },
    patient: { m: 'Проспект Мира', f: 'Улица Мира', n: 'Село Мирное', pl: 'Улицы Мира и Дружбы' },
    passive: ['переименован'],
    passiveRest: 'в честь Абая',
    adverbial: ['переименовав', 'переименовывая'],
    noun: { stem: 'переименован', endings: NOUN_IE, rest: 'улицы Мира' },
  },
  {
    name: 'избрать/избирать председателем',
    head: { m: 'чиновник', f: 'женщин', pl: 'чиновник' },
    type: 'appointment',
    actor: { m: 'Съезд', f: 'Партия', n: 'Собрание', pl: 'Делегаты' },
    object: 'Ивана Петрова председателем партии',
    past: ['избра', 'избира'],
    nonPast: [
      ['изберет', 'изберут'],
      ['избирает', 'избирают'],
    ],
    reflexive: { sg: 'избирается', pl: 'избираются', past: 'избира' },
    patient: PEOPLE,
    passive: ['избран'],
    passiveRest: 'председателем партии',
    adverbial: ['избрав', 'избирая'],
    noun: { stem: 'избран', endings: NOUN_IE, rest: 'Ивана Петрова председателем партии' },
  },
  {
    name: 'утвердить/утверждать в должности',
    head: { m: 'чиновник', f: 'женщин', pl: 'чиновник' },
    type: 'appointment',
    actor: { m: 'Сенат', f: 'Палата', n: 'Собрание', pl: 'Сенаторы' },
    object: 'Ивана Петрова в должности министра',
    past: ['утверди', 'утвержда'],
    nonPast: [
      ['утвердит', 'утвердят'],
      ['утверждает', 'утверждают'],
    ],
    patient: PEOPLE,
    passive: ['утвержден', 'утверждён'],
    passiveRest: 'в должности министра',
    adverbial: ['утвердив', 'утверждая'],
    noun: { stem: 'утвержден', endings: NOUN_IE, rest: 'Ивана Петрова в должности министра' },
  },
  {
    name: 'провести/проводить встречу',
    head: { m: 'форум', f: 'встреч' },
    type: 'meeting',
    object: 'встречу с послом Китая',
    past: ['прове', HELD, 'проводи'],
    nonPast: [
      ['проведет', 'проведут'],
      ['проведёт', 'проведут'],
      ['проводит', 'проводят'],
    ],
    reflexive: { sg: 'проводится', pl: 'проводятся', past: 'проводи' },
    patient: { f: 'Встреча с послом Китая', n: 'Совещание с акимами', pl: 'Встречи с послами' },
    passive: ['проведен', 'проведён'],
    passiveRest: 'в Акорде',
    adverbial: ['проведя', 'проводя'],
  },
  {
    name: 'провести/проводить переговоры',
    head: { pl: 'переговор' },
    type: 'meeting',
    object: 'переговоры с президентом Китая',
    past: ['прове', HELD, 'проводи'],
    nonPast: [
      ['проведет', 'проведут'],
      ['проведёт', 'проведут'],
      ['проводит', 'проводят'],
    ],
    reflexive: { sg: 'проводится', pl: 'проводятся', past: 'проводи' },
    patient: { pl: 'Переговоры с президентом Китая' },
    passive: ['проведен'],
    passiveRest: 'в Акорде',
    adverbial: ['проведя', 'проводя'],
  },
  {
    name: 'пройти/проходить',
    type: 'meeting',
    actor: GATHERINGS,
    object: 'в Акорде',
    past: [{ m: 'прошёл', f: 'прошла', n: 'прошло', pl: 'прошли' }, 'проходи'],
    nonPast: [
      ['пройдёт', 'пройдут'],
      ['пройдет', 'пройдут'],
      ['проходит', 'проходят'],
    ],
    adverbial: [],
  },
  {
    name: 'состояться',
    type: 'meeting',
    actor: GATHERINGS,
    object: 'в Акорде',
    past: [{ m: 'состоялся', f: 'состоялась', n: 'состоялось', pl: 'состоялись' }],
    nonPast: [['состоится', 'состоятся']],
    adverbial: [],
  },
  {
    name: 'встретиться/встречаться',
    type: 'meeting',
    object: 'с послом Китая',
    past: [
      { m: 'встретился', f: 'встретилась', n: 'встретилось', pl: 'встретились' },
      { m: 'встречался', f: 'встречалась', n: 'встречалось', pl: 'встречались' },
    ],
    nonPast: [
      ['встретится', 'встретятся'],
      ['встречается', 'встречаются'],
    ],
    adverbial: ['встретившись', 'встречаясь'],
  },
  {
    name: 'предложить/предлагать',
    head: { m: 'налог', f: 'норм', pl: 'налог' },
    type: 'proposal',
    object: 'снизить налоги для малого бизнеса',
    past: ['предложи', 'предлага'],
    nonPast: [
      ['предложит', 'предложат'],
      ['предлагает', 'предлагают'],
    ],
    reflexive: { sg: 'предлагается', pl: 'предлагаются', past: 'предлага' },
    patient: { m: 'Новый налог', f: 'Новая норма', n: 'Снижение налогов', pl: 'Новые налоги' },
    passive: ['предложен'],
    passiveRest: 'депутатами',
    adverbial: ['предложив', 'предлагая'],
  },
  {
    name: 'распустить/распускать Мажилис',
    head: { m: 'парламент', f: 'палат', pl: 'маслихат' },
    type: 'decree',
    object: 'Мажилис',
    past: ['распусти', 'распуска'],
    nonPast: [
      ['распустит', 'распустят'],
      ['распускает', 'распускают'],
    ],
    patient: { m: 'Мажилис', f: 'Палата', n: 'Собрание маслихата', pl: 'Маслихаты' },
    passive: ['распущен'],
    passiveRest: 'указом президента',
    adverbial: ['распустив', 'распуская'],
    noun: { stem: 'роспуск', endings: NOUN_HARD, rest: 'Мажилиса' },
  },
  {
    name: 'объявить/объявлять итоги',
    head: { m: 'результат', pl: 'итог' },
    type: 'statement',
    object: 'итоги голосования',
    past: ['объяви', 'объявля'],
    nonPast: [
      ['объявит', 'объявят'],
      ['объявляет', 'объявляют'],
    ],
    reflexive: { sg: 'объявляется', pl: 'объявляются', past: 'объявля' },
    patient: { m: 'Итог голосования', pl: 'Итоги голосования' },
    passive: ['объявлен'],
    passiveRest: 'комиссией',
    adverbial: ['объявив', 'объявляя'],
    noun: { stem: 'объявлен', endings: NOUN_IE, rest: 'итогов голосования' },
  },
  {
    name: 'вступить/вступать в должность',
    type: 'inauguration',
    // (Deputies taking office open a session: see triggerParadigm.)
    actor: { pl: 'Новые акимы' },
    object: 'в должность президента',
    past: ['вступи', 'вступа'],
    nonPast: [
      ['вступит', 'вступят'],
      ['вступает', 'вступают'],
    ],
    adverbial: ['вступив', 'вступая'],
    noun: { stem: 'вступлен', endings: NOUN_IE, rest: 'в должность президента' },
  },
  {
    name: 'создать/создавать партию',
    head: { m: 'союз', f: 'групп', pl: 'союз' },
    type: 'other',
    object: 'партию «Новый путь»',
    past: ['созда', 'создава'],
    nonPast: [
      ['создаст', 'создадут'],
      ['создает', 'создают'],
    ],
    reflexive: { sg: 'создается', pl: 'создаются', past: 'создава' },
    patient: { m: 'Союз предпринимателей', f: 'Партия «Новый путь»', n: 'Движение «Новый путь»', pl: 'Партии' }, // prettier-ignore
    passive: ['создан'],
    passiveRest: 'в Астане',
    adverbial: ['создав'],
    noun: { stem: 'создан', endings: NOUN_IE, rest: 'партии «Новый путь»' },
  },
  {
    name: 'учредить/учреждать партию',
    head: { m: 'союз', f: 'групп', pl: 'союз' },
    type: 'other',
    object: 'партию «Новый путь»',
    past: ['учреди', 'учрежда'],
    nonPast: [
      ['учредит', 'учредят'],
      ['учреждает', 'учреждают'],
    ],
    patient: { m: 'Союз предпринимателей', f: 'Партия «Новый путь»', n: 'Движение «Новый путь»', pl: 'Партии' }, // prettier-ignore
    passive: ['учрежден', 'учреждён'],
    passiveRest: 'в Астане',
    adverbial: ['учредив'],
  },
  {
    // The perfective: the day one took the head of a body.
    name: 'возглавить',
    type: 'appointment',
    object: 'Совет безопасности',
    past: ['возглави'],
    nonPast: [['возглавит', 'возглавят']],
    adverbial: ['возглавив'],
  },
];

/** A day every sentence has, so cues that need a date of their own are read too. */
const DAY = '5 мая 2023 года';
/** Each verb form of the paradigm in a sentence of its own, with the grammar it stands for. */
export function sentencesOf(v: Verb): Array<[string, string]> {
  const actor = { ...ACTOR, ...v.actor };
  const out: Array<[string, string]> = [];
  const add = (form: string, sentence: string) => out.push([form, sentence]);
  for (const stem of v.past)
    for (const g of GENDERS) {
      const form = typeof stem === 'string' ? stem + PAST[g] : stem[g];
      add(form, `${DAY} ${actor[g]} ${form} ${v.object}.`);
    }
  for (const [sg, pl] of v.nonPast) {
    add(sg, `${DAY} ${actor.m} ${sg} ${v.object}.`);
    add(pl, `${DAY} ${actor.pl} ${pl} ${v.object}.`);
  }
  const patient = v.patient ?? {};
  if (v.reflexive) {
    const { sg, pl, past } = v.reflexive;
    const one = patient.m ?? patient.f ?? patient.n;
    if (one) add(sg, `${DAY} ${one} ${sg} ${v.passiveRest}.`);
    if (patient.pl) add(pl, `${DAY} ${patient.pl} ${pl} ${v.passiveRest}.`);
    for (const g of GENDERS) {
      const form = `${past}${PAST[g]}${g === 'm' ? 'ся' : 'сь'}`;
      if (patient[g]) add(form, `${DAY} ${patient[g]} ${form} ${v.passiveRest}.`);
    }
  }
  for (const stem of v.passive ?? []) {
    for (const g of GENDERS) {
      const form = stem + SHORT[g];
      if (patient[g]) add(form, `${DAY} ${patient[g]} ${form} ${v.passiveRest}.`);
    }
    // Full participles: "о назначенном министром юстиции чиновнике" (-нн- for -н stems).
    const full = stem.endsWith('н') ? `${stem}н` : stem;
    for (const g of ['m', 'f', 'pl'] as const) {
      const head = v.head?.[g];
      if (head)
        for (const [e, n] of LONG[g])
          add(
            full + e,
            `${DAY} писали о ${full + e} ${v.passiveRest} ${head + pluralOf(head, n)}.`,
          );
    }
  }
  for (const form of v.adverbial)
    add(form, `${DAY}, ${form} ${v.object}, ${actor.m.toLowerCase()} уехал в Алматы.`);
  if (v.noun)
    for (const e of v.noun.endings) {
      const form = v.noun.stem + e;
      add(form, `${DAY} говорили о том, что ${form} ${v.noun.rest} ожидалось давно.`);
    }
  return out;
}

const typesOf = (sentence: string) =>
  findTriggers(sentence, 'ru')
    .filter((h) => !h.topic)
    .map((h) => h.trigger.type);

describe('Russian event verbs in every form', () => {
  for (const v of VERBS) {
    it.each(sentencesOf(v))(`${v.name} → ${v.type}: %s`, (_form, sentence) => {
      expect(typesOf(sentence)).toContain(v.type);
    });
  }

  // Elected head of state: an election, whichever form tells it.
  it.each(['избрали', 'изберут', 'избирают', 'избрал', 'избран', 'избрана', 'избрание'])(
    'избрать президентом → election: %s',
    (form) => {
      expect(typesOf(`Казахстанцы ${form} Токаева президентом ${DAY}.`)).toContain('election');
    },
  );

  // Something taking place on a day, with no more specific cue: future, present and passive.
  it.each(['состоятся', 'состоится', 'проводится', 'проводятся', 'проведут', 'проведёт'])(
    'a dated happening: %s',
    (form) => {
      expect(typesOf(`${DAY} ${form} перепись населения.`)).toContain('other');
    },
  );

  it('generates the forms the grammar says', () => {
    const forms = sentencesOf(VERBS[0]!).map(([f]) => f);
    expect(forms).toEqual(
      expect.arrayContaining([
        'назначила',
        'назначали',
        'назначит',
        'назначают',
        'назначаются',
        'назначалась',
        'назначены',
        'назначенного',
        'назначив',
        'назначением',
      ]),
    );
  });
});

/** Forms that tell something else: a competence, a vote scheduled, a noun, a term ending. */
describe('what the broader forms do not read', () => {
  it.each([
    ['Многие готовы снова прийти на голосование, если его назначат.', 'appointment'],
    ['Теперь Мажилис принимает законы, а Сенат их одобряет.', 'law'],
    ['Сенат лишился права принимать законы.', 'law'],
    ['По Конституции президент подписывает законы.', 'law'],
    ['Текст указа журналисты видели только за подписью министра.', 'decree'],
    ['Нынешний парламент сложит полномочия с 1 июля 2026 года.', 'resignation'],
    ['Такие ошибки в документах встречаются часто.', 'meeting'],
    ['Учредитель партии выступил на съезде.', 'other'],
    ['Учредительный съезд собрал 300 делегатов.', 'other'],
    ['5 мая 2023 года министр возглавил делегацию на переговорах.', 'appointment'],
    ['Президент возглавит колонну участников шествия 9 мая 2024 года.', 'appointment'],
    ['Назарбаев возглавлял Казахстан с 1991 года.', 'appointment'],
    ['Он руководил страной с 1991 года.', 'appointment'],
  ])('%s (no %s)', (sentence, type) => {
    expect(typesOf(sentence)).not.toContain(type);
  });
  it('a cabinet laying down its powers still resigns', () => {
    expect(typesOf('Правительство сложит полномочия перед новым парламентом.')).toContain(
      'resignation',
    );
  });
});

/** Freed from a post, however the post is qualified; freed from anything else, no resignation. */
describe('освободить от должности', () => {
  it.each(['освобожден', 'освобождена', 'освободил', 'освободили', 'освобождение'])(
    '%s от предыдущей / занимаемой / своей должности',
    (form) => {
      for (const q of ['предыдущей', 'занимаемой', 'своей', 'прежней'])
        expect(typesOf(`${DAY} Петров ${form} от ${q} должности акима.`)).toContain('resignation');
    },
  );
  it.each([
    'Соглашение о взаимном освобождении от визовых требований вступило в силу 5 мая 2023 года.',
    'Предприятия освобождены от уплаты налога с 5 мая 2023 года.',
  ])('%s (no resignation)', (sentence) => {
    expect(typesOf(sentence)).not.toContain('resignation');
  });
  it.each(['вступило', 'вступит', 'вступает'])(
    'an agreement that %s в силу is an agreement',
    (v) => {
      const sentence = `Соглашение о безвизовом режиме ${v} в силу 5 мая 2023 года.`;
      expect(typesOf(sentence)).toContain('other');
      expect(typesOf(sentence)).not.toContain('law');
    },
  );
});

/** Heading a body since a day ("возглавляла комиссию с апреля 2023 года"): appointed that day. */
describe('a tenure told with its start', () => {
  it.each([
    ['Петров', 'возглавляет'],
    ['Петров', 'возглавлял'],
    ['Петрова', 'возглавляла'],
    ['Петровы', 'возглавляли'],
  ])('%s %s … с марта 2021 года', (who, form) => {
    const events = extractSentences('ru', `${who} ${form} комиссию маслихата с марта 2021 года.`).events; // prettier-ignore
    expect(events.map((e) => [e.type, e.date.edtf])).toContainEqual(['appointment', '2021-03']);
  });
});

/** What did not happen is no event: the negated verb in the cue's own clause. */
describe('negated, a verb tells no event', () => {
  const NEGATED: Array<[string, string]> = [
    ['Встреча с послом Китая 5 мая 2023 года не состоялась.', 'meeting'],
    ['Встреча с послом Китая 5 мая 2024 года не состоится.', 'meeting'],
    ['Переговоры с президентом Китая 5 мая 2024 года не состоятся.', 'meeting'],
    ['Встреча с послом Китая 5 мая 2024 года не пройдёт.', 'meeting'],
    ['Иван Петров 5 мая 2023 года не назначен министром юстиции.', 'appointment'],
    ['Мария Петрова 5 мая 2023 года не утверждена в должности министра.', 'appointment'],
    ['Иван Петров 5 мая 2023 года не утверждён в должности министра.', 'appointment'],
    ['Ивана Петрова 5 мая 2024 года не назначат министром юстиции.', 'appointment'],
    ['Закон о СМИ 5 мая 2023 года не подписан.', 'law'],
    ['Закон о СМИ 5 мая 2023 года не принят.', 'law'],
    ['Новая редакция закона о СМИ 5 мая 2023 года не принята.', 'law'],
    ['Поправки в закон о СМИ 5 мая 2023 года не приняты.', 'law'],
    ['Улица Мира 5 мая 2023 года не переименована.', 'renaming'],
    ['Мажилис 5 мая 2023 года не распущен.', 'decree'],
  ];
  it.each(NEGATED)('%s', (sentence, type) => {
    const types = extractSentences('ru', sentence).events.map((e) => e.type);
    expect(types).not.toContain(type);
  });

  it('the same sentences without "не" are events', () => {
    for (const [sentence, type] of NEGATED.slice(0, 5)) {
      const types = extractSentences('ru', sentence.replace(' не ', ' ')).events.map((e) => e.type);
      expect(types).toContain(type);
    }
  });
});

describe('выбрать/выбирать someone by vote is an election', () => {
  // The finite forms of both aspects and the short passive, before the people chosen.
  const FORMS = ['выбрал', 'выбрала', 'выбрали', 'выберут', 'выберем', 'выбирают', 'выбирали'];
  const CHOSEN = ['акима', 'акимов', 'депутатов', 'сенаторов', 'президента', 'депутатов маслихата'];
  const SHAPES = [
    (v: string, o: string) => `В августе жители района впервые сами ${v} ${o}.`,
    (v: string, o: string) => `Казахстанцы ${v} ${o} на прямых выборах.`,
    (v: string, o: string) => `Граждане ${v} себе ${o} в марте.`,
  ];
  const sentences = FORMS.flatMap((v) => CHOSEN.flatMap((o) => SHAPES.map((f) => f(v, o))));
  it.each(sentences)('%s → election', (sentence) => {
    expect(findTriggers(sentence, 'ru').map((h) => h.trigger.type)).toContain('election');
  });
  it.each([
    'Депутаты сельских округов выбраны в марте.',
    'Депутаты маслихата будут выбраны в марте.',
  ])('%s → election', (sentence) =>
    expect(findTriggers(sentence, 'ru').map((h) => h.trigger.type)).toContain('election'),
  );
  // Not a choice of something else, nor the participle naming a person chosen.
  it.each([
    'Правительство выбрало путь реформ.',
    'Инаугурация выбранного президента назначена на среду.',
    'Партия выбрала момент для съезда.',
  ])('%s → no election', (sentence) => {
    expect(findTriggers(sentence, 'ru').map((h) => h.trigger.type)).not.toContain('election');
  });
});

describe('a bill sent on to the other chamber or to the president is a step of the law', () => {
  const PASSIVE: Array<[string, string]> = [
    ['Закон о ратификации', 'направлен'],
    ['Законопроект', 'передан'],
    ['Поправки в Налоговый кодекс', 'направлены'],
    ['Кодекс', 'отправлен'],
    ['Законопроект о выборах', 'поступил'],
  ];
  const ACTIVE: Array<[string, string]> = [
    ['направил', 'законопроект'],
    ['передал', 'закон'],
    ['направят', 'поправки'],
    ['передаст', 'кодекс'],
  ];
  const WHERE = ['в Сенат', 'в Мажилис', 'в верхнюю палату', 'на подпись Главе государства'];
  const sentences = [
    ...PASSIVE.flatMap(([noun, verb]) => WHERE.map((w) => `${noun} ${verb} ${w}.`)),
    ...PASSIVE.flatMap(([noun, verb]) => WHERE.map((w) => `Теперь ${noun.toLowerCase()} ${verb} ${w}.`)), // prettier-ignore
    ...ACTIVE.flatMap(([verb, noun]) => WHERE.map((w) => `Мажилис ${verb} ${noun} ${w}.`)),
  ];
  it.each(sentences)('%s → law', (sentence) => {
    expect(findTriggers(sentence, 'ru').map((h) => h.trigger.type)).toContain('law');
  });
  it.each(['Письмо направлено в Сенат.', 'Депутат направил запрос в Мажилис.'])(
    '%s → no law',
    (sentence) =>
      expect(findTriggers(sentence, 'ru').map((h) => h.trigger.type)).not.toContain('law'),
  );
});

describe('a decree published is a decree issued', () => {
  const NOUNS: Array<[string, 'm' | 'n']> = [
    ['указ', 'm'],
    ['распоряжение', 'n'],
    ['постановление', 'n'],
  ];
  const PASSIVE = { m: ['опубликован', 'обнародован'], n: ['опубликовано', 'обнародовано'] };
  const ACTIVE = ['опубликовала', 'опубликовали', 'обнародовала', 'опубликует', 'обнародуют'];
  const sentences = NOUNS.flatMap(([noun, g]) => [
    ...PASSIVE[g].map((v) => `Соответствующий ${noun} ${v} на сайте Акорды.`),
    ...PASSIVE[g].map((v) => `Сегодня ${v} ${noun} о назначении министра.`),
    ...ACTIVE.map((v) => `Пресс-служба Акорды ${v} ${noun} президента.`),
  ]);
  it.each(sentences)('%s → decree', (sentence) => {
    expect(findTriggers(sentence, 'ru').map((h) => h.trigger.type)).toContain('decree');
  });
  it('a list published is no decree', () => {
    const sentence = 'На сайте ЦИК опубликован список кандидатов.';
    expect(findTriggers(sentence, 'ru').map((h) => h.trigger.type)).not.toContain('decree');
  });
});

describe('a notice, an application or a complaint filed on a day', () => {
  // Each form with a subject it agrees with; the future points to the next such day.
  const VERBS: Array<[string, string]> = [
    ['Организатор', 'подал'],
    ['Группа', 'подала'],
    ['Активисты', 'подали'],
    ['Активисты', 'подавали'],
    ['Организатор', 'подаст'],
    ['Активисты', 'подадут'],
    ['Мы', 'подадим'],
  ];
  const NOUNS = ['заявку', 'уведомление', 'жалобу', 'ходатайство', 'апелляцию'];
  const SHAPES = [
    (who: string, v: string, n: string) => `${who} ${v} ${n} 22 февраля.`,
    (who: string, v: string, n: string) => `По его словам, ${n} ${who.toLowerCase()} ${v} 22 февраля.`, // prettier-ignore
    (who: string, v: string, n: string) => `22 февраля ${who.toLowerCase()} ${v} новое ${n} в акимат.`, // prettier-ignore
  ];
  const sentences = [
    ...VERBS.flatMap(([who, v]) => NOUNS.flatMap((n) => SHAPES.map((f) => f(who, v, n)))),
    'Заявка подана 22 февраля.',
    'Уведомление было подано 22 февраля.',
    'Жалобы поданы 22 февраля.',
  ];
  it.each(sentences)('%s → other of 22 February', (sentence) => {
    const events = extractSentences('ru', sentence, '2024-03-05').events;
    expect(events.some((e) => e.type === 'other' && e.date.edtf.endsWith('-02-22'))).toBe(true);
  });
  it.each(['Инициативная группа подала заявку.', 'Подать заявку можно на сайте акимата.'])(
    'undated: %s → no event',
    (sentence) => {
      const events = extractSentences('ru', sentence, '2024-03-05').events;
      expect(events.filter((e) => e.type === 'other')).toEqual([]);
    },
  );
});

describe('a telephone conversation is talks of its own, not the visit it recalls', () => {
  const CALLS = [
    'Глава государства провел телефонный разговор с Президентом Турции',
    'Президент Казахстана провёл телефонный разговор с Президентом Узбекистана',
    'Касым-Жомарт Токаев поговорил по телефону с Президентом Турции',
    'Лидеры двух стран общались по телефону',
    'Президенты созвонились по телефону',
  ];
  const VISITS: Array<[string, string]> = [
    ['Токаев напомнил о своем государственном визите в Турцию в мае 2022 года.', '2022-05'],
    ['Стороны обсудили государственный визит в Ташкент, который состоится в июне.', '2025-06'],
    ['Президент посетил Анкару в октябре 2024 года.', '2024-10'],
  ];
  for (const call of CALLS) {
    for (const [visit, when] of VISITS) {
      const text = `${call}. ${visit}`;
      it(`${text} → a meeting today and one of ${when}`, () => {
        const dates = extractSentences('ru', text, '2025-03-03')
          .events.filter((e) => e.type === 'meeting')
          .map((e) => e.date.edtf);
        expect(dates).toContain('2025-03-03');
        expect(dates).toContain(when);
      });
    }
  }
});

describe('diplomatic relations established, broken off or restored on a day', () => {
  const AFTER = ['установили', 'установлены', 'разорвали', 'восстановили', 'были прерваны'];
  const BEFORE = ['установили', 'установил', 'восстановили', 'разорвала'];
  const NOUNS = ['установление', 'установления', 'восстановлении', 'разрыве'];
  const sentences = [
    ...AFTER.map((v) => `Дипломатические отношения Казахстан и Китай ${v} 3 января 1992 года.`),
    ...AFTER.map((v) => `3 января 1992 года дипломатические отношения двух стран ${v}.`),
    ...BEFORE.map((v) => `Казахстан ${v} дипломатические отношения с Китаем 3 января 1992 года.`),
    ...NOUNS.map((n) => `Договор о ${n} дипломатических отношений подписан 3 января 1992 года.`),
  ];
  it.each(sentences)('%s → other of 3 January 1992', (sentence) => {
    const events = extractSentences('ru', sentence, '2025-06-16').events;
    expect(events.map((e) => [e.type, e.date.edtf])).toContainEqual(['other', '1992-01-03']);
  });
  it('undated: background, no event', () => {
    const sentence = 'Казахстан и Китай установили дипломатические отношения.';
    const events = extractSentences('ru', sentence, '2025-06-16').events;
    expect(events.filter((e) => e.type === 'other')).toEqual([]);
  });
});

describe("a state's part in an organisation frozen, suspended or resumed", () => {
  const VERBS = ['заморозила', 'заморозили', 'приостановила', 'приостановил', 'возобновила'];
  const OBJECTS = ['участие', 'свое участие', 'членство'];
  const ORGS = ['ОДКБ', 'ЕАЭС', 'Организации тюркских государств'];
  const sentences = VERBS.flatMap((v) =>
    OBJECTS.flatMap((o) => [
      ...ORGS.map((org) => `В феврале Армения ${v} ${o} в ${org}.`),
      `Армения, которая в феврале ${v} ${o} в ОДКБ, не пришлет делегацию.`,
    ]),
  );
  it.each(sentences)('%s → membership of February', (sentence) => {
    const events = extractSentences('ru', sentence, '2024-11-12').events;
    expect(events.map((e) => [e.type, e.date.edtf])).toContainEqual(['membership', '2024-02']);
  });
  it('undated: background, no event', () => {
    const sentence = 'Армения заморозила участие в ОДКБ.';
    expect(extractSentences('ru', sentence, '2024-11-12').events).toEqual([]);
  });
});
