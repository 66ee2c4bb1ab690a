/**
 * A date after what someone is called to do ("Президент призвал депутатов завершить реформу в
 * следующем году") is the time of that act, not of the call, which was dated 2026 and told as
 * planned: an infinitive complement counted as what was said only right after the verb, not
 * after its object ("призвал депутатов завершить"). Generated over callers, objects, acts and
 * dates; a date before the verb still dates the call. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from '../../../events/extractSentences';

const PUB = '2025-03-12';
const CALLS = ['призвал депутатов', 'призвал акимов областей', 'призвала министров'];
const ACTS = ['завершить реформу', 'принять закон', 'провести форум'];
const DATES: Array<[string, string]> = [
  ['в следующем году', '2026'],
  ['в 2027 году', '2027'],
];

describe('Russian: a date in what one is called to do is not the call’s', () => {
  const cases = CALLS.flatMap((call) =>
    ACTS.flatMap((act) =>
      DATES.map(([date, value]) => [`Президент ${call} ${act} ${date}.`, value] as const),
    ),
  );
  it.each(cases)('%s', (sentence, value) => {
    expect(kindsAndDays('ru', sentence, PUB)).not.toContain(`statement ${value}`);
  });

  it.each(CALLS.map((call) => [`5 марта президент ${call} завершить реформу.`]))(
    'a date before the verb still dates the call: %s',
    (sentence) => {
      expect(kindsAndDays('ru', sentence, PUB)).toContain('statement 2025-03-05');
    },
  );
});
