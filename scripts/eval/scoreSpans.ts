export interface SpanScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Exact-span scores: a prediction counts only when start and end both match a gold span.
 * Inputs are lists of keys (e.g. "sentence:start:end"), so any grouping can be scored.
 * @example scoreSpans(['0:0:4'], ['0:0:4', '0:5:9']).precision // 0.5
 */
export function scoreSpans(gold: readonly string[], predicted: readonly string[]): SpanScore {
  const g = new Set(gold);
  const p = new Set(predicted);
  let tp = 0;
  for (const key of p) if (g.has(key)) tp += 1;
  const fp = p.size - tp;
  const fn = g.size - tp;
  const precision = p.size === 0 ? 0 : tp / p.size;
  const recall = g.size === 0 ? 0 : tp / g.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}
