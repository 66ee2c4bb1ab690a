import type { Theme } from '../schema';

/**
 * The lanes in display order, as a plain constant: importing the zod enum for its options would
 * put the whole validator into the first chunk. The `satisfies` keeps it in step with the schema.
 */
export const THEME_ORDER = [
  'party',
  'elections',
  'constitution',
  'reforms',
  'society',
  'international',
] as const satisfies readonly Theme[];
