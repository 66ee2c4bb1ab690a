/**
 * Stage 9 — validate: the shared zod schema, plus the promise zod cannot check alone — every
 * evidence span is an exact substring of its source's text.
 */
import { EventsFile, type Span } from '../../../src/model/schema';
import { ExtractError } from '../errors';

export function validate(data: EventsFile, texts: Map<string, string>): ExtractError[] {
  const errors: ExtractError[] = [];
  const r = EventsFile.safeParse(data);
  if (!r.success) {
    for (const i of r.error.issues.slice(0, 20))
      errors.push(new ExtractError('events.json', `${i.path.join('.')}: ${i.message}`));
  }
  const check = (sourceId: string, span: Span | undefined, where: string) => {
    if (!span) return;
    const text = texts.get(sourceId);
    if (text === undefined || text.slice(span.start, span.end) !== span.text) {
      errors.push(
        new ExtractError(
          sourceId,
          `${where}: evidence "${span.text.slice(0, 40)}" is not at ${span.start}–${span.end} of the source`,
        ),
      );
    }
  };
  for (const e of data.events) {
    for (const s of e.sources)
      s.evidence.forEach((span, i) => check(s.sourceId, span, `${e.id} evidence ${i}`));
    const de = e.date.evidence;
    if (de) {
      check(de.sourceId, de.sentence, `${e.id} date sentence`);
      check(de.sourceId, de.expression, `${e.id} date expression`);
    }
    const home = e.sources[0]!.sourceId;
    const inAny = (span: Span, what: string) => {
      if (
        !e.sources.some((s) => texts.get(s.sourceId)?.slice(span.start, span.end) === span.text)
      ) {
        errors.push(
          new ExtractError(
            home,
            `${e.id} ${what}: "${span.text.slice(0, 40)}" is not at ${span.start}–${span.end} of any of its sources`,
          ),
        );
      }
    };
    for (const x of [...e.actors, ...e.places, ...e.organisations, ...e.figures, ...e.quotes])
      inAny(x.evidence, 'argument');
  }
  for (const u of data.unplaced) check(u.sourceId, u.evidence, `unplaced ${u.kind}`);
  return errors;
}
