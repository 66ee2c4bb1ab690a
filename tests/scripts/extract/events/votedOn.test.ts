/**
 * A law or an amendment adopted at a referendum, in the same clause, is what was voted on: the
 * referendum is the event, not a second act of the same day (as the annotators record it).
 * Generated over the locative and instrumental of the referendum in both languages; an act in a
 * clause of its own stays an act.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf, kindsAndDays } from './extractSentences';

const KK_AT = [
  '2022 жылғы 5 маусымда өткен республикалық референдумда',
  '2022 жылғы 5 маусымдағы референдумда',
  '2022 жылғы 5 маусымда референдум арқылы',
];
const KK_ACTS = [
  'Конституцияның 33 бабына өзгерістер енгізілді.',
  'Ата Заңға түзетулер қабылданды.',
];
const RU_AT = [
  'На референдуме 5 июня 2022 года',
  'На республиканском референдуме 5 июня 2022 года',
  '5 июня 2022 года референдумом',
];
const RU_ACTS = ['были приняты поправки в Конституцию.', 'были внесены изменения в Конституцию.'];

const kinds = (lang: 'kk' | 'ru', text: string) =>
  eventsOf(lang, text, '2023-06-05').events.map((e) => `${e.type} ${e.date.edtf}`);

describe('an act adopted at a referendum is the referendum', () => {
  for (const at of KK_AT)
    for (const act of KK_ACTS)
      it(`kk: ${at} ${act}`, () =>
        expect(kinds('kk', `${at} ${act}`)).toEqual(['referendum 2022-06-05']));
  for (const at of RU_AT)
    for (const act of RU_ACTS)
      it(`ru: ${at} ${act}`, () =>
        expect(kinds('ru', `${at} ${act}`)).toEqual(['referendum 2022-06-05']));

  it('an act in a clause of its own stays an act', () => {
    const text = `${RU_AT[0]} ${RU_ACTS[0]!.replace('.', '')}, а 1 июля закон вступил в силу.`;
    expect(kinds('ru', text)).toContain('referendum 2022-06-05');
    expect(kinds('ru', text).some((k) => k.startsWith('law'))).toBe(true);
  });

  it('an amendment adopted by Parliament is an act', () => {
    const text = 'Парламент 16 сентября 2022 года принял поправки в Конституцию.';
    expect(kinds('ru', text).some((k) => /^(?:law|reform) 2022-09-16$/u.test(k))).toBe(true);
  });
});

/**
 * A referendum as the subject of the clause that tells what it adopted: "Референдум 5 июня
 * одобрил поправки в Конституцию, а 1 июля закон вступил в силу" (published 2025-03-12) gave a
 * referendum planned for 5 June 2025 and a reform "Amendments to the Constitution to be made": the
 * amendments are what was voted on, the referendum is the event (events/votedOn.ts, each
 * language's referendumSubject), and its past verb makes it last year's, 2024-06-05
 * (guessRuDirection.ts EVENT_SUBJECT_HEAD). "Референдум 5 маусымда түзетулерді мақұлдады" gave a
 * law "A bill is passed" beside the referendum. The step of the second clause keeps its own day.
 * Sentences written for the test: subjects × dates × verbs × objects × joints.
 */

type Lang = 'kk' | 'ru';
const PUB = '2025-03-12';

const SUBJECTS: Record<Lang, string[]> = {
  ru: ['Референдум', 'Республиканский референдум', 'Общенациональный референдум'],
  kk: ['Референдум', 'Республикалық референдум', 'Жалпыхалықтық референдум'],
};
/** The referendum's day, and what it resolves to. */
const DAYS: Record<Lang, Array<[string, string]>> = {
  ru: [
    ['5 июня', '2024-06-05'],
    ['5 июня 2022 года', '2022-06-05'],
  ],
  kk: [
    ['5 маусымда', '2024-06-05'],
    ['2022 жылғы 5 маусымда', '2022-06-05'],
  ],
};
/** What the referendum adopted, with its verb where the language puts it ({o} the object). */
const ACTS: Record<Lang, string[]> = {
  ru: [
    'одобрил поправки в Конституцию',
    'поддержал поправки в Основной закон',
    'утвердил изменения в Конституцию',
    'принял поправки к Конституции',
  ],
  kk: [
    'Конституцияға түзетулерді мақұлдады',
    'Ата Заңға өзгерістерді қабылдады',
    'түзетулерді қолдады',
    'Конституцияға өзгерістерді бекітті',
  ],
};
/** The second clause: the law's entry into force on 1 July of the referendum's year, or none. */
const TAILS: Record<Lang, string[]> = {
  ru: ['', ', а 1 июля закон вступил в силу', ', и 1 июля закон о поправках вступил в силу'],
  kk: ['', ', ал заң 1 шілдеде күшіне енді', ', және 1 шілдеде заң күшіне енді'],
};

const cases = (lang: Lang) =>
  SUBJECTS[lang].flatMap((subject) =>
    DAYS[lang].flatMap(([day, value]) =>
      ACTS[lang].flatMap((act) =>
        TAILS[lang].map((tail) => [lang, `${subject} ${day} ${act}${tail}.`, value]),
      ),
    ),
  );

describe('what a referendum as the subject adopted is the referendum’s event', () => {
  it.each([...cases('ru'), ...cases('kk')])('%s: %s', (lang, text, value) => {
    const kinds = kindsAndDays(lang as Lang, `Референдум\n\n${text}`, PUB);
    expect(kinds).toContain(`referendum ${value}`);
    expect(kinds.filter((k) => k.endsWith(value))).toEqual([`referendum ${value}`]);
    if (/1 (?:июля|шілдеде)/u.test(text)) expect(kinds).toContain(`law ${value.slice(0, 4)}-07-01`);
  });
});

/** Sentences that stay as they were: a body's own step, and a referendum only named beside it. */
describe('a law step whose subject is no referendum stays the law’s', () => {
  const own: Array<[Lang, string, string]> = [
    ['ru', 'Парламент 5 июня одобрил поправки в Конституцию.', 'reform 2024-06-05'],
    ['ru', 'Мажилис 5 июня принял закон о референдуме.', 'law 2024-06-05'],
    ['ru', 'Токаев назначил референдум и 5 июня подписал закон о поправках.', 'law 2024-06-05'],
    ['kk', 'Парламент 5 маусымда Конституцияға түзетулерді қабылдады.', 'law 2024-06-05'],
    ['kk', 'Мәжіліс 5 маусымда референдум туралы заңды қабылдады.', 'law 2024-06-05'],
    ['kk', 'Референдум комиссиясы 5 маусымда заң жобасын мақұлдады.', 'law 2024-06-05'],
  ];
  it.each(own)('%s: %s', (lang, text, want) => {
    expect(kindsAndDays(lang, `Заң\n\n${text}`, PUB)).toContain(want);
  });
});

/**
 * The referendum as the subject after its verb, the act its object before both (Russian word order
 * is free): "5 июня поправки в Конституцию одобрил референдум, а 1 июля закон вступил в силу"
 * (published 2025-03-12) gave a law adopted on 5 June and a reform "Amendments to the Constitution
 * come into force" on the publication day: the referendum was read as the object, and the
 * Constitution's entry into force ran past the comma into the next clause. The referendum is the
 * event; the law of the second clause keeps its day (events/votedOn.ts, referendumSubjectAfter;
 * CLAUSE_GAP in locales/ru/events/triggerWords.ts). Objects × day's place × verbs × subjects ×
 * dates × joints.
 */
describe('what a referendum adopted, told object first, is the referendum’s event', () => {
  const OBJECTS = ['поправки в Конституцию', 'изменения в Основной закон'];
  const VERBS = ['одобрил', 'поддержал', 'утвердил', 'принял'];
  const RU_SUBJECTS = ['референдум', 'республиканский референдум'];
  const tails = TAILS.ru.slice(0, 2);
  const inverted: Array<[string, string]> = [];
  for (const object of OBJECTS)
    for (const verb of VERBS)
      for (const subject of RU_SUBJECTS)
        for (const [day, value] of DAYS.ru)
          for (const tail of tails) {
            const Object = object[0]!.toUpperCase() + object.slice(1);
            inverted.push([`${day} ${object} ${verb} ${subject}${tail}.`, value]);
            inverted.push([`${Object} ${day} ${verb} ${subject}${tail}.`, value]);
          }
  it.each(inverted)('ru: %s', (text, value) => {
    const kinds = kindsAndDays('ru', `Референдум\n\n${text}`, PUB);
    expect(kinds.filter((k) => k.endsWith(value))).toEqual([`referendum ${value}`]);
    if (text.includes('1 июля')) expect(kinds).toContain(`law ${value.slice(0, 4)}-07-01`);
    expect(kinds.filter((k) => k.startsWith('reform'))).toEqual([]);
  });

  // A plural subject after the verb is no referendum's ("одобрили сенаторы"); nor a referendum
  // in a clause of its own: the act stays the act's.
  const own = [
    '5 июня поправки в Конституцию одобрили сенаторы.',
    '5 июня поправки в Конституцию одобрил Сенат, а референдум назначил Президент.',
    'Поправки в Конституцию 5 июня одобрили депутаты, а 1 июля закон вступил в силу.',
  ];
  it.each(own)('ru: %s', (text) => {
    const kinds = kindsAndDays('ru', `Заң\n\n${text}`, PUB);
    expect(kinds.some((k) => /^(?:law|reform) 2024-06-05$/u.test(k))).toBe(true);
  });
});
