import { readFileSync } from 'node:fs';
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

  const RU = readFileSync('tests/fixtures/articles/ru-congress.txt', 'utf8');

  it.each(['koi8-r', 'cp866', 'iso-8859-5'] as const)(
    'reads a Russian article in %s as the text it is (it used to come out as Windows-1251 mojibake)',
    (encoding) => {
      const bytes = iconv.encode(RU, encoding);
      // (KOI8-R and CP866 have no « », so those come back as ? from the encoder itself.)
      const d = decode('ru.txt', new Uint8Array(bytes));
      expect(d).toEqual({ text: iconv.decode(bytes, encoding), encoding });
      expect(d.text).toContain('В Астане прошёл внеочередной XXIV съезд партии AMANAT.');
    },
  );

  it.each([
    [
      'UTF-8 cut in the middle of a character',
      () => {
        const u = Buffer.from('Съезд партии прошёл в Астане', 'utf8');
        return new Uint8Array(u.subarray(0, u.length - 1));
      },
      /cut\.txt: the file ends in the middle of a UTF-8 character.*truncated UTF-8/u,
    ],
    [
      'UTF-8 mixed with Windows-1251',
      () => {
        const half = RU.length >> 1;
        return new Uint8Array(
          Buffer.concat([Buffer.from(RU.slice(0, half)), iconv.encode(RU.slice(half), 'win1251')]),
        );
      },
      /cut\.txt: the file mixes UTF-8 with another encoding \(probably Windows-1251/u,
    ],
    [
      'random high bytes',
      () => new Uint8Array(4000).map((_, i) => (i % 6 === 0 ? 32 : 0x80 + ((i * 40503) % 128))),
      /cut\.txt: the text is not UTF-8 .*does not read as Windows-1251, KOI8-R, CP866/u,
    ],
  ])('rejects %s with an error naming the file and the encoding', (_name, bytes, message) => {
    expect(() => decode('cut.txt', bytes())).toThrow(message);
  });
});
