/** Values passed between the extractor's pure stages. Offsets always point into the decoded text. */
import type { SourceLang } from '../../src/model/schema';

export type LineKind = 'blank' | 'debris' | 'title' | 'header' | 'caption' | 'body' | 'byline';

export interface Line {
  /** Offsets of the line's content, trimmed of whitespace, bullets and debris tokens. */
  start: number;
  end: number;
  text: string;
  kind: LineKind;
}

export interface Header {
  title: string;
  publisher?: string;
  /** EDTF date or date-time, as the text gives it. */
  published?: string;
  /** An agency's dateline without a year ("Шымкент. 24 ақпан. ҚазАқпарат –"): its `MM-DD`. */
  yearlessDateline?: string;
  views?: number;
  byline?: string;
}

export interface Speaker {
  name: string;
  role?: string;
}

export interface Paragraph {
  index: number;
  start: number;
  end: number;
  text: string;
  /** The caption line ("Асхат ОРАЛОВ, … ХАТШЫСЫ:") that introduces this paragraph as someone's words. */
  speaker?: Speaker;
}

export interface Sentence {
  index: number;
  paragraph: number;
  start: number;
  end: number;
  text: string;
  /**
   * Where the report begins when the sentence opens with its paragraph's agency dateline
   * ("АСТАНА, 12 марта. КАЗИНФОРМ – Президент …", stages/datelineLead.ts): the evidence shown.
   */
  reportAt?: number;
}

export interface Doc {
  sourceId: string;
  file: string;
  lang: SourceLang;
  text: string;
  lines: Line[];
  header: Header;
  paragraphs: Paragraph[];
  sentences: Sentence[];
}
