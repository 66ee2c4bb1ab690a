/**
 * A deadline is titled by who is due to do what, where its clause says it and the lexicon knows
 * the act and the thing: "Правительство должно утвердить подзаконные акты до 1 октября" and
 * "Министрлік заңға тәуелді актілерді 1 шілдеге дейін бекітуі тиіс" were titled "Deadline".
 * events/dueAct.ts reads the verb (locales/<lang>/lexicon/dueAct.ts) in its active forms (ru
 * infinitive after a modal, future; kk -уы тиіс, future) and passive ones (ru "будет утвержден",
 * kk "бекітіледі", "бекітілуі тиіс"), the thing done and who does it; titlesDue.ts words it.
 * Generated over verbs x forms x who, both languages; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
type Case = ['kk' | 'ru', string, string];
const cap = (s: string) => `${s[0]!.toUpperCase()}${s.slice(1)}`;

// [en verb, en participle, en object, ru infinitive, future sg, future pl, object acc, passive clause]
// (A body set up is a founding, titled so, but for a duty: "должно создать".)
// prettier-ignore
const RU_VERBS: Array<[string, string, string, string, string, string, string, string]> = [
  ['approve', 'approved', 'bylaws', 'утвердить', 'утвердит', 'утвердят', 'подзаконные акты', 'Подзаконные акты будут утверждены'],
  ['submit', 'submitted', 'a plan', 'внести', 'внесет', 'внесут', 'план', 'План будет внесен'],
  ['adopt', 'adopted', 'a decision', 'принять', 'примет', 'примут', 'решение', 'Решение будет принято'],
  ['prepare', 'prepared', 'proposals', 'подготовить', 'подготовит', 'подготовят', 'предложения', 'Предложения будут подготовлены'],
  ['complete', 'completed', 'compensation payments', 'завершить', 'завершит', 'завершат', 'выплату компенсаций', 'Выплата компенсаций будет завершена'],
  ['form', 'formed', 'precinct commissions', 'создать', '', '', 'участковые комиссии', ''],
  ['publish', 'published', 'explanations', 'опубликовать', 'опубликует', 'опубликуют', 'разъяснения', 'Разъяснения будут опубликованы'],
  ['sign', 'signed', 'a road map', 'подписать', 'подпишет', 'подпишут', 'дорожную карту', 'Дорожная карта будет подписана'],
  ['agree on', 'agreed on', 'a draft agreement', 'согласовать', 'согласует', 'согласуют', 'проект соглашения', 'Проект соглашения будет согласован'],
  ['hold', 'held', 'the public discussion', 'провести', 'проведет', 'проведут', 'общественное обсуждение', 'Общественное обсуждение будет проведено'],
];
// [who, with its modal, plural, en]
const RU_WHO: Array<[string, string, boolean, string]> = [
  ['Правительство', 'Правительство должно', false, 'The Government'],
  ['Стороны', 'Стороны должны', true, 'The parties'],
  ['Министерство', 'Министерство обязано', false, 'The ministry'],
];
// [en verb, en object, kk object acc, kk -уы тиіс, future, passive future, passive -уы тиіс, object nom]
// prettier-ignore
const KK_VERBS: Array<[string, string, string, string, string, string, string, string, string]> = [
  ['approve', 'approved', 'bylaws', 'заңға тәуелді актілерді', 'бекітуі', 'бекітеді', 'бекітіледі', 'бекітілуі', 'Заңға тәуелді актілер'],
  ['submit', 'submitted', 'a bill', 'заң жобасын', 'енгізуі', 'енгізеді', 'енгізіледі', 'енгізілуі', 'Заң жобасы'],
  ['adopt', 'adopted', 'a decision', 'шешімді', 'қабылдауы', 'қабылдайды', 'қабылданады', 'қабылдануы', 'Шешім'],
  ['prepare', 'prepared', 'proposals', 'ұсыныстарды', 'дайындауы', 'дайындайды', 'дайындалады', 'дайындалуы', 'Ұсыныстар'],
  ['complete', 'completed', 'assessment work', 'бағалау жұмыстарын', 'аяқтауы', 'аяқтайды', 'аяқталады', 'аяқталуы', 'Бағалау жұмыстары'],
  ['form', 'formed', 'precinct commissions', 'учаскелік комиссияларды', 'құруы', 'құрады', 'құрылады', 'құрылуы', 'Учаскелік комиссиялар'],
  ['publish', 'published', 'explanations', 'түсіндірмелерді', 'жариялауы', 'жариялайды', 'жарияланады', 'жариялануы', 'Түсіндірмелер'],
  ['sign', 'signed', 'a road map', 'жол картасына', 'қол қоюы', 'қол қояды', 'қол қойылады', 'қол қойылуы', 'Жол картасына'],
  ['agree on', 'agreed on', 'a draft agreement', 'келісім жобасын', 'келісуі', 'келіседі', 'келісіледі', 'келісілуі', 'Келісім жобасы'],
  ['hold', 'held', 'the public discussion', 'қоғамдық талқылауды', 'өткізуі', 'өткізеді', 'өткізіледі', 'өткізілуі', 'Қоғамдық талқылау'],
];
const KK_WHO: Array<[string, string]> = [
  ['Үкімет', 'The Government'],
  ['Тараптар', 'The parties'],
  ['Министрлік', 'The ministry'],
];

// prettier-ignore
const cases: Case[] = [
  ...RU_VERBS.flatMap(([en, done, obj, inf, sg, pl, acc, passive]): Case[] => [
    ...RU_WHO.flatMap(([who, modal, plural, whoEn]): Case[] => [
      ['ru', `${modal} ${inf} ${acc} до 1 октября.`, `${whoEn} to ${en} ${obj}`],
      ['ru', `До 1 октября ${modal.toLowerCase()} ${inf} ${acc}.`, `${whoEn} to ${en} ${obj}`],
      ...(sg ? [['ru', `${who} ${plural ? pl : sg} ${acc} до 1 октября.`, `${whoEn} to ${en} ${obj}`] as Case] : []),
    ]),
    ...(passive ? [['ru', `${passive} до 1 октября.`, `${cap(obj)} to be ${done}`] as Case] : []),
  ]),
  ...KK_VERBS.flatMap(([en, done, obj, acc, duty, future, passive, passiveDuty, nom]): Case[] => [
    ...KK_WHO.flatMap(([who, whoEn]): Case[] => [
      ['kk', `${who} ${acc} 1 қазанға дейін ${duty} тиіс.`, `${whoEn} to ${en} ${obj}`],
      ['kk', `${who} 1 қазанға дейін ${acc} ${future}.`, `${whoEn} to ${en} ${obj}`],
    ]),
    ['kk', `${nom} 1 қазанға дейін ${passive}.`, `${cap(obj)} to be ${done}`],
    ['kk', `${nom} 1 қазанға дейін ${passiveDuty} тиіс.`, `${cap(obj)} to be ${done}`],
  ]),
  ['ru', 'Общественное обсуждение продлится до 1 октября.', 'The public discussion to end'],
  ['ru', 'Отчетные встречи продолжатся до 1 октября.', 'Report meetings to end'],
  ['kk', 'Қоғамдық талқылау 1 қазанға дейін жалғасады.', 'The public discussion to end'],
  ['kk', 'Есепті кездесулер 1 қазанға дейін созылады.', 'Report meetings to end'],
  ['ru', 'Депутаты рекомендовали акимату до 1 октября представить план.', 'The akimat to submit a plan'],
  ['kk', 'Облыс әкімдері жұмысты 1 қазанға дейін аяқтап, Үкіметке есеп беруі тиіс.', 'Regional akims to complete the work'],
];

// (What the lexicon does not know keeps the term: who is due without a known act or thing.)
const controls: Case[] = [
  ['ru', 'Аким должен дать ответ до 1 октября.', 'Deadline'],
  ['ru', 'Правительство должно утвердить их до 1 октября.', 'Deadline'],
  ['kk', 'Ол 1 қазанға дейін жалғасады.', 'Deadline'],
  ['kk', 'Үкімет оларды 1 қазанға дейін бекітуі тиіс.', 'Deadline'],
];

describe('a deadline is titled by who is due to do what', () => {
  it.each([...cases, ...controls])('%s: %s', (lang, text, title) => {
    const events = extractSentences(lang, text, PUB).events.filter((e) => e.type === 'other');
    expect(events.map((e) => e.title.en)).toEqual([title]);
  });
});
