/**
 * A holder dismissed, not one who left: "Президент освободил Ивана Петрова от должности", "аким
 * освобождён от должности", "снят с должности"; "қызметінен босатылды", "Мемлекет басшысы … босатты".
 * The event stays a resignation (the post is left), but its title says he was released, not that he
 * stepped down of his own accord. A sentence that also tells he left ("подал в отставку", "по
 * собственному желанию", "өз еркімен", "өтініші бойынша") is his resignation.
 */
import type { Localized, SourceLang } from '../../../src/model/schema';
import { KK_DISMISSAL } from '../locales/kk/lexicon/dismissal';
import { RU_DISMISSAL } from '../locales/ru/lexicon/dismissal';
import type { PostPhrases } from './posts';
import { L, ruDid, tense, type Parts } from './titleParts';

export interface DismissalCues {
  /** The holder released or removed by another. */
  dismissed: RegExp;
  /** The holder left himself, or moved to another post: no dismissal, whatever else is told. */
  left: RegExp;
}

const CUES: Record<SourceLang, DismissalCues> = { kk: KK_DISMISSAL, ru: RU_DISMISSAL };

/** Whether a resignation's sentence tells its holder was dismissed rather than left. */
export function toldDismissed(text: string, lang: SourceLang): boolean {
  const cues = CUES[lang];
  return cues.dismissed.test(text) && !cues.left.test(text);
}

/** "X is dismissed as P", "X освобождён от должности P", "X P қызметінен босатылды"; no post alone. */
export function dismissalTitle(
  c: Parts,
  a: { name: Localized; female: boolean; headOfState?: boolean } | undefined,
  p: PostPhrases | undefined,
): Localized {
  // The head of state is never dismissed by another: named alone, he is the one who dismissed
  // ("Токаев освободил Скляра от должности", the released named by a surname the text does not
  // tell as a person's).
  if (a?.headOfState)
    return L(
      `${a.name.kk} ${p ? p.kk : 'лауазымды тұлғаны'} қызметінен ${tense(c, 'босатты', 'босатпақ')}`,
      `${a.name.ru} ${ruDid(c, a.female, 'освободил', 'освободила', 'освободит')} от должности ${p ? p.ruGen : 'чиновника'}`,
      `${a.name.en} ${tense(c, 'dismisses', 'to dismiss')} ${p ? `the ${p.en}` : 'an official'}`,
    );
  const kk = tense(c, 'босатылды', 'босатылмақ');
  const en = tense(c, 'is dismissed', 'to be dismissed');
  const ru = (female: boolean) =>
    female
      ? tense(c, 'освобождена', 'будет освобождена')
      : tense(c, 'освобождён', 'будет освобождён');
  if (a && p)
    return L(
      `${a.name.kk} ${p.kk} қызметінен ${kk}`,
      `${a.name.ru} ${ru(a.female)} от должности ${p.ruGen}`,
      `${a.name.en} ${en} as ${p.en}`,
    );
  if (a)
    return L(
      `${a.name.kk} қызметінен ${kk}`,
      `${a.name.ru} ${ru(a.female)} от должности`,
      `${a.name.en} ${en}`,
    );
  // (A post alone may be the dismisser's: "облыс әкімі оны қызметінен босатты".)
  return L('Қызметтен босату', 'Освобождение от должности', 'A dismissal from office');
}
