/**
 * Posts in the forms the appointment and resignation templates need: Kazakh nominative (`kk`,
 * Russian nominative (`ru`),
 * before "болып тағайындалды" / "қызметінен"), Russian instrumental (`ruIns`, "назначен …-ом")
 * and genitive (`ruGen`, "с поста …-а"), English (`en`).
 */
import { TITLE_CUES } from './titleCueWords';
import type { Localized, SourceLang } from '../../../src/model/schema';
import { personName } from './names';
import { givenPost } from './givenPost';

export interface PostPhrases {
  kk: string;
  ru: string;
  ruIns: string;
  ruGen: string;
  en: string;
}

// prettier-ignore
export const POSTS = {
  government: { kk: 'Үкімет', ru: 'правительство', ruIns: 'правительством', ruGen: 'правительства', en: 'the Government' },
  'acting-prime-minister': { kk: 'Премьер-Министрдің міндетін атқарушы', ru: 'исполняющий обязанности премьер-министра', ruIns: 'исполняющим обязанности премьер-министра', ruGen: 'исполняющего обязанности премьер-министра', en: 'acting Prime Minister' },
  'first-deputy-prime-minister': { kk: 'Премьер-Министрдің бірінші орынбасары', ru: 'первый заместитель премьер-министра', ruIns: 'первым заместителем премьер-министра', ruGen: 'первого заместителя премьер-министра', en: 'First Deputy Prime Minister' },
  'deputy-prime-minister': { kk: 'Премьер-Министрдің орынбасары', ru: 'заместитель премьер-министра', ruIns: 'заместителем премьер-министра', ruGen: 'заместителя премьер-министра', en: 'Deputy Prime Minister' },
  'prime-minister': { kk: 'Премьер-Министр', ru: 'премьер-министр', ruIns: 'премьер-министром', ruGen: 'премьер-министра', en: 'Prime Minister' },
  'deputy-head-administration': { kk: 'Президент Әкімшілігі Басшысының орынбасары', ru: 'заместитель руководителя Администрации Президента', ruIns: 'заместителем руководителя Администрации Президента', ruGen: 'заместителя руководителя Администрации Президента', en: 'deputy head of the Presidential Administration' },
  'head-administration': { kk: 'Президент Әкімшілігінің Басшысы', ru: 'руководитель Администрации Президента', ruIns: 'руководителем Администрации Президента', ruGen: 'руководителя Администрации Президента', en: 'Head of the Presidential Administration' },
  'state-counsellor': { kk: 'Мемлекеттік кеңесші', ru: 'государственный советник', ruIns: 'государственным советником', ruGen: 'государственного советника', en: 'State Counsellor' },
  'state-secretary': { kk: 'Мемлекеттік хатшы', ru: 'государственный секретарь', ruIns: 'государственным секретарём', ruGen: 'государственного секретаря', en: 'State Secretary' },
  'presidential-adviser': { kk: 'Президенттің кеңесшісі', ru: 'советник президента', ruIns: 'советником президента', ruGen: 'советника президента', en: 'adviser to the President' },
  'presidential-press-secretary': { kk: 'Президенттің баспасөз хатшысы', ru: 'пресс-секретарь президента', ruIns: 'пресс-секретарём президента', ruGen: 'пресс-секретаря президента', en: 'press secretary to the President' },
  'press-secretary': { kk: 'баспасөз хатшысы', ru: 'пресс-секретарь', ruIns: 'пресс-секретарём', ruGen: 'пресс-секретаря', en: 'press secretary' },
  ambassador: { kk: 'елші', ru: 'посол', ruIns: 'послом', ruGen: 'посла', en: 'ambassador' },
  'committee-chairman': { kk: 'комитет төрағасы', ru: 'председатель комитета', ruIns: 'председателем комитета', ruGen: 'председателя комитета', en: 'committee chairman' },
  'mazhilis-deputy-chairman': { kk: 'Мәжіліс Төрағасының орынбасары', ru: 'заместитель председателя Мажилиса', ruIns: 'заместителем председателя Мажилиса', ruGen: 'заместителя председателя Мажилиса', en: 'Deputy Chairman of the Mazhilis' },
  'senate-deputy-chairman': { kk: 'Сенат Төрағасының орынбасары', ru: 'заместитель председателя Сената', ruIns: 'заместителем председателя Сената', ruGen: 'заместителя председателя Сената', en: 'Deputy Chairman of the Senate' },
  'mazhilis-chairman': { kk: 'Мәжіліс Төрағасы', ru: 'председатель Мажилиса', ruIns: 'председателем Мажилиса', ruGen: 'председателя Мажилиса', en: 'Chairman of the Mazhilis' },
  'party-chairman': { kk: 'партия төрағасы', ru: 'председатель партии', ruIns: 'председателем партии', ruGen: 'председателя партии', en: 'party chairman' },
  'party-leader': { kk: 'партия жетекшісі', ru: 'лидер партии', ruIns: 'лидером партии', ruGen: 'лидера партии', en: 'party leader' },
  'senate-chairman': { kk: 'Сенат Төрағасы', ru: 'председатель Сената', ruIns: 'председателем Сената', ruGen: 'председателя Сената', en: 'Chairman of the Senate' },
  'maslikhat-secretary': { kk: 'мәслихат хатшысы', ru: 'секретарь маслихата', ruIns: 'секретарём маслихата', ruGen: 'секретаря маслихата', en: 'secretary of the maslikhat' },
  'maslikhat-chairman': { kk: 'мәслихат төрағасы', ru: 'председатель маслихата', ruIns: 'председателем маслихата', ruGen: 'председателя маслихата', en: 'chairman of the maslikhat' },
  senator: { kk: 'Сенат депутаты', ru: 'депутат Сената', ruIns: 'депутатом Сената', ruGen: 'депутата Сената', en: 'member of the Senate' },
  'prosecutor-general': { kk: 'Бас прокурор', ru: 'генеральный прокурор', ruIns: 'генеральным прокурором', ruGen: 'генерального прокурора', en: 'Prosecutor General' },
  president: { kk: 'Президент', ru: 'президент', ruIns: 'президентом', ruGen: 'президента', en: 'President' },
  'deputy-akim': { kk: 'әкімнің орынбасары', ru: 'заместитель акима', ruIns: 'заместителем акима', ruGen: 'заместителя акима', en: 'deputy akim' },
  akim: { kk: 'әкім', ru: 'аким', ruIns: 'акимом', ruGen: 'акима', en: 'akim (governor)' },
  'deputy-minister': { kk: 'вице-министр', ru: 'вице-министр', ruIns: 'вице-министром', ruGen: 'вице-министра', en: 'deputy minister' },
  minister: { kk: 'министр', ru: 'министр', ruIns: 'министром', ruGen: 'министра', en: 'minister' },
} as const satisfies Record<string, PostPhrases>;

export type PostKey = keyof typeof POSTS;

/**
 * The first post whose cue (locales/<lang>/lexicon/titleCues.ts) the text matches. The Government
 * resigns as a whole but is no one's post: for an appointment told beside its resignation ("тұтас
 * Үкімет отставкаға кетіп, … міндеті Асқар Маминге жүктелді") the appointee's post is read on.
 * An act's issuer is left out first (locales/<lang>/lexicon/titleCues.ts, `actIssuer`).
 */
export function postOf(
  text: string,
  lang: SourceLang,
  type: 'appointment' | 'resignation' | string,
): PostKey | undefined {
  // (The issuer of the act it is given by holds his own post: "Распоряжением Премьер-министра …
  // назначен заместителем акима" gives no one the Prime Minister's post.)
  // (Nor are posts the holder keeps: "сложил полномочия президента, сохранив пост председателя
  // партии" left the presidency, not the party.)
  // (Nor the post the one appointed held before: "избрали первым заместителем Ернара
  // Дуйсенбаева, ранее работавшего секретарем маслихата" gives the deputy's post.)
  const cues = TITLE_CUES[lang];
  const without = text.replace(cues.actIssuer, ' ').replace(cues.keptPost, ' ');
  const told = type === 'appointment' ? without.replace(cues.heldBefore, ' ') : without;
  // (The post an appointment gives is the one its complement names, by case: givenPost.ts.)
  const given = type === 'appointment' ? givenPost(told, lang) : undefined;
  if (given && given !== 'government') return given as PostKey;
  return cues.posts.find(
    ([key, re]) => !(type === 'appointment' && key === 'government') && re.test(told),
  )?.[0] as PostKey | undefined;
}

/** Whether the one the title is about holds the post by the role told beside the name. */
export function ownsPost(
  post: PostKey,
  actors: ReadonlyArray<{ name: string; role?: string }>,
  own: Localized | undefined,
): boolean {
  return actors.some((a) => isOwnActor(a, own) && holdsPost(a, post));
}

function holdsPost(a: { role?: string }, post: PostKey): boolean {
  return (
    a.role !== undefined && (postOf(a.role, 'ru', '') === post || postOf(a.role, 'kk', '') === post)
  );
}

const isOwnActor = (a: { name: string }, own: Localized | undefined) =>
  own !== undefined && personName(a.name).en === own.en;

/**
 * Whether the post is another person's role, told in apposition to that person's name, and not
 * the role of the one the title is about ("Председатель Сената Касым-Жомарт Токаев стал
 * президентом после отставки Нурсултана Назарбаева": the Senate's chairman is Tokayev, not the
 * post Nazarbayev left).
 */
export function anothersPost(
  post: PostKey,
  actors: ReadonlyArray<{ name: string; role?: string }>,
  own: Localized | undefined,
): boolean {
  return (
    actors.some((a) => !isOwnActor(a, own) && holdsPost(a, post)) && !ownsPost(post, actors, own)
  );
}
