/**
 * Titles in kk, ru and en generated from the event's type and arguments by templates,
 * never by translating free text.
 */
import type { Localized } from '../../../src/model/schema';
import type { Candidate } from './candidate';
import { orgName, personName } from './names';

type Parts = Pick<
  Candidate,
  'type' | 'facet' | 'organisations' | 'places' | 'actors' | 'args' | 'themes'
>;

const EN_ORDINAL = (n: number) =>
  `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;
const ROMAN = (n: number) => {
  const table: Array<[number, string]> = [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']]; // prettier-ignore
  let out = '';
  for (const [v, s] of table) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
};

export function makeTitle(c: Parts): Localized {
  const party = c.organisations.find((o) => o.id !== 'national-coalition') ?? c.organisations[0];
  const org = party ? orgName(party.id, party.name) : undefined;
  const places = listPlaces(c);
  const who = c.actors[0] ? personName(c.actors[0].name) : undefined;
  const at = (l: keyof Localized) => (places ? ` (${places[l]})` : '');
  switch (c.type) {
    case 'congress': {
      const n = c.args.ordinal;
      const x = c.args.extraordinary;
      const o = org ?? { kk: 'Партия', ru: 'партии', en: 'the party' };
      return {
        kk: `«${o.kk}» партиясының ${x ? 'кезектен тыс ' : ''}${n ? ROMAN(n) + ' ' : ''}съезі`,
        ru: `${x ? 'Внеочередной ' : ''}${n ? ROMAN(n) + ' ' : ''}съезд партии «${o.ru}»`.replace(
          /^./u,
          (s) => s.toUpperCase(),
        ),
        en: `${x ? 'Extraordinary ' : ''}${n ? EN_ORDINAL(n) + ' ' : ''}congress of ${o.en}`.replace(
          /^./u,
          (s) => s.toUpperCase(),
        ),
      };
    }
    case 'renaming': {
      const ids = c.organisations.map((o) => o.id);
      const to = ids.includes('amanat')
        ? orgName('amanat', 'AMANAT')
        : c.args.newName
          ? orgName('', c.args.newName)
          : undefined;
      const fromOrg = c.organisations.find((o) => o.id !== 'amanat' || !to) ?? party;
      const from = fromOrg
        ? orgName(fromOrg.id, fromOrg.name)
        : { kk: 'партия', ru: 'партия', en: 'the party' };
      if (!to)
        return {
          kk: `«${from.kk}» партиясының атауын өзгерту`,
          ru: `Переименование партии «${from.ru}»`,
          en: `Renaming of ${from.en}`,
        };
      return {
        kk: `«${from.kk}» партиясының атауын «${to.kk}» деп өзгерту`,
        ru: `Переименование партии «${from.ru}» в «${to.ru}»`,
        en: `${from.en} renamed ${to.en}`,
      };
    }
    case 'election':
      return {
        presidential: {
          kk: 'Президент сайлауы',
          ru: 'Выборы президента',
          en: 'Presidential election',
        },
        parliamentary: {
          kk: 'Парламент сайлауы',
          ru: 'Парламентские выборы',
          en: 'Parliamentary election',
        },
        akim: {
          kk: 'Аудан әкімдерін сайлау',
          ru: 'Выборы акимов районов',
          en: 'Election of district akims',
        },
        general: { kk: 'Сайлау', ru: 'Выборы', en: 'Election' },
      }[c.args.electionKind ?? 'general'];
    case 'referendum':
      return c.themes.includes('constitution')
        ? {
            kk: 'Конституция бойынша референдум',
            ru: 'Референдум по Конституции',
            en: 'Constitutional referendum',
          }
        : { kk: 'Референдум', ru: 'Референдум', en: 'Referendum' };
    case 'coalition':
      if (c.facet === 'composition') {
        const o = org ?? orgName('national-coalition', 'коалиция');
        return { kk: `${o.kk}: құрамы`, ru: `${o.ru}: состав`, en: `${o.en}: its members` };
      }
      if (c.args.regional || places) {
        return {
          kk: `Аймақтық коалициялар жұмысын бастады${at('kk')}`,
          ru: `Региональные коалиции начали работу${at('ru')}`,
          en: `Regional coalitions start work${at('en')}`,
        };
      }
      return org
        ? {
            kk: `${org.kk}: жұмыс басталды`,
            ru: `${org.ru}: начало работы`,
            en: `${org.en} starts work`,
          }
        : { kk: 'Коалиция құрылды', ru: 'Создана коалиция', en: 'Coalition formed' };
    case 'headquarters': {
      const o = c.organisations.find((x) => x.id === 'national-coalition') ?? party;
      const name = o ? orgName(o.id, o.name) : undefined;
      return {
        kk: `${name ? name.kk + ': ' : ''}штаб ашылды${at('kk')}`,
        ru: `${name ? name.ru + ': ' : ''}открыт штаб${at('ru')}`,
        en: `${name ? name.en + ' opens ' : 'Headquarters opens'}${name ? 'headquarters' : ''}${places ? ' in ' + places.en : ''}`,
      };
    }
    case 'membership': {
      const o = org ?? { kk: 'Партия', ru: 'партии', en: 'party' };
      return {
        kk: `«${o.kk}» партиясының жаңа мүшелеріне билет табысталды${at('kk')}`,
        ru: `Новым членам партии «${o.ru}» вручены билеты${at('ru')}`,
        en: `New ${o.en} members receive party cards${at('en')}`,
      };
    }
    case 'meeting':
      return meetingTitle(c.facet, org, places);
    case 'address':
      return who
        ? {
            kk: `${who.kk}: Жолдау`,
            ru: `${who.ru}: Послание народу`,
            en: `${who.en}: address to the nation`,
          }
        : { kk: 'Президент Жолдауы', ru: 'Послание Президента', en: "The President's address" };
    case 'reform':
      return who
        ? {
            kk: `${who.kk}: саяси реформалар`,
            ru: `${who.ru}: политические реформы`,
            en: `${who.en}: political reforms`,
          }
        : { kk: 'Саяси реформалар', ru: 'Политические реформы', en: 'Political reforms' };
    case 'proposal':
      return who
        ? { kk: `${who.kk}: ұсыныс`, ru: `${who.ru}: предложение`, en: `Proposal by ${who.en}` }
        : { kk: 'Ұсыныс', ru: 'Предложение', en: 'Proposal' };
    case 'appointment':
      return who
        ? {
            kk: `${who.kk}: тағайындау`,
            ru: `Назначение: ${who.ru}`,
            en: `Appointment of ${who.en}`,
          }
        : { kk: 'Тағайындау', ru: 'Назначение', en: 'Appointment' };
    default:
      return { kk: 'Оқиға', ru: 'Событие', en: 'Event' };
  }
}

function meetingTitle(
  facet: string,
  org: Localized | undefined,
  places: Localized | undefined,
): Localized {
  const where = (l: keyof Localized) => (places ? places[l] : '');
  if (facet === 'summit')
    return org
      ? { kk: `${org.kk} саммиті`, ru: `Саммит ${org.ru}`, en: `${org.en} summit` }
      : { kk: 'Саммит', ru: 'Саммит', en: 'Summit' };
  if (facet === 'forum')
    return org
      ? { kk: `${org.kk}: форум`, ru: `${org.ru}: форум`, en: `${org.en} forum` }
      : { kk: 'Форум', ru: 'Форум', en: 'Forum' };
  if (facet === 'discussion')
    return places
      ? {
          kk: `Талқылау: ${where('kk')}`,
          ru: `Обсуждение: ${where('ru')}`,
          en: `Discussion in ${where('en')}`,
        }
      : { kk: 'Талқылау', ru: 'Обсуждение', en: 'Discussion' };
  if (facet === 'session') {
    return org
      ? { kk: `${org.kk}: сессия`, ru: `${org.ru}: сессия`, en: `${org.en}: session` }
      : { kk: 'Сессия', ru: 'Сессия', en: 'Session' };
  }
  if (facet === 'gathering' && org && !places) {
    return { kk: `${org.kk}: отырыс`, ru: `${org.ru}: заседание`, en: `${org.en}: session` };
  }
  return places
    ? {
        kk: `Кездесу: ${where('kk')}`,
        ru: `Встреча: ${where('ru')}`,
        en: `Meeting in ${where('en')}`,
      }
    : { kk: 'Кездесу', ru: 'Встреча', en: 'Meeting' };
}

function listPlaces(c: Parts): Localized | undefined {
  const seen = new Set<string>();
  const list = c.places.filter((p) => p.kind !== 'country' && !seen.has(p.id) && seen.add(p.id));
  if (list.length === 0) return undefined;
  return {
    kk: list.map((p) => p.name.kk).join(', '),
    ru: list.map((p) => p.name.ru).join(', '),
    en: list.map((p) => p.name.en).join(', '),
  };
}
