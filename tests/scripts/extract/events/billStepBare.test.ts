/**
 * A bill goes from step to step in one sentence, and the last step may be a bare short passive with
 * its date and no cue of its own: "Законопроект одобрен в первом чтении 14 февраля и принят 3
 * апреля" is a second step on 3 April, of the bill the sentence named. Generated over bill nouns
 * in their genders and numbers, the step before and the bare verb; with no bill named, a bare
 * passive is no law step.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences as eventsOf } from './extractSentences';

// [subject, the step before in its agreement, the bare steps in its agreement]
const BILLS: Array<[string, string, string[]]> = [
  ['Законопроект был', 'одобрен депутатами в первом чтении 14 февраля', ['принят', 'подписан']],
  ['Закон был', 'одобрен Мажилисом 14 февраля', ['принят', 'подписан']],
  [
    'Поправки в закон были',
    'одобрены депутатами в первом чтении 14 февраля',
    ['приняты', 'подписаны'],
  ],
];
const LINKS = [' и ', ', '];

const lawDates = (text: string) =>
  eventsOf('ru', text, '2024-06-19')
    .events.filter((e) => e.type === 'law')
    .map((e) => e.date.edtf)
    .sort();

describe('a bare short passive with its date is the bill’s next step', () => {
  for (const [subject, before, bare] of BILLS)
    for (const verb of bare)
      for (const link of LINKS)
        it(`${subject} ${before}${link}${verb} 3 апреля`, () => {
          expect(lawDates(`${subject} ${before}${link}${verb} 3 апреля.`)).toContain('2024-04-03');
        });
});

describe('no bill named, no law step', () => {
  it('a budget approved and adopted', () => {
    expect(lawDates('Бюджет был одобрен комиссией 14 февраля и принят 3 апреля.')).toEqual([]);
  });
});
