/**
 * Russian name shapes used to put names found in Russian text back in the nominative.
 * The declension itself is in locales/ru/ruNameCase.ts; these lists only settle its ambiguities.
 */

/**
 * Female given names ending in -а/-я/-е that news about Kazakhstan often names. `Динара Токаева`
 * is a woman in the nominative, `Ерлана Токаева` a man in the genitive: only the given name tells.
 */
// prettier-ignore
export const RU_FEMALE_GIVEN_NAMES: ReadonlySet<string> = new Set([
  'Айгерим', 'Айда', 'Айдана', 'Айжана', 'Айнура', 'Акбота', 'Алма', 'Алия', 'Амина', 'Анара',
  'Асия', 'Асель', 'Балжан', 'Газиза', 'Галия', 'Гаухар', 'Гульмира', 'Гульнара',
  'Гульшара', 'Дана', 'Данара', 'Дарига', 'Дария', 'Дина', 'Динара', 'Жанна', 'Жанара', 'Жулдыз',
  'Замира', 'Зарина', 'Зауре', 'Зульфия', 'Индира', 'Камила', 'Карина', 'Лаура', 'Ляззат',
  'Мадина', 'Майра', 'Макпал', 'Мариям', 'Меруерт', 'Назира', 'Нургуль', 'Роза', 'Салтанат',
  'Сабина', 'Сания', 'Сара', 'Сауле', 'Толкын', 'Фатима', 'Шолпан', 'Эльмира', 'Анна',
  'Елена', 'Ольга', 'Татьяна', 'Наталья', 'Ирина', 'Светлана', 'Марина', 'Екатерина', 'Мария',
  'Юлия', 'Людмила', 'Галина', 'Вера', 'Надежда', 'Любовь', 'Оксана', 'Виктория', 'Анастасия',
  'Лейла', 'Аружан', 'Асем', 'Айжан', 'Жансая', 'Малика', 'Самал', 'Анель', 'Айсель', 'Гузель',
  'Наиля', 'Жамиля', 'Адиля', 'Гуля', 'Жанар', 'Аида', 'Маржан', 'Ботагоз', 'Гульнар',
]);

/**
 * Endings of female given names outside the list (`Гульзира`, `Асемгуль`, `Жанаргуль`, Kazakh
 * `-сулу`, beautiful: `Айсулу`, `Кунсулу`, indeclinable). Not `-ля`: `Лейле`, `Асели` are as well
 * the cases of `Лейла`, `Асель`, so only the list tells a name in -ля (`Наиля`) from them.
 */
export const RU_FEMALE_GIVEN_ENDING = /(?:ия|ья|ига|ина|ира|уза|ема|гуль|гүл|сулу|сұлу)$/u;

/** Male given names that end like female ones (`Никита`, `Муса`): declined as -а nouns, male. */
// prettier-ignore
export const RU_MALE_A_NAMES: ReadonlySet<string> = new Set([
  'Никита', 'Илья', 'Кузьма', 'Муса', 'Иса', 'Хамза',
  // Arab men's names in -а, a king's among them (`короля Иордании Абдаллы II`).
  'Абдалла', 'Абдулла', 'Мустафа', 'Усама', 'Таха',
]);

/**
 * Surnames that keep one form in every case: Kazakh patronymic surnames (`Ибрагимулы`,
 * `Куанышкызы`), Ukrainian -енко, -их/-ых, and names ending in a vowel other than -а/-я.
 */
export const RU_INDECLINABLE_SURNAME = /(?:ұлы|улы|қызы|кызы|енко|ых|их|[еиоуыэюё])$/u;

/** A word that is certainly a surname in the nominative (masculine or feminine). */
export const RU_SURNAME_SHAPE =
  /(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|цкий|ская|цкая|ұлы|улы|қызы|кызы|бек|енко)$/u;

/**
 * Capitalised words that open the names of bodies, regions and acts, never a person's: adjectives
 * ("Высшего Евразийского совета", "Восточно-Казахстанской области", "Мангистауской области",
 * "Центральной Азии", and "Новым председателем избран" at a sentence's start) and the
 * nouns of state acts and bodies ("Указом", "Послании"), in any case; and the emphatic pronoun and
 * particles that open a sentence before a surname ("Сам Токаев поручил", "Лично Бектенов").
 */
export const RU_NOT_NAME =
  /^(?:(?:Нов|Бывш|Прежн|Действующ|Очередн|Внеочередн|Акмолинск|Актюбинск|Алматинск|Атырауск|Жамбылск|Карагандинск|Костанайск|Кызылординск|Мангистауск|Павлодарск|Туркестанск|Улытауск|Абайск|Жетысуск|Высш|Верховн|Центральн|Восточн|Западн|Северн|Южн|Национальн|Государственн|Конституционн|Генеральн|Евразийск|Казахстанск|Международн|Республиканск|Народн|Демократическ|Общенациональн|Региональн|Областн|Городск|Районн)\p{Ll}*|\p{Lu}\p{Ll}+о-\p{Lu}\p{Ll}+(?:ск|цк)\p{Ll}+|(?:Указ|Закон|Послани|Правительств|Мажилис|Сенат|Парламент|Конституци|Азии|Азия|Генассамбле|Кабинет|Акорд|Министерств|Комитет|Агентств|Департамент|Управлени)\p{Ll}*|Сам|Сама|Сами|Самого|Самой|Самому|Лично|Именно|Даже|Только|Также|Тоже|Лишь|Вот|Уже|Ещё|Еще)$/u;

/**
 * Common nouns of people that open a sentence capitalised before the one they belong to
 * ("Адвокаты Бишимбаева заявили", "Сторонники Аблязова вышли", "Родственники Иванова"), in any
 * case and number: never a given name.
 */
export const RU_PEOPLE_NOUN =
  /^(?:Адвокат|Юрист|Защитник|Сторонник|Противник|Соратник|Родственник|Родител|Коллег|Сотрудник|Подчинённ|Подчиненн|Помощник|Охранник|Жител|Свидетел|Потерпевш|Следовател|Прокурор|Обвиняем|Подсудим|Задержанн|Друз|Дочер|Супруг|Сестр|Семь|Близк|Сподвижник|Избирател|Поклонник|Участник|Член)\p{Ll}{0,4}$|^(?:Сын|Сына|Сыну|Сыном|Сыновья|Сыновей|Дочь|Жена|Жены|Жене|Жену|Женой|Брат|Брата|Брату|Братом|Братья|Братьев)$/u;

/**
 * A state's own noun in a country's full name ("Турецкой Республики", "Российской Федерации",
 * "Королевства Испания", "Соединённых Штатов"), in any case: never a name, nor is the adjective
 * before it or the country's name after it.
 */
export const RU_STATE_NOUN =
  /^(?:Республик|Федераци|Конфедераци|Королевств|Княжеств|Султанат|Эмират|Государств(?!енн))\p{Ll}*$|^Штат(?:ы|ов|ам|ах|ами)?$/u;

/**
 * The noun of a code's or a law's title, in any case and number ("кодекс", "кодекса", "законы"):
 * a capitalised word right before it agrees with it, the title's adjective ("Трудовой кодекс",
 * "Бюджетного кодекса"), never a surname, for a person's code or law stands after it in the
 * genitive ("кодекс Наполеона").
 */
export const RU_ACT_TITLE_NOUN = /^(?:кодекс|закон)(?:а|у|ом|е|ы|ов|ам|ами|ах)?$/iu;

/** "And" between two people's names (`Путин и Токаев`). */
export const RU_NAMES_AND = /^и$/u;

/** The word before a name that a street or a body is named after: "на улице Есенжанова", "имени Абая". */
export const RU_NAMED_AFTER_BEFORE =
  /^(?:улиц\p{Ll}*|проспект\p{Ll}*|бульвар\p{Ll}*|переул\p{Ll}*|площад\p{Ll}*|имени|им)$/iu;
