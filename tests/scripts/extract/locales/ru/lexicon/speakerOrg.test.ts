/**
 * A Russian organisation that speaks is the speaker wherever its subject stands: "В пятницу
 * правительство сообщило о новых мерах поддержки фермеров" was titled "A statement". A state
 * body's name is a common noun the news writes in lower case mid-sentence ("правительство",
 * "министерство финансов"), which the lexicon's capitalised forms did not read; and the subject
 * may follow its verb, after time words only ("В пятницу сообщило правительство", "… сообщило
 * Министерство финансов"). Generated over bodies (gender, case of the letter), verbs, time words
 * and orders; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const PUB = '2025-03-12';

// The body in lower case, its past tense's gender ending, the English name.
const ORGS: Array<[string, 'о' | 'а' | '', string]> = [
  ['правительство', 'о', 'The Government'],
  ['министерство финансов', 'о', 'The Ministry of Finance'],
  ['министерство юстиции', 'о', 'The Ministry of Justice'],
  ['генеральная прокуратура', 'а', "The Prosecutor General's Office"],
  ['центральная избирательная комиссия', 'а', 'The Central Election Commission'],
  ['национальный банк', '', 'The National Bank'],
];
const TIMES = ['в пятницу', '7 марта', 'во вторник'];
// The verb and what follows it, and the title's verb.
const VERBS: Array<[string, string, string]> = [
  ['сообщил', 'о новых мерах поддержки фермеров', 'statement'],
  ['заявил', 'о новых мерах поддержки фермеров', 'statement'],
  ['предложил', 'изменить порядок выплат фермерам', 'proposal'],
];

const cap = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

type Case = [string, string, string];
const cases: Case[] = ORGS.flatMap(([org, g, en], i) =>
  VERBS.flatMap(([verb, rest, kind], j): Case[] => {
    const time = TIMES[(i + j) % TIMES.length]!;
    const v = `${verb}${g}`;
    return [
      [`${cap(time)} ${org} ${v} ${rest}.`, en, kind],
      [`${cap(time)} ${v} ${org} ${rest}.`, en, kind],
      [`${cap(time)} ${v} ${cap(org)} ${rest}.`, en, kind],
      [`${cap(org)} ${time} ${v} ${rest}.`, en, kind],
    ];
  }),
);

const titles = (text: string) => extractSentences('ru', text, PUB).events.map((e) => e.title.en);

describe('a Russian body speaks in lower case and after its verb', () => {
  it.each(cases)('%s', (text, en, kind) => {
    const all = titles(text);
    expect(
      all.some((t) => t.startsWith(en) && t.includes(kind === 'proposal' ? 'propos' : '')),
    ).toBe(true);
  });

  // No subject, a plural verb, a place after a preposition, a body's officer: no body speaks.
  it.each<[string, string]>([
    ['В пятницу в правительстве сообщили о новых мерах поддержки фермеров.', 'The Government'],
    [
      'В пятницу сообщили в министерстве финансов о новых мерах поддержки фермеров.',
      'The Ministry of Finance',
    ],
    [
      'В пятницу председатель правительства сообщил о новых мерах поддержки фермеров.',
      'The Government',
    ],
    [
      'В пятницу правительство и акиматы сообщили о новых мерах поддержки фермеров.',
      'The Government',
    ],
  ])('no body speaks: %s', (text, en) => {
    expect(titles(text).some((t) => t.startsWith(en))).toBe(false);
  });
});
