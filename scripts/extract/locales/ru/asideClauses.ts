/**
 * Russian clauses set off by commas that describe a noun of the sentence: a relative clause
 * ("Сенат, который в 2019 году возглавлял Маулен Ашимбаев, принял закон") or a participle phrase
 * ("Сенат, возглавлявшийся Ашимбаевым, …", "Закон, подписанный Токаевым, вступил в силу"). A person
 * named inside one acts in the clause only: the main verb past it has its own subject.
 */
import { RU_RELATIVE_OPENING } from './events/relativeClauseBefore';

/**
 * A participle opening the phrase: active past (-вший, -ший: "возглавлявший", "приведший"), active
 * present (-ющий, -ящий: "возглавляющий", "руководящий"), passive past (-нный: "назначенный") and
 * present (-емый: "возглавляемый", "руководимый"),
 * in every gender, case and number, reflexive too ("возглавлявшийся").
 */
const PARTICIPLE =
  /^\s*(\p{L}+?(?:вш|[бгдзкпстхр]ш|ющ|ящ|ущ|ащ|анн|янн|енн|ённ|яем|аем|уем|им)(?:ий|ая|ее|ие|его|ей|ему|им|ими|их|ую|ем|ый|ое|ые|ого|ой|ому|ым|ыми|ых|ом)(?:ся|сь)?)(?![\p{L}])/iu;

/**
 * Words built like participles that are used as adjectives before a post or a name ("бывший аким",
 * "действующий президент", "государственный советник", "временный поверенный"): an apposition
 * that may name the actor himself.
 */
const ADJECTIVAL =
  /^(?:бывш|будущ|следующ|настоящ|действующ|ведущ|текущ|блестящ|подходящ|общ|высш|лучш|старш|младш|\p{L}*ственн|временн|военн|ценн|огромн|откровенн|\p{L}*кратн|необходим|любим|невидим)/iu;

/** Whether the text after a comma opens a clause describing the noun before the comma. */
function opensAside(after: string): boolean {
  if (RU_RELATIVE_OPENING.test(after)) return true;
  const m = PARTICIPLE.exec(after);
  return m !== null && !ADJECTIVAL.test(m[1]!);
}

/**
 * The spans [start, end) of `text` (a sentence) that such clauses take: from a comma to the next
 * comma or the sentence's end.
 */
export function ruAsideClauses(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let open = text.indexOf(','); open >= 0; open = text.indexOf(',', open + 1)) {
    if (!opensAside(text.slice(open + 1, open + 80))) continue;
    const close = text.indexOf(',', open + 1);
    spans.push([open + 1, close < 0 ? text.length : close]);
  }
  return spans;
}

/**
 * A body named with the person who leads it: "Сенат во главе с Маулен Ашимбаевым принял закон".
 * The body acts; its leader only describes it. After a word only (the body's noun), and role words
 * may stand between ("во главе с председателем …"). (Not "под председательством", "под
 * руководством": they mostly tell who chairs a sitting, "под председательством премьер-министра
 * прошло заседание", whose chair holds it.)
 */
const LED_BY = /(?<=[\p{L}\p{N}»")]\s+)во\s+главе\s+со?(?:\s+\p{Ll}[\p{L}-]*){0,3}\s+$/u;

/** Whether `before`, the text right before a name, ends on such a phrase. */
export const ruLedBy = (before: string): boolean => LED_BY.test(before);
