/**
 * Russian triggers of measures a state body takes on a day of its own: the central bank's rate
 * decision ("Национальный банк повысил базовую ставку до 16,5%", "ставка сохранена"), a ban
 * imposed ("Правительство запретило вывоз бензина", "введен запрет на экспорт"), diplomats
 * expelled or declared persona non grata ("МИД выслал двух дипломатов"). Each reads the finite
 * verb of every gender and number, active or short passive, past or future; never the present
 * ("запрещает", "повышается": a standing rule or a process), a noun alone ("запрет на курение
 * обсуждается": only talked of) or an infinitive ("предложило ввести запрет": a proposal's).
 * What each title says is read by events/measures.ts.
 */
import { re, W, type Trigger } from '../../../events/trigger';
import { T, GAP } from './triggerWords';

/** Up to n words in between, a figure with its percent sign among them ("на 0,5% до 16,5%"). */
const FIG_GAP = (n: number) => String.raw`(?:[\p{L}\p{N}«»"“”.,%-]+\s+){0,${n}}`;
/**
 * Past of each gender and number, or the perfective future's third persons: повысил|а|о|и, and
 * "повыс" + "ит|ят" (the second conjugation) or "подним" + "ет|ут" (the first).
 */
const DID = (past: string, future: string, ends = 'ит|ят') =>
  String.raw`${past}(?:л|ла|ло|ли)|${future}(?:${ends})`;
const FIRST = 'ет|ут|ют|[её]т';
/** The short passive participle of each gender and number: повышен, повышена, повышено, повышены. */
const DONE = (stem: string) => String.raw`${stem}(?:|а|о|ы)`;

/** The central bank's policy rate ("базовая ставка", "учётную ставку", "ставки рефинансирования"), not a tax's or a loan's. */
const RATE = String.raw`(?:(?:базов|учетн|учётн|ключев)${T}\s+)?ставк${T}(?:\s+рефинансирования)?(?!\s+(?:НДС|налог|пошлин|акциз|сбор|по\s+(?:налог|НДС|кредит|депозит|ипотек|вклад)))`;
/** The rate raised, cut or kept, by the verb's finite forms (events/measures.ts reads which). */
const RATE_MOVED = [
  DID('повыси', 'повыс'), DONE('повышен'), DID('подня', 'подним', FIRST), DONE('поднят'),
  DID('снизи', 'сниз'), DONE('снижен'), DID('понизи', 'пониз'), DONE('понижен'),
  DID('сохрани', 'сохран'), DONE('сохранен'), DONE('сохранён'), DID('остави', 'остав'), DONE('оставлен'),
  String.raw`остал(?:ся|ась|ось|ись)`, String.raw`останется|останутся`,
].join('|'); // prettier-ignore
/** Who sets the rate, or the rate's own adjective: a bare "ставку повысил" needs one of them. */
const RATE_SETTER = String.raw`${W}(?:базов|учетн|учётн|ключев|рефинансир|Нацбанк|Национальн${T}\s+банк|регулятор)`;

/** A ban: its verb "запретить", or "ввести / наложить / установить" a "запрет". */
const BANNED = DID('запрети', 'запрет');
/** Its short passive, which also tells a standing rule ("агитация запрещена"): dated only. */
const BANNED_PASSIVE = [DONE('запрещен'), DONE('запрещён')].join('|');
/**
 * A ban laid on a person named by a dative pronoun ("ему запретили занимать должности", "им
 * запрещено"): a court's sanction or a law's norm about him, not a measure of its own.
 */
const ON_A_PERSON = String.raw`(?<![\p{L}])(?:ему|ей|им|мне|нам|вам|себе)\s+(?:[\p{L}\p{N}-]+\s+){0,6}$`;
/** The same pronoun right after the verb: "суд запретил ему занимать должности". */
const ON_A_PERSON_AFTER = re(String.raw`^\s+(?:ему|ей|им|мне|нам|вам|себе)(?![\p{L}])`);
const IMPOSED = [DID('вве', 'введ', FIRST), 'ввёл', DID('наложи', 'налож'), DID('установи', 'установ')].join('|'); // prettier-ignore
const IMPOSED_PASSIVE = [DONE('введен'), DONE('введён'), DONE('наложен'), DONE('установлен')].join(
  '|',
);

/** Whom a state expels: a diplomat, an ambassador, a consul, an attaché, an embassy's staff. */
const ENVOY = String.raw`(?:дипломат|посол(?![\p{L}])|посл(?:а|у|ом|е|ы|ов|ам|ами)(?![\p{L}])|консул|атташе|сотрудник${T}\s+(?:посольств|консульств|дипмиссии|диппредставительств))${T}`;
const EXPELLED = [DID('высла', 'вышл', FIRST), DONE('выслан'), DID('выдвори', 'выдвор'), DONE('выдворен')].join('|'); // prettier-ignore
const DECLARED = [DID('объяви', 'объяв'), DONE('объявлен'), DID('призна', 'призна', 'ет|ют'), DONE('признан')].join('|'); // prettier-ignore
const NON_GRATA = String.raw`персон(?:ой|ами)\s+нон[\s-]?грата`;

/**
 * A ban told in a sentence of a referendum, the Constitution or a law is what that act laid down
 * ("на референдуме … изменены 33 статьи, в том числе … запрещено"): that act's event, not one of its own.
 */
const NO_ACT_OF_LAW = re(
  String.raw`^(?![\s\S]*(?:референдум|Конституци|Основн\p{L}*\s+закон|закон|кодекс))`,
);
/** Not a measure denied ("не повысил", "не был введен"). */
const NOT = String.raw`(?<![\p{L}])не\s+(?:был[аои]?\s+)?$`;

export const RU_MEASURE_TRIGGERS: Trigger[] = [
  // The rate decision, either order: "повысил базовую ставку до 16,5%", "Базовая ставка
  // сохранена на уровне 15,25%", "ставку Нацбанк снизил".
  { type: 'other', facet: 'rate', pattern: re(`${W}(?:(?:${RATE_MOVED})\\s+${FIG_GAP(3)}${RATE}|${RATE}\\s+${FIG_GAP(4)}(?:был[аои]?\\s+)?(?:${RATE_MOVED}))(?![\\p{L}])`), also: [re(RATE_SETTER)], notAfter: re(NOT) },
  // A ban imposed, by its verb or its noun with a verb of imposing, either order: "запретило
  // вывоз бензина", "ввело запрет на экспорт", "запрет введен"; "вывоз был запрещен" when dated.
  { type: 'other', facet: 'ban', pattern: re(`${W}(?:(?:${BANNED})|(?:${IMPOSED})\\s+${GAP(2)}запрет${T}|запрет${T}\\s+${GAP(4)}(?:был[аои]?\\s+)?(?:${IMPOSED_PASSIVE})|(?:${IMPOSED_PASSIVE})\\s+${GAP(2)}запрет${T})(?![\\p{L}])`), notAfter: re(`${NOT}|${ON_A_PERSON}`), notBefore: ON_A_PERSON_AFTER, also: [NO_ACT_OF_LAW] },
  { type: 'other', facet: 'ban', pattern: re(`${W}(?:${BANNED_PASSIVE})(?![\\p{L}])`), notAfter: re(`${NOT}|${ON_A_PERSON}`), notBefore: ON_A_PERSON_AFTER, also: [NO_ACT_OF_LAW], needsDate: true },
  // Diplomats expelled or declared persona non grata, either order: "выслал двух дипломатов",
  // "посол был выслан", "объявил персоной нон грата", "признаны персонами нон грата".
  { type: 'other', facet: 'expulsion', pattern: re(`${W}(?:(?:${EXPELLED})\\s+${GAP(4)}${ENVOY}|${ENVOY}\\s+${GAP(5)}(?:был[аои]?\\s+)?(?:${EXPELLED})(?![\\p{L}])|(?:${DECLARED})\\s+${GAP(5)}${NON_GRATA}|${NON_GRATA}\\s+${GAP(3)}(?:был[аои]?\\s+)?(?:${DECLARED})(?![\\p{L}]))`), notAfter: re(NOT) },
]; // prettier-ignore
