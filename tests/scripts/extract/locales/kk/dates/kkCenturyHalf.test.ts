import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * A half of a century, "ХХ ғасырдың екінші жартысында", is one date of it, as "ХХ ғасырдың
 * басында" is; the century was read alone and "екінші жартысында" as a half of the current year
 * (which "жартысы", the half of anything, is only after "жылдың": "матчтың екінші жартысында" is
 * no date). Generated: centuries in Roman numerals of either script, words and digits × the
 * ordinals of a half × the forms of "жартысы".
 */
const CENTURIES: readonly [string, string][] = [
  ['XX', '19'], ['ХХ', '19'], ['XIX', '18'], ['ХІХ', '18'],
  ['жиырмасыншы', '19'], ['он тоғызыншы', '18'], ['20-сыншы', '19'], ['21-інші', '20'],
]; // prettier-ignore
const ORDINALS = ['бірінші', 'екінші', 'алғашқы', 'соңғы', '2-ші'];
const HALF_FORMS = ['жартысында', 'жартысындағы', 'жартысына дейін', 'жартысынан бері'];

describe('a half of a century', () => {
  it.each(CENTURIES)('"%s ғасырдың" + any half is one date of that century', (century, value) => {
    const wrong = ORDINALS.flatMap((ord) =>
      HALF_FORMS.flatMap((half) => {
        const text = `${century} ғасырдың ${ord} ${half}`;
        const found = tagDates(`Бұл ${text} болды .`, { lang: 'kk', dct: '2024-05-10' });
        const ok = found.length === 1 && found[0]!.text === text && found[0]!.value === value;
        return ok ? [] : [`${text} → ${found.map((f) => `[${f.text}] ${f.value}`).join(' ')}`];
      }),
    );
    expect(wrong).toEqual([]);
  });

  it.each(['матчтың', 'ойынның', 'кітаптың', 'жолдың'])(
    '"%s екінші жартысында" (the half of a thing) is no date',
    (owner) => {
      for (const ord of ORDINALS)
        expect(tagDates(`Ол ${owner} ${ord} жартысында келді .`, { lang: 'kk', dct: '2024-05-10' })).toEqual([]); // prettier-ignore
    },
  );
});
