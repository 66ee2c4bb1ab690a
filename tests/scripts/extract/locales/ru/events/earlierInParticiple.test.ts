/**
 * "Ранее" and "прежде" recall an act, except in a participle phrase they qualify: "Новым акимом
 * назначен Бейбут Исабаев, ранее занимавший пост заместителя министра" is today's appointment (it
 * was not placed, as recalled). Generated over participles before and after the adverb, in the
 * cases a subject and an object take; the adverb before a finite verb stays a recall.
 */
import { describe, expect, it } from 'vitest';
import { RU_ASPECT } from '../../../../../../scripts/extract/locales/ru/events/aspect';
import { kindsAndDays } from '../../../events/extractSentences';

const PARTICIPLES = [
  'занимавший',
  'возглавлявший',
  'работавшая',
  'руководившего',
  'принятый',
  'принятого',
  'назначенная',
  'избранного',
  'пришедший',
  'занимающий',
];
const ADVERBS = ['ранее', 'прежде'];

describe('an adverb of a participle phrase recalls nothing', () => {
  const cases = ADVERBS.flatMap((adv) =>
    PARTICIPLES.flatMap((p) => [
      `Новым акимом назначен Бейбут Исабаев, ${adv} ${p} этот пост.`,
      `Новым акимом назначен Бейбут Исабаев, ${p} ${adv} этот пост.`,
    ]),
  );
  it.each(cases)('no recall: %s', (sentence) => {
    expect(RU_ASPECT.recall.test(sentence)).toBe(false);
  });
});

describe('before a finite verb it recalls', () => {
  it.each(
    ADVERBS.flatMap((adv) => [
      `${adv[0]!.toUpperCase()}${adv.slice(1)} Исабаев занимал пост заместителя министра.`,
      `${adv[0]!.toUpperCase()}${adv.slice(1)} сообщалось, что аким уйдёт в отставку.`,
    ]),
  )('recall: %s', (sentence) => {
    expect(RU_ASPECT.recall.test(sentence)).toBe(true);
  });
});

describe('the appointment is the news of the day', () => {
  it.each(['занимавший', 'возглавлявший', 'руководивший'])('…, ранее %s …', (p) => {
    const text =
      'Аким Алматинской области Марат Султангазиев освобождён от должности в связи с переходом на другую работу, сообщает пресс-служба Акорды.\n\n' +
      `Новым акимом области назначен Бейбут Исабаев, ранее ${p} пост заместителя министра внутренних дел.`;
    expect(kindsAndDays('ru', text, '2025-06-04')).toContain('appointment 2025-06-04');
  });
});

// (Nor in a relative clause: "…, который ранее возглавлял МВД" left the appointment unplaced,
// "recalled".)
const RELATIVES = ['который', 'которая', 'которого', 'которому', 'которым', 'кто'];
const FINITE = ['возглавлял', 'работала', 'занимал', 'руководил'];

describe('an adverb of a relative clause recalls nothing', () => {
  const cases = ADVERBS.flatMap((adv) =>
    RELATIVES.flatMap((r) =>
      FINITE.map((v) => `Новым акимом назначен Марат Ахметжанов, ${r} ${adv} ${v} МВД.`),
    ),
  );
  it.each(cases)('no recall: %s', (sentence) => {
    expect(RU_ASPECT.recall.test(sentence)).toBe(false);
  });
  it.each(RELATIVES.slice(0, 1).flatMap((r) => ADVERBS.map((adv) => [r, adv] as const)))(
    '…, %s %s возглавлял …: the appointment is the news',
    (r, adv) => {
      const text = `Кадровые назначения\n\nНовым акимом области назначен Марат Ахметжанов, ${r} ${adv} возглавлял МВД.`;
      expect(kindsAndDays('ru', text, '2025-02-04')).toContain('appointment 2025-02-04');
    },
  );
});
