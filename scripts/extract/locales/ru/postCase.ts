/**
 * The case of a Russian post written before a name, which the name in apposition shares
 * ("премьер-министру Великобритании Киру Стармеру": the dative, so `Кир Стармер`, not a woman's
 * accusative `Кира Стармера`; "президента США Джо Байдена": the genitive or the accusative, so
 * `Байден`). A foreign given name out of the lists shows no case of its own (`Джо`, `Энтони`),
 * nor does an indeclinable surname (`Мелони`): the post tells it.
 */
import { RU_FORM_NOMINATIVE, RU_ROLE_NOMINATIVE, RU_ROLE_STEMS } from './lexicon/roles';
import { RU_MONARCH_TITLES } from './lexicon/monarchTitles';
import type { RuCase } from './ruNameCase';

type Endings = Readonly<Record<string, readonly RuCase[]>>;

/** Singular case endings after the stem of a noun that ends in a consonant (`министр`, `посл|а`). */
const HARD: Endings = { '': ['nom'], а: ['gen', 'acc'], у: ['dat'], ом: ['ins'], е: ['pre'] };
/** After a soft stem (`председател|ь`, `секретар|я`). */
const SOFT: Endings = { ь: ['nom'], я: ['gen', 'acc'], ю: ['dat'], ем: ['ins'], ём: ['ins'], е: ['pre'] }; // prettier-ignore
/** After the stem of a noun in -а (`глав|а`, `глав|у`). */
const A_NOUN: Endings = { а: ['nom'], ы: ['gen'], е: ['dat', 'pre'], у: ['acc'], ой: ['ins'] };

/** The cases a singular post noun may be in, by its ending (`премьер-министра`: gen, acc). */
export function ruPostCases(word: string): readonly RuCase[] | undefined {
  const lower = word.toLowerCase();
  // (`премьер-министра`, `вице-министру`: the case is on the last half.)
  const head = lower.slice(lower.lastIndexOf('-') + 1);
  const form = RU_FORM_NOMINATIVE[head];
  if (form && form === 'посол') return HARD[head.slice('посл'.length)];
  if (form && RU_MONARCH_TITLES.includes(form)) return titleCases(head, form);
  const stem = RU_ROLE_STEMS.filter((s) => head.startsWith(s)).sort((a, b) => b.length - a.length)[0]; // prettier-ignore
  if (!stem) return undefined;
  const nominative = RU_ROLE_NOMINATIVE[stem] ?? stem;
  const ending = head.slice(stem.length);
  if (nominative.endsWith('ь')) return SOFT[ending];
  if (nominative.endsWith('а')) return A_NOUN[ending];
  return nominative === stem ? HARD[ending] : undefined;
}

/** The cases of a monarch's title by its ending after the nominative's stem (`корол|я`, `эмир|у`). */
function titleCases(head: string, nominative: string): readonly RuCase[] | undefined {
  const stem = nominative.replace(/[ьа]$/u, '');
  const table = nominative.endsWith('ь') ? SOFT : nominative.endsWith('а') ? A_NOUN : HARD;
  // (After ц the instrumental is -ем: `принцем`.)
  const ending = head.slice(stem.length);
  return ending === 'ем' && table === HARD ? ['ins'] : table[ending];
}

/** Words that cannot stand between a post and the name it is in apposition to. */
const NOT_BETWEEN =
  /^(?:с|со|к|ко|в|во|на|по|о|об|за|от|до|для|из|при|и|а|но|или|что|как|\p{Ll}+(?:л|ла|ли|ло|лся|лась|лись|ть|ться|ет|ит|ют|ят))$/u;

/**
 * Nouns of an office, whose genitive names the office and no person ("передал пост председателя
 * партии Токаеву", "исполняющего обязанности министра"): the name after it is not in apposition.
 */
const OFFICE_NOUN =
  /^(?:пост|должност|обязанност|полномочи|кресл|портфел|функци|звани|статус|мест)\p{Ll}*$/iu;

/**
 * The cases of the post among the last words before a name (`before`: the sentence up to the
 * name), where only its complement stands between them ("премьер-министра Италии", "Генерального
 * секретаря ООН"): no verb, preposition or conjunction, no punctuation.
 */
export function postCaseBeforeName(before: string): readonly RuCase[] | undefined {
  const tail = /(?:^|[.,;:!?«»"()–—])([^.,;:!?«»"()–—]*)$/u.exec(before)?.[1] ?? before;
  const words = tail.trim().split(/\s+/u).filter(Boolean).slice(-5);
  for (let i = words.length - 1; i >= 0; i--) {
    const cases = ruPostCases(words[i]!);
    if (cases) return OFFICE_NOUN.test(words[i - 1] ?? '') ? undefined : cases;
    if (NOT_BETWEEN.test(words[i]!)) return undefined;
  }
  return undefined;
}
