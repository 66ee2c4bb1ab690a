/**
 * Russian: an Address named only as the source of what is done now ("обсудят поручения Послания",
 * "часть поручений из Послания") is no Address delivered that day; the sitting or the discussion
 * is the event. Sentences written for the test, each after a lead with no event.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const at = (s: string) => kindsAndDays('ru', `Текст.\n\n${s}`, '2025-09-09');
const addresses = (s: string) => at(s).filter((k) => k.startsWith('address'));

// Every case of the heads the Address owns, with and without "из".
const HEADS = ['поручения', 'поручений из', 'задачи', 'задач из', 'положения', 'тезисы'];

describe('an Address owning instructions is no Address of the day', () => {
  it.each(HEADS)('депутаты обсудят %s Послания', (head) => {
    const s = `Депутаты Мажилиса обсудят ${head} Послания на пленарном заседании в среду, 10 сентября.`;
    expect(addresses(s)).toEqual([]);
    expect(at(s)).toContain('session 2025-09-10');
  });
  it('an Address delivered stays one', () => {
    expect(
      addresses('Президент огласил Послание народу Казахстана в понедельник, 8 сентября.'),
    ).toEqual(['address 2025-09-08']);
  });
});
