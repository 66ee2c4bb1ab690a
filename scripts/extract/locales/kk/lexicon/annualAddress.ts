/**
 * The Kazakh name of the head of state's annual Address (events/appeal.ts): "Жолдау" with any
 * possessive, case and attributive ending ("Жолдауы", "Жолдауын", "Жолдауындағы", "Жолдаудағы").
 * Not the verb "жолдады" (sent), which an appeal also takes ("халқына үндеу жолдады"): no form of
 * it starts with "жолдау". An address cue without it is an appeal to the people ("халыққа үндеу
 * жасады", "қазақстандықтарға жүгінді").
 */
export const KK_ANNUAL_ADDRESS = /(?<!\p{L})жолдау\p{L}*/iu;
