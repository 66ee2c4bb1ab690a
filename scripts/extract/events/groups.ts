/**
 * Groups of people who meet (`Съезд делегаттары партия мүшелерімен кездесті`): Kazakh subject
 * (`kk`) and instrumental (`kkWith`, "…-мен"), Russian subject (`ru`) and instrumental
 * (`ruWith`, "с …"), English (`en`).
 */
import { TITLE_CUES } from './titleCueWords';
import type { SourceLang } from '../../../src/model/schema';

export interface GroupPhrases {
  kk: string;
  kkWith: string;
  ru: string;
  ruWith: string;
  en: string;
}

// prettier-ignore
export const GROUPS = {
  delegates: { kk: 'Съезд делегаттары', kkWith: 'съезд делегаттарымен', ru: 'Делегаты съезда', ruWith: 'делегатами съезда', en: 'congress delegates' },
  'party-members': { kk: 'Партия мүшелері', kkWith: 'партия мүшелерімен', ru: 'Члены партии', ruWith: 'членами партии', en: 'party members' },
  residents: { kk: 'Тұрғындар', kkWith: 'тұрғындармен', ru: 'Жители', ruWith: 'жителями', en: 'local residents' },
  youth: { kk: 'Жастар', kkWith: 'жастармен', ru: 'Молодёжь', ruWith: 'молодёжью', en: 'young people' },
  voters: { kk: 'Сайлаушылар', kkWith: 'сайлаушылармен', ru: 'Избиратели', ruWith: 'избирателями', en: 'voters' },
  veterans: { kk: 'Ардагерлер', kkWith: 'ардагерлермен', ru: 'Ветераны', ruWith: 'ветеранами', en: 'veterans' },
  students: { kk: 'Студенттер', kkWith: 'студенттермен', ru: 'Студенты', ruWith: 'студентами', en: 'students' },
  deputies: { kk: 'Депутаттар', kkWith: 'депутаттармен', ru: 'Депутаты', ruWith: 'депутатами', en: 'deputies' },
} as const satisfies Record<string, GroupPhrases>;

export type GroupKey = keyof typeof GROUPS;

function groupIn(text: string, lang: SourceLang): GroupKey | undefined {
  return TITLE_CUES[lang].groups.find(([, re]) => re.test(text))?.[0] as GroupKey | undefined;
}

/** Who met whom in a meeting sentence: the group after "met with", and one named before it. */
export function meetingGroups(
  text: string,
  lang: SourceLang,
): { byWhom?: GroupKey; withWhom?: GroupKey } {
  const m = TITLE_CUES[lang].metWith.exec(text);
  const withWhom = m ? groupIn(m[1]!, lang) : undefined;
  const before = m ? text.slice(0, m.index) : text;
  const byWhom = groupIn(before, lang);
  return {
    ...(byWhom && byWhom !== withWhom ? { byWhom } : {}),
    ...(withWhom ? { withWhom } : {}),
  };
}
