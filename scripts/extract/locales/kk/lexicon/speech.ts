import type { SpeechWords } from '../../../arguments/speechWords';

/**
 * Verbs of saying that attach a quote to its speaker: `«…», – деді Бауыржан Ибраев`.
 * Matched as whole words right after the closing quote (and an optional comma and dash).
 */
// prettier-ignore
export const KK_SPEECH_VERBS: readonly string[] = [
  'деді', 'деп', 'дейді', 'деген', 'атап өтті', 'мәлімдеді', 'айтты', 'түйіндеді',
  'қосты', 'жазды', 'атап көрсетті',
];

/**
 * "According to" after a speaker in the genitive: "Ерлан Қариннің айтуынша, …", "министрдің
 * мәліметінше" (a regular-expression alternation; speechTag.ts, events/quoteTag.ts).
 */
export const KK_ACCORDING_TO =
  'айтуынша|сөзінше|мәліметінше|хабарлауынша|пайымдауынша|пікірінше|айтуы[ \\u00a0]+бойынша';

/** Pronouns that point back to the last person named: `– деді ол`. */
export const KK_PRONOUNS: readonly string[] = ['ол'];

export const KK_SPEECH: SpeechWords = { verbs: KK_SPEECH_VERBS, pronouns: KK_PRONOUNS };
