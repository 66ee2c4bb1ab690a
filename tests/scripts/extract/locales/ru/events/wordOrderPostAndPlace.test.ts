/**
 * Russian word order is free: the post may come before "освобожден" ("от должности вице-министра
 * энергетики освобожден Болат Жанибеков") and the place before the verb of arriving ("в Астану
 * прибудет министр иностранных дел Малайзии"), as in the order the cues knew. Generated forms
 * and sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from '../../../events/extractSentences';

const FREED = ['освобожден', 'освобождён', 'освобождена', 'был освобожден'];
const POSTS = ['вице-министра энергетики', 'акима Жамбылской области', 'председателя комитета'];

describe('the post before "освобожден"', () => {
  it('every form and post: a resignation of the day', () => {
    const wrong = FREED.flatMap((verb) =>
      POSTS.flatMap((post) => {
        const text = `Сегодня указом Президента от должности ${post} ${verb} Болат Жанибеков.`;
        const got = kindsAndDays('ru', text, '2022-01-12');
        return got.includes('resignation 2022-01-12') ? [] : [`${text} → ${got.join(', ')}`];
      }),
    );
    expect(wrong).toEqual([]);
  });
  it('a post freed of duties is not a resignation when nobody is freed', () => {
    expect(kindsAndDays('ru', 'От должности акима зависит многое.', '2022-01-12')).toEqual([]);
  });
});

const ARRIVES: Array<[string, 'planned' | 'done']> = [
  ['прибудет', 'planned'],
  ['прибудут', 'planned'],
  ['прилетит', 'planned'],
  ['прибыл', 'done'],
  ['прибыла', 'done'],
  ['прилетел', 'done'],
];

describe('the place before the verb of arriving', () => {
  it.each(ARRIVES)('"в Астану %s …": a visit on the day given', (verb) => {
    const day =
      verb.startsWith('прибуд') || verb === 'прилетит'
        ? 'В среду, 16 апреля,'
        : 'В понедельник, 14 апреля,';
    const want = day.startsWith('В среду') ? 'meeting 2025-04-16' : 'meeting 2025-04-14';
    const text = `${day} в Астану ${verb} министр иностранных дел Малайзии.`;
    expect(kindsAndDays('ru', text, '2025-04-15')).toEqual([want]);
  });
  it('a letter arriving in a ministry is no visit', () => {
    expect(kindsAndDays('ru', 'В среду в министерство прибыло письмо.', '2025-04-15')).toEqual([]);
  });
});
