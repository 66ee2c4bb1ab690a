/**
 * A term's end after a verb of extending, bringing in for a term or being in force ("ЧП вводилось
 * до 15 апреля", "режим продлен до 11 мая", "будет действовать до 11 мая") is when a regime lapses,
 * no act of that day: the bare deadline cue ("до 11 мая") does not fire there. A process that will
 * last until a day ("обсуждение продлится до 20 февраля") and a task due by one still do.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';

const due = (sentence: string) =>
  findTriggers(sentence, 'ru').some((h) => h.trigger.facet === 'due');

const EXTENDING = [
  'продлил',
  'продлила',
  'продлили',
  'продлило',
  'продлит',
  'продлят',
  'продлить',
  'продлен',
  'продлён',
  'продлена',
  'продлено',
  'продлены',
  'продлевал',
  'продлевала',
  'продлевали',
  'продлевает',
  'вводилось',
  'вводился',
  'вводилась',
  'введен',
  'введён',
  'введена',
  'введено',
  'ввели',
  'ввел',
  'действует',
  'действуют',
  'действовал',
  'действовала',
  'действовало',
  'действовали',
  'будет действовать',
];

describe('a term ended after a verb of extending or being in force is no deadline event', () => {
  it.each(EXTENDING)('режим %s до 11 мая', (verb) => {
    expect(due(`Режим чрезвычайного положения ${verb} до 11 мая.`)).toBe(false);
  });
  it.each([
    'Изначально ЧП вводилось до 15 апреля.',
    'Затем президент дважды продлевал его – сначала до 30 апреля, потом до 11 мая.',
    'В стране с 16 марта действует режим, который был продлен до 11 мая.',
    'Режим, введенный 16 марта, будет действовать до 11 мая.',
  ])('%s', (sentence) => {
    expect(due(sentence)).toBe(false);
  });
});

describe('a deadline still fires elsewhere', () => {
  it.each([
    'Всенародное обсуждение продлится до 20 февраля.',
    'Агитация продлится до 16 ноября.',
    'Президент поручил акимам до 1 марта завершить расчистку русел.',
    'Правительство должно утвердить подзаконные акты до 1 октября.',
    'Режим продлится до 11 мая.',
  ])('%s', (sentence) => {
    expect(due(sentence)).toBe(true);
  });
});
