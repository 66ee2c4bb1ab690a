/**
 * Shared by the Russian name tests (agreedName, declinedName, threePartName): sentence frames with
 * a slot "{}" for a name in the case the frame governs, filled from each name's written case forms.
 */
import { findPersons } from '../../../../../scripts/extract/arguments/findPersons';

/** The persons the sentence names other than the frames' subject, Tokayev. */
export const guests = (sentence: string) =>
  findPersons(sentence, 'ru')
    .map((p) => p.name)
    .filter((n) => n !== 'Токаев');

/** Every frame filled with every name's form in the frame's case: [sentence, nominative]. */
export const framedForms = <Case extends string>(
  names: ReadonlyArray<readonly [string, Record<Case, string>]>,
  frames: ReadonlyArray<readonly [Case, string]>,
) =>
  names.flatMap(([name, cased]) =>
    frames.map(([c, frame]) => [frame.replace('{}', cased[c]), name] as const),
  );
