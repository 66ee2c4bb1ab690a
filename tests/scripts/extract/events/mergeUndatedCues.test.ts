/**
 * One act told by two cues of one type in one sentence is one event, dated or not: "Регистрация
 * кандидатов завершится …" fires a registration cue and a step of nomination, both "other"; with
 * no day, they shared none (mergeInArticle's sameDay) and stayed two identical unplaced items.
 * Undated cues of one sentence, both ahead or both done, now merge as those of one day do.
 * Generated over steps, verbs and both languages; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const RU_WHAT = ['Регистрация кандидатов', 'Регистрация партийных списков'];
const RU_VERB = ['завершится в ближайшее время', 'начнётся после объявления выборов'];
const KK_WHAT = ['Кандидаттарды тіркеу', 'Партиялық тізімдерді тіркеу'];
const KK_VERB = ['сайлау жарияланған соң басталмақ', 'сайлау тағайындалған соң басталмақ'];

type Case = ['kk' | 'ru', string];
const cases: Case[] = [
  ...RU_WHAT.flatMap((w) => RU_VERB.map((v): Case => ['ru', `${w} ${v}.`])),
  ...KK_WHAT.flatMap((w) => KK_VERB.map((v): Case => ['kk', `${w} ${v}.`])),
];

describe('two cues of one undated act in one sentence', () => {
  it.each(cases)('%s: %s', (lang, text) => {
    const data = extractSentences(lang, text, PUB);
    const others = [
      ...data.events.filter((e) => e.type === 'other'),
      ...(data.unplaced ?? []).filter((u) => u.kind === 'event' && u.type === 'other'),
    ];
    expect(others).toHaveLength(1);
  });
});
