/**
 * The Russian name of the head of state's annual Address (events/appeal.ts): "Послание" in every
 * case and number ("Посланием", "в Послании", "посланий"). An address cue without it is an appeal
 * to the people ("обратился к народу", "выступил с телеобращением"), not the Address.
 */
export const RU_ANNUAL_ADDRESS = /(?<!\p{L})послани\p{L}*/iu;
