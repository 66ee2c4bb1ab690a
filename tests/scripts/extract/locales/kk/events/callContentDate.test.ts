/**
 * A date inside what someone is called or invited to do ("Тоқаев Мирзиёевті келесі жылы Астанаға
 * келуге шақырды") is the time of that act, not of the call: the call was dated 2026 and told as
 * planned. The verbal noun in the dative (-уға/-уге, -юға/-юге) is the call's complement, like the
 * accusative one of what was said (ASPECT.reported); a date that opens the sentence still dates
 * the call. Generated over callers, dates and called-for acts; sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from '../../../events/extractSentences';

const PUB = '2025-03-12';
const CALLERS = ['Тоқаев Мирзиёевті', 'Президент депутаттарды', 'Министр әкімдерді'];
const DATES: Array<[string, string]> = [
  ['келесі жылы', '2026'],
  ['2027 жылы', '2027'],
  ['20 сәуірде', '2025-04-20'],
];
const ACTS = [
  'Астанаға сапармен келуге',
  'жұмысты толық аяқтауға',
  'форумға қатысуға',
  'жаңа жобаны іске қосуға',
];

describe('Kazakh: a date in what one is called to do is not the call’s', () => {
  const cases = CALLERS.flatMap((who) =>
    DATES.flatMap(([date, value]) =>
      ACTS.map((act) => [`${who} ${date} ${act} шақырды.`, value] as const),
    ),
  );
  it.each(cases)('%s', (sentence, value) => {
    expect(kindsAndDays('kk', sentence, PUB)).not.toContain(`statement ${value}`);
  });

  it.each(CALLERS.map((who) => [`5 наурызда ${who} форумға қатысуға шақырды.`]))(
    'the opening date still dates the call: %s',
    (sentence) => {
      expect(kindsAndDays('kk', sentence, PUB)).toContain('statement 2025-03-05');
    },
  );
});
