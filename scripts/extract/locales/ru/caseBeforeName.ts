/**
 * The case the word right before a Russian name puts it in, where that word governs one: a
 * preposition of the dative (`к`, `по`), or a verb whose object is a person in the accusative
 * (`наградил`, `поздравила`, `назначить`). It settles names whose written form two readings share:
 * `Лейлу Искакову` is a woman's accusative (`Лейла Искакова`) or a man's dative (`Лейл Искаков`);
 * after `наградил` it is the first, after `к` the second (`к Ерлану Кошанову`).
 */
import type { RuCase } from './ruNameCase';
import { verbHasNameForSubject } from './verbBeforeName';

const DATIVE_PREPOSITION = /^(?:к|ко|по|благодаря|согласно|вопреки|навстречу)$/iu;

/**
 * Stems of verbs whose direct object is a person in the accusative (awarding, greeting,
 * appointing, receiving, dismissing, electing, thanking a person), with or without a prefix.
 */
const ACCUSATIVE_STEM =
  /^(?:наград|поздрав|назнач|переназнач|приня|приним|освобод|освобожда|избра|переизбра|выдвину|встрети|приглас|приглаша|поблагодар|благодар|увол|отстран|утверд|поддержа|проинформирова|заслуша|выслуша|представ|рекомендова|задержа|арестова|осуди|оправда|смени|чествова)/iu;

/** Past (-л, -ла, -ли) and infinitive (-ть) endings after such a stem, with their thematic vowel. */
const VERB_ENDING = /[аеиоуыя](?:л|ла|ли|ть)$/iu;

/**
 * The case the word `word` right before a name governs, where it tells (`before`: the text of the
 * sentence before `word`). A verb whose subject is the name after it governs nothing
 * ("«…», — поздравила Лейла Искакова").
 * @example caseBeforeName('наградил', 'Президент ') // 'acc'
 * @example caseBeforeName('к', 'Президент обратился ') // 'dat'
 */
export function caseBeforeName(word: string, before: string): RuCase | undefined {
  if (DATIVE_PREPOSITION.test(word)) return 'dat';
  if (!ACCUSATIVE_STEM.test(word) || !VERB_ENDING.test(word) || /с[яь]$/u.test(word))
    return undefined;
  // (An infinitive has no subject beside it: `Решено наградить Лейлу Искакову`.)
  return /ть$/u.test(word) || !verbHasNameForSubject(word, before) ? 'acc' : undefined;
}
