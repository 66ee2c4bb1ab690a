import type { EventDate } from '../schema';

/** EDTF level-1 season codes (northern hemisphere): 21 spring, 22 summer, 23 autumn, 24 winter. */
export type SeasonCode = '21' | '22' | '23' | '24';

const CODE_OF_TIMEX: Readonly<Record<string, SeasonCode>> = {
  SP: '21',
  SU: '22',
  FA: '23',
  WI: '24',
};
const SEASON_TIMEX = /^(\d{4})-(SP|SU|FA|WI)$/u;

/**
 * The season an event was told in, when its date is that season's year. The extractor dates
 * "весной 2024 года" by the year (a season has no agreed bounds) and keeps the season in the
 * date's TIMEX3 value, so every view can still say "Spring 2024" rather than a bare "2024".
 * @example toldSeason({ edtf: '2024', timex: '2024-SP' }) // '21'
 */
export function toldSeason(date: Pick<EventDate, 'edtf' | 'timex'>): SeasonCode | undefined {
  const m = SEASON_TIMEX.exec(date.timex ?? '');
  return m !== null && m[1] === date.edtf.replace(/[?~%]/gu, '') ? CODE_OF_TIMEX[m[2]!] : undefined;
}

/**
 * The date as one EDTF value with its told season restored, for formatters that read EDTF.
 * @example toldSeasonEdtf({ edtf: '2024', timex: '2024-SP' }) // '2024-21'
 */
export function toldSeasonEdtf(date: Pick<EventDate, 'edtf' | 'timex'>): string {
  const season = toldSeason(date);
  return season === undefined ? date.edtf : `${date.edtf}-${season}`;
}
