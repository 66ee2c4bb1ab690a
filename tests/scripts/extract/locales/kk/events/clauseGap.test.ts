/**
 * The Constitution's coming into force is read within its own clause: "Референдумда 5 маусымда
 * Конституцияға түзетулер қабылданды, ал заң 1 шілдеде күшіне енді" was read as the Constitution
 * coming into force (the cue ran past ", ал" to the law's verb), which hid the law's own entry
 * into force on 1 July (triggerPieces.ts CLAUSE_GAP). Sentences written for the test: settings ×
 * objects × joints × subjects × tenses, published 2025-03-12; and one-clause sentences that keep
 * the Constitution's coming into force.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const PUB = '2025-03-12';
const SETTINGS = ['Референдумда 5 маусымда', '5 маусымда өткен референдумда'];
const OBJECTS = [
  'Конституцияға түзетулер қабылданды',
  'Ата Заңға өзгерістер мақұлданды',
  'Конституцияға өзгерістер мен толықтырулар қабылданды',
];
const JOINTS = [', ал', ', және', ', бірақ'];
const SUBJECTS = ['заң', 'тиісті заң', 'конституциялық заң'];
/** The verb of entering into force, with the year its tense gives a 1 July of 2025-03-12's. */
const FORCE: Array<[string, string]> = [
  ['1 шілдеде күшіне енді', '2024-07-01'],
  ['1 шілдеде күшіне енеді', '2025-07-01'],
  ['1 шілдеде күшіне енетін болады', '2025-07-01'],
  ['күшіне 1 шілдеде енді', '2024-07-01'],
];

const events = (text: string) =>
  extractSentences('kk', `Референдум\n\n${text}`, PUB).events.map(
    (e) => `${e.type} ${e.date.edtf}`,
  );

const cases = SETTINGS.flatMap((setting) =>
  OBJECTS.flatMap((object) =>
    JOINTS.flatMap((joint) =>
      SUBJECTS.flatMap((subject, i) =>
        FORCE.filter((_, j) => (i + j) % 2 === 0 || joint === ', ал').map(([verb, day]) => [
          `${setting} ${object}${joint} ${subject} ${verb}.`,
          day,
        ]),
      ),
    ),
  ),
);

describe('a law coming into force after a clause on the Constitution is the law’s event', () => {
  it.each(cases)('%s', (text, day) => {
    expect(events(text)).toContain(`law ${day}`);
  });
});

describe('the Constitution coming into force in its own clause stays a reform', () => {
  const own = [
    ['Жаңа Конституция 1 шілдеде күшіне енді.', '2024-07-01'],
    ['Ата Заңның жаңа редакциясы 1 шілдеде күшіне енеді.', '2025-07-01'],
    ['Конституцияға енгізілген түзетулер, Орталық сайлау комиссиясының хабарлауынша, 1 шілдеде күшіне енді.', '2024-07-01'],
  ]; // prettier-ignore
  it.each(own)('%s', (text, day) => {
    expect(events(text)).toContain(`reform ${day}`);
  });
});
