/**
 * Talks held on the sidelines of a summit or a forum ("на полях саммита ШОС Токаев провел
 * переговоры с …", "ШЫҰ саммиті аясында … кездесті"): the talks are the sentence's event, and the
 * summit only where they were held, no event of its own (told with no date, it was placed on the
 * publication day as a new summit and gave the talks its title).
 */
import type { SourceLang } from '../../../src/model/schema';
import type { TriggerHit } from './findTriggers';
import { TRIGGER_CONTEXT } from './triggerContext';

/** Gatherings that have sidelines. */
const SETTINGS = new Set(['summit', 'forum', 'council-session']);
/** Talks and meetings held on them. */
const TALKS = new Set(['visit', 'meeting']);

export function atSidelines(hits: TriggerHit[], sentence: string, lang: SourceLang): TriggerHit[] {
  const { sidelines } = TRIGGER_CONTEXT[lang];
  const talks = hits.some(
    (h) =>
      h.trigger.type === 'meeting' && TALKS.has(h.trigger.facet) && !h.topic && !h.trigger.fallback,
  );
  if (!talks) return hits;
  const setting = (h: TriggerHit) => {
    const end = h.at + h.text.length;
    return (
      h.trigger.type === 'meeting' &&
      SETTINGS.has(h.trigger.facet) &&
      (sidelines.before?.test(sentence.slice(Math.max(0, h.at - 40), h.at)) === true ||
        sidelines.after?.test(sentence.slice(end, end + 30)) === true)
    );
  };
  return hits.map((h) => (setting(h) ? { ...h, topic: true } : h));
}
