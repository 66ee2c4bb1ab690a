/**
 * An agreement two states reach or sign, named by them (statesAgree.ts): "Kazakhstan and
 * Uzbekistan reach an agreement", "Қазақстан және Өзбекстан келісті", "Казахстан и Узбекистан
 * подписали соглашение".
 */
import type { Localized } from '../../../src/model/schema';
import { stateName } from './statesAgree';
import { L, tense, type Parts } from './titleParts';

export function statesAgreementTitle(
  c: Parts,
  states: [string, string],
  at: Localized,
): Localized | undefined {
  const [a, b] = states.map(stateName);
  if (!a || !b) return undefined;
  const kk = `${a.kk} және ${b.kk}`;
  const ru = `${a.ru} и ${b.ru}`;
  const en = `${a.en} and ${b.en}`;
  if (c.args.agreed)
    return L(`${kk} ${tense(c, 'келісті', 'келіспек')}${at.kk}`, `${ru} ${tense(c, 'договорились', 'договорятся')}${at.ru}`, `${en} ${tense(c, 'reach', 'to reach')} an agreement${at.en}`); // prettier-ignore
  return L(`${kk} келісімге қол ${tense(c, 'қойды', 'қоймақ')}${at.kk}`, `${ru} ${tense(c, 'подписали', 'подпишут')} соглашение${at.ru}`, `${en} ${tense(c, 'sign', 'to sign')} an agreement${at.en}`); // prettier-ignore
}
