/**
 * A person named in a Kazakh subordinate clause of time, cause or concession is that clause's
 * subject, not the main verb's, when the main clause is passive or names its own subject:
 * "Назарбаев отставкаға кеткеннен кейін, сайлау жарлықпен тағайындалды" (a test sentence written
 * for the check) gave the decree to Nazarbayev. Generated over people, two verbs of each vowel
 * harmony, the closing forms (-ғаннан кейін, -ған соң, -ғанда, -ған кезде, -ғандықтан, -ғанымен,
 * -са да, -ғанға дейін, -мас бұрын) and main clauses (passive, or with a subject of their own);
 * controls keep a subject the two clauses share and the clause's own event.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../events/extractSentences';

const PEOPLE = [
  { name: 'Нұрсұлтан Назарбаев', who: 'Назарбаев' },
  { name: 'Дариға Назарбаева', who: 'Назарбаева' },
  { name: 'Бақытжан Сағынтаев', who: 'Сағынтаев' },
];
/** A verb phrase by its closing forms (back and front vowel harmony). */
const VERBS = [
  {
    stem: '19 наурызда отставкаға кет',
    past: 'кен',
    neg: 'пес',
    cond: 'се де',
    loc: 'де',
    abl: 'нен',
    dat: 'ге',
    cause: 'діктен',
    conc: 'імен',
  },
  {
    stem: '19 наурызда өз отставкасын жарияла',
    past: 'ған',
    neg: 'мас',
    cond: 'са да',
    loc: 'да',
    abl: 'нан',
    dat: 'ға',
    cause: 'дықтан',
    conc: 'ымен',
  },
];
type Verb = (typeof VERBS)[number];
const FORMS: ((v: Verb) => string)[] = [
  (v) => `${v.stem}${v.past}${v.abl} кейін`,
  (v) => `${v.stem}${v.past}${v.abl} соң`,
  (v) => `${v.stem}${v.past} соң`,
  (v) => `${v.stem}${v.past}${v.loc}`,
  (v) => `${v.stem}${v.past} кезде`,
  (v) => `${v.stem}${v.past}${v.cause}`,
  (v) => `${v.stem}${v.past}${v.conc}`,
  (v) => `${v.stem}${v.cond}`,
  (v) => `${v.stem}${v.past}${v.dat} дейін`,
  (v) => `${v.stem}${v.neg} бұрын`,
];
const MAINS = [
  'сайлау 9 сәуірдегі жарлықпен тағайындалды',
  'сайлау туралы заң 9 сәуірде қабылданды',
  'Қасым-Жомарт Тоқаев 9 сәуірде сайлау туралы жарлыққа қол қойды',
];

const CASES = PEOPLE.flatMap((p) =>
  VERBS.flatMap((v) =>
    FORMS.flatMap((form) =>
      MAINS.map((main) => ({ text: `${p.name} ${form(v)}, ${main}.`, who: p.who })),
    ),
  ),
);

const eventsOf = (text: string) =>
  extractSentences('kk', text, '2025-03-12').events.map((e) => ({
    type: e.type,
    names: (e.actors ?? []).map((a) => a.name),
  }));

describe('a person named in a subordinate clause is no actor of a passive or other main verb', () => {
  it.each(CASES)('$text', ({ text, who }) => {
    const main = eventsOf(text).filter((e) => e.type !== 'resignation');
    expect(main.length).toBeGreaterThan(0);
    expect(main.flatMap((e) => e.names).filter((n) => n.includes(who))).toEqual([]);
  });
});

const CONTROLS = [
  // (A subject the two clauses share, said once: Kazakh drops it in the main clause.)
  {
    text: 'Қасым-Жомарт Тоқаев Анкараға барғаннан кейін, 5 наурызда заңға қол қойды.',
    type: 'law',
    who: 'Тоқаев',
  },
  {
    text: 'Қасым-Жомарт Тоқаев Анкарадан оралған соң, 5 наурызда жарлыққа қол қойды.',
    type: 'decree',
    who: 'Тоқаев',
  },
  // (The clause's own event is his.)
  {
    text: 'Нұрсұлтан Назарбаев 19 наурызда отставкаға кеткеннен кейін, сайлау 9 сәуірдегі жарлықпен тағайындалды.',
    type: 'resignation',
    who: 'Назарбаев',
  },
];

describe('a shared subject and the clause’s own event keep their person', () => {
  it.each(CONTROLS)('$text', ({ text, type, who }) => {
    const names = eventsOf(text)
      .filter((e) => e.type === type)
      .flatMap((e) => e.names);
    expect(names.some((n) => n.includes(who))).toBe(true);
  });
});
