/**
 * Kazakh participles of arriving on a visit (events/visitor.ts): "Астанаға ресми сапармен келген
 * …", "сапармен келіп отырған …". Kazakh puts the participle's phrase before its noun: the first
 * name after it is the visitor. Not a converb of time ("келген соң", "келген кезде": after he came),
 * nor the participle as a noun ("келгенін").
 */
export const KK_ARRIVAL_PARTICIPLE =
  /(?<![\p{L}])(?:келген|келіп\s+(?:отырған|жатқан)|сапарлап\s+жүрген)(?![\p{L}])(?!\s+(?:соң|кейін|кезде|кезінде|сайын|еді|болатын|жоқ|екен)(?![\p{L}]))/gu;
