/**
 * Titles of events the lexicon only knows by their kind (`other` with a facet: a protest, a
 * registration, an agreement, a court ruling, a founding) and of visits: still who or what, and
 * where, when the text says it.
 */
import type { Localized } from '../../../src/model/schema';
import { isFemaleName, orgName, personName } from './names';
import {
  L,
  isHeadOfState,
  isParty,
  mainActor,
  mainOrg,
  mainParty,
  placesOf,
  signerOf,
  speakerOf,
  tense,
  where,
  type Parts,
} from './titleParts';
import { TOPICS } from './topics';
import { monthEvents } from './namedEvents';
import { FOUNDED_BODIES, foundedBodyAhead } from './foundedBody';
import { courtTitle } from './titlesCourt';
import { mandateEndedTitle } from './titlesMandate';
import { dueTitle } from './titlesDue';
import { draftTitle } from './draftDiscussed';
import { statesAgreementTitle } from './titlesStatesAgree';
import { budgetTitle } from './budgetStep';
import { abolishedTitle } from './abolished';
import { callWith, talksWith } from './titlesTalks';
import { measureTitle } from './titlesMeasures';
import {
  calendarTitle,
  happeningTitle,
  refusedTitle,
  registeredTitle,
  REFERENDUM_CAMPAIGN,
} from './titlesCalendar';
import { troopsTitle } from './titlesTroops';
import { yearNamedTitle } from './titlesYearNamed';

export function otherTitle(c: Parts): Localized {
  const at = where(placesOf(c));
  const org = mainOrg(c);
  const t = c.args.topic ? TOPICS[c.args.topic] : undefined;
  // What it was about, where the sentence names a topic ("Об изменениях в Конституцию").
  const topical = t
    ? L(`${t.kkAbout}${at.kk}`, `${t.ruNom}${at.ru}`, `${t.enOn}${at.en}`)
    : undefined;
  switch (c.facet) {
    // A draft made public ("Проект указа опубликован"): what kind, not "Event".
    case 'draft':
      return draftTitle(c);
    case 'protest':
      return L(`Наразылық акциялары${at.kk}`, `Протесты${at.ru}`, `Protests${at.en}`);
    case 'registration': {
      // A party is registered; a commission or ministry only registers others.
      const party = mainParty(c);
      if (c.args.registrationRefused) return refusedTitle(c, party && isParty(c) ? party : undefined, at); // prettier-ignore
      return party && isParty(c)
        ? L(`${party.kk} ${tense(c, 'тіркелді', 'тіркелмек')}`, `Регистрация: ${party.ru}`, `${party.en} ${tense(c, 'registered', 'to be registered')}`)
        : (registeredTitle(c, at) ?? L(`Тіркеу${at.kk}`, `Регистрация${at.ru}`, `Registration${at.en}`)); // prettier-ignore
    }
    // (Each told as done or as ahead: "подпишут соглашение", "апелляцию подаст".)
    case 'agreement':
      if (c.args.ratified)
        return L(`Келісім ${tense(c, 'ратификацияланды', 'ратификацияланбақ')}${at.kk}`, `${tense(c, 'Ратифицировано', 'Будет ратифицировано')} соглашение${at.ru}`, `${tense(c, 'An agreement is ratified', 'An agreement to be ratified')}${at.en}`); // prettier-ignore
      if (c.args.documents)
        return L(`Құжаттарға қол ${tense(c, 'қойылды', 'қойылмақ')}${at.kk}`, `${tense(c, 'Подписаны', 'Будут подписаны')} документы${at.ru}`, `${tense(c, 'Documents are signed', 'Documents to be signed')}${at.en}`); // prettier-ignore
      {
        const states = c.args.states && statesAgreementTitle(c, c.args.states, at);
        if (states) return states;
      }
      return L(`Келісімге қол ${tense(c, 'қойылды', 'қойылмақ')}${at.kk}`, `${tense(c, 'Подписано', 'Будет подписано')} соглашение${at.ru}`, `${tense(c, 'An agreement is signed', 'An agreement to be signed')}${at.en}`); // prettier-ignore
    // An agreement concluded, the act told without the signing ("шарт 2008 жылы жасалған").
    case 'concluded':
      return L(`Келісім ${tense(c, 'жасалды', 'жасалмақ')}${at.kk}`, `${tense(c, 'Заключено', 'Будет заключено')} соглашение${at.ru}`, `${tense(c, 'An agreement is concluded', 'An agreement to be concluded')}${at.en}`); // prettier-ignore
    // Results approved by a commission (the Russian facet; announced results are a statement).
    case 'results':
      return L(`Қорытындыларды бекіту${at.kk}`, `Утверждение итогов${at.ru}`, `Approval of the results${at.en}`); // prettier-ignore
    case 'budget':
      if (c.args.budgetStep) return budgetTitle(c, c.args.budgetStep, at);
      return L(`Бюджет бойынша шешім${at.kk}`, `Решение по бюджету${at.ru}`, `Budget decision${at.en}`); // prettier-ignore
    case 'poll':
      return L(`Экзит-пол${at.kk}`, `Экзитпол${at.ru}`, `Exit poll${at.en}`);
    case 'campaign':
      if (c.args.step) return happeningTitle(c, { what: 'campaign', step: c.args.step }, at);
      if (c.args.campaignVote === 'referendum') {
        const w = REFERENDUM_CAMPAIGN;
        return L(`${w.kk}${at.kk}`, `${w.ruNom}${at.ru}`, `${w.en}${at.en}`);
      }
      return L(
        `Сайлау науқаны${at.kk}`,
        `Избирательная кампания${at.ru}`,
        `Election campaign${at.en}`,
      );
    case 'filing':
      return L(`Өтініш ${tense(c, 'берілді', 'берілмек')}${at.kk}`, `${tense(c, 'Подана', 'Будет подана')} заявка${at.ru}`, `${tense(c, 'A notice is filed', 'A notice to be filed')}${at.en}`); // prettier-ignore
    case 'relations':
      return L(`Дипломатиялық қатынастар${at.kk}`, `Дипломатические отношения${at.ru}`, `Diplomatic relations${at.en}`); // prettier-ignore
    // A city made the capital, or the capital moved ("Ақмола ел астанасы болды", "столица
    // перенесена в Акмолу"): the city is the new capital, not the place of an event.
    case 'capital':
      return L('Елорданың көшуі', 'Перенос столицы', 'The capital moves');
    // A state of emergency or a regional emergency regime, declared by whoever the text names
    // ("чрезвычайный режим" covers both Russian terms, положение and ситуация).
    case 'emergency':
      return L(
        `Төтенше жағдай ${tense(c, 'енгізілді', 'енгізілмек')}${at.kk}`,
        `${tense(c, 'Введён', 'Будет введён')} чрезвычайный режим${at.ru}`,
        `${tense(c, 'A state of emergency is declared', 'A state of emergency to be declared')}${at.en}`,
      );
    // A rate set, a ban imposed, diplomats expelled: who did what (titlesMeasures.ts).
    case 'rate':
    case 'ban':
    case 'expulsion':
      return measureTitle(c, at);
    case 'court':
      return courtTitle(c, at);
    case 'mandate-ended':
      return mandateEndedTitle(c, at);
    case 'trial':
      return L(`Сот процесі${at.kk}`, `Судебный процесс${at.ru}`, `A trial${at.en}`);
    case 'award':
      return awardTitle(c);
    case 'bribe':
      return L(`Пара алу${at.kk}`, `Взятка${at.ru}`, `A bribe${at.en}`);
    case 'founding': {
      if (c.args.workStarts) return startsWorkTitle(org, at, c);
      // (Due by a deadline, what is due says more than the body's kind where it is another:
      // "Учаскелік комиссиялар 6 қыркүйекке дейін құрылады", "Precinct commissions to be formed".)
      const due = c.status === 'planned' && c.args.dueAct?.object !== c.args.foundedBody ? dueTitle(c, at) : undefined; // prettier-ignore
      if (due) return due;
      // (Told as done or as ahead: "создаст рабочую группу до 1 октября" has set up nothing yet.)
      const done = c.args.foundedBody ? FOUNDED_BODIES[c.args.foundedBody] : undefined;
      const body = done && c.status === 'planned' ? foundedBodyAhead(done) : done;
      // (A body the sentence names wins over an organisation it names for another reason, "рабочая
      // группа при парламенте", "спикер Мажилиса …"; a party founded is named.)
      if (body && !(org && isParty(c)))
        return L(`${body.kk}${at.kk}`, `${body.ru}${at.ru}`, `${body.en}${at.en}`);
      return org
        ? L(`${org.kk} ${tense(c, 'құрылды', 'құрылмақ')}`, `Создание: ${org.ru}`, `${org.en} ${tense(c, 'founded', 'to be founded')}`) // prettier-ignore
        : L(`Жаңа ұйым ${tense(c, 'құрылды', 'құрылмақ')}${at.kk}`, `${tense(c, 'Создана', 'Будет создана')} новая организация${at.ru}`, `${tense(c, 'A new organisation is founded', 'A new organisation to be founded')}${at.en}`); // prettier-ignore
    }
    // A day something is due by, or starts on, with no more specific cue: its topic, else the term.
    case 'due':
    case 'instruction': {
      // What is due, else who set the deadline, where the sentence names the one who instructs
      // ("Бектенов поручил акимам до 1 марта"). The event stands on the due day, when nobody set
      // anything: "Bektenov sets a deadline" there would tell a wrong day for the instruction,
      // which is an event of its own (the statement cue "instructed").
      // (Not the one a duty is on: "Бектенов должен до 1 марта …" sets no deadline.)
      const who = c.facet === 'instruction' && !c.args.duty ? speakerOf(c)?.name : undefined;
      const due = topical ?? dueTitle(c, at);
      if (!due && who)
        return L(`${who.kk} белгілеген мерзім`, `${who.ru}: срок поручения`, `Deadline set by ${who.en.replace(/^The /u, 'the ')}`); // prettier-ignore
      // (Else what befalls a thing by then, by its clause's verb: clauseHappening.ts.)
      const befalls = c.args.happening ? happeningTitle(c, c.args.happening, at) : undefined;
      return due ?? befalls ?? troopsTitle(c, at) ?? L(`Белгіленген мерзім${at.kk}`, `Установленный срок${at.ru}`, `Deadline${at.en}`); // prettier-ignore
    }
    case 'start': {
      const body = c.organisations.find((o) => o.id === c.args.startsWork);
      const o = body ? orgName(body.id, body.name) : undefined;
      if (o) return startsWorkTitle(o, at, c);
      // (What befalls a thing from that day, by its clause's verb: "Сайлаушылар тізімі 5 наурыздан
      // бастап ілінеді" is "Voter lists to be posted", clauseHappening.ts.)
      if (!topical && c.args.happening) return happeningTitle(c, c.args.happening, at);
      return (
        topical ??
        troopsTitle(c, at) ??
        L(`Басталатын күн${at.kk}`, `Дата начала${at.ru}`, `Start date${at.en}`)
      );
    }
    // Events a people names ("қаңтар оқиғалары", "Жаңаөзен оқиғалары"): by their month or place.
    case 'events':
      if (c.args.month) return monthEvents(c.args.month, at);
      return topical ?? L(`Оқиғалар${at.kk}`, `События${at.ru}`, `Events${at.en}`);
    default:
      return (
        // (What is due by a deadline names who is due to do what, more than its bare verb does:
        // "Министерство завершит выплату компенсаций до 1 октября".)
        yearNamedTitle(c) ??
        (c.args.dueAct ? dueTitle(c, at) : undefined) ??
        abolishedTitle(c) ??
        calendarTitle(c, at) ??
        troopsTitle(c, at) ??
        topical ??
        dueTitle(c, at) ??
        L(`Оқиға${at.kk}`, `Событие${at.ru}`, `Event${at.en}`)
      );
  }
}

/**
 * An award or a rank conferred: who received it, not who gave it ("Президент наградил Нурлана
 * Нигматулина орденом «Парасат»", "Тоқаев … марапаттады": the head of state awards).
 */
function awardTitle(c: Parts): Localized {
  const a = c.actors.find((x) => !isHeadOfState(x));
  if (!a) return L('Мемлекеттік марапаттар', 'Государственные награды', 'State awards');
  const who = personName(a.name);
  const female = isFemaleName(a.name);
  return L(
    `${who.kk} ${tense(c, 'марапатталды', 'марапатталмақ')}`,
    `${who.ru} ${tense(c, '', 'будет ')}${female ? 'награждена' : 'награждён'}`,
    `${who.en} ${tense(c, 'receives', 'to receive')} a state award`,
  );
}

/** A visit or talks: `Kassym-Jomart Tokayev visits Astana`, `… holds talks`. */
export function visitTitle(c: Parts): Localized {
  const who = mainActor(c)?.name;
  // (A visit to a country is titled by it, when no town of it is named: "visits Germany".)
  const country = c.places.find((p) => p.id === c.args.visitTo)?.name;
  const places = placesOf(c) ?? country;
  // (Talks with the one met name both sides, the host by his post too: "holds talks with Putin".)
  const both = c.args.talks && !country ? talksWith(c, signerOf(c), where(places)) : undefined;
  if (both) return both;
  // (A trip with no talks named is a visit, not talks: "аудандарға жұмыс сапарымен барады".)
  if (!who && places) return L(`Сапар (${places.kk})`, `Визит (${places.ru})`, `Visit to ${places.en}`); // prettier-ignore
  if (!who) return c.args.talks ? L('Келіссөздер', 'Переговоры', 'Talks') : L('Сапар', 'Визит', 'Visit'); // prettier-ignore
  // (Talks held in a town, the host's own capital as much as another's, are no visit to it.)
  if (places && c.args.talks && !country)
    return L(`${who.kk}: келіссөздер (${places.kk})`, `${who.ru}: переговоры (${places.ru})`, `${who.en} ${tense(c, 'holds', 'to hold')} talks in ${places.en}`); // prettier-ignore
  if (places)
    return L(
      `${who.kk}: ${places.kk} сапары`,
      `${who.ru}: визит (${places.ru})`,
      `${who.en} ${tense(c, 'visits', 'to visit')} ${places.en}`,
    );
  if (!c.args.talks)
    return L(`${who.kk}: сапар`, `${who.ru}: визит`, `${who.en} ${tense(c, 'makes', 'to make')} a visit`); // prettier-ignore
  return L(`${who.kk}: келіссөздер`, `${who.ru}: переговоры`, `${who.en} ${tense(c, 'holds', 'to hold')} talks`); // prettier-ignore
}

/** A telephone conversation: `Kassym-Jomart Tokayev holds a phone call`. */
export function callTitle(c: Parts): Localized {
  const who = mainActor(c)?.name;
  const both = callWith(c, signerOf(c));
  if (both) return both;
  if (!who) return L('Телефон арқылы сөйлесу', 'Телефонный разговор', 'Phone call');
  return L(
    `${who.kk}: телефон арқылы сөйлесу`,
    `${who.ru}: телефонный разговор`,
    `${who.en} ${tense(c, 'holds', 'to hold')} a phone call`,
  );
}

/** A press conference or a briefing: `Nurlan Abdirov holds a press conference`. */
export function pressTitle(c: Parts): Localized {
  const who = mainActor(c)?.name;
  if (!who) return L('Баспасөз мәслихаты', 'Пресс-конференция', 'Press conference');
  return L(
    `${who.kk} баспасөз мәслихатын ${tense(c, 'өткізді', 'өткізбек')}`,
    `${who.ru}: пресс-конференция`,
    `${who.en} ${tense(c, 'holds', 'to hold')} a press conference`,
  );
}

/** A body that starts its work (a start, or a founding cue of starting work): never "founded". */
function startsWorkTitle(o: Localized | undefined, at: Localized, c: Parts): Localized {
  if (!o) return L(`Жұмыстың басталуы${at.kk}`, `Начало работы${at.ru}`, `Start of work${at.en}`);
  return L(
    `${o.kk} жұмысын ${tense(c, 'бастады', 'бастамақ')}`,
    `${o.ru} ${tense(c, 'начинает', 'начнёт')} работу`,
    `${o.en} ${tense(c, 'starts', 'to start')} work`,
  );
}
