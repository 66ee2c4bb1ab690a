/**
 * A post taken by its holder: "Тоқаев қызметіне кірісті", "Ерлан Карин стал председателем партии",
 * "Новым акимом области стал Асаин Байханов" tell who took the post, not who appointed him. Such a
 * cue (locales/<lang>/lexicon/tookOffice.ts) makes the appointment's title "X becomes P" / "X takes
 * up a new post" (titlesState.ts, args.tookPost), and its holder is the subject nearest before the
 * cue in its clause: in "19 наурызда Назарбаев өкілеттігін тапсырды, ал 20 наурызда Тоқаев
 * қызметіне кірісті" Tokayev, not Nazarbayev of the clause before ("Nazarbayev makes an
 * appointment").
 */
import type { Actor, SourceLang } from '../../../src/model/schema';
import { KK_TOOK_OFFICE } from '../locales/kk/lexicon/tookOffice';
import { RU_TOOK_OFFICE } from '../locales/ru/lexicon/tookOffice';
import type { Sentence } from '../types';

const TOOK_OFFICE: Record<SourceLang, RegExp> = { kk: KK_TOOK_OFFICE, ru: RU_TOOK_OFFICE };

/** What ends a clause between a subject and its verb. */
const CLAUSE_BREAK = /[,;:]|\s[–—-]\s/u;

/** Whether an appointment's cue is its holder taking the post. */
export function tookOffice(lang: SourceLang, cue: string): boolean {
  return TOOK_OFFICE[lang].test(cue);
}

/** The actors, the holder first: the one nearest before the cue, its clause unbroken. */
export function holderFirst(
  s: Pick<Sentence, 'text' | 'start'>,
  at: number,
  actors: readonly Actor[],
): Actor[] {
  const before = actors
    .filter((a) => a.evidence.end - s.start <= at)
    .sort((a, b) => b.evidence.end - a.evidence.end)[0];
  if (!before || CLAUSE_BREAK.test(s.text.slice(before.evidence.end - s.start, at)))
    return [...actors];
  return [before, ...actors.filter((a) => a !== before)];
}
