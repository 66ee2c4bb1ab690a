/**
 * A Kazakh visit told by a verb of motion alone, with no "сапар": "Мемлекет басшысы Қасым-Жомарт
 * Тоқаев Мәскеуге барды" and "Президент Ташкентке ұшып барды" gave no event, "Қазақстанға келеді"
 * a visit "reported" on the publication day. The destination is a place in the dative, the verb
 * келу, бару, ұшу or аттану in every form that tells the act (locales/kk/events/travelledTo.ts);
 * the present-future closing the clause tells the trip ahead (closingFuture.ts). Generated:
 * travellers × destinations (their dative from the grammar) × verbs × forms, in both word orders.
 * Not a visit: what comes is no person, a return home, a motion verb as another's auxiliary.
 * Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../../../../scripts/extract/events/findTriggers';
import { kkCaseForms } from '../kkCaseParadigm';
import { verbForms, type KkForm } from './kkVerbParadigm';
import { extractSentences } from '../../../events/extractSentences';

const visit = (sentence: string) =>
  findTriggers(sentence, 'kk').some(
    (h) => h.trigger.type === 'meeting' && h.trigger.facet === 'visit' && !h.topic && !h.standAside,
  );

const dative = (stem: string, front: boolean) => kkCaseForms(stem, front)[1]!;
/** [destination in the dative, its English name] */
const PLACES: [string, string][] = [
  [dative('Мәскеу', true), 'Moscow'],
  [dative('Ташкент', true), 'Tashkent'],
  [dative('Түркия', false), 'Türkiye'],
  [dative('Қазақстан', false), 'Kazakhstan'],
  [dative('Алматы', false), 'Almaty'],
  [dative('Бішкек', true), 'Bishkek'],
  ['Қазақстан Республикасына', 'Kazakhstan'],
  ['Түркістан облысына', 'Turkistan Region'],
  ['Шымкент қаласына', 'Shymkent'],
  ['АҚШ-қа', 'USA'],
];
const TRAVELLERS = [
  'Мемлекет басшысы Қасым-Жомарт Тоқаев',
  'Франция Президенті Эммануэль Макрон',
  'Тоқаев',
  'Сыртқы істер министрі',
  'Үкімет делегациясы',
  'Си Цзиньпин',
];
const STEMS = ['кел', 'бар', 'ұш', 'аттан'];
const DONE: KkForm[] = ['past', 'perfectAux', 'progressive'];
const AHEAD: KkForm[] = ['future', 'present'];
const form = (stem: string, f: KkForm) => verbForms(stem)[f];

describe('Kazakh: a verb of motion to a place is a visit', () => {
  const cases = TRAVELLERS.flatMap((who, i) =>
    STEMS.flatMap((stem) =>
      [...DONE, ...AHEAD, 'converb' as const].map((f) => {
        const [to] = PLACES[(i + STEMS.indexOf(stem)) % PLACES.length]!;
        const verb = form(stem, f);
        return f === 'converb'
          ? `${who} ${to} ${verb}, онда бірқатар мәселе талқыланбақ.`
          : i % 2
            ? `${to} ${who} ${verb}.`
            : `${who} ${to} ${verb}.`;
      }),
    ),
  );
  it.each(cases)('%s', (s) => expect(visit(s)).toBe(true));
  it.each(PLACES.map(([to]) => `Президент ${to} ұшып барды.`))('%s', (s) =>
    expect(visit(s)).toBe(true),
  );
});

describe('Kazakh: the visit, its destination and its tense', () => {
  const cases = STEMS.flatMap((stem) =>
    [...DONE, ...AHEAD].map((f, j) => {
      const [to, en] = PLACES[(STEMS.indexOf(stem) * 5 + j) % PLACES.length]!;
      const status = AHEAD.includes(f) ? 'planned' : 'reported';
      const day = AHEAD.includes(f) ? 15 : 10;
      return [`Мемлекет басшысы Қасым-Жомарт Тоқаев ${day} наурызда ${to} ${form(stem, f)}.`, en, status, day] as const; // prettier-ignore
    }),
  );
  it.each(cases)('%s → %s, %s', (s, en, status, day) => {
    const events = extractSentences('kk', `Астана, 12 наурыз. ${s}`, '2025-03-12').events;
    const e = events.find((x) => x.type === 'meeting' && x.date.edtf === `2025-03-${day}`);
    expect(e?.status).toBe(status);
    expect(e?.places.map((p) => p.name.en)).toContain(en);
    expect(e?.actors.map((a) => a.name)).toContain('Қасым-Жомарт Тоқаев');
  });
  it.each(['келеді', 'барады', 'ұшып барады'])(
    'undated "%s" is ahead, not the day\'s news',
    (v) => {
      const s = `Астана, 12 наурыз. Франция Президенті Эммануэль Макрон Қазақстанға ${v}.`;
      const events = extractSentences('kk', s, '2025-03-12').events;
      expect(events.filter((x) => x.status === 'reported')).toEqual([]);
    },
  );
});

describe('Kazakh: no visit', () => {
  it.each([
    'Биыл Қазақстанға 5 млрд доллар инвестиция келді.',
    'Министрдің айтуынша, биыл Қазақстанға 5 млрд доллар инвестиция келді.',
    'Өткен жылы Қазақстанға 2 млн шетелдік турист келді.',
    'Кеше Астанаға алғашқы қар жауып, суық келді.',
    'Мемлекет басшысы Тоқаев елге оралды.',
    'Тоқаевтың сөзінше, Қазақстанға қауіп төніп келеді.',
    'Ресейден Қазақстанға 100 мың мигрант келді.',
    '2007 жылдан бері Ассамблея Мәжіліске тоғыз депутат сайлап келді.',
    'Содан бері партия Парламентке үш рет депутат өткізіп келеді.',
  ])('%s', (s) => expect(visit(s)).toBe(false));
});
