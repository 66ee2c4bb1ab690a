/**
 * A gathering noun that names a body inside a post is no gathering held: "Председатель Собрания
 * судей Иван Петров заявил …", "заместителя председателя Общего собрания", "секретарь заседания
 * комиссии". The post's noun in any case and number, right before the body's name in the
 * genitive (an adjective of it between: "Общего", "Пленарного"); read by the meeting cue as what
 * may not stand before it. (The Kazakh rule, the post after the body: locales/kk/events/bodyInPost.ts.)
 */
const POST = String.raw`(?:со)?председател|заместител|руководител|секретар|член`;

export const RU_POST_BEFORE_BODY = String.raw`(?<![\p{L}])(?:${POST})\p{L}*\s+(?:[\p{L}-]+(?:ого|его|ой|ей)\s+)?$`;
