/**
 * A merger decided ("бірігу туралы шешім қабылдады", "приняли решение о слиянии", "о слиянии
 * решение приняли") is a planned merger in both languages, not a generic event nor one done the
 * day the decision was taken.
 */
import { describe, expect, it } from 'vitest';
import type { SourceLang } from '../../../../../../src/model/schema';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';
import { runPipeline } from '../../../../../../scripts/extract/pipeline';

function read(lang: SourceLang, text: string) {
  const sources = { 'a.txt': { language: lang, published: '2025-03-12' } };
  return runPipeline(
    [{ file: 'a.txt', bytes: new TextEncoder().encode(text) }],
    { file: 'sources.json', text: JSON.stringify(sources) },
    tagDates,
  ).data;
}

/** The statuses of the sentence's events of type other, placed or left unplaced. */
function others(lang: SourceLang, sentence: string) {
  const head = lang === 'kk' ? 'Саясат\n\nПартиялар\n\nАстана, 12 наурыз.' : 'Политика\n\nПартии\n\nАстана, 12 марта.'; // prettier-ignore
  const data = read(lang, `${head} ${sentence}`);
  return [
    ...data.events.filter((e) => e.type === 'other').map((e) => `${e.status} ${e.title.en}`),
    ...data.unplaced
      .filter((u) => u.kind === 'event' && u.type === 'other')
      .map((u) => `${u.reasonCode === 'planned-no-date' ? 'planned' : u.reasonCode}`),
  ];
}

/** Who merges and the verbal noun: two parties merging, one joining the other in the dative. */
const KK_WHO = [
  '«Ақ жол» партиясы мен «Әділет» партиясы бірігу',
  '«Ақ жол» партиясы «Әділет» партиясына қосылу',
];
const KK_ABOUT = ['туралы', 'жөнінде'];
const KK_DECIDED = ['шешім қабылдады', 'шешімге келді', 'келісімге келді'];
const KK = KK_WHO.flatMap((w) => KK_ABOUT.flatMap((a) => KK_DECIDED.map((d) => `${w} ${a} ${d}.`)));

const RU_WHO = [
  { who: 'Партия «Ак жол»', past: 'а', with: ' с партией «Республика»' },
  { who: 'Партия «Ак жол» и партия «Республика»', past: 'и', with: '' },
];
const RU_CUES = [
  (p: string, w: string) => `принял${p} решение о слиянии${w}`,
  (p: string, w: string) => `принял${p} решение об объединении${w}`,
  (p: string, w: string) => `принял${p} решение о скором слиянии${w}`,
  (p: string, w: string) => `о слиянии${w} решение принял${p}`,
];
const RU = RU_WHO.flatMap((s) => RU_CUES.map((c) => `${s.who} ${c(s.past, s.with)}.`));
RU.push('Партия «Ак жол» приняла решение о присоединении к партии «Республика».');

describe('a merger decided is planned', () => {
  it.each([...KK.map((t) => ['kk', t] as const), ...RU.map((t) => ['ru', t] as const)])(
    '%s: %s',
    (lang, text) => {
      const found = others(lang, text);
      expect(found).toContain('planned');
      expect(found.filter((f) => f.startsWith('reported'))).toEqual([]);
    },
  );
});
