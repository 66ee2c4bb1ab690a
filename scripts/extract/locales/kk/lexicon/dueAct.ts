/**
 * Kazakh words of what is due by a deadline (events/dueAct.ts): the verbs of the act, in their
 * active forms (the verbal noun "бекіту", "бекітуі тиіс", "бекітуді", the future "бекітеді", the
 * converb "аяқтап") and their passive ones ("бекітіледі", "құрылады", "аяқталуы тиіс"), lasting
 * ("жалғасады", "сақталады") as a passive; the things that can be due, in any case; who can be
 * due, in the nominative ("Үкімет", "облыс әкімдері"), or instructed, in the dative ("әкімдерге").
 */
import type { DueCues } from '../../../events/dueAct';

const w = (src: string) => new RegExp(`(?<!\\p{L})(?:${src})(?!\\p{L})`, 'iu');
/** Endings of an active verb: verbal noun (and its cases), future, converb, past, participle, intent. */
const ACT = 'у\\p{L}*|ю\\p{L}*|ады|еді|йды|йді|ып|іп|п|ды|ді|ты|ті|ған|ген|қан|кен|мақ|мек|бақ|бек|пақ|пек|атын|етін|йтын|йтін'; // prettier-ignore
/** Endings of a passive or intransitive stem. */
const PAS = 'у\\p{L}*|ады|еді|ды|ді|ты|ті|ған|ген|қан|кен|атын|етін|ып|іп|мақ|мек|бақ|бек|пақ|пек';
const verb = (active: string, passive: string) => [w(`(?:${active})(?:${ACT})`), w(`(?:${passive})(?:${PAS})`)] as const; // prettier-ignore
/** A noun's endings: plural, possessive and case. */
const N = '(?:лар|лер|дар|дер|тар|тер)?(?:ы|і|сы|сі)?(?:н|ны|ні|ды|ді|ты|ті|ға|ге|қа|ке|на|не|ның|нің|дың|дің|тың|тің|да|де|та|те)?'; // prettier-ignore
const NEVER = '(?!)';

export const KK_DUE: DueCues = {
  verbs: [
    ['approve', ...verb('бекіт', 'бекітіл')],
    ['submit', ...verb('енгіз|ұсын', 'енгізіл|ұсыныл')],
    ['adopt', ...verb('қабылда', 'қабылдан')],
    ['prepare', ...verb('дайында|әзірле', 'дайындал|әзірлен')],
    ['complete', ...verb('аяқта', 'аяқтал')],
    ['form', ...verb('құр', 'құрыл')],
    ['publish', ...verb('жарияла', 'жариялан')],
    ['sign', w(`қол\\s+қо(?:ю\\p{L}*|яды|ят|й(?:ып|ды|ған|мақ))`), w(`қол\\s+қойыл(?:${PAS})`)],
    ['agree', ...verb('келіс', 'келісіл')],
    ['hold', ...verb('өткіз', 'өткізіл')],
    ['last', ...verb(NEVER, 'жалғас|созыл|сақтал')],
  ],
  objects: [
    ['regime', w(`режим${N}`)],
    ['bylaws', w(`заңға\\s+тәуелді\\s+(?:нормативтік\\s+құқықтық\\s+)?акті${N}`)],
    ['plan', w(`жоспар${N}`)],
    ['bill', w(`заң\\s+жоба${N}`)],
    ['precinct-commissions', w(`учаскелік\\s+(?:\\p{L}+\\s+){0,2}комиссия${N}`)],
    ['commissions', w(`комиссиялар${N}`)],
    ['road-map', w(`жол\\s+карта${N}`)],
    ['programme', w(`бағдарлама${N}`)],
    ['proposals', w(`ұсыныс${N}`)],
    ['draft-agreement', w(`келісім(?:нің)?\\s+жоба${N}`)],
    ['explanations', w(`түсіндірме${N}`)],
    ['results', w(`қорытынды${N}(?!\\s+бойынша)`)],
    ['public-discussion', w(`(?:қоғамдық|жалпыхалықтық|халықтық)\\s+талқылау${N}`)],
    ['assessment', w(`бағалау\\s+жұмыс${N}`)],
    ['concept', w(`тұжырымдама${N}`)],
    ['decision', w(`шешім${N}`)],
    ['amendments', w(`түзетулер${N}|түзету(?:ді|лер)`)],
    ['working-group', w(`жұмыс\\s+тоб${N}`)],
    ['compensation', w(`өтемақы${N}(?:\\s+төлеу${N})?`)],
    ['printing', w(`басып\\s+шығару${N}`)],
    ['outreach', w(`түсіндіру\\s+жұмыс${N}`)],
    ['report-meetings', w(`есепті\\s+кездесу${N}`)],
    ['applications', w(`өтінім${N}\\s+қабылдау${N}|өтініш${N}\\s+қабылдау${N}`)],
    ['registration', w(`тіркеу${N}`)],
    // (An election's only: the campaign of a loan programme is not one, events/happeningOf.ts.)
    ['campaign', w(`науқан${N}`)],
    ['census', w(`сана[қғ]${N}`)],
    ['charter', w(`жарғы${N}`)],
    ['strategy', w(`стратегия${N}`)],
    ['budget', w(`бюджет${N}`)],
    ['work', w(`жұмыс${N}`)],
  ],
  who: [
    // (The head of state named by his post alone, in the nominative: "Мемлекет басшысы … бекітті";
    // not the President's Administration, "Президент Әкімшілігі".)
    ['head-of-state', w('Мемлекет\\s+басшысы|Президент(?!\\s+Әкімшілі)')],
    ['government', w('Үкімет')],
    ['ministry', w('министрлі(?:к|гі)')],
    ['akimats', w('әкімдіктер(?:і)?')],
    ['akimat', w('әкімді(?:к|гі)')],
    ['regional-akims', w('облыс\\s+әкімдері')],
    ['akims', w('әкімдер(?:і)?')],
    ['local-bodies', w('жергілікті\\s+атқарушы\\s+органдар(?:ы)?')],
    ['working-group', w('жұмыс\\s+тобы')],
    ['parties', w('тараптар')],
    ['cec', w('ОСК|Орталық\\s+сайлау\\s+комиссиясы')],
    ['commission', w('комиссия(?:сы)?')],
  ],
  addressee: [
    ['government', w('Үкіметке')],
    ['ministry', w('министрлікке|министрлігіне')],
    ['akimats', w('әкімдіктерге')],
    ['akimat', w('әкімдікке')],
    ['regional-akims', w('облыс\\s+әкімдеріне')],
    ['akims', w('әкімдерге')],
    ['local-bodies', w('жергілікті\\s+атқарушы\\s+органдарға')],
    ['working-group', w('жұмыс\\s+тобына')],
  ],
  instructs: /(?<!\p{L})(?:тапсыр|міндетте|жүктел|мерзім\s+бер)/iu,
  by: /(?<!\p{L})(?:дейін|шейін)(?!\p{L})/iu,
  // (A converb closing a clause: "аяқтап, … беруі тиіс".)
  joins: /\p{L}{2,}[аәеоөұүыі]п\s*$/iu,
};
