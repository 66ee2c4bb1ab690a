/**
 * Kazakh: a gathering noun with its possessive that is the subject of a ruling is the body acting,
 * not a meeting ("Судьялар жиналысы 5 наурызда әкімдіктің шешімін заңсыз деп таныды" gave a
 * "Meeting"): every subject, verb of ruling ("деп таныды", "деп тапты", "шешті", "күшін жойды") and
 * date (triggerPieces.ts BODY_ACTING). What stays: a meeting held ("5 наурызда депутаттар
 * жиналысы өтті"). Sentences written for this test, published 2025-03-12.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const PUB = '2025-03-12';
const SUBJECTS = ['Судьялар жиналысы', 'Судьялардың жалпы жиналысы', 'Депутаттар жиналысы', 'Соттың отырысы']; // prettier-ignore
const ACTS = [
  'әкімдіктің шешімін заңсыз деп таныды',
  'заңды Конституцияға қайшы деп таныды',
  'әкімдіктің шешімін заңсыз деп тапты',
  'әкімдіктің шешімінің күшін жойды',
  'бұл мәселені шешті',
];
const DATES = ['5 наурызда', 'жұма күні', '2019 жылғы 12 ақпанда'];

const kinds = (s: string) =>
  extractSentences('kk', `Мәтін.\n\n${s}`, PUB).events.map((e) => `${e.type} ${e.date.edtf}`);

describe('Kazakh: a body ruling is no meeting', () => {
  const cases = SUBJECTS.flatMap((who) =>
    ACTS.flatMap((act) => DATES.map((d) => `${who} ${d} ${act}.`)),
  );
  it.each(cases)('%s', (s) => {
    expect(kinds(s).filter((k) => k.startsWith('meeting'))).toEqual([]);
  });
});

describe('Kazakh: a meeting held stays one', () => {
  it.each([
    ['5 наурызда депутаттар жиналысы өтті.', 'meeting 2025-03-05'],
    ['Судьялар жиналысы 5 наурызда өтті.', 'meeting 2025-03-05'],
    ['Жұма күні акционерлер жиналысы өтті.', 'meeting 2025-03-07'],
  ])('%s', (s, want) => {
    expect(kinds(s)).toContain(want);
  });
});
