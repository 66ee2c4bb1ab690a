/**
 * What kind of gathering a meeting is when no known body or person leads it: a commission's or a
 * working group's sitting, a court hearing, public hearings, an akim's report to residents, a
 * round table, a peaceful assembly. A title then says "Commission meeting", not "Meeting". The
 * cues are per language (locales/<lang>/lexicon/meetingKindWords.ts); the phrases are shared.
 */
import type { SourceLang } from '../../../src/model/schema';
import { memoByText } from '../memoByText';
import { KK_MEETING_KINDS } from '../locales/kk/lexicon/meetingKindWords';
import { RU_MEETING_KINDS } from '../locales/ru/lexicon/meetingKindWords';

// prettier-ignore
export const MEETING_KINDS = {
  'court-hearing': { kk: 'Сот отырысы', ru: 'Судебное заседание', en: 'Court hearing' },
  'report-meeting': { kk: 'Есепті кездесу', ru: 'Отчётная встреча', en: 'Report meeting with residents' },
  'public-hearings': { kk: 'Қоғамдық тыңдау', ru: 'Общественные слушания', en: 'Public hearings' },
  'round-table': { kk: 'Дөңгелек үстел', ru: 'Круглый стол', en: 'Round table' },
  'peaceful-assembly': { kk: 'Бейбіт жиналыс', ru: 'Мирное собрание', en: 'Peaceful assembly' },
  'working-group': { kk: 'Жұмыс тобының отырысы', ru: 'Заседание рабочей группы', en: 'Working group meeting' },
  commission: { kk: 'Комиссия отырысы', ru: 'Заседание комиссии', en: 'Commission meeting' },
  headquarters: { kk: 'Штаб отырысы', ru: 'Заседание штаба', en: 'Headquarters meeting' },
  faction: { kk: 'Фракция отырысы', ru: 'Заседание фракции', en: 'Faction meeting' },
  council: { kk: 'Кеңес отырысы', ru: 'Заседание совета', en: 'Council meeting' },
  // (Last: a sitting of no body named is still a sitting, "Келесі отырыс 2027 жылы өтеді".)
  session: { kk: 'Отырыс', ru: 'Заседание', en: 'Session' },
} as const;

export type MeetingKind = keyof typeof MEETING_KINDS;

const CUES = { kk: KK_MEETING_KINDS, ru: RU_MEETING_KINDS };

/** The first kind whose cue the sentence matches (specific kinds come first). */
export function meetingKindOf(lang: SourceLang, text: string): MeetingKind | undefined {
  return KIND_OF[lang](text);
}

// (Each cue reads the whole sentence, asked once per meeting trigger in it: remembered.)
const KIND_OF = {
  kk: memoByText((text) => kindIn(CUES.kk, text)),
  ru: memoByText((text) => kindIn(CUES.ru, text)),
};

function kindIn(cues: (typeof CUES)[SourceLang], text: string): MeetingKind | undefined {
  return cues.find(([, re]) => re.test(text))?.[0] as MeetingKind | undefined;
}
