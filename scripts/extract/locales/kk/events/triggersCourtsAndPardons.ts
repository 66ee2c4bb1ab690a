/**
 * Kazakh triggers of a body dissolved, ratifications and amnesties, pardons, and of courts:
 * verdicts, arrests, charges, bribes, trials, acquittals, detentions. In lexicon order: see
 * triggers.ts.
 */
import { re, W, type Trigger } from '../../../events/trigger';
import { T, V, P, AP, APN, GAP, GUESTS } from './triggerPieces';
import { kkVerb } from './verbForms';
import { KK_CONSTITUTIONAL_RULING } from './constitutionalRuling';
import { rulingBodyNames } from '../lexicon/courts';

/** A court or the assembly of judges by name, the subject of a ruling (lexicon/courts.ts). */
const RULING_BODY = `(?:${rulingBodyNames('kk')})`;

/** Up to n words, none in the dative: the date and the agent's instrumental, not to whom it went
 * ("Мәжіліс 2023 жылғы 5 наурызда таратылды", not "Мәжіліс депутаттарына жоба таратылды"). */
const NO_DATIVE_GAP = (n: number) =>
  String.raw`(?:(?![\p{L}-]+(?:ға|ге|қа|ке|на|не)\s)[\p{L}\p{N}«»"“”.,-]+\s+){0,${n}}`;
/** A person's powers: "оның өкілеттігін", "депутаттық өкілеттігі", "Ермекованың өкілеттігін". */
const PERSONS_POWERS = String.raw`(?:оның|өз|олардың|депутаттық|президенттік|(?:депутат|хатшы|әкім|төраға|сенатор)\p{L}*|\p{Lu}\p{L}*(?:ов|ев|ин|ова|ева|ина)\p{L}*)\s+өкілеттіг\p{L}*`;
/**
 * A ruling that orders an arrest or a release, named before "туралы шешім": "оны екі ай мерзімге
 * қамауға алу туралы шешім қабылдады", "үй қамағына алу туралы сот шешімі" (the step is read by
 * events/courtStep.ts).
 */
const ORDERED_RULING = String.raw`(?:(?:қамауға|қамаққа|тұтқынға|үй\s+қамағына)\s+алу|(?:қамаудан|қамақтан|түрмеден)\s+босату)\s+туралы\s+(?:сот\s+)?шешім\p{L}*`;

/** A treaty in the genitive, possessed or plural too: "келісімнің", "шартының", "хаттамалардың". */
const TREATY_GENITIVE = String.raw`(?:келісім|шарт|конвенция|хаттама|меморандум)\p{L}*(?:ның|нің|дың|дің|тың|тің)`;

export const KK_COURT_AND_PARDON_TRIGGERS: Trigger[] = [
  // A body dissolved ("Мәжілісті таратты"); "жобасы сарапшыларға таратылды" is only handed out.
  // Powers ended early are a body's dissolution, not a person's ("оның өкілеттігін … мерзімінен
  // бұрын тоқтатты": a deputy's or an official's powers, told as a resignation or a sitting's act).
  { type: 'decree', facet: 'dissolution', pattern: re(`${W}(?:(?:Мәжіліс|Парламент|мәслихат|Үкімет|палата|Сенат|партия)${T}\\s+${NO_DATIVE_GAP(6)}${APN('тарат')}|(?<!${PERSONS_POWERS}\\s+${GAP(6)})мерзімінен\\s+бұрын\\s+тоқтат${T})`) },
  { type: 'law', facet: 'ratification', pattern: re(`${W}(?:ратификация${T}|денонсация${T}|рақымшылық${T}|амнистия${T})`) },
  // A treaty's force ended by a chamber is its denunciation ("Сенат келісімнің күшін жойды",
  // "шарттың күші жойылды", "хаттаманың күшін жою туралы заң"); the Government ends an
  // intergovernmental one by its decree, and a verdict's force ended is a court's.
  { type: 'law', facet: 'ratification', pattern: re(`${W}(?<=${TREATY_GENITIVE}\\s+)күш(?:ін|і)\\s+${APN('жой')}`), also: [re(`${W}(?:Мәжіліс|Сенат|Парламент|палата|депутат|сенатор)${T}`)] },
  // A pardon granted by the head of state: "Президент 10 сотталғанға кешірім жасады", "кешірім жасалды".
  { type: 'decree', facet: 'pardon', pattern: re(`${W}кешірім\\s+${AP('жаса')}`) },
  // ("Үкімет", the Government, is no verdict, "үкім".) An arrest sanctioned is the court's act too:
  // "сот оны қамауға алуға санкция берді", "үй қамағына алуға санкция берілді", and a ruling that
  // orders it, its court far before or unsaid (ORDERED_RULING). Convicted, found
  // guilty, sentenced, fined, charged, arrested, released from prison, a verdict in force, in every
  // form that tells the act, active or passive (verbForms.ts): "сот оны 5 жылға соттады/соттаған/
  // соттайды", "сотталды", "кінәлі деп таныды/танылды/табылды", "жаза кесілді", "жаза тағайындады"
  // (no appointment), "айыппұл салынды", "айып тағылды", "айыпталуда", "тұтқындалды", "қамаққа
  // алынды", "үкім заңды күшіне енді", "түрмеден босатылды".
  // A law found to conform to the Constitution or not, the court named or not (constitutionalRuling.ts):
  // read first, so that "Конституциялық Сот … Конституцияға сәйкес деп таныды" is that ruling.
  { type: 'other', facet: 'court', pattern: re(`${W}${KK_CONSTITUTIONAL_RULING}`), predicate: true },
  { type: 'other', facet: 'court', pattern: re(`${W}(?:(?:сот${T}|${RULING_BODY})\\s+${GAP(6)}(?:үкім(?!ет)|шешім)${T}|${RULING_BODY}\\s+${GAP(6)}(?:заңсыз|негізсіз|жарамсыз)\\s+(?:деп\\s+)?(?:${AP('таны')}|${V('тап')})|үкім\\s+(?:шығар|жарияла)${T}|${kkVerb('ұста', { voice: 'passive', forms: ['past', 'perfect', 'future', 'converb'] })}|(?:қамауға|қамаққа|тұтқынға)\\s+${AP('ал')}|${AP('тұтқында')}|(?:${GUESTS})${T}\\s+ұстады|бас\\s+бостандығынан\\s+айыр${T}|үкім(?!ет)${T}\\s+${GAP(8)}жарияла${T}|${AP('сотта')}(?!\\s+(?:кешірім|рақымшылық|амнистия))|(?:кінәлі|кінәсіз|айыпты)\\s+(?:деп\\s+)?(?:${AP('таны')}|${P('тап')})|(?:жаза|үкім(?!ет))${T}\\s+${GAP(3)}${AP('кес')}|жаза${T}\\s+${GAP(3)}${AP('тағайында')}|айыппұл${T}\\s+${GAP(2)}${AP('сал')}|айып${T}\\s+${GAP(2)}${AP('тақ')}|${kkVerb('айыпта', { voice: 'passive', forms: ['past', 'perfect', 'future', 'present', 'converb', 'noun'] })}|үкім(?!ет)${T}\\s+${GAP(6)}(?:(?:заңды\\s+)?күшіне\\s+${V('ен')}|өзгеріссіз\\s+${AP('қалдыр')}|күшін\\s+${AP('жой')})|(?:түрмеден|қамаудан|қамақтан|абақтыдан|колониядан)\\s+${GAP(2)}(?:${P('босат')}|${V('шық')})|іс${T}\\s+сотқа\\s+${GAP(3)}(?:жолдан|жіберіл)${T}|(?:қылмыстық\\s+)?іс${T}?\\s+қозға${T}|шартты\\s+жаза\\s+ал${T}|(?:қамауға\\s+алуға|тұтқындауға|үй\\s+қамағына\\s+алуға)\\s+санкция\\s+${AP('бер')}|${ORDERED_RULING})`) },
  // A bribe taken or given on a day the sentence gives ("2022-2023 жылдары … 45 млн теңге пара
  // алған"): the offence, an event of its own before the court's; undated, only what a verdict
  // was for ("пара алғаны үшін сотталды").
  { type: 'other', facet: 'bribe', pattern: re(`${W}пара\\s+(?:${V('ал')}|${V('бер')})`), notBefore: re(`^\\s+(?:үшін|деп|дерегі|фактісі)(?![\\p{L}])`), needsDate: true },
  // A trial's stage on a day of its own: the parties' pleadings or last words heard, ended or begun
  // ("тараптардың жарыссөзі өткен жұмада аяқталған", "тараптардың соңғы сөзі тыңдалды").
  { type: 'other', facet: 'trial', pattern: re(`${W}тараптар${T}\\s+(?:соңғы\\s+сөз|жарыссөз)${T}\\s+${GAP(3)}(?:${P('тыңда')}|${V('аяқтал')}|${V('өт')}|${V('бастал')})`), needsDate: true },
  // A trial begun, held or ended on a day of its own: "сот процесі 5 наурызда басталды".
  { type: 'other', facet: 'trial', pattern: re(`${W}сот\\s+(?:процес|талқылау)${T}\\s+${GAP(5)}(?:${V('бастал')}|${V('аяқтал')}|${V('өт')}|${V('жалғас')})`), needsDate: true },
  // A case heard on a day of its own, on appeal too: "Іс апелляциялық сатыда желтоқсанда қаралуы мүмкін".
  { type: 'other', facet: 'trial', pattern: re(`${W}(?:іс${T}|апелляция${T})\\s+${GAP(5)}(?:${kkVerb('қара', { voice: 'passive', forms: ['past', 'perfect', 'future', 'present', 'noun'] })})`), also: [re(`${W}(?:сот${T}|апелляциялық|кассациялық|сатыда)`)], needsDate: true },
  // Detained: "оны 17 қазанда ұстады", "қызметкерлерінің қолына түсті" (only beside a crime or an investigator).
  // (Any subject and tense: "полиция 20 белсендіні ұстады", "ҰҚК оны ұстаған"; not "ұстайды", also
  // to hold or keep.) Acquitted, or rehabilitated, beside a court or a charge: "сот оны ақтады",
  // "қуғын-сүргін құрбандары ақталды" (not "сенімді ақтады", to justify trust).
  { type: 'other', facet: 'court', pattern: re(`${W}${AP('ақта')}`), also: [re(`${W}(?:сот${T}|алқаби${T}|үкім(?!ет)${T}|айып${T}|қылмыс${T}|қуғын${T}|репрессия${T})`)] },
  { type: 'other', facet: 'court', pattern: re(`${W}(?:${kkVerb('ұста', { forms: ['past', 'perfect', 'future'] })}|қолына\\s+түст${T})`), also: [re(`${W}(?:сыбайлас|пара${T}|қылмыс${T}|тергеу${T}|агенттік${T}|полиция${T}|ҰҚК|прокурор${T}|күдік${T}|алаяқ${T})`)] },
]; // prettier-ignore
