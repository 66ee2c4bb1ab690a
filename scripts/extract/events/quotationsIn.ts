/**
 * A sentence's quotations, found once per sentence text: dating an event asks for them once per
 * cue of the sentence, and each asking scanned the whole sentence again (quadratic on a long one).
 */
import { quoteSpans } from '../arguments/quoteSpans';
import { speechSpans, type Span } from '../dates/quotedClause';
import { memoByText } from '../memoByText';

/** The quotations of speech (dates/quotedClause.ts speechSpans), remembered by text. */
export const speechSpansIn: (text: string) => readonly Span[] = memoByText(speechSpans);

/** The «…» quotations (arguments/quoteSpans.ts) and those of speech, remembered by text. */
export const quotationSpansIn: (text: string) => readonly Span[] = memoByText((text) => [
  ...quoteSpans(text),
  ...speechSpans(text),
]);
