/**
 * A generic cue ("өтті", "басталды", "құрылды", "тіркелді", "прошёл", "создан", a bare date "до 1
 * июля") says only that something happened. In an article about politics that is mostly a
 * political act, but a sentence about a road, an accident or a championship in an article about
 * none is no event of a political chronicle. Such a cue stands only in the company of a political
 * word (locales/<lang>/events/politicalWords.ts): in its own sentence, the two before it, its
 * paragraph, the lead, or the title and rubric lines ("Саясат", "Политика"). So does a gathering
 * of a kind every trade holds (a forum, a conference, a visit).
 */
import type { SourceLang } from '../../../src/model/schema';
import { KK_COURT_COMPANY } from '../locales/kk/events/courtCompany';
import { KK_POLITICAL_WORDS } from '../locales/kk/events/politicalWords';
import { RU_COURT_COMPANY } from '../locales/ru/events/courtCompany';
import { RU_POLITICAL_WORDS } from '../locales/ru/events/politicalWords';
import type { Doc, Sentence } from '../types';
import { leadOf } from './lead';
import type { Trigger } from './trigger';

const POLITICAL: Record<SourceLang, RegExp> = { kk: KK_POLITICAL_WORDS, ru: RU_POLITICAL_WORDS };
const COURT: Record<SourceLang, RegExp> = { kk: KK_COURT_COMPANY, ru: RU_COURT_COMPANY };

/**
 * Cues that name no kind of act: the weak `other` ones, a founding or registration of anything,
 * and the verbs of saying ("деді", "сообщил": anyone says things).
 */
const GENERIC_FACETS: ReadonlySet<string> = new Set(['registration', 'founding']);

/**
 * Gatherings that any trade holds: a forum, a conference, a round table, a visit, a summit, a
 * discussion, a hearing ("жастар форумы өтті", "бизнес-саммит"). A body's own sitting, a meeting
 * with someone, the Kurultai and credentials presented name their political kind themselves.
 */
const GENERIC_GATHERINGS: ReadonlySet<string> = new Set([
  'forum',
  'summit',
  'conference',
  'roundtable',
  'visit',
  'call',
  'discussion',
  'gathering',
  'convened',
  'audience',
  'reception',
  'report',
  'hearing',
]);

export function isGenericCue(trigger: Trigger): boolean {
  if (trigger.type === 'meeting') return GENERIC_GATHERINGS.has(trigger.facet);
  return (
    (trigger.type === 'other' || trigger.type === 'statement') &&
    (trigger.fallback === true || GENERIC_FACETS.has(trigger.facet))
  );
}

/** Whether a sentence is in political company; each paragraph is read once (one may be 5 MB). */
export function politicalCompany(doc: Doc): {
  of: (s: Sentence, before: readonly Sentence[]) => boolean;
} {
  const re = POLITICAL[doc.lang];
  // (Read only when a generic cue asks: an article with none is not scanned at all.)
  let article: boolean | undefined;
  const inArticle = () =>
    (article ??=
      doc.lines.some((l) => (l.kind === 'title' || l.kind === 'header') && re.test(l.text)) ||
      (doc.paragraphs[0] !== undefined && re.test(doc.paragraphs[0].text)));
  const paragraphs = new Map<number, boolean>();
  const paragraph = (i: number) => {
    let v = paragraphs.get(i);
    if (v === undefined) paragraphs.set(i, (v = re.test(doc.paragraphs[i]?.text ?? '')));
    return v;
  };
  return {
    // (A sentence is read in its paragraph; one before it only where it stands in another.)
    of: (s, before) =>
      inArticle() ||
      paragraph(s.paragraph) ||
      before.some((b) => b.paragraph !== s.paragraph && re.test(b.text)),
  };
}

/**
 * A court's act (an arrest, a verdict, a trial) is anyone's: a thief's arrest is no event of a
 * political chronicle, and a court, a prosecutor or the police in its sentence say nothing more.
 * It stands only where its own sentence or the one before names a political actor or post, or a
 * political charge (locales/<lang>/events/courtCompany.ts), or where the article's headline or
 * lead does: then the whole story is a political case ("Бұрынғы аудан әкімі 8 жылға сотталды").
 * A politics rubric is no such company.
 */
export function isCourtCue(trigger: Trigger): boolean {
  return trigger.type === 'other' && (trigger.facet === 'court' || trigger.facet === 'trial');
}

export function courtCompany(doc: Doc): {
  of: (s: Sentence, before: Sentence | undefined) => boolean;
} {
  const re = COURT[doc.lang];
  let article: boolean | undefined;
  const inArticle = () => {
    if (article !== undefined) return article;
    const { headline, lead } = leadOf(doc);
    return (article =
      re.test(doc.header.title ?? '') ||
      re.test(doc.paragraphs[headline]?.text ?? '') ||
      re.test(doc.paragraphs[lead]?.text ?? ''));
  };
  return {
    of: (s, before) =>
      re.test(s.text) || (before !== undefined && re.test(before.text)) || inArticle(),
  };
}
