/**
 * A generic cue (something took place, began, ended, was founded, opened or registered) is a
 * political event only in a political sentence, or after one: a road, an accident, a film or a
 * championship is no event of the chronicle. Generated over the generic verbs and the subjects;
 * sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const PUB = '2024-04-20';
// Under a rubric that says nothing of politics.
const NEWS = { kk: 'Жаңалықтар', ru: 'Новости' };
const events = (lang: 'kk' | 'ru', text: string) => kindsAndDays(lang, text, PUB, NEWS[lang]);

describe('a generic cue needs political company', () => {
  const kkVerbs = ['басталды', 'аяқталды', 'өтті', 'ашылды', 'құрылды'];
  const kkPlain = [
    'Көпір құрылысы',
    'Хоккейден әлем чемпионаты',
    'Жаңа фильмнің көрсетілімі',
    'Қалалық саябақ',
  ];
  const kkPolitical = [
    'Мәслихаттың кезектен тыс сессиясы',
    'Партияның облыстық филиалы',
    'Сайлау науқаны',
    'Үкіметтің көшпелі отырысы',
  ];
  it.each(kkVerbs)('kk: … 12 сәуірде %s', (verb) => {
    for (const subject of kkPlain)
      expect(events('kk', `${subject} 12 сәуірде ${verb}.`), subject).toEqual([]);
    for (const subject of kkPolitical)
      expect(events('kk', `${subject} 12 сәуірде ${verb}.`), subject).not.toEqual([]);
  });

  const ruVerbs = ['начался', 'завершился', 'прошёл', 'открылся'];
  const ruPlain = ['Ремонт моста', 'Чемпионат мира по хоккею', 'Городской фестиваль'];
  const ruPolitical = ['Съезд партии', 'Внеочередной созыв маслихата', 'Визит президента'];
  it.each(ruVerbs)('ru: … 12 апреля %s', (verb) => {
    for (const subject of ruPlain)
      expect(events('ru', `${subject} ${verb} 12 апреля.`), subject).toEqual([]);
    for (const subject of ruPolitical)
      expect(events('ru', `${subject} ${verb} 12 апреля.`), subject).not.toEqual([]);
  });

  it('an accident recorded is no registration, a candidate is', () => {
    expect(events('kk', 'Былтыр облыста 13 апат тіркеліп, 2 адам қайтыс болды.')).toEqual([]); // prettier-ignore
    expect(events('kk', 'Өткен аптада жол-көлік оқиғасы тіркелді.')).toEqual([]);
    expect(events('kk', 'Кандидат 12 сәуірде тіркелді.')).toEqual(['other 2024-04-12']);
  });

  it('the sentence before, the paragraph or the headline may give the company', () => {
    expect(
      events('kk', 'Облыста кандидаттарды ұсыну жалғасуда. Тіркеу 11 мамырға дейін жүреді.'), // prettier-ignore
    ).toContain('other 2024-05-11');
    expect(events('ru', 'Выборы в маслихат: как идет подготовка\n\nПроцесс начался 3 апреля.')).toContain('other 2024-04-03'); // prettier-ignore
  });

  it('anyone says things: a verb of saying needs the company too', () => {
    const said = 'Наурыз айында олар енді төлей бастаймыз деді.';
    expect(events('kk', said)).toEqual([]);
    expect(kindsAndDays('kk', said, PUB)).toContain('statement 2024-03');
    expect(events('kk', `Министр ${said.toLowerCase()}`)).toContain('statement 2024-03');
  });

  it('a drill at a staff or a condition is no politics', () => {
    expect(events('kk', 'Бүгін 12 сәуірде командалық-штабтық оқу-жаттығулары басталды.')).toEqual(
      [],
    );
    expect(events('kk', 'Жоба 12 сәуірде шартты түрде басталды.')).toEqual([]);
    expect(events('kk', 'Коалицияның штабы 12 сәуірде ашылды.')).not.toEqual([]);
  });

  it('the Turkic Council is political company', () => {
    expect(events('kk', 'Түркі кеңесі 2009 жылы құрылды.')).toEqual(['other 2009']);
    expect(events('ru', 'Совет тюркских государств был создан в 2009 году.')).toEqual([
      'other 2009',
    ]);
  });

  it('a month named as unrest is political', () => {
    expect(events('ru', 'Январские события 2022 года изменили страну.')).toContain('other 2022-01'); // prettier-ignore
  });

  it.each([
    ['kk', 'Жас ақындар форумы 12 сәуірде өтті.', 'Партия жастарының форумы 12 сәуірде өтті.'],
    ['kk', 'Дәрігерлер 12 сәуірде конференция өткізді.', 'Сайлау комиссиясы 12 сәуірде конференция өткізді.'], // prettier-ignore
    ['kk', 'Кітапхана 12 сәуірде дөңгелек үстел ұйымдастырды.', 'Мәслихат 12 сәуірде дөңгелек үстел ұйымдастырды.'], // prettier-ignore
    ['kk', 'Оқушылар 12 сәуірде Түркістанға сапармен барды.', 'Депутаттар 12 сәуірде Түркістанға сапармен барды.'], // prettier-ignore
    [
      'ru',
      'Форум молодых писателей прошёл 12 апреля.',
      'Форум партийной молодёжи прошёл 12 апреля.',
    ],
    ['ru', 'Конференция врачей прошла 12 апреля.', 'Конференция избирательной комиссии прошла 12 апреля.'], // prettier-ignore
    ['ru', 'Школьники 12 апреля совершили визит в Туркестан.', 'Депутаты 12 апреля совершили визит в Туркестан.'], // prettier-ignore
  ] as const)('%s: a gathering any trade holds needs the company: %s', (lang, plain, political) => {
    expect(events(lang, plain)).toEqual([]);
    expect(events(lang, political)).toContain('meeting 2024-04-12');
  });

  it("a meeting with someone, a body's sitting and a summit name their kind themselves", () => {
    expect(events('kk', 'Үкімет отырысы 12 сәуірде өтті.')).toEqual(['meeting 2024-04-12']);
    expect(events('ru', 'Саммит ШОС прошёл 12 апреля.')).toContain('meeting 2024-04-12');
  });

  it.each([
    ['kk', 'Қасым-Жомарт Тоқаев 12 сәуірде Өзбекстанға мемлекеттік сапармен барды.'],
    ['kk', 'Олжас Бектенов 12 сәуірде Түркістанға жұмыс сапарымен барды.'],
    ['kk', 'Ерлан Қарин 12 сәуірде Бейжіңге ресми сапармен барды.'],
    ['ru', 'Касым-Жомарт Токаев 12 апреля прибыл с государственным визитом в Узбекистан.'],
    ['ru', 'Олжас Бектенов 12 апреля прибыл с рабочим визитом в Туркестан.'],
    ['ru', 'Ерлан Карин 12 апреля прибыл с официальным визитом в Пекин.'],
  ] as const)('%s: a visit of state, official or working rank is political: %s', (lang, text) => {
    expect(events(lang, text)).toContain('meeting 2024-04-12');
  });
});
