import { describe, expect, it } from 'vitest';
import { toKazakhLatin } from '../../../src/model/translit';

describe('toKazakhLatin', () => {
  it('toKazakhLatin() maps the letters shared with Russian', () => {
    expect(toKazakhLatin('абвгдезклмнопрстуф')).toBe('abvgdezklmnoprstuf');
  });

  it('toKazakhLatin() maps the Kazakh-specific letters with diacritics', () => {
    expect(toKazakhLatin('ә ғ қ ң ө ұ ү һ і')).toBe('ä ğ q ñ ö ū ü h ı');
  });

  it('toKazakhLatin() maps и, й to i and ы to y', () => {
    expect(toKazakhLatin('и й ы')).toBe('i i y');
  });

  it('toKazakhLatin() maps the sibilants and affricates', () => {
    expect(toKazakhLatin('ж ш щ ч ц')).toBe('j ş şş ch ts');
  });

  it('toKazakhLatin() maps the iotated vowels and drops the signs', () => {
    expect(toKazakhLatin('ё ю я ъ ь э')).toBe('io iu ia   e');
  });

  it('toKazakhLatin() keeps capitals and all-caps words', () => {
    expect(toKazakhLatin('Қасым-Жомарт Тоқаев')).toBe('Qasym-Jomart Toqaev');
    expect(toKazakhLatin('Шымкент ШЫМКЕНТ')).toBe('Şymkent ŞYMKENT');
    expect(toKazakhLatin('Юрий ЮРИЙ')).toBe('Iurii IURII');
    expect(toKazakhLatin('Әділетті Қазақстан')).toBe('Ädılettı Qazaqstan');
  });

  it('toKazakhLatin() leaves Latin text, digits and punctuation unchanged', () => {
    expect(toKazakhLatin('«AMANAT» 2022, 399')).toBe('«AMANAT» 2022, 399');
    expect(toKazakhLatin('«Nur Otan» партиясы')).toBe('«Nur Otan» partiiasy');
  });
});
