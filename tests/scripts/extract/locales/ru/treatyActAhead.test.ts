/**
 * A chamber's ratification or denunciation told in the non-past is ahead: "Сегодня Мажилис
 * ратифицирует соглашение", "Сенат денонсирует конвенцию на следующей неделе" (test sentences
 * written for the check) had no tense ("ратифицировать" and "денонсировать" are of both aspects, and
 * only prefixed perfectives were read as futures), so the event was reported, dated by the
 * publication. Now the form is a future (ruVerbForms.ts PREFIXED_FUTURE). Generated over both
 * verbs, singular and plural subjects, the treaties, with and without "сегодня".
 */
import { describe, expect, it } from 'vitest';
import { tenseOf } from '../../../../../scripts/extract/events/tense';
import { extractSentences } from '../../events/extractSentences';

const VERBS = ['ратифициру', 'денонсиру'];
const SUBJECTS: [string, string][] = [['Мажилис', 'ет'], ['Сенат', 'ет'], ['Парламент', 'ет'], ['Депутаты Мажилиса', 'ют'], ['Сенаторы', 'ют']]; // prettier-ignore
const TREATIES = [
  'соглашение с Турцией',
  'конвенцию о правовой помощи',
  'договор о дружбе',
  'протокол к соглашению',
];
const FORMS = VERBS.flatMap((v) =>
  SUBJECTS.flatMap(([s, end]) => TREATIES.map((t) => [s, `${v}${end}`, t] as const)),
);

describe('a treaty act in the non-past is ahead', () => {
  it.each(FORMS)('tense: %s %s %s', (s, verb, t) => {
    const text = `${s} ${verb} ${t}.`;
    const at = text.indexOf(verb);
    expect(tenseOf({ lang: 'ru', sentence: { text, start: 0, end: text.length, index: 0 } as never, at, trigger: verb })).toBe('future'); // prettier-ignore
  });
  it.each(FORMS)('pipeline: Сегодня %s %s %s', (s, verb, t) => {
    const law = extractSentences('ru', `Сегодня ${s} ${verb} ${t}.`, '2025-03-12').events.filter((e) => e.type === 'law'); // prettier-ignore
    expect(law.map((e) => `${e.status} ${e.date.edtf}`)).toEqual(['planned 2025-03-12']);
  });
});
