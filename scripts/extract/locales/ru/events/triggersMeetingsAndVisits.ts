/**
 * Russian triggers of meetings, sessions, summits and hearings, proposals and candidacies, party
 * lists, filings, protests, registrations and bans, visits, calls, press conferences and arrivals.
 * Their order matters, and triggers.ts keeps it: see there.
 */
import { re, W, type Trigger } from '../../../events/trigger';
import { T, GAP, DENIED } from './triggerWords';
import { FILE, FILED, HELD, HOLD, MEET, PROPOSE, TAKES_PLACE } from './verbForms';
import { NOMINATING } from './imperfectivePast';
import { RU_INVITED_TO } from './saying';
import { RU_POST_INS, RU_POST_OF } from './postInstrumental';
import { RU_PLACE_FIRST_INVITES, RU_PLACE_FIRST_NAMES } from '../lexicon/invitation';
import { RU_TRAVELLED_TO, RU_TRAVELLER } from './travelledTo';

/** An international council or assembly in the genitive: "Совета коллективной безопасности", "Генассамблеи ООН". */
const FOREIGN_COUNCIL = String.raw`(?:Совета\s+(?:коллективной|глав|министров|Евразийск)|Генеральной\s+Ассамбле|Генассамбле|ОДКБ|ШОС|СНГ|ООН|ОБСЕ|ЕАЭС)`;
/**
 * A gathering in the genitive after a session ("пленарной сессии Астанинского международного
 * форума", "пленарное заседание съезда партии"): that forum's, summit's, congress's or conference's
 * own part, which is the event, not a body's sitting.
 */
const OF_GATHERING = String.raw`(?:[\p{L}-]*(?:форум|саммит|конгресс|съезд)(?:а|ов)|конференци(?:и|й))(?![\p{L}])`;
/** Talks held: negotiations, and consultations between ministries or parties ("политические консультации"). */
const TALKS = String.raw`(?:переговор|консультаци)\p{L}*`;
/** Posts one is elected or re-elected to within a body (not the head of state's office). */
const BODY_POSTS = String.raw`(?:председател|руководител|спикер|секретар|лидер|заместител)`;

/** What a resignation letter asks, after its noun, either order: "об отставке", "о сложении полномочий". */
const LEAVING_ASKED = String.raw`\s*(?:${GAP(1)})?(?:об?|с\s+просьбой\s+об?)\s+(?:${GAP(1)})?(?:отставк|сложени|освобожд|увольнени|выход)${T}`;

export const RU_MEETING_TRIGGERS: Trigger[] = [
  // A session of an international council or assembly ("сессия Совета коллективной безопасности
  // ОДКБ", "сессия Генассамблеи ООН") and a sitting of committees ("на совместном заседании
  // комитетов") are meetings, not a chamber's or a maslikhat's session.
  { type: 'meeting', facet: 'council-session', pattern: re(`${W}(?:сесси${T}\\s+(?:${GAP(1)})?${FOREIGN_COUNCIL}|(?:совместн${T}\\s+)?заседани${T}\\s+(?:${GAP(1)})?комитет(?:а|ов)(?![\\p{L}]))`) },
  // (A forum's panel or thematic session, "панельная сессия", is a talk at the forum; its plenary
  // session, "пленарная сессия форума", is part of the forum.)
  { type: 'session', facet: 'session', pattern: re(`${W}(?:сесси${T}|совместн${T}\\s+заседани${T}|пленарн${T}\\s+заседани${T})`), notAfter: re(`${W}(?:панельн|тематическ|экспертн)${T}\\s+$`), notBefore: re(`^\\s+(?:(?:${GAP(1)})?(?:${FOREIGN_COUNCIL}|комитет(?:а|ов)(?![\\p{L}]))|(?:${GAP(2)})?${OF_GATHERING})`) },
  // A body's own sitting is a meeting of its own: "заседание правительства", "Совета безопасности".
  { type: 'meeting', facet: 'sitting', pattern: re(`${W}(?:заседани|совещани)${T}\\s+(?:правительства|Совета\\s+безопасности|коллегии|фракции|политсовета|акимата|Высшего\\s+\\p{L}+\\s+совета)`) },
  // A meeting to be held or held: "встречу договорились провести в 2026 году", "встреча пройдет".
  { type: 'meeting', facet: 'meeting', pattern: re(`${W}встреч${T}\\s+${GAP(3)}(?:${TAKES_PLACE}|${HELD})`) },
  // A meeting named by its kind is a gathering whatever verb tells it: "подготовка к
  // Консультативной встрече глав государств", "неформальная встреча лидеров", "отчетная встреча".
  { type: 'meeting', facet: 'meeting', pattern: re(`${W}(?:консультативн|неформальн|двусторонн|трехсторонн|трёхсторонн|отчетн|отчётн|рабоч)${T}\\s+встреч${T}`) },
  // An official reporting to the residents or to the head of state is a meeting held in person.
  { type: 'meeting', facet: 'report', pattern: re(`${W}отчита${T}\\s+перед\\s+(?:жител|населени|избирател|депутат|Президент|глав)${T}`) },
  // A draft put to public discussion is a proposal, due by the day the discussion closes: "проект
  // постановления вынесен на общественное обсуждение до 16 апреля" (what it is of and its date
  // between: "Проект закона о выборах 5 марта опубликован для публичного обсуждения").
  { type: 'proposal', facet: 'draft', pattern: re(`${W}(?:проект|законопроект)${T}\\s+${GAP(6)}(?:вынес[её]н|вынесл|опубликова|представлен|выставлен|размещ[её]н)${T}\\s+(?:на|для)\\s+${GAP(1)}обсуждени${T}`) },
  // A draft made public: "Проект новой Конституции был опубликован 31 января"; handed over: "25
  // февраля комиссия представит доработанный текст Президенту".
  { type: 'other', facet: 'draft', pattern: re(`${W}(?:проект|текст)${T}\\s+${GAP(3)}(?:был[аио]?\\s+)?опубликова${T}|${W}(?:представ(?:ит|ят|ил|ила|или|ило|лен|лена|лены|лено)|переда(?:ст|дут|л|ла|ли|н|на))\\s+${GAP(2)}(?:текст|проект)(?![\\p{L}]|[ауеомы]\\p{L}{0,2}(?![\\p{L}]))|${W}опубликова${T}\\s+${GAP(1)}(?:проект|текст)${T}`) },
  { type: 'meeting', facet: 'summit', pattern: re(`${W}саммит${T}`), notBefore: re(DENIED) },
  // A round table held or to be held: "проводим круглый стол", "в ходе круглого стола".
  { type: 'meeting', facet: 'roundtable', pattern: re(`${W}кругл${T}\\s+стол(?:а|у|ом|е|ы|ов|ам|ами|ах)?(?![\\p{L}])`) },
  // A council or its members convening: "28 ноября соберется Совет коллективной безопасности"
  // (not "соберутся на сессию", "на съезд": that gathering is the event).
  { type: 'meeting', facet: 'convened', pattern: re(`${W}(?:соберутся|собер[её]тся|собрал(?:ся|ась|ись))(?![\\p{L}])`), notBefore: re(`^\\s+(?:на|в|во)\\s+${GAP(1)}(?:сесси|съезд|заседани|курулта|форум|саммит|совещани|пленум|конференци)${T}`), also: [re(`${W}(?:[Сс]овет${T}|комисси${T}|лидер${T}|глав${T}|министр${T}|депутат${T}|сенатор${T}|делегат${T}|член${T})`)] },
  { type: 'meeting', facet: 'forum', pattern: re(`${W}форум${T}`) },
  // A sitting someone held: "Матвиенко провела заседание", "спикер провёл очередное заседание" (a
  // plenary, joint, extended or court one has its own cue; a court's is a hearing).
  { type: 'meeting', facet: 'sitting', pattern: re(`${W}${HOLD}\\s+(?:(?!(?:пленарн|совместн|расширенн|судебн)${T})[\\p{L}-]+\\s+){0,2}заседани${T}`), notAfter: re(`${W}суд${T}\\s+(?:[\\p{L}-]+\\s+){0,2}$`) },
  { type: 'meeting', facet: 'meeting', pattern: re(`${W}${MEET}|${W}встреч(?:а|и|е|у|ей|ах)\\s+с(?![\\p{L}])|${W}расширенн${T}\\s+заседани${T}|${W}совещани${T}|${W}(?:${HOLD}|${TAKES_PLACE})\\s+${GAP(3)}встреч${T}`) },
  // Public hearings held or to be held: "Публичные слушания по бюджету проведем с 3 по 5 ноября",
  // "Слушания в регионах пройдут с 2 по 6 февраля" (a gathering dated by the day it opens).
  { type: 'meeting', facet: 'hearing', pattern: re(`${W}(?:(?:публичн|общественн|парламентск)${T}\\s+слушани${T}|слушани${T}\\s+${GAP(3)}(?:пройд|прош|состо|провед|провод|начн|начал|заверш)${T})`) },
  // What was discussed "at the meeting" (На встрече обсудили …) is that meeting, not another.
  // A public discussion ("всенародное обсуждение продлится до 20 февраля", "год уйдет на широкое
  // обсуждение") is a debate of the public over weeks, no gathering.
  { type: 'meeting', facet: 'discussion', pattern: re(`${W}обсуд(?:и|я)${T}|${W}обсужд(?:ени|[её]н)${T}`), notAfter: re(`(?:(?:на\\s+встрече|в\\s+ходе\\s+(?:встречи|заседания|переговоров|беседы)|на\\s+(?:заседании|совещании|переговорах))[\\s,]+${GAP(8)}|(?<![\\p{L}])(?:всенародн|общенародн|общественн|широк|публичн|открыт)${T}\\s+)$`) },
  // A candidacy put forward ("внес кандидатуру", "Кандидатуру, внесенную президентом") and an
  // invitation ("пригласил … посетить Казахстан", "… с государственным визитом", "… в Москву",
  // saying.ts RU_INVITED_TO) are proposals.
  // Re-elected to a post ("переизбран председателем партии") is an appointment; re-elected
  // otherwise ("переизбран президентом", "переизбран на второй срок") is an election.
  { type: 'appointment', facet: 'appointment', pattern: re(`${W}(?:переизб(?:ра|ер|ира)${T}\\s+${GAP(2)}${BODY_POSTS}${T}|${BODY_POSTS}${T}\\s+${GAP(3)}переизб(?:ра|ер|ира)${T})`) },
  { type: 'election', facet: 'election', pattern: re(`${W}переизб(?:ра|ер|ира)${T}`), notBefore: re(`^\\s+${GAP(2)}${BODY_POSTS}`), notAfter: re(`${BODY_POSTS}${T}\\s+${GAP(3)}$`) },
  // "Новым лидером стал Ерлан Кошанов", "премьером стал Аскар Мамин": taking a post (instrumental).
  { type: 'appointment', facet: 'appointment', pattern: re(`${W}(?:(?:стал|стала)\\s+${GAP(1)}${RU_POST_INS}|${RU_POST_INS}\\s+${RU_POST_OF}(?:стал|стала)(?![\\p{L}]))`) },
  // Or the place first: "В Москву Путин пригласил Токаева" (lexicon/invitation.ts).
  { type: 'proposal', facet: 'candidacy', pattern: re(`${W}${RU_PLACE_FIRST_INVITES}`), also: [RU_PLACE_FIRST_NAMES] },
  { type: 'proposal', facet: 'candidacy', pattern: re(`${W}(?:внес${T}\\s+${GAP(3)}кандидатур${T}|кандидатур${T}\\s*,?\\s+${GAP(3)}внес${T}|пригласил${T}\\s+${GAP(4)}(?:посетить|приехать|принять\\s+участие|с\\s+${GAP(1)}визит${T}|${RU_INVITED_TO}))`) },
  // An idea voiced, either order: "Идея совета была озвучена", "высказал идею референдума".
  { type: 'proposal', facet: 'proposal', pattern: re(`${W}(?:иде(?:я|и|ю|ей|е)\\s+${GAP(3)}(?:был[аои]?\\s+)?(?:озвучен|озвучил|высказан|высказал|выдвинут|выдвинул)${T}|(?:озвучил|высказал|выдвинул)${T}\\s+${GAP(1)}иде(?:я|и|ю|ей|е)(?![\\p{L}]))`) },
  { type: 'proposal', facet: 'proposal', pattern: re(`${W}(?:${PROPOSE}|выступил${T}\\s+с\\s+предложени${T}|внес${T}\\s+${GAP(1)}предложени${T}|выдвижени${T}|выдвин(?:ул[аио]?|ет|ут[аоы]?|ув)(?![\\p{L}])|${NOMINATING}|(?<!по\\s+)инициатив(?!н)${T})`) },
  // A party choosing its candidates: "провела праймериз".
  // A party's list of candidates approved: "утвердил партийный список".
  { type: 'other', facet: 'party-list', pattern: re(`${W}(?:утверди${T}|утвержд[её]н${T})\\s+${GAP(1)}партийн${T}\\s+спис${T}|партийн${T}\\s+спис${T}\\s+${GAP(2)}утвержд[её]н${T}`) },
  { type: 'other', facet: 'primaries', pattern: re(`${W}праймериз`) },
  // The capital moved: "столица перенесена в Акмолу", "перенос столицы".
  { type: 'other', facet: 'capital', pattern: re(`${W}(?:столиц${T}\\s+${GAP(3)}перенес${T}|перенос${T}\\s+столиц${T})`) },
  // (The protesters, "протестующие", are people the sentence names, not a protest it reports.)
  // A notice, an application, a claim or a complaint filed on a day, either order ("заявку группа
  // подала 22 февраля", "подадим новое уведомление – на 5 мая", "первые два заявления группа
  // подавала в октябре", "иск будет подан на следующей неделе"): an act of its own, the step before
  // a rally's answer or a court's (a "заявление" filed is an application, not a statement);
  // undated, it is background. A resignation asked for, either order ("подал заявление об
  // отставке", "заявление об отставке он подал 10 марта", "о сложении полномочий"), is the
  // resignation's own cue (resignationAnnounced.ts).
  { type: 'other', facet: 'filing', pattern: re(`${W}(?:${FILE}\\s+${GAP(3)}(?:${FILED})|(?:${FILED})(?!${LEAVING_ASKED})\\s+${GAP(4)}(?:был[аио]?\\s+|будут?\\s+)?${FILE})`), notBefore: re(`^${LEAVING_ASKED}`), needsDate: true },
  // Diplomatic relations established, broken off or restored ("Дипломатические отношения Казахстан
  // и Китай установили 3 января 1992 года", "установление дипломатических отношений"): an act of
  // two states on a day of its own; undated, it is background.
  { type: 'other', facet: 'relations', pattern: re(`${W}(?:дипломатическ${T}\\s+отношени${T}\\s+${GAP(4)}(?:установ|разорва|разрыв|восстанов|прерва)${T}|(?:установ|разорва|разрыв|восстанов|прерва)${T}\\s+${GAP(2)}дипломатическ${T}\\s+отношени${T})`), needsDate: true },
  // (Not a protest only called for, either order: "призывал к протестам", "К протестам призывал
  // банкир", "призывы к забастовке", "призовут к митингу".)
  { type: 'other', facet: 'protest', pattern: re(`${W}(?:митинг${T}|пикет${T}|беспорядк${T}|протест(?!ующ)${T}|забастовк${T}|вышл${T}\\s+на\\s+(?:площад|улиц|митинг|акци)${T})`), notAfter: re(`${W}(?:призыв|призва|призов)${T}\\s+(?:[\\p{L}-]+\\s+){0,3}к\\s+(?:[\\p{L}-]+\\s+)?$`), notBefore: re(`^\\s+(?:[\\p{L}-]+\\s+)?(?:призыв|призва|призов)${T}`) },
  // Named events with a date of their own: "события января 2022 года" (the January events).
  { type: 'other', facet: 'events', pattern: re(`${W}событи${T}`), needsDate: true, fallback: true },
  { type: 'other', facet: 'registration', pattern: re(`${W}(?:зарегистрир${T}|регистраци${T}|уведомлени${T}\\s+о\\s+(?:создании|регистрации))`) },
  // Candidates handed their certificates: "кандидаты получили удостоверения" (not the elected
  // president's, handed at the inauguration).
  { type: 'other', facet: 'registration', pattern: re(`${W}(?:(?:получил|получат|получит|вручил|вручен|вручат|выдан|выдал)${T}\\s+${GAP(2)}удостоверени${T}|удостоверени${T}\\s+${GAP(3)}(?:вручен|выдан|вручил|выдал)${T})`), also: [re(`${W}кандидат(?!ур)`)] },
  // A candidate taken off the ballot or withdrawing: "снят с выборов", "снял свою кандидатуру".
  { type: 'other', facet: 'registration', pattern: re(`${W}(?:(?:сня(?:л|т)${T}|сним(?:ет|ут))\\s+${GAP(3)}с\\s+(?:выбор|предвыборн|гонк|дистанци|регистраци|голосовани)${T}|(?:сня(?:л|т)${T}|сним(?:ет|ут))\\s+${GAP(1)}кандидатур${T})`) },
  // A party, a movement or a medium banned or suspended, on a day of its own: "суд запретил
  // деятельность партии", "партия запрещена", "приостановил деятельность движения".
  { type: 'other', facet: 'ban', pattern: re(`${W}(?:(?:запрет(?:ил|ит|ят|ив)|запрещ[её]н)${T}\\s+${GAP(1)}(?:деятельност|парти|движени|блок)${T}|приостанов${T}\\s+${GAP(1)}деятельност${T}|(?:деятельност|парти|движени|блок)${T}\\s+${GAP(4)}(?:был[аои]?\\s+)?(?:запрещ[её]н|приостановлен)${T})`), needsDate: true },
  { type: 'meeting', facet: 'visit', pattern: re(`${W}(?:визит${T}|(?:${HOLD}|${TAKES_PLACE}|(?:начал|в\\s+ходе|по\\s+итогам)${T})\\s+${GAP(3)}${TALKS}|${TALKS}\\s+${GAP(6)}(?:${TAKES_PLACE}|${HELD}|начал${T})|${TALKS}\\s+${GAP(8)}(?:пройдут|состоятся|запланирован${T}|намечен${T})|посет(?:ил|ит|ят|ив)${T}|посещал${T}|посещени${T}|рабоч${T}\\s+поездк${T})`) },
  // A telephone conversation: talks of its own kind, never the visit the leaders discussed or
  // recalled in it ("провел телефонный разговор … напомнил о своем государственном визите в мае 2022
  // года").
  { type: 'meeting', facet: 'call', pattern: re(`${W}(?:телефонн${T}\\s+разговор${T}|(?:общал|поговорил|говорил|разговаривал|созвонил)${T}\\s+(?:${GAP(2)})?по\\s+телефону)`) },
  // A press conference or a briefing held: the speaker's statement, as what is said there is the
  // news, not a visit nor a gathering ("провел пресс-конференцию", "брифинг прошел"); a conference
  // of another kind is a gathering.
  { type: 'statement', facet: 'press', pattern: re(`${W}(?:(?:${HOLD}|${TAKES_PLACE}|(?:дал|организова)${T})\\s+${GAP(2)}(?:пресс-конференц|брифинг)${T}|(?:пресс-конференц|брифинг)${T}\\s+${GAP(2)}(?:${TAKES_PLACE}|${HELD}))`) },
  // (Not one a decision taken is to hold, "принял решение / решено провести конференцию": that is the
  // decision's, events/decidedGathering.ts.)
  { type: 'meeting', facet: 'conference', pattern: re(`${W}(?:(?:${HOLD}|${TAKES_PLACE}|организова${T})\\s+${GAP(2)}конференц${T}|конференц${T}\\s+${GAP(2)}(?:${TAKES_PLACE}|${HELD}))`), notAfter: re(`${W}(?:решени${T}|решено)\\s+$`) },
  // A visit told by a verb of motion to a place the gazetteer knows, dated or not: "Токаев вылетел
  // в Ташкент" (travelledTo.ts). (Before the arrival at any place, which needs a date and would
  // take the sentence's one visit cue.)
  RU_TRAVELLED_TO,
  // An arrival of a leader or a delegation on a day of its own: "14 сентября Си Цзиньпин прилетел в
  // Нур-Султан", "делегация прибудет в Астану 3 июля" (the visit's first day).
  // (The place may come first: "в Астану прибудет министр иностранных дел Малайзии"; someone
  // travels, not "в Казахстан прибыл груз": travelledTo.ts.)
  { type: 'meeting', facet: 'visit', pattern: re(`${W}(?:(?:прибыл[аи]?|прибуд(?:ет|ут)|прилетел[аи]?|прилетит|прилетят)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:в|во)\\s+[\\p{Lu}]|(?:в|во)\\s+[\\p{Lu}][\\p{L}-]*\\s+(?:прибыл[аи]?|прибуд(?:ет|ут)|прилетел[аи]?|прилетит|прилетят)(?![\\p{L}]))`), also: [RU_TRAVELLER], needsDate: true, fallback: true },
  // Coming to a region or a town on a day of its own, any gender, number and tense: "когда
  // приезжал в область в апреле", "президент приедет в Актобе 5 мая", "приезжали в район".
  { type: 'meeting', facet: 'visit', pattern: re(`${W}(?:прие(?:хал|хала|хали|зжал|зжала|зжали|дет|дут|зжает|зжают))\\s+(?:[\\p{L}-]+\\s+){0,2}(?:в|во)\\s+\\p{L}`), needsDate: true, fallback: true },
  // Citizens received by an official, on a day of its own: "проведет выездной прием граждан",
  // "прием жителей района состоится 14 марта".
  { type: 'meeting', facet: 'reception', pattern: re(`${W}при[её]м${T}\\s+(?:граждан|жителей|населени|посетителей|избирателей)${T}`), needsDate: true },
]; // prettier-ignore
