/**
 * Powers handed over are a resignation. "Назарбаев өкілеттігін тапсырды" (test sentence written
 * for the check) gave no event: the Kazakh resignation trigger knew "мандатын тапсырды" and
 * "өкілеттігін … тоқтатты", not "өкілеттігін тапсырды". Now "өкілеттігін" (his powers, the
 * accusative) handed over, "өз еркімен" or "мерзімінен бұрын" between, is one
 * (locales/kk/events/triggersLeavingAndCoalitions.ts); powers handed to someone (a dative
 * between) are no resignation. Generated over names, verb forms and the words between.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const NAMES = [
  { kk: 'Назарбаев', name: 'Назарбаев' },
  { kk: 'Нұрсұлтан Назарбаев', name: 'Нұрсұлтан Назарбаев' },
  { kk: 'Министр Ахметова', name: 'Ахметова' },
];
const BETWEEN = ['', 'мерзімінен бұрын ', 'өз еркімен '];
const VERBS = ['тапсырды', 'тапсырған'];
const CASES = NAMES.flatMap((n) =>
  BETWEEN.flatMap((b) =>
    VERBS.map((v) => ({
      text: `2019 жылғы 19 наурызда ${n.kk} өкілеттігін ${b}${v}.`,
      name: n.name,
    })),
  ),
);

describe('powers handed over are a resignation', () => {
  it.each(CASES)('$text', ({ text, name }) => {
    const events = extractSentences('kk', text, '2025-03-12').events;
    const r = events.find((e) => e.type === 'resignation');
    expect(r?.date.edtf).toBe('2019-03-19');
    expect(r?.actors.map((a) => a.name)).toContain(name);
  });
  it('not powers handed to someone', () => {
    const text = '2019 жылғы 19 наурызда Назарбаев өкілеттігін әкімдерге тапсырды.';
    const events = extractSentences('kk', text, '2025-03-12').events;
    expect(events.map((e) => e.type)).not.toContain('resignation');
  });
});
