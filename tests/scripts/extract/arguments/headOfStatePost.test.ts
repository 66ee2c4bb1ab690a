/**
 * The bare post of Kazakhstan's head of state before a name that opens a relative participle's
 * clause is the main clause's subject, not that name's post: "5 қаңтарда Президент Асқар Мамин
 * басқарған Үкіметтің отставкасын қабылдады" made Mamin the President, for that act and for every
 * "Президент" of the article after it (an Address "by Askar Mamin"). Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../scripts/extract/arguments/findPersons';
import { extractSentences } from '../events/extractSentences';
import { kkCaseForms } from '../locales/kk/kkCaseParadigm';

const POSTS = ['Президент', 'Мемлекет басшысы', 'Елбасы'];
const NAMES = ['Асқар Мамин', 'Әлихан Смайылов', 'Бақытжан Сағынтаев'];
const CLAUSES = [
  'басқарған Үкіметтің отставкасын қабылдады',
  'басқарған Үкіметке жаңа тапсырмалар берді',
  'бастаған топтың ұсыныстарын қолдады',
];
const cases = POSTS.flatMap((p) =>
  NAMES.flatMap((n) => CLAUSES.map((c) => [`5 қаңтарда ${p} ${n} ${c}.`, n] as const)),
);

describe("the head of state's bare post before a relative clause's subject", () => {
  it.each(cases)('%s', (sentence, name) => {
    expect(findPersons(sentence, 'kk').find((h) => h.name === name)?.role).toBeUndefined();
    const data = extractSentences('kk', `Қаңтар оқиғалары\n\n${sentence}`, '2022-02-12');
    for (const e of data.events) expect(e.title.kk.startsWith(name)).toBe(false);
  });
  it.each([
    [
      'Президент Қасым-Жомарт Тоқаев қол қойған Жарлықтың мәтіні жарияланды.',
      'Қасым-Жомарт Тоқаев',
    ],
    [
      'Мемлекет басшысы Нұрсұлтан Назарбаев бастаған реформалардың нәтижесі талқыланды.',
      'Нұрсұлтан Назарбаев',
    ],
    ['Президент Қасым-Жомарт Тоқаев жаңа Үкіметті таныстырды.', 'Қасым-Жомарт Тоқаев'],
  ])('its holder keeps it: %s', (sentence, name) => {
    expect(findPersons(sentence, 'kk').find((h) => h.name === name)?.role).toMatch(
      /Президент|Мемлекет басшысы/u,
    );
  });
  it('the article no longer calls him President', () => {
    const data = extractSentences(
      'kk',
      'Қаңтар оқиғалары\n\n5 қаңтарда Президент Асқар Мамин басқарған Үкіметтің отставкасын қабылдады. 7 қаңтарда Президент халыққа үндеу жасады.',
      '2022-02-12',
    );
    for (const e of data.events) expect(e.actors.map((a) => a.name)).not.toContain('Асқар Мамин');
  });
});

// (A name in the accusative is the head of state's object: "Президент Ермек Маржықпаевты атқарып отырған
// қызметінен босатты" gave the dismissed akim the post "Президент", or, before the participle
// "отырған", dropped him from the dismissal, which then named no one.)
const OBJECTS: readonly (readonly [string, string, boolean])[] = [
  ['Ермек', 'Маржықпаев', false],
  ['Бейбіт', 'Исабаев', false],
  ['Нұрлан', 'Уранхаев', false],
  ['Гүлшара', 'Әбдіқалықова', false],
  ['Ерлан', 'Қарин', true],
];
const accusative = ([given, surname, front]: readonly [string, string, boolean]) =>
  `${given} ${kkCaseForms(surname, front)[2]!}`;
const DISMISSALS = ['атқарып отырған қызметінен босатты', 'қызметінен босатты'];

// (After a word that opens sentences and is no name, or at the sentence's start.)
const OPENERS = ['', 'Бүгін ', 'Сонымен қатар ', '4 ақпанда '];
const forms = POSTS.flatMap((p) =>
  OPENERS.flatMap((o) =>
    OBJECTS.map((n) => [`${o}${p}`, accusative(n), `${n[0]} ${n[1]}`] as const),
  ),
);

describe("the head of state's bare post before a name in the accusative", () => {
  it.each(forms.flatMap((f) => DISMISSALS.map((d) => [...f, d] as const)))(
    "%s %s %s: the dismissed is the act's, and no President",
    (post, cased, name, dismissal) => {
      const data = extractSentences('kk', `Кадр\n\n${post} ${cased} ${dismissal}.`, '2025-02-04');
      const dismissed = data.events.find((e) => e.type === 'resignation');
      expect(dismissed?.actors.map((a) => a.name)).toContain(name);
      expect(dismissed?.actors.find((a) => a.name === name)?.role).toBeUndefined();
    },
  );
  // (After a subject the post is the guest's: "Тоқаев Президент Джо Байденді қабылдады".)
  it.each(OBJECTS.map((n) => [accusative(n), `${n[0]} ${n[1]}`] as const))(
    'Тоқаев Президент %s қабылдады: his post',
    (cased, name) => {
      const data = extractSentences(
        'kk',
        `Кездесу\n\nТоқаев Президент ${cased} қабылдады.`,
        '2025-02-04',
      );
      const roles = data.events.flatMap((e) => e.actors).filter((a) => a.name === name);
      expect(roles.map((a) => a.role)).toContain('Президент');
    },
  );
});
