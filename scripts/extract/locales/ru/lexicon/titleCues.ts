/**
 * Russian cues for what a sentence's event is about, keyed like events/topics.ts, posts.ts and
 * groups.ts. The first matching key wins, so more specific keys come first.
 */
import { RU_HELD_BEFORE } from '../heldBefore';
import type { KeyedCues, TitleCues } from '../../../events/titleCueWords';

// prettier-ignore
export const RU_TOPIC_CUES: KeyedCues = [
  // A nuclear power plant: the 2024 referendum's question, not the Constitution's.
  ['nuclear-referendum', /(?:(?<!\p{L})АЭС|атомн\p{L}*\s+(?:электро)?станци)[^.!?]{0,80}?референдум|референдум[^.!?]{0,80}?(?:(?<!\p{L})АЭС|атомн\p{L}*\s+(?:электро)?станци)/iu],
  ['nuclear-plant', /(?<!\p{L})АЭС|атомн\p{L}*\s+(?:электро)?станци/iu],
  ['congress-results', /итог\p{L}*\s+(?:\p{L}+\s+){0,4}?съезд/iu],
  ['rename-party', /переименова\p{L}*\s+(?:\p{L}+\s+){0,2}?парти|назван\p{L}*\s+парти/iu],
  ['rename-capital', /(?:переименова|назван|имя|имени)\p{L}*[^.!?]{0,60}?(?:столиц|Астан|Нур-Султан)|(?:столиц|Астан|Нур-Султан)\p{L}*[^.!?]{0,60}?(?:переименова|назван)/iu],
  ['state-of-emergency', /чрезвычайн\p{L}*\s+положени|режим\p{L}*\s+ЧП/iu],
  ['joint-session', /совместн\p{L}*\s+заседани/iu],
  ['calling-election', /назнач\p{L}*\s+(?:\p{L}+\s+){0,3}?выбор|выбор\p{L}*\s+(?:\p{L}+\s+){0,2}?назнач/iu],
  // A referendum to be held or called, named as what an act is about ("указ о проведении
  // референдума", "о назначении республиканского референдума").
  ['calling-referendum', /(?:проведени|назначени)\p{L}*\s+(?:\p{L}+\s+){0,2}?референдум/iu],
  // (Put forward as a candidate or a list: "выдвинул идею", "выдвинул инициативу" nominate no one.)
  ['nominate-candidates', /выдви[нж]\p{L}*[^.!?]{0,60}?(?:кандидат|претендент|списо?к|в\s+(?:депутат|аким|президент|сенатор)\p{L}*)|(?:кандидат|претендент|списо?к)\p{L}*[^.!?]{0,40}?выдви[нж]|кандидатур/iu],
  ['early-termination', /досрочн\p{L}*\s+прекращени|роспуск|распущен/iu],
  ['amnesty', /амнисти/iu],
  ['ratification', /ратифи/iu],
  ['election-programme', /предвыборн\p{L}*\s+программ/iu],
  ['annual-results', /итог\p{L}*\s+(?:[\p{L}-]+\s+){0,3}?(?:год\p{L}*|за\s+\d{4})/iu],
  // (Not the adjective of a code's title: "Бюджетный кодекс" is the code's, lawWords.ts.)
  ['budget', /бюджет(?!н\p{L}*\s+кодекс)/iu],
  ['digital-democracy', /цифров\p{L}*\s+демократи/iu],
  ['party-control', /партийн\p{L}*\s+контрол/iu],
  ['unicameral-parliament', /однопалатн/iu],
  // (The Constitution, not a constitutional law: "изменения в конституционный закон о выборах".)
  ['constitution', /(?:поправ|изменени)\p{L}*\s+(?:\p{L}+\s+)?(?:в\s+)?конституци(?!онн)/iu],
  ['political-reforms', /политическ\p{L}*\s+реформ/iu],
];

// prettier-ignore
export const RU_POST_CUES: KeyedCues = [
  // (The Cabinet of Ministers is the Government: "отставку кабинета министров", "Кабинет министров
  // ушёл в отставку"; a day may stand before the verb: "Правительство 6 февраля ушло в отставку".)
  ['government', /отставк\p{L}*\s+(?:\p{L}+\s+)?(?:правительств|кабинет\p{L}*\s+министров)|(?:правительств\p{L}*|кабинет\p{L}*\s+министров)\s+(?:\d{1,2}\s+\p{L}+\s+)?(?:\p{L}+\s+)?в\s+отставк/iu],
  ['acting-prime-minister', /(?:исполняющ\p{L}*\s+обязанност\p{L}*|и\.\s?о\.)\s+премьер/iu],
  // (A deputy of the Prime Minister, and a vice-premier, before the Prime Minister himself.)
  // ("Премьер" alone is the Prime Minister in any case: "премьером стал", "премьера", "премьеру".)
  ['first-deputy-prime-minister', /перв\p{L}*\s+(?:заместител\p{L}*\s+премьер|вице-премьер)/iu],
  ['deputy-prime-minister', /заместител\p{L}*\s+премьер|вице-премьер/iu],
  ['prime-minister', /премьер-министр|(?<![\p{L}-])премьер(?:а|у|ом|е)?(?![\p{L}-])/iu],
  ['deputy-head-administration', /заместител\p{L}*\s+руководител\p{L}*\s+администраци/iu],
  // (The posts of the President's office, before the President's own.)
  // (Its head is "руководитель" or "глава" in any case: "главой Администрации Президента".)
  ['head-administration', /(?:руководител|(?<![\p{L}])глав)\p{L}*\s+администраци\p{L}*\s+президент/iu],
  ['state-counsellor', /государственн\p{L}*\s+советник/iu],
  ['state-secretary', /государственн\p{L}*\s+секретар|госсекретар/iu],
  ['presidential-adviser', /советник\p{L}*\s+президент/iu],
  ['presidential-press-secretary', /пресс-секретар\p{L}*\s+(?:\p{L}+\s+)?президент/iu],
  // (A ministry's or an akimat's press secretary is no minister or akim.)
  ['press-secretary', /пресс-секретар/iu],
  // ("посол", "послом", "посла", "послы"; not "после", "посольство").
  ['ambassador', /(?<!\p{L})посл(?:а|у|ом|ы|ов|ам|ами|ах)?(?!\p{L})|(?<!\p{L})посол(?!\p{L})/iu],
  ['committee-chairman', /председател\p{L}*\s+(?:\p{L}+\s+){0,3}?комитет/iu],
  // (A chairman's deputy is not the chairman, and is read before him: "заместитель председателя
  // Мажилиса", "заместителем Председателя Сената", "вице-спикер Мажилиса". The chamber's Speaker is
  // its chairman: "спикером Мажилиса".)
  ['mazhilis-deputy-chairman', /(?:заместител\p{L}*\s+(?:председател|спикер)\p{L}*|вице-спикер\p{L}*)\s+мажилис/iu],
  ['senate-deputy-chairman', /(?:заместител\p{L}*\s+(?:председател|спикер)\p{L}*|вице-спикер\p{L}*)\s+сенат/iu],
  ['mazhilis-chairman', /(?<!заместител\p{L}*\s+)(?:председател|(?<![\p{L}-])спикер)\p{L}*\s+мажилис/iu],
  ['senate-chairman', /(?<!заместител\p{L}*\s+)(?:председател|(?<![\p{L}-])спикер)\p{L}*\s+сенат/iu],
  // (A maslikhat's secretary or chairman, before a party's chairman a long way off.)
  ['maslikhat-secretary', /секретар\p{L}*\s+(?:\p{L}+\s+){0,2}?маслихат/iu],
  ['maslikhat-chairman', /(?<!заместител\p{L}*\s+)председател\p{L}*\s+(?:\p{L}+\s+){0,2}?маслихат/iu],
  ['party-chairman', /председател\p{L}*[^.!?]{0,140}?парти|парти\p{L}*[^.!?]{0,60}?председател/iu],
  // (A party's leader in any case, the party just after: "лидером партии", "лидера Народной партии";
  // not "лидер нации", nor a leader far from the party's noun.)
  ['party-leader', /(?<!\p{L})лидер(?:а|у|ом|е|ы|ов|ам|ами|ах)?\s+(?:\p{L}+\s+)?парти/iu],
  ['senator', /депутат\p{L}*\s+сенат|сенатор/iu],
  ['prosecutor-general', /генеральн\p{L}*\s+прокурор/iu],
  ['president', /полномочи\p{L}*\s+(?:\p{L}+\s+){0,3}?президент|пост\p{L}*\s+президент|президентск\p{L}*\s+полномочи/iu],
  // (A deputy is not the akim or the minister, and is read before him: "заместителем акима",
  // "первым заместителем акима", "вице-министром", "заместителя министра".)
  ['deputy-akim', /заместител\p{L}*\s+акима|вице-аким/iu],
  ['akim', /аким\p{L}*/iu],
  ['deputy-minister', /вице-министр|заместител\p{L}*\s+министр/iu],
  // (A word of its own: not "министр" inside "Администрации".)
  ['minister', /(?<![\p{L}])министр\p{L}*/iu],
];

// prettier-ignore
export const RU_GROUP_CUES: KeyedCues = [
  ['delegates', /делегат/iu],
  ['party-members', /член\p{L}*\s+парти/iu],
  ['residents', /жител/iu],
  ['youth', /молод[её]ж/iu],
  ['voters', /избирател/iu],
  ['veterans', /ветеран/iu],
  ['students', /студент/iu],
  ['deputies', /депутат/iu],
];

/** The part of a meeting sentence that names whom one met: `встретились с членами партии`. */
export const RU_MET_WITH = /встре\p{L}*\s+(?:\p{L}+\s+){0,2}?с\s+((?:\p{L}+\s+){0,2}\p{L}+)/iu;

export const RU_JOINT = /совместн\p{L}*\s+заседани/iu;

export const RU_EXTRAORDINARY = /внеочередн|досрочн/iu;

/** The head of state by his post, in any case: "Глава государства", "Главой государства", "Президентом". */
const RU_HEAD_OF_STATE = String.raw`(?:глав(?:а|ы|е|у|ой)\s+государства|президент(?:а|у|ом|е)?)(?![\p{L}])`;
/** Signing, done or ahead, active or passive: "подписал", "подписала", "подпишет", "подписан". */
const RU_SIGNS = String.raw`(?<![\p{L}])(?:подписал[аи]?|подпис(?:ывает|ан[аоы]?)|подпиш(?:ет|ут))(?![\p{L}])`;
/**
 * The head of state signing, either order, a few words apart: "Глава государства подписал указ",
 * "Президент в понедельник подписал закон", "закон подписал Президент", "подписан Главой
 * государства" (not "на подпись Главе государства", a bill sent on: no signing verb).
 */
export const RU_HEAD_OF_STATE_SIGNS = new RegExp(
  String.raw`${RU_HEAD_OF_STATE}(?:\s+[\p{L}\p{N}-]+){0,4}?\s+${RU_SIGNS}|${RU_SIGNS}\s+(?:[\p{L}-]+\s+)?${RU_HEAD_OF_STATE}`,
  'iu',
);

/** An act's noun in any case: указ, распоряжение, постановление, приказ. */
export const RU_ACT_NOUN = String.raw`(?:указ|распоряжени|постановлени|приказ)(?:ом|ем|а|я|у|ю|е|и)?`;

/**
 * An act's noun in any case and the genitive words after it, which name its issuer ("Указом
 * Главы государства", "Распоряжением Премьер-министра", "постановлением акима Алматинской области",
 * "согласно приказу министра"): a word counts while it ends as a genitive does, so the name and
 * the post given in the instrumental ("заместителем акима") after it are not taken.
 */
export const RU_ACT_ISSUER = new RegExp(
  String.raw`(?<![\p{L}])${RU_ACT_NOUN}(?:\s+[\p{L}-]+(?:а|я|ов|ев|ей|ого|его|ой|ых|их|и|ы))+(?![\p{L}])`,
  'giu',
);

/**
 * Posts the holder keeps, to the end of their clause: "сохранив (за собой) пост(ы) …", "сохранил
 * должность …", "оставаясь/оставшись председателем …" (every form of сохранить and оставаться
 * before the post's noun or its instrumental).
 */
export const RU_KEPT_POST = new RegExp(
  String.raw`(?<![\p{L}])(?:сохрани(?:в|вш\p{L}*|л|ла|ли|т|ть)\s+(?:за\s+собой\s+)?(?:пост|должност|кресл)|оста(?:ваясь|вшись|лся|лась|лись|ётся|ется)\s+(?:на\s+пост|в\s+должност|(?:\p{L}+\s+)?(?:председател|лидер|руководител|глав|секретар)\p{L}*(?:ем|ом|ой|ами)(?![\p{L}])))[^.;!?]*`,
  'giu',
);

/** The title cues of Russian (events/titleCueWords.ts). */
export const RU_TITLE_CUES: TitleCues = {
  topics: RU_TOPIC_CUES,
  posts: RU_POST_CUES,
  groups: RU_GROUP_CUES,
  metWith: RU_MET_WITH,
  joint: RU_JOINT,
  extraordinary: RU_EXTRAORDINARY,
  // "принял отставку правительства", "отставка правительства принята".
  accepted:
    /принял\p{L}*\s+(?:[\p{L}-]+\s+){0,2}отставк|отставк\p{L}*\s+(?:[\p{L}-]+\s+){0,2}принят/iu,
  // "заявление об отставке", "прошение о своей отставке", "рапорт об увольнении", "по собственному желанию".
  resignationLetter:
    /(?:заявлени|прошени|рапорт)\p{L}*\s+(?:об?\s+(?:\p{L}+\s+)?(?:отставк|уход|сложени|освобожд|увольн)|по\s+собственному)/iu,
  headOfStateSigns: RU_HEAD_OF_STATE_SIGNS,
  actIssuer: RU_ACT_ISSUER,
  keptPost: RU_KEPT_POST,
  heldBefore: RU_HELD_BEFORE,
  // "новая Конституция", "по новой Конституции", "новую Конституцию", "новый Основной закон".
  newConstitution:
    /(?<![\p{L}])(?:нов(?:ая|ой|ую|ою)\s+Конституци|нов(?:ый|ого|ому|ым|ом)\s+Основн\p{L}*\s+закон)/iu,
  // "первый заместитель", "первым заместителем", "первого вице-министра" (every case).
  firstDeputy: /(?<![\p{L}])перв(?:ый|ого|ому|ым|ом|ая|ой|ую)\s+(?:заместител|вице-)/iu,
  // "избран", "избрана", "избрали", "переизбрал", "изберут" (not "избиратели").
  elected: /(?<![\p{L}])(?:пере)?(?:избран|избрал|избер[её]т|изберут)\p{L}*/iu,
  // "возглавил", "возглавит", "возглавляет", "возглавив" (not "возглавляемый", what he heads).
  tookPost: /(?<![\p{L}])возглав(?:ил|ит|ят|ляет|лял|ив)(?![\p{L}])/iu,
  // (Not where it was signed too: "подписали договор, который затем ратифицировали".)
  ratified: /^(?![\s\S]*подпис(?:ал|ан))[\s\S]*ратифиц/iu,
  // (Not where a visit or an arrival is told too: then the town is the visit's.)
  talks: /^(?![\s\S]*(?:визит|посети|посещ|прибы|прибуд|прилет|приех|поездк))[\s\S]*переговор/iu,
};
