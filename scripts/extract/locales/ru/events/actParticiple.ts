/**
 * A law's step told by a participle attached to the law ("Закон, подписанный Главой государства 5
 * марта, вступил в силу 10 марта", "Принятый Мажилисом 5 марта закон Сенат одобрил 20 марта"):
 * the participle's phrase holds the day of that step, the finite verb the day of another
 * (events/participleActs.ts).
 */
import type { ActParticiples, ActPhrase } from '../../../events/participleActs';

/** The law's noun, any case and number: "закон", "кодекса", "законопроект", "поправки". */
const LAW = String.raw`(?:закон|законопроект|кодекс|поправк)\p{L}*`;

/**
 * A full participle of a law's step, any gender, case and number: the passives "подписанный",
 * "принятого", "одобренной", "утверждённые", "ратифицированному", "введённый в действие"; the
 * active "вступивший в силу".
 */
const STEP_PARTICIPLE = String.raw`(?:(?:подписан|принят|одобрен|утвержд[её]н|ратифицирован|введ[её]н)н?(?:ый|ая|ое|ые|ого|ой|ому|ым|ых|ую|ыми|ом)|вступивш(?:ий|ая|ее|ие|его|ей|ему|им|ими|их|ую|ем)\s+в\s+(?:законную\s+)?силу)(?![\p{L}])`;

/** The law, up to six words of its complement, the comma, then the participle and its phrase. */
const AFTER = new RegExp(
  String.raw`(?<![\p{L}])${LAW}(?:\s+[^\s,.;:!?]+){0,6}?\s*,\s*(${STEP_PARTICIPLE})[^,;:!?—–]*`,
  'giu',
);

/** The participle, up to five words of its own (its date among them), then the law. */
const BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(${STEP_PARTICIPLE})((?:\s+[^\s,.;:!?]+){0,5}?\s+)(?=${LAW})`,
  'giu',
);

/**
 * A finite verb of a law's step, past, present or future, any gender and number, or a short
 * passive: "вступил в силу", "одобрил", "подписала", "приняли", "подписан", "утверждена",
 * "вступит в силу", "подпишет". (A full participle ends in a letter more: not this.)
 */
const FINITE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:подписал|принял|одобрил|утвердил|ратифицировал)(?:[аои]|ся|ась|ось|ись)?|(?:подписан|принят|одобрен|утвержд[её]н|ратифицирован)[аоы]?|вступ(?:ил[аои]?|ит|ят|ает|ают)\s+в\s+(?:законную\s+)?силу|введ[её]н[аоы]?\s+в\s+действие|подпиш(?:ет|ут)|прим(?:ет|ут)|одобр(?:ит|ят)|утверд(?:ит|ят)|ратифициру(?:ет|ют))(?![\p{L}])`,
  'giu',
);

export const RU_ACT_PARTICIPLES: ActParticiples = {
  cheap: /подпис|принят|одобрен|утвержд|ратифиц|вступивш|введ/iu,
  phrases(text) {
    const out: ActPhrase[] = [];
    for (const m of text.matchAll(AFTER)) {
      const comma = m.index + m[0].indexOf(',');
      const word = m.index + m[0].indexOf(m[1]!, comma - m.index);
      const end = m.index + m[0].length;
      out.push({ word: [word, word + m[1]!.length], phrase: [comma, end], noun: m.index });
    }
    for (const m of text.matchAll(BEFORE)) {
      const end = m.index + m[0].length;
      out.push({ word: [m.index, m.index + m[1]!.length], phrase: [m.index, end], noun: end });
    }
    return out;
  },
  finite: FINITE,
};
