import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, toCsv, toCsvField } from '../../../src/classroom/toCsv';
import { fixture } from './fixture';

// A small RFC 4180 reader, so the test checks that the output parses back, not its spelling.
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted || (c !== '"' && c !== ',' && c !== '\r')) {
      field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    }
  }
  return rows;
}

describe('toCsvField', () => {
  it('quotes commas, quotes and line breaks and doubles quotes', () => {
    expect(toCsvField('plain')).toBe('plain');
    expect(toCsvField('a "b", c')).toBe('"a ""b"", c"');
    expect(toCsvField('x\ny')).toBe('"x\ny"');
  });

  it('defuses spreadsheet formulas but keeps a leading dash before a space', () => {
    expect(toCsvField('=1+1')).toBe("'=1+1");
    expect(toCsvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(toCsvField('-1')).toBe("'-1");
    expect(toCsvField('- дәйексөз')).toBe('- дәйексөз');
  });
});

describe('toCsv', () => {
  const csv = toCsv(fixture.events, fixture.sources, 'ru');

  it('starts with a BOM and the header row, ends rows with CRLF', () => {
    expect(csv.startsWith(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('holds every event once, in chronological order, with fields that parse back', () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.slice(1).map((r) => r[0])).toEqual([
      'renaming-2022-03-01',
      'meeting-2022-03',
      'campaign-2022-10-06',
      'election-2022-11-20',
      'coalition-2026',
    ]);
    const election = rows.find((r) => r[0] === 'election-2022-11-20')!;
    expect(election).toEqual([
      'election-2022-11-20',
      '2022-11-20',
      'day',
      'election',
      'Президент сайлауы (ru)',
      'Сайлау өтті, "нәтиже" белгілі,\nекінші жол',
      'Астана',
      'Тоқаев',
      'https://example.org/a?x=1; Мақала s2',
    ]);
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
  });
});
