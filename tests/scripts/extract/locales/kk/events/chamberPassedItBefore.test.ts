/**
 * A chamber adopting the bill the sentence before named, by a pronoun: "Заң жобасын Үкімет
 * Мәжіліске енгізді. 14 ақпанда оны Сенат мақұлдады." (sentences written for the check) gave no
 * event for the Senate's approval. The Kazakh cue (locales/kk/events/triggersLawsAndDecrees.ts)
 * read only the chamber before the pronoun ("Сенат оны …") and wanted the law named in the same
 * sentence; Kazakh puts the object before the subject as freely ("оны Сенат мақұлдады"), and the
 * bill is as often named in the sentence before. Generated over bills, chambers, the pronoun of
 * the singular and the plural, both word orders, verbs and days; and no law where no bill was
 * named before.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const PUB = '2025-03-12';
const BILLS = [
  ['Үкімет білім туралы заң жобасын 2024 жылдың қыркүйегінде Мәжіліске енгізді.', 'оны'],
  ['Салық кодексінің жобасы өткен жылы Парламентке енгізілді.', 'оны'],
  ['Депутаттар сайлау туралы заңға түзетулерді дайындады.', 'оларды'],
] as const;
const NOT_BILLS = [
  ['Министр ведомство жұмысы туралы есеп берді.', 'оны'],
  ['Әкім қаланы дамыту жоспарын ұсынды.', 'оны'],
] as const;
const CHAMBERS = ['Сенат', 'Мәжіліс', 'Парламент', 'депутаттар', 'сенаторлар'];
const VERBS = ['мақұлдады', 'қабылдады', 'бекітті'];
const DAYS = [
  ['14 ақпанда', '2025-02-14'],
  ['3 наурызда', '2025-03-03'],
] as const;
const upper = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** The three places of the pronoun and the date: before the chamber, after it, first of all. */
const ORDERS = [
  (c: string, p: string, d: string, v: string) => `${upper(d)} ${p} ${c} ${v}.`,
  (c: string, p: string, d: string, v: string) => `${upper(d)} ${c} ${p} ${v}.`,
  (c: string, p: string, d: string, v: string) => `${upper(p)} ${c} ${d} ${v}.`,
  (c: string, p: string, d: string, v: string) => `${upper(c)} ${d} ${p} ${v}.`,
];

const laws = (text: string) =>
  extractSentences('kk', text, PUB)
    .events.filter((e) => e.type === 'law')
    .map((e) => e.date.edtf);

describe('Kazakh: a chamber adopts the bill named before, by a pronoun', () => {
  it.each(
    BILLS.flatMap(([bill, p], b) =>
      CHAMBERS.flatMap((c, i) =>
        ORDERS.map((order, o) => {
          const [day, iso] = DAYS[(b + i + o) % DAYS.length]!;
          return [`${bill} ${order(c, p, day, VERBS[(i + o) % VERBS.length]!)}`, iso];
        }),
      ),
    ),
  )('%s', (text, iso) => {
    expect(laws(text)).toContain(iso);
  });
  it.each(
    NOT_BILLS.flatMap(([other, p]) =>
      CHAMBERS.slice(0, 2).flatMap((c) =>
        ORDERS.map((order) => `${other} ${order(c, p, '14 ақпанда', 'бекітті')}`),
      ),
    ),
  )('no bill before: %s', (text) => {
    expect(laws(text)).toEqual([]);
  });
});

// A chamber's committee, commission or faction taking up the bill is its own step, not the
// chamber's passage: a genitive chamber ("Сенаттың комитеті") or a body word between the chamber
// and the pronoun ("Сенат комитеті") leaves no law passed on that day.
const BODIES = ['комитеті', 'комиссиясы', 'фракциясы', 'жұмыс тобы'];
describe("Kazakh: a chamber's body approving the bill named before is no passage", () => {
  it.each(
    BILLS.slice(0, 2).flatMap(([bill, p]) =>
      ['Сенаттың', 'Мәжілістің', 'Сенат', 'Мәжіліс'].flatMap((c) =>
        BODIES.map((b) => `${bill} ${c} ${b} ${p} 14 ақпанда қарап, мақұлдады.`),
      ),
    ),
  )('%s', (text) => {
    expect(laws(text)).not.toContain('2025-02-14');
  });
});
