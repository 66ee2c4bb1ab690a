/** The words around a Russian cue that make it no event of its own (see events/triggerContext.ts). */
import type { TriggerContext } from '../../../events/triggerContext';

/** What a vote or gathering owns: its plan, calendar, observers ("календарный план выборов"). */
const POSSESSED_HEADS = String.raw`(?:план|календар|график|смет|финансировани|наблюдател|участк|порядк|срок|бюджет|бюллетен)\p{L}*`;

/**
 * The referendum's own verb: a finite one that agrees with a masculine singular subject, past "-л",
 * present or future "-ет", "-ит", "-ёт" ("одобрил", "утверждает", "закрепит"); a plural or feminine
 * one ("одобрили", "прошла") agrees with another subject.
 */
const REFERENDUM_VERB = String.raw`\p{L}{2,}(?:л|ет|ит|ёт)(?![\p{L}])`;
/** No conjunction that opens another clause or predicate. */
const NO_JOINT = String.raw`(?!(?:и|а|но|или|либо|что|чтобы|который|которые|которую|которого)\s)`;

export const RU_TRIGGER_CONTEXT: TriggerContext = {
  // "закон о выборах", "указ о проведении референдума".
  topic: {
    before:
      /(?:закон|указ|постановлени|распоряжени|законопроект|поправк)[\p{L}]*\s+(?:[\p{L}-]+\s+){0,2}[«"]?(?:о|об|обо)\s+(?:[\p{L}-]+\s+){0,2}$/iu,
  },
  // "предложение принять новый Основной закон", "лишился права принимать законы".
  // And the object of an instruction, still ahead: "поручил до конца года внести поправки в
  // закон", "дал поручение принять закон", "поручено разработать законопроект" (the instruction is
  // the event; not past a clause of its own, ", а Сенат принял закон").
  lawInAbstract: {
    before: new RegExp(
      String.raw`(?:(?:предложени|инициатив|иде[яеюи]|прав[оа]?|полномочи)\p{L}*\s+(?:[\p{L}-]+\s+){0,2}(?:принять|принимать|принятия|принятии|принятие)\s+(?:[\p{L}-]+\s+){0,3}|(?<![\p{L}])(?:поруч(?:ил|ила|или|ено|ает|ают|ит|ат)|дал[аи]?\s+(?:\p{L}+\s+)?поручени[ея])(?![\p{L}])(?:[^.;!?,]|,(?!\s+(?:а|но|однако|и|затем)\s)){0,160}?(?<=\s))$`,
      'iu',
    ),
  },
  // "на референдуме", "референдумом".
  atReferendum: /(?:(?:на|в)\s+(?:[\p{L}-]+\s+){0,2}референдуме|референдумом)(?![\p{L}])/iu,
  // "Референдум 5 июня одобрил поправки", "референдум в 2022 году закрепил": the nominative, then
  // its verb up to three words before the act's noun, with no conjunction between ("назначил
  // референдум и одобрил поправки" is no vote's act).
  referendumSubject: new RegExp(
    String.raw`^референдум(?![\p{L}])(?:\s+${NO_JOINT}[\p{L}\p{N}«»"“”.-]+){0,4}?\s+${REFERENDUM_VERB}(?:\s+[\p{L}\p{N}«»"“”-]+){0,3}?\s*$`,
    'iu',
  ),
  // Russian word order is free: the object first, then the verb, then the subject ("5 июня
  // поправки в Конституцию одобрил референдум"). The same verb, and the bare nominative right after
  // it; the object is the act's cue the text starts on, with no joint before the verb.
  referendumSubjectAfter: new RegExp(
    String.raw`^(?:${NO_JOINT}[\p{L}\p{N}«»"“”.-]+\s+){1,8}?${REFERENDUM_VERB}\s+(?:[\p{L}-]+(?:ый|ий|ой)\s+)?референдум(?![\p{L}])`,
    'iu',
  ),
  // "решение о проведении съезда", "решение (решено) созвать съезд", "предлагается провести съезд",
  // "вынести вопрос на референдум".
  // (An act decided, "решение о выдвижении", is the act itself: not listed.)
  decided: {
    before:
      /(?:(?:решени|предложени|инициатив)[\p{L}]*\s+(?:[\p{L}-]+\s+){0,2}(?:о|об|обо)\s+(?:[\p{L}-]+\s+){0,2}|(?:решени[\p{L}]*|решено)\s+(?:созвать|провести)\s+(?:[\p{L}-]+\s+){0,2}|(?:предлага|предложен|предложил|планиру|необходимо|нужно)[\p{L}]*\s+(?:[^.;!?]{0,120}?\s)?(?:провести|созвать|организовать)\s+(?:[\p{L}-]+\s+){0,2}|(?:вынест|вынос|вынес)[\p{L}]*\s+(?:[\p{L}-]+\s+){0,4}на\s+(?:[\p{L}-]+\s+){0,2})$/iu,
  },
  // "штаб для проведения референдума", "в поддержку референдума".
  // And the goal of an appeal: "призвал граждан принять участие в референдуме", "прийти на
  // выборы" (called on to vote: the vote is not held that day).
  purpose: {
    before:
      /(?:(?:(?<![\p{L}])для|ради|в\s+поддержку|в\s+пользу)\s+(?:[\p{L}-]+\s+){0,2}|призыв\p{L}*\s+(?:[\p{L}-]+\s+){0,3}(?:принять\s+участие|участвовать|прийти|явиться|голосовать)\s+(?:(?:в|на)\s+)?(?:[\p{L}-]+\s+){0,2}|призва\p{L}*\s+(?:[\p{L}-]+\s+){0,3}(?:принять\s+участие|участвовать|прийти|явиться|голосовать)\s+(?:(?:в|на)\s+)?(?:[\p{L}-]+\s+){0,2})$/iu,
  },
  // (A commission is the vote's own only right before it: "комиссия референдума", "комиссии по
  // выборам"; "комиссия на заседании" is where it met.)
  // "представит свою оценку выборов", "огласят выводы президентских выборов": the vote in the
  // genitive right after a statement's noun, an adjective of its own between; or in the dative
  // after "дать оценку" ("дала оценку прошедшим выборам").
  statedObject:
    /^\s+(?:(?:[\p{L}-]+(?:ых|их|ого|его)\s+)?(?:выборов|референдума|голосования)|(?:[\p{L}-]+(?:ым|им|ому|ему)\s+)?(?:выборам|референдуму|голосованию))$/iu,
  possessed: {
    before: new RegExp(
      String.raw`(?:${POSSESSED_HEADS}\s+(?:[\p{L}-]+\s+){0,1}|комисси\p{L}*\s+(?:по\s+)?)$`,
      'iu',
    ),
  },
  // "обсудят поручения Послания", "часть поручений из Послания" (not "во исполнение Послания …
  // от 1 сентября", which is mostly told with the Address's own date after it).
  addressOwned: {
    before: /(?:поручени|положени|задач|тезис)\p{L}*\s+(?:из\s+)?(?:[\p{L}-]+\s+){0,1}$/iu,
  },
  // "кандидатуру … на", "кандидатов в", "выдвинула … на".
  candidacy: {
    before:
      /(?:кандидат\p{L}*|выдвину\p{L}*|выдвига\p{L}*)\s+(?:[\p{L}-]+\s+){0,3}(?:на|в)\s+(?:[\p{L}-]+\s+){0,2}$/iu,
  },
  // A name or a post in the genitive after it (an undeclined first name or an adjective before
  // it), or a possessive before it: "о назначении Ольжаса Бектенова", "Айгерим Балаевой",
  // "нового премьера", "министра", "о его (её, их) назначении"; not "о назначении Токаев подписал".
  appointee: {
    after: /^\s+(?:\p{L}+\s+)?\p{L}+(?:а|я|ой|ого|его|ых|их)(?![\p{L}])/iu,
    before: /(?<![\p{L}])(?:его|её|ее|их)\s+$/iu,
  },
  registrationByDecree: false,
  // A visit as the time of an act: "в ходе визита", "во время визита", "в рамках визита".
  visitSetting: { before: /(?:^|[\s,(])(?:в\s+ходе|во\s+время|в\s+рамках)\s+$/iu },
  // "на совместном заседании", "на съезде", "в ходе саммита", "во время сессии"; told as held,
  // "на прошедшем 1 марта съезде".
  atGathering: {
    held: /(?<![\p{L}])(?:прошедш|состоявш)\p{L}*\s+(?:[\p{L}\p{N}«»"“”-]+\s+){0,4}$/iu,
    before: /(?:^|[\s,(])(?:на|в\s+ходе|в\s+рамках|во\s+время)\s+(?:[\p{L}-]+\s+){0,2}$/iu,
  },
  // "на полях саммита ШОС", "в кулуарах форума", "в рамках саммита СНГ".
  sidelines: {
    before: /(?:^|[\s,(])(?:на\s+полях|в\s+кулуарах|в\s+рамках)\s+(?:[\p{L}-]+\s+){0,2}$/iu,
  },
};
