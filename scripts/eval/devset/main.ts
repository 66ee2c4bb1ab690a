/**
 * `npm run eval:devset [-- --errors] [--only a,b] [--dir D]`: the extractor and its date tagger on
 * the real articles of ../shared/devset, scored by the README's rules. Prints a table per article
 * and ends with one summary line; exits 1 below the floors (a regression guard run by `npm test`).
 * The texts stay in ../shared: they are read here, never copied into the product.
 * `--dir` scores another set in the same layout (texts/, gold/, split.json naming its held-out ids),
 * such as the articles written for the tests in tests/fixtures/authored. `--errors` lists the
 * misses of the tuned articles only; held-out articles show their counts and nothing more.
 * `--tallies` prints the tuned articles' precision by date method, by kind and by
 * whether the event shares its sentence with another.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tagDates } from '../../extract/dates/tagDates';
import { runPipeline } from '../../extract/pipeline';
import { dateFromUrl, readGold, type GoldArticle } from './gold';
import { scoreEvents, scoreTimexes, type ArticleScore } from './score';
import { summarise, type Totals } from './totals';

/**
 * Floors on the whole set, at or just under what the extractor reaches: a drop fails `npm test`.
 * Raise them when the extractor improves; never lower them to make a change pass.
 */
export const FLOORS = { timex: 0.95, found: 0.83, right: 0.77, vagueMax: 0.1 };
// Another set (--dir) states its own floors in its split.json.

const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const showTallies = args.includes('--tallies');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1]!.split(',') : undefined;

const devset = resolve(import.meta.dirname, '../../../../shared/devset');
const dir = args.includes('--dir') ? resolve(args[args.indexOf('--dir') + 1]!) : devset;
if (!existsSync(dir)) {
  console.error(`eval:devset: ${dir} not found (the development set lives in ../shared/devset)`);
  process.exit(2);
}
// Which articles were held out of tuning: devset's c*, or the ids a set's split.json names.
const splitFile = join(dir, 'split.json');
const split = existsSync(splitFile)
  ? (JSON.parse(readFileSync(splitFile, 'utf8')) as { heldOut: string[]; floors?: typeof FLOORS })
  : undefined;
const heldOutIds = split?.heldOut;
const floors = split?.floors ?? FLOORS;
const isHeldOut = (id: string) => (heldOutIds ? heldOutIds.includes(id) : id.startsWith('c'));
const ids = readdirSync(join(dir, 'gold'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5))
  .filter((id) => !only || only.some((p) => id.startsWith(p)))
  .sort();
const articles: GoldArticle[] = ids.map((id) =>
  readGold(
    id,
    readFileSync(join(dir, 'gold', `${id}.json`), 'utf8'),
    readFileSync(join(dir, 'texts', `${id}.txt`), 'utf8'),
  ),
);

// The judging set-up: url and language for every file, `published` only where the URL gives it.
const sources: Record<string, { url: string; language: string; published?: string }> = {};
for (const a of articles) {
  const published = dateFromUrl(a.url);
  sources[`${a.id}.txt`] = {
    url: a.url,
    language: a.language,
    ...(published ? { published } : {}),
  };
}
const files = articles.map((a) => ({
  file: `${a.id}.txt`,
  bytes: new TextEncoder().encode(a.text),
}));
const result = runPipeline(
  files,
  { file: 'sources.json', text: JSON.stringify(sources) },
  tagDates,
);
for (const f of result.failures) console.error(`extract failure: ${f.message}`);

const scores: ArticleScore[] = articles.map((a) => {
  const pred = tagDates(a.text, { lang: a.language, ...(a.published ? { dct: a.published } : {}) });
  return { id: a.id, timex: scoreTimexes(a, pred), ...scoreEvents(a, result.data, a.id) };
});

const pct = (n: number, d: number) => (d === 0 ? '   —' : (n / d).toFixed(2));
console.log('article   timex     found     placed: right vague wdate wkind none');
for (const s of scores) {
  const p = s.placed;
  console.log(
    `${s.id.padEnd(9)} ${`${s.timex.right}/${s.timex.total}`.padEnd(9)} ${`${s.recall.found}/${s.recall.total}`.padEnd(9)}         ${[p.right, p.vague, p['wrong-date'], p['wrong-kind'], p['no-match']].map((n) => String(n).padStart(5)).join(' ')}`,
  );
  // A held-out article's errors are never printed: reading them would tune the rules to it.
  if (showErrors && !isHeldOut(s.id)) {
    for (const m of s.timex.misses) console.log(`    timex miss: ${m}`);
    for (const m of s.recall.misses) console.log(`    not found: ${m}`);
    for (const e of s.errors) console.log(`    ${e}`);
  }
}

// Precision of the tuned articles by how the date was found and by kind: where abstaining pays.
if (showTallies) {
  for (const key of ['method', 'type', 'company'] as const) {
    const tally = new Map<string, number[]>();
    for (const s of scores.filter((x) => !isHeldOut(x.id)))
      for (const v of s.verdicts) {
        const row = tally.get(v[key]) ?? [0, 0];
        row[0]! += v.verdict === 'right' ? 1 : 0;
        row[1]! += 1;
        tally.set(v[key], row);
      }
    for (const [k, [r, n]] of [...tally].sort((a, b) => b[1][1]! - a[1][1]!))
      console.log(`  ${key} ${k.padEnd(24)} right ${r}/${n} (${pct(r!, n!)})`);
  }
  // Of the right placements, how many say "planned" when their gold event had happened by their
  // article (a held vote shown as planned: wrong history), and how many say done of one the
  // article told as ahead (right once another article reports it done: the timeline shows what
  // is known now).
  // (Counts alone for the held-out articles, as their summary line gives.)
  for (const [name, held] of [
    ['tuned', false],
    ['held out', true],
  ] as const) {
    const rights = scores
      .filter((x) => isHeldOut(x.id) === held)
      .flatMap((x) => x.verdicts.filter((v) => v.statusAgrees !== undefined));
    const heldAsPlanned = rights.filter((v) => !v.statusAgrees && v.planned).length;
    const aheadAsDone = rights.filter((v) => !v.statusAgrees && !v.planned);
    const elsewhere = aheadAsDone.filter((v) => v.alsoElsewhere).length;
    console.log(
      `  status of ${rights.length} right placements (${name}): planned though held ${heldAsPlanned}, done though told ahead ${aheadAsDone.length} (${elsewhere} of them reported by another article too)`,
    );
  }
}

const tune = summarise(scores.filter((s) => !isHeldOut(s.id)));
const heldOut = summarise(scores.filter((s) => isHeldOut(s.id)));
const all = summarise(scores);
const line = (name: string, t: Totals) =>
  `${name}: timex ${pct(t.timex[0], t.timex[1])} (${t.timex[0]}/${t.timex[1]}), dated events found ${pct(t.found[0], t.found[1])} (${t.found[0]}/${t.found[1]}), placed right ${pct(t.placed.right, t.placedAll)} (${t.placed.right}/${t.placedAll}; vague ${t.placed.vague}, wrong date ${t.placed['wrong-date']}, wrong kind ${t.placed['wrong-kind']}, no match ${t.placed['no-match']})`;
console.log('');
console.log(line(heldOutIds ? 'tuned on' : 'tuned on (a, b)', tune));
console.log(line(heldOutIds ? 'held out' : 'held out (c)', heldOut));

const below: string[] = [];
const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);
if (ratio(...all.timex) < floors.timex) below.push(`timex < ${floors.timex}`);
if (ratio(...all.found) < floors.found) below.push(`found < ${floors.found}`);
if (ratio(all.placed.right, all.placedAll) < floors.right) below.push(`right < ${floors.right}`);
if (ratio(all.placed.vague, all.placedAll) > floors.vagueMax)
  below.push(`vague > ${floors.vagueMax}`);
if (only === undefined && below.length > 0) {
  console.log(`${line(heldOutIds ? 'all' : 'devset', all)} — BELOW FLOOR: ${below.join(', ')}`);
  process.exit(1);
}
console.log(line(heldOutIds ? 'all' : 'devset', all));
