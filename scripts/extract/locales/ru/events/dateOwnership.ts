/** Which noun of a Russian sentence owns a date (events/dateOwnershipGrammar.ts). */
import { RU_DESCRIBED_AFTER } from './participlePhrase';
import type { DateOwnershipGrammar } from '../../../events/dateOwnershipGrammar';
import { RU_PREPARATION_FOR } from '../preparationFor';

/** The cue of a gathering prepared for, with up to two of its adjectives: "подготовку к очередному …". */
const PREPARED_FOR = new RegExp(
  String.raw`(?:^|\s)${RU_PREPARATION_FOR}\s+(?:[\p{L}-]+(?:ых|их|ого|его|ой|ей|ому|ему)\s+){0,2}$`,
  'iu',
);

/** The body a vote fills, right after "выборы": "в Мажилис", "в Сенат", "в маслихаты", "депутатов Мажилиса". */
const VOTE_CHAMBER =
  /^\s+(?:депутатов\s+)?(?:в\s+)?(?:[\p{L}-]+(?:ый|ий|ой|ые|ие)\s+)?(?:Мажилис\p{L}*|Сенат\p{L}*|Парламент\p{L}*|маслихат\p{L}*)\s+$/iu;

export const RU_DATE_OWNERSHIP: DateOwnershipGrammar = {
  voteChamber: VOTE_CHAMBER,
  // "прошедших … выборов", "состоявшегося … референдума".
  describedBefore: /(?:вш|[её]дш)\p{L}*\s+(?:[\p{L}\d-]+\s+){0,3}$/u,
  // Russian sets the participle with its date after the noun: "итоги выборов в Мажилис,
  // прошедших в воскресенье", "результаты референдума, состоявшегося 5 июня".
  describedAfter: RU_DESCRIBED_AFTER,
  // The genitive possessor after its head: "итоги выборов".
  possessorOf(_text, owner, head) {
    const headEnd = head.at + head.text.length;
    return owner.at >= headEnd && owner.at - headEnd <= 25;
  },
  // "шестое с 2019 года Послание", "в третий раз с 2019 года": the nth since then. (A bare "с" is
  // as often "from": "С 1 января вступил в силу закон" is the law's day; and "впервые с 2004 года"
  // tells that the last such act was then.)
  sinceBefore:
    /(?<![\p{L}])(?:втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят)(?:ое|ой|ый|ий|ая|ья|ье|ые|ьи)\s+(?:раз\s+)?(?:с|со)\s+$/iu,
  // "указ от 19 января", "постановлением от 2 мая".
  documentDateCue: /(?<![\p{L}])от\s+(?=\d)/iu,
  // "этой осенью", "прошлой весной", "следующим летом", "осенью этого года", "нынешней зимой".
  definiteSeason:
    /\d{4}|(?<![\p{L}])(?:это(?:й|го|м)|этим|прошл|следующ|будущ|текущ|нынешн|грядущ|предстоящ)/iu,
  // Russian puts the date after its noun, in the genitive: "событий января 2022 года", "выборов
  // 2019 года" (right after the trigger, nothing between). An adverbial month or year would be "в
  // январе", "в 2019 году"; a day-date is genitive either way ("После референдума 1 июля был
  // принят закон" is the law's day), so it is not taken.
  attributedDate(s, hit, own) {
    const end = hit.at + hit.text.length;
    // A vote or gathering named as the reference point ("После выборов в Мажилис 19 марта 2023
    // года правительство ушло в отставку") takes the date written right after its phrase, as
    // the annotators read it; the sentence's own date would stand apart ("19 марта, после выборов").
    // (Adjectives of the noun may come between: "после досрочных выборов 20 марта 2016 года".)
    const reference =
      /(?:^|\s)(?:после|до|накануне|по\s+итогам|в\s+ходе)\s+(?:[\p{L}-]+(?:ых|их|ого|его|ой|ей)\s+){0,2}$/iu.test(
        s.text.slice(Math.max(0, hit.at - 40), hit.at),
      );
    // A decision about holding it names its day right after it ("указ о проведении выборов в
    // Мажилис 19 марта" is the vote's day; not "Указ о проведении референдума Токаев подписал
    // 11 февраля", the signing's).
    const decided =
      /(?:^|\s)о\s+(?:проведении|назначении)\s+(?:[\p{L}-]+(?:ых|их|ого|его|ой|ей)\s+){0,2}$/iu.test(
        s.text.slice(Math.max(0, hit.at - 40), hit.at),
      );
    // A gathering prepared for takes the date written in its phrase ("подготовку к визиту
    // председателя КНР в Астану в июне", "к саммиту ШОС в июле"): what is prepared is ahead of it.
    const prepared = PREPARED_FOR.test(s.text.slice(Math.max(0, hit.at - 60), hit.at));
    return own.find((t) => {
      const between = s.text.slice(end, t.start - s.start);
      if (t.start - s.start < end) return false;
      // The date an Address bears, after "от" past its owner and addressee ("Послания Главы
      // государства народу Казахстана от 2 сентября 2024 года"): the Address of that day.
      if (hit.trigger.type === 'address' && /^(?:\s+[\p{L}-]+){0,4}\s+от\s+$/iu.test(between))
        return true;
      if (prepared) return /^(?:\s+[\p{L}-]+){0,5}\s+$/u.test(between);
      if (decided) return /^(?:\s+(?:в|на)\s+[\p{L}-]+)?\s+(?:на\s+)?$/u.test(between);
      if (reference) return /^(?:\s+[\p{L}-]+){0,3}\s+$/u.test(between);
      // (A season in the instrumental, "осенью этого года", is adverbial: when a verb happens.)
      // (A year alone is genitive only as an attribute: "событий 2022 года", "выборов 2019 года".)
      return (
        // (A vote's chamber may come between: "выборы в Мажилис 19 марта", "на выборы в маслихаты
        // 2027 года" are that vote's day and year.)
        (/^\s+$/u.test(between) ||
          (hit.trigger.type === 'election' && VOTE_CHAMBER.test(between))) &&
        !/^(?:осенью|весной|летом|зимой)/iu.test(t.text) &&
        (!/^\d/u.test(t.text) || (t.granularity === 'year' && /^\d{4}$/u.test(t.value))) &&
        /(?:года|[ая])$/u.test(t.text)
      );
    });
  },
};
