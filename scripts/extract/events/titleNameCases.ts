/**
 * A person's name in the case a title puts it in: the Kazakh instrumental ("Шавкат Мирзиёевпен",
 * "Владимир Путинмен", "Режеп Тайып Ердоғанмен") and the Russian instrumental and accusative
 * ("с Шавкатом Мирзиёевым", "принял Ерлана Кошанова"), from the name's nominative in each language.
 */
import { declineRuName, type RuCase } from '../locales/ru/ruNameCase';

/**
 * The Kazakh instrumental suffix: -мен after a vowel and м, н, ң, л, р, й, у; -бен after ж, з;
 * -пен after the other consonants (voiceless, and б, в, г, д). It has no vowel harmony.
 */
export function kkWith(name: string): string {
  const last = name.slice(-1).toLowerCase();
  const suffix = /[аәеёиоөұүыіэюямнңлрйу]/u.test(last) ? 'мен' : /[жз]/u.test(last) ? 'бен' : 'пен';
  return `${name}${suffix}`;
}

/** A Russian name (nominative, given name first) in case `c`, for a man or a woman. */
export function ruNameIn(name: string, female: boolean, c: RuCase): string {
  return declineRuName(name.split(' '), female ? 'f' : 'm', c).join(' ');
}
