/**
 * Russian nouns a Roman numeral before them counts, in the genitive (`Барыс II степени`, `Мажилиса
 * VIII созыва`, `XXI века`): after a capitalised word such a numeral is no monarch's number
 * (arguments/regnalNumber.ts), as it is in `Карла III`, `Абдалла II прибыл`.
 */
export const RU_NUMBERED_NOUN =
  /^(?:степен|созыв|век|тысячелет|съезд|сесси|этап|тур|класс|категори|групп|ранг|разряд|квартал|полугоди|том|част|раздел|глав)\p{Ll}*$/u;
