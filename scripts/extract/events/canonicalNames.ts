import type { TitleArgs } from './titleArgs';

/**
 * One name per person across the whole collection: "Қ.Тоқаев", "Тоқаев" and "Қасым-Жомарт
 * Кемелұлы Тоқаев" are written for the same man as "Қасым-Жомарт Тоқаев", and a student filtering
 * by person should find one entry, not four. Names group by surname; a shorter form joins a fuller
 * one when its initial (if any) agrees. The evidence spans keep the text as written.
 */
export function canonicalNames(names: readonly string[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  const bySurname = new Map<string, string[]>();
  for (const n of counts.keys()) {
    const key = surnameOf(n);
    bySurname.set(key, [...(bySurname.get(key) ?? []), n]);
  }
  const out = new Map<string, string>();
  for (const group of bySurname.values()) {
    // Full "Given Surname" forms are candidates, and "Given Given Surname" ("Реджеп Тайип
    // Эрдоган") but not a patronymic's form; the most frequent wins, then the shorter.
    const full = group
      .filter((n) => isFull(partsOf(n)))
      .sort((a, b) => counts.get(b)! - counts.get(a)! || a.length - b.length || a.localeCompare(b));
    for (const n of group) {
      const target = full.find((f) => agrees(n, f));
      out.set(n, target ?? n);
    }
  }
  return out;
}

/**
 * The names a title's arguments hold (who was met, who invited whom) under the same one name per
 * person as the actors: "Путин пригласил Токаева" after "Касым-Жомарт Токаев … с Владимиром
 * Путиным" invites Kassym-Jomart Tokayev.
 */
export function canonicalArgs(args: TitleArgs, canon: ReadonlyMap<string, string>): TitleArgs {
  const to = (n: string) => canon.get(n) ?? n;
  const out = { ...args };
  if (args.met) out.met = to(args.met);
  if (args.alsoMet) out.alsoMet = args.alsoMet.map(to);
  if (args.invited)
    out.invited = {
      ...args.invited,
      who: to(args.invited.who),
      ...(args.invited.by ? { by: to(args.invited.by) } : {}),
    };
  return out;
}

function partsOf(name: string): string[] {
  return name.split(/[\s.]+/u).filter(Boolean);
}

/** Last name, lower-cased, without an initial: "Л. Қуанышқызы" and "Лаура ҚУАНЫШҚЫЗЫ" agree. */
export function surnameOf(name: string): string {
  return (partsOf(name).pop() ?? name).toLowerCase();
}

function isInitial(part: string): boolean {
  return part.length === 1;
}

const PATRONYMIC = /(?:ович|евич|ьич|овна|евна|ична|ұлы|улы|қызы|кызы)$/iu;

function isFull(parts: string[]): boolean {
  if (parts.length === 2) return !isInitial(parts[0]!);
  return parts.length === 3 && !parts.some((p) => isInitial(p) || PATRONYMIC.test(p));
}

/** A form agrees with a full name when its first letter (if any) is the given name's. */
function agrees(form: string, full: string): boolean {
  const parts = partsOf(form);
  if (parts.length === 1) return true;
  return parts[0]![0]!.toLowerCase() === partsOf(full)[0]![0]!.toLowerCase();
}
