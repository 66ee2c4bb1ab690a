/**
 * A stage of a reform begun or ended is a step of the reform: "Реформаның бірінші кезеңі 2025
 * жылы аяқталды" was titled "Event" (a bare happening), while "Реформа 2025 жылы басталды" was a
 * reform. The reform in the genitive owns the stage, the subject of "басталды"/"аяқталды".
 * Generated: the reforms × the stages × the verbs' tenses × the dates.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const REFORMS = ['Реформаның', 'Саяси реформаның', 'Конституциялық реформаның'];
const STAGES = ['бірінші кезеңі', 'екінші кезеңі', 'алғашқы кезеңі'];
const VERBS = [
  { verb: 'аяқталды', en: /completed$/u, status: 'reported' },
  { verb: 'басталды', en: /begins$/u, status: 'reported' },
  { verb: 'аяқталады', en: /to be completed$/u, status: 'planned' },
  { verb: 'басталады', en: /to begin$/u, status: 'planned' },
];
const DATES = [
  { past: '2025 жылы', future: '2027 жылы' },
  { past: '2025 жылдың қыркүйегінде', future: '2027 жылдың қыркүйегінде' },
];

const CASES = REFORMS.flatMap((r) =>
  STAGES.flatMap((s) =>
    VERBS.flatMap((v) =>
      DATES.map((d) => ({
        ...v,
        sentence: `${r} ${s} ${v.status === 'planned' ? d.future : d.past} ${v.verb}.`,
      })),
    ),
  ),
);

describe('a stage of a reform begun or ended', () => {
  it.each(CASES)('$sentence', ({ sentence, en, status }) => {
    const events = extractSentences('kk', sentence, '2026-03-12').events;
    expect(events.map((e) => e.type)).toEqual(['reform']);
    expect(events[0]!.title.en).toMatch(en);
    expect(events[0]!.status).toBe(status);
  });
});
