import { describe, expect, it } from 'vitest';
import { pickLanguage } from '../../../src/i18n/pickLanguage';

describe('pickLanguage', () => {
  it('pickLanguage() prefers the URL, then navigator.languages, then Kazakh', () => {
    expect(pickLanguage('en', ['ru-RU'])).toBe('en');
    expect(pickLanguage(undefined, ['de-DE', 'ru-RU', 'en'])).toBe('ru');
    expect(pickLanguage(undefined, ['kk-Latn-KZ'])).toBe('kk-latn');
    expect(pickLanguage(undefined, ['kk-KZ'])).toBe('kk');
    expect(pickLanguage(undefined, ['fr'])).toBe('kk');
  });
});
