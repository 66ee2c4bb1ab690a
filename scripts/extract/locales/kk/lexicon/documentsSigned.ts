/**
 * Kazakh documents signed, several (events/documentsSigned.ts): "құжат" in the plural
 * ("құжаттарға"), or after a count (the noun stays singular after a numeral: "15 құжатқа", "он бес
 * құжатқа", "бірқатар құжатқа"), or in a package ("құжаттар топтамасына", "құжаттар пакетіне").
 */
export const KK_DOCUMENTS_SIGNED =
  /(?<!\p{L})(?:құжат(?:тар|ты[рң])|(?:\d+|бір\p{L}*|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|жиырма|отыз|қырық|елу)\s+(?:[\p{L}-]+\s+){0,2}құжат|құжат\p{L}*\s+(?:топтама|пакет))/iu;
