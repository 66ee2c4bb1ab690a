/**
 * A foreign name in the accusative, the guest received ("Олаф Шольцті Тоқаев Ақордада
 * қабылдады", "Тоқаев Олаф Шольцті Ақордада қабылдады"), named only Tokayev: the run split after
 * the accusative (locales/kk/kkCaseEndsName.ts), but the given name and the surname in a case
 * before it were no evidence of a person, as they are in the comitative before a meeting word
 * ("Олаф Шольцпен кездесті", locales/kk/metByName.ts). Kazakh marks the case on the last word
 * only, so the given names stand as written and the surname takes the accusative its last sound
 * asks (-ны/-ні after a vowel, -ды/-ді after a voiced one, -ты/-ті after a voiceless one), its
 * vowel by the name's harmony. Generated: foreign given names and surnames ending in each sound
 * class × sentence frames (the guest first or after the host, the host a name or a post). Lists
 * the accusative of a name in every class from the grammar, not from the code. Written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../../scripts/extract/arguments/findPersons';

/** The accusative by the stem's last sound and harmony (written out from the grammar). */
function accusative(surname: string): string {
  const lower = surname.toLowerCase();
  const front = /ь[^аоуыэеиёюяәөұүі]*$/u.test(lower)
    ? true
    : /[әөүіеэи][^аоуыэеиёюяәөұүі]*$/u.test(lower)
      ? true
      : /[аоұыяу][^аоуыэеиёюяәөұүі]*$/u.test(lower)
        ? false
        : true;
  const y = front ? 'і' : 'ы';
  if (/[аәоөұүыіеэюя]$/u.test(lower)) return `${surname}н${y}`;
  if (/[пфкқтсшщхцчбвгд]$/u.test(lower)) return `${surname}т${y}`;
  return `${surname}д${y}`;
}

/** Foreign given names and surnames, the surname ending in each class of sounds. */
const GIVEN = ['Олаф', 'Дональд', 'Эммануэль', 'Марк', 'Джо', 'Анналена', 'Фридрих', 'Шарль'];
const SURNAMES = [
  // a vowel (-ны/-ні)
  'Рютте',
  'Сийярто',
  'Абэ',
  // a voiced consonant or a sonorant (-ды/-ді)
  'Макрон',
  'Байден',
  'Мишель',
  'Блэр',
  // a voiceless consonant (-ты/-ті)
  'Шольц',
  'Трамп',
  'Бербок',
  'Вучич',
  'Мерц',
];

const FRAMES = [
  '{} Тоқаев Ақордада қабылдады.',
  'Тоқаев {} Ақордада қабылдады.',
  'Президент Тоқаев {} қабылдады.',
  '{} Мемлекет басшысы қабылдады.',
  'Кеше Қасым-Жомарт Тоқаев {} Ақордада қабылдады.',
];

const guests = (sentence: string) =>
  findPersons(sentence, 'kk')
    .map((p) => p.name)
    .filter((n) => n !== 'Тоқаев' && n !== 'Қасым-Жомарт Тоқаев');

const forms = GIVEN.flatMap((given, g) =>
  SURNAMES.filter((_, s) => (s + g) % 2 === 0).flatMap((surname) =>
    FRAMES.map((frame) => ({
      text: frame.replace('{}', `${given} ${accusative(surname)}`),
      name: `${given} ${surname}`,
    })),
  ),
);

describe('a foreign name in the accusative, the one received, is a person', () => {
  it('the accusative of the examples', () => {
    expect(SURNAMES.map(accusative)).toEqual([
      'Рюттені',
      'Сийяртоны',
      'Абэні',
      'Макронды',
      'Байденді',
      'Мишельді',
      'Блэрді',
      'Шольцті',
      'Трампты',
      'Бербокты',
      'Вучичті',
      'Мерцті',
    ]);
  });
  it.each(forms)('$text → $name', ({ text, name }) => {
    expect(guests(text)).toEqual([name]);
  });
  it('the issue sentence', () => {
    expect(findPersons('Олаф Шольцті Тоқаев Ақордада қабылдады.', 'kk').map((p) => p.name)).toEqual(
      ['Олаф Шольц', 'Тоқаев'],
    );
  });
  // (A noun phrase in the accusative is no person: an adjective and a noun, a Kazakh word.)
  it.each([
    'Жаңа Конституцияны Тоқаев 5 наурызда қабылдады.',
    'Ұлттық Құрылтайды Тоқаев Ақордада қабылдады.',
    'Салық Кодексін Тоқаев қабылдады.',
  ])('%s → no guest', (text) => {
    expect(guests(text)).toEqual([]);
  });
});
