import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

describe('tag-dates CLI', () => {
  it('tag-dates writes one line per input, reports a malformed line and exits 1', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Мен 16-наурызда ұсынамын.', dct: '2022-03-01' }),
      '{not json',
      JSON.stringify({ id: 'b', text: 'Выборы 20 ноября.' }),
    ].join('\n');
    const r = spawnSync('npx', ['tsx', 'scripts/extract/tag-dates.ts'], {
      cwd: root,
      input,
      encoding: 'utf8',
    });
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({
      id: 'a',
      timexes: [{ start: 4, end: 15, text: '16-наурызда', type: 'DATE', value: '2022-03-16' }],
    });
    expect(lines[1]).toEqual({ id: null, error: 'line 2: not valid JSON' });
    expect(lines[2]).toMatchObject({
      id: 'b',
      timexes: [{ text: '20 ноября', value: 'XXXX-11-20' }],
    });
    expect(r.stderr).toContain('line 2');
    expect(r.status).toBe(1);
  });
});
