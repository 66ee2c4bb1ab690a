/**
 * Who met whom. In "Тоқаев Мирзиёевпен кездесті", "Токаев встретился с Мирзиёевым" the host is
 * the subject, in the nominative; the one met is in the instrumental, and the one received at an
 * audience the object ("Қошановты қабылдады", "принял Кошанова"). The host comes first among the
 * event's actors, the one met last, whatever the word order; a host named by his post alone
 * ("Глава государства провел встречу с …") is the head of state. The cues are per language
 * (locales/<lang>/lexicon/meetingSides.ts).
 */
import type { Actor, Place, SourceLang } from '../../../src/model/schema';
import { KK_MEETING_SIDES } from '../locales/kk/lexicon/meetingSides';
import { RU_MEETING_SIDES } from '../locales/ru/lexicon/meetingSides';
import type { Sentence } from '../types';
import { withoutForeignPosts } from './speakerPost';

export interface MeetingSideCues {
  /** The one met: Kazakh, the suffix glued to the nominative surname; Russian, the surname's ending. */
  withSuffix: RegExp;
  /** The one received: the accusative suffix glued to the nominative surname (Kazakh). */
  objectSuffix: RegExp | undefined;
  /** What stands before the one met ("с", "со"), where a preposition tells it. */
  withBefore: RegExp | undefined;
  /** The head of state named by his post alone, in the nominative. */
  headOfState: RegExp;
  /** Where a visit goes: Kazakh, the dative or locative glued to the country ("Германияға"). */
  toSuffix: RegExp | undefined;
  /** Russian, the word before the country ("в Германию", "посетил Германию"). */
  toBefore: RegExp | undefined;
  /**
   * Whether the post written before a name (the text up to it) is its role in the case of the one
   * received, where the post declines and the name may not (Russian "принял министра … Ван И").
   */
  postOfObject?: (before: string, role: string | undefined) => boolean;
}

const CUES: Record<SourceLang, MeetingSideCues> = { kk: KK_MEETING_SIDES, ru: RU_MEETING_SIDES };

type Side = 'host' | 'met' | 'object' | 'other';

/** "and" (or a comma), then at most four words of post, before the next name. */
const AND_NEXT = /^\s*(?:,\s*|(?:и|және|мен|а\s+также)\s+)(?:[\p{L}-]+\s+){0,4}$/iu;

const lastWord = (t: string) => /[\p{L}-]+(?=[^\p{L}]*$)/u.exec(t)?.[0] ?? '';

/** An indeclinable surname ("Лукашенко", "Шольц" declines; "Алиеву" is no nominative). */
const INDECLINABLE = /[оеиуюэ]$/u;

function sideOf(lang: SourceLang, s: Sentence, a: Actor): Side {
  const written = lastWord(a.evidence.text);
  const nom = lastWord(a.name);
  // (A speaker's evidence is the sentence: no written form of the name. A one-letter last word,
  // "Ван И", cannot decline: it must be written as it is.)
  const asWritten = nom.length < 2 ? written === nom : written.startsWith(nom.slice(0, 3));
  if (!asWritten) return 'other';
  const cues = CUES[lang];
  if (cues.withBefore) {
    const before = s.text.slice(0, Math.max(0, a.evidence.start - s.start));
    // (Any word of the name may show its case: "Мурата Нуртлеу", the surname indeclinable.)
    const declined = a.evidence.text.trim() !== a.name;
    const ins = a.evidence.text.split(/\s+/u).some((w) => cues.withSuffix.test(w));
    const indeclinable = INDECLINABLE.test(nom.toLowerCase());
    if (cues.withBefore.test(before) && (declined ? ins : indeclinable)) return 'met';
    // (A name written as its nominative is the host unless its post shows the object's case.)
    return declined || cues.postOfObject?.(before, a.role) ? 'object' : 'host';
  }
  if (written === nom) return 'host';
  const suffix = written.startsWith(nom) ? written.slice(nom.length) : '';
  if (cues.withSuffix.test(suffix)) return 'met';
  if (cues.objectSuffix?.test(suffix)) return 'object';
  return 'other';
}

export interface MeetingSides {
  /** The actors, host first and the one met last. */
  actors: Actor[];
  /** The name of the one met or received. */
  met?: string;
  /**
   * With no host named, the others on the guest's side ("принял президента Турции … и
   * премьер-министра Пакистана …"): guests too, never the host.
   */
  alsoMet?: string[];
  /** No host named but the head of state by his post. */
  byHeadOfState?: boolean;
}

/** The sides of a meeting (an audience when `received`: its guest is the object). */
export function meetingSides(
  lang: SourceLang,
  s: Sentence,
  actors: readonly Actor[],
  received: boolean,
): MeetingSides {
  const sides = actors.map((a) => sideOf(lang, s, a));
  const g = sides.findIndex((x) => x === (received ? 'object' : 'met'));
  if (g < 0) return { actors: [...actors] };
  const guest = actors[g]!;
  // (One joined to the guest by "and", a post between, is a guest too, whatever case its name
  // seems to show: "Ердоғанды және Пәкістан Премьер-министрі Шахбаз Шарифті қабылдады".)
  const joined = (a: Actor) =>
    a.evidence.start >= guest.evidence.end &&
    AND_NEXT.test(s.text.slice(guest.evidence.end - s.start, a.evidence.start - s.start));
  for (const [i, a] of actors.entries()) if (i !== g && joined(a)) sides[i] = sides[g]!;
  const host = actors.find((a, i) => i !== g && sides[i] === 'host');
  const rest = actors.filter((a) => a !== guest && a !== host);
  // (The post anywhere but in the guest's own words: "С Путиным встретился Глава государства".)
  const from = guest.evidence.start - s.start;
  const outside =
    s.text.slice(0, Math.max(0, from)) + ' … ' + s.text.slice(guest.evidence.end - s.start);
  // (Not another country's: "Президент Франции провёл встречу с …".)
  const byHeadOfState = !host && CUES[lang].headOfState.test(withoutForeignPosts(lang, outside));
  const alsoMet = host
    ? []
    : actors.filter((a, i) => a !== guest && sides[i] === sides[g]).map((a) => a.name);
  return {
    actors: [...(host ? [host] : []), ...rest, guest],
    met: guest.name,
    ...(alsoMet.length ? { alsoMet } : {}),
    ...(byHeadOfState ? { byHeadOfState } : {}),
  };
}

/**
 * The country a visit goes to ("Германияға сапар", "визит в Германию", "посетил Германию"): not
 * the one whose leader travels ("Президент Казахстана", "Қазақстан Президенті").
 */
export function visitDestination(
  lang: SourceLang,
  s: Sentence,
  places: readonly Place[],
): string | undefined {
  const { toSuffix, toBefore } = CUES[lang];
  const to = places.find((p) => {
    if (p.kind !== 'country') return false;
    const written = p.evidence.text;
    const name = p.name[lang];
    if (toSuffix && written.startsWith(name)) return toSuffix.test(written.slice(name.length));
    const before = s.text.slice(0, Math.max(0, p.evidence.start - s.start));
    return toBefore?.test(before) === true;
  });
  return to?.id;
}
