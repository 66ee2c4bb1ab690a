import type { Detail } from './levelOfDetail';

/**
 * Wraps a label function so each (item, detail) label is built once: labels are laid out on every
 * zoom frame, and rebuilding them (date-fns formatting included) showed up in profiles.
 * Make a new one whenever the words or formatters change.
 * @example const labelOf = memoizeLabels((it, d) => it.id); labelOf(item, 'labels')
 */
export function memoizeLabels<T extends { id: string }>(
  labelOf: (item: T, detail: Detail) => string,
): (item: T, detail: Detail) => string {
  const cache = new Map<string, string>();
  return (item, detail) => {
    const key = `${detail}|${item.id}`;
    let text = cache.get(key);
    if (text === undefined) cache.set(key, (text = labelOf(item, detail)));
    return text;
  };
}
