/**
 * The campaign's start, end or stop is a step of the election: "үгіт-насихат 14 наурыз күні сағат
 * 00:00-де аяқталады", "үгіт-насихат жұмыстары тоқтатылды". Forms generated from the verb
 * morphology (kkVerb: past, present, participles, converb, reported), with the hour after the day.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';
import { kkVerb } from '../../../../../../scripts/extract/locales/kk/events/verbForms';
import { extractSentences as eventsOf } from '../../../events/extractSentences';

/** Every form kkVerb reads for a stem, spelled out from its alternation (one level deep). */
function spelled(stem: string): string[] {
  const forms = ['ды', 'ады', 'атын', 'атынын', 'ған', 'ып'];
  const re = new RegExp(`^${kkVerb(stem, { forms: ['past', 'present', 'habitual', 'reported', 'perfect', 'converb'] })}$`, 'u'); // prettier-ignore
  return forms.map((f) => stem + f).filter((w) => re.test(w));
}

const SUBJECTS = ['Үгіт-насихат', 'Сайлауалды үгіт', 'Үгіт-насихат жұмыстары', 'Сайлау науқаны'];
const STEMS = ['басталы', 'аяқталы', 'тоқтатылы'].map((s) => s.slice(0, -1));

describe('Kazakh: the campaign starts, ends, stops', () => {
  it('reads every form after every subject, with the hour between', () => {
    for (const stem of STEMS) {
      const forms = spelled(stem);
      expect(forms.length, stem).toBeGreaterThan(3);
      for (const subject of SUBJECTS)
        for (const form of forms) {
          const s = `${subject} 9 тамыз күні сағат 24:00-де ${form}.`;
          const facets = findTriggers(s, 'kk').map((h) => h.trigger.facet);
          expect(facets, s).toContain('campaign');
        }
    }
  });

  it('dates the stop by its day', () => {
    const events = eventsOf('kk', 'Үгіт-насихат жұмыстары 9 тамыз күні сағат 24:00-де толық тоқтатылды.', '2024-08-12').events; // prettier-ignore
    expect(events.map((e) => `${e.type} ${e.date.edtf}`)).toContain('other 2024-08-09');
  });
});
