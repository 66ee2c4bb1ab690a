import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * A day or a year in digits takes the ending of its ordinal's case: "к 20-му апреля", "с 1-ого
 * по 5-ое марта", "о 20-ом апреля", "к 2015-му году", "в 2015-ом году". Only "-го", "-е", "-м",
 * "-й", "-ого" were known, so the dative and prepositional endings and the full "-ое", "-ый"
 * left the number out ("апреля" alone) or the year untagged. Generated: every month × every
 * ending of the day, and every ending of the year before "году"/"года"/"год".
 */
const tagged = (text: string) =>
  tagDates(text, { lang: 'ru', dct: '2025-02-12' }).map((t) => [t.text, t.value]);
const pad = (n: number) => String(n).padStart(2, '0');

const MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа',
  'сентября', 'октября', 'ноября', 'декабря']; // prettier-ignore
const DAY_ENDINGS = ['е', 'ое', 'го', 'ого', 'му', 'ому', 'м', 'ом'];
const YEARS: readonly [string, string][] = [
  ['й', 'год'],
  ['ый', 'год'],
  ['го', 'года'],
  ['ого', 'года'],
  ['му', 'году'],
  ['ому', 'году'],
  ['м', 'году'],
  ['ом', 'году'],
];

describe('Russian digits with the ending of an ordinal', () => {
  it.each(DAY_ENDINGS)('"20-%s" before every month is that day', (ending) => {
    const wrong = MONTHS.flatMap((m, k) => {
      const date = `20-${ending} ${m}`;
      const found = tagged(`Решение отложили к ${date}.`);
      const ok =
        found.length === 1 && found[0]![0] === date && found[0]![1]?.endsWith(`-${pad(k + 1)}-20`);
      return ok ? [] : [[date, found]];
    });
    expect(wrong).toEqual([]);
  });
  it.each(YEARS)('"2015-%s %s" is that year', (ending, word) => {
    expect(tagged(`Закон приняли к 2015-${ending} ${word}.`)).toEqual([
      [`2015-${ending} ${word}`, '2015'],
    ]);
  });
});
