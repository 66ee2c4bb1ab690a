/**
 * Russian gapping: the later clause leaves out the verb of the earlier one (events/gappedClauses.ts).
 */
import type { Gapping } from '../../../events/gappedClauses';

/** Where a date starts: "20 февраля", "в марте", "в начале июня", "к 1 июля". */
const DATE = String.raw`(?:в\s+|во\s+|к\s+)?(?:\d|январ|феврал|март|апрел|ма[ея]|июн|июл|август|сентябр|октябр|ноябр|декабр|перв|втор|начал|конц|середин)`;

/** A finite past, any gender and number: "одобрил", "приняла", "рассмотрели", "состоялось". */
const PAST = String.raw`(?<![\p{L}])[\p{L}-]+(?:л|ла|ло|ли)(?:ся|сь)?`;

/** A word of the doer, no finite past (the verb the gap leaves out): "Сенат", "сенаторы". */
const DOER = String.raw`(?!${PAST}\s)[\p{L}-]+`;

export const RU_GAPPING: Gapping = {
  // The doer and a dash where the verb would stand: ", Сенат — 20 июня", ", а сенаторы — 20 июня";
  // or the doer after "а" and the date ending the clause: ", а Сенат 20 июня.".
  later: new RegExp(
    String.raw`,\s+(?:(?:а|но)\s+)?(?:${DOER}\s+){0,2}${DOER}\s+[–—]\s+(?=${DATE})|,\s+а\s+(?:${DOER}\s+){0,2}${DOER}\s+(?=${DATE}[^,;.!?–—]{0,22}(?:[,;.!?]|$))(?![^,;.!?]*?${PAST}(?![\p{L}]))`,
    'giu',
  ),
};
