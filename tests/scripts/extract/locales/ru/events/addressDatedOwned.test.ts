/**
 * An Address named as the source of a task is the Address of the date it bears. "Правительство
 * утвердило план по поручению из Послания Главы государства от 2 сентября 2024 года" (published 12
 * March 2025; written for the test) gave no event: the Address, named only as the source of the
 * instruction, needs a date of its own, and "от 2 сентября 2024 года" past its owner was not read
 * as one. Generated over the heads, the owners and addressees between, and the dates.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const HEADS = ['по поручению из Послания', 'задачи Послания', 'в рамках поручений Послания'];
const OWNERS = ['', ' Главы государства', ' Президента', ' Главы государства народу Казахстана'];
const DATES: [string, string][] = [
  ['2 сентября 2024 года', '2024-09-02'],
  ['1 сентября 2023 года', '2023-09-01'],
];
const FORMS = HEADS.flatMap((head) =>
  OWNERS.flatMap((owner) =>
    DATES.map(([date, edtf]) => [`Правительство утвердило план ${head}${owner} от ${date}.`, edtf]),
  ),
);

describe('the Address of the date it bears', () => {
  it.each(FORMS)('%s → %s', (sentence, edtf) => {
    const events = extractSentences('ru', sentence, '2025-03-12').events;
    expect(events.filter((e) => e.type === 'address').map((e) => e.date.edtf)).toEqual([edtf]);
  });
});
