import { describe, expect, it } from 'vitest';
import { CLASSROOM_RESOURCES, createClassroomT } from '../../../src/classroom/createClassroomT';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v as object, `${prefix}${k}.`),
  );
}

describe('createClassroomT', () => {
  it('fills placeholders in each language', () => {
    expect(createClassroomT('en')('presentation.progress', { current: 3, total: 9 })).toBe(
      'Event 3 of 9',
    );
    expect(createClassroomT('ru')('presentation.progress', { current: 3, total: 9 })).toBe(
      'Событие 3 из 9',
    );
    expect(createClassroomT('kk')('presentation.progress', { current: 3, total: 9 })).toBe(
      'Оқиға: 3 / 9',
    );
  });

  it('reads Kazakh (in Latin letters for kk-latn) for kk-latn and unknown languages, and the key for unknown keys', () => {
    expect(createClassroomT('kk-latn')('qr.title')).toBe('Telefonda aşu');
    expect(createClassroomT('de')('qr.title')).toBe('Телефонда ашу');
    expect(createClassroomT('en')('no.such.key')).toBe('no.such.key');
  });

  it('has the same keys in kk, ru and en', () => {
    const kk = keys(CLASSROOM_RESOURCES.kk).sort();
    expect(keys(CLASSROOM_RESOURCES.ru).sort()).toEqual(kk);
    expect(keys(CLASSROOM_RESOURCES.en).sort()).toEqual(kk);
  });
});

describe('createClassroomT("kk-latn")', () => {
  it('writes the Kazakh strings in the Latin alphabet and keeps placeholders working', () => {
    const t = createClassroomT('kk-latn');
    const kk = createClassroomT('kk');
    expect(t('presentation.progress', { current: 3, total: 9 })).not.toMatch(
      /\p{Script=Cyrillic}/u,
    );
    expect(t('presentation.progress', { current: 3, total: 9 })).toContain('3');
    expect(kk('presentation.progress', { current: 3, total: 9 })).toMatch(/\p{Script=Cyrillic}/u);
  });
});
