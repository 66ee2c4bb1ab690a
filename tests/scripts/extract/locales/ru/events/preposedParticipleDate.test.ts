/**
 * A date inside a participle phrase set before its noun belongs to that participle: in "Принятая на
 * референдуме 5 июня Конституция вступит в силу 1 июля" the 5th of June is the adopting's (the
 * referendum's), and the main verb's coming into force keeps its own 1 July. A cue read from the
 * noun through its verb ("Конституция вступит в силу") took the phrase's date, the nearest, and the
 * entry into force of plural amendments ("поправки вступят в силу") was left with none at all.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences, kindsAndDays } from '../../../events/extractSentences';

/** A noun, the participles that agree with it, and its verb of coming into force by tense. */
const NOUNS: Array<{ noun: string; participles: string[]; future: string; past: string }> = [
  { noun: 'Конституция', participles: ['Принятая', 'Одобренная', 'Утвержденная'], future: 'вступит', past: 'вступила' },
  { noun: 'новая Конституция', participles: ['Принятая', 'Одобренная'], future: 'вступит', past: 'вступила' },
  { noun: 'Основной закон', participles: ['Принятый', 'Одобренный'], future: 'вступит', past: 'вступил' },
  { noun: 'поправки', participles: ['Принятые', 'Одобренные'], future: 'вступят', past: 'вступили' },
  { noun: 'изменения', participles: ['Принятые', 'Одобренные'], future: 'вступят', past: 'вступили' },
]; // prettier-ignore
/** The main verb's tense, and the year its 1 July falls in (published 12 March 2026). */
const TENSES: Array<['future' | 'past', string]> = [
  ['future', '2026-07-01'],
  ['past', '2025-07-01'],
];

describe('a date in a participle phrase before its noun', () => {
  const cases = NOUNS.flatMap(({ noun, participles, ...verbs }) =>
    participles.flatMap((participle) =>
      TENSES.map(([tense, iso]) => ({ noun, participle, verb: verbs[tense], iso })),
    ),
  );
  it.each(cases)(
    '"$participle на референдуме 5 июня $noun $verb в силу 1 июля": the vote on 5 June, the entry into force on $iso',
    ({ noun, participle, verb, iso }) => {
      const got = kindsAndDays(
        'ru',
        `${participle} на референдуме 5 июня ${noun} ${verb} в силу 1 июля.`,
        '2026-03-12',
      );
      expect(got).toContain('referendum 2025-06-05');
      expect(got.some((e) => e.endsWith(` ${iso}`))).toBe(true);
    },
  );
  it('the phrase still dates the noun it describes ("Принятый 5 июня закон вступит в силу 1 июля")', () => {
    const got = kindsAndDays('ru', 'Принятый 5 июня закон вступит в силу 1 июля.', '2026-03-12');
    expect(got).toEqual(['law 2025-06-05', 'law 2026-07-01']);
  });
  it('the coming into force is the Constitution’s own event, on its own day', () => {
    const got = kindsAndDays(
      'ru',
      'Принятая на референдуме 5 июня Конституция вступит в силу 1 июля.',
      '2026-03-12',
    );
    expect(got).not.toContain('reform 2025-06-05');
    expect(got).toContain('reform 2026-07-01');
  });
});

/**
 * A law's noun is a cue of its own ("закон", "кодекс"), which the lexicon reads once with its
 * coming into force: after a referendum's participle ("Принятый на референдуме 5 июня закон
 * вступит в силу 1 июля") that noun's cue kept the phrase's 5 June, so the law came into force on
 * the vote's day; the verb's cue, of the same kind, was dropped. Every gender and number, the
 * phrase before or after the noun.
 */
const LAW_NOUNS: Array<{ noun: string; gender: 'm' | 'pl'; future: string; present: string; past: string }> = [
  { noun: 'закон', gender: 'm', future: 'вступит', present: 'вступает', past: 'вступил' },
  { noun: 'Конституционный закон', gender: 'm', future: 'вступит', present: 'вступает', past: 'вступил' },
  { noun: 'кодекс', gender: 'm', future: 'вступит', present: 'вступает', past: 'вступил' },
  { noun: 'законы', gender: 'pl', future: 'вступят', present: 'вступают', past: 'вступили' },
  { noun: 'поправки', gender: 'pl', future: 'вступят', present: 'вступают', past: 'вступили' },
]; // prettier-ignore
const STEMS = ['Принят', 'Одобренн', 'Утвержденн'];
const ENDING = { m: 'ый', pl: 'ые' };
/** The main verb's tense, and the year its 1 July falls in (published 12 March 2026). */
const LAW_TENSES: Array<['future' | 'present' | 'past', string, string]> = [
  ['future', '2026-07-01', 'planned'],
  ['present', '2026-07-01', 'planned'],
  ['past', '2025-07-01', 'reported'],
];

describe('a law adopted at a referendum comes into force on its own day', () => {
  const cases = LAW_NOUNS.flatMap(({ noun, gender, ...verbs }) =>
    STEMS.flatMap((stem) =>
      LAW_TENSES.flatMap(([tense, iso, status]) => {
        const participle = `${stem}${ENDING[gender]}`;
        const verb = `${verbs[tense]} в силу 1 июля`;
        const lower = participle.toLowerCase();
        const Noun = noun[0]!.toUpperCase() + noun.slice(1);
        return [
          { text: `${participle} на референдуме 5 июня ${noun} ${verb}.`, iso, status },
          { text: `${Noun}, ${lower} на референдуме 5 июня, ${verb}.`, iso, status },
        ];
      }),
    ),
  );
  it.each(cases)(
    '"$text": the vote on 5 June, the law in force on $iso ($status)',
    ({ text, iso, status }) => {
      const got = extractSentences('ru', text, '2026-03-12').events.map(
        (e) => `${e.type} ${e.date.edtf} ${e.status}`,
      );
      expect(got).toContain('referendum 2025-06-05 reported');
      expect(got).toContain(`law ${iso} ${status}`);
      expect(got.filter((e) => e.startsWith('law '))).toHaveLength(1);
    },
  );
  it('a law adopted on a day of its own keeps both steps ("Принятый 5 июня закон вступит в силу 1 июля")', () => {
    expect(kindsAndDays('ru', 'Принятый 5 июня закон вступит в силу 1 июля.', '2026-03-12')).toEqual(['law 2025-06-05', 'law 2026-07-01']);
  }); // prettier-ignore
  it('the Basic Law adopted at a referendum is still a reform ("Принятый на референдуме 5 июня Основной закон вступит в силу 1 июля")', () => {
    expect(kindsAndDays('ru', 'Принятый на референдуме 5 июня Основной закон вступит в силу 1 июля.', '2026-03-12')).toEqual(['referendum 2025-06-05', 'reform 2026-07-01']);
  }); // prettier-ignore
});

/**
 * A law adopted at a referendum and then signed ("Принятый на референдуме 5 июня закон президент
 * подписал 10 июня") gave the referendum alone: the vote made the law's noun its topic, and the
 * signing verb, the law's own later step outside the phrase, took that topic with it. Every gender
 * and number, the signing told actively, passively or ahead, the phrase before or after the noun.
 */
const SIGNINGS: Array<{ verb: (gender: 'm' | 'pl') => string; iso: string; status: string }> = [
  { verb: () => 'президент подписал 10 июня', iso: '2025-06-10', status: 'reported' },
  { verb: (g) => `${g === 'm' ? 'подписан' : 'подписаны'} президентом 10 июня`, iso: '2025-06-10', status: 'reported' },
  { verb: () => 'президент подпишет 20 марта', iso: '2026-03-20', status: 'planned' },
]; // prettier-ignore

describe('a law adopted at a referendum is signed on its own day', () => {
  const cases = LAW_NOUNS.flatMap(({ noun, gender }) =>
    STEMS.flatMap((stem) =>
      SIGNINGS.flatMap(({ verb, iso, status }) => {
        const participle = `${stem}${ENDING[gender]}`;
        const Noun = noun[0]!.toUpperCase() + noun.slice(1);
        return [
          { text: `${participle} на референдуме 5 июня ${noun} ${verb(gender)}.`, iso, status },
          { text: `${Noun}, ${participle.toLowerCase()} на референдуме 5 июня, ${verb(gender)}.`, iso, status },
        ]; // prettier-ignore
      }),
    ),
  );
  it.each(cases)('"$text": the vote on 5 June, the signing on $iso ($status)', ({ text, iso, status }) => {
    const got = extractSentences('ru', text, '2026-03-12').events.map((e) => `${e.type} ${e.date.edtf} ${e.status}`);
    expect(got).toContain('referendum 2025-06-05 reported');
    expect(got).toContain(`law ${iso} ${status}`);
  }); // prettier-ignore
  it('a law signed with no vote before it is still one signing ("Президент подписал закон 10 июня")', () => {
    expect(kindsAndDays('ru', 'Президент подписал закон 10 июня.', '2026-03-12')).toEqual(['law 2025-06-10']);
  }); // prettier-ignore
  it('the Basic Law adopted at a referendum and signed: the vote, then the signing', () => {
    expect(kindsAndDays('ru', 'Принятый на референдуме 5 июня Основной закон президент подписал 10 июня.', '2026-03-12')).toEqual(['referendum 2025-06-05', 'law 2025-06-10']);
  }); // prettier-ignore
});
