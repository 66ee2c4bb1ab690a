import type { Span } from '../model/schema';
import type { Lang } from '../state/viewState';
import { displayText } from './dataText';

interface Props {
  sentence: Span;
  /** The date expression, in the same source's offsets; highlighted when it lies inside the sentence. */
  expression?: Span | undefined;
  lang: Lang;
  textLang: 'kk' | 'ru';
}

/** Split a sentence around an expression by offsets; null when the offsets do not agree with the text. */
export function splitAtExpression(
  sentence: Span,
  expression: Span,
): [string, string, string] | null {
  const from = expression.start - sentence.start;
  const to = expression.end - sentence.start;
  if (from < 0 || to > sentence.text.length || from > to) return null;
  if (sentence.text.slice(from, to) !== expression.text) return null;
  return [sentence.text.slice(0, from), expression.text, sentence.text.slice(to)];
}

/** A sentence from the article with the date expression marked, so readers see where a date came from. */
export function EvidenceSentence({ sentence, expression, lang, textLang }: Props) {
  const parts = expression === undefined ? null : splitAtExpression(sentence, expression);
  // Transliterate after splitting: the offsets belong to the Cyrillic text.
  const show = (text: string) => displayText(text, lang, textLang);
  return (
    <span
      className="evidence"
      lang={textLang === 'kk' && lang === 'kk-latn' ? 'kk-Latn' : textLang}
    >
      {parts === null ? (
        show(sentence.text)
      ) : (
        <>
          {show(parts[0])}
          <mark>{show(parts[1])}</mark>
          {show(parts[2])}
        </>
      )}
    </span>
  );
}
