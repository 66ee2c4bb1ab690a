import { detectLang } from './detectLang';
import { tagDates } from './tagDates';

/** One output line of the tag-dates CLI. */
export type TagLineResult = { ok: true; out: string } | { ok: false; out: string; reason: string };

/**
 * Tags one JSON Lines input `{"id", "text", "dct"?, "lang"?}`; a bad line gives an error line
 * instead of an exception. Offsets are JS string indices (UTF-16 code units) of `text`.
 * @example tagJsonLine('{"id":1,"text":"бүгін","dct":"2022-03-01"}', 1).out
 * // '{"id":1,"timexes":[{"start":0,"end":5,"text":"бүгін","type":"DATE","value":"2022-03-01",…}]}'
 */
export function tagJsonLine(line: string, lineNo: number): TagLineResult {
  const fail = (reason: string): TagLineResult => {
    const msg = `line ${lineNo}: ${reason}`;
    return { ok: false, reason: msg, out: JSON.stringify({ id: null, error: msg }) };
  };
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return fail('not valid JSON');
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return fail('not a JSON object');
  const { id, text, dct, lang } = input as Record<string, unknown>;
  if (typeof text !== 'string') return fail('"text" must be a string');
  if (
    dct !== undefined &&
    (typeof dct !== 'string' || !/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/u.test(dct))
  ) {
    return fail('"dct" must be YYYY-MM-DD or YYYY-MM-DDTHH:mm');
  }
  if (lang !== undefined && lang !== 'kk' && lang !== 'ru')
    return fail('"lang" must be "kk" or "ru"');
  try {
    const timexes = tagDates(text, {
      lang: lang ?? detectLang(text),
      ...(dct !== undefined && { dct }),
    }).map(({ start, end, text: t, type, value, ...rest }) => ({
      start,
      end,
      text: t,
      type,
      value,
      ...rest,
    }));
    return { ok: true, out: JSON.stringify({ id: id ?? null, timexes }) };
  } catch (e) {
    return fail(e instanceof Error ? e.message : String(e));
  }
}
