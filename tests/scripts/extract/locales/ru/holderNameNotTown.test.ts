/**
 * "Аким города Женис Касымбек провел совещание": after the post of a town or village ("аким
 * города", "мэр города", "глава села") a given name and a surname are the holder's, not the
 * place's name. The locality grammar took any capitalised word after "города" for a town, so
 * the akim's given name became a town ("город Женис") and the title lost it. Sentences written
 * for this test, generated over posts, place nouns, names and verbs; a town named before the
 * holder ("аким города Сатпаев Иван Петров", "аким города Алматы Ерлан Нуров") stays a town.
 */
import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../../../scripts/extract/arguments/findPlaces';

const towns = (text: string) =>
  findPlaces(text, 'ru')
    .filter((p) => p.kind === 'city' || p.kind === 'village')
    .map((p) => p.name.ru);

const POSTS = ['Аким', 'Заместитель акима', 'Мэр', 'Глава'];
const NOUNS = ['города', 'села', 'аула', 'поселка'];
const NAMES = [
  'Женис Касымбек',
  'Ерлан Жумабаев',
  'Айгерим Нурланова',
  'Женис Махмудович Касымбек',
];
const VERBS = ['провел совещание.', 'встретился с жителями.', ', сообщает пресс-служба.'];

describe('a name after the post of a town is the holder’s', () => {
  const cases = POSTS.flatMap((post) =>
    NOUNS.flatMap((noun) =>
      NAMES.flatMap((name) =>
        VERBS.map((verb) => `${post} ${noun} ${name}${verb.startsWith(',') ? '' : ' '}${verb}`),
      ),
    ),
  );
  it.each(cases)('%s → no town', (text) => expect(towns(text)).toEqual([]));
});

describe('a town named before its holder stays a town', () => {
  it.each([
    ['Аким города Сатпаев Иван Петров провел совещание.', 'город Сатпаев'],
    ['Аким города Сатпаев провел совещание.', 'город Сатпаев'],
    ['Жители города Сатпаев Ерлан и Айгуль пришли на встречу.', 'город Сатпаев'],
    ['В городе Сатпаев Женис Касымбек провел совещание.', 'город Сатпаев'],
    ['Аким села Махамбет Ерлан Жумабаев встретился с жителями.', 'село Махамбет'],
  ])('%s → %s', (text, town) => expect(towns(text)).toContain(town));
});
