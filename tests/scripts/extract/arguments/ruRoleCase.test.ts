import { describe, expect, it } from 'vitest';
import { ruRoleNominative } from '../../../../scripts/extract/arguments/ruRoleCase';

describe('ruRoleNominative(role)', () => {
  it.each([
    ['председателя Мажилиса', 'председатель Мажилиса'],
    ['председателем партии', 'председатель партии'],
    ['главы государства', 'глава государства'],
    ['Главе государства', 'Глава государства'],
    ['секретаря политсовета', 'секретарь политсовета'],
    ['заместителю руководителя Администрации', 'заместитель руководителя Администрации'],
    ['премьер-министра', 'премьер-министр'],
    ['депутатом Сената', 'депутат Сената'],
    ['акиму области', 'аким области'],
  ])('puts %s in the nominative: %s', (role, nominative) => {
    expect(ruRoleNominative(role)).toBe(nominative);
  });

  it('keeps a plural and a nominative as written', () => {
    expect(ruRoleNominative('депутаты Мажилиса')).toBe('депутаты Мажилиса');
    expect(ruRoleNominative('председатель Мажилиса')).toBe('председатель Мажилиса');
  });
});
