/**
 * Sentences written for this test (not taken from any article) in the styles of Kazakh and Russian
 * political news: each must give one event of the expected kind at the expected date, through the
 * whole pipeline, with a publication date from sources.json.
 */
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';
import { runPipeline } from '../../../../scripts/extract/pipeline';

function eventsOf(lang: 'kk' | 'ru', text: string, published = '2023-06-30') {
  const files = [{ file: 't.txt', bytes: new TextEncoder().encode(`Жаңалықтар\n\n${text}\n`) }];
  const sources = {
    file: 'sources.json',
    text: JSON.stringify({ 't.txt': { language: lang, published } }),
  };
  return runPipeline(files, sources, tagDates).data;
}

const KK: Array<[string, string, string]> = [
  ['Мемлекет басшысы 12 наурызда Жарлыққа қол қойды.', 'decree', '2023-03-12'],
  ['Президент 2023 жылғы 19 қаңтарда Мәжілісті таратты.', 'decree', '2023-01-19'],
  ['Парламент Сенаты 5 сәуірде заңды қабылдады.', 'law', '2023-04-05'],
  ['Депутаттар 18 қаңтарда заң жобасын бірінші оқылымда мақұлдады.', 'law', '2023-01-18'],
  ['Үкімет 1 ақпанда отставкаға кетті.', 'resignation', '2023-02-01'],
  ['Тоқаев 10 шілдеде Мәскеуге ресми сапармен барды.', 'meeting', '2022-07-10'],
  ['Қазақстан мен Өзбекстан 22 желтоқсанда келісімге қол қойды.', 'other', '2022-12-22'],
  ['Жаңа әкім 2 маусымда қызметіне кірісті.', 'appointment', '2023-06-02'],
  ['Сенат 4 мамырда отырыс өткізді.', 'meeting', '2023-05-04'],
  ['Референдум 2022 жылғы 5 маусымда өтті.', 'referendum', '2022-06-05'],
  [
    'Мемлекет басшысы 3 ақпанда Әлихан Смайыловты Премьер-министр етіп тағайындады.',
    'appointment',
    '2023-02-03',
  ],
  ['Президент 16 наурызда Парламентте сөз сөйледі.', 'statement', '2023-03-16'],
  ['Мәжіліс депутаттарын сайлау 19 наурызда өтті.', 'election', '2023-03-19'],
  ['«Адал» партиясы 26 сәуірде AMANAT партиясына қосылды.', 'other', '2023-04-26'],
  ['17 ақпанда Мемлекет басшысы Ақордада Премьер-министрді қабылдады.', 'meeting', '2023-02-17'],
  ['Сенат депутаттары 12 қаңтарда Сенат төрағасын сайлады.', 'appointment', '2023-01-12'],
  [
    'Мемлекет басшысы 16 наурызда бір топ азаматты мемлекеттік наградалармен марапаттады.',
    'other',
    '2023-03-16',
  ],
  ['Тоқаев 2022 жылғы 26 қарашада Президент ретінде ант берді.', 'inauguration', '2022-11-26'],
  ['2022 жылғы 2 қаңтарда Жаңаөзенде наразылық басталды.', 'other', '2022-01-02'],
  [
    'Ұлттық құрылтайдың екінші отырысы 2023 жылғы 15 наурызда Түркістанда өтті.',
    'session',
    '2023-03-15',
  ],
  ['Әлихан Смайылов басқарған Үкімет 5 ақпанда орнынан түсті.', 'resignation', '2023-02-05'],
  ['Министр 1 ақпанда өз еркімен қызметінен кетті.', 'resignation', '2023-02-01'],
  ['Мемлекет басшысы 12 мамырда Ұлттық банк төрағасының есебін тыңдады.', 'meeting', '2023-05-12'],
  ['Тоқаев 20 сәуірде Франция Президентімен келіссөздер жүргізді.', 'meeting', '2023-04-20'],
  ['Тоқаев 8 наурызда елдегі әйелдерді мерекемен құттықтады.', 'statement', '2023-03-08'],
  ['10 қаңтарда Ерлан Қошанов Мәжіліс Төрағасы болып қайта сайланды.', 'appointment', '2023-01-10'],
  // A participle closes the election's phrase: the day is the oath's.
  [
    'Сайлауда жеңген Тоқаев 26 қарашада ұлықтау рәсімінде ант қабылдады.',
    'inauguration',
    '2022-11-26',
  ],
];

const RU: Array<[string, string, string]> = [
  ['Президент подписал закон 5 апреля.', 'law', '2023-04-05'],
  ['Мажилис одобрил законопроект 12 мая.', 'law', '2023-05-12'],
  ['15 марта в Астане прошла пресс-конференция министра.', 'meeting', '2023-03-15'],
  ['Сенат 3 апреля утвердил кандидатуру генерального прокурора.', 'appointment', '2023-04-03'],
  ['Акорда 5 мая выступила с заявлением.', 'statement', '2023-05-05'],
  ['21 января президент провел расширенное заседание правительства.', 'meeting', '2023-01-21'],
  ['Премьер-министр 2 февраля посетил Шымкент с рабочей поездкой.', 'meeting', '2023-02-02'],
  ['Правительство ушло в отставку 1 февраля.', 'resignation', '2023-02-01'],
  ['Казахстан и Китай 17 мая подписали соглашение о сотрудничестве.', 'other', '2023-05-17'],
  ['Выборы депутатов Мажилиса прошли 19 марта.', 'election', '2023-03-19'],
  ['Глава государства 10 января ввел чрезвычайное положение в области.', 'decree', '2023-01-10'],
  ['Глава государства 14 февраля принял министра иностранных дел.', 'meeting', '2023-02-14'],
  ['Депутаты 2 марта избрали председателем палаты Маулена Ашимбаева.', 'appointment', '2023-03-02'],
  ['Президент 11 января утвердил состав правительства.', 'appointment', '2023-01-11'],
  ['13 апреля президент провел совещание по вопросам экономики.', 'meeting', '2023-04-13'],
  ['Президент наградил 20 марта группу граждан государственными наградами.', 'other', '2023-03-20'],
  ['Президент 4 мая принял закон о выборах.', 'law', '2023-05-04'],
  ['26 апреля к партии присоединили партию «Адал».', 'other', '2023-04-26'],
  // The date is in the participle's clause: the dismissal's day, read as past.
  [
    'Бывший прокурор, получивший отставку 18 марта, назначен депутатом сената.',
    'resignation',
    '2023-03-18',
  ],
  // Two dates, two events: the weak cue keeps the date nearest to it.
  [
    '5 мая МИД распространил заявление, а 20 мая состоится визит министра.',
    'statement',
    '2023-05-05',
  ],
];

describe('event kinds and dates from sentences written for this test', () => {
  it('does not date an event by a date that belongs to another across a participle', () => {
    const kk = eventsOf(
      'kk',
      'Сайлауда жеңген Тоқаев 26 қарашада ұлықтау рәсімінде ант қабылдады.',
    );
    expect(kk.events.map((e) => e.type)).not.toContain('election');
    const ru = eventsOf(
      'ru',
      'Бывший прокурор, получивший отставку 18 марта, назначен депутатом сената.',
    );
    expect(ru.events.filter((e) => e.type === 'appointment').map((e) => e.date.edtf)).not.toContain(
      '2023-03-18',
    );
  });
  it.each(KK)('kk: %s → %s on %s', (text, type, date) => {
    const d = eventsOf('kk', text);
    expect(d.events.map((e) => `${e.type} ${e.date.edtf}`)).toContain(`${type} ${date}`);
  });
  it.each(RU)('ru: %s → %s on %s', (text, type, date) => {
    const d = eventsOf('ru', text);
    expect(d.events.map((e) => `${e.type} ${e.date.edtf}`)).toContain(`${type} ${date}`);
  });
  it('tells a proposed renaming, the election commission and a called election by what happened', () => {
    const kinds = (lang: 'kk' | 'ru', text: string) =>
      eventsOf(lang, text).events.map((e) => e.type);
    expect(kinds('kk', 'Депутаттар 2 мамырда елорда атауын қайтаруды ұсынды.')).toEqual([
      'proposal',
    ]);
    expect(kinds('kk', 'Орталық сайлау комиссиясы 24 мамырда кандидаттарды тіркеуді аяқтады.')).toEqual(['other']); // prettier-ignore
    expect(kinds('ru', 'Президент 26 мая назначил выборы в Мажилис.')).toContain('decree');
    expect(kinds('ru', 'Президент 26 мая назначил выборы в Мажилис.')).not.toContain('appointment');
    // Supporting the proposal at the congress is the decision itself.
    expect(kinds('kk', 'Съезд 1 наурызда партия атауын өзгерту ұсынысын қолдады.')).toContain(
      'renaming',
    );
  });

  it('gives a day an act sets to what it sets, not to the act', () => {
    const dated = (lang: 'kk' | 'ru', text: string) =>
      eventsOf(lang, text, '2023-01-20').events.map((e) => `${e.type} ${e.date.edtf} ${e.status}`);
    const ru = dated('ru', 'Президент подписал указ о назначении выборов на 19 марта.');
    expect(ru).toContain('election 2023-03-19 planned');
    expect(ru).not.toContain('decree 2023-03-19 planned');
    const kk = dated('kk', 'Мемлекет басшысы сайлауды 19 наурызға тағайындау туралы Жарлыққа қол қойды.'); // prettier-ignore
    expect(kk).toContain('election 2023-03-19 planned');
    expect(kk.filter((e) => e.startsWith('decree 2023-03-19'))).toEqual([]);
  });

  it('places no event for a background recall with no date of its own', () => {
    expect(eventsOf('kk', 'Еске салайық, бұған дейін партия съезі өткен болатын.').events).toEqual(
      [],
    );
    expect(eventsOf('ru', 'Напомним, ранее в партии прошёл съезд.').events).toEqual([]);
  });
});
