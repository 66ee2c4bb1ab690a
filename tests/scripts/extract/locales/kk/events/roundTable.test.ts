/**
 * A round table ("дөңгелек үстел") is a gathering of its own, in every case and possessive form:
 * held, spoken at, its participants. Forms built from the grammar (front harmony, a stem in л).
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';
import { extractSentences as eventsOf } from '../../../events/extractSentences';

const STEM = 'үстел';
/** Bare and after the possessive -і(н): nominative, genitive, dative, accusative, locative, ablative. */
const FORMS = [
  STEM, `${STEM}і`, `${STEM}дің`, `${STEM}інің`, `${STEM}ге`, `${STEM}іне`,
  `${STEM}ді`, `${STEM}ін`, `${STEM}де`, `${STEM}інде`, `${STEM}ден`, `${STEM}інен`,
]; // prettier-ignore

describe('Kazakh: a round table is a meeting', () => {
  it.each(FORMS)('дөңгелек %s', (form) => {
    const hits = findTriggers(`Мәжілісте 29 мамырда дөңгелек ${form} туралы айтылды.`, 'kk');
    expect(hits.some((h) => h.trigger.facet === 'roundtable')).toBe(true);
  });

  it('held on a day of its own', () => {
    const events = eventsOf('kk', '2024 жылғы 29 мамырда Мәжілісте шартқа қол қойылғанына он жыл толуына арналған дөңгелек үстел өтті.', '2024-05-30').events; // prettier-ignore
    expect(events.map((e) => `${e.type} ${e.date.edtf}`)).toContain('meeting 2024-05-29');
  });

  it('not a table of another shape', () => {
    expect(findTriggers('Залға жаңа үстел әкелінді.', 'kk').some((h) => h.trigger.facet === 'roundtable')).toBe(false); // prettier-ignore
  });
});
