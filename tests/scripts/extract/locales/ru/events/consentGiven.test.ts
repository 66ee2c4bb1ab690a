/**
 * Russian: consent given to an appointment or a candidacy ("Сенат дал согласие на назначение …",
 * "депутаты дали согласие на кандидатуру …") is the appointment's step, titled as the consent: every
 * gender, number and tense of "дать", the consent told first ("согласие … дали депутаты", "было
 * дано"). Refused ("не дал согласия") or only to be considered is no consent. Sentences written for
 * this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';
import { extractSentences } from '../../../events/extractSentences';

/** A subject with its verb's forms: past, future. */
const BODIES: [string, string[]][] = [
  ['Сенат', ['дал', 'даст']],
  ['Мажилис', ['дал', 'дает']],
  ['Палата', ['дала', 'даст']],
  ['Собрание депутатов', ['дало', 'даёт']],
  ['Депутаты маслихата', ['дали', 'дадут']],
];
const TO = [
  'согласие на назначение Аскара Абенова акимом области',
  'свое согласие на назначение Айгерим Сейтовой на должность министра',
  'согласие на кандидатуру Аскара Абенова',
  'согласие на переназначение Аскара Абенова',
];
const DATES = ['5 марта', 'сегодня'];

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const cues = (s: string) =>
  findTriggers(s, 'ru').map((h) => `${h.trigger.type}/${h.trigger.facet}`);

describe('Russian: consent given to an appointment', () => {
  const active = BODIES.flatMap(([b, vs]) =>
    vs.flatMap((v) => TO.flatMap((to) => DATES.map((d) => `${b} ${d} ${v} ${to}.`))),
  );
  const consentFirst = [
    ...BODIES.flatMap(([b, [v]]) => TO.map((to) => `${capital(to)} ${v} ${b.toLowerCase()}.`)),
    ...TO.map((to) => `${capital(to)} было дано 5 марта.`),
  ];
  it.each([...active, ...consentFirst])('a consent: %s', (s) => {
    expect(cues(s)).toContain('appointment/candidacy');
  });

  it.each(DATES.flatMap((d) => BODIES.map(([b, [v]]) => `${b} ${d} ${v} ${TO[0]}.`)))(
    'an appointment on its day, titled as the consent: %s',
    (s) => {
      const e = extractSentences('ru', `Текст.\n\n${s}`, '2025-03-12').events;
      const day = s.includes('сегодня') ? '2025-03-12' : '2025-03-05';
      expect(e.map((x) => `${x.type} ${x.date.edtf}`)).toEqual([`appointment ${day}`]);
      // (The body as the title's subject where it is one the extractor knows: "The Senate consents …".)
      expect(e[0]?.title.en).toContain("Askar Abenov's candidacy");
      expect(e[0]?.title.en).not.toContain('appointed');
    },
  );

  it.each(
    BODIES.flatMap(([b, [v]]) => [
      `${b} 5 марта не ${v} согласия на назначение Аскара Абенова акимом области.`,
      `${b} 5 марта не ${v} согласие на назначение Аскара Абенова.`,
      `${b} 5 марта рассмотрит кандидатуру Аскара Абенова.`,
    ]),
  )('no consent: %s', (s) => {
    expect(cues(s)).not.toContain('appointment/candidacy');
  });
});
