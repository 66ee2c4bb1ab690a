import { describe, expect, it } from 'vitest';
import { EventsFile, Span } from '../../../src/model/schema';

describe('Span', () => {
  it('rejects a span whose offsets disagree with its text', () => {
    expect(Span.safeParse({ start: 0, end: 3, text: 'ab' }).success).toBe(false);
    expect(Span.safeParse({ start: 2, end: 4, text: 'ab' }).success).toBe(true);
  });
});

describe('EventsFile', () => {
  it('accepts an empty file of the current version and rejects another version', () => {
    expect(
      EventsFile.safeParse({ schemaVersion: 1, sources: [], events: [], unplaced: [] }).success,
    ).toBe(true);
    expect(
      EventsFile.safeParse({ schemaVersion: 2, sources: [], events: [], unplaced: [] }).success,
    ).toBe(false);
  });
});
