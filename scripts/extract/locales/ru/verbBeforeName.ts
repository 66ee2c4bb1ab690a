/**
 * Whether a Russian past verb right before a name has that name for its subject, so that the
 * verb's gender is the name's. A subject agrees with its verb; an object does not: in "Партия
 * выдвинула Касым-Жомарта Токаева" the feminine verb is the party's and the man is its object,
 * while in "— заявила Лаура Ахметова" the woman after the verb is the one who speaks.
 *
 * A name after its verb is the subject when the verb cannot take a person for its object: a
 * reflexive verb (-лся, -лась: "отчиталась Лаура Ахметова"), a verb of saying, which takes what
 * is said ("сообщила", "подчеркнул", "рассказала"), or an intransitive one ("выступила",
 * "прибыл"); or when the verb opens its clause, after a dash, a quote or a comma, with no word
 * before it that could be its subject ("…», — отметила …"), or after a word that cannot be
 * (a neuter noun, an adverb: "Заявление сделала Аида Балаева").
 */

/** Stems (before the past -л) of verbs that take no person as their object. */
const NO_PERSON_OBJECT =
  /^(?:сказа|заяви|отмети|подчеркну|добави|сообщи|поясни|рассказа|ответи|уточни|напомни|указа|выступи|прокомментирова|констатирова|резюмирова|отчита|поделил|прибы|приеха|побыва|высказа|заверши|продолжи|обрати)(?:л|ла|лся|лась)?$/iu;

const REFLEXIVE = /^\p{Ll}{3,}(?:лся|лась)$/u;

/** What may stand right before a verb that opens its clause. */
const CLAUSE_OPENER = /(?:^|[,;:«»"“”„()—–-])\s*$/u;

/**
 * `verb`: the word right before the name; `before`: the text of its sentence before the verb.
 * @example verbHasNameForSubject('выдвинула', 'Партия AMANAT ') // false
 * @example verbHasNameForSubject('заявила', 'Об этом ') // true
 */
export function verbHasNameForSubject(verb: string, before: string): boolean {
  if (REFLEXIVE.test(verb) || NO_PERSON_OBJECT.test(verb)) return true;
  if (CLAUSE_OPENER.test(before)) return true;
  // Or the word before the verb cannot be its subject, so the name after it is: a neuter noun,
  // which a verb in -л/-ла does not agree with ("Заявление сделала Аида Балаева",
  // "Решение поддержала Лаура Ахметова"), or an adverb ("Вчера выдвинула …"). A noun that may
  // agree ("Партия выдвинула", "Президент наградил", a Latin name) leaves the name its object.
  const last = /([\p{L}-]+)[^\p{L}]*$/u.exec(before)?.[1] ?? '';
  return /^\p{sc=Cyrillic}+$/u.test(last) && (NOT_A_SUBJECT.test(last) || ADVERB.test(last));
}

/**
 * Neuter nominatives (-ие, -ье, -ство, -о): no subject of a verb in -л/-ла. (Not -и, -а: the
 * genitive of a subject's complement, "Председатель партии поддержал …", "Глава государства …".)
 */
const NOT_A_SUBJECT = /(?:ие|ье|ство|о)$/iu;
const ADVERB =
  /^(?:вчера|сегодня|ранее|позднее|также|тоже|тогда|затем|потом|впервые|накануне|недавно|уже|лично|официально)$/iu;
