/**
 * Kazakh marks a noun phrase's case on its last word, and a person's given name takes none, so a
 * capitalised word in the accusative ("Референдумды", "Заңды", "Жарлықты", "Конституцияны",
 * "Сайлауды") is never inside a person's name: it ends its own phrase, the object put first, and
 * the name after it is the subject's alone. "Референдумды Тоқаев 15 наурызға тағайындады" gave the
 * actor "Референдумды Тоқаев": only a word that reads as a name in a case ended a name, and a
 * loan's harmony ("Референдумды", by its у) or a short root ("Сотты") does not. Generated: objects (each accusative ending by the stem's last
 * sound: -ны/-ні after a vowel, -ды/-ді after a voiced one, -ты/-ті after a voiceless one) ×
 * names × verbs; given names that end as a past verb ("Тілеуберді", "Сатыбалды") stay whole.
 * Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../../scripts/extract/arguments/findPersons';
import { extractSentences } from '../../events/extractSentences';

const OBJECTS = [
  'Референдумды',
  'Заңды',
  'Жарлықты',
  'Конституцияны',
  'Сайлауды',
  // (Loans whose harmony a name's would misread: "Мораторийді", "Консенсусты"; a root too short
  // for a name's stem: "Сотты".)
  'Мораторийді',
  'Консенсусты',
  'Саммитті',
  'Сотты',
  'Кодексті',
  'Бағдарламаны',
];
const NAMES = [
  'Тоқаев',
  'Қасым-Жомарт Тоқаев',
  'Әлихан Смайылов',
  'Ерлан Қошанов',
  'Маулен Әшімбаев',
  'Олжас Бектенов',
];
const VERBS = ['2026 жылғы 15 наурызда бекітті', '5 наурызда қабылдады', 'кеше қолдады'];

const forms: Array<{ text: string; name: string }> = [];
for (const object of OBJECTS)
  for (const name of NAMES)
    for (const verb of VERBS) forms.push({ text: `${object} ${name} ${verb}.`, name });

describe('a word in the accusative is no part of a name', () => {
  it.each(forms)('$text', ({ text, name }) => {
    expect(findPersons(text, 'kk').map((p) => p.name)).toEqual([name]);
  });
  it('the referendum called: Tokayev is the actor', () => {
    const events = extractSentences(
      'kk',
      'Референдумды Тоқаев 15 наурызға тағайындады.',
      '2026-03-12',
    ).events;
    expect(events.flatMap((e) => e.actors.map((a) => a.name))).not.toContain('Референдумды Тоқаев');
    expect(events.flatMap((e) => e.actors.map((a) => a.name))).toContain('Тоқаев');
  });
  it.each([
    ['Тілеуберді Ахметов 5 наурызда отставкаға кетті.', 'Тілеуберді Ахметов'],
    ['Сатыбалды Ибрагимов 5 наурызда отставкаға кетті.', 'Сатыбалды Ибрагимов'],
  ])('a given name that ends as a past verb stays whole: %s', (text, name) => {
    expect(findPersons(text, 'kk').map((p) => p.name)).toEqual([name]);
  });
  it('a person in the accusative before the subject is still a person', () => {
    const got = findPersons('Путинді Тоқаев Ақордада қабылдады.', 'kk').map((p) => p.name);
    expect(got).toEqual(['Путин', 'Тоқаев']);
  });
});
