/**
 * A statement announced for a day ahead, in Russian: "Миссия ОБСЕ 14 марта заявит о своих
 * выводах", "представит доклад", "огласят предварительные выводы". The past ("заявила") is a
 * statement told; the future, on a day its clause gives, is one planned for that day, as the
 * tuned gold has a mission's assessment or a briefing announced ahead (status planned, dated by
 * its day). The simple future in the third person singular and plural and the first plural
 * ("заявит", "заявят", "заявим"); "представить" and "огласить" only with what a statement
 * delivers (a report, findings, an assessment, a position, a statement), up to two words between
 * ("представит свой итоговый доклад"), since alone they also present a person or a product.
 */
const DELIVERED = String.raw`(?:доклад|отч[её]т|вывод|оценк|заключени|позици|заявлени|рекомендаци)\p{L}*`;

export const RU_STATEMENT_AHEAD = String.raw`(?:заяв(?:ит|ят|им)|(?:представ|оглас)(?:ит|ят|им)\s+(?:[\p{L}-]+\s+){0,2}?${DELIVERED})(?![\p{L}])`;
