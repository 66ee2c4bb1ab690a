/**
 * Titles of `other` events whose facet the lexicon knows but titlesOther.ts had no words for, so
 * they were titled "Event": the steps of a vote's calendar (the day of silence, candidates or
 * party lists nominated, registered or handed in, a party list approved, primaries, a vote cast),
 * a mourning declared, a chairmanship, a term that ends, a treaty recalled by its year, a merger,
 * a remembrance, something put off. Each says the kind of thing, and who where the event names
 * them; never more than the cue tells.
 */
import type { Happening, HappeningAct, HappeningStep, HappeningWhat } from './happeningOf';
import { THING_WORDS, type ThingWords } from './happeningThings';
import { decidedGatheringTitle } from './decidedGathering';
import type { Localized } from '../../../src/model/schema';
import { joinedTitle } from './titlesJoined';
import { namedLaw } from './titlesLaw';
import { orgName } from './names';
import type { Registered } from './registered';
import {
  L,
  isParty,
  mainActor,
  mainOrg,
  mainParty,
  partyKkGen,
  partyRuGen,
  ruDid,
  tense,
  type Parts,
} from './titleParts';

/** Which step of nominating a candidate or a party list a cue tells (cueTitleArgs.ts). */
export type NominationStep =
  `${'candidates' | 'lists'}-${'nomination' | 'registration' | 'submission'}`;

// prettier-ignore
const NOMINATION: Record<NominationStep, Localized> = {
  'candidates-nomination': L('Кандидаттарды ұсыну', 'Выдвижение кандидатов', 'Nomination of candidates'),
  'candidates-registration': L('Кандидаттарды тіркеу', 'Регистрация кандидатов', 'Registration of candidates'),
  'candidates-submission': L('Кандидаттардың құжаттарын тапсыру', 'Подача документов кандидатами', "Submission of candidates' documents"),
  'lists-nomination': L('Партиялық тізімдерді ұсыну', 'Выдвижение партийных списков', 'Nomination of party lists'),
  'lists-registration': L('Партиялық тізімдерді тіркеу', 'Регистрация партийных списков', 'Registration of party lists'),
  'lists-submission': L('Партиялық тізімдерді тапсыру', 'Подача партийных списков', 'Submission of party lists'),
};

// prettier-ignore
const REGISTERED: Record<Registered, Localized> = {
  candidates: NOMINATION['candidates-registration'],
  lists: NOMINATION['lists-registration'],
  results: L('Нәтижелерді тіркеу', 'Регистрация итогов', 'Registration of the results'),
  deputies: L('Депутаттарды тіркеу', 'Регистрация депутатов', 'Registration of deputies'),
  party: L('Партияны тіркеу', 'Регистрация партии', 'Registration of a party'),
};

// (The Russian genitive, for "Начало выдвижения кандидатов".)
// prettier-ignore
const NOMINATION_RU_GEN: Record<NominationStep, string> = {
  'candidates-nomination': 'выдвижения кандидатов',
  'candidates-registration': 'регистрации кандидатов',
  'candidates-submission': 'подачи документов кандидатами',
  'lists-nomination': 'выдвижения партийных списков',
  'lists-registration': 'регистрации партийных списков',
  'lists-submission': 'подачи партийных списков',
};

/** A step of a vote's calendar told at its start or end: "Registration of candidates ends". */
function nominationStepTitle(
  c: Parts,
  n: NominationStep,
  step: HappeningStep,
  at: Localized,
): Localized {
  const t = NOMINATION[n];
  return stepTitle(c, { kk: t.kk, ruGen: NOMINATION_RU_GEN[n], en: t.en }, step, at);
}

/** What a registration registers, where its cue's words say (registered.ts), with its places. */
export function registeredTitle(c: Parts, at: Localized): Localized | undefined {
  const t = c.args.registered ? REGISTERED[c.args.registered] : undefined;
  return t ? L(`${t.kk}${at.kk}`, `${t.ru}${at.ru}`, `${t.en}${at.en}`) : undefined;
}

// prettier-ignore
const REFUSED: Record<Registered, Localized> = {
  candidates: L('Кандидаттарды тіркеуден бас тартылды', 'Отказ в регистрации кандидатов', 'Registration of candidates refused'),
  lists: L('Партиялық тізімдерді тіркеуден бас тартылды', 'Отказ в регистрации партийных списков', 'Registration of party lists refused'),
  results: L('Нәтижелерді тіркеуден бас тартылды', 'Отказ в регистрации итогов', 'Registration of the results refused'),
  deputies: L('Депутаттарды тіркеуден бас тартылды', 'Отказ в регистрации депутатов', 'Registration of deputies refused'),
  party: L('Партияны тіркеуден бас тартылды', 'Отказ в регистрации партии', 'Registration of a party refused'),
};

/**
 * A registration refused ("Минюст отказал в регистрации партии", "партияны тіркеуден бас
 * тартты"): of the party named, or of what the cue's words say; never "registered".
 */
export function refusedTitle(c: Parts, party: Localized | undefined, at: Localized): Localized {
  const t = party
    ? L(`Тіркеуден бас тартылды: ${party.kk}`, `Отказ в регистрации: ${party.ru}`, `Registration of ${party.en} refused`) // prettier-ignore
    : c.args.registered
      ? REFUSED[c.args.registered]
      : L('Тіркеуден бас тартылды', 'Отказ в регистрации', 'Registration refused');
  return L(`${t.kk}${at.kk}`, `${t.ru}${at.ru}`, `${t.en}${at.en}`);
}

/** The step a nomination cue tells, from its own words ("кандидаттарды тіркеу", "регистрация партийных списков"). */
export function nominationStep(cue: string): NominationStep {
  const who = /партиял|партийн|тізім|спис/iu.test(cue) ? 'lists' : 'candidates';
  const step = /тірке|регистрац/iu.test(cue)
    ? 'registration'
    : /тапсыр|подач|пода[нлю]/iu.test(cue)
      ? 'submission'
      : 'nomination';
  return `${who}-${step}`;
}

// prettier-ignore
const PLAN_OF: Record<NonNullable<Parts['args']['votePlan']>, Localized> = {
  presidential: L('Президент сайлауының', 'выборов президента', 'presidential election'),
  parliamentary: L('Мәжіліс сайлауының', 'выборов в Мажилис', 'parliamentary election'),
  senate: L('Сенат сайлауының', 'выборов в Сенат', 'Senate election'),
  akim: L('Әкімдер сайлауының', 'выборов акимов', 'akim election'),
  maslikhat: L('Мәслихат сайлауының', 'выборов в маслихаты', 'maslikhat election'),
  general: L('Сайлаудың', 'выборов', 'election'),
  referendum: L('Референдумның', 'референдума', 'referendum'),
};

/** The title of a facet named here, with the places the sentence names (` (Астана)`, ` in Astana`). */
export function calendarTitle(c: Parts, at: Localized): Localized | undefined {
  const with_ = (t: Localized) => L(`${t.kk}${at.kk}`, `${t.ru}${at.ru}`, `${t.en}${at.en}`);
  switch (c.facet) {
    case 'happening':
      if (c.args.decidedGathering) return decidedGatheringTitle(c, c.args.decidedGathering);
      return c.args.happening ? happeningTitle(c, c.args.happening, at) : undefined;
    case 'silence':
      return with_(L('Тыныштық күні', 'День тишины', 'Day of silence'));
    case 'vote-plan': {
      const v = PLAN_OF[c.args.votePlan ?? 'general'];
      return with_(L(`${v.kk} күнтізбелік жоспары ${tense(c, 'бекітілді', 'бекітілмек')}`, `${tense(c, 'Утверждён', 'Будет утверждён')} календарный план ${v.ru}`, `The ${v.en} calendar ${tense(c, 'is approved', 'to be approved')}`)); // prettier-ignore
    }
    case 'nomination': {
      const n = c.args.nominationStep ?? 'candidates-nomination';
      return c.args.step ? nominationStepTitle(c, n, c.args.step, at) : with_(NOMINATION[n]);
    }
    case 'party-list': {
      const o = isParty(c) ? mainParty(c) : undefined;
      return o
        ? L(`${partyKkGen(o.kk)} партиялық тізімі ${tense(c, 'бекітілді', 'бекітілмек')}`, `${tense(c, 'Утверждён', 'Будет утверждён')} партийный список ${partyRuGen(o.ru)}`, `${o.en} ${tense(c, 'approves', 'to approve')} its party list`) // prettier-ignore
        : with_(L(`Партиялық тізім ${tense(c, 'бекітілді', 'бекітілмек')}`, `${tense(c, 'Утверждён', 'Будет утверждён')} партийный список`, `A party list ${tense(c, 'is approved', 'to be approved')}`)); // prettier-ignore
    }
    case 'primaries': {
      const o = isParty(c) ? mainParty(c) : undefined;
      return o
        ? L(`${partyKkGen(o.kk)} праймеризі`, `Праймериз ${partyRuGen(o.ru)}`, `${o.en} ${tense(c, 'holds', 'to hold')} primaries`) // prettier-ignore
        : with_(L('Праймериз', 'Праймериз', 'Primaries'));
    }
    case 'ballot': {
      const a = mainActor(c);
      if (!a) return with_(L('Дауыс беру', 'Голосование', 'Voting'));
      return with_(L(`${a.name.kk} дауыс ${tense(c, 'берді', 'бермек')}`, `${a.name.ru} ${ruDid(c, a.female, 'проголосовал', 'проголосовала', 'проголосует')}`, `${a.name.en} ${tense(c, 'votes', 'to vote')}`)); // prettier-ignore
    }
    case 'mourning':
      return with_(L(`Аза тұту күні ${tense(c, 'жарияланды', 'жарияланбақ')}`, `${tense(c, 'Объявлен', 'Будет объявлен')} траур`, `A day of mourning ${tense(c, 'is declared', 'to be declared')}`)); // prettier-ignore
    case 'mourning-day':
      return with_(L('Жалпыұлттық аза тұту күні', 'День общенационального траура', 'Day of national mourning')); // prettier-ignore
    case 'chairmanship': {
      // (Heading a body's committee is no chairmanship of the body: "возглавлял комитет Мажилиса"
      // must not read "The Mazhilis: chairmanship".)
      const o = c.args.subunitNamed ? undefined : mainOrg(c);
      return o
        ? L(`${o.kk}: төрағалық`, `${o.ru}: председательство`, `${o.en}: chairmanship`)
        : L('Ұйымға төрағалық', 'Председательство в организации', 'Chairmanship of an organisation'); // prettier-ignore
    }
    case 'term':
      return L('Мерзімнің аяқталуы', 'Окончание срока', 'End of term');
    case 'agreement-dated':
      return with_(L(`Келісімге қол ${tense(c, 'қойылды', 'қойылмақ')}`, `${tense(c, 'Подписано', 'Будет подписано')} соглашение`, tense(c, 'An agreement is signed', 'An agreement to be signed'))); // prettier-ignore
    case 'commemoration':
      return with_(L('Еске алу шарасы', 'Памятное мероприятие', 'Commemoration'));
    // (What was put off, where the sentence names a topic, says more: titlesOther.ts.)
    case 'postponed':
      return c.args.topic ? undefined : with_(L('Кейінге қалдыру', 'Перенос', 'Postponement'));
    case 'merger': {
      const joined = joinedTitle(c);
      if (joined) return joined;
      const seen = new Set<string>();
      const orgs = c.organisations.filter((o) => !seen.has(o.id) && seen.add(o.id));
      // (Fewer than two bodies named, "Екі партия бірігіп …", "министерства объединены": still a
      // merger, never a bare "Event".)
      if (orgs.length < 2) return with_(L(`Бірігу`, `Объединение`, `A merger`));
      const [a, b] = [orgName(orgs[0]!.id, orgs[0]!.name), orgName(orgs[1]!.id, orgs[1]!.name)];
      return L(
        `${a.kk} және ${b.kk} ${tense(c, 'бірікті', 'бірікпек')}`,
        `${a.ru} и ${b.ru} ${tense(c, 'объединились', 'объединятся')}`,
        `${a.en} and ${b.en} ${tense(c, 'merge', 'to merge')}`,
      );
    }
    default:
      return undefined;
  }
}

// What a bare start or end is of: Kazakh and English name it, Russian names the step of it.
const HAPPENING_WHAT: Record<Exclude<HappeningWhat, 'nomination'>, ThingWords> = {
  campaign: { kk: 'Сайлау науқаны', ruNom: 'Избирательная кампания', ruGen: 'избирательной кампании', en: 'Election campaign' }, // prettier-ignore
  registration: { kk: 'Тіркеу', ruNom: 'Регистрация', ruGen: 'регистрации', en: 'Registration' },
  accreditation: { kk: 'Аккредиттеу', ruNom: 'Аккредитация', ruGen: 'аккредитации', en: 'Accreditation' }, // prettier-ignore
  discussion: { kk: 'Талқылау', ruNom: 'Обсуждение', ruGen: 'обсуждения', en: 'Discussion' },
  documents: { kk: 'Құжаттарды қабылдау', ruNom: 'Приём документов', ruGen: 'приёма документов', en: 'Receipt of documents' }, // prettier-ignore
  ...THING_WORDS,
};

/** A referendum's campaign, named as the election's is (cueTitleArgs.ts campaignVote). */
export const REFERENDUM_CAMPAIGN: ThingWords = { kk: 'Референдум науқаны', ruNom: 'Кампания по референдуму', ruGen: 'кампании по референдуму', en: 'Referendum campaign' }; // prettier-ignore

export function happeningTitle(c: Parts, h: Happening, at: Localized): Localized {
  if (h.what === 'nomination') {
    const n = h.nomination ?? 'candidates-nomination';
    if (h.step === 'start' || h.step === 'end') return nominationStepTitle(c, n, h.step, at);
    const t = NOMINATION[n];
    return L(`${t.kk}${at.kk}`, `${t.ru}${at.ru}`, `${t.en}${at.en}`);
  }
  // (A law or a code brought into force, by its name where the sentence gives one: "The Tax Code
  // to come into force", as a law's own step is titled.)
  if (h.what === 'law' && h.step === 'in-force' && c.args.lawStep === 'in-force') {
    const law = namedLaw(c);
    if (law) return law;
  }
  const words = h.what === 'campaign' && c.args.campaignVote === 'referendum' ? REFERENDUM_CAMPAIGN : HAPPENING_WHAT[h.what]; // prettier-ignore
  return stepTitle(c, words, h.step, at);
}

/** What starts or ends, by its step and tense: Kazakh and English name it, Russian the step of it. */
function stepTitle(
  c: Parts,
  w: { kk: string; ruGen: string; en: string; ruNom?: string; plural?: boolean },
  step: HappeningAct,
  at: Localized,
): Localized {
  // (English agrees with a plural: "Repair works start", "Proposals are announced".)
  const s = w.plural ? '' : 's';
  const is = w.plural ? 'are' : 'is';
  switch (step) {
    case 'start':
      return L(`${w.kk} ${tense(c, 'басталды', 'басталмақ')}${at.kk}`, `Начало ${w.ruGen}${at.ru}`, `${w.en} ${tense(c, `start${s}`, 'to start')}${at.en}`); // prettier-ignore
    case 'end':
      return L(`${w.kk} ${tense(c, 'аяқталды', 'аяқталмақ')}${at.kk}`, `Завершение ${w.ruGen}${at.ru}`, `${w.en} ${tense(c, `end${s}`, 'to end')}${at.en}`); // prettier-ignore
    // (Approved or made public: "Бюллетень бекітілді", "Утверждение бюллетеня", "The ballot is approved".)
    case 'approved':
      return L(`${w.kk} ${tense(c, 'бекітілді', 'бекітілмек')}${at.kk}`, `Утверждение ${w.ruGen}${at.ru}`, `${w.en} ${tense(c, `${is} approved`, 'to be approved')}${at.en}`); // prettier-ignore
    case 'announced':
      return L(`${w.kk} ${tense(c, 'жарияланды', 'жарияланбақ')}${at.kk}`, `Объявление ${w.ruGen}${at.ru}`, `${w.en} ${tense(c, `${is} announced`, 'to be announced')}${at.en}`); // prettier-ignore
    // (Put up for all to read: "Сайлаушылар тізімі ілінді", "Размещение списков избирателей".)
    case 'posted':
      return L(`${w.kk} ${tense(c, 'ілінді', 'ілінбек')}${at.kk}`, `Размещение ${w.ruGen}${at.ru}`, `${w.en} ${tense(c, `${is} posted`, 'to be posted')}${at.en}`); // prettier-ignore
    // (Brought into force: "Тыйым күшіне енді", "Вступление в силу запрета", "A ban takes effect".)
    case 'in-force':
      return L(`${w.kk} ${tense(c, 'күшіне енді', 'күшіне енбек')}${at.kk}`, `Вступление в силу ${w.ruGen}${at.ru}`, `${w.en} ${tense(c, `take${s} effect`, 'to take effect')}${at.en}`); // prettier-ignore
    // (Taking place tells no more than the thing itself: "Рассмотрение апелляции".)
    case 'held':
      return L(`${w.kk}${at.kk}`, `${w.ruNom ?? w.ruGen}${at.ru}`, `${w.en}${at.en}`);
  }
}
