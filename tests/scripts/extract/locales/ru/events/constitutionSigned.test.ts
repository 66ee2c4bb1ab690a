/**
 * The Constitution itself signed is the signing's event on its day: "Президент подписал новую
 * Конституцию 5 марта" gave nothing (the signing cues knew a law, a code, a decree or amendments,
 * not the Constitution as the verb's object), and "Её подписал Президент 5 марта" after a sentence
 * naming the Constitution alone was titled as amendments approved.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const events = (text: string) =>
  extractSentences('ru', text, '2026-03-12').events.map(
    (e) => `${e.type} ${e.date.edtf} ${e.title.en}`,
  );

const SIGNERS = ['Президент', 'Глава государства', 'Токаев'];
/** The verb, by tense, and the year its 5 March falls in (published 12 March 2026). */
const VERBS: Array<[string, string]> = [
  ['подписал', '2026-03-05'],
  ['подпишет', '2027-03-05'],
];
const OBJECTS = ['Конституцию', 'новую Конституцию', 'Основной закон'];
const DAYS: Array<(verb: string, object: string) => string> = [
  (verb, object) => `${verb} ${object} 5 марта`,
  (verb, object) => `5 марта ${verb} ${object}`,
];

describe('the Constitution signed', () => {
  const cases = SIGNERS.flatMap((signer) =>
    VERBS.flatMap(([verb, iso]) =>
      OBJECTS.flatMap((object) => DAYS.map((day) => ({ signer, text: day(verb, object), iso }))),
    ),
  );
  it.each(cases)(
    '"$signer $text": a signing of the Constitution on $iso',
    ({ signer, text, iso }) => {
      const got = events(`${signer} ${text}.`);
      expect(got).toHaveLength(1);
      expect(got[0]).toMatch(
        new RegExp(
          `^reform ${iso} .*(?:signs|to sign|is signed|to be signed) the Constitution|^reform ${iso} The Constitution (?:is signed|to be signed)`,
          'u',
        ),
      );
    },
  );
  it.each(['Конституция подписана 5 марта.', 'Новая Конституция была подписана 5 марта.'])(
    '"%s": the Constitution signed',
    (text) => {
      expect(events(text)).toEqual(['reform 2026-03-05 The Constitution is signed']);
    },
  );
  it.each(['Её', 'Ее'])(
    '"… Конституция вступит в силу 1 июля. %s подписал Президент 5 марта"',
    (pronoun) => {
      const got = events(
        `Новая Конституция вступит в силу 1 июля. ${pronoun} подписал Президент 5 марта.`,
      );
      expect(got).toContain('reform 2026-03-05 The Constitution is signed');
      expect(got.join('\n')).not.toMatch(/Amendments/u);
    },
  );
  it('amendments taken up by a pronoun stay amendments', () => {
    const got = events(
      'Поправки в Конституцию вступят в силу 1 июля. Их подписал Президент 5 марта.',
    );
    expect(got).toContain('reform 2026-03-05 Amendments to the Constitution approved');
  });
  it('a law on amendments signed stays a law', () => {
    const got = events('Президент подписал закон о поправках в Конституцию 5 марта.');
    expect(got.map((e) => e.split(' ')[0])).toEqual(['law']);
  });
});
