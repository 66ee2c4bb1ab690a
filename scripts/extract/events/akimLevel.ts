/**
 * The level of akims an election is of: rural (villages, settlements, rural districts, elected
 * directly since 2021) or district (since 2024). An akim election that names neither is only "an
 * election of akims": titling it "of district akims" said what the text did not. Cues per language
 * (locales/<lang>/lexicon/akimLevel.ts); the rural reading first, as a rural district's akim is
 * told with its district ("Талғар ауданының ауылдық округ әкімі").
 */
import type { Localized } from '../../../src/model/schema';
import { KK_AKIM_LEVEL } from '../locales/kk/lexicon/akimLevel';
import { RU_AKIM_LEVEL } from '../locales/ru/lexicon/akimLevel';
import { L } from './titleParts';

export type AkimLevel = 'rural' | 'district';

export type AkimLevelCues = ReadonlyArray<readonly [AkimLevel, RegExp]>;

/** The level of akims the text names, in either language (its sentence, else its paragraph). */
export function akimLevelOf(...texts: string[]): AkimLevel | undefined {
  for (const text of texts) {
    for (const cues of [KK_AKIM_LEVEL, RU_AKIM_LEVEL]) {
      const hit = cues.find(([, re]) => re.test(text));
      if (hit) return hit[0];
    }
  }
  return undefined;
}

/** An akim election's name by its level: "of rural akims", "of district akims", else "of akims". */
export const AKIM_ELECTION: Record<AkimLevel | 'untold', Localized> = {
  rural: L('ауыл әкімдерін сайлау', 'выборы сельских акимов', 'election of rural akims'),
  district: L('аудан әкімдерін сайлау', 'выборы акимов районов', 'election of district akims'),
  untold: L('әкімдерді сайлау', 'выборы акимов', 'election of akims'),
};
