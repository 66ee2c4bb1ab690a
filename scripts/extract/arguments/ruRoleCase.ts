import { RU_FORM_NOMINATIVE, RU_ROLE_NOMINATIVE, RU_ROLE_STEMS } from '../locales/ru/lexicon/roles';
import { isTitleAdjective, titleAdjectiveNominative } from '../locales/ru/titleAdjective';

// Singular case endings after a role stem; plural ones (-ы, -ов, -ам) are left as written.
const SINGULAR = /^(?:|а|я|у|ю|ом|ем|ой|ей|е|ь|и)$/u;

/**
 * A Russian role phrase with its head noun in the nominative: the text names people in any case
 * (`председателя Мажилиса Ерлана Кошанова`), the panel lists them as `председатель Мажилиса`.
 * Only the head noun changes; the words after it are its genitive complement and stay.
 * @example ruRoleNominative('главы государства') // 'глава государства'
 */
export function ruRoleNominative(role: string): string {
  // A title's adjectives agree with its noun (`Государственного секретаря`): they follow its case.
  const lead = /^(\p{L}+)(\s+и)?\s+/u.exec(role);
  if (lead && isTitleAdjective(lead[1]!)) {
    const rest = role.slice(lead[0].length);
    const nominative = ruRoleNominative(rest);
    if (nominative === rest) return role;
    return titleAdjectiveNominative(lead[1]!) + lead[0].slice(lead[1]!.length) + nominative;
  }
  return headNominative(role);
}

/** `role` with its head noun, its first word, in the nominative. */
function headNominative(role: string): string {
  const m = /^(\p{L}+)(-\p{L}+)?/u.exec(role);
  if (!m) return role;
  const head = m[1]!;
  const lower = head.toLowerCase();
  if (!m[2] && Object.hasOwn(RU_FORM_NOMINATIVE, lower)) {
    const form = RU_FORM_NOMINATIVE[lower]!;
    return (head[0] === lower[0] ? form : form[0]!.toUpperCase() + form.slice(1)) + role.slice(head.length); // prettier-ignore
  }
  const stem = RU_ROLE_STEMS.filter((s) => lower.startsWith(s)).sort((a, b) => b.length - a.length)[0]; // prettier-ignore
  if (!stem) return role;
  const ending = lower.slice(stem.length);
  // `премьер-министра`: the case ending is on the second half.
  if (m[2]) {
    const tail = /^(-\p{L}+?)(?:а|у|ом|е)?$/u.exec(m[2]);
    return tail ? head + tail[1] + role.slice(m[0].length) : role;
  }
  const nominative = RU_ROLE_NOMINATIVE[stem] ?? stem;
  // `главы` is the genitive singular of `глава`; for other nouns -ы is a plural.
  if (!SINGULAR.test(ending) && !(ending === 'ы' && nominative.endsWith('а'))) return role;
  const cased = head[0] === head[0]!.toUpperCase() ? nominative[0]!.toUpperCase() + nominative.slice(1) : nominative; // prettier-ignore
  return cased + role.slice(head.length);
}
