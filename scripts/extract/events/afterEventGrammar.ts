/**
 * What a locale tells of the events a sentence times its act by ("После референдума 5 июня 2022
 * года …", "2022 жылғы 5 маусымдағы референдумнан кейін …"): the phrases naming them, and which
 * date expression in such a phrase is the event's (locales/<lang>/events/afterEvent.ts).
 */
export interface EventPhrase {
  from: number;
  to: number;
  /** The month (1–12) its adjective names, if any: "январских событий" → 1. */
  month?: number;
  /**
   * The act comes later ("после", "кейін", "соң"), not at the event ("по итогам", "в ходе",
   * "барысында": "В ходе визита в 2019 году подписали соглашение" is of the visit's day).
   */
  later: boolean;
  /** Only the phrase's first date is the event's (Russian puts the date after the noun). */
  firstDateOnly?: boolean;
}

export interface AfterEventGrammar {
  /** The phrases of events the act at `at` is told after or during, none holding the trigger. */
  phrases(sentence: string, at: number): EventPhrase[];
  /** Whether a date's words, in such a phrase, are the event's ("5 маусымдағы", not "2023 жылы"). */
  ofEvent(dateText: string): boolean;
  /** The phrase's words that name no event: its preposition or postposition, a date's own words. */
  markerWords: RegExp;
  /** What opens a clause told at that event, right after the phrase ("…, когда лидеры подписали"). */
  atThatEvent?: RegExp;
}
