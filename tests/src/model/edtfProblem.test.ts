import { describe, expect, it } from 'vitest';
import { edtfProblem } from '../../../src/model/edtfProblem';

describe('edtfProblem(edtf)', () => {
  it.each([
    '2022-03-01',
    '2022-02-28',
    '2024-02-29',
    '2022-03',
    '2022-21',
    '2022',
    '2026-02-13T19:00:00',
    '2022-10-06/2022-11-19',
    '2022-06-05/..',
    '../2022-06-05',
    '2022-06-05/',
    '2022-03-01/2022-03-01',
  ])('accepts %s', (edtf) => {
    expect(edtfProblem(edtf)).toBeNull();
  });

  it.each([
    ['2022-02-30', /no such day: 2022-02-30/u],
    ['2023-02-29', /no such day/u],
    ['2022-13-01', /no such day/u],
    ['2022-00-00', /no such day/u],
    ['99999', /no such day/u],
    ['2999-01-01', /year 2999 is outside/u],
    ['0999', /year 999 is outside/u],
    ['2022-11-19/2022-10-06', /ends before it starts/u],
    ['../..', /no known end/u],
    ['2022/2023/2024', /not an EDTF/u],
  ])('rejects %s', (edtf, message) => {
    expect(edtfProblem(edtf)).toMatch(message);
  });
});
