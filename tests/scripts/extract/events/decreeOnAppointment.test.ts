/**
 * A decree on an appointment is the appointment, done the day it is signed, when it names whom it
 * appoints (a name or a post in the Russian genitive, a name in the Kazakh accusative, a pronoun); a decree that
 * names no one ("Указ о назначении Токаев подписал в тот же день") is told for the decree itself,
 * the appointment told elsewhere (TriggerContext.appointee, events/findTriggers.ts). Sentences
 * written for the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const RU_NAMED = [
  'Ольжаса Бектенова',
  'Ашимбаева',
  'Айгерим Балаевой',
  'нового премьера',
  'министра',
];
const RU_PRONOUNS = ['его', 'её', 'их'];
const KK_NAMED = ['Олжас Бектеновті', 'Айгерім Балаеваны', 'оны', 'Ашимбаевты'];

describe('a decree on an appointment', () => {
  it.each(RU_NAMED)('ru: о назначении %s — the appointment', (who) => {
    expect(kindsAndDays('ru', `Указ о назначении ${who} Президент подписал 15 января.`)).toEqual([
      'appointment 2023-01-15',
    ]);
  });
  it.each(RU_PRONOUNS)('ru: о %s назначении — the appointment', (pronoun) => {
    expect(
      kindsAndDays('ru', `Указ о ${pronoun} назначении Президент подписал 15 января.`),
    ).toEqual(['appointment 2023-01-15']);
  });
  it.each(KK_NAMED)('kk: %s тағайындау туралы — the appointment', (who) => {
    expect(
      kindsAndDays('kk', `${who} тағайындау туралы Жарлыққа Президент 15 қаңтарда қол қойды.`),
    ).toEqual(['appointment 2023-01-15']);
  });
  it.each([
    ['ru', 'Указ о назначении Токаев подписал 15 января.'],
    ['ru', 'Указ о назначении Президент подписал 15 января.'],
    ['kk', 'Тағайындау туралы Жарлыққа Президент 15 қаңтарда қол қойды.'],
  ] as const)('%s: naming no one, the decree: %s', (lang, sentence) => {
    expect(kindsAndDays(lang, sentence)).toEqual(['decree 2023-01-15']);
  });
});
