import { describe, expect, it } from 'vitest';
import { localize } from '../../../src/classroom/localize';

describe('localize', () => {
  it('picks the language and falls back to Kazakh', () => {
    const text = { kk: 'Сайлау', ru: 'Выборы', en: 'Election' };
    expect(localize(text, 'ru')).toBe('Выборы');
    expect(localize(text, 'en')).toBe('Election');
    expect(localize(text, 'kk-latn')).toBe('Сайлау');
    expect(localize({ kk: 'Сайлау' }, 'en')).toBe('Сайлау');
  });
});
