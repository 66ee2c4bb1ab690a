/**
 * A chamber's sitting is a session, as a plenary one is: "Бүгін Сенат отырысында депутат … ұсыныс
 * жасады" tells the proposal and the sitting it was made at, each an event of today (the
 * annotators keep the sitting beside what is done there; events/kinds.ts PLACES_OF_ACTS). Generated
 * over the chambers in their bare and genitive forms and the proposals; a government's sitting
 * stays a meeting, and an oath at a sitting is the inauguration alone.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const TODAY = '2024-06-19';
const CHAMBERS = [
  'Мәжіліс',
  'Мәжілістің',
  'Парламент Мәжілісінің',
  'Сенат',
  'Сенаттың',
  'Парламент Сенатының',
  'палатаның',
  'палатаның кезекті',
];
const PROPOSALS = [
  'депутат Асхат Нұрланов салық туралы ұсыныс жасады',
  'депутат Асхат Нұрланов зейнетақы жасын төмендетуді ұсынды',
  'Президент министрдің кандидатурасын ұсынды',
];

describe('a chamber’s sitting stays an event beside the proposal made there', () => {
  for (const chamber of CHAMBERS)
    for (const proposal of PROPOSALS) {
      const text = `Бүгін ${chamber} отырысында ${proposal}.`;
      it(text, () => {
        const got = kindsAndDays('kk', text, TODAY);
        expect(got).toContain(`session ${TODAY}`);
        expect(got).toContain(`proposal ${TODAY}`);
      });
    }
});

describe('not a chamber’s session', () => {
  it('a government’s sitting', () => {
    expect(kindsAndDays('kk', 'Бүгін Үкімет отырысы өтті.', TODAY)).toEqual([`meeting ${TODAY}`]);
  });
  it('an oath at a sitting: the inauguration alone', () => {
    expect(kindsAndDays('kk', 'Бүгін Мәжіліс отырысында Президент ант берді.', TODAY)).toEqual([
      `inauguration ${TODAY}`,
    ]);
  });
});
