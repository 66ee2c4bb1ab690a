/**
 * Russian documents signed, several (events/documentsSigned.ts): "документ" in the plural
 * ("15 документов", "документы", "пакет документов").
 */
export const RU_DOCUMENTS_SIGNED = /(?<!\p{L})документ(?:ы|ов|ам|ами|ах)(?!\p{L})/iu;
