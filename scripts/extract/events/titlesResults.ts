/**
 * Titles of results announced: whose results (the vote named as their possessor, resultsOf.ts),
 * who announced them and whether that is done or ahead ("Referendum results to be announced").
 */
import type { Localized } from '../../../src/model/schema';
import { orgName } from './names';
import { L, tense, type Parts } from './titleParts';

/**
 * Results announced, by the electoral commission or the person the sentence names (another body
 * of the sentence need not be who announced them), of the vote named as their possessor.
 */
export function resultsTitle(c: Parts, who: Localized | undefined): Localized {
  const cec = c.organisations.find((o) => o.id === 'cec');
  const by = cec ? orgName(cec.id, cec.name) : who;
  const vote = c.args.resultsOf ? RESULTS_OF[c.args.resultsOf] : { kk: '', ru: '', en: '' };
  if (by)
    return L(
      `${by.kk} ${vote.kk}қорытындысын ${tense(c, 'жариялады', 'жарияламақ')}`,
      `${by.ru}: ${tense(c, 'объявлены', 'будут объявлены')} итоги${vote.ru}`,
      `${by.en} ${tense(c, 'announces', 'to announce')} the ${vote.en}results`,
    );
  return L(
    `${vote.kk ? `${vote.kk}қорытындысы` : 'қорытынды'} ${tense(c, 'жарияланды', 'жарияланбақ')}`,
    `${tense(c, 'Объявлены', 'Будут объявлены')} итоги${vote.ru}`,
    `${vote.en}results ${tense(c, 'announced', 'to be announced')}`,
  );
}

const RESULTS_OF = {
  referendum: { kk: 'референдум ', ru: ' референдума', en: 'referendum ' },
  election: { kk: 'сайлау ', ru: ' выборов', en: 'election ' },
  vote: { kk: 'дауыс беру ', ru: ' голосования', en: 'voting ' },
};
