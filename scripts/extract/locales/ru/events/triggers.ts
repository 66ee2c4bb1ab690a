/** Russian event triggers: stems with an optional inflection tail, as in the Kazakh lexicon. */
import { re, W, type Trigger } from '../../../events/trigger';

export const RU_TRIGGERS: Trigger[] = [
  { type: 'congress', facet: 'congress', pattern: re(`${W}(?:съезд\\p{L}*|курултай\\p{L}*)`) },
  { type: 'renaming', facet: 'renaming', pattern: re(`${W}переименова\\p{L}*|${W}ребрендинг\\p{L}*`) },
  { type: 'election', facet: 'election', pattern: re(`${W}(?:выбор(?!оч)\\p{L}*|голосовани\\p{L}*)`) },
  { type: 'referendum', facet: 'referendum', pattern: re(`${W}референдум\\p{L}*`) },
  { type: 'coalition', facet: 'launch', pattern: re(`${W}коалици\\p{L}*`), also: [re(`${W}(?:начал\\p{L}*\\s+работ\\p{L}*|приступил\\p{L}*|создан\\p{L}*|сформирован\\p{L}*)`)] },
  { type: 'coalition', facet: 'composition', pattern: re(`${W}(?:в\\s+состав\\s+)?коалици\\p{L}*`), also: [re(`${W}(?:вошл\\p{L}*|входят|состав\\p{L}*)`)] },
  { type: 'headquarters', facet: 'opening', pattern: re(`${W}штаб\\p{L}*`), also: [re(`${W}(?:открыл\\p{L}*|открыт\\p{L}*|создан\\p{L}*|начал\\p{L}*\\s+работ\\p{L}*)`)] },
  { type: 'address', facet: 'address', pattern: re(`${W}послани\\p{L}*`) },
  { type: 'membership', facet: 'tickets', pattern: re(`${W}партийн\\p{L}*\\s+билет\\p{L}*|${W}принят\\p{L}*\\s+в\\s+(?:ряды\\s+)?парти\\p{L}*`) },
  { type: 'appointment', facet: 'appointment', pattern: re(`${W}назначен\\p{L}*`) },
  { type: 'reform', facet: 'reform', pattern: re(`${W}реформ\\p{L}*`), also: [re(`${W}(?:предлож\\p{L}*|объяв\\p{L}*|представ\\p{L}*|запуст\\p{L}*)`)] },
  { type: 'meeting', facet: 'summit', pattern: re(`${W}саммит\\p{L}*`) },
  { type: 'meeting', facet: 'forum', pattern: re(`${W}форум\\p{L}*`) },
  { type: 'meeting', facet: 'session', pattern: re(`${W}сесси\\p{L}*`) },
  { type: 'meeting', facet: 'meeting', pattern: re(`${W}встретил\\p{L}*|${W}встреч(?:а|и)\\s+с(?![\\p{L}])`) },
  { type: 'meeting', facet: 'discussion', pattern: re(`${W}обсуди\\p{L}*|${W}обсуждени\\p{L}*`) },
  { type: 'meeting', facet: 'gathering', pattern: re(`${W}(?:собрани|заседани)\\p{L}*`), generic: true },
  { type: 'proposal', facet: 'proposal', pattern: re(`${W}(?:предложил\\p{L}*|выступил\\p{L}*\\s+с\\s+предложени\\p{L}*)`) },
]; // prettier-ignore
