/** The browser shell against the Node shell: same article in, byte-identical events file out. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractArticle, MAX_CHARS, runPipelineInBrowser } from '../../../scripts/extract/browser';
import { tagDates } from '../../../scripts/extract/dates/tagDates';
import { runPipeline } from '../../../scripts/extract/pipeline';

const fixture = (name: string) => readFileSync(`tests/fixtures/curation/${name}`, 'utf8');
const nameOf = (text: string) =>
  `article-${createHash('sha256').update(text).digest('hex').slice(0, 12)}.txt`;

describe('extractArticle(request)', () => {
  it.each(['kk-school-forum.txt', 'ru-district-akim.txt'])(
    'gives the Node pipeline’s events file, byte for byte, for %s',
    (name) => {
      const text = fixture(name);
      const file = nameOf(text);
      const meta = { published: '2026-03-01', publisher: 'Мектеп газеті' };
      const node = runPipeline(
        [{ file, bytes: new TextEncoder().encode(text) }],
        { file: 'sources.json', text: JSON.stringify({ [file]: meta }) },
        tagDates,
      );
      const browser = extractArticle({ input: { text }, ...meta });
      expect(browser.ok).toBe(true);
      if (!browser.ok) return;
      expect(JSON.stringify(browser.data)).toBe(JSON.stringify(node.data));
      expect(browser.data.events.length).toBeGreaterThan(0);
      expect(browser.text).toBe(text);
    },
  );

  it('reads a dropped file’s bytes in UTF-16 and Windows-1251 as the Node shell does', () => {
    const text = fixture('ru-district-akim.txt');
    const file = nameOf(text);
    const node = runPipeline(
      [{ file, bytes: new TextEncoder().encode(text) }],
      undefined,
      tagDates,
    );
    for (const enc of ['utf-16le', 'windows-1251']) {
      const bytes = new Uint8Array(iconv.encode(text, enc, { addBOM: enc === 'utf-16le' }));
      const r = extractArticle({ input: { bytes } });
      expect(r.ok && JSON.stringify(r.data)).toBe(JSON.stringify(node.data));
    }
  });

  it('takes the publication date from the header when none is given, and says so', () => {
    const r = extractArticle({ input: { text: fixture('kk-school-forum.txt') } });
    expect(r.ok && r.source).toMatchObject({
      published: '2026-03-14T11:20:00',
      publishedFrom: 'header',
      language: 'kk',
    });
  });

  it.each([
    ['an empty paste', { text: '' }, 'empty'],
    ['whitespace', { text: ' \n\t ' }, 'empty'],
    ['binary bytes', { bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]) }, 'binary'],
    ['an English text', { text: 'The council met on 3 March 2026 in Astana.' }, 'not-cyrillic'],
    ['a text over the limit', { text: 'Сайлау өтті. '.repeat(MAX_CHARS / 10) }, 'too-long'],
  ] as const)('refuses %s with a code the dialog can explain', (_name, input, code) => {
    const r = extractArticle({ input });
    expect(r).toMatchObject({ ok: false, code });
  });
});

describe('runPipelineInBrowser(files)', () => {
  it('names the file when its bytes are binary, as runPipeline does', () => {
    const bytes = new Uint8Array([0x00, 0x01, 0x02, 0x03, 0x04, 0x05]);
    const [a, b] = [runPipelineInBrowser, runPipeline].map(
      (run) => run([{ file: 'x.txt', bytes }], undefined, tagDates).failures[0]?.file,
    );
    expect(a).toBe('x.txt');
    expect(b).toBe('x.txt');
  });
});
