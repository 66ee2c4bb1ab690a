/** The words around a Kazakh cue that make it no event of its own (see events/triggerContext.ts). */
import type { TriggerContext } from '../../../events/triggerContext';
import { KK_PROPOSABLE_ACTS, KK_PROPOSED_ACT } from './proposedAct';
import { KK_SOURCE_REFERENCE } from './sourceReference';

/** What a vote or gathering owns: its plan, calendar, observers ("сайлаудың күнтізбелік жоспарын бекітті"). */
const POSSESSED_HEADS = String.raw`(?:жоспар|күнтізбе|кесте|хаттама|бюллетен|дайындық|мерзім|тәртіб|қаржыландыр|байқаушы|бақылаушы|учаске|шығын|ереже|бюджет|график|календар)\p{L}*`;

export const KK_TRIGGER_CONTEXT: TriggerContext = {
  // "сайлау туралы заң", "сайлауын тағайындау туралы Жарлық": only verbal nouns in -у between, so
  // "отырыста бюджет туралы заң" is no topic.
  topic: {
    after:
      /^\s+(?:[\p{L}-]+[ую]\s+){0,2}туралы[»"”]?\s+(?:заң|жарлы|қаулы|өкім|түзету|конституциялық\s+заң)/iu,
  },
  // The verbal noun "қабылдау" after the law, then what it names: "заң қабылдау туралы ұсыныс",
  // "заң қабылдау құқығы", "заңдар қабылдау тәртібі".
  lawInAbstract: {
    after:
      /^[\p{L}-]*\s+(?:[\p{L}-]+\s+)?қабылдау(?:ды|ға|дың)?\s+(?:туралы|жөнінде|құқ|өкілетті|тәртіб|рәсім|процес|үдеріс|идея|бастама|ұсыныс)/iu,
  },
  // "референдумда", "референдуммен", "референдум арқылы".
  atReferendum: /референдум(?:да|мен|\s+арқылы)(?![\p{L}])/iu,
  // "Референдум 5 маусымда түзетулерді мақұлдады": the bare nominative at the head of its clause,
  // the act's object and verb after it (Kazakh puts the verb last), with no verb between, finite
  // or a participle or converb, and no joint; not the first word of a compound the referendum
  // qualifies ("референдум комиссиясы", possessed: -ы, -і).
  referendumSubject: new RegExp(
    String.raw`^референдум(?![\p{L}])(?!\s+[\p{L}-]*[ыі](?![\p{L}]))(?:\s+(?!(?:және|ал|бірақ|мен|бен|пен)\s)(?![\p{L}-]*(?:ды|ді|ты|ті|п|ған|ген|қан|кен|тын|тін|ғанын|генін|тынын|тінін)(?![\p{L}]))[\p{L}\p{N}«»"“”.-]+){0,5}?\s*$`,
    'iu',
  ),
  // "Референдумды өткізу туралы шешім", "отырысын өткізу ұсынылып", "сайлауға көшуді ұсынды",
  // "референдумда шешу керек".
  decided: {
    after:
      /^\s+(?:(?:[\p{L}-]+[ую]\s+){0,2}туралы\s+(?:шешім|ұсыныс|бастама|идея)|(?:[\p{L}-]+[ую]\s+(?:(?:мен|және|бен|пен)\s+)?){1,3}жөнінде|(?:өткізу|шақыру|құру|ұйымдастыру|шешу|шығару)(?:ды|ді)?\s+(?:ұсын|жоспарлан|қажет|керек|көзделуде|мүмкін|идея|бастама)|[\p{L}-]+(?:уды|уді|юды|юді)\s+(?:ұсын|жоспарла))/iu,
  },
  // "референдумды қолдау үшін коалиция құрды"; and the goal of an appeal, "азаматтарды
  // референдумға (белсене) қатысуға шақырды" (called on to vote: the vote is not held that day).
  purpose: {
    after:
      /^\s+(?:(?:[\p{L}-]+[ую]\s+){0,2}үшін(?![\p{L}])|(?:белсене\s+)?(?:қатысу|бару|келу)(?:ға|ге)\s+(?:[\p{L}-]+\s+)?(?:шақыр|үнде))/iu,
  },
  // (Not read in Kazakh: "Жолдауды іске асыру" most often follows a participle that dates the
  // Address itself, "1 қыркүйекте жария етілген Жолдауды іске асыру".)
  addressOwned: {},
  possessed: { after: new RegExp(String.raw`^\s+(?:[\p{L}-]+\s+){0,1}${POSSESSED_HEADS}`, 'iu') },
  // (The owner is in the genitive: "сайлаудың жоспары".)
  possessorForm: /(?:ның|нің|дың|дің|тың|тің)$/u,
  // A future or habitual participle then a noun ("референдумға қатысатын азаматтар", those who
  // will take part): the vote names a class of people. (A past participle, "Саммитін өткізген
  // ел", still tells that the summit was held.)
  attributeAfter: /^\s+[\p{L}-]+(?:атын|етін|йтын|йтін)\s+(?!болатын)[\p{Ll}\p{Lu}]/u,
  // The vote's dative before "кандидат" or "үміткер": "президент сайлауына кандидат ұсынды",
  // "Мәжіліс сайлауына үміткерлер тізімін ұсынды".
  candidacy: {
    ending: /(?:ға|ге|қа|ке|на|не)$/u,
    after: /^\s+(?:[\p{L}-]+\s+)?(?:кандидат|үміткер)/iu,
  },
  // The accusative right before proposing or planning ("әкімдерін сайлауды ұсынды", "съезді
  // жоспарлап отыр"), or before a verbal noun of purpose in the dative ("референдумды
  // ұйымдастыруға … бөлінді", money to organise it): what was proposed or served, not a vote held.
  proposedObject: {
    ending: /(?:ды|ді|ны|ні|ты|ті|сын|сін)$/u,
    after:
      /^\s+(?:(?:[\p{L}-]+\s+)?(?:ұсын|жоспарла|бастамашыл)|[\p{L}-]+(?:уға|уге|юға|юге)(?![\p{L}]))/iu,
  },
  proposedAct: { acts: KK_PROPOSABLE_ACTS, after: KK_PROPOSED_ACT },
  sourceReference: KK_SOURCE_REFERENCE,
  // Noun compounds: "Сайлау кодексі" is a code about elections, "референдум комиссиясы" a commission.
  nounModifier: /^(?:сайлау|референдум|съезд|заң)$/iu,
  // (Or with "бойынша" between: "Референдум бойынша үгіт науқаны 20 наурызда басталады" is the
  // campaign's start; the vote's own day is not told.)
  modifierLink: /^\s+(?:бойынша\s+)?$/u,
  // "бүгін өткен брифингте" is the briefing, not a second thing that happened.
  describingParticiple: /(?:ған|ген|қан|кен|атын|етін|йтын|йтін)$/u,
  // Whom, in the accusative, before the verbal noun: "Олжас Бектеновті Премьер-министр етіп
  // тағайындау туралы", "оны тағайындау туралы".
  appointee: {
    before: /[\p{L}-]+(?:ны|ні|ды|ді|ты|ті)\s+(?:[\p{L}\p{N}«»"“”-]+\s+){0,8}$/iu,
  },
  // "депутаттарын тіркеу туралы қаулы".
  registrationByDecree: true,
  // The locative: "отырысында", "сессияда", "саммитінде", "құрылтайда".
  // (Told as held: "1 наурызда өткен кезектен тыс съезде".)
  atGathering: {
    ending: /(?:да|де|та|те)$/u,
    held: /(?<![\p{L}])(?:өткен|болған)\s+(?:[\p{L}\p{N}«»"“”-]+\s+){0,4}$/iu,
  },
  // "ШЫҰ саммиті аясында", "форум шеңберінде", "саммит кулуарында" (the postposition after it).
  sidelines: { after: /^\p{L}*\s+(?:аясында|шеңберінде|кулуарында)(?![\p{L}])/iu },
  // A visit as the time of an act: "сапары барысында", "сапар кезінде", "сапары аясында",
  // "сапарының шеңберінде".
  visitSetting: {
    after: /^\s+(?:барысында|кезінде|аясында|шеңберінде|уақытында)(?![\p{L}])/iu,
  },
  // The accusative of a name, the one received: "Бектеновті қабылдады".
  governedName: /^\p{Lu}\p{Ll}+(?:ты|ті|ны|ні|ды|ді)$/u,
  // "Сайлау Жақыпов" is a man called Сайлау; an inflected noun ("Сайлауда") is no given name.
  givenNameBeforeSurname: {
    inflected:
      /(?:да|де|та|те|ға|ге|қа|ке|ны|ні|ды|ді|ты|ті|нан|нен|дан|ден|тан|тен|мен|бен|пен|ның|нің|дың|дің|тың|тің|сы|сі)$/u,
  },
};
