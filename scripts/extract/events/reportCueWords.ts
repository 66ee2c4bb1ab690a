/**
 * What summarise.ts asks of a language to tell a report from someone's words: a speech tag that
 * only says who spoke, and first-person speech. Each locale answers in its own
 * locales/<lang>/lexicon/reportCues.ts; weighing a sentence as a summary is shared.
 */
import type { SourceLang } from '../../../src/model/schema';
import { KK_REPORT_CUES } from '../locales/kk/lexicon/reportCues';
import { RU_REPORT_CUES } from '../locales/ru/lexicon/reportCues';

export interface ReportCues {
  /** A sentence that only says who spoke, or closes a quote ("… осылай деді.", "Об этом заявил …"). */
  speechTag: RegExp;
  /** A sentence in the first person: someone's own words, not a report. */
  firstPerson: RegExp;
}

export const REPORT_CUES: Record<SourceLang, ReportCues> = {
  kk: KK_REPORT_CUES,
  ru: RU_REPORT_CUES,
};
