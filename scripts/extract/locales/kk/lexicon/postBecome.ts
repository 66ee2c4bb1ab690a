/**
 * A post one became, in the possessive nominative before the copula: "Мәжіліс төрағасы болды",
 * "облыс әкімі болды", "Премьер-Министр болды". The copula also tells who one was ("ұзақ жыл әкім
 * болды"): the cue needs a date of its own (events/trigger.ts needsDate) and none of a span. The
 * head of state's post is the President's taking office (triggersVotes.ts), not an appointment.
 */
export const KK_POST_BECAME = String.raw`(?<!Мемлекет\s)(?:төрағасы|әкімі|министрі|хатшысы|басшысы|спикері|орынбасары|Премьер-Министр(?:і)?)\s+болды(?![\p{L}])`;

/** The words of a span of holding it ("30 жыл бойы", "2019 жылдан бері", "… дейін", "… жылдары"). */
export const KK_POST_HELD_SPAN = String.raw`(?:бойы|бері|дейін|жылдары|кезінде)(?![\p{L}])[^.]*$`;
