/**
 * The title of a ruling on whether a law or a norm conforms to the Constitution
 * (locales/<lang>/events/constitutionalRuling.ts): the body that rules, in the passive too, since
 * only it finds so; on the law the sentence names, else on a law's conformity to the Constitution.
 * ("The Constitutional Court rules on the Tax Code".) The body is the Constitutional Council where
 * the sentence names it (it ruled until 2023, constitutionalBody.ts), the Supreme Court where its
 * normative resolution is told ("Верховный суд принял нормативное постановление по закону о
 * выборах"; on no law named, its resolution, not a finding on the Constitution), the assembly of
 * judges where the sentence names it as the one that found so, else the Court.
 */
import type { Localized } from '../../../src/model/schema';
import { LAWS } from './lawNames';
import { L, type Parts } from './titleParts';

/** Each body as the ruling's owner (kk, ru genitive) and as its subject (en). */
const BODY = {
  court: L('Конституциялық Соттың', 'Конституционного суда', 'The Constitutional Court'),
  council: L('Конституциялық Кеңестің', 'Конституционного совета', 'The Constitutional Council'),
  supreme: L('Жоғарғы Соттың', 'Верховного суда', 'The Supreme Court'),
  judges: L('Судьялар жиналысының', 'Собрания судей', 'The Assembly of Judges'),
};

export function constitutionalRulingTitle(c: Parts, at: Localized): Localized {
  const law = c.args.law ? LAWS[c.args.law] : undefined;
  const b = BODY[c.args.rulingBody ?? 'court'];
  if (!law && c.args.rulingBody === 'supreme')
    return L(`${b.kk} нормативтік қаулысы${at.kk}`, `Нормативное постановление ${b.ru}${at.ru}`, `${b.en} adopts a normative resolution${at.en}`); // prettier-ignore
  return law
    ? L(`${b.kk} шешімі: ${law.kk}${at.kk}`, `Решение ${b.ru}: ${law.ru}${at.ru}`, `${b.en} rules on ${law.en}${at.en}`) // prettier-ignore
    : L(`${b.kk} Конституцияға сәйкестік туралы шешімі${at.kk}`, `Решение ${b.ru} о соответствии Конституции${at.ru}`, `${b.en} rules on conformity to the Constitution${at.en}`); // prettier-ignore
}
