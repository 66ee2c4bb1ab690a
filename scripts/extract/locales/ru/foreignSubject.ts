/**
 * A foreign surname alone, the subject of a meeting, a visit or a statement: "Эрдоган встретился
 * с Токаевым", "Макрон прибыл в Астану", "Шольц заявил …". The shape is the one "с" + the
 * instrumental reads (locales/ru/metWith.ts: -ан, -он, -ен, -ц), in the nominative; a capitalised
 * noun of that shape is a subject as well ("Закон вступил", "Сезон стартовал"), so the verb right
 * after it must be one only a person does, in the masculine these surnames take ("встретился",
 * "прибыл", "заявил"), and the word no listed given name (`Роман`, `Антон`) nor such a noun.
 */
import { listedGivenGender } from '../../arguments/givenNamePair';
import { ruForeignShape } from './metWith';

/** Past masculine verbs of meeting, coming, talking and saying: a person's acts. */
const PERSON_VERB =
  /^(?:встретился|прибыл|приехал|прилетел|посетил|побывал|поговорил|созвонился|заявил|сказал|подчеркнул|поблагодарил|пригласил|поздравил)$/u;

/**
 * Whether a lone word, `written` as the text has it and `words` its nominative, is a foreign
 * surname, the subject of the verb first in the words `after` it.
 */
export function ruForeignSubject(
  written: readonly string[],
  words: readonly string[],
  after: readonly string[],
): boolean {
  if (written.length !== 1 || written[0] !== words[0]) return false;
  return (
    ruForeignShape(written[0]!) &&
    // (-ец is a noun's suffix: "Отец приехал", "Образец прибыл".)
    !written[0]!.endsWith('ец') &&
    listedGivenGender(written[0]!) === undefined &&
    PERSON_VERB.test(after[0] ?? '')
  );
}
