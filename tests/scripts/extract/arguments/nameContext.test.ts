/**
 * A verb agrees with its subject, a name in the nominative: a man named in the genitive beside
 * another ("встречи Токаева и Шавката Мирзиёева") or after a preposition ("У Шавката Мирзиёева")
 * is no subject, and a feminine or neuter verb after him is another word's, not his gender.
 */
import { describe, expect, it } from 'vitest';
import { guests } from '../locales/ru/nameFrames';

/** Guests, foreign and Kazakh: [nominative, genitive]. */
const GUESTS = [
  ['Шавкат Мирзиёев', 'Шавката Мирзиёева'],
  ['Эммануэль Макрон', 'Эммануэля Макрона'],
  ['Олаф Шольц', 'Олафа Шольца'],
  ['Алихан Смаилов', 'Алихана Смаилова'],
  ['Ерлан Карин', 'Ерлана Карина'],
] as const;

/** Verbs of every gender and number after the name, each with a subject of its own after it. */
const VERBS = [
  'обсуждалась торговля',
  'обсуждался вопрос торговли',
  'обсуждалось сотрудничество',
  'обсуждались вопросы торговли',
  'была подписана декларация',
  'состоялась церемония',
] as const;

/** Frames with the guest in the genitive: beside Tokayev's name, or after a preposition. */
const FRAMES = [
  'В ходе встречи Токаева и {} {}.',
  'На переговорах Токаева и {} {}.',
  'У {} {}.',
  'Во время визита Токаева и {} {}.',
] as const;

const forms = GUESTS.flatMap(([name, genitive]) =>
  FRAMES.flatMap((frame) =>
    VERBS.map((verb) => [frame.replace('{}', genitive).replace('{}', verb), name] as const),
  ),
);

describe('a verb after a name in an oblique case tells it no gender', () => {
  it.each(forms)('%s → %s', (sentence, name) => {
    expect(guests(sentence)).toEqual([name]);
  });
});
