/**
 * A Kazakh given name alone after a post keeps no case: "Президент Айсулуға марапат тапсырды" (a
 * test sentence written for the check) named the person "Айсулуға". The ending its sounds take is
 * cut, as after a given name (`Мәди Серікке`). Generated over posts, names and cases.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../../scripts/extract/arguments/findPersons';

const POSTS = ['Президент', 'Министр', 'Әкім', 'Төраға'];
// (name, its genitive, dative, accusative, ablative, instrumental)
// prettier-ignore
const NAMES: string[][] = [
  ['Айсулу', 'Айсулудың', 'Айсулуға', 'Айсулуды', 'Айсулудан', 'Айсулумен'],
  ['Ерлан', 'Ерланның', 'Ерланға', 'Ерланды', 'Ерланнан', 'Ерланмен'],
  ['Серік', 'Серіктің', 'Серікке', 'Серікті', 'Серіктен', 'Серікпен'],
  ['Мәди', 'Мәдидің', 'Мәдиге', 'Мәдиді', 'Мәдиден', 'Мәдимен'],
  ['Гүлнар', 'Гүлнардың', 'Гүлнарға', 'Гүлнарды', 'Гүлнардан', 'Гүлнармен'],
];

const ROWS = POSTS.flatMap((post) =>
  NAMES.flatMap(([name, ...forms]) =>
    [name!, ...forms].map((form) => ({ post, name: name!, form })),
  ),
);

describe('a lone Kazakh given name after a post is read in the nominative', () => {
  it.each(ROWS)('$post $form → $name', ({ post, name, form }) => {
    const found = findPersons(`${post} ${form} бүгін сөз сөйледі.`, 'kk').map((p) => p.name);
    expect(found).toEqual([name]);
  });
});
