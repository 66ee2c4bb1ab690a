/**
 * What is done at a gathering the paragraph has dated (a summit, a sitting, a visit) is done that
 * day: "Саммит ШОС прошел 4 июля. Лидеры подписали декларацию" dates the signing 4 July, by
 * context. A recall cue, a new paragraph, or a gathering told as ahead while the act is told as
 * done, ends that. Sentences written for this test, generated over gatherings, acts and tenses.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from './extractSentences';

type Lang = 'kk' | 'ru';
interface Case {
  lang: Lang;
  gathering: string;
  acts: Array<[string, string]>;
}

const DONE: Case[] = [
  {
    lang: 'ru',
    gathering: 'Саммит ШОС прошел 4 июля в Астане.',
    acts: [
      ['Лидеры подписали Астанинскую декларацию.', 'other'],
      ['Президент предложил разработать единую транспортную стратегию.', 'proposal'],
      ['Стороны приняли совместное заявление.', 'other'],
    ],
  },
  {
    lang: 'ru',
    gathering: 'Заседание Высшего госсовета состоялось 4 июля в Бишкеке.',
    acts: [
      ['Президенты подписали соглашение о стратегическом партнерстве.', 'other'],
      ['Токаев предложил создать совместный инвестиционный фонд.', 'proposal'],
    ],
  },
  {
    lang: 'kk',
    gathering: 'ШЫҰ саммиті 4 шілдеде Астанада өтті.',
    acts: [
      ['Мемлекет басшылары Астана декларациясына қол қойды.', 'other'],
      ['Президент ортақ көлік стратегиясын әзірлеуді ұсынды.', 'proposal'],
    ],
  },
  {
    lang: 'kk',
    gathering: 'Жоғары мемлекетаралық кеңестің отырысы 4 шілдеде Бішкекте өтті.',
    acts: [
      ['Президенттер стратегиялық әріптестік туралы келісімге қол қойды.', 'other'],
      ['Тоқаев бірлескен инвестициялық қор құруды ұсынды.', 'proposal'],
    ],
  },
];

const AHEAD: Case[] = [
  {
    lang: 'ru',
    gathering: 'Саммит ШОС пройдет 4 июля в Астане.',
    acts: [
      ['Лидеры подпишут Астанинскую декларацию.', 'other'],
      ['Ожидается, что стороны подпишут совместное заявление.', 'other'],
    ],
  },
  {
    lang: 'kk',
    gathering: 'ШЫҰ саммиті 4 шілдеде Астанада өтеді.',
    acts: [['Мемлекет басшылары Астана декларациясына қол қояды.', 'other']],
  },
];

const dateOf = (lang: Lang, text: string, type: string, published: string) =>
  eventsOf(lang, text, published)
    .events.filter((e) => e.type === type)
    .map((e) => e.date.edtf);

describe("an act at a dated gathering takes the gathering's day", () => {
  for (const { lang, gathering, acts } of DONE) {
    for (const [act, type] of acts) {
      it(`"${gathering} ${act}": ${type} on 4 July`, () => {
        expect(dateOf(lang, `${gathering} ${act}`, type, '2024-07-10')).toContain('2024-07-04');
      });
      // (Published weeks later: a gathering in the lead days before publication is the news
      // day, which dates the report's undated acts anyway; see newsDay.test.ts.)
      it(`"${gathering}" then a new paragraph "${act}": not that day`, () => {
        expect(dateOf(lang, `${gathering}\n\n${act}`, type, '2024-09-10')).not.toContain(
          '2024-07-04',
        );
      });
    }
  }
  for (const { lang, gathering, acts } of AHEAD) {
    for (const [act, type] of acts) {
      it(`"${gathering} ${act}": planned for 4 July`, () => {
        const events = eventsOf(lang, `${gathering} ${act}`, '2024-07-01').events;
        const e = events.find((x) => x.type === type);
        expect(e?.date.edtf).toBe('2024-07-04');
        expect(e?.status).toBe('planned');
      });
    }
  }
});

describe('what the gathering does not date', () => {
  it('an act told with a recall cue', () => {
    const text = 'Саммит ШОС прошел 4 июля в Астане. Ранее стороны подписали меморандум.';
    expect(dateOf('ru', text, 'other', '2024-07-10')).not.toContain('2024-07-04');
  });

  for (const [lang, text] of [
    [
      'ru',
      'Саммит ШОС пройдет 4 июля в Астане. До этого стороны подпишут меморандум о сотрудничестве.',
    ],
    [
      'ru',
      'Саммит ШОС пройдет 4 июля в Астане. Накануне стороны подпишут меморандум о сотрудничестве.',
    ],
    [
      'kk',
      'ШЫҰ саммиті 4 шілдеде Астанада өтеді. Оған дейін тараптар ынтымақтастық туралы меморандумға қол қояды.',
    ],
    [
      'kk',
      'ШЫҰ саммиті 4 шілдеде Астанада өтеді. Осыдан кейін тараптар ынтымақтастық туралы меморандумға қол қояды.',
    ],
  ] as const)
    it(`an act told as a step before or after it: "${text}"`, () => {
      expect(dateOf(lang, text, 'other', '2024-07-01')).not.toContain('2024-07-04');
    });

  it('an act told as done at a gathering that lies ahead', () => {
    const text =
      'Саммит ШОС пройдет 4 июля в Астане. Лидеры подписали меморандум о сотрудничестве.';
    expect(dateOf('ru', text, 'other', '2024-07-01')).not.toContain('2024-07-04');
  });

  it('an act in the answer after a question that names the gathering is dated by it', () => {
    const text = '— Что дал саммит ОТГ 6 ноября?\n\n— Лидеры подписали Бишкекскую декларацию.';
    expect(dateOf('ru', text, 'other', '2024-11-12')).toContain('2024-11-06');
  });

  it('but not in the paragraph after a statement that names it', () => {
    const text = 'Саммит ОТГ прошел 6 ноября.\n\nЛидеры подписали Бишкекскую декларацию.';
    expect(dateOf('ru', text, 'other', '2024-12-20')).not.toContain('2024-11-06');
  });
});
