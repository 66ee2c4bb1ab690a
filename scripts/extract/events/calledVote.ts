/**
 * What a calling cue calls, for its title: "Президент … объявил о проведении референдума", "…
 * досрочных президентских выборов", "Мемлекет басшысы референдум тағайындады". Nothing is signed
 * in these words, so the title tells the call itself (titlesCalling.ts): who calls which vote, a
 * snap one or not. The head of state named by his post alone in the cue's clause calls it too.
 * Read only for the facet `call-election`, from the cue and its sentence.
 */
import type { SourceLang } from '../../../src/model/schema';
import type { TitleArgs } from './titleArgs';
import { headOfStateCalls } from './callingBody';
import { titleArgs } from './describe';
import { TITLE_CUES } from './titleCueWords';

// (Every cue of the facet names its vote: "референдум" in either language, else an election.)
const REFERENDUM = /референдум/iu;

export function calledVote(
  lang: SourceLang,
  text: string,
  at: number,
  cue: string,
): Pick<TitleArgs, 'calledVote' | 'extraordinary' | 'electionKind' | 'byHeadOfState'> {
  const referendum = REFERENDUM.test(cue);
  const out: ReturnType<typeof calledVote> = { calledVote: referendum ? 'referendum' : 'election' };
  if (!referendum && TITLE_CUES[lang].extraordinary.test(text)) out.extraordinary = true;
  const kind = referendum ? undefined : titleArgs('election', text, '').electionKind;
  if (kind && kind !== 'general') out.electionKind = kind;
  if (headOfStateCalls(text, at, cue)) out.byHeadOfState = true;
  return out;
}
