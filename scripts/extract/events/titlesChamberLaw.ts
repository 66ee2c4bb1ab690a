/**
 * Titles of a law a chamber acts on, told with the chamber as the one who acts: "The Mazhilis
 * ratifies a treaty" (the law on ratification it adopts is that act), "The Senate passes the law
 * on elections". With a signer (the head of state signs a law a chamber passed), other templates
 * title it.
 */
import type { Localized } from '../../../src/model/schema';
import { CHAMBER_NAMES } from './billChamber';
import type { LawPhrases } from './lawNames';
import type { TreatyKind } from './ratifiedTreaty';
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

/**
 * A chamber ratifying a treaty, by the law it adopts: "Мажилис ратифицировал договор". Told by the
 * ratifying cue with no chamber, no signer and no step of the law, the treaty is ratified ("Соглашение еще предстоит
 * ратифицировать", "депутаттар келісімді ратификациялады"): the act, not "the law on ratifying".
 */
export function chamberRatifies(c: Parts): Localized | undefined {
  const treaty = c.args.ratifiedTreaty && TREATY[c.args.ratifiedTreaty];
  if (!treaty) return undefined;
  const ch = actingChamber(c);
  // (Only the ratifying cue itself: a law on ratification passed or sent on is a bill's step,
  // "закон о ратификации направлен в Сенат" ratifies nothing yet.)
  if (!ch && !c.args.chamber && !c.args.lawStep && c.facet === 'ratification' && !signerOf(c)) {
    // (The Russian subject in the nominative: "конвенция", not the accusative "конвенцию".)
    const ru = `ратифицирован${treaty.ruDone} ${treaty.ruAcc.replace(/ю$/u, 'я')}`;
    return capitalised(
      L(
        `${treaty.kk} ${tense(c, 'ратификацияланды', 'ратификацияланбақ')}`,
        tense(c, ru, `будет ${ru}`),
        `${treaty.en} ${tense(c, 'is ratified', 'to be ratified')}`,
      ),
    );
  }
  if (!ch) return undefined;
  return capitalised(
    L(
      `${ch.kk} ${treaty.kkAcc} ${tense(c, 'ратификациялады', 'ратификацияламақ')}`,
      `${ch.ru} ${tense(c, 'ратифицировал', 'ратифицирует')} ${treaty.ruAcc}`,
      `${ch.en} ${tense(c, 'ratifies', 'to ratify')} ${treaty.en}`,
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
