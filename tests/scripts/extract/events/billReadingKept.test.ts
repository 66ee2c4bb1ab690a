/**
 * A bill's reading stays an event of its own. "Мажилис одобрил в первом чтении законопроект о …"
 * then a paragraph "Депутаты также обсудили …" (articles written for the check, no headline
 * line) gave one meeting titled "Discussion": the first paragraph, whose first sentence became
 * the title, was taken for a headline restating the next (events/lead.ts restatingHeadline).
 * And "Мәжіліс … заң жобасын бірінші оқылымда мақұлдады" was titled just "Law": the bare noun's
 * cue led the reading's (locales/kk/events/triggersLawsAndDecrees.ts). Generated over wordings.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from './extractSentences';

const PUB = '2025-03-12';
const READ = 'A bill is read in the Mazhilis';
// prettier-ignore
const RU_BILLS = ['о государственных закупках', 'о рекламе', 'о местном самоуправлении'];
const RU_READINGS = [
  (b: string) => `Мажилис одобрил в первом чтении законопроект ${b}.`,
  (b: string) => `Мажилис во втором чтении одобрил законопроект ${b}.`,
  (b: string) => `Депутаты Мажилиса приняли в первом чтении законопроект ${b}.`,
];
const RU_TALKS = [
  'Депутаты также обсудили вопросы развития сельского хозяйства и поддержки фермеров.',
  'Кроме того, депутаты обсудили ход отопительного сезона в регионах.',
];
const DATELINES = ['', 'АСТАНА, 12 марта 2025. '];
const RU = RU_BILLS.flatMap((b) =>
  RU_READINGS.flatMap((r) =>
    RU_TALKS.flatMap((t) =>
      DATELINES.map(
        (d) => `${d}${r(b)} Документ направлен на упрощение процедур для граждан.\n\n${t}`,
      ),
    ),
  ),
);

const KK_BILLS = [
  'мемлекеттік сатып алу туралы',
  'білім туралы',
  'жергілікті өзін-өзі басқару туралы',
];
const KK_READINGS = [
  (b: string) => `Мәжіліс ${b} заң жобасын бірінші оқылымда мақұлдады.`,
  (b: string) => `Мәжіліс бірінші оқылымда ${b} заң жобасын мақұлдады.`,
  (b: string) => `Мәжіліс депутаттары ${b} заң жобасын екінші оқылымда қабылдады.`,
];
const KK_TALKS = [
  'Депутаттар сондай-ақ ауыл шаруашылығын дамыту мәселелерін талқылады.',
  'Бұдан бөлек, депутаттар өңірлердегі жылыту маусымының барысын талқылады.',
];
const KK = KK_BILLS.flatMap((b) =>
  KK_READINGS.flatMap((r) =>
    KK_TALKS.map((t) => `${r(b)} Құжат азаматтар үшін рәсімдерді жеңілдетуге бағытталған.\n\n${t}`),
  ),
);

const titles = (lang: 'kk' | 'ru', text: string) =>
  extractSentences(lang, text, PUB).events.map((e) => `${e.type} ${e.date.edtf} ${e.title.en}`);

describe('a bill’s reading, then what the deputies also discussed', () => {
  it.each(RU)('ru: %s', (text) => {
    expect(titles('ru', text)).toContain(`law ${PUB} ${READ}`);
  });
  it.each(KK)('kk: %s', (text) => {
    expect(titles('kk', text)).toContain(`law ${PUB} ${READ}`);
  });
});
