/**
 * Russian: a state becoming a member, an observer or a partner of an organisation, receiving that
 * status, admitted to it or entering it is a membership on the sentence's day, in every gender and
 * number of the verb, past and future, the organisation by its abbreviation or its name after its
 * adjectives, bare in the genitive or after "в"/"при". A law entering into force, a bloc of parties
 * or an official entering office are not. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';
import { kindsAndDays } from '../../../events/extractSentences';
import { GENDERS, PAST, SHORT, type Gender } from './ruGenders';

const SUBJECT: Record<Gender, string> = {
  m: 'Казахстан',
  f: 'Монголия',
  n: 'Королевство',
  pl: 'Армения и Киргизия',
};
const FUTURE: Record<Gender, string> = { m: 'станет', f: 'станет', n: 'станет', pl: 'станут' };
const ROLES = ['членом', 'наблюдателем', 'полноправным членом', 'партнёром', 'участником'];
const ORGS = [
  'ВТО',
  'в ШОС',
  'при ООН',
  'Всемирной торговой организации',
  'Евразийского экономического союза',
  'Содружества Независимых Государств',
  'конвенции',
];
const ENTER_ORGS = [
  'ВТО',
  'Шанхайскую организацию сотрудничества',
  'Евразийский экономический союз',
];

const has = (sentence: string) =>
  findTriggers(sentence, 'ru')
    .map((h) => h.trigger.type)
    .includes('membership');

describe('Russian: a state joining an organisation', () => {
  const became = GENDERS.flatMap((g) =>
    ROLES.flatMap((role) =>
      ORGS.flatMap((org) => [
        `${SUBJECT[g]} 5 марта ста${PAST[g]} ${role} ${org}.`,
        `${SUBJECT[g]} в следующем году ${FUTURE[g]} ${role} ${org}.`,
      ]),
    ),
  );
  it.each(became)('became a member: %s', (s) => expect(has(s)).toBe(true));

  const entered = GENDERS.flatMap((g) =>
    ENTER_ORGS.flatMap((org) => [
      `${SUBJECT[g]} 5 марта вступи${PAST[g]} в ${org}.`,
      `${SUBJECT[g]} 5 марта принят${SHORT[g]} в ${org}.`,
      `${SUBJECT[g]} 5 марта получи${PAST[g]} статус наблюдателя в ${org}.`,
    ]),
  );
  it.each(entered)('entered, admitted, given the status: %s', (s) => expect(has(s)).toBe(true));

  it.each([
    ['Казахстан 5 марта стал членом Всемирной торговой организации.', '2025-03-05'],
    ['Монголия 5 марта стала наблюдателем в ШОС.', '2025-03-05'],
    ['Армения и Киргизия в 2015 году вступили в Евразийский экономический союз.', '2015'],
    ['Казахстан 5 марта получил статус наблюдателя при ЕАЭС.', '2025-03-05'],
  ])('dated by its sentence: %s', (sentence, day) => {
    expect(kindsAndDays('ru', `Текст.\n\n${sentence}`, '2025-03-12')).toContain(
      `membership ${day}`,
    );
  });

  it.each([
    'Закон 5 марта вступил в силу.',
    'Аким 5 марта вступил в должность.',
    'Партия 5 марта вступила в блок с двумя другими.',
    'Он 5 марта стал членом комиссии.',
    'Закон 5 марта принят в первом чтении.',
  ])('no membership: %s', (s) => expect(has(s)).toBe(false));
});
