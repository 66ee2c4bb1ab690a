/**
 * A session owned by a forum, summit, congress or conference ("форумының пленарлық сессиясында",
 * "пленарной сессии форума") is part of that gathering, not a body's sitting: no session event
 * beside it. Generated over owners and the session noun's cases; a chamber's and a maslikhat's
 * session stay one. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const kinds = (lang: 'kk' | 'ru', text: string) =>
  kindsAndDays(lang, text, '2025-03-12').map((k) => k.split(' ')[0]);

const kkOwners = [
  'Астана халықаралық форумының',
  'Астана халықаралық форумдарының',
  'ШЫҰ саммитінің',
  'Орталық Азия – Еуропалық одақ саммитінің',
  'Әлемдік және дәстүрлі діндер лидерлері съезінің',
  'халықаралық конференцияның',
  'Еуразиялық конгрестің',
];
const kkFrames = [
  (o: string) => `Мемлекет басшысы ${o} пленарлық сессиясында сөз сөйледі.`,
  (o: string) => `Президент ${o} пленарлық сессиясына қатысты.`,
  (o: string) => `Мемлекет басшысы ${o} сессиясын ашты.`,
  (o: string) => `${o} пленарлық сессиясы басталды.`,
  (o: string) => `Министр ${o} пленарлық отырысында баяндама жасады.`,
  (o: string) => `Президент ${o} жалпы отырысында сөз сөйледі.`,
  (o: string) => `${o} сессиясының қатысушылары жиналды.`,
];
const ruOwners = [
  'Астанинского международного форума',
  'Международного форума «Астана»',
  'саммита ШОС',
  'Съезда лидеров мировых и традиционных религий',
  'международной конференции',
  'Евразийского конгресса',
];
const ruFrames = [
  (o: string) => `Президент выступил на пленарной сессии ${o}.`,
  (o: string) => `Пленарная сессия ${o} открылась в Астане.`,
  (o: string) => `Глава государства открыл пленарную сессию ${o}.`,
  (o: string) => `Пленарной сессией ${o} руководил министр.`,
  (o: string) => `Президент принял участие в пленарном заседании ${o}.`,
  (o: string) => `Участники сессии ${o} обсудили вопросы энергетики.`,
];

const forms = <F extends (o: string) => string>(owners: string[], frames: F[]) =>
  owners.flatMap((o) => frames.map((f) => f(o)));

describe("a gathering's own session", () => {
  it.each(forms(kkOwners, kkFrames))('kk: %s', (text) => {
    expect(kinds('kk', text)).not.toContain('session');
  });
  it.each(forms(ruOwners, ruFrames))('ru: %s', (text) => {
    expect(kinds('ru', text)).not.toContain('session');
  });
  it.each([
    ['kk', 'Мәслихаттың кезектен тыс сессиясы 10 наурызда өтті.'],
    ['kk', 'Мәжілістің пленарлық отырысында депутаттар заң жобасын талқылады.'],
    ['ru', 'Внеочередная сессия маслихата прошла 10 марта.'],
    ['ru', 'На пленарном заседании Мажилиса депутаты обсудили законопроект.'],
  ] as const)('%s: %s stays a session', (lang, text) => {
    expect(kinds(lang, text)).toContain('session');
  });
});
