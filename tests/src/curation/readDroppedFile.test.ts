/** @vitest-environment jsdom */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, readDroppedFile } from '../../../src/curation/readDroppedFile';

const fileOf = (bytes: Uint8Array | string, name: string, type = '') =>
  new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name, { type });

describe('readDroppedFile(file)', () => {
  it('passes a .txt file on as bytes, for the worker to detect its encoding', async () => {
    const r = await readDroppedFile(fileOf('Сайлау өтті.', 'a.txt'));
    expect(r.ok && 'bytes' in r.input && new TextDecoder().decode(r.input.bytes)).toBe(
      'Сайлау өтті.',
    );
  });

  it('reduces an .html file to its text, in UTF-8 or Windows-1251', async () => {
    const html = '<p>Выборы прошли.</p><script>x()</script>';
    for (const bytes of [
      new TextEncoder().encode(html),
      new Uint8Array(iconv.encode(html, 'win1251')),
    ]) {
      const r = await readDroppedFile(fileOf(bytes, 'news.html'));
      expect(r).toEqual({ ok: true, input: { text: 'Выборы прошли.' }, name: 'news.html' });
    }
  });

  it.each([
    ['a picture', fileOf('x', 'photo.png', 'image/png'), 'file-type'],
    ['an empty file', fileOf('', 'a.txt'), 'empty'],
    ['a 5 MB file', fileOf('x'.repeat(MAX_FILE_BYTES + 1), 'big.txt'), 'too-long'],
  ])('refuses %s', async (_name, file, code) => {
    expect(await readDroppedFile(file)).toMatchObject({ ok: false, code });
  });
});
