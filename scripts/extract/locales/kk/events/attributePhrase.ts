/** Kazakh attribute phrases before their noun (events/attributePhraseGrammar.ts). */
import { SETTING } from '../../../events/actSetting';
import type { AttributePhraseGrammar } from '../../../events/attributePhraseGrammar';
import { kkDateOfOtherNoun, kkInParticiplePhrase } from './otherNounPhrase';
import { ATTRIBUTE_AFTER_DATE, ATTRIBUTIVE } from './phrase';

export const KK_ATTRIBUTE_PHRASE: AttributePhraseGrammar = {
  acrossAttribute(s, hit, t, others, participle) {
    const from = t.start - s.start;
    const to = t.end - s.start;
    const end = hit.at + hit.text.length;
    if (end <= from) {
      if (participle.test(s.text.slice(end, from)) && others.some((h) => h.at >= to)) return true;
      // "Сайлау 2022 жылғы 5 маусымда өткен референдумда …": a date with its participle after it
      // modifies the trigger that participle leads to, not one before the date.
      const attr = ATTRIBUTE_AFTER_DATE.exec(s.text.slice(to));
      return attr !== null && others.some((h) => h.at >= to && h.at <= to + attr[0].length + 60);
    }
    // "19 наурызда өткен … сайлаудың қорытындысын жариялады": the date and its participle modify
    // the election, the trigger the participle leads to; a trigger after that one is another event.
    const attr =
      ATTRIBUTE_AFTER_DATE.exec(s.text.slice(to)) ?? (ATTRIBUTIVE.test(t.text) ? [''] : null);
    if (!attr) return false;
    const head = to + attr[0].length;
    // (Not the participle itself, "өткен" read as "something took place": its noun.)
    // (A Kazakh noun phrase may be long, "кеше өткен Парламент Мәжілісі мен барлық деңгейдегі
    // мәслихат депутаттары сайлауының"; it does not run across a comma.)
    const owner = others.find(
      (h) => h.at >= head && h.at <= head + 120 && !/[,;:]/u.test(s.text.slice(head, h.at)),
    );
    // "бейсенбі күні өткен жалпы отырыста … заңды қабылдады": at the sitting held that day, so the
    // act shares its day; a possessed vote ("өткен сайлаудың қорытындысы") does not.
    if (owner && SETTING.test(owner.text)) return false;
    return owner !== undefined && hit.at > owner.at;
  },
  inParticiplePhrase: (text, _from, to) => kkInParticiplePhrase(text, to),
  // Right before the cue, with at most one word between, and not itself an attribute of another
  // noun ("2022 жылы енгізілген өзгерістер"; "бүгінгі отырыста енгізілген" is the sitting's day).
  inItsPhrase(s, hit, t) {
    const to = t.end - s.start;
    return (
      to <= hit.at &&
      /^\s+(?:[\p{L}-]+\s+)?$/u.test(s.text.slice(to, hit.at)) &&
      !ATTRIBUTIVE.test(t.text)
    );
  },
  // An attributive date or a participle phrase before a noun dates that noun
  // (otherNounPhrase.ts); the reading by position is not asked.
  ofAnotherNoun(s, hit, t) {
    return kkDateOfOtherNoun(s, hit, t);
  },
};
