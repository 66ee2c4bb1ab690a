/**
 * The kind of event a trigger hit is, where the sentence or the article says more than its cue:
 * - voting in an article, or a sentence, about a referendum is the referendum, not an election;
 * - a bare "құрылтай" is the National Kurultai's session, not a congress, unless a party is named
 *   beside it or the article calls it a congress (kurultaiKind.ts), and the council told as
 *   founded ("Курултай был создан в 2022 году") its founding;
 * - a region or district made ("Абай облысы 2022 жылы құрылды", "образована Абайская область") is a
 *   change in the structure of the state, a reform, as the Constitutional Court set up is; it keeps
 *   its founding facet, which tells its title which units were made (titlesRegionMade.ts).
 */
import type { SourceLang } from '../../../src/model/schema';
import type { Candidate } from './candidate';
import type { ArticleFacts } from './articleFacts';
import { councilFounded, isKurultaiWord } from './bodyFounded';
import { kurultaiSitting, partyKurultai } from './kurultaiKind';
import { isPartyId } from './titleParts';
import type { TriggerHit } from './findTriggers';
import { regionMade } from './regionMade';
import { VOTING } from './electionKinds';
import type { TitleArgs } from './titleArgs';

export interface HitKindInput {
  lang: SourceLang;
  sentence: string;
  hit: TriggerHit;
  /** The cue read: the hit's trigger, or the gathering a pronoun stands for ("Он пройдет …"). */
  cue: { type: Candidate['type']; facet: string };
  /** The article is about a referendum, or the sentence names one. */
  referendum: boolean;
  article: Pick<ArticleFacts, 'kurultaiArticle' | 'congressArticle'>;
  /** The event's organisations: a party among them makes a "курултай" its congress. */
  organisations: readonly { id: string }[];
}

/**
 * The kind read, and for a founding the region or district made, if one: read here once, it both
 * makes the kind a reform and tells the title which units were made (cueTitleArgs.ts).
 */
export interface HitKind {
  type: Candidate['type'];
  facet: string;
  regionMade?: TitleArgs['regionMade'];
}

export function hitKind(x: HitKindInput): HitKind {
  const { lang, sentence, hit, cue } = x;
  if (hit.trigger.type === 'election' && x.referendum && VOTING.test(hit.text))
    return { type: 'referendum', facet: 'referendum' };
  // (A sitting the bare Kurultai owns is its session: "заседание Курултая", kurultaiKind.ts.)
  const asKurultai =
    (isKurultaiWord(hit.trigger.type, hit.text) ||
      (hit.trigger.facet === 'gathering' &&
        kurultaiSitting(lang, sentence, hit.at, hit.text.length))) &&
    !partyKurultai(
      lang,
      sentence,
      x.organisations.some((o) => isPartyId(o.id)),
      x.article,
    );
  const made = () => regionMade(lang, sentence, hit.at, hit.text);
  if (councilFounded(lang, sentence, hit, asKurultai))
    return withRegion({ type: 'other', facet: 'founding' }, made());
  if (asKurultai) return { type: 'meeting', facet: 'kurultai' };
  const region = cue.facet === 'founding' ? made() : undefined;
  if (region) return withRegion({ type: 'reform', facet: 'founding' }, region);
  return { type: cue.type, facet: cue.facet };
}

const withRegion = (kind: HitKind, region: HitKind['regionMade']): HitKind =>
  region ? { ...kind, regionMade: region } : kind;
