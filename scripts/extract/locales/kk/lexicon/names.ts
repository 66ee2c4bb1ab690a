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
]);

/** A lone capitalised word is a person only with one of these unmistakable endings (`Тоқаевты`). */
export const STRONG_SURNAME_ENDING = /(?:ов|ев|ёв|ова|ева|ёва|ұлы|қызы|улы|кызы)$/u;
