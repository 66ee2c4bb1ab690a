/**
 * "Принять участие" (take part) is no audience: "Токаев провел совещание. В нем приняли участие
 * премьер-министр Олжас Бектенов …" gave a second meeting, "Olzhas Bektenov holds a meeting"
 * (locales/ru/events/triggersCourtsAndWeakCues.ts, the audience cue). Generated over verb forms,
 * adverbs and the people taking part; sentences written for the test. A president receiving a
 * guest is still an audience.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const DCT = '2026-03-12';
const LEAD =
  'Астана, 12 марта. Глава государства Касым-Жомарт Токаев провел совещание по вопросам водной безопасности.';
const meetings = (text: string) =>
  extractSentences('ru', text, DCT).events.filter((e) => e.type === 'meeting');

const OPENINGS = ['В нем', 'В совещании', 'В его работе', 'Также в совещании'];
const VERBS = [
  'приняли участие',
  'приняли активное участие',
  'принял участие',
  'приняла участие',
  'примут участие',
];
const PEOPLE = [
  'премьер-министр Олжас Бектенов',
  'Премьер-министр Олжас Бектенов и министры',
  'аким Астаны Женис Касымбек',
  'Олжас Бектенов',
];

describe('taking part in the meeting is the same meeting', () => {
  it.each(OPENINGS.flatMap((o) => VERBS.flatMap((v) => PEOPLE.map((p) => `${o} ${v} ${p}.`))))(
    '%s',
    (second) => {
      expect(meetings(`${LEAD} ${second}`).map((e) => e.date.edtf)).toEqual(['2026-03-12']);
    },
  );
});

describe('a guest received is an audience', () => {
  it.each([
    'Токаев принял премьер-министра Олжаса Бектенова.',
    'Президент принял в Акорде премьер-министра Олжаса Бектенова.',
  ])('%s', (s) => {
    expect(meetings(`Астана, 12 марта. ${s}`).length).toBe(1);
  });
});
