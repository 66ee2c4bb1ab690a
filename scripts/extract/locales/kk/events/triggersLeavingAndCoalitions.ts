/**
 * Kazakh triggers of an office left (powers ended by a decree, resignations, retirement) and of
 * coalitions and their headquarters. In lexicon order: see triggers.ts.
 */
import { re, W, type Trigger } from '../../../events/trigger';
import { T, V, AP, GAP } from './triggerPieces';
import { KK_RESIGNATION_ANNOUNCED } from './resignationAnnounced';
import { KK_MANDATE_ENDED, KK_OWN_WILL, KK_POWERS_LAID_DOWN } from './mandateEnded';

/** By a decree, a resolution or an order: the instrumental "Жарлығымен", "Жарлықпен", "қаулысымен", "өкімімен". */
const BY_DECREE = String.raw`(?:[Жж]арлығымен|[Жж]арлықпен|қаулысымен|қаулымен|өкімімен|өкіммен)`;
/** Powers ended: "өкілеттігі мерзімінен бұрын тоқтатылды", "өкілеттігін тоқтатты". */
const ENDED_POWERS = String.raw`өкілеттіг\p{L}*\s+${GAP(5)}тоқтат\p{L}*`;

export const KK_LEAVING_AND_COALITION_TRIGGERS: Trigger[] = [
  // Powers ended by a decree, either order ("Президент Жарлығымен оның депутаттық өкілеттігі
  // мерзімінен бұрын тоқтатылды", "өкілеттігі Жарлықпен тоқтатылды"): the decree's act, as in
  // Russian ("Указом … прекращены полномочия"); powers ended otherwise are a resignation.
  { type: 'decree', facet: 'ended-powers', pattern: re(`${W}(?:${BY_DECREE}\\s+${GAP(6)}${ENDED_POWERS}|өкілеттіг${T}\\s+${GAP(4)}${BY_DECREE}\\s+${GAP(2)}тоқтат${T})`) },
  // A mandate ended by others, not by a decree (mandateEnded.ts): "депутаттың өкілеттігі мерзімінен
  // бұрын тоқтатылды", "депутаттық мандатынан айырылды" (no resignation, unless at one's own request).
  { type: 'other', facet: 'mandate-ended', pattern: re(`${W}${KK_MANDATE_ENDED}`), notAfter: re(KK_OWN_WILL) },
  // A resignation announced or its letter filed, before its plain cue ("отставкаға кететінін мәлімдеді").
  ...KK_RESIGNATION_ANNOUNCED,
  { type: 'resignation', facet: 'resignation', pattern: re(`${W}(?:${KK_POWERS_LAID_DOWN}|отставка${T}|(?:қызмет|лауазым)${T}\\s+${GAP(1)}босат${T}|орн${T}\\s+босат${T}|төрағалықтан\\s+кет${T}|(?:орнынан|қызметінен|лауазымынан|постынан)\\s+(?:кет|түс|бас\\s+тарт|алын)${T}|(?:депутаттық\\s+)?мандат(?:ынан|тан)\\s+бас\\s+${V('тарт')}|(?:мандатын|өкілеттігін)\\s+(?:өз\\s+еркімен\\s+|мерзімінен\\s+бұрын\\s+)?${V('тапсыр')})`) },
  // An official who retires leaves the post: "зейнеткерлікке шықты", "зейнетке кеткен" (not the
  // verbal noun of a pension reform, "зейнеткерлікке шығу жасы").
  { type: 'resignation', facet: 'retirement', pattern: re(`${W}зейнет(?:керлік)?ке\\s+(?:${V('шық')}|${V('кет')})`) },
  { type: 'coalition', facet: 'launch', pattern: re(`${W}коалиция${T}`), also: [re(`${W}(?:жұмыс${T}\\s+баста${T}|жұмысқа\\s+(?:\\p{L}+\\s+){0,2}кіріс${T}|құрыл${T}|${V('құр')}|іске\\s+қосыл${T}|${V('бірік')})`)] },
  // A memorandum on creating a coalition, signed, is the coalition's founding act.
  { type: 'coalition', facet: 'memorandum', pattern: re(`${W}коалиция${T}\\s+${GAP(2)}туралы\\s+(?:меморандум|келісім)${T}`), also: [re(`${W}қол\\s+қо[йюя]${T}`)] },
  { type: 'coalition', facet: 'composition', pattern: re(`${W}коалиция${T}\\s+құрам${T}`), also: [re(`${W}(?:енген|енді|кірді|бар)(?![\\p{L}])`)] },
  { type: 'headquarters', facet: 'opening', pattern: re(`${W}штаб${T}`), also: [re(`${W}(?:${AP('аш')}|құрыл${T}|жұмыс${T}\\s+баста${T})`)] },
]; // prettier-ignore
