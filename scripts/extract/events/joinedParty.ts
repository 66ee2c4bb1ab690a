/**
 * Who joins whom when parties merge by accession ("На съезде к AMANAT присоединилась партия
 * ADAL", "ADAL партиясы AMANAT-қа қосылды"): the body joined is the one in the dative (Russian
 * after `к`/`ко`, Kazakh with a dative ending, `-ға/-ге/-қа/-ке/-на/-не`, or `партиясына`), the
 * others join it. Its title says so (titlesCalendar.ts, merger).
 */
import type { Organisation, SourceLang } from '../../../src/model/schema';

/** What follows a Kazakh name in the dative: its ending (after a hyphen or not) or `партиясына`. */
const KK_DATIVE_AFTER = /^(?:-?(?:ға|ге|қа|ке|на|не)|[»"”]?\s+партиясына)(?![\p{L}])/u;
/** What stands before a Russian name in the dative. */
const RU_DATIVE_BEFORE = /(?:^|\s)(?:к|ко)\s+(?:парти\p{L}*\s+)?[«"]?$/iu;

/** The id of the body joined, when the sentence names it in the dative. */
export function joinedParty(
  lang: SourceLang,
  text: string,
  organisations: readonly Organisation[],
): string | undefined {
  for (const o of organisations) {
    const written = o.evidence.text;
    for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) {
      const joined =
        lang === 'kk'
          ? KK_DATIVE_AFTER.test(text.slice(at + written.length))
          : RU_DATIVE_BEFORE.test(text.slice(0, at));
      if (joined) return o.id;
    }
  }
  return undefined;
}
