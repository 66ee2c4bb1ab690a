/**
 * "Ұсыну" with a document as its object in the accusative is to submit it, not to propose: "есебін
 * Әкімшілікке ұсынады" is a report handed in (an event of its own kind, other), not a proposal.
 * The accusatives are generated from the morphology (bare and after the possessive); a draft put
 * to public discussion stays a proposal. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';

const FRONT = /[әеөүіэи]/u;
const VOWELS = /[аәеөоұүыіэи]/u;

/** Accusative bare (есеп-ті, жоба-ны) and after the 3rd-person possessive (есеб-ін, жоба-сын). */
function accusatives(stem: string): string[] {
  const front = FRONT.test([...stem].reverse().find((c) => VOWELS.test(c)) ?? 'а');
  const h = (back: string, fr: string) => (front ? fr : back);
  const vowel = /[аәеөоұүыіэ]$/u.test(stem);
  const voiceless = /[кқпстфхцчшщ]$/u.test(stem);
  const bare = stem + (vowel ? h('ны', 'ні') : voiceless ? h('ты', 'ті') : h('ды', 'ді'));
  // A final п is voiced before a vowel: есеп → есебі.
  const poss = vowel ? `${stem}${h('сын', 'сін')}` : `${stem.replace(/п$/u, 'б')}${h('ын', 'ін')}`;
  return [bare, poss];
}

const DOCUMENTS = ['есеп', 'баяндама', 'жоба', 'тізім', 'мәтін', 'жоспар'];
const VERBS = ['ұсынды', 'ұсынады', 'ұсынбақ', 'ұсынған'];

describe('Kazakh: a document submitted is no proposal', () => {
  it('reads every accusative of every document with the forms of ұсын as a submission', () => {
    for (const doc of DOCUMENTS)
      for (const form of accusatives(doc))
        for (const verb of VERBS) {
          const s = `Министрлік ${form} 1 наурызда Үкіметке ${verb}.`;
          const types = findTriggers(s, 'kk')
            .filter((h) => !h.topic)
            .map((h) => `${h.trigger.type}/${h.trigger.facet}`);
          expect(types, s).toContain('other/submission');
          expect(types, s).not.toContain('proposal/proposal');
        }
  });

  it('leaves a proposal of an act, and a draft put to discussion, as proposals', () => {
    const act = findTriggers('Депутаттар жаңа заң қабылдауды ұсынды.', 'kk').map(
      (h) => h.trigger.facet,
    );
    expect(act).not.toContain('submission');
    const drafting = findTriggers('Депутаттар жаңа заң жобасын әзірлеуді ұсынды.', 'kk').map((h) => h.trigger.facet); // prettier-ignore
    expect(drafting).not.toContain('submission');
    const draft = findTriggers('Қаулы жобасын 1 сәуірге дейін талқылауға ұсынды.', 'kk').map((h) => h.trigger.facet); // prettier-ignore
    expect(draft).not.toContain('submission');
  });
});
