/**
 * Russian triggers of acts of state: powers ended and resignations, coalitions and headquarters,
 * the Address, laws and their passage, decrees, memberships, appointments and reforms.
 * Their order matters, and triggers.ts keeps it: see there.
 */
import { re, W, type Trigger } from '../../../events/trigger';
import { T, GAP, CLAUSE_GAP, TALKED_OF, DENIED } from './triggerWords';
import { ACCEPT, APPOINT, ELECT, FREE, LAY_DOWN, SIGN } from './verbForms';
import { RU_ACT_IN_FORCE } from '../lexicon/actInForce';
import { RU_RESIGNATION_ANNOUNCED } from './resignationAnnounced';
import { RU_MERGER_AHEAD } from './mergerAhead';
// A post someone takes ('стал новым акимом', 'новым министром … стал'): the instrumental.
import { RU_POST_INS, RU_POST_OF } from './postInstrumental';
import { RU_ELECTED_POST_FIRST } from './electedPostFirst';
import { RU_JOINED_ORGANISATION } from './joinedOrganisation';
import { RU_MANDATE_ENDED, RU_OWN_WILL, RU_POWERS_LAID_DOWN } from './mandateEnded';
import { RU_REFORM_CARRIED_OUT } from './reformCarriedOut';
import { RU_CONSENT_GIVEN } from './consentGiven';
import { RU_PRONOUN_SIGNED } from './pronounSigned';
// The imperfective past of each act, read as its perfective is (imperfectivePast.ts).
import {
  ACCEPTING,
  APPROVING,
  CONSIDERING,
  PROPOSING,
  REJECTING,
  SIGNING,
  SUBMITTING,
} from './imperfectivePast';

/** The post of leader in the instrumental, as elected to it: "лидером", "лидерами". */
const LEADER_INS = String.raw`лидер(?:ом|ами)(?![\p{L}])`;

/** Holding a post or heading a body, any tense: "руководит", "возглавлял", "занимавшая", "исполняет обязанности". */
const TENURE = String.raw`(?:руководи${T}|возглавля(?:ет|л|вш)${T}|занима(?:ет|л|ла|вш)${T}|исполня(?:ет|л|ла|вш)${T}\s+обязанност${T})`;
/** A tenure's start: "с 20 марта", "с января 2023 года", "с 2016 года". */
const TENURE_START = String.raw`(?<![\p{L}])[сС]\s+(?:\d{1,2}(?:-го)?\s+\p{L}+|\p{L}+\s+\d{4}|\d{4}\s+год)`;
/** Words of one clause between a tenure's verb and its start: no comma, semicolon or sentence end. */
const IN_CLAUSE = String.raw`[^,;:!?]{0,100}?`;
/** The state itself: heading it ("возглавлял Казахстан с 1990 года") is a presidency, not a post one is appointed to. */
const STATE = String.raw`(?:Казахстан|стран|государств|республик)\p{L}*(?![\p{L}])`;
/** Powers ended, either order: "прекратил полномочия", "прекращены полномочия", "полномочия … прекращены". */
const ENDED_POWERS = String.raw`(?:(?:прекрат|прекращ)${T}\s+${GAP(2)}полномочи${T}|полномочи${T}\s+${GAP(2)}(?:прекращен|прекратил)${T})`;
/** By a decree, an order or a resolution: the instrumental "указом", "постановлением", "распоряжениями". */
const BY_DECREE = String.raw`(?:указ|постановлени|распоряжени)(?:ом|ем|ами)`;

/** What a chamber approves that is no person: a budget, a plan, a programme, a text. */
const APPROVED_DOCUMENT = String.raw`(?:бюджет|план|программ|стратеги|концепци|регламент|смет|закон|кодекс|проект|документ|поправк)`;

/**
 * The Constitution as the subject after its verb, in the nominative: "новая Конституция", "Основной
 * закон", "поправки в Конституцию" (up to three words before it, no comma).
 */
const CONSTITUTION_AFTER = String.raw`(?:[\p{L}-]+\s+){0,3}(?:Конституция|Основной\s+закон|(?:в|к)\s+Конституцию)(?![\p{L}])`;

/**
 * A bill approved, the verb before it: "одобрил законопроект", "приняли проект закона", "поддержит
 * законопроект" (up to two words between).
 */
const BILL_APPROVED = String.raw`(?:одобр(?:ил|ила|или|ит|ят)|принял[аи]?|прим(?:ет|ут)|поддержал[аи]?|поддерж(?:ит|ат)|${ACCEPTING}|${APPROVING})\s+${GAP(2)}(?:законопроект|проект${T}\s+закон)${T}`;

/**
 * Объявить/объявлять and ввести/вводить in each form that tells the act: past in every gender and
 * number, present and future, reflexive passive, short passive ("объявило", "объявят",
 * "вводится", "введена"). Not the infinitive nor the verbal noun.
 */
const DECLARE_OR_BRING_IN = String.raw`(?:объяв(?:ил[аио]?|ит|ят|ля(?:ет|ют|л[аио]?)(?:ся)?|л[её]н[аоы]?)|вв[её]л|ввел[аио]|введ(?:[её]т|ут|[её]н[аоы]?)|ввод(?:ит|ят|ил[аио]?)(?:ся)?)(?![\p{L}])`;

export const RU_STATE_ACT_TRIGGERS: Trigger[] = [
  // Powers ended by a decree ("Указом от 2 мая прекращены полномочия депутата", "полномочия
  // прекращены указом Президента"): the decree's act, as a body dissolved by one is; a post left
  // otherwise ("досрочно прекратил полномочия", "освобожден указом") is a resignation. The post
  // may come first: "от должности вице-министра энергетики освобожден Болат Жанибеков".
  { type: 'decree', facet: 'ended-powers', pattern: re(`${W}(?:${BY_DECREE}\\s+${GAP(6)}${ENDED_POWERS}|${ENDED_POWERS}\\s+${GAP(4)}${BY_DECREE})(?![\\p{L}])`) },
  // A resignation announced or its letter filed, before its plain cue ("заявила об отставке").
  ...RU_RESIGNATION_ANNOUNCED,
  // A mandate ended by others, not by a decree (mandateEnded.ts): "полномочия депутата досрочно
  // прекращены", "лишён депутатского мандата" (no resignation, unless at one's own request).
  { type: 'other', facet: 'mandate-ended', pattern: re(`${W}${RU_MANDATE_ENDED}`), notAfter: re(`${RU_OWN_WILL}\\s+${GAP(4)}$`), notBefore: re(`^\\s+${GAP(4)}${RU_OWN_WILL}`) },
  { type: 'resignation', facet: 'resignation', pattern: re(`${W}${RU_POWERS_LAID_DOWN}`), notAfter: re(`${W}${BY_DECREE}\\s+${GAP(6)}$`), notBefore: re(`^\\s+${GAP(4)}${BY_DECREE}(?![\\p{L}])`) },
  { type: 'resignation', facet: 'resignation', pattern: re(`${W}(?:отставк${T}|сложени${T}\\s+${GAP(1)}полномочи${T}|${FREE}\\s+${GAP(2)}от\\s+(?:ранее\\s+)?(?:(?:занимаем|предыдущ|прежн|нынешн|своей|сво[её]м?)${T}\\s+)?(?:должност|пост|обязанност|занимаем)${T}|от\\s+(?:должност|пост|обязанност)${T}\\s+${GAP(4)}${FREE}|отправил${T}\\s+${GAP(2)}в\\s+отставк${T}|покин(?:ул|ет|ут|ув)${T}\\s+(?:пост|должность)|(?:увол(?:ил|ит|ят|ен|ив|ьн)|уволь)${T}|(?:сня(?:л|т)${T}|сним(?:ет|ут)|снять|отстран${T})\\s+${GAP(3)}(?:с|от)\\s+(?:должност|пост|обязанност)${T}|(?:уш[её]л|ушла|ушли|уйд[её]т|уйдут|уйти)\\s+с\\s+(?:поста|должности)(?![\\p{L}]))`) , notAfter: re(TALKED_OF), notBefore: re(DENIED) },
  // An official who retires leaves the post: "ушел на пенсию", "вышла на пенсию", "отправлен на
  // пенсию" (not "выход на пенсию" or "пенсионный возраст", a reform's words).
  { type: 'resignation', facet: 'retirement', pattern: re(`${W}(?:(?:у|вы)(?:ш[её]л|шла|шли|йд[её]т|йдут|ходит|ходят)|отправ(?:ил|или|лен|лена|ят|ит)${T})\\s+на\\s+пенси(?:ю|и)(?![\\p{L}])`) },
  // A post lost: "утратила должность председателя", "лишен должности" (a mandate taken away is
  // mandateEnded.ts's: ended by others, no resignation). Not
  // when the post is told with its tenure ("должность, которую занимала с 20 марта 2019 года"):
  // the sentence's date is the tenure's (the appointment), the loss is dated elsewhere.
  { type: 'resignation', facet: 'resignation', pattern: re(`${W}(?:(?:утрати|утрат|утрачива)${T}\\s+${GAP(2)}(?:должност|пост|мандат|полномочи)|(?:лиши|лишен|лишён|лишат)${T}\\s+${GAP(2)}(?:должност|пост))${T}`), notBefore: re(`^[^.]*,\\s*(?:котор${T})\\s+(?:${GAP(1)})?(?:занима|возглавля|руководи|исполня)${T}`) },
  // A chamber laying down its powers ends its term ("нынешний парламент сложит полномочия с 1
  // июля"): not a resignation, as a person or a cabinet laying them down is.
  { type: 'resignation', facet: 'resignation', pattern: re(`${W}${LAY_DOWN}\\s+${GAP(3)}полномочи${T}`), notAfter: re(`(?:парламент|Мажилис|Сенат|маслихат|палат)${T}\\s+${GAP(1)}$`) },
  { type: 'coalition', facet: 'launch', pattern: re(`${W}коалици${T}`), also: [re(`${W}(?:начал${T}\\s+работ${T}|приступил${T}|созда${T}|сформирова${T}|объедини${T})`)] },
  // A memorandum on creating a coalition, signed, is the coalition's founding act.
  { type: 'coalition', facet: 'memorandum', pattern: re(`${W}(?:меморандум|соглашени)${T}\\s+${GAP(2)}(?:о|об)\\s+${GAP(1)}коалици${T}`), also: [re(`${W}(?:подписал${T}|подписан${T}|заключил${T})`)] },
  { type: 'coalition', facet: 'composition', pattern: re(`${W}(?:в\\s+состав\\s+)?коалици${T}`), also: [re(`${W}(?:вошл${T}|входят|состав${T})`)] },
  { type: 'headquarters', facet: 'opening', pattern: re(`${W}штаб${T}`), also: [re(`${W}(?:открыл${T}|открыт${T}|создан${T}|начал${T}\\s+работ${T})`)] },
  { type: 'address', facet: 'address', pattern: re(`${W}(?:послани${T}|(?:видео|теле)?обращени${T}\\s+к\\s+(?:народу|казахстанцам|гражданам|нации|соотечественникам)|обрат(?:ил${T}|ится|ятся)\\s+к\\s+(?:народу|казахстанцам|гражданам|нации|соотечественникам)|выступил\\p{L}*\\s+с\\s+(?:видео|теле)?обращением)`) },
  // "Документ был принят Мажилисом 18 января и одобрен Сенатом 26 января": a bill passing a chamber.
  { type: 'law', facet: 'passage', pattern: re(`${W}(?:принят${T}|одобрен${T})\\s+(?:${GAP(1)})?(?:Мажилис|Сенат|Парламент|палат)${T}`) },
  // A bill put before Parliament: "Правительство внесло законопроект в Мажилис", "законопроект внесен".
  // A bill's reading: "одобрили в первом чтении", "Второе чтение запланировано на 29 мая".
  // A chamber adopting the bill named before it by a pronoun: "…, а Сенат принял его 3 апреля";
  // or, as Russian puts the known object first and the new subject last, "…, а на другой день его
  // одобрил Сенат" (pronoun, verb, chamber).
  { type: 'law', facet: 'passage', pattern: re(`${W}(?:(?:Мажилис|Сенат|Парламент|палат|депутат|сенатор)${T}\\s+(?:(?:его|её|их)\\s+${GAP(1)}(?:(?:принял|одобрил|утвердил)${T}|${ACCEPTING}|${APPROVING})|${GAP(1)}(?:(?:принял|одобрил|утвердил)${T}|${ACCEPTING}|${APPROVING})\\s+(?:его|её|их))|(?:его|её|их)\\s+(?:(?:принял|одобрил|утвердил)${T}|${ACCEPTING}|${APPROVING})\\s+${GAP(1)}(?:Мажилис|Сенат|Парламент|палат|депутат|сенатор)${T})(?![\\p{L}])`), also: [re(`${W}(?:закон|законопроект|поправк|кодекс)${T}`)], needsDate: true, alsoBefore: true },
  // A document or a draft taken up after the sentence that named the law ("Когда приняли кодекс? /
  // Глава государства подписал документ 18 июля", "Проект внесло правительство в мае").
  { type: 'law', facet: 'law', pattern: re(`${W}(?:подписал${T}|подписан${T})\\s+(?:${GAP(1)})?документ${T}`), also: [re(`${W}(?:закон|законопроект|кодекс)${T}`)], alsoBefore: true, needsDate: true },
  // (The bill may be "the document": "Документ внесло правительство в январе", as it is when
  // signed or passed, above.)
  { type: 'law', facet: 'submission', pattern: re(`${W}(?:(?:(?:законо)?проект|документ)${T}\\s+(?:${GAP(1)})?(?:внесл${T}|внес[её]н${T}|вн[её]с(?![\\p{L}])|${SUBMITTING})|(?:внесл${T}|внес|${SUBMITTING})\\s+(?:${GAP(1)})?(?:(?:законо)?проект|документ)${T})`), also: [re(`${W}(?:закон|законопроект|кодекс)${T}`)], alsoBefore: true, needsDate: true },
  { type: 'law', facet: 'reading', pattern: re(`${W}(?:перв|втор|трет)\\p{L}*\\s+чтени${T}`) },
  // A bill passed as a whole or a chamber supporting "the document" ("в сентябре приняли в целом",
  // "Сенат поддержал документ в октябре"), beside a chamber: a step of its passage.
  { type: 'law', facet: 'reading', pattern: re(`${W}(?:(?:принял|принят|одобрил|одобрен|поддержал|утвердил)${T}\\s+(?:${GAP(2)})?в\\s+целом|(?:Мажилис|Сенат|Парламент|палат|депутат|сенатор)${T}\\s+${GAP(4)}(?:принял|одобрил|поддержал|утвердил)${T}\\s+документ${T})(?![\\p{L}])`), also: [re(`${W}(?:Мажилис|Сенат|Парламент|палат|депутат|сенатор|законопроект|закон)${T}`)] },
  // A bill sent on to the other chamber or to the president ("закон о ратификации направлен в
  // Сенат", "Мажилис направил законопроект в Сенат", "передан на подпись Главе государства"): a
  // step of its passage, as its reading is.
  { type: 'law', facet: 'passage', pattern: re(`${W}(?:(?:закон|законопроект|поправк|кодекс)${T}\\s+${GAP(4)}(?:направлен|передан|отправлен|поступил|поступ(?:ит|ят|ают|ает))${T}|(?:направил|направит|направят|передал|передаст|передадут|отправил)${T}\\s+${GAP(1)}(?:закон|законопроект|поправк|кодекс)${T})\\s+${GAP(1)}(?:в\\s+(?:Сенат|Мажилис|Парламент|верхн${T}\\s+палат|нижн${T}\\s+палат)|на\\s+подпись)`) },
  // A chamber taking up a bill on a day: "законопроект депутаты рассмотрят в среду, 13 мая"
  // (a step of the bill, like its reading).
  { type: 'law', facet: 'reading', pattern: re(`${W}(?:рассмотр(?:ят|ит|ели|ел|ела|еть)(?![\\p{L}])|${CONSIDERING})`), also: [re(`${W}(?:Мажилис|Сенат|Парламент|палат|депутат|сенатор)${T}`), re(`${W}(?:законопроект|закон|кодекс|поправк)${T}`)], needsDate: true },
  // Or one taken up by a pronoun, "Сенаторы рассмотрят его в июне": the bill only when the
  // sentences before name one, or a document or one ratified ("Ратифицированные документы направят
  // в Сенат"); "Министр представил отчёт. Сенат рассмотрит его" is no bill.
  { type: 'law', facet: 'reading', pattern: re(`${W}(?:(?:его|их)\\s+${GAP(2)}(?:рассмотр(?:ят|ит|ели|ел|ела|еть)|${CONSIDERING})|(?:рассмотр(?:ят|ит|ели|ел|ела|еть)|${CONSIDERING})\\s+(?:его|их))(?![\\p{L}])`), also: [re(`${W}(?:Мажилис|Сенат|Парламент|палат|депутат|сенатор)${T}`), re(`${W}(?:законопроект|закон|кодекс|поправк|документ|ратифи)${T}`)], alsoBefore: true, needsDate: true },
  // (The chamber it goes to may stand first, Russian's usual order for the known before the new:
  // "Правительство внесло в Мажилис новый законопроект о …", "вносит в Парламент проект закона";
  // the bill's noun, not the adjective of "план законопроектных работ".)
  { type: 'law', facet: 'submission', pattern: re(`${W}(?:(?:внес|внос)${T}\\s+(?:в\\s+(?:Парламент|Мажилис|Сенат)\\s+)?${GAP(2)}(?:законопроект(?!н)|поправк|проект${T}\\s+закон|документ)${T}|(?:законопроект|поправк|документ)${T}\\s+${GAP(2)}(?:внес[её]н|поступил)${T})`), also: [re(`${W}в\\s+(?:Парламент|Мажилис|Сенат)`)] },
  // A committee approving a bill ("Комитет Мажилиса по экологии одобрил законопроект"): a step
  // of the bill in the committee, no passage nor adoption.
  { type: 'law', facet: 'committee', pattern: re(`${W}комитет${T}\\s+${GAP(6)}${BILL_APPROVED}`) },
  // A chamber or its members approving a bill ("Мажилис одобрил законопроект", "Сенаторы приняли
  // проект закона"): the bill passing that chamber; the law is adopted when the President signs it.
  { type: 'law', facet: 'passage', pattern: re(`${W}(?:Мажилис|Сенат|Парламент|палата|депутаты|сенаторы)(?![\\p{L}])\\s+${GAP(3)}${BILL_APPROVED}`), notAfter: re(`комитет${T}\\s+(?:${GAP(2)})?$`) },
  { type: 'law', facet: 'law', pattern: re(`${W}(?:закон|кодекс)${T}`), also: [re(`${W}(?:${SIGN}|${ACCEPT}|вступ${T}\\s+в\\s+силу|одобр(?:ил|ит|ят|ен|ив)${T}|поддерж(?:ал|ан|ит|ат|ив)${T}|${APPROVING}|вернул${T}|возвраща${T}|возвратил${T}|направил${T}\\s+${GAP(2)}обратно|отклон(?:ил|ит|ят|ен|ив)${T}|отмен(?:ил|ит|ят|ен|ив)${T}|${REJECTING}|налож${T}\\s+вето|вето|(?:внес|внёс)${T}\\s+${GAP(1)}(?:изменени|поправк|дополнени)${T})(?![\\p{L}])`)] },
  // A law signed, taken up by a pronoun ("… вступит в силу 1 января. Его подписал Глава государства 18
  // июля"): the law, the code or the amendments the sentences before name (pronounSigned.ts); not
  // the Constitution or amendments to it, a reform (below). After the law's own cue, which a sentence naming the law keeps.
  { type: 'law', facet: 'law', pattern: re(`${W}${RU_PRONOUN_SIGNED}`), also: [re(`${W}(?:закон|законопроект|кодекс|поправк)${T}`), re(`^(?![\\s\\S]*Конституци(?!онн))`)], alsoBefore: true, needsDate: true },
  // The head of state's signature told as a step of its own, in the clause after the chambers'
  // ("… одобрен Сенатом 20 марта и подписан президентом 2 апреля"): the law, on that day.
  // Amendments signed are a law ("Эти поправки Президент подписал 17 сентября"), unless they are
  // the Constitution's (a reform, its own cue).
  // (Or returned by a chamber or the President: "Сенат возвращал в Мажилис поправки в Кодекс".)
  { type: 'law', facet: 'law', pattern: re(`${W}поправк${T}`), also: [re(`${W}(?:${SIGN}|вернул${T}|возвраща${T}|возвратил${T})(?![\\p{L}])`), re(`^(?![\\s\\S]*(?:Конституци|конституционн))`)] },
  { type: 'law', facet: 'law', pattern: re(`${W}подписан${T}\\s+(?:${GAP(1)})?(?:президент|глав${T}\\s+государства|Токаев)${T}`), also: [re(`${W}(?:закон|кодекс)${T}`)] },
  // A Constitution coming into force changes the order of the state: a reform, whatever law
  // names it ("Новая Конституция вступит в силу 1 июля", "поправки в Конституцию вступили в силу").
  // So is the verb before it, its subject after ("С 1 июля вступит в силу новая Конституция",
  // "вступили в силу поправки в Конституцию"). Not past its clause: in "поправки в Конституцию
  // одобрил референдум, а 1 июля закон вступил в силу" it is the law that comes into force.
  { type: 'reform', facet: 'constitution', pattern: re(`${W}(?:(?:Конституци(?!онн)|Основн${T}\\s+закон)${T}\\s+${CLAUSE_GAP(6)}вступ${T}\\s+в\\s+силу|вступ${T}\\s+в\\s+силу\\s+${CONSTITUTION_AFTER})`) },
  // Changes, a document or a norm taking force on a day of their own ("поправки вступают в силу
  // с 1 июля"): the law's event. An agreement's is not, nor a verdict's ("в законную силу").
  // Nor a decree's, a resolution's or an order's, its subject ("Постановление Правительства
  // вступило в силу 10 марта"): the decree's own cue tells it.
  { type: 'law', facet: 'law', pattern: re(`${W}вступ${T}\\s+в\\s+силу`), notAfter: re(`(?:соглашени|договор|конвенци|приговор|решени)|${RU_ACT_IN_FORCE.acts.map(([, a]) => a.source).join('|')}`), notBefore: re(`^\\s+(?:(?:${GAP(1)})?(?:соглашени|договор|конвенци|приговор|решени)|${CONSTITUTION_AFTER})`), needsDate: true },
  // (Published or made public, "указ опубликован на сайте Акорды", is issued: news of the signing;
  // not a draft of one, "проект постановления опубликован", no act yet.)
  // A decree, a resolution or an order coming into force, its subject ("Постановление
  // Правительства вступило в силу"): the act's own event (events/actInForce.ts words it).
  { type: 'decree', facet: 'decree', pattern: re(`${W}(?:указ|распоряжени|постановлени)${T}\\s+(?:(?!закон|кодекс|поправк|суд|котор|согласно|соответстви)[\\p{L}\\p{N}«»"“”.-]+\\s+){0,6}вступ${T}\\s+в\\s+силу`) },
  { type: 'decree', facet: 'decree', pattern: re(`${W}(?:указ${T}|распоряжени${T}|постановлени${T})`), notAfter: re(`(?<![\\p{L}])проект${T}\\s+$`), also: [re(`${W}(?:${SIGN}|издал${T}|издан${T}|изда(?:ст|дут)|опубликова${T}|опублику${T}|обнародова${T}|обнароду${T})`)] },
  // A minister's or an akim's order issued or signed, its verb beside it ("Министр юстиции издал
  // приказ", "подписал приказ о …", "приказ … подписан"): the act the text names (actNamed.ts);
  // not "по приказу", an order only followed, nor the noun anywhere in a sentence with a signing.
  { type: 'decree', facet: 'decree', pattern: re(`${W}(?:(?:${SIGN}|изда(?:л|ла|ли|ст|дут)(?![\\p{L}]))\\s+${GAP(2)}приказ${T}|приказ${T}\\s+${GAP(6)}(?:подписан|издан)${T})`) },
  // A decree named by its date ("указом от 9 апреля"): the decree of that day, a weak cue (what the
  // sentence says was done by it, "назначен", takes that day instead).
  { type: 'decree', facet: 'dated', pattern: re(`${W}(?:указ|постановлени|распоряжени)${T}\\s+(?:${GAP(2)})?от\\s+\\d`), fallback: true },
  { type: 'decree', facet: 'call-election', pattern: re(`${W}(?:${APPOINT}\\s+${GAP(2)}(?:выбор|референдум)${T}|выбор${T}\\s+${GAP(3)}(?:были\\s+)?назначен${T})`) },
  // An election or a referendum announced ("объявил о досрочных выборах", "объявил о проведении
  // референдума", "Досрочные выборы Токаев объявил 9 апреля") is called that day, as one appointed
  // is: the day is the calling's, not the vote's (which is weeks later). Not "объявил итоги выборов"
  // (only adjectives between), nor "выборы объявлены состоявшимися" (they were held).
  { type: 'decree', facet: 'call-election', pattern: re(`${W}(?:объяв${T}\\s+(?:о|об)\\s+(?:(?:проведении|созыве)\\s+)?(?:[\\p{L}-]+(?:ых|их|ом|ем)\\s+){0,2}(?:выбор|референдум)${T}|объяв${T}\\s+(?:[\\p{L}-]+(?:ые|ие|ый|ий)\\s+){0,2}(?:выбор|референдум)(?:ы|а)?(?![\\p{L}])|(?:выбор|референдум)${T}\\s+${GAP(2)}объяв(?:ил|ила|или|лен|лена|лены|лено)(?![\\p{L}]))`), notBefore: re(`^\\s+(?:не)?(?:состоявш|действительн|недействительн)`) },
  // A pardon ("помиловал", "помилован", "помилование"): an act of the head of state's decree. A
  // mourning declared ("объявил общенациональный траур", "траур объявлен") is a day of its own.
  { type: 'decree', facet: 'pardon', pattern: re(`${W}помил(?:ова|у)${T}`) },
  { type: 'other', facet: 'mourning', pattern: re(`${W}(?:(?:объяв|введ|ввел|ввёл)${T}\\s+${GAP(2)}траур${T}|траур${T}\\s+${GAP(3)}(?:объявлен|введ[её]н)${T})`) },
  // The day of mourning itself, held or coming ("прошел день общенационального траура", "в стране
  // день траура"), or the day declared as one ("объявил 10 января днем траура": the date is the
  // day's, not the declaring's): titled as the day.
  { type: 'other', facet: 'mourning-day', pattern: re(`${W}(?:день|дня|дню|днем|днём)\\s+(?:общенационал${T}\\s+|национал${T}\\s+)?траура`), notBefore: re(`^\\s+${GAP(3)}(?:объяв|введ)`) },
  // "Референдум был назначен указом Президента от 5 мая": the vote called by a decree named with
  // its day; the day is the decree's, not the vote's.
  { type: 'decree', facet: 'call-election', pattern: re(`${W}референдум${T}\\s+${GAP(2)}(?:был\\s+)?назначен${T}\\s+указом`) },
  { type: 'other', facet: 'emergency', pattern: re(`${W}(?:чрезвычайн${T}\\s+(?:положени|ситуаци)${T}|режим${T}\\s+(?:ЧП|ЧС))`), also: [re(`${W}(?:введ${T}|ввел${T}|ввёл${T}|объяв${T}|действ(?:овал|ует|овать)${T})`)] },
  // Leaving a party: "вышел из партии", "покинул ряды партии".
  // A state's part in an organisation frozen, suspended or resumed ("Армения, которая в феврале
  // заморозила участие в ОДКБ", "приостановила членство в ОДКБ"): its membership changed that day.
  { type: 'membership', facet: 'state', pattern: re(`${W}(?:заморози|заморож|приостанови|приостановл|возобнови|возобновл)${T}\\s+(?:сво[её]\\s+)?(?:участи|членств)${T}\\s+в\\s+[\\p{Lu}«"]`), needsDate: true },
  { type: 'membership', facet: 'left', pattern: re(`${W}(?:вышел${T}|вышл${T}|выйд(?:[её]т|ут)|выход${T}|покину${T})\\s+(?:из\\s+)?(?:рядов\\s+|ряды\\s+)?парти${T}`) },
  // Expelled from a party: "исключил из партии", "исключен из рядов партии".
  { type: 'membership', facet: 'left', pattern: re(`${W}исключ${T}\\s+${GAP(3)}из\\s+(?:рядов\\s+)?парти${T}`) },
  { type: 'membership', facet: 'tickets', pattern: re(`${W}партийн${T}\\s+билет${T}|${W}(?:принят|вступ)${T}\\s+в\\s+(?:ряды\\s+)?парти${T}|${W}в\\s+ряды\\s+парти${T}\\s+${GAP(1)}(?:вступил|принят|принял|вступа)${T}`) },
  // A state joining an agreement or an organisation ("Казахстан присоединяется к Авраамовым
  // соглашениям", "вступил в ВТО"): its membership, not a merger of parties.
  { type: 'membership', facet: 'state', pattern: re(`${W}(?:присоедин${T}\\s+к\\s+${GAP(2)}(?:соглашени|организаци|договор|конвенци|декларац|союз|ОДКБ|ЕАЭС|ВТО|ШОС|НАТО|СНГ|ОТГ|БРИКС)${T}|вступ${T}\\s+во?\\s+(?:ВТО|ЕАЭС|ОДКБ|ШОС|ООН|НАТО|СНГ|ОТГ|БРИКС|Евразийск${T}\\s+экономическ${T}\\s+союз|Всемирн${T}\\s+торгов${T}\\s+организаци)${T})`) },
  // Become a member or an observer, admitted, entered (joinedOrganisation.ts): "стал членом ВТО",
  // "стала наблюдателем в ШОС", "получил статус наблюдателя при ЕАЭС".
  { type: 'membership', facet: 'state', pattern: re(`${W}${RU_JOINED_ORGANISATION}`) },
  { type: 'other', facet: 'merger', pattern: re(`${W}(?:присоедин${T}|слияни${T}|объединил${T}|${RU_MERGER_AHEAD}|вошл${T}\\s+в\\s+состав\\s+парти${T})`), notBefore: re(`^\\s+к\\s+${GAP(2)}(?:соглашени|организаци|договор|конвенци|декларац|союз|ОДКБ|ЕАЭС|ВТО|ШОС|НАТО|СНГ|ОТГ|БРИКС)`) },
  // A maslikhat agreeing to the akim's candidacy: the appointment's step ("согласовал кандидатуру").
  // Approved by a chamber or a maslikhat: "был утвержден Мажилисом 11 января".
  // (Not a document so approved: "бюджет на 2026–2028 годы утверждён Сенатом", "план утвержден".)
  { type: 'appointment', facet: 'approved', pattern: re(`${W}утвержд[её]н${T}\\s+(?:${GAP(1)})?(?:Мажилисом|Сенатом|Парламентом|маслихатом|депутатами)`), notAfter: re(`${W}${APPROVED_DOCUMENT}${T}\\s+(?:[\\p{L}\\p{N}«»"“”.,–-]+\\s+){0,5}(?:был[иао]?\\s+)?$`) },
  { type: 'appointment', facet: 'candidacy', pattern: re(`${W}(?:согласова${T}|согласу${T}|одобр${T})\\s+${GAP(1)}кандидатур${T}`) },
  // Consent given to an appointment or a candidacy ("Сенат дал согласие на назначение …", "депутаты
  // дали согласие на кандидатуру", "согласие … было дано"): the same step. Not refused, "не дал
  // согласия", which is no consent.
  { type: 'appointment', facet: 'candidacy', pattern: re(`${W}${RU_CONSENT_GIVEN}`), notAfter: re(`(?<![\\p{L}])не\\s+$`) },
  // A chamber considering a candidacy, which does not yet say it agrees: "Мажилис рассмотрит
  // кандидатуру", "кандидатура будет рассмотрена", "обсудили кандидатуру".
  { type: 'appointment', facet: 'candidacy-review', pattern: re(`${W}(?:(?:рассмотр|рассматрива|обсуд|обсужда)${T}\\s+${GAP(1)}кандидатур${T}|кандидатур${T}\\s+${GAP(3)}(?:рассмотр|обсужд)${T})`) },
  // (Keeping a post is a reappointment when told as the act, "сохранил пост министра"; a gerund,
  // "сложил полномочия, сохранив пост председателя партии", tells what stayed as another act is done.)
  // (And a court sets a sentence: "Суд назначил ему семь лет лишения свободы", "назначил штраф".)
  // "Назначен" also schedules ("заседание назначено на 5 мая", "назначил выборы"); electing and
  // confirming to a post never do ("на заседании избрали председателем").
  { type: 'appointment', facet: 'appointment', pattern: re(`${W}(?:${APPOINT}|переназнач${T}|переутверди${T}|переутвержд${T}|сохран(?:ил|ила|или|ило|ит|ят)\\s+(?:за\\s+собой\\s+)?(?:сво${T}\\s+)?(?:пост|должност|портфел)${T})`), notAfter: re(`(?:выбор${T}|голосовани${T}|референдум${T}|заседани${T}|съезд${T}|сесси${T}|встреч${T}|совещани${T}|слушани${T}|дат[аеуы]|срок${T})(?:\\s+${GAP(3)}|,\\s+${GAP(2)}(?:его|её|ее|их)\\s+)$`), notBefore: re(`^\\s+(?:на\\s+(?:\\d|сегодня|завтра|понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)|${GAP(2)}(?:выбор|референдум|голосовани)|${GAP(3)}(?:наказани${T}|штраф${T}|(?:лет|год${T}|месяц${T})\\s+(?:лишени|заключени|ограничени|колони)${T}|экспертиз${T}|проверк${T}))`) },
  // A tenure told with its start: "исполнявший обязанности премьера с 5 января", "руководит с
  // 2 февраля 2023 года", "которую занимала с 20 марта 2019 года": the appointment was on that day.
  // The start stands in the verb's own clause: in "Пост занимал Бейсембаев, который возглавлял
  // министерство с января 2023 года" the tenure that began then is the relative clause's.
  { type: 'appointment', facet: 'tenure', pattern: re(`${W}(?:(?:${TENURE})(?=${IN_CLAUSE}${TENURE_START})|(?<=${TENURE_START}${IN_CLAUSE})(?:${TENURE}))`), notBefore: re(`^\\s+${STATE}`), needsDate: true, fallback: true },
  // Taking the head of a body or a post ("возглавил Совет безопасности", "возглавит министерство"):
  // the perfective tells the day one took it. Heading a march, a list or a delegation is no post,
  // nor is heading one named just before by a pronoun ("утвердили список; его возглавил …").
  // Powers or a post passing to someone, any tense and gender: "полномочия Председателя Совета
  // безопасности перешли к нему", "пост перешел к", "должность перейдет к" (the taking of the post).
  { type: 'appointment', facet: 'appointment', pattern: re(`${W}(?:полномочи|пост|должност|кресл)${T}\\s+${GAP(4)}(?:переш(?:ли|л|ла|ло|[её]л)|перейд(?:ут|[её]т)|переход(?:ят|ит)|передан[аоы]?)\\s+к(?![\\p{L}])`) },
  { type: 'appointment', facet: 'appointment', pattern: re(`${W}возглав(?:ил|ит|ят|ив)${T}`), notBefore: re(`^\\s+${GAP(1)}(?:делегаци|спис|колонн|шестви|рейтинг|акци|протест|митинг|марш|движени|оппозици)${T}|^\\s+${STATE}`), notAfter: re(`${W}(?:делегаци|спис|колонн|шестви|рейтинг)${T}[^.!?]{0,80}(?:его|её|ее|их)\\s+$`) },
  // (A party's leader is elected too, told in the instrumental of the post: "Лидером партии избран
  // …", "… избран лидером партии"; the post may stand a clause's length before the verb:
  // electedPostFirst.ts. Only that case: "лидер партии Иванов избран депутатом" is an
  // election to another seat.)
  { type: 'appointment', facet: 'appointment', pattern: re(`${W}(?:${ELECT}\\s+${GAP(3)}(?:(?:председател|руководител|спикер|вице-спикер|глав|секретар|заместител)${T}|${LEADER_INS})|(?:(?:председател|руководител|спикер|вице-спикер|глав|секретар|заместител)${T}|${LEADER_INS})\\s+${GAP(3)}(?:избран|избрал)${T}|${RU_ELECTED_POST_FIRST}|утвер[дж]${T}\\s+(?:${GAP(2)})?в\\s+должност${T}|утвердил${T}\\s+кандидатур${T}|утвердил${T}\\s+${GAP(2)}состав${T}|избрал${T}\\s+${GAP(2)}(?:председател|руководител|спикер|вице-спикер|глав|секретар|заместител)${T}|приступил${T}\\s+к\\s+(?:исполнению\\s+)?обязанност${T}|(?:исполнени${T}\\s+)?обязанност${T}\\s+${GAP(3)}возлож${T}|возлож${T}\\s+${GAP(1)}(?:исполнени${T}\\s+)?обязанност${T}|получил${T}\\s+${GAP(1)}пост|пост${T}\\s+${GAP(5)}получил${T}|(?:стал${T}?|стан(?:ет|ут))\\s+(?:нов${T}\\s+)?${RU_POST_INS}|(?:нов${T}\\s+)?${RU_POST_INS}\\s+${RU_POST_OF}(?:стал${T}?|стан(?:ет|ут))(?![\\p{L}])|(?:заня(?:л|ла|ли|ло|в)|займ[её]т|займут)\\s+${GAP(1)}(?:пост|должност)${T})`) },
  // Approved in a post, the post in the instrumental: "Мажилис утвердил Алихана Смаилова премьер-министром".
  { type: 'appointment', facet: 'appointment', pattern: re(`${W}утвер[дж]${T}\\s+${GAP(3)}(?:премьер-министр|министр|аким|председател|руководител|секретар|заместител)(?:ом|ем|ей)(?![\\p{L}])`) },
  // Amendments to the Constitution: a reform, whichever chamber or vote the sentence tells.
  { type: 'reform', facet: 'amendment', pattern: re(`${W}(?:(?:поправк|изменени)${T}\\s+${GAP(1)}(?:в|к)\\s+Конституци(?:я|и|ю|ей)(?![\\p{L}])|(?:в|к)\\s+Конституци(?:я|и|ю|ей)\\s+${GAP(3)}(?:поправк|изменени)${T})`), also: [re(`${W}(?:одобрил${T}|принял${T}|принят${T}|одобрен${T}|подписал${T}|вступ${T}\\s+в\\s+силу|предложил${T}|объявил${T}|внес[её]н${T}|внесл${T}|${ACCEPTING}|${APPROVING}|${SIGNING}|${PROPOSING}|${SUBMITTING})`)] },
  // Amendments to the Constitution signed, taken up by a pronoun ("Поправки в Конституцию
  // вступят в силу 1 июля. Их подписал Президент 5 марта"): the reform's amendment, on that day. After the amendments' own cue.
  { type: 'reform', facet: 'amendment', pattern: re(`${W}${RU_PRONOUN_SIGNED}`), also: [re(`${W}(?:Конституци(?!онн)|Основн${T}\\s+закон)${T}`), re(`${W}(?:поправк|изменени)${T}`)], alsoBefore: true, needsDate: true },
  // The Constitution itself signed, its accusative the verb's object or its nominative the short
  // passive's subject ("Президент подписал новую Конституцию 5 марта", "Конституция подписана 5
  // марта"), or taken up by a pronoun after a sentence that names it and no amendments ("Новая
  // Конституция вступит в силу 1 июля. Её подписал Президент 5 марта"): the signing, on its day.
  { type: 'reform', facet: 'signed', pattern: re(`${W}(?:${SIGN}\\s+${GAP(1)}(?:Конституцию|Основной\\s+закон)(?![\\p{L}])|(?:Конституция|Основной\\s+закон)\\s+${GAP(3)}подписан[аы]?(?![\\p{L}]))`), needsDate: true },
  { type: 'reform', facet: 'signed', pattern: re(`${W}${RU_PRONOUN_SIGNED}`), also: [re(`${W}(?:Конституци(?!онн)|Основн${T}\\s+закон)${T}`), re(`^(?![\\s\\S]*(?:поправк|изменени))`)], alsoBefore: true, needsDate: true },
  // The Constitution changed or rewritten, either order: "Основной закон … часто меняли",
  // "изменили Конституцию"; a status or a norm abolished: "был отменен особый статус первого
  // президента", "мораторий отменен". A change told after the referendum that made it ("референдум
  // 5 июня 2022 года, когда меняли Конституцию") is that referendum.
  { type: 'reform', facet: 'amendment', pattern: re(`${W}(?:(?:измени|изменя|меня|поменя|переписа|переписыва)(?:л|ла|ли|ло|т|ют|ет|ть|н|на|ны|но)?\\s+${GAP(1)}(?:Конституци(?:я|и|ю|ей)|Основн(?:ой|ого|ым|ом)\\s+закон(?:а|у|ом|е)?)|(?:Конституци(?:я|и|ю|ей)|Основн(?:ой|ого|ым|ом)\\s+закон(?:а|у|ом|е)?)\\s+${GAP(4)}(?:(?:измени|изменя|меня|поменя|переписа|переписыва)(?:л|ла|ли|ло|н|на|ны|но)|изменен[аоы]?))(?![\\p{L}])`), notAfter: re(`референдум${T}[^.]{0,80}$`) },
  { type: 'reform', facet: 'abolished', pattern: re(`${W}(?:(?:отмен[её]н|отменил|отменят|отменит|упразднен|упразднил)${T}\\s+${GAP(2)}(?:статус|мораторий|моратори|смертн${T}\\s+казн|институт\\s+(?:акимов|сенатор|депутат)|квот)${T}|(?:статус|мораторий|моратори|смертн${T}\\s+казн|квот)${T}\\s+${GAP(4)}(?:был[аои]?\\s+)?(?:отмен[её]н|упразднен)${T})`) },
  // A moratorium declared or brought in, in either voice and every tense, gender and number of
  // объявить/объявлять, ввести/вводить ("Правительство 5 марта объявило мораторий на проверки",
  // "мораторий введут", "введён мораторий"): a new rule, as the Kazakh "мораторий жариялады" is;
  // not the verbal noun ("указ о введении моратория" is the decree's) nor an infinitive, which
  // tells only what is proposed or planned ("предложил ввести мораторий").
  { type: 'reform', facet: 'moratorium', pattern: re(`${W}(?:${DECLARE_OR_BRING_IN}\\s+${GAP(2)}моратори${T}|моратори${T}\\s+${GAP(6)}(?:(?:был[аои]?|будет|будут)\\s+)?${DECLARE_OR_BRING_IN})`) },
  // A rule introduced: "введены прямые выборы акимов", "смешанная система была внедрена".
  { type: 'reform', facet: 'introduced', pattern: re(`${W}(?:(?:введен|введён|внедрен|внедрён)${T}\\s+${GAP(3)}(?:выбор|систем|порядок|норм|модел|срок)${T}|(?:выбор|систем|порядок|норм|модел|срок)${T}\\s+${GAP(4)}(?:введен|введён|внедрен|внедрён)${T})`) },
  // A change of system announced: "о переходе к выборности акимов", "к смешанной системе".
  { type: 'reform', facet: 'transition', pattern: re(`${W}переход${T}\\s+к\\s+${GAP(1)}(?:выборност|выбор|избира|смешанн|пропорциональн|парламентск|президентск|модел|систем)${T}`) },
  // Reforms named by their year: "реформ 2022 года", "Поправки 2022 года ограничили …" (a recalled
  // reform with a date of its own).
  // A law or a code named by its year, the genitive right after it ("кодекс 2003 года", "закона 2007
  // года"): a law of that year, recalled with a date of its own. (Not the Constitution: "Конституция
  // 1995 года" was adopted by a referendum, which its sentence tells.)
  { type: 'law', facet: 'dated', pattern: re(`${W}(?:закон|кодекс)${T}(?=\\s+\\d{4}\\s+год)`), needsDate: true, fallback: true },
  { type: 'reform', facet: 'dated', pattern: re(`${W}(?:поправк|изменени)${T},?\\s+(?:принят|внес[её]нн|одобренн)${T}\\s+в\\s+(?=\\d{4}\\s+год)`), needsDate: true },
  // A treaty named by its year or its day ("Договора о вечной дружбе 1998 года", "договором 2008
  // года", "Договор о союзнических отношениях от 22 декабря 2022 года"): one signed then, recalled
  // with a date of its own.
  { type: 'other', facet: 'agreement-dated', pattern: re(`${W}(?:договор|соглашени|меморандум)${T}(?=\\s+(?:(?:о|об)\\s+(?:[\\p{L}-]+\\s+){1,3})?(?:от\\s+\\d{1,2}\\s+\\p{L}+\\s+)?\\d{4}\\s+год)`), needsDate: true },
  { type: 'reform', facet: 'dated', pattern: re(`${W}(?:реформ|поправк)${T}(?=\\s+\\d{4}\\s+год)`), needsDate: true },
  // A reform carried out ("в 2022 году прошла конституционная реформа", "реформа проведена"):
  // reformCarriedOut.ts. Its own facet's, so the bare noun below is no second one.
  { type: 'reform', facet: 'reform', pattern: RU_REFORM_CARRIED_OUT, needsDate: true },
  { type: 'reform', facet: 'reform', pattern: re(`${W}реформ${T}`), also: [re(`${W}(?:предлож${T}|объяв${T}|представ${T}|запуст${T}|стартова${T}|началась|начнётся|начнется|вступ${T}\\s+в\\s+силу)`)] },
]; // prettier-ignore
