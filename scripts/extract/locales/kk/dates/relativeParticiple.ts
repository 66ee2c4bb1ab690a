/**
 * A participle with a postposition of order ("сессия ашылғаннан кейін", "ашылған соң",
 * "ашылғанға дейін") tells when the clause's act comes relative to that event, not when it stands
 * relative to the telling: its past form is the event's order before (or after) the act. So it
 * gives the date no tense of its own; the clause's finite verb does ("1 қыркүйекте сессия
 * ашылғаннан кейін қарайды": ahead, as "қарайды" is).
 * @example isOrderParticiple(['сессия', 'ашылғаннан', 'кейін', 'қарайды'], 1) // true
 */
const AFTER = /^(?:кейін|соң)$/u;
const UNTIL = /^(?:дейін|шейін)$/u;
/** The participle's ablative (after it) or its bare form before "соң"; the dative before "дейін". */
const ABLATIVE = /(?:ған|ген|қан|кен)(?:нан|нен)?$/u;
const DATIVE = /(?:ған|ген|қан|кен)(?:ға|ге)$/u;

export function isOrderParticiple(words: readonly string[], i: number): boolean {
  const word = words[i] ?? '';
  const next = words[i + 1] ?? '';
  return (AFTER.test(next) && ABLATIVE.test(word)) || (UNTIL.test(next) && DATIVE.test(word));
}
