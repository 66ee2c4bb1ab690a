/**
 * Russian cues of an organisation that speaks (events/speakerOrg.ts): "Министерство юстиции
 * заявило", "ЦИК сообщила", "Нацбанк заявил". A name that shows no case ("ЦИК") may follow only a
 * date or an adverb in its clause ("10 марта ЦИК сообщила"), not a noun it could depend on
 * ("пресс-служба ЦИК сообщила").
 */
import type { SpeakerOrgCues } from '../../../events/speakerOrg';

const MONTH = String.raw`(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)\p{L}*`;
const ADVERB = String.raw`(?:сегодня|вчера|накануне|также|ранее|позже|затем|официально|в|во|на|этой|этом|прошлой|прошлом|неделе|году|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|\d+(?:-го)?|${MONTH})`;

const PREPOSITION = String.raw`(?:в|во|на|с|со|из|от|к|ко|по|о|об|для|при|у)`;

export const RU_SPEAKER_ORG: SpeakerOrgCues = {
  clauseBreak: /[,;:–—()«»"?!]/gu,
  // A state body's name is a common noun the news writes in lower case mid-sentence: "В пятницу
  // правительство сообщило", "министерство финансов заявило", "сенат предложил".
  lowerCase:
    /^(?:Правительств|Парламент|Мажилис|Сенат|Министерств|Агентств|Генеральн|Генпрокуратур|Национальн~ банк|Нацбанк|Верховн|Конституционн|Центральн|Совет~ безопасности)/u,
  // The subject may follow its verb, after time words only: "В пятницу сообщило правительство",
  // "заявило 7 марта Министерство юстиции"; not after a preposition ("сообщили в Минфине").
  afterVerb: new RegExp(
    `^(?:\\s+${ADVERB}(?![\\p{L}]))*\\s+$(?<!(?:^|\\s)${PREPOSITION}\\s+)`,
    'iu',
  ),
  ownTail: /^$/u,
  possessed: undefined,
  postposition: undefined,
  beforeCaseless: new RegExp(`^(?:${ADVERB})(?:\\s+${ADVERB})*$`, 'iu'),
  // The first past-tense verb of the cue: "заявило", "выступила с заявлением", "сообщили".
  verbGender(cue) {
    const m = /(?<![\p{L}])\p{L}+л(о|а|и)?(?:сь|ся)?(?![\p{L}])/iu.exec(cue);
    if (!m) return undefined;
    return ({ о: 'n', а: 'f', и: 'plural' } as const)[(m[1] ?? '').toLowerCase() as 'о'] ?? 'm';
  },
  maxWordsBetween: 8,
};
