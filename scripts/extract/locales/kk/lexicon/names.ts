/**
 * Surname and patronymic shapes. A capitalised word ending like this is a surname even without
 * a role before it (`Ерлан Қошанов`, `Айнұр Бақтығалиева`, `Лаура Қуанышқызы`).
 */
export const SURNAME_ENDING =
  /(?:ов|ев|ёв|ова|ева|ёва|ин|ина|ұлы|улы|қызы|кызы|бек|бекова|баев|баева|ский|ская|цкий|енко)$/u;

/** The middle word of `Қасым-Жомарт Кемелұлы Тоқаев`. */
export const KK_PATRONYMIC = /(?:ұлы|улы|қызы|кызы|ович|евич|овна|евна)$/u;

/** Capitalised words that open sentences or titles and are never given names. */
// prettier-ignore
export const NOT_GIVEN_NAMES: ReadonlySet<string> = new Set([
  'Бұл', 'Осы', 'Сол', 'Ол', 'Оның', 'Біз', 'Біздің', 'Мен', 'Ал', 'Бірақ', 'Және', 'Сондай-ақ',
  'Сонымен', 'Себебі', 'Өйткені', 'Мәселен', 'Жаңа', 'Бүгін', 'Кеше', 'Ертең', 'Әр', 'Әрбір',
  'Барлық', 'Президент', 'Мемлекет', 'Партия', 'Партияның', 'Жиын', 'Жиында', 'Онда', 'Иә',
  'Но', 'И', 'А', 'Это', 'Как', 'По', 'В', 'На', 'Также', 'Сегодня', 'Вчера', 'Президента',
  // Adverbs and connectives that open a sentence before a surname ("Накануне Токаев провел …").
  'Накануне', 'Затем', 'Потом', 'Позже', 'Позднее', 'Ранее', 'Тогда', 'Теперь', 'Сейчас', 'Завтра',
  'Утром', 'Вечером', 'Днем', 'Днём', 'Впервые', 'Напомним', 'Однако', 'Кроме', 'Кстати', 'Уже',
  'Еще', 'Ещё', 'Лишь', 'Только', 'Именно', 'Далее', 'Впоследствии', 'Параллельно',
  'Кейін', 'Кейіннен', 'Содан', 'Сосын', 'Бұдан', 'Бұған', 'Таңертең', 'Кешке', 'Қазір', 'Енді',
  'Биыл', 'Былтыр', 'Алайда', 'Дегенмен', 'Сондықтан', 'Әрине', 'Тағы', 'Тек', 'Алғаш',
]);

/** A lone capitalised word is a person only with one of these unmistakable endings (`Тоқаевты`). */
export const STRONG_SURNAME_ENDING = /(?:ов|ев|ёв|ова|ева|ёва|ұлы|қызы|улы|кызы)$/u;

/**
 * Common nouns that Kazakh writes with a capital (a state act, a body) or that open a sentence:
 * inflected ("Жолдауында", "Жарлыққа", "Жарлығымен", "Тізімді") they are never a person's name.
 * Matched as a stem and an inflection tail (arguments/findPersons.ts).
 */
// prettier-ignore
export const KK_CAPITALISED_NOUNS: readonly string[] = [
  'Жолдау', 'Жарлық', 'Жарлығ', 'Заң', 'Кодекс', 'Қаулы', 'Үкімет', 'Парламент', 'Мәжіліс', 'Сенат',
  'Конституция', 'Тізім', 'Елорда', 'Ассамблея', 'Құрылтай', 'Төраға', 'Хатшы', 'Әкімдік', 'Мәслихат',
  'Әкімшілі', 'Ақорда', 'Бірлескен', 'Кабинет', 'Министрлі', 'Өкім', 'Бұйрық',
  // Weekdays, capitalised after a post ("Мемлекет басшысы Дүйсенбі күні"); not "Жұма", also a name.
  'Дүйсенбі', 'Сейсенбі', 'Сәрсенбі', 'Бейсенбі', 'Сенбі', 'Жексенбі',
  // The adjectives that open the name of a post or a body ("Мемлекеттік кеңесші", "Ұлттық банк",
  // "Жоғарғы сот"): after a name they start the post, not a third word of the name.
  'Мемлекеттік', 'Ұлттық', 'Халықаралық', 'Конституциялық', 'Республикалық', 'Орталық', 'Жоғарғы',
  'Жоғары', 'Облыстық', 'Қалалық', 'Аудандық',
  // And those of a post's holder: first, former ("Тоқаев Тұңғыш Президент Нұрсұлтан Назарбаевпен").
  'Тұңғыш', 'Бұрынғы',
];

/** "And" between two people's names, written apart: "мен"/"бен"/"пен" or "және" (`Тоқаев пен Путин`). */
export const KK_NAMES_AND = /^(?:мен|бен|пен|және)$/u;

/**
 * The cases a noun in the third person's possessive takes after its -ы/-і (`Қоры`, `Қорына`,
 * `Университетінің`, `Орталығында`, `Кітапханасымен`), the bare possessive included.
 */
const POSSESSIVE_CASE = '(?:н|на|не|ның|нің|нда|нде|ндағы|ндегі|нан|нен|мен)?';

/**
 * Institutions named after a person, in the possessive that ties them to the name (`Назарбаев
 * Қоры`, `Назарбаев Университетінде`, `Назарбаев Зияткерлік мектебі`), singular or plural; stems
 * that end in к/қ/п voice them before the vowel (`орталығы`, `мектебі`). The bare noun in a case,
 * `Тоқаев қорды аралады`, is the object, and the name before it a person's.
 */
const INSTITUTION = [
  'қор(?:ы|лары)',
  'университет(?:і|тері)',
  'мектеб(?:і)|мектептері',
  'орталығ(?:ы)|орталықтары',
  'кітапхана(?:сы|лары)',
  'академия(?:сы|лары)',
  'институт(?:ы|тары)',
  'музей(?:і|лері)',
];

/**
 * The word after a name that a street, a village or a body is named after: "Есенжанов көшесі",
 * "Абай атындағы", "Төлегенов ауылында", "Назарбаев Қорына", "Назарбаев Зияткерлік мектебі".
 */
export const KK_NAMED_AFTER_AFTER = new RegExp(
  String.raw`^(?:көшес\p{Ll}*|даңғыл[ыд]\p{Ll}*|атындағы|ауыл[ыд]\p{Ll}*|зияткерлік|(?:${INSTITUTION.join('|')})${POSSESSIVE_CASE})$`,
  'iu',
);
