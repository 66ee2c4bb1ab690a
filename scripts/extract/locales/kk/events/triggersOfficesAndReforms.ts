/**
 * Kazakh triggers of states of emergency, party membership, appointments and tenures, and reforms
 * of the state (the Constitution amended, rules introduced, posts abolished). In lexicon order:
 * see triggers.ts.
 */
import { re, W, type Trigger } from '../../../events/trigger';
import {
  T,
  V,
  P,
  AP,
  APN,
  GAP,
  CLAUSE_GAP,
  TIMED_GAP,
  INTO_FORCE,
  HEAD_OF_STATE,
} from './triggerPieces';
import { kkVerb } from './verbForms';
import { KK_ELECTED_AS_POST } from './electedAsPost';
import { KK_JOINED_ORGANISATION } from './joinedOrganisation';
import { KK_REFORM_CARRIED_OUT } from './reformCarriedOut';
import { KK_PRONOUN_SIGNED } from './pronounSigned';
import { KK_APPOINTMENT_CONSENT, KK_CANDIDACY_CONSENT } from './candidacyConsent';
import { KK_OFFICE_HELD } from '../lexicon/officeHeld';
import { KK_POST_BECAME, KK_POST_HELD_SPAN } from '../lexicon/postBecome';

const FINITE = { voice: 'both', forms: ['past', 'future', 'present'] } as const;
const CANDIDACY_REVIEW = ['қара', 'талқыла'].map((v) => kkVerb(v, FINITE)).join('|');

/**
 * A vote or a sitting in the accusative is what "тағайында-" sets for a day, not a person put in a
 * post; Kazakh lets the subject and the date stand between the object and its verb in any order
 * ("референдумды Президент 2026 жылғы 15 наурызға тағайындады"), so within the clause.
 */
const VOTE_SET = String.raw`(?:референдум|сайлау|отырыс|съез|сессия|құрылтай)(?:ды|ді|ын|ін|ны|ні)`;
/** Looked back for over the whole clause: a long subject can put the object past trigger.notAfter's reach. */
const NOT_A_VOTE_SET = String.raw`(?<!${VOTE_SET}\s+${CLAUSE_GAP(9)})`;

export const KK_OFFICE_AND_REFORM_TRIGGERS: Trigger[] = [
  // An emergency named as what a body deals with ("Төтенше жағдайлар министрлігі", "төтенше жағдай
  // жөніндегі комиссия") is the body's name, not a state of emergency declared.
  { type: 'other', facet: 'emergency', pattern: re(`${W}(?:төтенше\\s+жағдай|коменданттық\\s+сағат)${T}`), notBefore: re(`^\\s+(?:жөніндегі\\s+)?(?:[\\p{L}-]+\\s+)?(?:министр|комиссия|департамент|басқарма|комитет|қызмет|штаб|орган)${T}`), also: [re(`${W}(?:енгіз${T}|жариял${T}|режим${T}\\s+${GAP(1)}(?:әрекет|күшінде)${T})`)] },
  // A day of mourning declared ("10 қаңтар жалпыұлттық аза тұту күні болып жарияланды", "аза тұту
  // күні деп жариялады", "қаралы күн жарияланбақ"): a day of its own, in either voice.
  { type: 'other', facet: 'mourning', pattern: re(`${W}(?:аза\\s+тұт${T}|қаралы\\s+күн${T})\\s+${GAP(3)}${AP('жарияла')}`) },
  // A moratorium declared or brought in, in either voice and every telling form ("Үкімет
  // тексерулерге мораторий жариялады", "мораторий енгізілді", "мораторий жарияланған еді"): a new
  // rule, in either voice (not its verbal noun: "мораторий енгізу туралы Жарлық" is the decree's).
  { type: 'reform', facet: 'moratorium', pattern: re(`${W}мораторий${T}\\s+${GAP(3)}(?:${AP('жарияла')}|${AP('енгіз')})`) },
  // A year given a name by the active verb as by the passive ("Президент 2026 жылды Жұмысшы
  // мамандықтары жылы деп жариялады", "… болып жариялаған еді", "… жариялап отыр"): the cue is the
  // verb, after the name (events/yearNamed.ts reads the name before it), with the "отыр" of the
  // perfect, which tells it done. (The passive is the happening cue's: triggersDatedSteps.ts.)
  { type: 'other', facet: 'happening', pattern: re(`${W}(?=жарияла)(?<=жылы[»"]?\\s+(?:деп|болып)\\s+)${V('жарияла')}(?:\\s+отыр${T})?`) },
  // The day itself ("жалпыұлттық аза тұту күні өтті"), not its declaring ("… күні болып жарияланды").
  { type: 'other', facet: 'mourning-day', pattern: re(`${W}(?:жалпыұлттық\\s+|ұлттық\\s+)?аза\\s+тұту\\s+күн${T}`), notBefore: re(`^\\s+${GAP(3)}${AP('жарияла')}`) },
  // Leaving a party: "партия қатарынан шықты".
  // Leaving or expelled from a party or an organisation: "партиядан шықты", "партиясынан
  // шығарылды", "ұйымнан шығады" (not "партиясынан шыққан үміткер", the candidate it put up).
  { type: 'membership', facet: 'left', pattern: re(`${W}(?:партия${T}\\s+(?:қатарынан|құрамынан|мүшелігінен)|партия(?:дан|сынан|ларынан)|ұйым(?:нан|ынан)|мүшелігінен)\\s+(?:${V('шық')}|${P('шығар')})`), notBefore: re(`^\\s+(?:үміткер|кандидат|депутат|өкіл|саясаткер|сенатор|мүше)${T}`) },
  // A member admitted or become one, a state to an organisation as a person to a party: "ұйымның
  // толыққанды мүшесі ретінде қабылданды", "толық мүше ретінде қабылдау туралы шешім", "ұйымның толық
  // мүшесі атанды", "ұйымға мүше болды", "мүшелігіне қабылданды". (A member who adopts something,
  // "мүшелері … қабылдады", is no admission: the bare noun takes only the passive.)
  { type: 'membership', facet: 'joined', pattern: re(`${W}(?:мүше(?:сі|лері)?\\s+(?:ретінде\\s+(?:${APN('қабылда')})|${P('қабылда')}|${V('атан')}|${kkVerb('бол', { forms: ['past', 'future', 'present'] })})|мүшелігі(?:не|мізге|міне)\\s+${GAP(2)}(?:${P('қабылда')}|${V('өт')}|${V('кір')}))`) },
  // A state joining an organisation or a treaty (joinedOrganisation.ts): "ШЫҰ-ға бақылаушы ретінде
  // қосылды", "одақтың құрамына кірді".
  { type: 'membership', facet: 'state', pattern: re(`${W}${KK_JOINED_ORGANISATION}`) },
  { type: 'membership', facet: 'tickets', pattern: re(`${W}партиялық\\s+билет${T}|партия\\s+қатарына\\s+${GAP(3)}(?:қабылдан|өт|кір)${T}`) },
  // A maslikhat agreeing to the akim's candidacy: the appointment's step ("кандидатурасын келісті",
  // "келіседі", "келіспек"); and a chamber considering one, which does not yet say it agrees
  // ("кандидатурасын 6 ақпанда қарайды", "қарады", "талқылайды").
  { type: 'appointment', facet: 'candidacy', pattern: re(`${W}кандидатура${T}\\s+${GAP(4)}(?:${KK_CANDIDACY_CONSENT})`) },
  // Or to the appointment, its verbal noun before the consent ("тағайындауға келісім берді").
  { type: 'appointment', facet: 'candidacy', pattern: re(`${W}${KK_APPOINTMENT_CONSENT}`) },
  { type: 'appointment', facet: 'candidacy-review', pattern: re(`${W}кандидатура${T}\\s+${GAP(4)}(?:${CANDIDACY_REVIEW})`) },
  // (An akim "сайланды" is elected by the residents, since the direct elections of 2021: an election.)
  // A post one is elected to, "X-ты Y етіп сайлады" (made Y by election): the converb "етіп" after
  // the post, then the one elected in the accusative ("мәслихат хатшысы етіп Ерлан Ахметовты сайлады");
  // the clause may stand between the post and the verb (electedAsPost.ts).
  // Only a person is appointed: a benefit, money or a treatment assigned ("атаулы әлеуметтік көмек
  // тағайындалды", "жәрдемақы тағайындап") is none; nor are tasks given to a body ("министрлікке
  // жеті міндет жүктеді"), which are not a post's duties (the possessive: "міндетін … жүктеді").
  { type: 'appointment', facet: 'appointment', pattern: re(`${W}(?:(?=тағайында)${NOT_A_VOTE_SET}тағайында${T}|қызметіне\\s+бекіт${T}|атқарушы\\s+болып\\s+${P('белгіле')}|(?:қызмет|лауазым)(?:ына|іне)\\s+${V('кіріс')}|міндет(?:ін|терін)\\s+атқаруға\\s+${V('кіріс')}|міндет(?:і|ін|тері|терін)\\s+${GAP(9)}(?:жүктелді|жүктеді|жүктелген)|(?:төраға|басшы|спикер|хатшы|орынбасар)${T}\\s+${GAP(2)}${V('сайла')}|(?:лауазым|қызмет)(?:ға|ке|ына|іне)\\s+${GAP(3)}${P('сайла')}|${KK_ELECTED_AS_POST}|(?:төраға|басшы|спикер|хатшы|орынбасар)${T}\\s+етіп\\s+${GAP(4)}${V('сайла')}|құрам${T}\\s+${GAP(1)}бекітті|(?:төрағасы|төрағалығына|басшысы|хатшысы)\\s+${GAP(2)}${P('сайла')}|(?<!әкім\\p{L}*\\s+)(?<!${HEAD_OF_STATE}\\s+)болып\\s+(?:(?:жасырын|ашық)\\s+)?(?:дауыс\\s+беру\\s+арқылы\\s+)?${GAP(3)}(?:қайта\\s+)?${P('сайла')})`), notAfter: re(`(?:сайлау${T}|дауыс\\s+беру${T}|жаза${T}|айыппұл${T}|сараптама${T}|(?<![\\p{L}])(?:көмек|жәрдемақы|зейнетақы|ақша|стипендия|төлем|субсидия|жеңілдік|ем|емдеу|тексеріс)${T}|(?:референдум|отырыс|съез|сессия|кездесу|жиын|құрылтай|мерзім)(?:[ыі]|сы|сі|[ыі]н|сын|сін|ды|ді|ты|ті|ны|ні)?)\\s+${GAP(4)}$`) },
  // A post one became, told by the copula with a day or year of its own: "2022 жылғы 1 ақпанда
  // Ерлан Қошанов Мәжіліс төрағасы болды" (postBecome.ts).
  { type: 'appointment', facet: 'appointment', pattern: re(`${W}${KK_POST_BECAME}`), needsDate: true, clauseDate: true, notAfter: re(KK_POST_HELD_SPAN) },
  // A tenure told with its start: "Сенатты 2023 жылғы 2 ақпаннан бері басқарып келеді", "2022 жылғы
  // қаңтардан бастап басқарған", "5 қаңтардан бері
  // … міндетін уақытша атқарып келген": the appointment was on that day.
  // So is an office held, named with its duties or post ("2023 жылғы қаңтардан бері министр
  // қызметін атқарды", "… лауазымын атқарған") or by the post and "to be" ("2023 жылдан бері министр
  // болды"): KK_OFFICE_HELD.
  { type: 'appointment', facet: 'tenure', pattern: re(`${W}(?:басқар(?:ып\\s+келеді|ып\\s+келген|ады|ған)|(?:міндет|қызмет|лауазым)${T}\\s+(?:уақытша\\s+)?атқар${T}|болып\\s+(?:келеді|келген|жұмыс\\s+істеп\\s+(?:келеді|келген))|${KK_OFFICE_HELD})(?![\\p{L}])`), also: [re(`(?:дан|ден|тан|тен|нан|нен),?\\s+(?:бері|бастап)(?![\\p{L}])`)], needsDate: true, fallback: true },
  // Amendments to the Constitution: a reform, whichever chamber or vote the sentence tells.
  { type: 'reform', facet: 'amendment', pattern: re(`${W}(?:Конституция(?!лық)${T}\\s+${GAP(5)}|конституциялық\\s+)(?:өзгеріс|түзету|толықтыру)${T}`), also: [re(`${W}(?:мақұлда${T}|қабылда${T}|қол\\s+қо[йюя]${T}|${INTO_FORCE}|ұсын${T}|жариял${T}|${AP('енгіз')})`)] },
  // The Constitution or amendments to it signed, taken up by a dative pronoun ("Конституцияға
  // түзетулер 1 шілдеде күшіне енеді. Оларға Президент 5 наурызда қол қойды"): the reform's
  // amendment, on that day (pronounSigned.ts). After the amendments' own cue.
  { type: 'reform', facet: 'amendment', pattern: re(`${W}${KK_PRONOUN_SIGNED}`), also: [re(`${W}(?:Конституция(?!лық)|(?:Ата|Негізгі)\\s+[Зз]аң)${T}`)], alsoBefore: true, needsDate: true },
  // Enshrined in the Constitution on a day of its own: "2007 жылғы мамырда оның мәртебесі
  // Конституцияда бекітілді" (a change of the Constitution; not "Конституцияда бекітілген құқықтар",
  // what it says).
  { type: 'reform', facet: 'amendment', pattern: re(`${W}Конституция(?:да|ға)\\s+${GAP(2)}(?:${kkVerb('бекіт', { voice: 'passive', forms: ['past'] })}|${kkVerb('енгіз', { voice: 'passive', forms: ['past'] })}|бекітілген\\s+еді|енгізілген\\s+еді)`), needsDate: true },
  // A rule introduced: "әкімдерді тікелей сайлау 2024 жылдан бастап енгізілді", "квота
  // енгізілмек" (a moratorium is its own, above; not the present, which tells how things are
  // done: "бюллетеньге … тәртіппен енгізіледі").
  { type: 'reform', facet: 'introduced', pattern: re(`${W}(?:сайлау|жүйе|тәртіп|норма|модель|мерзім|квота|тариф|салық|ереже|талап)${T}\\s+${GAP(5)}${kkVerb('енгіз', { voice: 'passive', forms: ['past', 'perfect', 'future', 'converb'] })}`) },
  // A post or an institution of the state abolished: "вице-президент лауазымы жойылды" (a reform);
  // a penalty, a norm or a restriction: "өлім жазасы жойылды", "Қазақстан өлім жазасын жойды",
  // "шектеу алынып тасталды" (an event of its own, as annotators record the death penalty's end).
  { type: 'reform', facet: 'abolished', pattern: re(`${W}(?:лауазым|институт)${T}\\s+${GAP(5)}(?:${APN('жой')}|алынып\\s+${V('таста')})`) },
  { type: 'other', facet: 'abolished', pattern: re(`${W}(?:жаза|мораторий|квота|норма|шектеу|мәртебе)${T}\\s+${GAP(5)}(?:${APN('жой')}|алынып\\s+${V('таста')})`) },
  // Reforms named by their year: "2022 жылғы реформалар", "2022 жылғы конституциялық түзетулер" (a
  // recalled reform with a date of its own). The year is asked of the text before the cue, so
  // that the cue starts a word (events/firstMatches.ts probes only word starts on long texts).
  { type: 'reform', facet: 'dated', pattern: re(`${W}(?:реформа|түзету|өзгеріс)${T}`), notAfter: re(`(?<!\\d{4}\\s+жылғы\\s+(?:конституциялық\\s+|саяси\\s+)?)$`), needsDate: true },
  // A stage of a reform beginning or ending ("Реформаның бірінші кезеңі 2025 жылы аяқталды",
  // "реформаның екінші кезеңі басталады"): the reform in the genitive owns the stage, the subject,
  // whose verb tells which; a step of the reform, not a bare happening.
  { type: 'reform', facet: 'stage-start', pattern: re(`${W}реформа${T}\\s+${GAP(2)}кезең${T}\\s+${TIMED_GAP(6)}${V('бастал')}`) },
  { type: 'reform', facet: 'stage-end', pattern: re(`${W}реформа${T}\\s+${GAP(2)}кезең${T}\\s+${TIMED_GAP(6)}${V('аяқтал')}`) },
  // A reform carried out ("2022 жылы жүргізілген реформа", "реформа жүзеге асырылды"):
  // reformCarriedOut.ts. Its own facet's, so the bare noun below is no second one.
  { type: 'reform', facet: 'reform', pattern: KK_REFORM_CARRIED_OUT, needsDate: true },
  { type: 'reform', facet: 'reform', pattern: re(`${W}реформа${T}`), also: [re(`${W}(?:ұсын(?:амын|ады|ды|бақ|атын)|жарияла${T}|қолға\\s+ал${T}|жеткізбек|басталды|басталады|іске\\s+қосыл${T}|${INTO_FORCE})`)] },
]; // prettier-ignore
