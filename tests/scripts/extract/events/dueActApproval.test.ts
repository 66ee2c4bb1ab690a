/**
 * A document approved with no deadline and no horizon is titled by who approved what: "Правительство
 * 7 марта утвердило план развития туризма" and "ОСК іс-шаралар жоспарын бекітті" were titled
 * "Event", as the bare verb of happening named no step of a vote's calendar and the due-act
 * lexicon was read only by a deadline. Generated over bodies, documents (a plan, a programme, a
 * road map, a strategy, the charter), the verb's gender and voice, and days, in both languages;
 * sentences written for the test, through the whole pipeline. (A concept approved keeps its own
 * title, "A policy concept is approved"; a Kazakh state's concept or strategy is a decree.)
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const titles = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, '2025-03-12').events.map((e) => `${e.date.edtf} ${e.title.en}`);

const RU_BODIES = [
  ['Правительство', 'утвердило', 'The Government approves'],
  ['Акимат', 'утвердил', 'The akimat approves'],
  ['Министерство', 'утвердило', 'The ministry approves'],
] as const;
const RU_DOCS = [
  ['план мероприятий', 'a plan', 'утверждён'],
  ['программу поддержки предпринимателей', 'a programme', 'утверждена'],
  ['дорожную карту по реформе', 'a road map', 'утверждена'],
  ['стратегию развития региона', 'a strategy', 'утверждена'],
] as const;
const KK_BODIES = [
  ['Үкімет', 'The Government approves'],
  ['Әкімдік', 'The akimat approves'],
  ['Министрлік', 'The ministry approves'],
] as const;
const KK_DOCS = [
  ['іс-шаралар жоспарын', 'a plan'],
  ['кәсіпкерлерді қолдау бағдарламасын', 'a programme'],
  ['реформа жөніндегі жол картасын', 'a road map'],
] as const;
const RU_DAYS = [
  ['7 марта', '2025-03-07'],
  ['18 февраля', '2025-02-18'],
] as const;
const KK_DAYS = [
  ['7 наурызда', '2025-03-07'],
  ['18 ақпанда', '2025-02-18'],
] as const;

describe('a document approved by a body', () => {
  it.each(
    RU_BODIES.flatMap(([body, verb, en]) =>
      RU_DOCS.flatMap(([doc, what]) =>
        RU_DAYS.map(([d, day]) => [body, d, verb, doc, day, `${en} ${what}`]),
      ),
    ),
  )('ru: %s %s %s %s', (body, d, verb, doc, day, en) =>
    expect(titles('ru', `${body} ${d} ${verb} ${doc}.`)).toContain(`${day} ${en}`),
  );
  it.each(
    KK_BODIES.flatMap(([body, en]) =>
      KK_DOCS.flatMap(([doc, what]) =>
        KK_DAYS.map(([d, day]) => [body, d, doc, day, `${en} ${what}`]),
      ),
    ),
  )('kk: %s %s %s бекітті', (body, d, doc, day, en) =>
    expect(titles('kk', `${body} ${d} ${doc} бекітті.`)).toContain(`${day} ${en}`),
  );
});

describe('a document approved, in the passive', () => {
  it.each(
    RU_DOCS.flatMap(([doc, what, passive]) =>
      RU_DAYS.map(([d, day]) => [d, passive, doc, day, what]),
    ),
  )('ru: %s %s %s', (d, passive, doc, day, what) => {
    // (The accusative of the list stands for the nominative: "план", "программа", …)
    const nominative = doc.replace(/^(\p{L}+)у(?=\s)/u, '$1а');
    expect(titles('ru', `${d} ${passive} ${nominative}.`)).toContain(
      `${day} ${what.charAt(0).toUpperCase()}${what.slice(1)} approved`,
    );
  });
});

describe('the charter of a party', () => {
  it.each(RU_DAYS.map(([d, day]) => [d, day]))(
    'ru: Делегаты %s утвердили новую редакцию устава',
    (d, day) =>
      expect(titles('ru', `Делегаты ${d} утвердили новую редакцию устава партии.`)).toContain(
        `${day} The charter approved`,
      ),
  );
});
