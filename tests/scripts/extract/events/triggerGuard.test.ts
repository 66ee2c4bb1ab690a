/**
 * Every trigger starts at a word start (the guard W), so that on text with few word starts (one
 * 5 MB "word") firstMatches tries it only there instead of scanning the whole text with it.
 */
import { describe, expect, it } from 'vitest';
import { W_COMPILED } from '../../../../scripts/extract/events/trigger';
import { KK_TRIGGERS } from '../../../../scripts/extract/locales/kk/events/triggers';
import { RU_TRIGGERS } from '../../../../scripts/extract/locales/ru/events/triggers';

describe('trigger patterns are guarded by a word start', () => {
  for (const [lang, lexicon] of [
    ['kk', KK_TRIGGERS],
    ['ru', RU_TRIGGERS],
  ] as const)
    it(lang, () => {
      const unguarded = lexicon
        .filter((t) => !t.pattern.source.startsWith(W_COMPILED) || t.pattern.global)
        .map((t) => `${t.type}/${t.facet}`);
      expect(unguarded).toEqual([]);
    });
});
