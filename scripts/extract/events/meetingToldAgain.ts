import type { Candidate } from './candidate';
import { FROM_PUBLICATION } from './combine';
import { surnameOf } from './canonicalNames';

/**
 * A meeting told again with no day of its own and no one new: "Встреча на высшем уровне прошла во
 * Дворце независимости", "Алдымен шағын құрамда, кейін кеңейтілген құрамда кездесу болды" after the
 * summit or talks the article dated that day. Dated by the publication only, it is the meeting told
 * before on that day, not a second one; a meeting with a person the earlier one lacks ("принял
 * президента Турции") stays its own.
 */
export function meetingToldAgain(before: Candidate, again: Candidate): boolean {
  return (
    before.type === 'meeting' &&
    again.type === 'meeting' &&
    !before.generic &&
    before.status === again.status &&
    before.date !== undefined &&
    again.date !== undefined &&
    !FROM_PUBLICATION.has(before.date.method) &&
    FROM_PUBLICATION.has(again.date.method) &&
    before.date.edtf === again.date.edtf &&
    before.sentences[0]!.start < again.sentences[0]!.start &&
    again.actors.every((p) => before.actors.some((q) => surnameOf(q.name) === surnameOf(p.name)))
  );
}
