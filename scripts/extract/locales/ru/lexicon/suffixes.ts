import type { NameInflection } from '../../../arguments/suffixChain';

/**
 * Russian noun and adjective endings allowed after a name stem (`Астан|е`, `Уральск|е`,
 * `Кызылординск|ой`, and a neuter noun's nominative `Правительств|о`). Surname endings (-ов,
 * -ев, -ин) are deliberately absent.
 */
// prettier-ignore
export const RU_ENDINGS: ReadonlySet<string> = new Set([
  '', 'а', 'я', 'о', 'у', 'ю', 'е', 'ы', 'и', 'ь', 'ой', 'ей', 'ом', 'ем', 'ою', 'ею', 'ью',
  'ах', 'ях', 'ам', 'ям', 'ами', 'ями', 'ая', 'яя', 'ую', 'юю', 'ое', 'ее', 'ые', 'ие',
  'ых', 'их', 'ым', 'им', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ий', 'ый',
]);

/** A Russian name takes one of these (arguments/suffixChain.ts). */
export const RU_NAME_INFLECTION: NameInflection = { one: RU_ENDINGS };
