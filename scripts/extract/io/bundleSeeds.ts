/**
 * A teacher's collection file (exported by the app's "Add an article" dialog) as extractor input:
 * each cited article's text becomes a seed file and what the teacher gave (publication date,
 * publisher, URL, language) becomes its sources.json entry, so `npm run extract -- --seeds
 * bundle.json` builds a school's timeline from the articles a teacher collected.
 */
import { CollectionBundle } from '../../../src/model/collection';
import { ExtractError } from '../errors';
import type { Inputs } from './readInputs';

/** Pure: the bundle's text in, the pipeline's inputs out; a bad bundle is one failure naming it. */
export function bundleToInputs(file: string, text: string): Inputs {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return fail(file, `not valid JSON (${(e as Error).message})`);
  }
  const r = CollectionBundle.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0];
    return fail(
      file,
      `not a Shejire collection file: ${issue?.path.join('.') || '(root)'} ${issue?.message ?? ''}`.trim(),
    );
  }
  const { sources, texts } = r.data.collection;
  const encoder = new TextEncoder();
  const failures: ExtractError[] = [];
  const meta: Record<string, Record<string, string>> = {};
  const files = sources.flatMap((s) => {
    const body = texts[s.id];
    if (body === undefined) {
      failures.push(new ExtractError(file, `the text of ${s.file} is missing`));
      return [];
    }
    meta[s.file] = {
      language: s.language,
      // A date read from the article's own header is found again; one the teacher gave is kept.
      ...(s.published && s.publishedFrom === 'sources.json' ? { published: s.published } : {}),
      ...(s.publisher ? { publisher: s.publisher } : {}),
      ...(s.url ? { url: s.url } : {}),
    };
    return [{ file: s.file, bytes: encoder.encode(body) }];
  });
  return {
    files,
    failures,
    sourcesJson: { file: 'sources.json', text: JSON.stringify(meta) },
    curated: r.data.collection,
  };
}

function fail(file: string, reason: string): Inputs {
  return { files: [], failures: [new ExtractError(file, reason)], sourcesJson: undefined };
}
