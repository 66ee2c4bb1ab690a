/**
 * The one appointed or dismissed is the verb's object, never the head of state who acts. In
 * "Мемлекет басшысы Иван Петровты … әкімі етіп тағайындады" the post stands before a name in the
 * accusative: the post is the subject's (the head of state appoints), the accusative name the one
 * appointed; read as apposition it made the appointee the head of state ("Ivan Petrov makes an
 * appointment"). Kazakh puts the case on the last word of an apposition only, so its post and
 * name read either way: the appointment tells which (the head of state is elected, never
 * appointed or dismissed by a decree). Russian agrees the post with the name ("Главу государства
 * …" would be one): a post in the nominative before a declined name ("Глава государства Ивана
 * Петрова назначил …") is not his. A name that is itself the head of state's keeps the post.
 */
import { RU_NOMINATIVE_POST } from '../locales/ru/lexicon/headOfStatePost';
import type { Actor, EventType, SourceLang } from '../../../src/model/schema';
import { KK_MEETING_SIDES } from '../locales/kk/lexicon/meetingSides';
import type { Sentence } from '../types';
import { isHeadOfState } from './titleParts';

const POSTS = new Set<EventType>(['appointment', 'resignation']);

const lastWord = (t: string) => /[\p{L}-]+(?=[^\p{L}]*$)/u.exec(t)?.[0] ?? '';

/** Whether a Kazakh name is written in the accusative ("Иван Петровты"). */
export function kkAccusative(writtenText: string, name: string): boolean {
  const written = lastWord(writtenText);
  const nom = lastWord(name);
  return (
    nom.length >= 2 &&
    written !== nom &&
    written.startsWith(nom) &&
    KK_MEETING_SIDES.objectSuffix?.test(written.slice(nom.length)) === true
  );
}

/** Whether the actor's name is written in an oblique case after a post in the nominative. */
function objectAfterPost(lang: SourceLang, s: Sentence, a: Actor): boolean {
  const written = lastWord(a.evidence.text);
  const nom = lastWord(a.name);
  if (nom.length < 2 || written === nom) return false;
  if (lang === 'kk') return kkAccusative(a.evidence.text, a.name);
  const before = s.text.slice(0, Math.max(0, a.evidence.start - s.start));
  return RU_NOMINATIVE_POST.test(before);
}

/** The actors, the head of state's post taken off the one the appointment or dismissal acts on. */
export function appointeeWithoutHeadPost(
  lang: SourceLang,
  type: EventType,
  s: Sentence,
  actors: readonly Actor[],
): Actor[] {
  if (!POSTS.has(type)) return [...actors];
  return actors.map((a) => {
    if (!a.role || !isHeadOfState(a)) return a;
    const { role: _role, ...bare } = a;
    if (isHeadOfState(bare) || !objectAfterPost(lang, s, a)) return a;
    return bare;
  });
}
