/**
 * Titles of a resignation announced or asked for (facet 'announced'): the holder says he leaves
 * or files his letter, and no more is done that day. "Gulnar Saparova announces her resignation as
 * akim (governor)", "… submits her resignation …"; never "steps down", which tells the post left.
 */
import type { Localized } from '../../../src/model/schema';
import type { PostPhrases } from './posts';
import { L, ruDid, tense, type Parts } from './titleParts';

type Holder = { name: Localized; female: boolean } | undefined;

export function announcedResignationTitle(
  c: Parts,
  a: Holder,
  p: PostPhrases | undefined,
): Localized {
  const letter = c.args.resignationLetter === true;
  const [enV, enTo] = letter ? ['submits', 'to submit'] : ['announces', 'to announce'];
  const en = tense(c, enV, enTo);
  const kk = letter
    ? (from: string) => `${from} кету туралы өтініш ${tense(c, 'берді', 'бермек')}`
    : (from: string) => `${from} кететінін ${tense(c, 'мәлімдеді', 'мәлімдемек')}`;
  const ru = (female: boolean) =>
    letter
      ? `${ruDid(c, female, 'подал', 'подала', 'подаст')} заявление об отставке`
      : `${ruDid(c, female, 'заявил', 'заявила', 'заявит')} об отставке`;
  if (a) {
    const his = a.female ? 'her' : 'his';
    return L(
      `${a.name.kk} ${kk(p ? `${p.kk} қызметінен` : 'отставкаға')}`,
      `${a.name.ru} ${ru(a.female)}${p ? ` с поста ${p.ruGen}` : ''}`,
      `${a.name.en} ${en} ${his} resignation${p ? ` as ${p.en}` : ''}`,
    );
  }
  // (The post alone: its holder's gender is not told, Russian agrees with the noun.)
  if (p) return L(`${p.kk} ${kk('отставкаға')}`, `${p.ru} ${ru(false)}`, `The ${p.en} ${en} resignation`); // prettier-ignore
  return letter
    ? L('Отставка туралы өтініш', 'Заявление об отставке', 'A resignation letter submitted')
    : L(
        'Отставка туралы мәлімдеме',
        'Заявление об отставке',
        tense(c, 'A resignation announced', 'A resignation to be announced'),
      );
}
