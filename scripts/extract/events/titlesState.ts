/**
 * Titles of acts of state and of people: who did what, and to what when the text says it.
 * Kazakh and English need no gender; Russian uses the present or future tense (no gender) except
 * in participles (`назначен` / `назначена`). Reported events are told as done, planned as ahead.
 */
import type { Localized } from '../../../src/model/schema';
import { consentTitle } from './titlesConsent';
import { bodyHeadPhrases } from './bodyHead';
import { calledByBody, calledByPerson } from './titlesCalling';
import {
  L,
  mainActor,
  signerOf,
  speakerOf,
  ruAgrees,
  ruDid,
  tense,
  type Parts,
} from './titleParts';
import { nomination } from './titlesNomination';
import { renamingProposal } from './titlesRenaming';
import { dueTitle } from './titlesDue';
import { pressTitle } from './titlesOther';
import { TOPICS } from './topics';
import { lawStep, namedLaw } from './titlesLaw';
import { chamberTreatyAct } from './titlesChamberLaw';
import { resultsTitle } from './titlesResults';
import { actInForceTitle } from './actInForce';
import { draftTitle } from './draftDiscussed';
import { reformStep } from './titlesReform';
import { postIn } from './postIn';
import { ownsPost } from './posts';
import { dismissalTitle } from './dismissal';
import { actPhrases, issuedVerb, ministerIssuing } from './actNamed';
import { appealTitle } from './titlesAppeal';
import { announcedResignationTitle } from './titlesResignationAnnounced';
import { appealToOrgTitle } from './titlesAppealToOrg';

type Template = (c: Parts) => Localized;

export const STATE_TITLES: Record<string, Template> = {
  proposal(c) {
    // A draft put up for discussion is published for comment, no one's proposal.
    if (c.facet === 'draft') return draftTitle(c);
    const actor = speakerOf(c);
    const who = actor?.name;
    const f = ruAgrees(actor);
    const nominee = nomination(c);
    if (nominee) return nominee;
    const renaming = who ? renamingProposal(c, who, f) : undefined;
    if (renaming) return renaming;
    const t = c.args.topic ? TOPICS[c.args.topic] : undefined;
    const [kk, ru, en] = tense(c, ['ұсынды', ruDid(c, f, 'предложил', 'предложила', 'предложил'), 'proposes'], ['ұсынбақ', 'предложит', 'to propose']); // prettier-ignore
    if (who && t) return L(`${who.kk} ${t.kkAcc} ${kk}`, `${who.ru} ${ru} ${t.ruInf}`, `${who.en} ${en} ${t.enIng}`); // prettier-ignore
    if (who)
      return L(
        `${who.kk} ұсыныс ${tense(c, 'айтты', 'айтпақ')}`,
        `${who.ru} ${ruDid(c, f, 'выступил', 'выступила', 'выступит')} с предложением`,
        `${who.en} ${tense(c, 'makes', 'to make')} a proposal`,
      );
    if (t)
      return L(`${t.kkAbout} туралы ұсыныс`, `Предложение ${t.ruInf}`, `A proposal: ${t.enIng}`);
    return L('Ұсыныс', 'Предложение', 'A proposal');
  },
  decree: (c) =>
    c.args.actInForce
      ? actInForceTitle(c, c.args.actInForce)
      : (calledByBody(c) ??
        calledByPerson(c) ??
        // (A document approved by no head of state: "Үкімет стратегиясын бекітті" is "The
        // Government approves a strategy", not a bare "Decree".)
        (c.args.dueAct && !signerOf(c) ? dueTitle(c, L('', '', '')) : undefined) ??
        signed(c, ['Жарлыққа', 'Жарлық'], ['указ', 'Указ'], ['a decree', 'Decree'])),
  law: (c) =>
    chamberTreatyAct(c) ??
    lawStep(c) ??
    namedLaw(c) ??
    // (A common noun mid-title, as in namedLaw: "Президент заңға қол қойды", not "Заңға".)
    signed(c, ['заңға', 'Заң'], ['закон', 'Закон'], ['the law', 'Law']),
  appointment(c) {
    const a = mainActor(c);
    const p = postIn(c);
    // A body's consent to a candidacy is a step before the appointment, not the appointment.
    if (c.facet === 'candidacy' || c.facet === 'candidacy-review')
      return consentTitle(c, a, p ?? (c.args.bodyHead && bodyHeadPhrases(c.args.bodyHead)));
    const elected = c.args.elected === true;
    const [kkV, ruM, ruF, enV] = elected
      ? ['сайланды', 'избран', 'избрана', 'elected']
      : ['тағайындалды', 'назначен', 'назначена', 'appointed'];
    const ruV = (female: boolean) => tense(c, '', 'будет ') + (female ? ruF : ruM);
    const enBe = tense(c, '', 'to be ');
    // The head of state named alone in an appointment made it (unless he was elected or took it).
    if (a?.headOfState && !elected && !c.args.tookPost)
      return L(
        `${a.name.kk} кадрлық тағайындау ${tense(c, 'жасады', 'жасамақ')}`,
        `${a.name.ru} ${ruDid(c, a.female, 'провёл', 'провела', 'проведёт')} кадровые назначения`,
        `${a.name.en} ${tense(c, 'makes', 'to make')} an appointment`,
      );
    // A post taken by its holder: he becomes it, no one appointed him (elected, he was). Not the
    // post his name is told with, which he held already: "Коалицию возглавил председатель партии
    // AMANAT Ерлан Кошанов" heads the coalition, he does not become the party's chairman.
    const taken = p && c.args.post && ownsPost(c.args.post, c.actors, a?.name) ? undefined : p;
    if (a && c.args.tookPost && !elected)
      return taken
        ? L(
            `${a.name.kk} ${taken.kk} ${tense(c, 'болды', 'болмақ')}`,
            `${a.name.ru} ${ruDid(c, a.female, 'стал', 'стала', 'станет')} ${taken.ruIns}`,
            `${a.name.en} ${tense(c, 'becomes', 'to become')} ${taken.en}`,
          )
        : L(
            `${a.name.kk} жаңа қызметке ${tense(c, 'кірісті', 'кіріспек')}`,
            `${a.name.ru} ${ruDid(c, a.female, 'занял', 'заняла', 'займёт')} новую должность`,
            `${a.name.en} ${tense(c, 'takes up', 'to take up')} a new post`,
          );
    if (a && p)
      return L(
        `${a.name.kk} ${p.kk} болып ${tense(c, kkV, kkV.replace(/ды$/u, 'мақ'))}`,
        `${a.name.ru} ${ruV(a.female)} ${p.ruIns}`,
        `${a.name.en} ${enBe}${enV} ${p.en}`,
      );
    if (a)
      return L(
        `${a.name.kk} жаңа қызметке ${tense(c, kkV, kkV.replace(/ды$/u, 'мақ'))}`,
        `${a.name.ru} ${ruV(a.female)} на новую должность`,
        `${a.name.en} ${enBe}${enV} to a new post`,
      );
    if (p)
      return L(
        `Жаңа ${p.kk} ${tense(c, kkV, kkV.replace(/ды$/u, 'мақ'))}`,
        `${tense(c, '', 'Будет ')}${tense(c, elected ? 'Избран' : 'Назначен', elected ? 'избран' : 'назначен')} новый ${p.ru}`,
        `New ${p.en} ${enBe}${enV}`,
      );
    if (elected) return L('Қызметке сайлау', 'Избрание на должность', 'Election to a post');
    return L('Тағайындау', 'Назначение', 'An appointment');
  },
  resignation(c) {
    const a = mainActor(c);
    const p = postIn(c);
    if (c.args.post === 'government') {
      if (a && c.actors.length > 0 && c.args.accepted)
        return L(
          `${a.name.kk} Үкіметтің отставкасын ${tense(c, 'қабылдады', 'қабылдамақ')}`,
          `${a.name.ru} ${ruDid(c, a.female, 'принял', 'приняла', 'примет')} отставку правительства`,
          `${a.name.en} ${tense(c, 'accepts', 'to accept')} the Government's resignation`,
        );
      return L(
        `Үкімет отставкаға ${tense(c, 'кетті', 'кетпек')}`,
        `Правительство ${tense(c, 'ушло', 'уйдёт')} в отставку`,
        `The Government ${tense(c, 'resigns', 'to resign')}`,
      );
    }
    if (c.args.dismissed) return dismissalTitle(c, a, p);
    // (Announced or asked for, unless the sentence tells it accepted: then the post is left.)
    if (c.facet === 'announced' && !c.args.accepted) return announcedResignationTitle(c, a, p);
    if (a && p)
      return L(
        `${a.name.kk} ${p.kk} қызметінен ${tense(c, 'кетті', 'кетпек')}`,
        `${a.name.ru} ${ruDid(c, a.female, 'ушёл', 'ушла', 'уйдёт')} с поста ${p.ruGen}`,
        `${a.name.en} ${tense(c, 'steps', 'to step')} down as ${p.en}`,
      );
    if (a)
      return L(
        `${a.name.kk} қызметінен ${tense(c, 'кетті', 'кетпек')}`,
        `${a.name.ru} ${ruDid(c, a.female, 'ушёл', 'ушла', 'уйдёт')} в отставку`,
        `${a.name.en} ${tense(c, 'resigns', 'to resign')}`,
      );
    if (p && c.args.ownAccord) return L(`${p.kk} отставкаға ${tense(c, 'кетті', 'кетпек')}`, `${p.ru} ${tense(c, 'ушёл', 'уйдёт')} в отставку`, `The ${p.en} ${tense(c, 'resigns', 'to resign')}`); // prettier-ignore
    return L('Отставка', 'Отставка', 'A resignation');
  },
  inauguration(c) {
    const a = mainActor(c);
    if (!a) return L('Президентті ұлықтау рәсімі', 'Инаугурация президента', 'Presidential inauguration'); // prettier-ignore
    // (Told as becoming the President, "стал президентом": no oath is told.)
    if (c.facet === 'took-office')
      return L(
        `${a.name.kk} Президент ${tense(c, 'болды', 'болмақ')}`,
        `${a.name.ru} ${ruDid(c, a.female, 'стал', 'стала', 'станет')} президентом`,
        `${a.name.en} ${tense(c, 'becomes', 'to become')} President`,
      );
    return L(
      `${a.name.kk} Президент ретінде ант ${tense(c, 'берді', 'бермек')}`,
      `${a.name.ru} ${ruDid(c, a.female, 'вступил', 'вступила', 'вступит')} в должность президента`,
      `${a.name.en} ${tense(c, 'sworn in', 'to be sworn in')} as President`,
    );
  },
  address(c) {
    const actor = mainActor(c);
    const who = actor?.name;
    const f = actor?.female === true;
    const t = c.args.topic && c.args.topic !== 'joint-session' ? TOPICS[c.args.topic] : undefined;
    const about = t ? { kk: `: ${t.kkAbout}`, ru: ` ${t.ruAbout}`, en: ` on ${t.enOn}` } : L('', '', ''); // prettier-ignore
    // (An appeal is no Address: "обратился к народу" is "обращение", "халыққа үндеу" is "үндеу".)
    if (c.args.appeal) return appealTitle(c, who, f, about);
    if (!who)
      return L(
        `Президенттің Қазақстан халқына Жолдауы${about.kk}`,
        `Послание Президента народу Казахстана${about.ru}`,
        `The President's address to the nation${about.en}`,
      );
    return L(
      `${who.kk} Қазақстан халқына Жолдау ${tense(c, 'жолдады', 'жолдамақ')}${about.kk}`,
      `${who.ru} ${ruDid(c, f, 'обратился', 'обратилась', 'обратится')} с Посланием к народу Казахстана${about.ru}`,
      `${who.en} ${tense(c, 'addresses', 'to address')} the nation${about.en}`,
    );
  },
  reform(c) {
    const step = reformStep(c);
    if (step) return step;
    const actor = mainActor(c);
    const who = actor?.name;
    const f = actor?.female === true;
    const constitutional = c.args.topic === 'constitution';
    const [kkO, ruO, enO] = constitutional
      ? ['конституциялық реформаны', 'конституционную реформу', 'constitutional reform']
      : ['саяси реформаларды', 'политические реформы', 'political reforms'];
    if (!who)
      return constitutional
        ? L('Конституциялық реформа', 'Конституционная реформа', 'Constitutional reform')
        : L('Саяси реформалар', 'Политические реформы', 'Political reforms');
    return L(
      `${who.kk} ${kkO} ${tense(c, 'жариялады', 'жарияламақ')}`,
      `${who.ru} ${ruDid(c, f, 'объявил', 'объявила', 'объявит')} ${ruO}`,
      `${who.en} ${tense(c, 'announces', 'to announce')} ${enO}`,
    );
  },
  statement(c) {
    const actor = speakerOf(c);
    const who = actor?.name;
    const f = ruAgrees(actor);
    // (Told in Kazakh as a press conference held.)
    if (c.facet === 'press') return pressTitle(c);
    if (c.facet === 'results') return resultsTitle(c, who);
    // (An appeal to an organisation names both sides: "Kazakhstan appeals to the CSTO".)
    if (c.args.appealToOrg) return appealToOrgTitle(c, c.args.appealToOrg);
    // (An instruction says so: "Президент тапсырма берді", not "made a statement".)
    if (c.facet === 'instructed')
      return who
        ? L(`${who.kk} тапсырма ${tense(c, 'берді', 'бермек')}`, `${who.ru} ${ruDid(c, f, 'дал', 'дала', 'даст')} поручения`, `${who.en} ${tense(c, 'gives', 'to give')} instructions`) // prettier-ignore
        : L(tense(c, 'Тапсырма берілді', 'Тапсырма берілмек'), tense(c, 'Даны поручения', 'Будут даны поручения'), tense(c, 'Instructions are given', 'Instructions to be given')); // prettier-ignore
    const t = c.args.topic ? TOPICS[c.args.topic] : undefined;
    // (A statement told as ahead is ahead in every language: "мәлімдеме жасамақ", "выступит".)
    if (who && t) return L(`${who.kk}: ${t.kkAbout} туралы мәлімдеме`, `${who.ru}: заявление ${t.ruAbout}`, `${who.en} ${tense(c, 'speaks', 'to speak')} on ${t.enOn}`); // prettier-ignore
    if (who) return L(`${who.kk} мәлімдеме ${tense(c, 'жасады', 'жасамақ')}`, `${who.ru} ${ruDid(c, f, 'выступил', 'выступила', 'выступит')} с заявлением`, `${who.en} ${tense(c, 'makes', 'to make')} a statement`); // prettier-ignore
    return L('Мәлімдеме', 'Заявление', 'A statement');
  },
};

/** A decree or law: who signs it and on what. */
function signed(
  c: Parts,
  kk: [string, string],
  ru: [string, string],
  en: [string, string],
): Localized {
  let [kkObj, kkNoun] = kk;
  let [ruObj, ruNoun] = ru;
  let [enObj, enNoun] = en;
  // Powers ended by a decree name the one who lost them; only the head of state signed it. Named
  // by his post alone ("Глава государства подписал Закон"), he is the President.
  const named = signerOf(c) ?? ministerIssuing(c);
  const actor = c.facet === 'ended-powers' && named?.headOfState !== true ? undefined : named;
  const who = actor?.name;
  // Only the President issues decrees (Жарлық, указ); anyone else's act is the one the text names
  // (қаулы, бұйрық, өкім), else an order (өкім).
  if (kkObj === 'Жарлыққа' && actor?.headOfState !== true && (actor || c.args.act))
    [kkObj, kkNoun, ruObj, ruNoun, enObj, enNoun] = actPhrases(c.args.act);
  // A decree the lexicon knows by its kind (a state of emergency, a dissolution) has that topic.
  const facetTopic = { emergency: 'state-of-emergency', dissolution: 'early-termination', 'ended-powers': 'early-termination' } as const; // prettier-ignore
  const key = c.args.topic ?? facetTopic[c.facet as keyof typeof facetTopic];
  const t = key ? TOPICS[key] : undefined;
  let verb = L(tense(c, 'қол қойды', 'қол қоймақ'), ruDid(c, actor?.female === true, 'подписал', 'подписала', 'подпишет'), tense(c, 'signs', 'to sign')); // prettier-ignore
  if (c.args.act && c.args.actIssued)
    ({ verb, kkObj } = issuedVerb(c, actor?.female === true, kkNoun));
  if (who && t)
    return L(
      `${who.kk} ${t.kkAbout} туралы ${kkObj} ${verb.kk}`,
      `${who.ru} ${verb.ru} ${ruObj} ${t.ruAbout}`,
      `${who.en} ${verb.en} ${enObj} on ${t.enOn}`,
    );
  if (who) return L(`${who.kk} ${kkObj} ${verb.kk}`, `${who.ru} ${verb.ru} ${ruObj}`, `${who.en} ${verb.en} ${enObj}`); // prettier-ignore
  if (t)
    return L(`${t.kkAbout} туралы ${kkNoun}`, `${ruNoun} ${t.ruAbout}`, `${enNoun} on ${t.enOn}`);
  return L(kkNoun, ruNoun, enNoun);
}
