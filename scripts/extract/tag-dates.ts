/**
 * `npm run -s tag-dates < in.jsonl > out.jsonl`: tags dates in JSON Lines
 * `{"id", "text", "dct"?: "YYYY-MM-DD", "lang"?: "kk"|"ru"}`, one output line per input line:
 * `{"id", "timexes": [{start, end, text, type, value, granularity, anchor, …}]}`. Offsets are JS
 * string indices (UTF-16 code units). Bad lines print `{"id": null, "error"}`, processing goes
 * on, and the exit code is 1 at the end. Streams line by line.
 */
import { createInterface } from 'node:readline';
import { tagJsonLine } from './dates/tagJsonLine';

let failed = 0;
let lineNo = 0;
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  lineNo += 1;
  if (line.trim() === '') continue;
  const r = tagJsonLine(line, lineNo);
  process.stdout.write(`${r.out}\n`);
  if (!r.ok) {
    failed += 1;
    process.stderr.write(`tag-dates: ${r.reason}\n`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
