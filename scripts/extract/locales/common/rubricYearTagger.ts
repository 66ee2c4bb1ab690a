import type { TokenMatch } from '../../dates/tagger';
import type { Token } from '../../dates/tokenize';

/** Names where a number after the hyphen is not a year of the thing: "COVID-2019" is a virus. */
const QUOTE = /^["«»“”„']$/u;
const NOT_RUBRIC = /^(?:covid|ковид|коронавирус)$/iu;
/**
 * Nouns that a programme or an event's name is the name of, in Kazakh (any possessive form:
 * "көрмесі", "стратегиясының") and Russian: "Экспо-2017 көрмесі", "Қазақстан-2050 стратегиясы",
 * "Универсиада-2017 ойындары". The year is part of the name there, often a target year, not
 * the time of what is told; a rubric stands alone ("Сайлау-2022: нәтиже").
 */
const NAME_HEAD =
  /^(?:көрме|стратегия|бағдарлама|жоба|фестивал|форум|ойын|олимпиада|чемпионат|универсиада|конкурс|байқау|турнир|марафон|акция|кубо?г|саммит|жарыс|жаттығу|оқу-жаттығу|конференция|тұжырымдама|выставк|стратеги|программ|проект|фестивал|форум|игр|олимпиад|чемпионат|универсиад|конкурс|турнир|марафон|акци|кубк|саммит|учени|концепци)/iu;

/**
 * A year glued by a hyphen to a word, as rubrics and event names write it: "Сайлау-2022"
 * (Election 2022), "Выборы-2023", "Еуро-2020". Only the year is the date; the word stays out.
 * @example rubricYearTagger(tokenize('Сайлау-2022: нәтиже'), 2)?.reading // { kind: 'cal', parts: { year: 2022 } }
 */
export function rubricYearTagger(tokens: readonly Token[], i: number): TokenMatch | null {
  const t = tokens[i];
  const dash = tokens[i - 1];
  const word = tokens[i - 2];
  if (t?.kind !== 'number' || t.text.length !== 4 || !t.glued) return null;
  if (dash?.kind !== 'dash' || !dash.glued || word?.kind !== 'word' || NOT_RUBRIC.test(word.text))
    return null;
  const next = tokens[i + 1];
  if (next?.glued && (next.kind === 'word' || next.kind === 'dash' || next.kind === 'number'))
    return null;
  // In quotes it names an event or an exercise ("« Қыс-2019 » оқу-жаттығулары"), not a year;
  // so does it before the noun it names ("Экспо-2017 көрмесі").
  if (QUOTE.test(tokens[i - 3]?.text ?? '') || QUOTE.test(next?.text ?? '')) return null;
  if (next?.kind === 'word' && NAME_HEAD.test(next.low)) return null;
  // (Or after one: the year glued to the event's own noun, "Азия ойындары-2026", "Олимпиада-2024".)
  if (NAME_HEAD.test(word.low)) return null;
  // (Or before it past its adjectives: "Алматы-2029 қысқы ойындары", "Сочи-2014 зимние игры".)
  if (headPastAdjectives(tokens, i + 1)) return null;
  const year = Number(t.text);
  if (year < 1900 || year > 2100) return null;
  return { from: i, to: i + 1, reading: { kind: 'cal', parts: { year } } };
}

/** Lower-case adjectives of an event's name: kk -ғы/-гі/-қы/-кі, -лық/-лік, -ты/-ті …; ru -ый/-ий/-ой/-ая/-ие/-ые. */
const ADJECTIVE = /^\p{L}\p{Ll}+(?:[ғгқк][ыі]|[лдт][ыі][қк]?|[ыио]й|[ая]я|[оеиы]е)$/u;

/** Whether an event noun follows within two adjectives. */
function headPastAdjectives(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < from + 3; k++) {
    const w = tokens[k];
    if (w?.kind !== 'word') return false;
    if (k > from && NAME_HEAD.test(w.low)) return true;
    if (!ADJECTIVE.test(w.text)) return false;
  }
  return false;
}
