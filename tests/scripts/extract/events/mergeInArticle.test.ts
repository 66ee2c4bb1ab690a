import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';
import { runPipeline } from '../../../../scripts/extract/pipeline';
import { extractSentences } from './extractSentences';

const eventsOf = (text: string, language: 'kk' | 'ru') =>
  runPipeline(
    [{ file: 't.txt', bytes: new TextEncoder().encode(text) }],
    { file: 'sources.json', text: JSON.stringify({ 't.txt': { language } }) },
    tagDates,
  ).data.events;

describe('mergeInArticle: the headline restates its lead', () => {
  it('joins a headline told in other words to the lead event of its day', () => {
    const events = eventsOf(
      'Токаев подписал поправки в Конституцию: Нур-Султан вновь стал Астаной\n\n' +
        'АСТАНА, 17 сентября 2022. Сегодня Президент Касым-Жомарт Токаев подписал закон о поправках в Конституцию.\n',
      'ru',
    );
    const sameDay = events.filter((e) => e.date.edtf === '2022-09-17');
    expect(sameDay).toHaveLength(1);
    expect(sameDay[0]!.sources[0]!.evidence.map((x) => x.text)).toEqual([
      expect.stringContaining('Нур-Султан вновь стал Астаной'),
      expect.stringContaining('подписал закон о поправках'),
    ]);
  });

  it('keeps a headline event of another day apart from the lead', () => {
    const events = eventsOf(
      'Президент сайлауы 20 қарашада өтеді\n\n' +
        'Астана, 22 қыркүйек 2022. Бүгін Орталық сайлау комиссиясының отырысы өтті.\n',
      'kk',
    );
    expect(events.map((e) => `${e.type} ${e.date.edtf}`).sort()).toEqual([
      'election 2022-11-20',
      'meeting 2022-09-22',
    ]);
  });
});

describe('mergeInArticle: a headline about another person is another event', () => {
  // "Аким освобождён от должности" over "Новым акимом назначен Исабаев": the dismissal was folded
  // into the appointment, lost. Written for the test.
  it.each([
    [
      'ru',
      'Аким области Марат Султангазиев освобождён от должности',
      'АСТАНА, 3 июня 2025. Сегодня новым акимом области назначен Бейбут Исабаев, ранее работавший в министерстве.',
    ],
    [
      'ru',
      'Секретарь маслихата Даурен Ахметжанов ушёл в отставку',
      'АСТАНА, 3 июня 2025. Сегодня депутаты избрали новым секретарём маслихата Жанар Оспанову.',
    ],
    [
      'kk',
      'Облыс әкімі Марат Сұлтанғазиев қызметінен босатылды',
      'Астана, 3 маусым 2025. Бүгін Бейбут Исабаев облыс әкімі болып тағайындалды.',
    ],
  ] as const)('%s: %s', (lang, headline, lead) => {
    const kinds = eventsOf(`${headline}\n\n${lead}\n`, lang).map((e) => e.type);
    expect(kinds).toContain('resignation');
    expect(kinds).toContain('appointment');
  });
});

describe('mergeInArticle: a year-less day is its own event', () => {
  const unplacedOf = (text: string, language: 'kk' | 'ru') =>
    runPipeline(
      [{ file: 't.txt', bytes: new TextEncoder().encode(text) }],
      { file: 'sources.json', text: JSON.stringify({ 't.txt': { language } }) },
      tagDates,
    ).data.unplaced.map((u) => `${u.type} ${u.timex}`);

  // No publication date and no year in the article: both days stay year-less or one is dated by a
  // later year; either way, a congress on 17 February is not the congress of 25 April.
  it.each([
    [
      'ru',
      'Партия снова подала документы\n\n' +
        'Учредительный съезд партия провела 17-го февраля в Алматы.\n\n' +
        'В 2023 году, 25-го апреля, она проведет повторный учредительный съезд.\n',
    ],
    [
      'kk',
      'Партия құжаттарын қайта тапсырды\n\n' +
        'Партия құрылтай съезін 17 ақпанда Алматыда өткізді.\n\n' +
        '2023 жылы 25 сәуірде партияның қайталама құрылтай съезі өтеді.\n',
    ],
  ] as const)('%s', (lang, text) => {
    const events = eventsOf(text, lang).map((e) => `${e.type} ${e.date.edtf}`);
    expect(events).toContain('congress 2023-04-25');
    const february = [...events, ...unplacedOf(text, lang)].filter((e) =>
      /^congress (?:XXXX|2023)-02-17$/u.test(e),
    );
    expect(february).toHaveLength(1);
  });
});

describe('mergeAcross: an event not yet placed keeps every sentence that tells it', () => {
  it.each([
    [
      'ru',
      'Правительство уйдет в отставку\n\n' +
        'В среду, 7 февраля, президент заслушает премьера на расширенном заседании правительства.\n\n' +
        'Под председательством главы государства 7 февраля состоится расширенное заседание правительства.\n',
    ],
    [
      'kk',
      'Үкімет отставкаға кетеді\n\n' +
        'Сәрсенбі күні, 7 ақпанда, Президент Үкіметтің кеңейтілген отырысын өткізеді.\n\n' +
        'Мемлекет басшысының төрағалығымен 7 ақпанда Үкіметтің кеңейтілген отырысы өтеді.\n',
    ],
  ] as const)('%s: one item, with both sentences as its evidence', (lang, text) => {
    const items = runPipeline(
      [{ file: 't.txt', bytes: new TextEncoder().encode(text) }],
      { file: 'sources.json', text: JSON.stringify({ 't.txt': { language: lang } }) },
      tagDates,
    ).data.unplaced.filter((u) => u.kind === 'event' && u.timex === 'XXXX-02-07');
    expect(items).toHaveLength(1);
    const spans = [items[0]!.evidence!, ...(items[0]!.more ?? [])];
    expect(spans.map((s) => s.text)).toEqual([
      expect.stringContaining('7'),
      expect.stringContaining('7 '),
    ]);
    for (const s of spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('reforms told as proposed and as announced by one person on one day', () => {
  it('are one coming announcement when told ahead', () => {
    const text =
      'Мемлекет басшысы Қасым-Жомарт Тоқаев съезде сөз сөйледі. Мен 16-наурызда саяси реформалардың жаңа топтамасын ұсынамын, деді Тоқаев.';
    const on16 = extractSentences('kk', text, '2022-03-01').events.filter(
      (e) => e.date.edtf === '2022-03-16',
    );
    expect(on16).toHaveLength(1);
    expect(on16[0]!.status).toBe('planned');
  });

  it('stay a proposal and a reform when a past sentence tells both', () => {
    const text =
      'Переход к прямым выборам сельских акимов предложил Президент Касым-Жомарт Токаев в Послании 1 сентября 2020 года.';
    const kinds = extractSentences('ru', text, '2021-07-26').events.map((e) => e.type);
    expect(kinds).toEqual(expect.arrayContaining(['proposal', 'reform']));
  });
});

describe('mergeInArticle: the day’s news and an older event of its kind are two events', () => {
  const sources = (language: 'kk' | 'ru') =>
    JSON.stringify({ 't.txt': { language, published: '2024-06-20' } });
  const datedEvents = (text: string, language: 'kk' | 'ru') =>
    runPipeline(
      [{ file: 't.txt', bytes: new TextEncoder().encode(text) }],
      { file: 'sources.json', text: sources(language) },
      tagDates,
    )
      .data.events.map((e) => `${e.type} ${e.date.edtf}`)
      .sort();

  // Reported with no date of its own, the congress is the article's news of 20 June; the one of
  // 12 January is another, told in the same article. (They had merged, and took January's date.)
  it.each([
    [
      'kk',
      'AMANAT партиясы кезектен тыс съезд өткізді\n\n' +
        'AMANAT партиясы Астанада кезектен тыс съезд өткізді.\n\n' +
        'Партия алдыңғы съезін 2024 жылғы 12 қаңтарда өткізген болатын.\n',
    ],
    [
      'ru',
      'Партия AMANAT провела внеочередной съезд\n\n' +
        'Партия AMANAT провела в Астане внеочередной съезд.\n\n' +
        'Партия AMANAT провела съезд также 12 января 2024 года.\n',
    ],
  ] as const)('%s', (lang, text) => {
    expect(datedEvents(text, lang)).toEqual(['congress 2024-01-12', 'congress 2024-06-20']);
  });

  // Told a day later ("вчера"), or within the week, it is still the one event.
  it('joins a report of the day before publication', () => {
    const text =
      'Партия AMANAT провела внеочередной съезд\n\n' +
      'Партия AMANAT провела в Астане внеочередной съезд.\n\n' +
      'Съезд партии AMANAT прошел 18 июня 2024 года в Астане.\n';
    expect(datedEvents(text, 'ru')).toEqual(['congress 2024-06-18']);
  });
});
