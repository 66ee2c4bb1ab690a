/**
 * A party in the comitative is who the subject acts with ("«Асар» партиясымен бірікті",
 * "AMANAT партиясымен кездесті"), not the one whose congress or statement it is.
 */
export const KK_PARTNER_PARTY = /(?:мен|бен|пен)$/u;
