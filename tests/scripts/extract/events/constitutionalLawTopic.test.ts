import { describe, expect, it } from 'vitest';
import { topicOf } from '../../../../scripts/extract/events/topics';

// A constitutional law ("конституциялық заң", "конституционный закон") is not the Constitution:
// amendments to the law on elections were titled "amendments to the Constitution".
const KK_CONSTITUTION = [
  'Конституцияға',
  'Конституцияның 5-бабына',
  'Конституциясына',
  'Ата Заңға',
];
const KK_LAW = ['конституциялық заңға', 'конституциялық заңдарға', 'конституциялық заңына'];
const KK_CHANGES = [
  'өзгерістер',
  'өзгерістерді',
  'түзетулер',
  'түзетулерді',
  'өзгерістер мен толықтырулар',
];
const RU_CONSTITUTION = ['в Конституцию', 'к Конституции', 'в Конституцию Республики Казахстан'];
const RU_LAW = ['в конституционный закон', 'в конституционные законы', 'в Конституционный закон'];
const RU_CHANGES = ['поправки', 'поправок', 'изменения', 'изменений'];

const kk = (where: string, what: string) =>
  `Сенат депутаттары ${where} ${what} енгізу туралы заңды қабылдады.`;
const ru = (what: string, where: string) => `Сенат принял ${what} ${where} о выборах.`;

describe('the Constitution, not a constitutional law, is what its amendments amend', () => {
  it.each(KK_CONSTITUTION.flatMap((w) => KK_CHANGES.map((c) => kk(w, c))))('kk %s', (s) => {
    expect(topicOf(s, 'kk')).toBe('constitution');
  });
  it.each(KK_LAW.flatMap((w) => KK_CHANGES.map((c) => kk(w, c))))('kk %s', (s) => {
    expect(topicOf(s, 'kk')).not.toBe('constitution');
  });
  it('kk "конституциялық өзгерістер" are the Constitution\'s', () => {
    expect(topicOf('Президент конституциялық өзгерістерді ұсынды.', 'kk')).toBe('constitution');
  });
  it.each(RU_CHANGES.flatMap((c) => RU_CONSTITUTION.map((w) => ru(c, w))))('ru %s', (s) => {
    expect(topicOf(s, 'ru')).toBe('constitution');
  });
  it.each(RU_CHANGES.flatMap((c) => RU_LAW.map((w) => ru(c, w))))('ru %s', (s) => {
    expect(topicOf(s, 'ru')).not.toBe('constitution');
  });
});
