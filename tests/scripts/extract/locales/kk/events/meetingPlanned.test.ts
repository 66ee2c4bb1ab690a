/**
 * A meeting or a hearing of reports planned for a day the sentence gives is the meeting planned
 * ("үлескерлермен 20 наурызда кездесуді жоспарлап отыр", "кездесу 5 мамырға жоспарланған",
 * "әкімдердің есебін тыңдау алдағы жылдың басында жоспарланған"). Generated: gatherings × cases ×
 * the forms of жоспарла, active and passive. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';
import { passiveOf, verbForms, type KkForm } from './kkVerbParadigm';

const planned = (sentence: string) =>
  findTriggers(sentence, 'kk').some(
    (h) => h.trigger.type === 'meeting' && h.trigger.facet === 'planned' && !h.topic,
  );

const ACTIVE_OBJECTS = ['кездесуді', 'жиынды', 'басқосуды', 'есебін тыңдауды'];
const PASSIVE_SUBJECTS = ['Кездесу', 'Жиын', 'Басқосу', 'Әкімдердің есебін тыңдау', 'Министрдің баяндамасын тыңдау']; // prettier-ignore
const FORMS: KkForm[] = ['past', 'perfect', 'perfectAux', 'future', 'present', 'progressive'];
const active = verbForms('жоспарла');
const passive = verbForms(passiveOf('жоспарла'));

describe('Kazakh: a meeting planned for a day', () => {
  const cases = [
    ...ACTIVE_OBJECTS.flatMap((o) =>
      FORMS.map((f) => `Депутаттар тұрғындармен 20 наурызда ${o} ${active[f]}.`),
    ),
    ...PASSIVE_SUBJECTS.flatMap((s) =>
      FORMS.flatMap((f) => [
        `${s} 5 мамырға ${passive[f]}.`,
        `${s} алдағы жылдың басында ${passive[f]}.`,
      ]),
    ),
  ];
  it.each(cases)('%s', (s) => expect(planned(s)).toBe(true));
});

describe('Kazakh: no plan, no planned meeting', () => {
  it.each([
    'Депутаттар тұрғындармен 20 наурызда кездесті.',
    'Кездесу жоспары 5 мамырда бекітілді.',
    'Әкімдердің есебін тыңдау 5 мамырда өтті.',
  ])('%s', (s) => expect(planned(s)).toBe(false));
});
