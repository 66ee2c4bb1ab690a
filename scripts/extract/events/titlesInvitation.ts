/**
 * An invitation's title (invitation.ts): `Vladimir Putin invites Kassym-Jomart Tokayev to Moscow`,
 * kk `Владимир Путин Қасым-Жомарт Тоқаевты Мәскеуге шақырды`, ru `Владимир Путин пригласил
 * Касым-Жомарта Токаева в Москву`; with no inviter named, `… invited to Moscow`.
 */
import type { Localized } from '../../../src/model/schema';
import { kkAccusative } from '../locales/kk/lexicon/invitation';
import { kkNameCases } from '../locales/kk/kkNameEndings';
import { isFemaleName, personName } from './names';
import { ruNameIn } from './titleNameCases';
import { L, type Parts } from './titleParts';
import type { TitleArgs } from './titleArgs';

/** The last word of a name in a Kazakh case, the words before it as they are. */
function kkLast(name: string, inCase: (w: string) => string): string {
  const words = name.split(' ');
  return [...words.slice(0, -1), inCase(words.at(-1)!)].join(' ');
}

/** A Russian place after "в": the accusative of a noun in -а, -я (`Москву`, `Россию`). */
const ruPlaceAcc = (p: string) => p.replace(/а$/u, 'у').replace(/я$/u, 'ю');

export function invitationTitle(c: Parts, inv: NonNullable<TitleArgs['invited']>): Localized {
  const who = personName(inv.who);
  const female = isFemaleName(inv.who);
  const by = inv.by ? personName(inv.by) : undefined;
  const place = c.places.find((p) => p.id === inv.to)?.name;
  const kkTo = place ? ` ${kkLast(place.kk, (w) => kkNameCases(w)[1]!)}` : '';
  const ruTo = place ? ` в ${ruPlaceAcc(place.ru)}` : '';
  const enTo = place ? ` to ${place.en}` : '';
  const kkWho = kkLast(who.kk, kkAccusative);
  const ruWho = ruNameIn(who.ru, female, 'acc');
  if (!by)
    return L(`${kkWho}${kkTo} шақырды`, `${ruWho}${ruTo} пригласили`, `${who.en} invited${enTo}`);
  const byFemale = isFemaleName(inv.by!);
  return L(
    `${by.kk} ${kkWho}${kkTo} шақырды`,
    `${by.ru} ${byFemale ? 'пригласила' : 'пригласил'} ${ruWho}${ruTo}`,
    `${by.en} invites ${who.en}${enTo}`,
  );
}
