/**
 * Nouns that end as the intention -мақ/-мек does are no verb: "5 қаңтарда Қазақстан ҰҚШҰ-ға көмек
 * сұрап жүгінді" (asked for help, published in February 2022) was dated 5 January 2023, planned,
 * "көмек" read as "көм-ек", to be. Generated over the nouns, their cases and the dates.
 */
import { describe, expect, it } from 'vitest';
import { kkParticipleTense } from '../../../../../scripts/extract/locales/kk/kkParticiple';
import { kkVerbTense } from '../../../../../scripts/extract/locales/kk/events/kkVerbTense';
import { extractSentences } from '../../events/extractSentences';

const NOUNS = ['көмек', 'тамақ', 'жібек', 'тірек'];
const CASES = ['', 'ті', 'ке', 'тен', 'тің', 'пен'];
const SENTENCES = [
  '5 қаңтарда Қазақстан ҰҚШҰ-ға көмек сұрап жүгінді.',
  '5 қаңтарда Үкімет тұрғындарға көмек көрсетуді ұйғарды.',
  '5 қаңтарда әкімдік тұрғындарға тамақ таратуды бастады.',
  '5 қаңтарда Президент ҰҚШҰ-дан көмек сұрады.',
];

describe('nouns that look like the intention', () => {
  it.each(NOUNS)('%s is no verb', (n) => expect(kkVerbTense(n)).toBeUndefined());
  it.each(NOUNS.flatMap((n) => CASES.map((c) => n.replace(/қ$/u, 'қ') + c)))(
    '%s is no participle',
    (w) => expect(kkParticipleTense(w)).toBeUndefined(),
  );
  it.each(['өткізбек', 'көмектеспек', 'ұсынбақ', 'тағайындамақ'])('%s is still ahead', (w) =>
    expect(kkVerbTense(w)).toBe('future'),
  );
  it.each(SENTENCES)('%s is of the past January', (sentence) => {
    const data = extractSentences('kk', `Қаңтар оқиғалары\n\n${sentence}`, '2022-02-12');
    const dated = data.events.filter((e) => e.date.edtf.endsWith('-01-05'));
    if (sentence.includes('жүгінді')) expect(dated.length).toBeGreaterThan(0);
    expect(data.events.filter((e) => e.date.edtf.startsWith('2023'))).toEqual([]);
    for (const e of dated) {
      expect(e.date.edtf).toBe('2022-01-05');
      expect(e.status).toBe('reported');
    }
  });
});
