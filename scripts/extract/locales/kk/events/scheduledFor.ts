/**
 * A Kazakh vote or gathering set for a day: its noun, then the day in the dative, then a verb of
 * setting it in any form ("Сайлау 2019 жылғы 9 маусымға белгіленді", "сайлауды 9 маусымға
 * тағайындады", "съезді 6 қазанға шақыру көзделген", "отырыс 15 сәуірге ауыстырылды"). The dative
 * names the target, so the event is ahead of the setting whatever that verb's tense: a decree's
 * "тағайындау көзделген" (provides for setting it) is past in form, the vote still to come.
 * (Not one told as set long ago, a past perfect: "… белгіленген болатын", "… тағайындалған еді".)
 */
import { KK_MONTHS } from '../dates/kkLexicon';

const L = String.raw`[\p{L}\p{M}]`;
const MONTH = [...KK_MONTHS.keys()].join('|');
/** The dative after a vowel or a consonant, bare or possessive: "маусымға", "маусымына", "9-ына", "6-сына". */
const DATIVE = String.raw`(?:ға|ге|қа|ке|на|не|с?ына|с?іне)`;
/** The date: "9 маусымға", "2019 жылғы 9 маусымға", "2019 жылдың 9 маусымына", "маусымның 9-ына". */
const DAY_FOR = String.raw`(?:\d{4}\s+жыл(?:ғы|дың)\s+)?(?:\d{1,2}\s+(?:${MONTH})${DATIVE}|(?:${MONTH})(?:ның|дың)\s+\d{1,2}-?${DATIVE})`;
/** Setting a day: appoint, fix, convene, plan, move, postpone. */
const SETTING = String.raw`(?:тағайында|белгіле|шақыр|жоспарла|ауыстыр|кейінге\s+қалдыр)${L}*`;

/** From the cue on, in its own clause (Aspect.scheduledFor): the event's noun, the day it is set for, the setting. */
export const KK_SCHEDULED_FOR = String.raw`^${L}*\s+${DAY_FOR}(?![\p{L}\p{M}])\s+${SETTING}(?![\p{L}\p{M}])(?!\s+(?:болатын|еді)(?![\p{L}\p{M}]))`;
