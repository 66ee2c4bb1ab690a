/**
 * Whose act the trigger tells, when a sentence names several organisations: the one named nearest
 * before it ("«AMANAT» партиясының … съезі"), which events/describe.ts subjectOf prefers.
 */
import type { Organisation } from '../../../src/model/schema';

/** The organisation named nearest before the trigger at `at` (a text offset), if any. */
export function focusOrg(orgs: Organisation[], at: number): string | undefined {
  const before = orgs
    .filter((o) => o.evidence.end <= at)
    .sort((a, b) => b.evidence.end - a.evidence.end);
  return before[0]?.id;
}
