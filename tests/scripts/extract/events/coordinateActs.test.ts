/**
 * A law's two steps told in two coordinate clauses, each with its own verb and its own day
 * ("Парламент 3 марта принял закон, а Токаев 5 марта его подписал", "Парламент 3 наурызда заңды
 * қабылдады, ал Тоқаев 5 наурызда оған қол қойды") are two events: the adoption on the 3rd, the
 * signing on the 5th (events/coordinateActs.ts). A later clause with no day of its own does not
 * take the first clause's unless it says so ("в тот же день", "сол күні"). Sentences written for
 * the test: clause pairs × joints × word orders × languages.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

type Lang = 'kk' | 'ru';

/** The first clause: a chamber's step on the 3rd ({d} its date). */
const FIRST: Record<Lang, string[]> = {
  ru: [
    'Парламент {d} принял закон о выборах',
    'Мажилис {d} одобрил закон о партиях',
    'Сенат {d} одобрил закон о референдуме',
  ],
  kk: [
    'Парламент {d} сайлау туралы заңды қабылдады',
    'Мәжіліс {d} партиялар туралы заңды мақұлдады',
    'Сенат {d} референдум туралы заңды мақұлдады',
  ],
};

/** The second clause: the head of state signs on the 5th, the doer before or after the verb. */
const SECOND: Record<Lang, string[]> = {
  ru: [
    '{who} {d} его подписал',
    '{d} его подписал {who}',
    '{who} подписал его {d}',
    '{d} {who} подписал документ',
  ],
  kk: ['{who} {d} оған қол қойды', '{d} {who} оған қол қойды', '{who} құжатқа {d} қол қойды'],
};
const WHO: Record<Lang, string[]> = {
  ru: ['Токаев', 'президент', 'Касым-Жомарт Токаев'],
  kk: ['Тоқаев', 'Президент', 'Қасым-Жомарт Тоқаев'],
};
const JOINTS: Record<Lang, string[]> = { ru: [', а', ', и'], kk: [', ал', ', және'] };
const DAYS = { ru: ['3 марта', '5 марта'], kk: ['3 наурызда', '5 наурызда'] };
const SAME_DAY = { ru: 'в тот же день', kk: 'сол күні' };

const sentence = (
  lang: Lang,
  first: string,
  joint: string,
  second: string,
  who: string,
  d2: string,
) =>
  `${first.replace('{d}', DAYS[lang][0]!)}${joint} ${second.replace('{who}', who).replace('{d}', d2)}.`
    .replace(/\s+/gu, ' ')
    .replace(' .', '.');

const laws = (lang: Lang, text: string) =>
  extractSentences(
    lang,
    `${lang === 'ru' ? 'Закон' : 'Заң'}\n\n${text}`,
    '2025-03-12',
  ).events.filter((e) => e.type === 'law');

/** The days of the sentence's law events. */
const lawDays = (lang: Lang, text: string) =>
  laws(lang, text)
    .map((e) => e.date.edtf)
    .sort();

/** Whether the head of state named by surname is an actor of the law event of `day`. */
const signedBy = (lang: Lang, text: string, day: string) =>
  laws(lang, text)
    .filter((e) => e.date.edtf === day)
    .some((e) => e.actors.some((a) => /Тоқаев|Токаев/u.test(a.name)));

const cases = (lang: Lang) =>
  FIRST[lang].flatMap((first) =>
    JOINTS[lang].flatMap((joint) =>
      SECOND[lang].flatMap((second) =>
        WHO[lang].map((who) => [lang, sentence(lang, first, joint, second, who, DAYS[lang][1]!)]),
      ),
    ),
  );

describe('a law step in a coordinate clause with its own day is an event of that day', () => {
  it.each([...cases('ru'), ...cases('kk')])('%s: %s', (lang, text) => {
    expect(lawDays(lang as Lang, text)).toEqual(['2025-03-03', '2025-03-05']);
    // (The signer is the signing's doer; after a contrastive joint not the chamber's step's too.)
    if (/, (?:а|ал) /u.test(text)) expect(signedBy(lang as Lang, text, '2025-03-03')).toBe(false);
    if (/Тоқаев|Токаев/u.test(text)) expect(signedBy(lang as Lang, text, '2025-03-05')).toBe(true);
  });
});

describe('a later clause with no day of its own does not take the first clause’s', () => {
  const undated = (lang: Lang) =>
    FIRST[lang].flatMap((first) =>
      JOINTS[lang].flatMap((joint) =>
        WHO[lang].map((who) => [lang, sentence(lang, first, joint, SECOND[lang][0]!, who, '')]),
      ),
    );
  it.each([...undated('ru'), ...undated('kk')])('%s: %s', (lang, text) => {
    expect(lawDays(lang as Lang, text)).toEqual(['2025-03-03']);
  });
  const sameDay = (lang: Lang) =>
    FIRST[lang].flatMap((first) =>
      JOINTS[lang].map((joint) => [
        lang,
        sentence(lang, first, joint, SECOND[lang][0]!, WHO[lang][0]!, SAME_DAY[lang]),
      ]),
    );
  it.each([...sameDay('ru'), ...sameDay('kk')])('%s: %s', (lang, text) => {
    expect(lawDays(lang as Lang, text)).not.toContain('2025-03-12');
  });
});

/**
 * A chamber's step after another's, with verbs that share no stem with the participles ("одобрил",
 * "утвердил", "принял"): the cheap test reads every finite step verb's stem.
 */
describe('a chamber’s step after another’s is an event of its own day', () => {
  const first: Record<Lang, string[]> = {
    ru: ['Мажилис {d} одобрил закон о выборах', 'Мажилис {d} принял закон о партиях'],
    kk: [
      'Мәжіліс {d} сайлау туралы заңды мақұлдады',
      'Мәжіліс {d} партиялар туралы заңды қабылдады',
    ],
  };
  const second: Record<Lang, string[]> = {
    ru: [
      'Сенат {d} его одобрил',
      'Сенат {d} его утвердил',
      '{d} Сенат одобрил его',
      'Сенат утвердил его {d}',
    ],
    kk: ['Сенат оны {d} мақұлдады', '{d} Сенат оны бекітті', 'Сенат {d} оны қабылдады'],
  };
  const days = { ru: ['3 марта', '10 марта'], kk: ['3 наурызда', '10 наурызда'] };
  const pairs = (lang: Lang) =>
    first[lang].flatMap((f) =>
      JOINTS[lang].flatMap((joint) =>
        second[lang].map((s) => [
          lang,
          `${f.replace('{d}', days[lang][0]!)}${joint} ${s.replace('{d}', days[lang][1]!)}.`,
        ]),
      ),
    );
  it.each([...pairs('ru'), ...pairs('kk')])('%s: %s', (lang, text) => {
    expect(lawDays(lang as Lang, text)).toEqual(['2025-03-03', '2025-03-10']);
  });
});

/**
 * A step done at or by a referendum ("на референдуме были приняты поправки", "референдумда
 * түзетулер қабылданды") is the vote's outcome: the referendum is the event, no law's step of that
 * day, whatever the clause after the joint tells.
 */
describe('a step voted at a referendum is no law event of its own', () => {
  const at: Record<Lang, string[]> = {
    ru: ['На референдуме {d}', 'На республиканском референдуме {d}', '{d} референдумом'],
    kk: ['{d} өткен республикалық референдумда', '{d} референдумда', '{d} референдум арқылы'],
  };
  const acts: Record<Lang, string[]> = {
    ru: [
      'были приняты поправки в Конституцию',
      'была принята новая Конституция',
      'были одобрены поправки в Конституцию',
    ],
    kk: [
      'Ата Заңға түзетулер қабылданды',
      'жаңа Конституция қабылданды',
      'Конституцияға түзетулер мақұлданды',
    ],
  };
  const after: Record<Lang, string[]> = {
    ru: [', а 1 июля закон вступил в силу', ', и 1 июля закон о поправках вступил в силу'],
    kk: [', ал 1 шілдеде заң күшіне енді', ', және 1 шілдеде заң күшіне енді'],
  };
  const day = { ru: '5 июня 2022 года', kk: '2022 жылғы 5 маусымда' };
  const cases = (lang: Lang) =>
    at[lang].flatMap((a) =>
      acts[lang].flatMap((act) =>
        after[lang].map((tail) => [lang, `${a.replace('{d}', day[lang])} ${act}${tail}.`]),
      ),
    );
  it.each([...cases('ru'), ...cases('kk')])('%s: %s', (lang, text) => {
    const kinds = extractSentences(lang as Lang, `${lang === 'ru' ? 'Закон' : 'Заң'}\n\n${text}`, '2023-06-05').events.map((e) => `${e.type} ${e.date.edtf}`); // prettier-ignore
    expect(kinds).toContain('referendum 2022-06-05');
    expect(kinds).not.toContain('law 2022-06-05');
  });
});

/**
 * A Kazakh chamber's step that its own cue tells whole ("Парламент 3 наурызда заңды қабылдады")
 * before ", және" and the head of state's signing: the chamber's cue was left undated by its
 * clause, so the adoption of the 3rd read the whole sentence, titled "The President signs the
 * law" with the signer its actor. The home clause's cues are its act: each step keeps its own
 * day, doer and title. Chambers × verbs × joints × signers × the second clause's word orders.
 */
describe('a Kazakh chamber’s step keeps its own doer before the signing clause', () => {
  const chambers = ['Парламент', 'Мәжіліс', 'Сенат', 'Мәжіліс депутаттары'];
  const verbs = ['заңды қабылдады', 'заңды мақұлдады', 'заң жобасын мақұлдады'];
  const signers = ['Президент', 'Тоқаев', 'Мемлекет басшысы', 'Қасым-Жомарт Тоқаев'];
  const orders = ['{who} 5 наурызда оған қол қойды', '5 наурызда {who} құжатқа қол қойды'];
  const cases = chambers.flatMap((chamber) =>
    verbs.flatMap((verb) =>
      JOINTS.kk.flatMap((joint) =>
        signers.flatMap((who, i) =>
          orders
            .filter((_, j) => (i + j) % 2 === 0 || joint === ', және')
            .map(
              (order) => `${chamber} 3 наурызда ${verb}${joint} ${order.replace('{who}', who)}.`,
            ),
        ),
      ),
    ),
  );
  it.each(cases)('%s', (text) => {
    const events = laws('kk', text);
    expect(events.map((e) => e.date.edtf).sort()).toEqual(['2025-03-03', '2025-03-05']);
    const adoption = events.find((e) => e.date.edtf === '2025-03-03')!;
    expect(adoption.title.en).not.toMatch(/signs/u);
    expect(adoption.actors.some((a) => /Тоқаев|Президент|Мемлекет/u.test(a.name))).toBe(false);
  });
});
