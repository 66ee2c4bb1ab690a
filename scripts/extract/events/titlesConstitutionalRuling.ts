/**
 * The title of a ruling on whether a law or a norm conforms to the Constitution
 * (locales/<lang>/events/constitutionalRuling.ts): the Constitutional Court rules, in the passive
 * too, since only it finds so; on the law the sentence names, else on a law's conformity to the
 * Constitution. ("The Constitutional Court rules on the Tax Code".)
 */
import type { Localized } from '../../../src/model/schema';
import { LAWS } from './lawNames';
import { L, type Parts } from './titleParts';

export function constitutionalRulingTitle(c: Parts, at: Localized): Localized {
  const law = c.args.law ? LAWS[c.args.law] : undefined;
  return law
    ? L(`Конституциялық Соттың шешімі: ${law.kk}${at.kk}`, `Решение Конституционного суда: ${law.ru}${at.ru}`, `The Constitutional Court rules on ${law.en}${at.en}`) // prettier-ignore
    : L(`Конституциялық Соттың Конституцияға сәйкестік туралы шешімі${at.kk}`, `Решение Конституционного суда о соответствии Конституции${at.ru}`, `The Constitutional Court rules on conformity to the Constitution${at.en}`); // prettier-ignore
}
