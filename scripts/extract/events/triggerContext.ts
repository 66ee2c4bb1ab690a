/**
 * What findTriggers asks of a language about the words around a cue: whether the cue only names
 * the topic, the owner, the purpose or the object of something else, or a name. Each locale
 * answers in its own folder (locales/kk/events/triggerContext.ts, locales/ru/…); the search and
 * how the answers combine stay in findTriggers.ts.
 */
import type { SourceLang } from '../../../src/model/schema';
import { KK_TRIGGER_CONTEXT } from '../locales/kk/events/triggerContext';
import { RU_TRIGGER_CONTEXT } from '../locales/ru/events/triggerContext';

/** Read right after the cue (`after`, from its end) or right before it (`before`, up to it). */
export interface Around {
  after?: RegExp;
  before?: RegExp;
}

export interface TriggerContext {
  /** Only the topic of a law or a decree: "сайлау туралы заң", "закон о выборах". */
  topic: Around;
  /** A referendum as the place or the means of an act, read around its cue. */
  atReferendum: RegExp;
  /**
   * A referendum as the subject of the clause that tells an act on what it voted ("Референдум 5
   * июня одобрил поправки", "Референдум 5 маусымда түзетулерді мақұлдады"): read on the text from
   * the referendum's cue up to the act's (events/votedOn.ts).
   */
  referendumSubject: RegExp;
  /**
   * A referendum as that subject after its verb, the act its object before both ("поправки в
   * Конституцию одобрил референдум"): read on the text from the act's cue on, through the
   * referendum's. Where the language puts its subject there.
   */
  referendumSubjectAfter?: RegExp;
  /**
   * A law named only as an act in the abstract, what a proposal or a right is about ("заң
   * қабылдау туралы ұсыныс", "заң қабылдау құқығы", "предложение принять закон", "права принимать
   * законы"): no law was passed.
   */
  lawInAbstract: Around;
  /** A vote or gathering that is only the subject of a decision or a proposal. */
  decided: Around;
  /** A vote or gathering named as a purpose: "қолдау үшін", "для проведения". */
  purpose: Around;
  /** A vote or gathering named only as the owner of something else: "сайлаудың жоспары", "план выборов". */
  possessed: Around;
  /**
   * An Address named only as the source of what is done now: "поручения Послания", "задачи из
   * Послания", "Жолдау тапсырмалары". It is an event only with a date of its own.
   */
  addressOwned: Around;
  /** The form a cue takes as an owner (the Kazakh genitive); any form where there is none. */
  possessorForm?: RegExp;
  /** A participle and a noun right after the cue: the vote names a class of people. */
  attributeAfter?: RegExp;
  /** The vote a candidate runs in, with the cue's own ending where the language marks it. */
  candidacy: Around & { ending?: RegExp };
  /** A vote or gathering that is the object of proposing or planning: its ending, then the verb. */
  proposedObject?: { ending: RegExp; after: RegExp };
  /**
   * What follows a statement's cue up to the end of a vote's that complements the cue's noun
   * ("представит свою оценку| выборов", the genitive): what the statement is about, not a vote
   * held on the statement's day.
   */
  statedObject?: RegExp;
  /** A law or a decree that is only proposed: which acts, and what follows them. */
  proposedAct?: { acts: ReadonlySet<string>; after: RegExp };
  /** Where the words come from ("Жолдауда айтылғандай"): no event. */
  sourceReference?: { ending: RegExp; after: RegExp; datedBefore: RegExp };
  /** A bare cue noun right before another that names its kind ("Сайлау кодексі"). */
  nounModifier?: RegExp;
  /**
   * What may stand between such a noun and the cue it modifies besides a space: a postposition of
   * topic ("референдум бойынша үгіт науқаны", the campaign on the referendum). Only a space if unset.
   */
  modifierLink?: RegExp;
  /** A participle of taking place right before another cue, which it describes ("өткен брифингте"). */
  describingParticiple?: RegExp;
  /**
   * Who a decree on an appointment appoints, read around the appointment's cue ("о назначении
   * Ольжаса Бектенова", "о его назначении", "Бектеновті … тағайындау туралы"): with no one named,
   * the decree is told for itself ("Указ о назначении Токаев подписал в тот же день").
   */
  appointee: Around;
  /** A decree on registering the elected is that act, as one on an appointment is. */
  registrationByDecree: boolean;
  /** A bare cue word right before a surname is a given name ("Сайлау Жақыпов"), unless inflected. */
  givenNameBeforeSurname?: { inflected: RegExp };
  /**
   * A name in the case the cue's verb governs, opening a cue of more words ("Бектеновті
   * қабылдады"): the one the act is done to, so the cue is no name ("Сапаров" is no "сапар").
   */
  governedName?: RegExp;
  /**
   * A gathering named as the place of an act ("отырысында", "на заседании"): its cue's own ending
   * where the language marks the place by one, or the words right before it where by a preposition;
   * and a participle of its holding before it ("1 наурызда өткен съезде"), which tells the
   * gathering as an event of its own.
   */
  atGathering: { ending?: RegExp; before?: RegExp; held: RegExp };
  /**
   * A summit or a forum named as the sidelines of talks ("на полях саммита", "в рамках форума",
   * "саммиті аясында"): the words right before the cue, or right after it (events/sidelines.ts).
   */
  sidelines: Around;
  /**
   * A visit named as the setting of what was done ("сапары барысында", "в ходе визита"): the words
   * right after its cue or right before it (events/visitSetting.ts).
   */
  visitSetting: Around;
}

export const TRIGGER_CONTEXT: Record<SourceLang, TriggerContext> = {
  kk: KK_TRIGGER_CONTEXT,
  ru: RU_TRIGGER_CONTEXT,
};
