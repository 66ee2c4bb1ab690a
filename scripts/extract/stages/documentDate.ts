/**
 * The document creation time against which relative expressions are resolved. A publication date
 * known only as an interval gives two ends; an open end ("2022-06-05/..") gives only one.
 */
import type { Precision } from '../../../src/model/schema';

export interface DocumentDate {
  edtf: string;
  /** YYYY-MM-DD of each known end; equal for an exact day. */
  from: string;
  to?: string;
  precision: Precision;
}

export function toDocumentDate(published: string | undefined): DocumentDate | undefined {
  if (!published) return undefined;
  const [a, b] = published.split('/');
  if (b !== undefined) {
    const from = a && a !== '..' ? firstDay(a) : undefined;
    const to = b && b !== '..' ? lastDay(b) : undefined;
    if (!from && !to) return undefined;
    return {
      edtf: published,
      from: (from ?? to)!,
      to: from ? to : undefined,
      precision: 'interval',
    };
  }
  const day = published.slice(0, 10);
  if (/^\d{4}-\d{2}-\d{2}$/u.test(day)) return { edtf: day, from: day, to: day, precision: 'day' };
  if (/^\d{4}-\d{2}$/u.test(day))
    return { edtf: day, from: firstDay(day), to: lastDay(day), precision: 'month' };
  if (/^\d{4}$/u.test(day))
    return { edtf: day, from: firstDay(day), to: lastDay(day), precision: 'year' };
  return undefined;
}

function firstDay(d: string): string {
  return (d + '-01-01').slice(0, 10);
}

function lastDay(d: string): string {
  if (d.length >= 10) return d.slice(0, 10);
  if (d.length === 7) {
    const [y, m] = d.split('-').map(Number) as [number, number];
    return `${d}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  }
  return `${d.slice(0, 4)}-12-31`;
}
