/** An event as one article reports it, before merging across articles. */
import type {
  Actor,
  EventDate,
  EventType,
  Figure,
  Organisation,
  Place,
  Quote,
  SourceLang,
  Theme,
  UnplacedReason,
} from '../../../src/model/schema';
import type { Sentence } from '../types';
import type { TitleArgs } from './titleArgs';

export type { TitleArgs };

export interface Candidate {
  sourceId: string;
  lang: SourceLang;
  type: EventType;
  facet: string;
  generic: boolean;
  /** Merge key within the type and facet (a party, a set of places, an election kind…). */
  subject: string;
  status: 'reported' | 'planned';
  /** Absent when the text gives no date and there is no publication date to fall back on. */
  date?: EventDate;
  /** The source whose text or publication date gave `date`: it also gives the summary. */
  dateSource?: string;
  /** Why there is no date (for the "not yet placed" list). */
  undatedReason?: UnplacedReason;
  /** For an undated event whose text names a day or month without a year: XXXX-MM-DD. */
  undatedTimex?: string;
  /** The sentence tells it as background ("еске салайық", "напомним"). */
  recalled?: boolean;
  /** Told again, by a demonstrative or a sentence saying what it was (Aspect.restates). */
  restates?: boolean;
  /**
   * For an undated event whose sentence bounds its time ("после выборов 19 марта 2023 года"): the
   * first and last day it can fall on (events/dateBounds.ts). Not its date: only what it can merge with.
   */
  notBefore?: string;
  notAfter?: string;
  /** Offset of the sentence that holds that year-less date (its evidence in "not yet placed"). */
  undatedAt?: number;
  /** Sentences that report the event, each tagged with its source and whether it is in the lead. */
  sentences: Array<Sentence & { sourceId: string; lead?: boolean }>;
  paragraphs: number[];
  actors: Actor[];
  places: Place[];
  organisations: Organisation[];
  figures: Figure[];
  quotes: Quote[];
  themes: Theme[];
  /** Template arguments for the title. */
  args: TitleArgs;
}
