import type { z } from 'zod';

/** One problem of an invalid events file, located so a reader can find it in the JSON. */
export interface DataIssue {
  /** "events", "sources" or "unplaced" when the issue is inside one item of those lists. */
  list: string | null;
  /** 0-based position in that list. */
  index: number | null;
  /** The item's id when it has one (events and sources do). */
  itemId: string | null;
  /** The field path inside the item, dotted: "date.precision", "actors.0.name". */
  field: string;
  /** zod's issue code (invalid_type, invalid_value, too_small, …): the UI turns it into words. */
  code: string;
  /** zod's own English message, shown as a detail. */
  message: string;
}

function itemIdAt(raw: unknown, list: string, index: number): string | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const items = (raw as Record<string, unknown>)[list];
  if (!Array.isArray(items)) return null;
  const item: unknown = items[index];
  if (typeof item !== 'object' || item === null) return null;
  const id = (item as Record<string, unknown>).id;
  return typeof id === 'string' ? id : null;
}

/**
 * Turn zod issues into located problems: which item of which list, which field.
 * @example describeIssues(raw, err.issues)[0] // { list: 'events', index: 3, itemId: 'x', field: 'date.precision', … }
 */
export function describeIssues(raw: unknown, issues: readonly z.core.$ZodIssue[]): DataIssue[] {
  return issues.map((issue) => {
    const path = issue.path.map(String);
    const [head, second, ...rest] = issue.path;
    const inList = typeof head === 'string' && typeof second === 'number';
    return {
      list: inList ? head : null,
      index: inList ? second : null,
      itemId: inList ? itemIdAt(raw, head, second) : null,
      field: inList ? rest.map(String).join('.') : path.join('.'),
      code: issue.code,
      message: issue.message,
    };
  });
}
