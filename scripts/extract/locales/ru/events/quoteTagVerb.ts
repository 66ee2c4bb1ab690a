/**
 * The Russian verbs that can carry a quotation's speech tag (quoteTag.ts): verbs of saying only.
 * Any verb may follow a quotation that names a law or a party ("«Закон о …» принят Мажилисом",
 * "«…» подписал Глава государства"): that is an act, not the tag of someone's words.
 */

/**
 * Past stems of saying: said, noted, stressed, declared, reported, explained, added, told,
 * specified, remarked, reminded, answered, concluded, summed up, stated, warned, assured, called,
 * admitted, pointed out, promised.
 */
const PAST = [
  'сказа',
  'отмети',
  'подчеркну',
  'заяви',
  'сообщи',
  'поясни',
  'добави',
  'рассказа',
  'уточни',
  'замети',
  'напомни',
  'ответи',
  'заключи',
  'резюмирова',
  'подытожи',
  'констатирова',
  'предупреди',
  'завери',
  'призва',
  'призна',
  'указа',
  'пообеща',
];

/** Present stems of saying and of a view held ("говорит", "считает", "отмечает", "полагают"). */
const PRESENT = [
  'говор',
  'счита',
  'полага',
  'отмеча',
  'подч[её]ркива',
  'поясня',
  'добавля',
  'рассказыва',
  'уточня',
  'заявля',
  'сообща',
  'напомина',
  'замеча',
];

/**
 * The forms that report a saying, every gender and number: the past (сказал, сказала, сказало
 * "министерство", сказали) and the present, one speaker or many (говорит, говорят; считает,
 * считают). Not the infinitive, a participle or a noun of the same stem.
 */
export const RU_TAG_VERB = new RegExp(
  `^(?:(?:${PAST.join('|')})(?:л|ла|ло|ли)|(?:${PRESENT.join('|')})(?:ет|ют|ит|ят))$`,
  'iu',
);
