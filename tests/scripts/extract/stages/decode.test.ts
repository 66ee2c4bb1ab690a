import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ExtractError } from '../../../../scripts/extract/errors';
import { decode } from '../../../../scripts/extract/stages/decode';

const KK = 'Қазақстанның бірқатар өңірінде аймақтық коалициялар жұмысын бастады.\r\nЕкінші жол.';
const enc = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

describe('decode(file, bytes)', () => {
  it('reads UTF-8 with and without a BOM, keeping CRLF so offsets match the file', () => {
    expect(decode('a.txt', enc(KK)).text).toBe(KK);
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...enc(KK)]);
    expect(decode('a.txt', bom)).toEqual({ text: KK, encoding: 'utf-8' });
  });

  it('detects UTF-16 with and without a BOM', () => {
    const le = iconv.encode(KK, 'utf-16le');
    expect(decode('a.txt', new Uint8Array([0xff, 0xfe, ...le])).text).toBe(KK);
    expect(decode('a.txt', new Uint8Array(le))).toEqual({ text: KK, encoding: 'utf-16le' });
    expect(decode('a.txt', new Uint8Array(iconv.encode(KK, 'utf-16be')))).toEqual({
      text: KK,
      encoding: 'utf-16be',
    });
  });

  it('converts Windows-1251 Russian text', () => {
    const ru = 'Внеочередной съезд партии «Nur Otan» прошёл 1 марта 2022 года в Астане.';
    expect(decode('ru.txt', new Uint8Array(iconv.encode(ru, 'win1251')))).toEqual({
      text: ru,
      encoding: 'windows-1251',
    });
  });

  it('normalises to NFC and keeps Kazakh letters intact', () => {
    const decomposed = 'Ә'.normalize('NFD') + 'нұр';
    expect(decode('a.txt', enc(decomposed)).text).toBe('Әнұр');
  });

  it.each([
    ['empty', new Uint8Array(), 'empty'],
    ['only whitespace', enc('  \n\t \r\n'), 'only whitespace'],
    [
      'binary',
      new Uint8Array([
        0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 255, 0, 7,
      ]),
      'binary',
    ],
  ])('rejects a %s file with an error naming the file', (_name, bytes, reason) => {
    expect(() => decode('bad.txt', bytes)).toThrow(ExtractError);
    expect(() => decode('bad.txt', bytes)).toThrow(new RegExp(`bad\\.txt: .*${reason}`));
  });
});
