/**
 * Titles of a law a chamber acts on, told with the chamber as the one who acts: "The Mazhilis
 * ratifies a treaty", "The Senate denounces an agreement" (the law it adopts is that act), "The
 * Senate passes the law on elections". With a signer (the head of state signs a law a chamber
 * passed), other templates title it.
 */
import type { Localized } from '../../../src/model/schema';
import { CHAMBER_NAMES } from './billChamber';
import type { LawPhrases } from './lawNames';
import type { TreatyAct, TreatyKind } from './ratifiedTreaty';
import { L, capitalised, signerOf, tense, type Parts } from './titleParts';

/**
 * A treaty's noun: Kazakh nominative and accusative, Russian accusative and its past passive
 * participle's gender ending, English with its article.
 */
const TREATY: Record<TreatyKind, { kk: string; kkAcc: string; ruAcc: string; ruDone: string; en: string }> = {
  agreement: { kk: 'Келісім', kkAcc: 'келісімді', ruAcc: 'соглашение', ruDone: 'о', en: 'an agreement' },
  treaty: { kk: 'Шарт', kkAcc: 'шартты', ruAcc: 'договор', ruDone: '', en: 'a treaty' },
  convention: { kk: 'Конвенция', kkAcc: 'конвенцияны', ruAcc: 'конвенцию', ruDone: 'а', en: 'a convention' },
  protocol: { kk: 'Хаттама', kkAcc: 'хаттаманы', ruAcc: 'протокол', ruDone: '', en: 'a protocol' },
  memorandum: { kk: 'Меморандум', kkAcc: 'меморандумды', ruAcc: 'меморандум', ruDone: '', en: 'a memorandum' },
}; // prettier-ignore

/** Steps a chamber takes itself; signing, a return or coming into force are not its. */
const CHAMBER_STEPS = new Set([undefined, 'adopted']);
/** Facets of steps before the vote: a bill put forward, read, approved in committee. */
const BEFORE_THE_VOTE = new Set(['submission', 'reading', 'committee']);

/** The chamber that acts on the law itself, if the sentence names one and no signer. */
function actingChamber(c: Parts) {
  const chamber = c.args.chamber;
  if (!chamber || BEFORE_THE_VOTE.has(c.facet) || !CHAMBER_STEPS.has(c.args.lawStep)) return;
  return signerOf(c) ? undefined : CHAMBER_NAMES[chamber];
}

/** A treaty act's verbs: done and ahead, by a chamber and with none named; English's participle. */
const ACT_VERBS: Record<TreatyAct, { kk: [string, string, string, string]; ru: [string, string, string]; en: [string, string, string] }> = {
  ratify: { kk: ['ратификациялады', 'ратификацияламақ', 'ратификацияланды', 'ратификацияланбақ'], ru: ['ратифицировал', 'ратифицирует', 'ратифицирован'], en: ['ratifies', 'to ratify', 'ratified'] },
  denounce: { kk: ['денонсациялады', 'денонсацияламақ', 'денонсацияланды', 'денонсацияланбақ'], ru: ['денонсировал', 'денонсирует', 'денонсирован'], en: ['denounces', 'to denounce', 'denounced'] },
}; // prettier-ignore

/**
 * A chamber ratifying or denouncing a treaty, by the law it adopts: "Мажилис ратифицировал
 * договор", "Сенат денонсировал соглашение". Told by the act's cue with no chamber, no signer and
 * no step of the law, the treaty is acted on ("Соглашение еще предстоит ратифицировать",
 * "депутаттар келісімді ратификациялады"): the act, not "the law on ratifying".
 */
export function chamberTreatyAct(c: Parts): Localized | undefined {
  const t = c.args.treaty;
  if (!t) return undefined;
  const treaty = TREATY[t.kind];
  const v = ACT_VERBS[t.act];
  const ch = actingChamber(c);
  // (Only the act's cue itself: a law on ratification passed or sent on is a bill's step,
  // "закон о ратификации направлен в Сенат" ratifies nothing yet.)
  if (!ch && !c.args.chamber && !c.args.lawStep && c.facet === 'ratification' && !signerOf(c)) {
    // (The Russian subject in the nominative: "конвенция", not the accusative "конвенцию".)
    const ru = `${v.ru[2]}${treaty.ruDone} ${treaty.ruAcc.replace(/ю$/u, 'я')}`;
    return capitalised(
      L(
        `${treaty.kk} ${tense(c, v.kk[2], v.kk[3])}`,
        tense(c, ru, `будет ${ru}`),
        `${treaty.en} ${tense(c, `is ${v.en[2]}`, `to be ${v.en[2]}`)}`,
      ),
    );
  }
  if (!ch) return undefined;
  return capitalised(
    L(
      `${ch.kk} ${treaty.kkAcc} ${tense(c, v.kk[0], v.kk[1])}`,
      `${ch.ru} ${tense(c, v.ru[0], v.ru[1])} ${treaty.ruAcc}`,
      `${ch.en} ${tense(c, v.en[0], v.en[1])} ${treaty.en}`,
    ),
  );
}

/** A chamber adopting a law: "Мажилис принял закон о выборах" (the bill passed: titlesBillPassed.ts). */
export function chamberPasses(c: Parts, name: LawPhrases | undefined): Localized | undefined {
  const ch = actingChamber(c);
  if (!ch || c.args.lawStep !== 'adopted') return undefined;
  // (Kazakh tells a named law adopted in the chamber: the name needs no accusative of its own.)
  return capitalised(
    L(
      name
        ? `${name.kk} ${ch.kkLoc} ${tense(c, 'қабылданды', 'қабылданбақ')}`
        : `${ch.kk} заң ${tense(c, 'қабылдады', 'қабылдамақ')}`,
      `${ch.ru} ${tense(c, 'принял', 'примет')} ${name?.ru ?? 'закон'}`,
      `${ch.en} ${tense(c, 'passes', 'to pass')} ${name?.en ?? 'a law'}`,
    ),
  );
}
