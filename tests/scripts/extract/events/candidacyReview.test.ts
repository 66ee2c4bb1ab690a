/**
 * A chamber considering a candidacy, and consenting to it ahead: "Мажилис рассмотрит кандидатуру
 * нового премьер-министра 6 февраля" and "Мәжіліс … кандидатурасын 6 ақпанда қарайды" (test
 * sentences written for the check) gave no event, and "… кандидатурасын 6 ақпанда келіседі" none
 * either: the Kazakh consent was read only in the simple past. Now the considering is an
 * appointment step of facet `candidacy-review`, titled as considering (it does not yet say the
 * chamber agrees: events/titlesConsent.ts), and the consent is read in every finite tense.
 * Generated over chambers, verbs and tenses in both languages.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const KK_BODIES: [string, string][] = [['Мәжіліс', 'The Mazhilis'], ['Сенат', 'The Senate'], ['Облыстық мәслихат', 'The maslikhat']]; // prettier-ignore
const RU_BODIES: [string, string][] = [
  ['Мажилис', 'The Mazhilis'],
  ['Сенат', 'The Senate'],
];
const KK: [string, 'planned' | 'reported', RegExp][] = [
  ['қарайды', 'planned', /to consider/u],
  ['қарамақ', 'planned', /to consider/u],
  ['талқылайды', 'planned', /to consider/u],
  ['қарады', 'reported', /considers/u],
  ['келіседі', 'planned', /to consent/u],
  ['келіспек', 'planned', /to consent/u],
  ['келісті', 'reported', /consents/u],
];
const RU: [string, 'planned' | 'reported', RegExp][] = [
  ['рассмотрит', 'planned', /to consider/u],
  ['рассмотрел', 'reported', /considers/u],
  ['обсудит', 'planned', /to consider/u],
  ['одобрит', 'planned', /to consent/u],
];

describe('a chamber considering or consenting to a candidacy', () => {
  it.each(KK_BODIES.flatMap(([b, en]) => KK.map(([v, s, t]) => [b, v, s, t, en] as const)))(
    'kk: %s … кандидатурасын %s',
    (body, verb, status, title, en) => {
      const day = status === 'planned' ? '13 ақпанда' : '5 ақпанда';
      const found = extractSentences('kk', `${body} Олжас Бектеновтің кандидатурасын ${day} ${verb}.`, '2024-02-10').events; // prettier-ignore
      expect(found.map((e) => [e.type, e.status, e.date.edtf])).toEqual([['appointment', status, status === 'planned' ? '2024-02-13' : '2024-02-05']]); // prettier-ignore
      expect(found[0]!.title.en).toMatch(title);
      expect(found[0]!.title.en.startsWith(en)).toBe(true);
    },
  );
  it.each(RU_BODIES.flatMap(([b, en]) => RU.map(([v, s, t]) => [b, v, s, t, en] as const)))(
    'ru: %s %s кандидатуру',
    (body, verb, status, title, en) => {
      const day = status === 'planned' ? '13 февраля' : '5 февраля';
      const found = extractSentences('ru', `${body} ${verb} кандидатуру Олжаса Бектенова ${day}.`, '2024-02-10').events; // prettier-ignore
      expect(found.map((e) => [e.type, e.status, e.date.edtf])).toEqual([['appointment', status, status === 'planned' ? '2024-02-13' : '2024-02-05']]); // prettier-ignore
      expect(found[0]!.title.en).toMatch(title);
      expect(found[0]!.title.en.startsWith(en)).toBe(true);
      expect(found[0]!.actors.map((a) => [a.name, a.role ?? ''])).toEqual([['Олжас Бектенов', '']]);
    },
  );
});
