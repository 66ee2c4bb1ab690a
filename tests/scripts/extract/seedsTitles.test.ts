/**
 * The seeds as a student reads them (issue 8, item 5): titles say who did what, in official
 * spellings; summaries are sentences that report, not speech tags or quotes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { tagDates } from '../../../scripts/extract/dates/tagDates';
import { reportScore } from '../../../scripts/extract/events/summarise';
import { runPipeline, type PipelineResult } from '../../../scripts/extract/pipeline';

let result: PipelineResult;

beforeAll(() => {
  const files = readdirSync('seeds')
    .filter((f) => f.endsWith('.txt'))
    .map((file) => ({ file, bytes: new Uint8Array(readFileSync(`seeds/${file}`)) }));
  const sources = { file: 'sources.json', text: readFileSync('seeds/sources.json', 'utf8') };
  result = runPipeline(files, sources, tagDates);
});

describe('the seeds, titles and summaries', () => {
  it('spells the President the official way in English, never "Kasym-Zhomart"', () => {
    const titles = result.data.events.map((e) => e.title.en).join('\n');
    expect(titles).not.toMatch(/Kasym|Zhomart/u);
    expect(titles).toMatch(/Kassym-Jomart Tokayev/u);
  });

  it('says what a proposal proposes, never only "Proposal by …"', () => {
    const proposals = result.data.events.filter((e) => e.type === 'proposal');
    expect(proposals.length).toBeGreaterThan(0);
    for (const p of proposals) {
      expect(p.title.en).not.toMatch(/^Proposal by|makes a proposal$/u);
      // (A proposal announced ahead, "16-наурызда … ұсынамын", is titled "… to propose …".)
      expect(p.title.en).toMatch(/ (?:proposes|to propose) \S+/u);
    }
    expect(proposals.map((p) => p.title.en)).toContain(
      'Yerlan Koshanov proposes renaming Nur Otan AMANAT',
    );
  });

  it('summarises every event by a report sentence: no speech tag, quote or first-person words', () => {
    for (const e of result.data.events) {
      expect(e.summary.text, e.id).not.toMatch(/осылай\s+деді|^[«"“–—]/u);
    }
    const election = result.data.events.find((e) => e.type === 'election');
    expect(election && reportScore(election.summary.text, 'kk')).toBeGreaterThanOrEqual(0);
    const congress = result.data.events.find((e) => e.type === 'congress' && e.date.edtf === '2022-03-01'); // prettier-ignore
    expect(congress?.summary.text).not.toMatch(/деді/u);
  });
});
