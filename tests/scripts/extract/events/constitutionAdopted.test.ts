/**
 * The Constitution adopted, told as the article's own news ("Жаңа Конституция қабылданды", "Новая
 * Конституция принята"; test sentences written for the check), gave no event: no cue read it, and
 * a referendum with no day of its own is never placed. Now the nominative Constitution (bare or
 * possessive in Kazakh) with the passive of adopting is the referendum (as "принята на референдуме
 * 15 марта" is), an outcome the lead may date by publication; one recalled in the body stays
 * unplaced. Generated over the names of the Constitution, verb forms and word orders.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const RU_NAMES = ['Новая Конституция', 'Конституция Казахстана', 'Новый Основной закон'];
const RU_VERBS = (name: string) =>
  name.startsWith('Новый')
    ? [`${name} принят.`, `${name} был принят.`, `Принят новый Основной закон.`]
    : [`${name} принята.`, `${name} была принята.`, `Принята ${name.replace('Новая', 'новая')}.`];
const RU = RU_NAMES.flatMap((n) => RU_VERBS(n));
const KK_NAMES = [
  'Жаңа Конституция',
  'Қазақстанның жаңа Конституциясы',
  'Жаңа Ата Заң',
  'Елдің Ата Заңы',
];
const KK = KK_NAMES.flatMap((n) => [`${n} қабылданды.`, `${n} ресми түрде қабылданды.`]);
const LEAD = { ru: 'Об этом сообщила пресс-служба Акорды.', kk: 'Бұл туралы Ақорданың баспасөз қызметі хабарлады.' }; // prettier-ignore

const run = (lang: 'kk' | 'ru', text: string) => extractSentences(lang, text, '2025-03-20');

describe('the Constitution adopted as the news is the referendum, on the publication day', () => {
  it.each(RU)('ru %s', (text) => {
    const d = run('ru', `${text} ${LEAD.ru}`);
    expect(d.events.map((e) => `${e.type} ${e.date.edtf} ${e.date.method}`)).toEqual([
      'referendum 2025-03-20 publication-date',
    ]);
  });
  it.each(KK)('kk %s', (text) => {
    const d = run('kk', `${text} ${LEAD.kk}`);
    expect(d.events.map((e) => `${e.type} ${e.date.edtf} ${e.date.method}`)).toEqual([
      'referendum 2025-03-20 publication-date',
    ]);
  });
});

describe('recalled in the body, it stays unplaced; amendments or a draft are no adoption', () => {
  it.each([
    ['ru', 'Президент выступил на форуме. Ранее сообщалось, что новая Конституция принята.'],
    ['kk', 'Президент форумда сөз сөйледі. Еске салайық, жаңа Конституция қабылданды.'],
  ] as const)('%s %s', (lang, text) => {
    const d = run(lang, text);
    expect(d.events.filter((e) => e.type === 'referendum')).toEqual([]);
    expect(d.unplaced.filter((u) => u.type === 'referendum').map((u) => u.reasonCode)).toEqual([
      'recalled-no-date',
    ]);
  });
  it.each([
    ['ru', 'Поправки в Конституцию приняты.'],
    ['ru', 'Проект Конституции принят за основу.'],
    ['kk', 'Конституция жобасы қабылданды.'],
    ['kk', 'Конституция қабылданғаннан кейін жаңа заңдар қабылданды.'],
    ['kk', 'Конституция туралы заң қабылданды.'],
    ['ru', 'Конституция и закон о выборах приняты.'],
    ['ru', 'Конституция гарантирует, что закон принят.'],
  ] as const)('%s %s', (lang, text) => {
    expect(run(lang, text).events.filter((e) => e.type === 'referendum')).toEqual([]);
  });
});
