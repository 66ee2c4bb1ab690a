/** Version of the events file format (src/model/schema.ts); kept apart so exports need no zod. */
export const SCHEMA_VERSION = 1;
