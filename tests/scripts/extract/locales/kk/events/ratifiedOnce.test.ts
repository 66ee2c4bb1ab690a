/**
 * An agreement ratified is told as ratified: "сенаторлар … шекара туралы келісімді
 * ратификациялап, Президенттің қол қоюына жіберді" (a test sentence written for the check) gave
 * "An agreement is signed", though nothing was signed: ratifying was told as signing, and "қол
 * қоюына жіберді" (sent for signing) was read as signed. Generated over documents and verb forms;
 * sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const DOCS = [
  'шекара туралы келісімді',
  'инвестицияларды қорғау туралы шартты',
  'ынтымақтастық туралы конвенцияны',
];
const VERBS = ['ратификациялады', 'ратификациялап, Президенттің қол қоюына жіберді'];

const cases = DOCS.flatMap((d) => VERBS.map((v) => `Бүгін сенаторлар Қазақстан мен Өзбекстан арасындағы ${d} ${v}.`)); // prettier-ignore

describe('an agreement ratified', () => {
  it.each(cases)('kk: %s', (text) => {
    const events = extractSentences('kk', text, '2024-06-13').events;
    expect(events.filter((e) => e.type === 'other').map((e) => e.title.en)).toEqual([
      'An agreement is ratified',
    ]);
    expect(events.filter((e) => e.type === 'law').map((e) => e.date.edtf)).toEqual(['2024-06-13']);
  });

  it('keeps an agreement signed', () => {
    const events = extractSentences('kk', 'Бүгін екі ел басшылары шекара туралы келісімге қол қойды.', '2024-06-13').events; // prettier-ignore
    expect(events.map((e) => e.title.en)).toContain('An agreement is signed');
  });

  it.each([
    [
      'kk',
      '2022 жылғы 22 желтоқсанда екі ел басшылары шартқа қол қойды, кейін оны парламенттер ратификациялады.',
    ],
    [
      'ru',
      '22 декабря 2022 года лидеры двух стран подписали договор, который затем ратифицировали парламенты.',
    ],
  ] as Array<['kk' | 'ru', string]>)(
    '%s: signed, then ratified, is titled by its signing: %s',
    (lang, text) => {
      const events = extractSentences(lang, text, '2024-06-13').events.filter(
        (e) => e.type === 'other',
      );
      expect(events.map((e) => [e.date.edtf, e.title.en])).toEqual([
        ['2022-12-22', 'An agreement is signed'],
      ]);
    },
  );
});
