/**
 * A Russian name written as the object of a verb: its words are the accusative of its nominative
 * ("выдвинули кандидатом Касым-Жомарта Токаева", "Айгуль Сапарову"), not the subject who acts.
 */
import { declineRuName } from './ruNameCase';

/** Whether `written` is the accusative, for either gender, of the nominative `name`, and not the same words. */
export function isRuAccusativeName(written: string, name: string): boolean {
  const words = name.trim().split(/\s+/u);
  const as = written.trim().replace(/\s+/gu, ' ');
  if (as === words.join(' ')) return false;
  return (['m', 'f'] as const).some((g) => declineRuName(words, g, 'acc').join(' ') === as);
}
