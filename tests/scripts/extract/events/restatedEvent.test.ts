/**
 * An event told again, by a demonstrative before its noun or by a sentence that only says what it
 * was, is the event told before it, not a second one (Aspect.restates, events/mergeInArticle.ts).
 * Sentences written for the test, through the whole pipeline.
 */
import { describe, expect, it } from 'vitest';
import { RU_ASPECT } from '../../../../scripts/extract/locales/ru/events/aspect';
import { KK_ASPECT } from '../../../../scripts/extract/locales/kk/events/aspect';
import { extractSentences, kindsAndDays } from './extractSentences';

describe('the cue, read up to the trigger', () => {
  it.each([
    'Мы попросили политолога объяснить, что стоит за этой ',
    'Депутаты поддержали этот исторический ',
    'Эксперты обсудили данное ',
    'Это второй ',
    'Это был первый ',
    'Это стало главным итогом: ',
  ])('ru restates: "%s…"', (before) => {
    expect(RU_ASPECT.restates!.test(before)).toBe(true);
  });
  it.each([
    'Это позволит провести ',
    'Это решили вынести на ',
    'Президент объявил о ',
    'Летом прошел ',
  ])('ru does not: "%s…"', (before) => {
    expect(RU_ASPECT.restates!.test(before)).toBe(false);
  });
  it.each(['Сарапшылар осы ', 'Депутаттар бұл тарихи ', 'Бұл – Тоқаевтың алтыншы ', 'Аталған '])(
    'kk restates: "%s…"',
    (before) => {
      expect(KK_ASPECT.restates!.test(before)).toBe(true);
    },
  );
  it.each(['Осы жылғы ', 'Бұл жылы өткен ', 'Президент кеше ', 'Осы айдағы '])(
    'kk does not: "%s…"',
    (before) => {
      expect(KK_ASPECT.restates!.test(before)).toBe(false);
    },
  );
});

describe('a restated event is one event', () => {
  it.each([
    [
      'ru',
      'Во вторник, 9 сентября, в Послании народу Президент предложил перейти к однопалатному парламенту. Мы спросили депутата Серика Ахметова, что стоит за этой инициативой.',
      '2025-09-11',
      ['address 2025-09-09', 'proposal 2025-09-09'],
    ],
    [
      'kk',
      'Мемлекет басшысы сейсенбі күні Парламенттің бірлескен отырысында жыл сайынғы Жолдауын жариялады. Бұл – Президенттің жетінші Жолдауы.',
      '2025-09-11',
      ['address 2025-09-09', 'session 2025-09-09'],
    ],
    [
      'ru',
      'В среду лидеры стран Центральной Азии встретились в Ташкенте с канцлером Германии. Это третий саммит в таком формате.',
      '2025-11-07',
      ['meeting 2025-11-05'],
    ],
  ] as const)('%s: %s', (lang, text, published, want) => {
    expect(kindsAndDays(lang, text, published)).toEqual(want);
  });

  it('the post of an appointment is not the act: two people appointed are two appointments', () => {
    const events = kindsAndDays(
      'ru',
      'Сегодня указом президента Ерлан Сапаров назначен министром юстиции. Этот пост в соответствии с документом получил также Марат Ахметов.',
      '2024-03-07',
    );
    expect(events).toEqual(['appointment 2024-03-07', 'appointment 2024-03-07']);
  });
});

describe('a restatement joins an event told before, not a bare gathering', () => {
  // The seed's congress report: "бұл жолғы жиын" restated the bare "күткен жиыннан" of a
  // broadcast handover, which then joined the congress and became its summary.
  it('the handover sentence stays out of the congress', () => {
    const text = [
      '«Нұр Отан» партиясының кезектен тыс съезі бүгін Астанада өтті. Ел күткен жиыннан әріптесім Айгүл Серікова толығырақ баяндайды.',
      'Бас партияның кезектен тыс съезін партия хатшысы ашты. Бұл жолғы жиынға 400-ге жуық делегат қатысты.',
    ].join('\n\n');
    const congress = extractSentences('kk', text, '2022-03-01').events.find(
      (e) => e.type === 'congress',
    )!;
    const evidence = congress.sources.flatMap((s) => s.evidence.map((x) => x.text));
    expect(evidence.some((t) => t.includes('әріптесім'))).toBe(false);
  });
});
