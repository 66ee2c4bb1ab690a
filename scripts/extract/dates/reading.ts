/**
 * What a matched date expression means before it is resolved against the document creation
 * time (DCT). Taggers for every language produce these; resolveReading turns them into TIMEX3.
 */

export type Season = 'SP' | 'SU' | 'FA' | 'WI';

/** TIMEX3 halves and quarters of a year. */
export type YearPart = 'H1' | 'H2' | 'Q1' | 'Q2' | 'Q3' | 'Q4';

/** Calendar parts written in the text (any subset). */
export interface CalParts {
  year?: number;
  month?: number;
  day?: number;
  season?: Season;
  /** First two digits of a century's years: 19 for "the 20th century" (TIMEX3 value "19"). */
  century?: number;
  /** First three digits of a decade: 196 for "the 1960s". */
  decade?: number;
  /** Decade within a century (6 for "the 60s"), used with a century offset. */
  decadeOfCentury?: number;
  /** A half or a quarter of the year ("первой половине 2025 года", "бірінші тоқсанында"). */
  yearPart?: YearPart;
  /** ISO weekday: Monday = 1 … Sunday = 7. */
  weekday?: number;
  hour?: number;
  minute?: number;
}

/** Units for relative offsets, durations and sets; WE is a week's weekend (TIMEX3 "2025-W11-WE"). */
export type Unit = 'Y' | 'M' | 'W' | 'WE' | 'D' | 'H' | 'MIN' | 'C' | 'Q';

export type Reading =
  /** Absolute or year-less calendar date; `end` for ranges ("15–16 наурыз"). */
  /** `strict`: a month or season named with its own "last"/"next" ("өткен мамырда", "в прошлом
   * марте") is never the DCT's own one. */
  | {
      kind: 'cal';
      parts: CalParts;
      end?: CalParts;
      mod?: string;
      dir?: 'future' | 'past';
      strict?: true;
      /** A season named as this one ("этой зимой", "осы қыста"): the one under way at the DCT. */
      current?: true;
    }
  /** Offset from the DCT in `unit`s ("былтыр" = Y −1), optionally narrowed by calendar parts
   * ("өткен жылдың көктемінде" = Y −1 then season SP). */
  | {
      kind: 'rel';
      unit: Unit;
      offset: number;
      then?: CalParts;
      mod?: string;
      /**
       * A day of "the month" the text does not name ("5-го числа"): the month under way, or the
       * one before or after it where the tense points past or ahead of that day (resolveReading).
       */
      monthByTense?: boolean;
    }
  /** Vague reference to now / the past / the future ("бүгінде", "бұрын"). */
  | { kind: 'ref'; ref: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'; mod?: string }
  /** A length of time; `amount` undefined means "several". `endAmount` for "2–3 жыл". */
  | { kind: 'dur'; unit: Unit; amount?: number; endAmount?: number; mod?: string }
  /** "N units ago/later" (sign of `direction`), a date found by shifting the DCT. */
  | { kind: 'shift'; unit: Unit; amount?: number; direction: -1 | 1; mod?: string }
  /** Recurrence: "жыл сайын" = every year. */
  | { kind: 'set'; unit: Unit };
