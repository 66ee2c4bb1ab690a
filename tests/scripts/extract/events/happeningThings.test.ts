/**
 * A bare verb of happening tells what befell a thing the lexicon knows: "Учаскелік комиссиялардың
 * құрамы 10 ақпанда бекітілді", "Вывод контингента начнется 20 марта" were titled "Event", since
 * events/happeningOf.ts knew only a vote's calendar steps, begun or ended. Now a composition, a
 * ballot or a concept approved or announced, repairs, construction, payments or a withdrawal begun
 * or ended, an appeal heard are named (events/happeningThings.ts, locales/<lang>/lexicon/
 * happeningWords.ts); a thing of another clause ("оның жартысы … аяқталды") or one the verb
 * cannot tell of (a composition never "ends") is not. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';

// [sentence, date, English title, local title]
type Row = readonly [string, string, string, string];

const RU: Row[] = [
  ['Состав участковых комиссий утверждён 10 февраля.', '2025-02-10', 'The composition of the commissions is approved', 'Утверждение состава комиссий'],
  ['Состав территориальных избирательных комиссий будет утверждён 20 марта.', '2025-03-20', 'The composition of the commissions to be approved', 'Утверждение состава комиссий'],
  ['Состав нового Правительства будет объявлен 20 марта.', '2025-03-20', "The Government's composition to be announced", 'Объявление состава Правительства'],
  ['Бюллетень будет утверждён 20 марта.', '2025-03-20', 'The ballot to be approved', 'Утверждение бюллетеня'],
  ['Концепция была утверждена 10 февраля.', '2025-02-10', 'A policy concept is approved', 'Утверждение концепции'],
  ['Вывод контингента начнется 20 марта.', '2025-03-20', 'Withdrawal of the contingent to start', 'Начало вывода контингента'],
  ['Выплаты завершились 10 февраля.', '2025-02-10', 'Payments end', 'Завершение выплат'],
  ['Строительство начнется 20 марта.', '2025-03-20', 'Construction to start', 'Начало строительства'],
  ['Ремонтные работы завершатся 20 марта.', '2025-03-20', 'Repair works to end', 'Завершение ремонтных работ'],
  ['Рассмотрение апелляции состоится 20 марта.', '2025-03-20', 'Hearing of the appeal', 'Рассмотрение апелляции'],
]; // prettier-ignore

const KK: Row[] = [
  ['Учаскелік комиссиялардың құрамы 10 ақпанда бекітілді.', '2025-02-10', 'The composition of the commissions is approved', 'Комиссиялардың құрамы бекітілді'],
  ['Аумақтық комиссиялардың құрамы 20 наурызда жарияланады.', '2025-03-20', 'The composition of the commissions to be announced', 'Комиссиялардың құрамы жарияланбақ'],
  ['Жаңа Үкімет құрамы 20 наурызда жарияланады.', '2025-03-20', "The Government's composition to be announced", 'Үкімет құрамы жарияланбақ'],
  ['Бюллетень мәтіні 20 наурызда бекітіледі.', '2025-03-20', 'The ballot to be approved', 'Бюллетень бекітілмек'],
  ['Тұжырымдама 20 наурызда бекітіледі.', '2025-03-20', 'A policy concept to be approved', 'Тұжырымдама бекітілмек'],
  ['Контингентті шығару 20 наурызда басталады.', '2025-03-20', 'Withdrawal of the contingent to start', 'Контингентті шығару басталмақ'],
  ['Төлемдер 10 ақпанда аяқталды.', '2025-02-10', 'Payments end', 'Төлемдер аяқталды'],
  ['Құрылыс 10 ақпанда басталды.', '2025-02-10', 'Construction starts', 'Құрылыс басталды'],
  ['Жөндеу жұмыстары 20 наурызда аяқталады.', '2025-03-20', 'Repair works to end', 'Жөндеу жұмыстары аяқталмақ'],
  ['Апелляциялық шағымды қарау 20 наурызда өтеді.', '2025-03-20', 'Hearing of the appeal', 'Апелляциялық шағымды қарау'],
  ['Ұсыныстар 20 наурызда жарияланады.', '2025-03-20', 'Proposals to be announced', 'Ұсыныстар жарияланбақ'],
]; // prettier-ignore

const cases = [...RU.map((r) => ['ru', ...r] as const), ...KK.map((r) => ['kk', ...r] as const)];

describe('a bare verb names the thing it befell', () => {
  it.each(cases)('%s: %s', (lang, text, date, en, local) => {
    const events = extractSentences(lang, text, PUB).events;
    expect(events.map((e) => `${e.date.edtf} ${e.title.en}`)).toEqual([`${date} ${en}`]);
    expect(events.map((e) => e.title[lang])).toEqual([local]);
  });
});

// A thing of another clause, or one the verb cannot tell of, is not named.
const UNNAMED = [
  ['kk', 'Жол жөндеу жоспарланған, оның жартысы 10 ақпанда аяқталды.'],
  ['kk', 'Комиссиялардың құрамын жаңартуды 20 наурызға дейін аяқтаймыз.'],
  ['ru', 'Состав комиссий обновлён, работа завершится 20 марта.'],
] as const;

describe('not named', () => {
  it.each(UNNAMED)('%s: %s', (lang, text) => {
    const titles = extractSentences(lang, text, PUB).events.map((e) => e.title.en);
    expect(titles.filter((t) => /composition|repair/iu.test(t))).toEqual([]);
  });
});
