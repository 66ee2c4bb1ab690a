/** Conjunctions after which a word is no verb's subject ("Тоқаев пен Путин", events/loneInviter.ts). */
export const KK_NOT_BEFORE_SUBJECT = 'мен|пен|бен';
