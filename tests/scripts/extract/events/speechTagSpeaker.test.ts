/**
 * Who only reports what a sentence tells ("По словам Мурата Нуртлеу, …", "Как сообщил …, …",
 * "…, сообщил …", "…дің айтуынша, …", "… хабарлағандай, …", "…, деді …"; test sentences written
 * for the check) was kept as its event's actor: events/fillArguments.ts made every person of the
 * sentence one. A person inside a reporting tag (events/speechTag.ts) is none now, save of the
 * statement itself. Generated over tags x speakers.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const RU_SPEAKERS = [
  { nom: 'Касым-Жомарт Токаев', gen: 'Касым-Жомарта Токаева' },
  { nom: 'министр Ерлан Карин', gen: 'министра Ерлана Карина' },
  { nom: 'Айгуль Шаймерденова', gen: 'Айгуль Шаймерденовой' },
];
const RU_TAGS = [
  (s: (typeof RU_SPEAKERS)[number]) => `По словам ${s.gen}, 5 марта состоится заседание Мажилиса.`,
  (s: (typeof RU_SPEAKERS)[number]) =>
    `Как сообщил${s.nom.startsWith('Айгуль') ? 'а' : ''} ${s.nom}, 5 марта состоится заседание Мажилиса.`,
  (s: (typeof RU_SPEAKERS)[number]) =>
    `5 марта состоится заседание Мажилиса, сообщил${s.nom.startsWith('Айгуль') ? 'а' : ''} ${s.nom}.`,
  (s: (typeof RU_SPEAKERS)[number]) =>
    `5 марта пройдет заседание Мажилиса, — заявил${s.nom.startsWith('Айгуль') ? 'а' : ''} ${s.nom}.`,
];
const KK_SPEAKERS = [
  { nom: 'Қасым-Жомарт Тоқаев', gen: 'Қасым-Жомарт Тоқаевтың' },
  { nom: 'Ерлан Қарин', gen: 'Ерлан Қариннің' },
  { nom: 'Айгүл Шаймерденова', gen: 'Айгүл Шаймерденованың' },
];
const KK_TAGS = [
  (s: (typeof KK_SPEAKERS)[number]) => `${s.gen} айтуынша, 5 наурызда Мәжіліс отырысы өтеді.`,
  (s: (typeof KK_SPEAKERS)[number]) => `${s.nom} хабарлағандай, 5 наурызда Мәжіліс отырысы өтеді.`,
  (s: (typeof KK_SPEAKERS)[number]) => `${s.nom} атап өткендей, 5 наурызда Мәжіліс отырысы өтеді.`,
  (s: (typeof KK_SPEAKERS)[number]) => `5 наурызда Мәжіліс отырысы өтеді, деді ${s.nom}.`,
  (s: (typeof KK_SPEAKERS)[number]) => `5 наурызда Мәжіліс отырысы өтеді, деп хабарлады ${s.nom}.`,
];
const CASES = [
  ...RU_SPEAKERS.flatMap((s) => RU_TAGS.map((t) => ({ lang: 'ru' as const, text: t(s) }))),
  ...KK_SPEAKERS.flatMap((s) => KK_TAGS.map((t) => ({ lang: 'kk' as const, text: t(s) }))),
];

describe('the speaker of a reporting tag is no actor of the event told', () => {
  it.each(CASES)('$lang $text', ({ lang, text }) => {
    const d = extractSentences(lang, text, '2025-02-12');
    const e = d.events.find((x) => x.date.edtf === '2025-03-05');
    expect(e?.type).toMatch(/meeting|session/u);
    expect(e?.actors).toEqual([]);
  });

  it.each([
    ['ru', 'Касым-Жомарт Токаев 5 марта проведет заседание Совета безопасности.'],
    ['ru', 'По словам Мурата Нуртлеу, 5 марта Касым-Жомарт Токаев проведет переговоры.'],
    ['kk', 'Қасым-Жомарт Тоқаев 5 наурызда Қауіпсіздік кеңесінің отырысын өткізеді.'],
    ['kk', 'Мен 5 наурызда Қауіпсіздік кеңесінің отырысын өткіземін, деді Қасым-Жомарт Тоқаев.'],
    ['ru', '5 марта я проведу заседание Совета безопасности, сказал Касым-Жомарт Токаев.'],
  ] as const)('the one who acts stays: %s %s', (lang, text) => {
    const d = extractSentences(lang, text, '2025-02-12');
    const e = d.events.find((x) => x.date.edtf === '2025-03-05');
    expect(e?.actors.map((a) => a.name)).toEqual([
      lang === 'ru' ? 'Касым-Жомарт Токаев' : 'Қасым-Жомарт Тоқаев',
    ]);
  });

  it.each([
    ['ru', 'Как заявил Касым-Жомарт Токаев, реформы продолжатся.', ['Касым-Жомарт Токаев']],
    ['ru', 'Реформы продолжатся, заявил Касым-Жомарт Токаев.', ['Касым-Жомарт Токаев']],
    ['kk', 'Реформалар жалғасады, деп мәлімдеді Қасым-Жомарт Тоқаев.', ['Қасым-Жомарт Тоқаев']],
    [
      'kk',
      'Қасым-Жомарт Тоқаев 5 наурызда мәлімдеме жасайды, деді Ерлан Қарин.',
      ['Қасым-Жомарт Тоқаев'],
    ],
  ] as const)('a statement keeps its own speaker only: %s %s', (lang, text, names) => {
    const d = extractSentences(lang, text, '2025-02-12');
    const e = d.events.find((x) => x.type === 'statement');
    expect(e?.actors.map((a) => a.name)).toEqual(names);
  });
});
