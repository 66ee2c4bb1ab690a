/**
 * Words said at a gathering the sentence names in the locative ("отырыста … шақырды", "кеңесінде
 * … сынға алды") are a statement made there, dated by the gathering's day. The locative is built
 * here from the morphology (bare and after the possessive, with vowel harmony and the stem's last
 * sound); a gathering still to come, or the place of what is reported, is not where it was said.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';
import { extractSentences as eventsOf } from '../../../events/extractSentences';

const FRONT = /[әеөүіэи]/u;
const VOWELS = /[аәеөоұүыіэюяи]/u;

/** The locative of a noun, bare (отырыс-та, кездесу-де) and after the possessive (сессия-сы-н-да). */
function locatives(stem: string): string[] {
  const front = FRONT.test([...stem].reverse().find((c) => VOWELS.test(c)) ?? 'а');
  const h = (back: string, fr: string) => (front ? fr : back);
  const vowel = /[аәеөоұүыіэ]$/u.test(stem);
  const voiceless = /[кқпстфхцчшщ]$/u.test(stem) || /нг$/u.test(stem);
  const bare = stem + (voiceless ? h('та', 'те') : h('да', 'де'));
  const poss = stem + (vowel ? h('сы', 'сі') : h('ы', 'і')) + h('нда', 'нде');
  return [bare, poss];
}

const GATHERINGS = ['отырыс', 'кеңес', 'кездесу', 'жиын', 'басқосу'];
const ACTS = [
  'әкімдерді тәртіпті қатаң сақтауға шақырды',
  'министрліктердің жұмысындағы кемшіліктерді сынға алды',
  'жаңа бағдарламаның маңызын атап өтті',
  'жолдардың жайына тоқталды',
];

describe('Kazakh: said at a gathering in the locative', () => {
  it('reads every locative form of every gathering with every speech act', () => {
    for (const g of GATHERINGS)
      for (const form of locatives(g))
        for (const act of ACTS) {
          const s = `${form[0]!.toUpperCase()}${form.slice(1)} министр ${act}.`;
          const hits = findTriggers(s, 'kk').filter((h) => h.trigger.facet === 'said-at');
          expect(hits, s).toHaveLength(1);
        }
  });

  it('dates the statement by the gathering the paragraph dated', () => {
    const events = eventsOf(
      'kk',
      'Облыстық кеңестің отырысы 12 қыркүйекте Ақтөбеде өтті. Отырыста әкім аудан басшыларын жылу маусымына уақытылы дайындалуға шақырды.',
      '2024-09-13',
    ).events;
    const said = events.find((e) => e.type === 'statement');
    expect(said?.date.edtf).toBe('2024-09-12');
  });

  it('is no statement when the gathering is still to come or is where the reported thing happens', () => {
    for (const s of [
      'Әкім бұл мәселе 5 наурызда өтетін мәслихат сессиясында қаралатынын айтты.',
      'Министр келесі аптада өтетін жиында жаңа жоба таныстырылатынын айтты.',
      'Депутат сессияда бюджет бекітілгенін айтты.',
    ])
      expect(
        findTriggers(s, 'kk').filter((h) => h.trigger.facet === 'said-at'),
        s,
      ).toHaveLength(0);
  });

  it('leaves a gathering that is an event of its own to its trigger', () => {
    const s = 'Президент форумда ел экономикасының жайына тоқталды.';
    expect(findTriggers(s, 'kk').filter((h) => h.trigger.facet === 'said-at')).toHaveLength(0);
  });

  it('leaves a converb "сөз сөйлеп" to the clause that follows it', () => {
    const s = 'Президент отырыста сөз сөйлеп, жаңа министрдің кандидатурасын ұсынды.';
    expect(findTriggers(s, 'kk').filter((h) => h.trigger.facet === 'said-at')).toHaveLength(0);
  });
});
