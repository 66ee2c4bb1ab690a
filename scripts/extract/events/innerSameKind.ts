/**
 * A kind's plain cue (its facet named as the kind: the bare "заң") inside a longer cue of that kind,
 * whose company (the verb its `also` asks for) is only in the longer one, names the same act: the
 * longer says which step it is. The bare law noun of "Мәжіліс заң жобасын мақұлдады" lies inside
 * the cue of the bill passing the chamber ("заң жобасын … мақұлдады"); kept, it led the sentence
 * and titled it just "Law". (Not one whose verb stands apart: "Законопроект был внесен …, и
 * принят 3 апреля" tells the adoption besides the submission; nor inside a cue that counts only
 * with a date of its own, `needsDate`: "Мәжіліс Салық кодексін қабылдады" stays the law.)
 */
import type { TriggerHit } from './findTriggers';

/** Whether cue `a` lies within the words of a longer cue `b` (shared with findTriggers.ts). */
export function liesWithin(a: TriggerHit, b: TriggerHit): boolean {
  return (
    a !== b &&
    a.at >= b.at &&
    a.at + a.text.length <= b.at + b.text.length &&
    a.text.length < b.text.length
  );
}

function inside(sentence: string, a: TriggerHit, b: TriggerHit): boolean {
  if (
    !liesWithin(a, b) ||
    a.trigger.facet !== a.trigger.type ||
    b.trigger.type !== a.trigger.type ||
    b.trigger.facet === a.trigger.facet ||
    b.topic ||
    b.trigger.needsDate
  )
    return false;
  const rest = `${sentence.slice(0, b.at)} ${sentence.slice(b.at + b.text.length)}`;
  return (a.trigger.also ?? []).every((re) => re.test(b.text) && !re.test(rest));
}

/** The hits without a plain cue inside a longer one of its kind (see above). */
export function withoutInnerSameKind(sentence: string, hits: TriggerHit[]): TriggerHit[] {
  return hits.filter((a) => !hits.some((b) => inside(sentence, a, b)));
}
