import { describe, expect, it } from 'vitest';
import { whenOf } from '../../../../scripts/extract/events/when';
import type { WhenInput } from '../../../../scripts/extract/events/whenInput';
import type { DocTimex } from '../../../../scripts/extract/stages/dates';
import type { DocumentDate } from '../../../../scripts/extract/stages/documentDate';

const day = (d: string): DocumentDate => ({ edtf: d, from: d, to: d, precision: 'day' });
const interval: DocumentDate = {
  edtf: '2022-10-06/2022-11-19',
  from: '2022-10-06',
  to: '2022-11-19',
  precision: 'interval',
};

/** A sentence with its trigger; `own` is placed at the given words when given. */
function input(text: string, trigger: string, over: Partial<WhenInput> = {}): WhenInput {
  return {
    lang: 'kk',
    sourceId: 'a',
    sentence: { index: 3, paragraph: 3, start: 0, end: text.length, text },
    at: text.indexOf(trigger),
    trigger,
    lead: false,
    vote: false,
    oneDay: true,
    ...over,
  };
}
function timex(text: string, words: string, over: Partial<DocTimex>): DocTimex {
  const start = text.indexOf(words);
  return {
    start, end: start + words.length, text: words, type: 'DATE', value: '', granularity: 'day', anchor: 'dct', sentence: 3, agrees: true, ...over,
  }; // prettier-ignore
}

describe('whenOf: when an event happened, by principle', () => {
  it('a date stated in full is the event date, stated', () => {
    const t = 'Съезд 2022 жылғы 1 наурызда өтті.';
    const w = whenOf(input(t, 'Съезд', { own: timex(t, '2022 жылғы 1 наурызда', { value: '2022-03-01', anchor: 'absolute' }), dct: day('2022-03-02') })); // prettier-ignore
    expect(w.date).toMatchObject({ edtf: '2022-03-01', certainty: 'stated', method: 'explicit' });
    expect(w.status).toBe('reported');
  });

  it('a year-less day takes the year of publication and says which way the verb pointed', () => {
    const t = '20 қарашада өтетін сайлау.';
    const w = whenOf(input(t, 'сайлау', { own: timex(t, '20 қарашада', { value: '2022-11-20', direction: 'future' }), dct: day('2022-10-12'), vote: true })); // prettier-ignore
    expect(w.date).toMatchObject({ edtf: '2022-11-20', method: 'year-from-publication', direction: 'future', certainty: 'resolved' }); // prettier-ignore
    expect(w.status).toBe('planned');
  });

  it('is not placed when the ends of a publication interval give different years', () => {
    const t = '5 маусымда референдум өтті.';
    const w = whenOf(input(t, 'референдум', { own: timex(t, '5 маусымда', { value: '2022-06-05', valueTo: '2023-06-05', agrees: false }), dct: interval })); // prettier-ignore
    expect(w.date).toBeUndefined();
    expect(w).toMatchObject({ undatedReason: 'year-unknown', timex: 'XXXX-06-05' });
  });

  it('without a publication date, keeps the month and day, or takes a year stated before it', () => {
    const t = 'В 2022 году съезд прошёл 26 апреля.';
    const own = timex(t, '26 апреля', { value: 'XXXX-04-26', anchor: 'none' });
    expect(whenOf(input(t, 'съезд', { lang: 'ru', own }))).toMatchObject({ undatedReason: 'year-unknown', timex: 'XXXX-04-26' }); // prettier-ignore
    const yearBefore = timex(t, '2022 году', { value: '2022', anchor: 'absolute' });
    expect(whenOf(input(t, 'съезд', { lang: 'ru', own, yearBefore })).date).toMatchObject({ edtf: '2022-04-26', method: 'context', certainty: 'inferred' }); // prettier-ignore
  });

  it('says so when the tagger took the year from elsewhere in an undated article', () => {
    const t = '6 октября съезд прошёл в Астане.';
    const own = timex(t, '6 октября', { value: '2022-10-06', anchor: 'context' });
    expect(whenOf(input(t, 'съезд', { lang: 'ru', own })).date).toMatchObject({ edtf: '2022-10-06', method: 'context', certainty: 'inferred' }); // prettier-ignore
  });

  it('does not place an event the article only recalls, even with a publication date', () => {
    const w = whenOf(input('Бұған дейін партия съезі өткен.', 'съезі', { dct: day('2022-10-12') }));
    expect(w.date).toBeUndefined();
    expect(w.undatedReason).toBe('recalled-no-date');
  });

  it('dates the article’s own news by its publication: today, or a lead not told as past', () => {
    const today = whenOf(input('Бүгін партия съезі өтуде.', 'съезі', { dct: day('2023-02-07') }));
    expect(today.date).toMatchObject({ edtf: '2023-02-07', method: 'publication-date', certainty: 'inferred' }); // prettier-ignore
    const lead = whenOf(input('Создается народная коалиция', 'коалиция', { lang: 'ru', lead: true, dct: day('2022-10-06') })); // prettier-ignore
    expect(lead.date?.edtf).toBe('2022-10-06');
    const pastLead = whenOf(input('Ауыл әкімдерінің сайлауы өтті', 'сайлауы', { lead: true, vote: true, dct: day('2021-07-26') })); // prettier-ignore
    expect(pastLead.date).toBeUndefined();
  });

  it('never draws a one-day event across a publication interval', () => {
    const t = 'Партия съезінің қорытындысын талқылау жалғасып жатыр';
    expect(whenOf(input(t, 'съезінің', { lead: true, dct: interval })).date).toBeUndefined();
    expect(whenOf(input(t, 'талқылау', { lead: true, dct: interval, oneDay: false })).date).toMatchObject({ edtf: '2022-10-06/2022-11-19', method: 'publication-interval' }); // prettier-ignore
  });

  it('"at that same time" shares the date of the event told before', () => {
    const previous = { edtf: '2022-04-26', precision: 'day' as const, certainty: 'stated' as const, method: 'explicit' as const }; // prettier-ignore
    const w = whenOf(input('Тогда же к партии присоединили ADAL.', 'присоединили', { lang: 'ru', previous })); // prettier-ignore
    expect(w.date).toMatchObject({ edtf: '2022-04-26', method: 'context', certainty: 'inferred' });
  });

  it('an act done "by decree" shares the date of the last decree the article dated', () => {
    const lastAct = { edtf: '2019-03-19', precision: 'day' as const, certainty: 'resolved' as const, method: 'year-from-publication' as const }; // prettier-ignore
    const previous = { ...lastAct, edtf: '2019-03-18' };
    const cases: Array<[WhenInput['lang'], string, string]> = [
      ['ru', 'Указом президента он назначен депутатом сената.', 'назначен'],
      ['ru', 'Тем же указом он освобожден от должности акима.', 'освобожден'],
      ['ru', 'Этот пост в соответствии с документом получил Мурзалин.', 'получил'],
      ['kk', 'Мемлекет басшысының Жарлығымен ол министр болып тағайындалды.', 'тағайындалды'],
      ['kk', 'Сол жарлықпен ол лауазымынан босатылды.', 'босатылды'],
    ];
    for (const [lang, text, trigger] of cases) {
      const w = whenOf(input(text, trigger, { lang, lastAct, previous }));
      expect(w.date, text).toMatchObject({ edtf: '2019-03-19', method: 'context', certainty: 'inferred' }); // prettier-ignore
    }
    // No decree dated before: no date borrowed from whatever came before.
    const w = whenOf(input('Указом президента он назначен депутатом.', 'назначен', { lang: 'ru', previous })); // prettier-ignore
    expect(w.date?.edtf).not.toBe('2019-03-18');
  });

  it('a date told "about this" in the next sentence dates an event that has none, by context', () => {
    const next = 'Ол бұл туралы 19 наурызда үндеуінде айтты.';
    const sentence = { index: 4, paragraph: 4, start: 100, end: 100 + next.length, text: next };
    const told = { timex: { ...timex(next, '19 наурызда', { value: '2019-03-19', anchor: 'dct' }), start: 114, end: 125 }, sentence }; // prettier-ignore
    const w = whenOf(input('Назарбаев өкілеттігін тоқтататынын мәлімдеді.', 'өкілеттігін', { told, lead: true, dct: day('2019-03-20') })); // prettier-ignore
    expect(w.date).toMatchObject({ edtf: '2019-03-19', method: 'context', certainty: 'inferred' });
    expect(w.date?.evidence?.sentence.text).toBe(next);
    // The event's own date still wins.
    const t = 'Съезд 2022 жылғы 1 наурызда өтті.';
    const own = timex(t, '2022 жылғы 1 наурызда', { value: '2022-03-01', anchor: 'absolute' });
    expect(whenOf(input(t, 'Съезд', { own, told })).date?.edtf).toBe('2022-03-01');
  });

  it('what must or should happen is not the news of its happening', () => {
    const kk = whenOf(input('Тараптар келіссөздер үстеліне отыруы тиіс.', 'келіссөздер', { lead: true, dct: day('2022-03-01') })); // prettier-ignore
    expect(kk).toMatchObject({ status: 'planned', undatedReason: 'planned-no-date' });
    const ru = whenOf(input('Переговоры должны начаться как можно скорее.', 'Переговоры', { lang: 'ru', lead: true, dct: day('2022-03-01') })); // prettier-ignore
    expect(ru).toMatchObject({ status: 'planned', undatedReason: 'planned-no-date' });
    // A "must" in another clause does not touch the trigger's own.
    const other = whenOf(input('Президент провел переговоры, и стороны должны продолжить работу.', 'переговоры', { lang: 'ru', lead: true, dct: day('2022-03-01') })); // prettier-ignore
    expect(other.date?.edtf).toBe('2022-03-01');
  });

  it('an announced event without a date waits in "not yet placed" as planned', () => {
    const w = whenOf(
      input('Алдағы уақытта партия съезі өтеді.', 'съезі', { dct: day('2022-10-12') }),
    );
    expect(w).toMatchObject({ status: 'planned', undatedReason: 'planned-no-date' });
  });

  it('a Kazakh verb of saying that ends the sentence in the past is told as done, whatever it reports', () => {
    // Generated: reported plans (-атынын/-етінін/-йтынын, negated too) under past verbs of saying.
    const plans = [
      'ішкі іріктеу өткізетінін',
      'депутаттық мандат алмайтынын',
      'үміткерін жұма күні жариялайтынын',
      'жаңа бағдарлама әзірлейтінін',
    ];
    const verbs = ['мәлімдеді', 'хабарлады', 'айтты'];
    for (const plan of plans)
      for (const verb of verbs) {
        const text = `Партия ${plan} ${verb}.`;
        const w = whenOf(input(text, verb, { dct: day('2024-06-12') }));
        expect(w.status, text).toBe('reported');
        expect(w.date?.edtf, text).toBe('2024-06-12');
      }
    // A verb of saying that is not the trigger leaves the reported plan ahead.
    const plan = whenOf(input('Партия съезд өткізетінін мәлімдеді.', 'съезд', { dct: day('2024-06-12') })); // prettier-ignore
    expect(plan).toMatchObject({ status: 'planned', undatedReason: 'planned-no-date' });
    // Nor does a verb that still has words after it ("мәлімдеді де, …").
    const more = whenOf(input('Партия іріктеу өткізетінін мәлімдеді де, тізімін жариялайды.', 'мәлімдеді', { dct: day('2024-06-12') })); // prettier-ignore
    expect(more.status).toBe('planned');
  });
});

describe('whenOf: a range in the sentence', () => {
  const t = 'Кездесулер 2-7 наурыз аралығында аудандарда өтеді.';
  const own = timex(t, '2-7 наурыз', {
    value: '2026-03-02',
    endValue: '2026-03-07',
    direction: 'future',
  });
  const dct = day('2026-02-25');
  it('dates an event by the day the range opens, as both evaluation sets do', () => {
    for (const oneDay of [true, false])
      expect(whenOf(input(t, 'Кездесулер', { own, dct, oneDay })).date).toMatchObject({
        edtf: '2026-03-02',
        precision: 'day',
      });
  });
  it('keeps the whole span for a state that lasts (a coalition, a headquarters)', () => {
    expect(
      whenOf(input(t, 'Кездесулер', { own, dct, oneDay: false, state: true })).date,
    ).toMatchObject({ edtf: '2026-03-02/2026-03-07', precision: 'interval' });
  });
});

describe('whenOf: a verb of saying', () => {
  it('that is the trigger itself narrates the statement: the news of the day', () => {
    const t = '«Мы договорились о трёх новых проектах», — заявил министр на брифинге.';
    const w = whenOf(input(t, 'заявил', { lang: 'ru', dct: day('2024-05-15') }));
    expect(w.date).toMatchObject({ edtf: '2024-05-15', method: 'publication-date' });
  });

  it('that only sources another fact narrates nothing', () => {
    const t = 'Совещание по паводкам — главная тема, сообщил министр.';
    const w = whenOf(input(t, 'Совещание', { lang: 'ru', dct: day('2024-05-15') }));
    expect(w).toMatchObject({ undatedReason: 'recalled-no-date' });
  });
});
