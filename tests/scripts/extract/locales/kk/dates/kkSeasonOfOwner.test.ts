import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * "Лиганың бесінші маусымында" (in the league's fifth season), "сериалдың екінші маусымы": after
 * an ordinal, "маусым" with a possessive is the season of the noun in the genitive before it.
 * June takes the possessive from its year ("2019 жылдың 12-нші маусымында", "биылғы жылдың
 * тоғызыншы маусымына"). Before, all were days of June. Generated: owners, ordinals in words
 * and digits, four possessive forms; and as controls, the same days owned by a year (digits,
 * words, "өткен жылдың"), June without the possessive, and the possessive with no owner.
 */
const tag = (text: string) =>
  tagDates(`${text} аяқталды .`, { lang: 'kk', dct: '2025-02-12' }).map((t) => t.text);

const OWNERS = ['Лиганың', 'Сериалдың', 'Чемпионаттың', 'Жобаның', 'Командамыздың'];
const ORDINALS = ['бесінші', '5-інші', 'екінші', '2-нші', 'жиырма бірінші'];
const FORMS = ['маусымы', 'маусымында', 'маусымына дейін', 'маусымынан бастап'];

describe('Kazakh "лиганың N-інші маусымы": a season, not June', () => {
  it.each(FORMS.map((f) => [f]))('every owner and ordinal before "%s"', (form) => {
    const dated = OWNERS.flatMap((o) => ORDINALS.map((n) => `${o} ${n} ${form}`)).filter(
      (text) => tag(text).length > 0,
    );
    expect(dated).toEqual([]);
  });

  it.each(FORMS.map((f) => [f]))('a year before "N %s" makes it June', (form) => {
    const years = ['2024 жылдың', 'екі мың жиырма төртінші жылдың', 'өткен жылдың'];
    const phrases = years.flatMap((y) => ORDINALS.map((n) => `${y} ${n} ${form}`));
    const want = phrases.map((p) => [p.replace(/ бастап$/u, '')]);
    expect(phrases.map((p) => tag(p))).toEqual(want);
  });

  it.each(ORDINALS.map((n) => [n]))('"%s маусымда", "%s маусымында" alone stay June', (n) => {
    expect(tag(`Жиын ${n} маусымда`)).toEqual([`${n} маусымда`]);
    expect(tag(`Жиын ${n} маусымында`)).toEqual([`${n} маусымында`]);
  });
});
