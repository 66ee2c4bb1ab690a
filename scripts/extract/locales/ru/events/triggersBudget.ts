/**
 * Russian triggers of a budget approved, adopted or amended, by a chamber, the government or a
 * maslikhat: "Мажилис одобрил республиканский бюджет на 2026–2028 годы", "маслихат внёс изменения
 * в областной бюджет", "бюджет на 2025 год утверждён", or to be so ("Сенат утвердит бюджет"). The
 * act is the event (the Kazakh cue's 'budget' facet); the cue is the verb, so a year after the
 * noun ("на 2026–2028 годы") is the budget's period, not the act's day. Not a law on the budget
 * ("принял закон о республиканском бюджете", the law's), nor the budget as a topic ("вопросы
 * бюджета", "обсудили бюджет").
 */
import { re, W, type Trigger } from '../../../events/trigger';
import { T } from './triggerWords';

/** Approved, adopted, amended: the verbs of a budget's act, in any tense. */
const ACT = String.raw`(?:утверд|утвержда|одобр|одобря|приня|прин(?:ял|ят)|прим(?:ет|ут)|принима|уточн|уточня|скорректир|откорректир|корректир)${T}`;
/** The budget's adjectives between, not a topic's or a law's words ("о", "закон", "вопрос"). */
const ADJECTIVES = String.raw`(?:(?!(?:(?:о|об|обо|по|на)\s|(?:закон|вопрос|исполнени|отч[её]т)\p{L}*\s))[\p{L}-]+\s+){0,3}`;
/** The budget in the accusative, or its draft: "бюджет", "бюджеты", "проект республиканского бюджета". */
const BUDGET = String.raw`(?:проект\s+${ADJECTIVES}бюджета|бюджет(?:ы)?)(?![\p{L}])`;
/** What may stand between the budget and its passive: its period ("на 2026–2028 годы"), an agent. */
const PERIOD_GAP = String.raw`(?:[\p{L}\p{N}«»"“”.,–-]+\s+){0,5}`;
/** Amendments brought in: "внёс изменения", "внесли поправки", "внесены изменения". */
const AMENDED = String.raw`(?:вн[её]с|внесл|внес[её]н|внесен|внос|внест)${T}\s+(?:изменени|поправк|уточнени|корректировк)${T}`;

export const RU_BUDGET_TRIGGERS: Trigger[] = [
  { type: 'other', facet: 'budget', pattern: re(`${W}(?:${ACT}\\s+${ADJECTIVES}${BUDGET}|${AMENDED}\\s+в\\s+${ADJECTIVES}бюджет(?![\\p{L}])|бюджет(?:ы)?\\s+${PERIOD_GAP}(?:был[иао]?\\s+|будет\\s+|будут\\s+)?(?:утвержд[её]н|одобрен|принят|уточн[её]н|скорректирован|откорректирован)${T}|в\\s+${ADJECTIVES}бюджет\\s+${PERIOD_GAP}${AMENDED})`) },
]; // prettier-ignore
