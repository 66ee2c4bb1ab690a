/**
 * A Russian vote named only as the owner of something else (its plan, schedule, observers, its
 * commission) is no event of its own, in every case of the owned noun; the vote as the subject is
 * one. Forms generated for the test, through findTriggers.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';

const vote = (sentence: string) =>
  findTriggers(sentence, 'ru').find((h) => h.trigger.type === 'election');

describe('RU_TRIGGER_CONTEXT', () => {
  const forms = [
    'план',
    'плана',
    'плану',
    'планом',
    'календарный план',
    'график',
    'графика',
    'наблюдатели',
    'наблюдателей',
    'сроки',
    'комиссия по',
    'комиссии по',
  ];
  it.each(forms)('«%s выборов»: the vote owns it', (owned) => {
    expect(vote(`ЦИК утвердил ${owned} выборов.`)?.possessed).toBe(true);
  });

  it('a vote that is the subject is an event', () => {
    expect(vote('Выборы прошли 19 марта.')?.possessed).toBeUndefined();
  });

  it('a vote held for a purpose, or only decided on, is a topic', () => {
    expect(vote('Штаб создан для проведения выборов.')?.topic).toBe(true);
    expect(vote('Принято решение о проведении выборов.')?.topic).toBe(true);
  });
});
