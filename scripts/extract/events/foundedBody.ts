/**
 * A body set up that the lexicon cannot name ("жұмыс тобы құрылды", "создана рабочая группа",
 * "Конституциялық комиссия құрылды"): the title says what kind of body it is ("A working group is
 * set up"), not "A new organisation is founded"; so does a new party with no name ("жаңа партия
 * құрылмақ", "будет создана новая партия": "A party to be founded"). Cues per language in
 * locales/<lang>/lexicon/foundedBodyWords.ts.
 */
import type { Localized, SourceLang } from '../../../src/model/schema';
import { KK_FOUNDED_BODIES } from '../locales/kk/lexicon/foundedBodyWords';
import { RU_FOUNDED_BODIES } from '../locales/ru/lexicon/foundedBodyWords';

// prettier-ignore
export const FOUNDED_BODIES = {
  'working-group': { kk: 'Жұмыс тобы құрылды', ru: 'Создана рабочая группа', en: 'A working group is set up' },
  commission: { kk: 'Комиссия құрылды', ru: 'Создана комиссия', en: 'A commission is set up' },
  faction: { kk: 'Фракция құрылды', ru: 'Создана фракция', en: 'A parliamentary faction is formed' },
  headquarters: { kk: 'Штаб құрылды', ru: 'Создан штаб', en: 'A headquarters is set up' },
  council: { kk: 'Кеңес құрылды', ru: 'Создан совет', en: 'A council is set up' },
  agency: { kk: 'Агенттік құрылды', ru: 'Создано агентство', en: 'An agency is set up' },
  party: { kk: 'Партия құрылды', ru: 'Создана партия', en: 'A party is founded' },
} as const satisfies Record<string, Localized>;

export type FoundedBody = keyof typeof FOUNDED_BODIES;

/**
 * The same, still ahead ("Правительство создаст рабочую группу до 1 октября"), made from the done
 * form: kk -ды → -мақ, ru "Будет …", en "is" → "to be".
 */
export function foundedBodyAhead(body: Localized): Localized {
  return {
    kk: body.kk.replace(/ды$/u, 'мақ'),
    ru: `Будет ${body.ru[0]!.toLowerCase()}${body.ru.slice(1)}`,
    en: body.en.replace(/ is /u, ' to be '),
  };
}

const CUES = { kk: KK_FOUNDED_BODIES, ru: RU_FOUNDED_BODIES };

/** The kind of body a founding sentence names, the first cue that matches. */
export function foundedBodyOf(lang: SourceLang, text: string): FoundedBody | undefined {
  return CUES[lang].find(([, re]) => re.test(text))?.[0] as FoundedBody | undefined;
}
