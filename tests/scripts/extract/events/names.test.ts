import { describe, expect, it } from 'vitest';
import { orgName, personName, toEnglish } from '../../../../scripts/extract/events/names';

describe('personName(name)', () => {
  it('gives Russian and press-style English forms of a Kazakh name', () => {
    expect(personName('Қасым-Жомарт Тоқаев')).toEqual({
      kk: 'Қасым-Жомарт Тоқаев',
      ru: 'Касым-Жомарт Токаев',
      en: 'Kasym-Zhomart Tokayev',
    });
    expect(toEnglish('Ерлан Қошанов')).toBe('Yerlan Koshanov');
  });
});

describe('orgName(id, asWritten)', () => {
  it('uses fixed labels for known organisations and transliterates the rest', () => {
    expect(orgName('national-coalition', 'коалиция').en).toBe('The national coalition');
    expect(orgName('x', 'Ақ жол').en).toBe('Ak zhol');
  });
});
