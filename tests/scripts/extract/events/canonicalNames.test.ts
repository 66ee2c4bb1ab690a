import { describe, expect, it } from 'vitest';
import { canonicalNames } from '../../../../scripts/extract/events/canonicalNames';

describe('canonicalNames(names)', () => {
  it('maps initials, bare surnames and patronymic forms to the usual full name', () => {
    const names = [
      'Қасым-Жомарт Тоқаев',
      'Қасым-Жомарт Тоқаев',
      'Қ.Тоқаев',
      'Тоқаев',
      'Қасым-Жомарт Кемелұлы Тоқаев',
    ];
    const canon = canonicalNames(names);
    for (const n of names) expect(canon.get(n)).toBe('Қасым-Жомарт Тоқаев');
  });

  it('keeps apart people who share a surname but not an initial', () => {
    const canon = canonicalNames(['Ерлан Оралов', 'Асхат Оралов', 'А.Оралов']);
    expect(canon.get('Ерлан Оралов')).toBe('Ерлан Оралов');
    expect(canon.get('А.Оралов')).toBe('Асхат Оралов');
  });

  it('leaves a name with no fuller form as written', () => {
    expect(canonicalNames(['Е.Жақып']).get('Е.Жақып')).toBe('Е.Жақып');
  });
});
