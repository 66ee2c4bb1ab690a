import { describe, expect, it } from 'vitest';
import { foldWord, normalizeWord, tokenize } from '../../../../src/model/queries/normalizeWord';

describe('normalizeWord', () => {
  it('normalizeWord() strips Kazakh case endings', () => {
    expect(normalizeWord('Тоқаевтың')).toBe(normalizeWord('Тоқаев'));
    expect(normalizeWord('Тоқаевқа')).toBe(normalizeWord('Тоқаев'));
    expect(normalizeWord('Астанада')).toBe(normalizeWord('Астана'));
    expect(normalizeWord('Астанадағы')).toBe(normalizeWord('Астана'));
  });

  it('normalizeWord() strips Russian case endings', () => {
    expect(normalizeWord('Токаева')).toBe('токаев');
    expect(normalizeWord('Токаевым')).toBe('токаев');
    expect(normalizeWord('Астаной')).toBe('астан');
  });

  it('normalizeWord() leaves short words alone', () => {
    expect(normalizeWord('той')).toBe('той');
    expect(normalizeWord('ел')).toBe('ел');
  });

  it('foldWord() lower-cases, composes and folds ё', () => {
    expect(foldWord('«Ёлка»')).toBe('елка');
    expect(foldWord('Е\u0308лка')).toBe('елка');
  });

  it('tokenize() splits on punctuation and hyphens', () => {
    expect(tokenize('Қасым-Жомарт «Nur Otan», 2022')).toEqual([
      'қасым',
      'жомарт',
      'nur',
      'otan',
      '2022',
    ]);
  });
});

describe('spellingKey', () => {
  it('spellingKey(word) gives Тоқаев, Токаев, Toqaev and Tokayev one key', async () => {
    const { spellingKey } = await import('../../../../src/model/queries/normalizeWord');
    expect(new Set(['Тоқаев', 'Токаев', 'Toqaev', 'Tokayev'].map(spellingKey))).toEqual(
      new Set(['tokaev']),
    );
    expect(spellingKey('Аяз')).toBe(spellingKey('Ayaz'));
    expect(spellingKey('Шымкент')).toBe(spellingKey('Shymkent'));
    expect(spellingKey('Астана')).not.toBe(spellingKey('Ақтөбе'));
  });
});
