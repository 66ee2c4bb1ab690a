/**
 * A person written as the object of the verb, acted on, not acting: a Kazakh name in the
 * accusative ("Олжас Бектеновті"). (Not a Russian one: its accusative is its genitive, and the
 * genitive is often whose the act is, "визит Касым-Жомарта Токаева".) Only the name as written,
 * word for word: a speaker's evidence is his whole sentence.
 */
import { isKkAccusativeName } from '../locales/kk/kkObjectName';
import { isRuAccusativeName } from '../locales/ru/ruObjectName';

const words = (s: string) => s.trim().split(/\s+/u).length;

export function isKkObjectName(written: string, name: string): boolean {
  return words(written) === words(name) && isKkAccusativeName(written, name);
}

/** In either language: for a nominee, where the verb tells the object is a person. */
export function isObjectName(written: string, name: string): boolean {
  return isKkObjectName(written, name) || isRuAccusativeName(written, name);
}
