/**
 * A statement noun in the genitive after a noun of taking in or filing documents is an application,
 * no statement: "Прием заявлений начнется 5 апреля" was read as a statement by the weak cue
 * "заявлени-" (locales/ru/events/triggersCourtsAndWeakCues.ts). Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const HEADS = ['Прием', 'Приём', 'Подача', 'Рассмотрение'];
const NOUNS = ['заявлений', 'заявления', 'заявлений граждан'];
const STEPS = ['начнется 5 апреля', 'завершится 5 апреля', 'продлится до 5 апреля'];

const cases = HEADS.flatMap((h) => NOUNS.flatMap((n) => STEPS.map((s) => `${h} ${n} ${s}.`)));

describe('applications taken in are no statement', () => {
  it.each(cases)('%s', (text) => {
    const events = extractSentences('ru', text, PUB).events;
    expect(events.map((e) => e.type)).not.toContain('statement');
  });

  // Taking in or filing them, started or ended, is the receipt of documents.
  const receipt = ['Прием', 'Подача'].flatMap((h) =>
    ['заявлений', 'заявок', 'документов'].flatMap((n) => [
      [`${h} ${n} начнется 5 апреля.`, '2025-04-05 Receipt of documents to start'],
      [
        `${h} ${n} ${h === 'Подача' ? 'завершилась' : 'завершился'} 5 марта.`,
        '2025-03-05 Receipt of documents ends',
      ],
    ]),
  );
  it.each(receipt)('%s', (text, title) => {
    const events = extractSentences('ru', text, PUB).events;
    expect(events.map((e) => `${e.date.edtf} ${e.title.en}`)).toEqual([title]);
  });
});

describe('a statement made is still one', () => {
  it.each([
    'Министр выступил с заявлением 5 марта.',
    '5 марта МИД распространил заявление о приеме делегации.',
    '5 марта в заявлении партии говорится о подаче жалобы.',
  ])('%s', (text) => {
    const events = extractSentences('ru', text, PUB).events;
    expect(events.map((e) => e.type)).toContain('statement');
  });
});
