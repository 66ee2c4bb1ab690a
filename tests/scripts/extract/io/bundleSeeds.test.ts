import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../scripts/extract/browser';
import { tagDates } from '../../../../scripts/extract/dates/tagDates';
import { applyCuration } from '../../../../scripts/extract/applyCuration';
import { bundleToInputs } from '../../../../scripts/extract/io/bundleSeeds';
import { runPipeline } from '../../../../scripts/extract/pipeline';
import { addArticle, newCollection } from '../../../../src/curation/collection';
import { toBundle } from '../../../../src/curation/bundle';

const fixture = (name: string) => readFileSync(`tests/fixtures/curation/${name}`, 'utf8');

function bundleOf(...reads: ReturnType<typeof extractArticle>[]): string {
  let c = newCollection('9 Б', '2026-03-15T10:00:00.000Z', 'c1');
  for (const r of reads) {
    if (!r.ok) throw new Error(r.message);
    c = addArticle(c, r.source, r.text, r.data.events);
  }
  return toBundle(c);
}

describe('bundleToInputs(file, text)', () => {
  it('gives the pipeline the articles a teacher collected: same sources, same events as in the browser', () => {
    const kk = extractArticle({ input: { text: fixture('kk-school-forum.txt') } });
    const ru = extractArticle({
      input: { text: fixture('ru-district-akim.txt') },
      published: '2026-02-03',
      publisher: 'Газета',
    });
    const inputs = bundleToInputs('class.json', bundleOf(kk, ru));
    expect(inputs.failures).toEqual([]);
    const r = runPipeline(inputs.files, inputs.sourcesJson, tagDates);
    expect(r.failures).toEqual([]);
    const ids = (x: typeof kk) => (x.ok ? x.data.events.map((e) => e.id) : []);
    expect(r.data.events.map((e) => e.id).sort()).toEqual([...ids(kk), ...ids(ru)].sort());
    const ruSource = r.data.sources.find((s) => s.language === 'ru');
    expect(ruSource).toMatchObject({ publisher: expect.any(String) });
    expect(JSON.parse(inputs.sourcesJson!.text)).toMatchObject({
      [kk.ok ? kk.source.file : '']: { language: 'kk' },
    });
  });

  it.each([
    ['not JSON', '{', /not valid JSON/],
    ['another JSON file', '{"schemaVersion":1}', /not a Shejire collection file: format/],
  ])('names the file when it is %s', (_name, text, reason) => {
    const inputs = bundleToInputs('class.json', text);
    expect(inputs.files).toEqual([]);
    expect(inputs.failures[0]?.file).toBe('class.json');
    expect(inputs.failures[0]?.reason).toMatch(reason);
  });
});

describe('applyCuration(data, collection)', () => {
  it('keeps, for reviewed articles, only the events the teacher accepted, with their edits', () => {
    const kk = extractArticle({ input: { text: fixture('kk-school-forum.txt') } });
    if (!kk.ok) throw new Error(kk.message);
    const [first, , third] = kk.data.events;
    const edited = {
      ...third!,
      date: { edtf: '2026-04', precision: 'month', certainty: 'stated', method: 'edited' },
    } as const;
    let c = newCollection('9 Б', '2026-03-15T10:00:00.000Z', 'c1');
    c = addArticle(c, kk.source, kk.text, [first!, edited]);
    const inputs = bundleToInputs('class.json', toBundle(c));
    const other = {
      file: 'other.txt',
      bytes: new TextEncoder().encode(fixture('ru-district-akim.txt')),
    };
    const r = runPipeline([...inputs.files, other], inputs.sourcesJson, tagDates);
    const out = applyCuration(r.data, inputs.curated!);
    const mine = out.events.filter((e) => e.sources.some((s) => s.sourceId === kk.source.id));
    expect(mine.map((e) => e.id)).toEqual([first!.id, third!.id]);
    expect(mine[1]!.date.method).toBe('edited');
    expect(out.events.filter((e) => e.sources.some((s) => s.sourceId === 'other')).length).toBe(
      r.data.events.filter((e) => e.sources.some((s) => s.sourceId === 'other')).length,
    );
    expect(out.sources.find((s) => s.id === kk.source.id)?.stats.events).toBe(2);
  });
});

describe('npm run extract -- --seeds collection.json', () => {
  it('builds the timeline a teacher reviewed: a rejected event stays out, an edited date stays', () => {
    const kk = extractArticle({ input: { text: fixture('kk-school-forum.txt') } });
    if (!kk.ok) throw new Error(kk.message);
    const [first, second] = kk.data.events;
    const edited = {
      ...first!,
      date: { edtf: '2026-04', precision: 'month', certainty: 'stated', method: 'edited' },
    } as const;
    let c = newCollection('9 Б', '2026-03-15T10:00:00.000Z', 'c1');
    c = addArticle(c, kk.source, kk.text, [edited]);
    const dir = mkdtempSync(join(tmpdir(), 'shejire-bundle-'));
    writeFileSync(join(dir, 'class.json'), toBundle(c));
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/extract/main.ts',
        '--seeds',
        join(dir, 'class.json'),
        '--out',
        join(dir, 'out'),
      ],
      { encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(readFileSync(join(dir, 'out', 'events.json'), 'utf8')) as {
      events: Array<{ id: string; date: { method: string } }>;
    };
    expect(out.events.map((e) => e.id)).toEqual([first!.id]);
    expect(out.events[0]!.date.method).toBe('edited');
    expect(second).toBeDefined();
  });
});
