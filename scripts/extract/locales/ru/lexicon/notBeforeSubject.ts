/** Prepositions and a conjunction after which a word is no verb's subject ("к Путину", events/loneInviter.ts). */
export const RU_NOT_BEFORE_SUBJECT = 'в|во|на|с|со|к|ко|о|об|по|у|от|для|за|при|и';
