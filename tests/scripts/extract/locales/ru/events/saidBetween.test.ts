/**
 * A cue before a verb of saying and its "что" clause does not take a date told in that clause:
 * "Открывая заседание, президент напомнил, что полномочия перешли к нему 5 января" is no sitting
 * of 5 January. And powers or a post passing to someone ("полномочия перешли к нему", "пост
 * перейдет к") is the taking of the post. Sentences written for this test, generated over the
 * cue's shape, the verbs of saying and the forms of passing.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from '../../../events/extractSentences';

const events = (text: string) =>
  eventsOf('ru', text, '2023-06-30').events.map((e) => `${e.type} ${e.date.edtf}`);

const OPENINGS: Array<[string, string]> = [
  ['Открывая заседание,', 'meeting'],
  ['На заседании правительства', 'meeting'],
  ['Выступая на съезде партии,', 'congress'],
];
const SAID = ['напомнил', 'напомнила', 'сообщил', 'заявили', 'отметил'];

describe("a date in what is said after the cue is not the cue's", () => {
  for (const [opening, type] of OPENINGS)
    for (const said of SAID) {
      const text = `${opening} президент ${said}, что закон был подписан 5 января.`;
      it(`${text} → no ${type} of 5 January`, () =>
        expect(events(text)).not.toContain(`${type} 2023-01-05`));
    }
});

const PASSED = [
  'полномочия председателя перешли к нему',
  'пост председателя перешел к нему',
  'пост председателя перешёл к нему',
  'должность председателя перешла к нему',
  'полномочия председателя были переданы к нему',
];

describe('powers or a post passing to someone is an appointment', () => {
  it.each(PASSED)('5 января %s', (passed) =>
    expect(events(`5 января ${passed}.`)).toContain('appointment 2023-01-05'),
  );
  it.each(['полномочия председателя перейдут к нему', 'пост председателя перейдет к нему'])(
    '20 июля %s',
    (passed) => expect(events(`20 июля ${passed}.`)).toContain('appointment 2023-07-20'),
  );
});
