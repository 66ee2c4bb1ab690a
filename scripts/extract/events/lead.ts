/**
 * The article's lead: its headline and the first paragraph of running text. The lines between
 * them — a rubric ("Политика"), a photo credit ("Фото: akorda.kz"), an interviewer's credit
 * ("Сұхбаттасқан – …") — are the top of the page, not its news, so the lead is found from the
 * text rather than counted as the first two paragraphs.
 */
import { isRunningText } from '../stages/header';
import type { Doc } from '../types';

/** The headline's paragraph and the lead paragraph's. */
export function leadOf(doc: Pick<Doc, 'paragraphs' | 'header'>): {
  headline: number;
  lead: number;
} {
  const headline = Math.max(
    0,
    doc.paragraphs.findIndex((p) => p.text === doc.header.title),
  );
  const first = doc.paragraphs.findIndex((p, i) => i > headline && isRunningText(p.text));
  // (No running text: a short note's first paragraph after its headline.)
  return { headline, lead: first < 0 ? headline + 1 : first };
}

/** Whether a paragraph is the headline or the lead paragraph. */
export function leadParagraphs(
  doc: Pick<Doc, 'paragraphs' | 'header'>,
): (index: number) => boolean {
  const { headline, lead } = leadOf(doc);
  return (i) => i === headline || i === lead;
}

/**
 * The headline that may restate the lead (events/mergeInArticle.ts), or none (-1): a page with no
 * headline line takes its title from the first sentence of its text (stages/header.ts), and that
 * paragraph of running text is the lead itself, not a headline over the next one. ("Мажилис
 * одобрил в первом чтении законопроект …" then "Депутаты также обсудили …" are two events: the
 * reading is not a headline's short wording of the discussion.)
 */
export function restatingHeadline(doc: Pick<Doc, 'paragraphs' | 'header'>): {
  headline: number;
  lead: number;
} {
  const top = leadOf(doc);
  const titled = doc.paragraphs.some((p) => p.text === doc.header.title);
  const first = doc.paragraphs[top.headline]?.text ?? '';
  return !titled && isRunningText(first) ? { headline: -1, lead: top.headline } : top;
}
