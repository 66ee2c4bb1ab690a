/**
 * A Russian act's noun right before a post ("Указом Президента", "Распоряжением Премьер-министра",
 * "согласно приказу Министра"): the post in the genitive after it names the act's issuer, never the
 * person named after it ("Указом Президента Роман Скляр назначен …" is the President's decree on
 * Sklyar, who is no President).
 */
import { RU_ACT_NOUN } from './lexicon/titleCues';

export const RU_ACT_NOUN_BEFORE = new RegExp(String.raw`(?<![\p{L}])${RU_ACT_NOUN}\s+$`, 'iu');
