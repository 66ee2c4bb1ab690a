import { describe, expect, it } from 'vitest';
import { dayAfter } from '../../../../scripts/extract/dates/nextDay';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';

const valueOf = (lang: 'kk' | 'ru', text: string, dct = '2023-06-30', before?: string) =>
  tagDates(text, { lang, dct, ...(before ? { before } : {}) }).map((t) => `${t.text}=${t.value}`);

describe('"the next day" counts from the day the text told before it', () => {
  // Every written form, in a sentence after a dated one; never the day after publication.
  const KK = ['Келесі күні', 'Келесі күні', 'Ертесіне', 'Ертесі күні', 'Ертеңіне'];
  const RU = ['На следующий день', 'Следующего дня', 'Наутро'];
  it.each(KK)('kk: %s', (form) => {
    const tags = valueOf('kk', `Съезд 2019 жылғы 19 наурызда өтті. ${form} Тоқаев кірісті.`);
    expect(tags.at(-1)).toMatch(/=2019-03-20$/u);
  });
  it.each(RU)('ru: %s', (form) => {
    const tags = valueOf('ru', `Съезд прошёл 19 марта 2019 года. ${form} Токаев приступил.`);
    expect(tags.at(-1)).toMatch(/=2019-03-20$/u);
  });

  it('takes the last day of the paragraphs before when the paragraph opens with it', () => {
    expect(valueOf('ru', 'На следующий день он уехал.', '2023-06-30', '2022-12-31')).toEqual([
      'следующий день=2023-01-01',
    ]);
  });

  it('keeps only a direction when the text told no day before it (not the day after publication)', () => {
    expect(valueOf('kk', 'Келесі күні Тоқаев кірісті.')).toEqual(['Келесі күні=FUTURE_REF']);
    expect(valueOf('ru', 'На следующий день Токаев приступил.')).toEqual([
      'следующий день=FUTURE_REF',
    ]);
  });

  it('reads "that day" as the day told before, with or without a publication date', () => {
    for (const dct of ['2023-06-30', undefined]) {
      const kk = tagDates('Съезд 2019 жылғы 19 наурызда өтті. Ол сол күні кетті.', { lang: 'kk', ...(dct ? { dct } : {}) }); // prettier-ignore
      expect(kk.map((t) => t.value)).toEqual(['2019-03-19', '2019-03-19']);
      const ol = tagDates('Съезд 2019 жылғы 19 наурызда өтті. Ол күні Тоқаев сөйледі.', { lang: 'kk', ...(dct ? { dct } : {}) }); // prettier-ignore
      expect(ol.map((t) => t.value)).toEqual(['2019-03-19', '2019-03-19']);
      const ru = tagDates('Съезд прошёл 19 марта 2019 года. В этот день он ушёл.', { lang: 'ru', ...(dct ? { dct } : {}) }); // prettier-ignore
      expect(ru.map((t) => t.value)).toEqual(['2019-03-19', '2019-03-19']);
    }
    const next = tagDates('Съезд 2019 жылғы 19 наурызда өтті. Келесі күні Тоқаев кірісті.', { lang: 'kk' }); // prettier-ignore
    expect(next.map((t) => t.value)).toEqual(['2019-03-19', '2019-03-20']);
  });

  it('reads a month of "that year" in the year told before', () => {
    const kk = tagDates('2022 жылы наурызда Жолдау жарияланды. Сол жылдың қыркүйегінде ұсынды.', { lang: 'kk', dct: '2025-09-10' }); // prettier-ignore
    expect(kk.map((t) => t.value)).toEqual(['2022', '2022-03', '2022-09']);
    const ru = tagDates('В 2019 году прошли выборы. В сентябре того же года начался диалог.', { lang: 'ru', dct: '2025-09-10' }); // prettier-ignore
    expect(ru.map((t) => t.value)).toEqual(['2019', '2019-09']);
  });

  it('counts "N days later" from the day told before, not from the publication date', () => {
    expect(valueOf('ru', '21 февраля 2019 года кабинет ушёл. Четыре дня спустя премьером стал Мамин.')).toContain('Четыре дня спустя=2019-02-25'); // prettier-ignore
    expect(valueOf('kk', '2019 жылғы 21 ақпанда Үкімет кетті. Төрт күннен кейін Мамин премьер болды.')).toContain('Төрт күннен кейін=2019-02-25'); // prettier-ignore
    expect(valueOf('kk', '2019 жылғы 21 ақпанда Үкімет кетті. Екі аптадан соң Мамин премьер болды.')).toContain('Екі аптадан соң=2019-W10'); // prettier-ignore
    // One unit with no number, before or after "спустя".
    for (const [form, value] of [['Неделю спустя', '2019-W09'], ['Спустя неделю', '2019-W09'], ['День спустя', '2019-02-22'], ['Спустя четыре дня', '2019-02-25'], ['Спустя две недели', '2019-W10']])
      expect(valueOf('ru', `21 февраля 2019 года кабинет ушёл. ${form} премьером стал Мамин.`)).toContain(`${form}=${value}`); // prettier-ignore
    // After a month the story moved to, no day is told to count from: only "later".
    expect(valueOf('ru', '21 февраля 2019 года кабинет ушёл. В конце марта аким ушёл в отставку. Неделю спустя его назначили.')).toContain('Неделю спустя=FUTURE_REF'); // prettier-ignore
    // "Месяц спустя", "год спустя" are not counted from a story's day: left untagged.
    expect(valueOf('ru', '21 февраля 2019 года кабинет ушёл. Год спустя премьером стал Мамин.')).toEqual(['21 февраля 2019 года=2019-02-21']); // prettier-ignore
    // "Через два дня" is said of now.
    expect(valueOf('ru', '21 февраля 2019 года кабинет ушёл. Через два дня пройдут выборы.')).toContain('Через два дня=2023-07-02'); // prettier-ignore
  });

  it('counts "N days later" from the day told also with no publication date', () => {
    const noDct = (lang: 'kk' | 'ru', text: string) =>
      tagDates(text, { lang }).map((t) => `${t.text}=${t.value}`);
    expect(noDct('ru', '21 февраля 2019 года кабинет ушёл. Четыре дня спустя премьером стал Мамин.')).toContain('Четыре дня спустя=2019-02-25'); // prettier-ignore
    expect(noDct('kk', '2019 жылғы 21 ақпанда Үкімет кетті. Төрт күннен кейін Мамин премьер болды.')).toContain('Төрт күннен кейін=2019-02-25'); // prettier-ignore
    expect(noDct('kk', '2019 жылғы 21 ақпанда Үкімет кетті. Екі аптадан соң Мамин премьер болды.')).toContain('Екі аптадан соң=2019-W10'); // prettier-ignore
    // With no day told before, only the direction is known, as before.
    expect(noDct('ru', 'Четыре дня спустя премьером стал Мамин.')).toEqual(['Четыре дня спустя=FUTURE_REF']); // prettier-ignore
  });

  it('reads a day word followed by the date it stands for as that date', () => {
    expect(valueOf('ru', 'Накануне, 27 ноября, в Казахстан прибудет Владимир Путин.', '2024-11-12')).toContain('Накануне=2024-11-27'); // prettier-ignore
    expect(valueOf('kk', 'Кеше, 5 наурызда, сессия ашылды.', '2024-03-06')).toContain('Кеше=2024-03-05'); // prettier-ignore
  });

  it('reads "накануне" in a story as the day before the day it told', () => {
    expect(valueOf('ru', 'В понедельник, 10 июня, прошло совещание. Накануне правительство утвердило план.', '2024-06-12')).toContain('Накануне=2024-06-09'); // prettier-ignore
    expect(valueOf('ru', 'Парламент принял закон накануне.', '2022-09-17')).toContain('накануне=2022-09-16'); // prettier-ignore
    // A day told in another paragraph (a line of a whole article) is not this paragraph's story.
    expect(valueOf('ru', 'Выборы 19 марта прошли по новым правилам.\nНакануне ЦИК вручил удостоверения.', '2023-03-29')).toContain('Накануне=2023-03-28'); // prettier-ignore
    // A day told in a relative clause is background, not the story's day: the eve of publication.
    expect(valueOf('ru', 'Решение принято на фоне протестов, которые начались 2 января. Накануне вечером президент выступил с обращением.', '2022-01-05')).toContain('Накануне=2022-01-04'); // prettier-ignore
    expect(valueOf('ru', 'Совещание, на котором обсуждали паводки 10 июня, было закрытым. Накануне правительство утвердило план.', '2024-06-12')).toContain('Накануне=2024-06-11'); // prettier-ignore
  });

  it('leaves "tomorrow" to the publication date', () => {
    expect(valueOf('kk', 'Съезд 2019 жылғы 19 наурызда өтті. Ертең сессия ашылады.')).toContain(
      'Ертең=2023-07-01',
    );
  });

  it('counts across a month, a year and a leap day, with or without a year', () => {
    expect(dayAfter('2024-02-28')).toBe('2024-02-29');
    expect(dayAfter('2023-02-28')).toBe('2023-03-01');
    expect(dayAfter('2022-12-31')).toBe('2023-01-01');
    expect(dayAfter('XXXX-04-30')).toBe('XXXX-05-01');
    expect(dayAfter('2022-03')).toBeUndefined();
  });
});

describe('"the next day" after a year-less day, through the pipeline', () => {
  it('leaves the event year-less, waiting in "not yet placed", never a placed XXXX date', async () => {
    const { runPipeline } = await import('../../../../scripts/extract/pipeline');
    const text =
      'Жаңалықтар\n\nСъезд 5 қаңтарда өтті. Келесі күні партия төрағасы отставкаға кетті.\n';
    const r = runPipeline(
      [{ file: 't.txt', bytes: new TextEncoder().encode(text) }],
      { file: 'sources.json', text: JSON.stringify({ 't.txt': { language: 'kk' } }) },
      tagDates,
    );
    expect(r.failures).toEqual([]);
    expect(r.data.events.filter((e) => e.date.edtf.includes('X'))).toEqual([]);
    expect(r.data.unplaced.map((u) => u.timex)).toContain('XXXX-01-06');
  });
});

describe('a day word and the same day written after it: the day word fixes the year', () => {
  // The clause goes on in a reported future ("тоқтататынын мәлімдеді", "что уйдет"), which alone
  // would put a year-less 19 March in the next year.
  it.each([
    ['kk', 'кеше, 19 наурызда', 'Назарбаев кеше, 19 наурызда, өкілеттігін тоқтататынын мәлімдеді.'],
    ['kk', 'бүгін, 20 наурызда', 'Тоқаев бүгін, 20 наурызда, қызметке кірісетінін айтты.'],
    ['ru', 'Вчера, 19 марта', 'Вчера, 19 марта, Назарбаев объявил, что уйдет с поста.'],
    ['ru', 'Сегодня, 20 марта', 'Сегодня, 20 марта, Токаев сказал, что вступит в должность.'],
  ] as const)('%s "%s"', (lang, phrase, text) => {
    const day = phrase.includes('19') ? '2019-03-19' : '2019-03-20';
    const [word, date] = phrase.split(', ');
    expect(valueOf(lang, text, '2019-03-20')).toEqual([`${word}=${day}`, `${date}=${day}`]);
  });

  it('while a written date that is another day still wins over the day word', () => {
    expect(valueOf('ru', 'Накануне, 27 ноября, в Астане прошел саммит.', '2022-11-30')).toEqual([
      'Накануне=2022-11-27',
      '27 ноября=2022-11-27',
    ]);
  });
});
