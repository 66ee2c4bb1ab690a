/**
 * A gathering noun that names a body inside a post is no gathering held: "Жиналыс төрағасы
 * Иван Петров 5 наурызда мәлімдеді", "Судьялар жиналысының төрағасы", "отырыс хатшысы". Kazakh
 * puts the body first, bare or in the genitive, then the post's possessed noun in any case
 * ("төрағасы", "төрағасының", "төрағасына", "орынбасары"); read by the gathering cue as what may
 * not follow it. (The Russian rule, the post before the body: locales/ru/events/bodyInPost.ts.)
 */
/** The post's noun possessed by the body, in any case ("төрағасы", "төрағасына"): not "төрағалық",
 * the chairmanship, which a sitting hands over ("отырыста төрағалық … өтті"). */
const POST = String.raw`төрағас|басшыс|хатшыс|мүшес|орынбасар[ыл]`;

export const KK_POST_AFTER_BODY = String.raw`^\s+(?:${POST})\p{L}*`;
