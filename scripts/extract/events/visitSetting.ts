/**
 * A visit named as the setting of what was done ("Германияға сапары барысында 20 келісімге қол
 * қойылды", "в ходе визита в Германию подписано 20 соглашений"): the act is the sentence's event,
 * the visit only when it was done, as a gathering named as the place of an act is
 * (findTriggers.ts). A visit told with nothing else done in its sentence stays an event.
 */
import type { SourceLang } from '../../../src/model/schema';
import type { TriggerHit } from './findTriggers';
import { TRIGGER_CONTEXT } from './triggerContext';

const isVisit = (h: TriggerHit) => h.trigger.type === 'meeting' && h.trigger.facet === 'visit';

/** The hits, with a visit named as the setting of another act the sentence tells made its topic. */
export function visitAsSetting(
  hits: readonly TriggerHit[],
  sentence: string,
  lang: SourceLang,
): TriggerHit[] {
  const { after, before } = TRIGGER_CONTEXT[lang].visitSetting;
  const setting = (h: TriggerHit) => {
    const end = h.at + h.text.length;
    return (
      after?.test(sentence.slice(end, end + 40)) === true ||
      before?.test(sentence.slice(Math.max(0, h.at - 40), h.at)) === true
    );
  };
  const act = hits.some((h) => !isVisit(h) && !h.topic && !h.trigger.fallback);
  if (!act) return [...hits];
  return hits.map((h) => (isVisit(h) && !h.topic && setting(h) ? { ...h, topic: true } : h));
}
