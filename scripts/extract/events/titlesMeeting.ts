/**
 * Titles of meetings and sessions: who met whom, what they discussed, where. A congress's results
 * name the congress (`Discussion of the results of AMANAT's 24th congress`).
 */
import type { Localized } from '../../../src/model/schema';
import { GROUPS } from './groups';
import { hostName } from './hostPost';
import { MET_POST_NAMES } from './metPost';
import { MEETING_KINDS } from './meetingKinds';
import { isFemaleName, orgName, personName } from './names';
import { kkWith, ruNameIn } from './titleNameCases';
import {
  L,
  bodyRuGen,
  bodyRuGenOf,
  enOrdinal,
  isStateBody,
  mainParty,
  mainOrg,
  partyKkGen,
  partyRuGen,
  placesOf,
  roman,
  ruDid,
  signerOf,
  tense,
  where,
  type Parts,
} from './titleParts';
import { TOPICS } from './topics';

export function meetingTitle(c: Parts): Localized {
  const org = mainOrg(c);
  const at = where(placesOf(c));
  // A body's sitting (`Мәжілістегі фракцияның отырысы`) is a session of that body.
  // (So is a body's sitting its cue names, "заседание Правительства", whoever chaired it.)
  // (Not a meeting with someone named, the body only the owner of a post: "Сенат төрағасы …
  // министрі Серік Жұманғаринмен кездесті" is the chairman's meeting with the minister.)
  const sitting =
    ((c.facet === 'gathering' || c.facet === 'meeting') &&
      isStateBody(c) &&
      !c.args.withWhom &&
      !(c.facet === 'meeting' && (c.args.met || c.args.hostPost || c.args.metPost))) ||
    (c.facet === 'sitting' && org !== undefined);
  // The National Kurultai is an advisory council, so its sittings are meetings, not a chamber's
  // sessions; their title still names the sitting ("Ұлттық құрылтай отырысы").
  if (c.facet === 'session' || c.facet === 'kurultai' || c.args.joint || sitting)
    return sessionTitle(c);
  if (c.facet === 'summit')
    return org ? L(`${org.kk} саммиті${at.kk}`, `Саммит ${org.ru}${at.ru}`, `${org.en} summit${at.en}`) : L(`Саммит${at.kk}`, `Саммит${at.ru}`, `Summit${at.en}`); // prettier-ignore
  if (c.facet === 'forum')
    return org ? L(`${org.kk}: форум`, `${org.ru}: форум`, `${org.en} forum`) : L('Форум', 'Форум', 'Forum'); // prettier-ignore
  if (c.facet === 'credentials')
    return L(`Елшілер сенім грамоталарын ${tense(c, 'тапсырды', 'тапсырмақ')}${at.kk}`, `Вручение верительных грамот${at.ru}`, `Ambassadors ${tense(c, 'present', 'to present')} their credentials${at.en}`); // prettier-ignore
  if (c.args.topic === 'congress-results') return congressResults(c, mainParty(c), at);
  // (A group never meets itself: "Тұрғындардың алдына … шықты. … тұрғындармен кездесті" names the
  // residents twice, as whom the officials met.)
  const by = c.args.byWhom && c.args.byWhom !== c.args.withWhom ? GROUPS[c.args.byWhom] : undefined;
  const wi = c.args.withWhom ? GROUPS[c.args.withWhom] : undefined;
  // (A host named by his post alone: "Глава государства провел встречу с …".)
  // (Or by a chamber's post alone: "Сенат төрағасы министрмен кездесті", hostPost.ts.)
  const actor = signerOf(c) ?? (c.args.hostPost ? hostName(c.args.hostPost) : undefined);
  const who = actor?.name;
  const female = actor?.female === true;
  if (wi && (by || who)) {
    const subject = by ? L(by.kk, by.ru, by.en) : who!;
    return L(
      `${subject.kk} ${wi.kkWith} ${tense(c, 'кездесті', 'кездеспек')}${at.kk}`,
      `${subject.ru} ${by ? tense(c, 'встретились', 'встретятся') : ruDid(c, female, 'встретился', 'встретилась', 'встретится')} с ${wi.ruWith}${at.ru}`,
      `${subject.en} ${by ? tense(c, 'meet', 'to meet') : tense(c, 'meets', 'to meet')} ${wi.en}${at.en}`,
    );
  }
  if (wi) return L(`${wi.kkWith} кездесу${at.kk}`, `Встреча с ${wi.ruWith}${at.ru}`, `Meeting with ${wi.en}${at.en}`); // prettier-ignore
  const t = c.args.topic ? TOPICS[c.args.topic] : undefined;
  if (c.facet === 'discussion')
    return t
      ? L(`${t.kkAbout} талқыланды${at.kk}`, `Обсуждение: ${t.ruNom}${at.ru}`, `Discussion of ${t.enOn}${at.en}`) // prettier-ignore
      : L(`Талқылау${at.kk}`, `Обсуждение${at.ru}`, `Discussion${at.en}`);
  if (c.facet === 'gathering' && org && !placesOf(c))
    return L(`${org.kk}: отырыс`, `${org.ru}: заседание`, `Session of ${org.en}`);
  // Whom the host met (meetingSides.ts): "Қасым-Жомарт Тоқаев Шавкат Мирзиёевпен кездесті".
  const met = c.args.met ? personName(c.args.met) : undefined;
  if (met) {
    const metRu = ruNameIn(met.ru, isFemaleName(c.args.met!), 'ins');
    if (!who) return L(`${kkWith(met.kk)} кездесу${at.kk}`, `Встреча с ${metRu}${at.ru}`, `Meeting with ${met.en}${at.en}`); // prettier-ignore
    // An audience: the host received the one met ("Қошановты қабылдады", "принял Кошанова").
    if (c.facet === 'audience')
      return L(
        `${who.kk} ${kkWith(met.kk)} ${tense(c, 'кездесті', 'кездеспек')}${at.kk}`,
        `${who.ru} ${ruDid(c, female, 'принял', 'приняла', 'примет')} ${ruNameIn(met.ru, isFemaleName(c.args.met!), 'acc')}${at.ru}`,
        `${who.en} ${tense(c, 'receives', 'to receive')} ${met.en}${at.en}`,
      );
    return L(
      `${who.kk} ${kkWith(met.kk)} ${tense(c, 'кездесті', 'кездеспек')}${at.kk}`,
      `${who.ru} ${ruDid(c, female, 'встретился', 'встретилась', 'встретится')} с ${metRu}${at.ru}`,
      `${who.en} ${tense(c, 'meets', 'to meet')} ${met.en}${at.en}`,
    );
  }
  // (A chamber's post met, named alone: "Президент встретился с председателем Сената", metPost.ts.)
  const post = c.args.metPost ? MET_POST_NAMES[c.args.metPost] : undefined;
  if (post && who)
    return L(`${who.kk} ${post.kk} ${tense(c, 'кездесті', 'кездеспек')}${at.kk}`, `${who.ru} ${ruDid(c, female, 'встретился', 'встретилась', 'встретится')} с ${post.ru}${at.ru}`, `${who.en} ${tense(c, 'meets', 'to meet')} ${post.en}${at.en}`); // prettier-ignore
  if (post) return L(`${post.kk} кездесу${at.kk}`, `Встреча с ${post.ru}${at.ru}`, `Meeting with ${post.en}${at.en}`); // prettier-ignore
  // (A sitting he held, "провела заседание", "отырыс өткізді", is no meeting with someone.)
  if (who && c.facet === 'sitting')
    return L(
      `${who.kk} отырыс ${tense(c, 'өткізді', 'өткізбек')}${at.kk}`,
      `${who.ru} ${ruDid(c, female, 'провёл', 'провела', 'проведёт')} заседание${at.ru}`,
      `${who.en} ${tense(c, 'holds', 'to hold')} a session${at.en}`,
    );
  if (who)
    return L(
      `${who.kk} кездесу ${tense(c, 'өткізді', 'өткізбек')}${at.kk}`,
      `${who.ru} ${ruDid(c, female, 'провёл', 'провела', 'проведёт')} встречу${at.ru}`,
      `${who.en} ${tense(c, 'holds', 'to hold')} a meeting${at.en}`,
    );
  const kind = c.args.meetingKind ? MEETING_KINDS[c.args.meetingKind] : undefined;
  if (kind) return L(`${kind.kk}${at.kk}`, `${kind.ru}${at.ru}`, `${kind.en}${at.en}`);
  if (c.facet === 'sitting') return L(`Отырыс${at.kk}`, `Заседание${at.ru}`, `Session${at.en}`);
  return L(`Кездесу${at.kk}`, `Встреча${at.ru}`, `Meeting${at.en}`);
}

function congressResults(c: Parts, org: Localized | undefined, at: Localized): Localized {
  const n = c.args.ordinal;
  const kkWhich = `${org ? partyKkGen(org.kk) + ' ' : ''}${n ? roman(n) + ' ' : ''}съезінің`;
  const ruWhich = `${n ? roman(n) + ' ' : ''}съезда${org ? ' ' + partyRuGen(org.ru) : ''}`;
  const enWhich = `${org ? org.en + "'s " : 'the '}${n ? enOrdinal(n) + ' ' : ''}congress`;
  return L(
    `${kkWhich} қорытындылары талқыланды${at.kk}`,
    `Обсуждение итогов ${ruWhich}${at.ru}`,
    `Discussion of the results of ${enWhich}${at.en}`,
  );
}

/** A session: of both chambers of Parliament, or of one body (a maslikhat), on its topic. */
const COUNCIL = 'national-kurultai';

export function sessionTitle(c: Parts): Localized {
  // (A bare "курултай" read as the council names no body: it is the National Kurultai, kurultaiKind.ts.)
  const council = c.facet === 'kurultai' && !mainOrg(c);
  const org = council ? orgName(COUNCIL, 'Ұлттық құрылтай') : mainOrg(c);
  const ruGen = council ? bodyRuGenOf(COUNCIL) : bodyRuGen(c);
  const at = where(placesOf(c));
  const t = c.args.topic && c.args.topic !== 'joint-session' ? TOPICS[c.args.topic] : undefined;
  const base = c.args.joint
    ? L('Парламент палаталарының бірлескен отырысы', 'Совместное заседание палат Парламента', 'Joint session of both chambers of Parliament') // prettier-ignore
    : org
      ? L(`${org.kk} отырысы`, `Заседание ${ruGen ?? '— ' + org.ru}`, `Session of ${org.en}`)
      : L('Отырыс', 'Заседание', 'Session');
  return L(
    `${base.kk}${at.kk}${t ? ': ' + t.kkAbout : ''}`,
    `${base.ru}${at.ru}${t ? ' ' + t.ruAbout : ''}`,
    `${base.en}${at.en}${t ? ' on ' + t.enOn : ''}`,
  );
}
