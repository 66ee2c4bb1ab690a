/** Bad input gets a clear error naming the file and the problem; nothing is lost or doubled. */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../scripts/extract/dates/tagDates';
import { runPipeline, type InputFile } from '../../../scripts/extract/pipeline';

const ARTICLE = [
  'Астанада коалицияның қалалық штабы ашылды',
  '',
  '16.02.2026, 21:31',
  '',
  'Астанада жалпыұлттық коалицияның қалалық штабы ашылды. Штаб 1000-ға жуық іс-шара өткізбек. Бұл жұмыс бүкіл қаланы қамтиды.',
].join('\n');
const utf8 = (file: string, text: string): InputFile => ({
  file,
  bytes: new Uint8Array(Buffer.from(text, 'utf8')),
});
const run = (files: InputFile[], sources?: string) =>
  runPipeline(
    files,
    sources === undefined ? undefined : { file: 'sources.json', text: sources },
    tagDates,
  );

describe('runPipeline() on bad input', () => {
  it('lists every failing file with its reason, not only the first, and keeps the good ones', () => {
    const r = run([
      utf8('good.txt', ARTICLE),
      { file: 'empty.txt', bytes: new Uint8Array() },
      utf8('blank.txt', ' \n\t\n'),
      {
        file: 'binary.txt',
        bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 0, 3, 255, 254, 0, 9]),
      },
    ]);
    expect(r.failures.map((f) => f.message)).toEqual([
      expect.stringMatching(/^binary\.txt: .*binary/u),
      expect.stringMatching(/^blank\.txt: .*only whitespace/u),
      expect.stringMatching(/^empty\.txt: .*empty/u),
    ]);
    expect(r.data.sources.map((s) => s.file)).toEqual(['good.txt']);
    expect(
      r.data.events.some((e) => e.type === 'headquarters' && e.date.edtf === '2026-02-16'),
    ).toBe(true);
  });

  it('reads Windows-1251 and UTF-16 articles like UTF-8 ones', () => {
    const ru =
      'Съезд партии\n\n06.10.2022 09:37\n\nВнеочередной съезд партии «AMANAT» прошёл в Астане. Делегаты обсудили выборы президента.';
    const r = run([
      { file: 'ru-1251.txt', bytes: new Uint8Array(iconv.encode(ru, 'win1251')) },
      {
        file: 'kk-utf16.txt',
        bytes: new Uint8Array([0xff, 0xfe, ...iconv.encode(ARTICLE, 'utf-16le')]),
      },
    ]);
    expect(r.failures).toEqual([]);
    expect(r.data.sources.map((s) => [s.file, s.language])).toEqual([
      ['kk-utf16.txt', 'kk'],
      ['ru-1251.txt', 'ru'],
    ]);
    expect(r.data.events.find((e) => e.type === 'congress')?.date.edtf).toBe('2022-10-06');
  });

  it('lists an article with no date at all as not yet placed instead of dropping it', () => {
    const r = run([
      utf8(
        'undated.txt',
        'Партиялық билеттер табысталды\n\nAMANAT партиясының аудандық филиалында жаңа мүшелерге партиялық билеттер табысталды. Жиын өтті.',
      ),
    ]);
    expect(r.failures).toEqual([]);
    expect(r.data.events).toEqual([]);
    expect(r.data.unplaced).toContainEqual(
      expect.objectContaining({ sourceId: 'undated', kind: 'event', type: 'membership' }),
    );
  });

  it('does not invent a date from an impossible one like 31.02.2026', () => {
    const r = run([
      utf8(
        'feb.txt',
        'Жиын\n\n10.02.2026\n\nКоалиция 31.02.2026 күні жұмысын бастады деп хабарланды. Тағы бір сөйлем бар.',
      ),
    ]);
    expect(r.failures).toEqual([]);
    expect(JSON.stringify(r.data)).not.toContain('2026-02-31');
    expect(r.data.events.every((e) => e.date.edtf !== '2026-03-03')).toBe(true);
  });

  it('merges a duplicate article under another name instead of doubling its events', () => {
    const once = run([utf8('a.txt', ARTICLE)]);
    const twice = run([utf8('a.txt', ARTICLE), utf8('b-copy.txt', ARTICLE)]);
    expect(twice.data.events).toEqual(once.data.events);
    expect(twice.data.sources[0]!.duplicates).toEqual(['b-copy.txt']);
    expect(twice.articles.find((a) => a.file === 'b-copy.txt')?.duplicateOf).toBe('a.txt');
  });

  it('reports an unreadable sources.json naming it and each problem', () => {
    expect(run([utf8('a.txt', ARTICLE)], '{ not json').failures[0]?.message).toMatch(
      /^sources\.json: not valid JSON/u,
    );
    const bad = run(
      [utf8('a.txt', ARTICLE)],
      JSON.stringify({ 'a.txt': { published: 'last spring', url: 'nope' } }),
    );
    expect(bad.failures[0]?.message).toMatch(
      /^sources\.json: .*url.*published is not an EDTF date|^sources\.json: .*published.*url/u,
    );
  });

  it('warns when sources.json disagrees with the text’s own header, and the text wins', () => {
    const r = run(
      [utf8('a.txt', ARTICLE)],
      JSON.stringify({ 'a.txt': { published: '2026-01-01' } }),
    );
    expect(r.data.sources[0]!.published).toBe('2026-02-16T21:31:00');
    expect(r.data.sources[0]!.warnings[0]).toMatch(
      /published: the text says 2026-02-16T21:31:00, sources\.json says 2026-01-01/u,
    );
  });
});
