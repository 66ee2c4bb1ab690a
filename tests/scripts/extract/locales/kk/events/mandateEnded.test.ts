/**
 * Kazakh: a mandate ended by others — powers terminated in the passive ("өкілеттігі мерзімінен
 * бұрын тоқтатылды") or a mandate taken away ("депутаттық мандатынан айырылды") — is no
 * resignation: an `other` event titled by whose mandate it was, in every form that tells the act.
 * Powers laid down (the active, "өкілеттігін тоқтатты") or ended at one's own request ("өз өтініші
 * бойынша") stay a resignation. Verb forms from the test paradigm. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';
import { extractSentences } from '../../../events/extractSentences';
import { passiveOf, verbForms, type KkForm } from './kkVerbParadigm';

const FORMS: KkForm[] = ['past', 'future', 'present', 'perfectAux', 'reported'];
const ENDED = verbForms(passiveOf('тоқтат'));
const LOST = verbForms('айырыл');
const HOLDERS = ['Асқар Омаровтың', 'депутаттың', 'оның', 'мәслихат хатшысының'];
const POWERS = ['өкілеттігі', 'депутаттық өкілеттігі', 'өкілеттіктері', 'мандаты'];
const FROM = ['мандатынан', 'депутаттық мандатынан', 'өкілеттігінен'];

const cues = (s: string) =>
  findTriggers(s, 'kk').map((h) => `${h.trigger.type}/${h.trigger.facet}`);

describe('Kazakh: a mandate ended by others', () => {
  const ended = HOLDERS.flatMap((who) =>
    POWERS.flatMap((p) => FORMS.map((f) => `${who} ${p} 5 наурызда мерзімінен бұрын ${ENDED[f]}.`)),
  );
  const lost = ['Асқар Омаров', 'Депутат', 'Ол'].flatMap((who) =>
    FROM.flatMap((from) => FORMS.map((f) => `${who} 5 наурызда ${from} ${LOST[f]}.`)),
  );
  it.each([...ended, ...lost])('a mandate ended, no resignation: %s', (s) => {
    expect(cues(s)).toContain('other/mandate-ended');
    expect(cues(s)).not.toContain('resignation/resignation');
  });

  it.each([
    'Мәжіліс депутаты Асқар Омаров 5 наурызда депутаттық мандатынан айырылды.',
    'Асқар Омаровтың депутаттық өкілеттігі 5 наурызда мерзімінен бұрын тоқтатылды.',
  ])('titled by whose it was: %s', (s) => {
    const e = extractSentences('kk', `Мәтін.\n\n${s}`, '2025-03-12').events;
    expect(e.map((x) => `${x.type} ${x.date.edtf} ${x.title.en}`)).toEqual([
      "other 2025-03-05 Askar Omarov's mandate terminated",
    ]);
  });

  it.each([
    'Бақыт Ермекова 5 наурызда өз өтініші бойынша өкілеттігін тоқтатты.',
    'Асқар Омаровтың өкілеттігі 5 наурызда өз өтініші бойынша мерзімінен бұрын тоқтатылды.',
  ])('laid down at one’s own will stays a resignation: %s', (s) => {
    expect(cues(s)).not.toContain('other/mandate-ended');
    expect(cues(s)).toContain('resignation/resignation');
  });
});
