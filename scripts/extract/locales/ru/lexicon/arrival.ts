/**
 * Russian participles of arriving on a visit (events/visitor.ts): "прибывшим в Астану с
 * официальным визитом", "находящийся с визитом", in every case and gender. The noun they qualify
 * is the visitor: before them, after a comma ("… Балакришнаном, прибывшим …"), or after the
 * participle's phrase ("прибывший в Астану министр …").
 */
export const RU_ARRIVAL_PARTICIPLE =
  /(?<![\p{L}])(?:прибывш|приехавш|прилетевш|посетивш|находящ)(?:ий|его|ему|им|ем|ая|ей|ую|ие|их|ими)(?:ся)?(?![\p{L}])/giu;
