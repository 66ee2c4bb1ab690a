/**
 * A Russian act planned, its infinitive beside a word of planning ("планируется создать новое
 * агентство", "Центр предполагается открыть"), is that act ahead: a body of the state made is a
 * reform, another body founded a founding; "создать условия" founds nothing.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const PLANS = ['Планируется', 'Предполагается', 'Предусматривается'];
const PUBLISHED = '2025-03-12';
const events = (text: string) =>
  extractSentences('ru', text, PUBLISHED).events.map((e) => `${e.type} ${e.date.edtf} ${e.status}`);

const STATE = ['новое агентство', 'новое министерство'];
const BODIES = ['рабочую группу', 'новый центр', 'фонд'];
const INFINITIVES = ['создать', 'учредить', 'образовать'];

describe('an act planned is the act, ahead', () => {
  it.each(
    PLANS.flatMap((plan) =>
      INFINITIVES.flatMap((inf) => STATE.map((body) => [`${plan} ${inf} ${body} 15 апреля.`])),
    ),
  )('%s: a reform planned', (text) => {
    expect(events(text)).toEqual(['reform 2025-04-15 planned']);
  });
  it.each(
    PLANS.flatMap((plan) =>
      INFINITIVES.map((inf) => [`Новое агентство ${plan.toLowerCase()} ${inf} 15 апреля.`]),
    ),
  )('%s: a reform planned, the body first', (text) => {
    expect(events(text)).toEqual(['reform 2025-04-15 planned']);
  });
  it.each(
    PLANS.flatMap((plan) =>
      ['создать', 'открыть'].flatMap((inf) =>
        BODIES.map((body) => [`${plan} ${inf} ${body} 15 апреля.`]),
      ),
    ),
  )('%s: a founding planned', (text) => {
    expect(events(text)).toEqual(['other 2025-04-15 planned']);
  });
  it.each(PLANS.map((plan) => [`${plan} создать условия для бизнеса 15 апреля.`]))(
    '%s: no founding',
    (text) => {
      expect(events(text)).toEqual([]);
    },
  );
});
