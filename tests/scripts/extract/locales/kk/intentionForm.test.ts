/**
 * Names and nouns in -бек are no intention: "5 наурызда Нұрбек Сапаров облыс әкімі болып
 * тағайындалды" (published 12 March 2026) was an appointment planned for 5 March 2027, "Нұрбек"
 * read as "нұр-бек", will shine. The intention's suffix agrees with its stem (-мақ after a vowel
 * or р/л/й, -бақ after з/ж/a nasal, -пақ after a voiceless consonant; back or front as the stem's
 * last vowel), a name's need not, and a capitalised word is a name. Generated: the verbs' stems ×
 * person endings still read ahead; the names × their cases × the sentences' frames read done.
 */
import { describe, expect, it } from 'vitest';
import { isKkIntention } from '../../../../../scripts/extract/locales/kk/intentionForm';
import { kkParticipleTense } from '../../../../../scripts/extract/locales/kk/kkParticiple';
import { kkVerbTense } from '../../../../../scripts/extract/locales/kk/events/kkVerbTense';
import { extractSentences } from '../../events/extractSentences';

const VOWELS = /[аәеөоұүыіэияю]/u;
const BACK = /[аоұыя]/u;
/** The intention of a stem, as the grammar builds it. */
function intention(stem: string): string {
  const last = stem.at(-1)!;
  const back = BACK.test([...stem].reverse().find((c) => VOWELS.test(c) && !/[иую]/u.test(c))!);
  const first = /[кқпстш]/u.test(last) ? 'п' : /[зжмнң]/u.test(last) ? 'б' : 'м';
  return stem + first + (back ? 'ақ' : 'ек');
}
const STEMS = [
  'өт', 'өткіз', 'ұсын', 'сайла', 'бар', 'кел', 'қой', 'бекіт', 'шық', 'қабылдан', 'тағайындал',
  'жібер', 'ен', 'бол', 'көмектес', 'уағдалас', 'ратификацияла', 'өткізіл', 'жүргіз', 'тап',
]; // prettier-ignore
const PERSONS = (form: string) =>
  /[қк]$/u.test(form)
    ? ['', BACK.test(form.slice(-2)) ? 'пыз' : 'піз', BACK.test(form.slice(-2)) ? 'шы' : 'ші']
    : [''];
const VERB_FORMS = STEMS.map(intention).flatMap((f) => PERSONS(f).map((p) => f + p));

/** Names the grammar rules out (the suffix disagrees with the stem) and names only the capital does. */
const NAMES = ['Нұрбек', 'Ербек', 'Сейітбек', 'Айбек', 'Алибек', 'Жанбек', 'Асылбек', 'Серікбек'];
const CAPITAL_ONLY = ['Ермек', 'Кәрімбек', 'Есенбек'];
const NOUNS = ['еңбек', 'аймақ'];
/** A name's cases (the front ones: every name here ends in a front -бек but the nouns). */
const NAME_CASES = ['', 'ке', 'ті', 'тің', 'пен', 'тен'];

const FRAMES = [
  (n: string) => `5 наурызда ${n} Сапаров облыс әкімі болып тағайындалды.`,
  (n: string) => `Облыс әкімі болып 5 наурызда ${n} Сапаров тағайындалды.`,
  (n: string) => `${n} Сапаров 5 наурызда отставкаға кетті.`,
  (n: string) => `5 наурызда Еңбек министрі ${n} Әбілов отставкаға кетті.`,
  (n: string) => `Президент 5 наурызда ${n} Әбіловті министр етіп тағайындады.`,
];

describe('the intention needs a verb stem', () => {
  it.each(VERB_FORMS)('%s is ahead', (w) => {
    expect(isKkIntention(w)).toBe(true);
    expect(kkVerbTense(w)).toBe('future');
  });
  it.each([...NAMES, ...NAMES.map((n) => n.toLowerCase()), ...CAPITAL_ONLY, ...NOUNS])(
    '%s is no verb',
    (w) => {
      expect(isKkIntention(w)).toBe(false);
      expect(kkVerbTense(w)).toBeUndefined();
    },
  );
  it.each(NAMES.flatMap((n) => NAME_CASES.map((c) => (n + c).toLowerCase())))(
    '%s is no participle',
    (w) => expect(kkParticipleTense(w)).toBeUndefined(),
  );
  it.each([...NAMES, ...CAPITAL_ONLY].flatMap((n) => FRAMES.map((f) => f(n))))(
    '%s is done, on 5 March 2026',
    (sentence) => {
      const data = extractSentences('kk', sentence, '2026-03-12');
      expect(data.events.length).toBeGreaterThan(0);
      for (const e of data.events) {
        expect(e.date.edtf).toBe('2026-03-05');
        expect(e.status).toBe('reported');
      }
    },
  );
  it.each([
    'Сайлау 15 наурызда өтпек.',
    'Заң 1 шілдеде күшіне енбек.',
    'Президент 20 наурызда Жарлыққа қол қоймақ.',
  ])('%s is still ahead', (sentence) => {
    const data = extractSentences('kk', sentence, '2026-03-12');
    expect(data.events.length).toBeGreaterThan(0);
    for (const e of data.events) expect(e.status).toBe('planned');
  });
});
