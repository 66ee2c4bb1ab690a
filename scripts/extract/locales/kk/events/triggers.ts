/**
 * Kazakh event triggers. Stems carry an optional `\p{L}*` tail so that every case and possessive
 * form matches (съезі, съезінде, съезін); Kazakh is verb-final, so verb cues are past or
 * present forms of the reporting verb.
 */
import { re, W, type Trigger } from '../../../events/trigger';

export const KK_TRIGGERS: Trigger[] = [
  { type: 'congress', facet: 'congress', pattern: re(`${W}(?:съез\\p{L}*|құрылтай\\p{L}*|кезектен\\s+тыс\\s+[IVXLC]+\\b)`) },
  { type: 'renaming', facet: 'renaming', pattern: re(`(?:деп|болып)\\s+(?:өзгерт|ауыстыр)\\p{L}*|${W}атау\\p{L}*\\s+(?:\\S+\\s+){0,3}(?:өзгерт|ауыстыр)\\p{L}*|${W}ребре\\p{L}*`) },
  { type: 'election', facet: 'election', pattern: re(`${W}(?:сайлау(?!алды|шы|\\s+алдында)\\p{L}*|дауыс\\s+бер\\p{L}*|сайланатын\\p{L}*)`) },
  { type: 'referendum', facet: 'referendum', pattern: re(`${W}референдум\\p{L}*`) },
  { type: 'coalition', facet: 'launch', pattern: re(`${W}коалиция\\p{L}*`), also: [re(`${W}(?:жұмыс\\p{L}*\\s+баста\\p{L}*|жұмысқа\\s+(?:\\p{L}+\\s+){0,2}кіріс\\p{L}*|құрылды|құрылған|іске\\s+қосыл\\p{L}*)`)] },
  { type: 'coalition', facet: 'composition', pattern: re(`${W}коалиция\\p{L}*\\s+құрам\\p{L}*`), also: [re(`${W}(?:енген|енді|кірді|бар)${'(?![\\p{L}])'}`)] },
  { type: 'headquarters', facet: 'opening', pattern: re(`${W}штаб\\p{L}*`), also: [re(`${W}(?:ашыл\\p{L}*|құрыл\\p{L}*|ашты|жұмыс\\p{L}*\\s+баста\\p{L}*)`)] },
  { type: 'address', facet: 'address', pattern: re(`${W}жолдау\\p{L}*`) },
  { type: 'membership', facet: 'tickets', pattern: re(`${W}партиялық\\s+билет\\p{L}*|партия\\s+қатарына\\s+(?:жаңадан\\s+)?қабылдан\\p{L}*`) },
  { type: 'appointment', facet: 'appointment', pattern: re(`${W}(?:тағайында\\p{L}*|қызметіне\\s+бекіт\\p{L}*)`) },
  { type: 'reform', facet: 'reform', pattern: re(`${W}реформа\\p{L}*`), also: [re(`${W}(?:ұсын(?:амын|ады|ды|бақ|атын)|жарияла\\p{L}*|қолға\\s+ал\\p{L}*|жеткізбек)`)] },
  { type: 'meeting', facet: 'summit', pattern: re(`${W}саммит\\p{L}*`) },
  { type: 'meeting', facet: 'forum', pattern: re(`${W}форум\\p{L}*`) },
  { type: 'meeting', facet: 'session', pattern: re(`${W}сессия\\p{L}*`) },
  { type: 'meeting', facet: 'meeting', pattern: re(`${W}кездес(?:ті|кен|еді|іп\\s+өтті)(?![\\p{L}])`) },
  { type: 'meeting', facet: 'discussion', pattern: re(`${W}талқыла(?:нды|ды|у\\s+жалғас\\p{L}*|нып\\s+жатыр)`) },
  { type: 'meeting', facet: 'gathering', pattern: re(`${W}(?:жиын|басқосу|отырыс|жиналыс)\\p{L}*`), generic: true },
  { type: 'proposal', facet: 'proposal', pattern: re(`${W}ұсыныс\\p{L}*\\s+(?:жариял|айт|енгіз|білдір)\\p{L}*`) },
]; // prettier-ignore
