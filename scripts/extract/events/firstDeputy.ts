/**
 * A first deputy holds a post of his own, above the other deputies ("первый заместитель акима",
 * "әкімінің бірінші орынбасары", "первый вице-министр"): a title that drops "first" names a
 * different, lower post. The deputy's phrases get "first" before the deputy's noun in every form
 * the templates use.
 */
import type { PostKey, PostPhrases } from './posts';

/** Deputy posts with no "first" key of their own (the Prime Minister's first deputy has one). */
export const DEPUTY_POSTS: ReadonlySet<PostKey> = new Set<PostKey>([
  'deputy-akim',
  'deputy-minister',
  'mazhilis-deputy-chairman',
  'senate-deputy-chairman',
  'deputy-head-administration',
]);

/** The deputy's phrases with "first": "бірінші орынбасары", "первым заместителем", "First Deputy". */
export function asFirstDeputy(p: PostPhrases): PostPhrases {
  return {
    kk: p.kk.replace(/(?<![\p{L}-])(орынбасары|вице-министр)/u, 'бірінші $1'),
    ru: p.ru.replace(/(?<![\p{L}-])(заместитель|вице-министр)/u, 'первый $1'),
    ruIns: p.ruIns.replace(/(?<![\p{L}-])(заместителем|вице-министром)/u, 'первым $1'),
    ruGen: p.ruGen.replace(/(?<![\p{L}-])(заместителя|вице-министра)/u, 'первого $1'),
    en: p.en.replace(/(?<![\p{L}-])([Dd])eputy/u, (_, d: string) =>
      d === 'D' ? 'First Deputy' : 'first deputy',
    ),
  };
}
