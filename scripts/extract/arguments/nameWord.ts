/**
 * A word a name may start with or go on with: capitalised, then lower case, or two such joined by
 * a hyphen (`Ли`, `Тимура`, `Касым-Жомарт`), in any script. Where a run of names is read
 * (findPersons.ts) and where the Russian post's complement ends before one
 * (locales/ru/complementBeforeName.ts).
 */
export const NAME_WORD = /^\p{Lu}\p{Ll}+(?:[-‐]\p{Lu}\p{Ll}+)?$/u;
