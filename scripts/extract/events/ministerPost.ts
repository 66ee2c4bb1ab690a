/**
 * A minister's post with the ministry the text names: "Энергетика министрі", "министр энергетики"
 * is the Minister of Energy (kk "Энергетика министрі", ru "министр энергетики"), read off the
 * ministries' names (locales/kk/lexicon/ministries.ts): the Kazakh name's "министрлігі" is the
 * minister's "министрі", the Russian "Министерство" his "министр".
 */
import { KK_LEFT_OF_OWN_ACCORD } from '../locales/kk/lexicon/dismissal';
import { RU_LEFT_OF_OWN_ACCORD } from '../locales/ru/lexicon/dismissal';
import type { SourceLang } from '../../../src/model/schema';
import { MINISTRIES } from '../locales/kk/lexicon/ministries';
import { POSTS, type PostKey, type PostPhrases } from './posts';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\s+/gu, '\\s+');
const KK_STEM = (kk: string) => kk.replace(/\s+министрлігі$/u, '');
const RU_REST = (ru: string) => ru.replace(/^Министерство\s+/u, '');

// prettier-ignore
const CUES: Record<SourceLang, [string, RegExp][]> = {
  // (A deputy's ministry too: "Сыртқы істер вице-министрі", "вице-министром финансов".)
  kk: MINISTRIES.map((m) => [m.id, new RegExp(`(?<![\\p{L}-])${esc(KK_STEM(m.name.kk))}\\s+(?:(?:бірінші\\s+)?вице-)?министр(?!лі)`, 'iu')]),
  ru: MINISTRIES.map((m) => [m.id, new RegExp(`(?<![\\p{L}-])(?:вице-)?министр(?:а|ом|у|е)?\\s+${esc(RU_REST(m.name.ru))}(?![\\p{L}])`, 'iu')]),
};

/**
 * One holder leaving the post of his own accord ("подал в отставку", "отставкаға кетті"), not
 * dismissed by the post's holder ("облыс әкімі оны қызметінен босатты"), nor several who left
 * ("акимы ушли в отставку"): the post alone may then tell who resigned.
 */
export const LEFT_OF_OWN_ACCORD: Record<SourceLang, RegExp> = {
  kk: KK_LEFT_OF_OWN_ACCORD,
  ru: RU_LEFT_OF_OWN_ACCORD,
};

/** The ministry whose minister the text names, if any. */
export function ministryOfMinister(text: string, lang: SourceLang): string | undefined {
  return CUES[lang].find(([, re]) => re.test(text))?.[0];
}

/**
 * The post's phrases: a minister's, or his deputy's, with the ministry when the arguments name it
 * ("Deputy Minister of Foreign Affairs", "вице-министром иностранных дел", "сыртқы істер
 * вице-министрі").
 */
export function postPhrases(args: { post?: PostKey; ministry?: string }): PostPhrases | undefined {
  if (!args.post) return undefined;
  const ofMinistry = args.post === 'minister' || args.post === 'deputy-minister';
  const m = ofMinistry && MINISTRIES.find((x) => x.id === args.ministry);
  if (!m) return POSTS[args.post];
  const vice = args.post === 'deputy-minister' ? 'вице-' : '';
  const kk = `${KK_STEM(m.name.kk)} ${vice}министрі`;
  const rest = RU_REST(m.name.ru);
  return {
    kk: kk.charAt(0).toLowerCase() + kk.slice(1),
    ru: `${vice}министр ${rest}`,
    ruIns: `${vice}министром ${rest}`,
    ruGen: `${vice}министра ${rest}`,
    en: m.en.replace(/^the Ministry/u, vice ? 'Deputy Minister' : 'Minister'),
  };
}
