/**
 * Titles in kk, ru and en generated from the event's type and arguments by templates, never by
 * translating free text: a title says who did what, and to what when the text says it. Party and
 * vote events are here; acts of state in titlesState.ts; meetings and sessions in titlesMeeting.ts.
 * Types the schema may not list yet (decree, law, resignation, inauguration, session) are keyed by
 * name, so adding them to EventType makes their templates work.
 */
import type { Localized } from '../../../src/model/schema';
import { orgName } from './names';
import {
  L,
  capitalised,
  enOrdinal,
  mainOrg,
  isParty,
  mainParty,
  partyKkGen,
  partyRuGen,
  placesOf,
  roman,
  tense,
  where,
  type Parts,
} from './titleParts';
import { meetingTitle, sessionTitle } from './titlesMeeting';
import { invitationTitle } from './titlesInvitation';
import { attendedTitle } from './titlesAttended';
import { callTitle, otherTitle, pressTitle, visitTitle } from './titlesOther';
import { TOPICS } from './topics';
import { AKIM_ELECTION } from './akimLevel';
import { STATE_TITLES } from './titlesState';

type Template = (c: Parts) => Localized;

const PARTY = L('партия', 'партия', 'the party');

const TITLES: Record<string, Template> = {
  ...STATE_TITLES,
  meeting: (c) =>
    c.facet === 'visit'
      ? visitTitle(c)
      : c.facet === 'call'
        ? callTitle(c)
        : c.facet === 'press'
          ? pressTitle(c)
          : meetingTitle(c),
  other: otherTitle,
  session: sessionTitle,
  congress(c) {
    const n = c.args.ordinal;
    const x = c.args.extraordinary === true;
    // A congress is a party's: a chamber or a maslikhat the sentence names is not whose it is.
    const o = isParty(c) ? mainParty(c) : undefined;
    return L(
      `${o ? partyKkGen(o.kk) : 'Партияның'} ${x ? 'кезектен тыс ' : ''}${n ? roman(n) + ' ' : ''}съезі`,
      `${x ? 'Внеочередной ' : ''}${n ? roman(n) + ' ' : ''}съезд ${o ? partyRuGen(o.ru) : 'партии'}`,
      `${x ? 'Extraordinary ' : ''}${n ? enOrdinal(n) + ' ' : ''}congress of ${o?.en ?? 'the party'}`,
    );
  },
  renaming(c) {
    if (c.args.topic === 'rename-capital') return capitalRenamed(c);
    // "қала Астана деп аталды": a capital's name given is the capital renamed, whatever the sentence
    // calls it; a new name with no party named is no party's.
    if (c.args.newName && CAPITAL_NAMES.test(c.args.newName)) return capitalRenamed(c);
    if (c.args.newName && !isParty(c) && c.organisations.length === 0) {
      const to = orgName('', c.args.newName);
      return L(`«${to.kk}» атауы ${tense(c, 'берілді', 'берілмек')}`, `${tense(c, 'Переименование', 'Предстоящее переименование')}: новое название — «${to.ru}»`, `${tense(c, 'Renamed', 'To be renamed')} ${to.en}`); // prettier-ignore
    }
    const ids = c.organisations.map((o) => o.id);
    const to = ids.includes('amanat')
      ? orgName('amanat', 'AMANAT')
      : c.args.newName
        ? orgName('', c.args.newName)
        : undefined;
    const fromOrg = c.organisations.find((o) => o.id !== 'amanat' || !to);
    const from = fromOrg ? orgName(fromOrg.id, fromOrg.name) : PARTY;
    if (!to)
      return L(`${partyKkGen(from.kk)} атауы ${tense(c, 'өзгерді', 'өзгермек')}`, `${tense(c, 'Переименование', 'Предстоящее переименование')} ${partyRuGen(from.ru)}`, `${from.en} ${tense(c, 'changes', 'to change')} its name`); // prettier-ignore
    return L(
      `«${from.kk}» партиясы «${to.kk}» болып ${tense(c, 'өзгертілді', 'өзгертілмек')}`,
      `Партия «${from.ru}» ${tense(c, 'переименована', 'будет переименована')} в «${to.ru}»`,
      `${from.en} ${tense(c, 'renamed', 'to be renamed')} ${to.en}`,
    );
  },
  election(c) {
    const x = c.args.extraordinary === true;
    const kind = c.args.electionKind ?? 'general';
    const t = {
      presidential: L('президент сайлауы', 'выборы президента', 'presidential election'),
      parliamentary: c.args.withMaslikhats
        ? L('Мәжіліс және мәслихат сайлауы', 'выборы в Мажилис и маслихаты', 'parliamentary and local council elections') // prettier-ignore
        : L('Мәжіліс сайлауы', 'выборы в Мажилис', 'parliamentary election'),
      akim: AKIM_ELECTION[c.args.akimLevel ?? 'untold'],
      senate: L('Сенат сайлауы', 'выборы в Сенат', 'Senate election'),
      maslikhat: L('мәслихат сайлауы', 'выборы в маслихат', 'local council (maslikhat) election'),
      general: L('сайлау', 'выборы', 'election'),
    }[kind];
    return x
      ? L(`Кезектен тыс ${t.kk}`, `Внеочередные ${t.ru}`, `Snap ${t.en}`)
      : L(t.kk, t.ru, t.en);
  },
  referendum: (c) =>
    c.args.topic === 'nuclear-plant' || c.args.topic === 'nuclear-referendum'
      ? L(`${TOPICS['nuclear-plant'].kkAbout} туралы референдум`, `Референдум ${TOPICS['nuclear-plant'].ruAbout}`, `Referendum on ${TOPICS['nuclear-plant'].enOn}`) // prettier-ignore
      : c.args.newConstitution
        ? L('Жаңа Конституция бойынша референдум', 'Референдум по новой Конституции', 'Referendum on the new Constitution') // prettier-ignore
        : c.themes.includes('constitution')
          ? L('Конституция бойынша референдум', 'Референдум по Конституции', 'Referendum on the Constitution') // prettier-ignore
          : L('Референдум', 'Референдум', 'Referendum'),
  coalition(c) {
    const org = mainOrg(c);
    // (The capital is where the national coalition is formed, not a region's.)
    const places = placesOf({ ...c, places: c.places.filter((p) => p.id !== 'astana') });
    if (c.facet === 'composition') {
      const o = org ?? orgName('national-coalition', 'коалиция');
      return L(`${o.kk} құрамы`, `${o.ru}: кто в неё входит`, `Who is in ${o.en}`);
    }
    if (c.args.regional || places) {
      const at = places
        ? L(` (${places.kk})`, ` (${places.ru})`, ` (${places.en})`)
        : L('', '', '');
      return L(
        `Аймақтық коалициялар жұмысын ${tense(c, 'бастады', 'бастамақ')}${at.kk}`,
        `Региональные коалиции ${tense(c, 'начали', 'начнут')} работу${at.ru}`,
        `Regional coalitions ${tense(c, 'start', 'to start')} work${at.en}`,
      );
    }
    return org
      ? L(`${org.kk} жұмысын ${tense(c, 'бастады', 'бастамақ')}`, `${org.ru} ${tense(c, 'начинает', 'начнёт')} работу`, `${org.en} ${tense(c, 'starts', 'to start')} work`) // prettier-ignore
      : L(`Коалиция ${tense(c, 'құрылды', 'құрылмақ')}`, `${tense(c, 'Создана', 'Будет создана')} коалиция`, tense(c, 'A coalition is formed', 'A coalition to be formed')); // prettier-ignore
  },
  headquarters(c) {
    const o = c.organisations.find((x) => x.id === 'national-coalition') ?? c.organisations[0];
    const name = o ? orgName(o.id, o.name) : undefined;
    const at = where(placesOf(c));
    const ruAt = at.ru;
    // (Ahead as the text tells: "штабтар ашады", "откроет штабы".)
    if (!name)
      return L(
        `Штаб ${tense(c, 'ашылды', 'ашылмақ')}${at.kk}`,
        `${tense(c, 'Открыт', 'Будет открыт')} штаб${ruAt}`,
        `Headquarters ${tense(c, 'opens', 'to open')}${at.en}`,
      );
    return L(
      `${name.kk} штаб ${tense(c, 'ашты', 'ашпақ')}${at.kk}`,
      `${name.ru} ${tense(c, 'открывает', 'откроет')} штаб${ruAt}`,
      `${name.en} ${tense(c, 'opens', 'to open')} headquarters${at.en}`,
    );
  },
  membership(c) {
    // A state's part in an organisation ("заморозила участие в ОДКБ"), not a party's new members.
    if (c.facet === 'state') {
      const org = mainOrg(c);
      return org
        ? L(`${org.kk}: мүшелік`, `${org.ru}: членство`, `${org.en}: membership`)
        : L('Ұйымдағы мүшелік', 'Членство в организации', 'Membership of an organisation');
    }
    const o = mainParty(c);
    const at = where(placesOf(c));
    // A member admitted, a state to an organisation or a person to a party (no cards told).
    if (c.facet === 'joined')
      return L(
        `${o ? partyKkGen(o.kk) + ' қатарына' : 'Ұйымға'} жаңа мүше ${tense(c, 'қабылданды', 'қабылданбақ')}${at.kk}`,
        `Новый член ${tense(c, 'принят', 'будет принят')} в ${o ? o.ru : 'организацию'}${at.ru}`,
        `New member ${tense(c, 'admitted', 'to be admitted')}${o ? ' to ' + o.en : ''}${at.en}`,
      );
    return L(
      `${o ? partyKkGen(o.kk) : 'Партияның'} жаңа мүшелеріне билет ${tense(c, 'табысталды', 'табысталмақ')}${at.kk}`,
      `Новым членам ${o ? partyRuGen(o.ru) : 'партии'} ${tense(c, 'вручены', 'будут вручены')} билеты${at.ru}`,
      `New ${o ? o.en + ' ' : 'party '}members ${tense(c, 'receive', 'to receive')} party cards${at.en}`,
    );
  },
};

/** The capital renamed (`Нұр-Сұлтанды Астана деп қайта атау`): to its new name when given. */
/** The names Kazakhstan's capital has had since 1997. */
const CAPITAL_NAMES = /^(?:Астана|Нұр-Сұлтан|Нур-Султан|Ақмола|Акмола|Сұлтан|Султан)$/u;

function capitalRenamed(c: Parts): Localized {
  const to = c.args.newName ? orgName('', c.args.newName) : undefined;
  if (!to)
    return L(
      `Елорданың атауы ${tense(c, 'өзгертілді', 'өзгертілмек')}`,
      'Переименование столицы',
      `The capital ${tense(c, 'is renamed', 'to be renamed')}`,
    );
  return L(
    `Елорда атауы «${to.kk}» болып ${tense(c, 'өзгертілді', 'өзгертілмек')}`,
    `Столица ${tense(c, 'переименована', 'будет переименована')}: новое название — «${to.ru}»`,
    `The capital ${tense(c, 'renamed', 'to be renamed')} ${to.en}`,
  );
}

export function makeTitle(c: Parts): Localized {
  // (An invitation is titled as one whatever the event's type: not the inviter's visit.)
  if (c.args.invited) return capitalised(invitationTitle(c, c.args.invited));
  // (So is a gathering its subject takes part in, whatever its kind: not the one who held it.)
  const attended = c.args.attended ? attendedTitle(c) : undefined;
  if (attended) return capitalised(attended);
  const template = TITLES[c.type];
  return capitalised(template ? template(c) : L('Оқиға', 'Событие', 'Event'));
}
