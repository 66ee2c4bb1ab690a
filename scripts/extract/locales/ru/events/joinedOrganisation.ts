/**
 * A state (or a party's new member) joining an organisation or a treaty, in Russian: become its
 * member, observer or partner ("стал членом ВТО", "стала наблюдателем в ШОС", "станут полноправными
 * членами союза"), received that status ("получил статус наблюдателя при ЕАЭС"), admitted to it
 * ("принят в ВТО", "принята в члены ООН") or entered it ("вступил в Шанхайскую организацию
 * сотрудничества", "вступят в союз"). Every gender and number of the verb; the organisation after
 * up to three adjectives ("Всемирной торговой организации"). The cues are read case-blind, so
 * capitals cannot tell an abbreviation: the ones Kazakhstan's news names are listed. (A bloc
 * joined, "вступила в блок", is a coalition of parties, not a membership.)
 */
import { T } from './triggerWords';

/** What one joins: an organisation, a union, an alliance, a community, a treaty, a party. */
const ORG_NOUN = String.raw`(?:организаци|союз|альянс|сообществ|содружеств|соглашени|конвенци|договор|хартии|хартию|пакт|парти)${T}`;
const ABBREVIATIONS = String.raw`(?:ВТО|ЕАЭС|ОДКБ|ШОС|ООН|НАТО|СНГ|ОТГ|БРИКС|ОБСЕ|ОИС|ЕС|АСЕАН|СВМДА|МАГАТЭ|ОПЕК|ЕАБР|АБИИ|ЮНЕСКО)(?![\p{L}])`;
/** Up to three adjectives before the noun: "Всемирной торговой", "Евразийский экономический". */
const ADJECTIVES = String.raw`(?:[\p{L}-]+(?:ой|ую|ий|ый|ое|ая|ого|ему|ом|ей|ых|ие|ые|им|ым)\s+){0,3}`;
const ORG = String.raw`(?:${ADJECTIVES}${ORG_NOUN}|${ABBREVIATIONS})`;
/** Member, observer, partner, participant, in the instrumental (what one becomes). */
const ROLE_INS = String.raw`(?:член|наблюдател|участник|партн[её]р)(?:ом|ем|ами)`;
const BECOME = String.raw`(?:стал[аои]?|станет|станут|станови(?:тся|лся|лась|лись)|становятся)`;
/** The role's status received or granted: "статус наблюдателя", "статуса партнёра". */
const STATUS = String.raw`статус${T}\s+(?:наблюдател|член|партн[её]р|участник)${T}`;
const GOT = String.raw`(?:получ|предостав|присво)${T}`;

export const RU_JOINED_ORGANISATION = String.raw`(?:${BECOME}\s+(?:[\p{L}-]+\s+)?${ROLE_INS}\s+(?:(?:в|при)\s+)?${ORG}|${GOT}\s+(?:[\p{L}-]+\s+){0,2}${STATUS}\s+(?:(?:в|при)\s+)?${ORG}|принят[аоы]?\s+в\s+(?:члены\s+|состав\s+)?${ORG}|вступ${T}\s+во?\s+${ORG})`;
