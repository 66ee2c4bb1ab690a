/**
 * Titles of a deadline by what is due (dueAct.ts): "The Government to approve bylaws",
 * "Правительство: утверждение подзаконных актов", "Үкімет: заңға тәуелді актілерді бекіту";
 * with no one named, "Bylaws to be approved"; a thing that lasts ends by the day: "The public
 * discussion to end". The date itself is shown beside the title.
 */
import type { Localized } from '../../../src/model/schema';
import type { DueObject, DueVerb, DueWho } from './dueAct';
import { L, type Parts } from './titleParts';

/** A verb: English base and participle, the Russian noun of the act, the Kazakh verbal noun and the case of its object. */
// prettier-ignore
const VERBS: Record<DueVerb, { en: string; enDone: string; ru: string; kk: string; kkCase: 'acc' | 'dat' | 'gen' }> = {
  approve: { en: 'approve', enDone: 'approved', ru: 'утверждение', kk: 'бекіту', kkCase: 'acc' },
  submit: { en: 'submit', enDone: 'submitted', ru: 'внесение', kk: 'енгізу', kkCase: 'acc' },
  adopt: { en: 'adopt', enDone: 'adopted', ru: 'принятие', kk: 'қабылдау', kkCase: 'acc' },
  prepare: { en: 'prepare', enDone: 'prepared', ru: 'подготовка', kk: 'дайындау', kkCase: 'acc' },
  complete: { en: 'complete', enDone: 'completed', ru: 'завершение', kk: 'аяқтау', kkCase: 'acc' },
  form: { en: 'form', enDone: 'formed', ru: 'создание', kk: 'құру', kkCase: 'acc' },
  publish: { en: 'publish', enDone: 'published', ru: 'публикация', kk: 'жариялау', kkCase: 'acc' },
  sign: { en: 'sign', enDone: 'signed', ru: 'подписание', kk: 'қол қою', kkCase: 'dat' },
  agree: { en: 'agree on', enDone: 'agreed on', ru: 'согласование', kk: 'келісу', kkCase: 'acc' },
  hold: { en: 'hold', enDone: 'held', ru: 'проведение', kk: 'өткізу', kkCase: 'acc' },
  last: { en: 'end', enDone: 'end', ru: 'завершение', kk: 'аяқталуы', kkCase: 'gen' },
};

/** A thing due: English (with its article), Kazakh accusative, dative and genitive, Russian genitive. */
// prettier-ignore
const OBJECTS: Record<DueObject, { en: string; acc: string; dat: string; gen: string; ru: string }> = {
  regime: { en: 'the regime', acc: 'режимді', dat: 'режимге', gen: 'режимнің', ru: 'режима' },
  bylaws: { en: 'bylaws', acc: 'заңға тәуелді актілерді', dat: 'заңға тәуелді актілерге', gen: 'заңға тәуелді актілердің', ru: 'подзаконных актов' },
  plan: { en: 'a plan', acc: 'жоспарды', dat: 'жоспарға', gen: 'жоспардың', ru: 'плана' },
  bill: { en: 'a bill', acc: 'заң жобасын', dat: 'заң жобасына', gen: 'заң жобасының', ru: 'законопроекта' },
  'precinct-commissions': { en: 'precinct commissions', acc: 'учаскелік комиссияларды', dat: 'учаскелік комиссияларға', gen: 'учаскелік комиссиялардың', ru: 'участковых комиссий' },
  commissions: { en: 'commissions', acc: 'комиссияларды', dat: 'комиссияларға', gen: 'комиссиялардың', ru: 'комиссий' },
  'road-map': { en: 'a road map', acc: 'жол картасын', dat: 'жол картасына', gen: 'жол картасының', ru: 'дорожной карты' },
  programme: { en: 'a programme', acc: 'бағдарламаны', dat: 'бағдарламаға', gen: 'бағдарламаның', ru: 'программы' },
  proposals: { en: 'proposals', acc: 'ұсыныстарды', dat: 'ұсыныстарға', gen: 'ұсыныстардың', ru: 'предложений' },
  'draft-agreement': { en: 'a draft agreement', acc: 'келісім жобасын', dat: 'келісім жобасына', gen: 'келісім жобасының', ru: 'проекта соглашения' },
  explanations: { en: 'explanations', acc: 'түсіндірмелерді', dat: 'түсіндірмелерге', gen: 'түсіндірмелердің', ru: 'разъяснений' },
  results: { en: 'the results', acc: 'қорытындыларды', dat: 'қорытындыларға', gen: 'қорытындылардың', ru: 'итогов' },
  'public-discussion': { en: 'the public discussion', acc: 'қоғамдық талқылауды', dat: 'қоғамдық талқылауға', gen: 'қоғамдық талқылаудың', ru: 'общественного обсуждения' },
  assessment: { en: 'assessment work', acc: 'бағалау жұмыстарын', dat: 'бағалау жұмыстарына', gen: 'бағалау жұмыстарының', ru: 'работ по оценке' },
  concept: { en: 'a concept', acc: 'тұжырымдаманы', dat: 'тұжырымдамаға', gen: 'тұжырымдаманың', ru: 'концепции' },
  decision: { en: 'a decision', acc: 'шешімді', dat: 'шешімге', gen: 'шешімнің', ru: 'решения' },
  amendments: { en: 'amendments', acc: 'түзетулерді', dat: 'түзетулерге', gen: 'түзетулердің', ru: 'поправок' },
  'working-group': { en: 'a working group', acc: 'жұмыс тобын', dat: 'жұмыс тобына', gen: 'жұмыс тобының', ru: 'рабочей группы' },
  compensation: { en: 'compensation payments', acc: 'өтемақы төлеуді', dat: 'өтемақы төлеуге', gen: 'өтемақы төлеудің', ru: 'выплаты компенсаций' },
  printing: { en: 'printing', acc: 'басып шығаруды', dat: 'басып шығаруға', gen: 'басып шығарудың', ru: 'печати' },
  outreach: { en: 'outreach work', acc: 'түсіндіру жұмыстарын', dat: 'түсіндіру жұмыстарына', gen: 'түсіндіру жұмыстарының', ru: 'разъяснительной работы' },
  'report-meetings': { en: 'report meetings', acc: 'есепті кездесулерді', dat: 'есепті кездесулерге', gen: 'есепті кездесулердің', ru: 'отчётных встреч' },
  work: { en: 'the work', acc: 'жұмыстарды', dat: 'жұмыстарға', gen: 'жұмыстардың', ru: 'работ' },
  applications: { en: 'accepting applications', acc: 'өтінімдерді қабылдауды', dat: 'өтінімдерді қабылдауға', gen: 'өтінімдерді қабылдаудың', ru: 'приёма заявок' },
  registration: { en: 'registration', acc: 'тіркеуді', dat: 'тіркеуге', gen: 'тіркеудің', ru: 'регистрации' },
  campaign: { en: 'the election campaign', acc: 'сайлау науқанын', dat: 'сайлау науқанына', gen: 'сайлау науқанының', ru: 'избирательной кампании' },
  charter: { en: 'the charter', acc: 'жарғыны', dat: 'жарғыға', gen: 'жарғының', ru: 'устава' },
  strategy: { en: 'a strategy', acc: 'стратегияны', dat: 'стратегияға', gen: 'стратегияның', ru: 'стратегии' },
  budget: { en: 'the budget', acc: 'бюджетті', dat: 'бюджетке', gen: 'бюджеттің', ru: 'бюджета' },
  census: { en: 'the census', acc: 'санақты', dat: 'санаққа', gen: 'санақтың', ru: 'переписи' },
};

// prettier-ignore
const WHO: Record<DueWho, Localized> = {
  'head-of-state': L('Мемлекет басшысы', 'Глава государства', 'The President'),
  government: L('Үкімет', 'Правительство', 'The Government'),
  ministry: L('Министрлік', 'Министерство', 'The ministry'),
  agency: L('Ведомство', 'Ведомство', 'The agency'),
  akimat: L('Әкімдік', 'Акимат', 'The akimat'),
  akimats: L('Әкімдіктер', 'Акиматы', 'Akimats'),
  'regional-akims': L('Облыс әкімдері', 'Акимы областей', 'Regional akims'),
  akims: L('Әкімдер', 'Акимы', 'Akims'),
  'local-bodies': L('Жергілікті атқарушы органдар', 'Местные исполнительные органы', 'Local executive bodies'),
  'working-group': L('Жұмыс тобы', 'Рабочая группа', 'The working group'),
  parties: L('Тараптар', 'Стороны', 'The parties'),
  cec: L('ОСК', 'ЦИК', 'The CEC'),
  commission: L('Комиссия', 'Комиссия', 'The commission'),
};

/** The title of a deadline whose due act the lexicon knows, else none. */
export function dueTitle(c: Parts, at: Localized): Localized | undefined {
  const d = c.args.dueAct;
  if (!d) return undefined;
  const v = VERBS[d.verb];
  const o = OBJECTS[d.object];
  if (d.verb === 'last')
    return L(`${o.gen} ${v.kk}${at.kk}`, `${v.ru} ${o.ru}${at.ru}`, `${o.en} ${c.status !== 'planned' && c.facet === 'happening' ? 'ends' : 'to end'}${at.en}`); // prettier-ignore
  const who = d.who ? WHO[d.who] : undefined;
  const kk = `${o[v.kkCase]} ${v.kk}`;
  const ru = `${v.ru} ${o.ru}`;
  // (The Kazakh and Russian nouns of the act hold either tense; English says which. The cue's own
  // act told as done is done: "Правительство 11 марта утвердило план … до 2035 года" is "The
  // Government approves a plan", never "to approve". A task set by a deadline or an instruction is
  // ahead of the setting, whatever that one's tense: "договорились до 1 июля согласовать".)
  const done = c.status !== 'planned' && (c.facet === 'happening' || c.facet === 'founding' || c.facet === 'decree'); // prettier-ignore
  const en = who
    ? `${who.en} ${done ? enPresent(v.en, PLURAL_WHO.has(d.who!)) : `to ${v.en}`} ${o.en}`
    : `${o.en} ${done ? '' : 'to be '}${v.enDone}`;
  return who
    ? L(`${who.kk}: ${kk}${at.kk}`, `${who.ru}: ${ru}${at.ru}`, `${en}${at.en}`)
    : L(`${kk}${at.kk}`, `${ru}${at.ru}`, `${en}${at.en}`);
}

/** Those due who are many: their verb takes no -s ("Akims approve a plan"). */
const PLURAL_WHO = new Set<DueWho>([
  'akimats',
  'regional-akims',
  'akims',
  'local-bodies',
  'parties',
]);

/** An English verb (or phrasal verb, "agree on") in the present, third person. */
function enPresent(verb: string, plural: boolean): string {
  if (plural) return verb;
  const [head, ...rest] = verb.split(' ');
  const s = /(?:sh|ch|s|x|z)$/u.test(head!) ? `${head}es` : `${head}s`;
  return [s, ...rest].join(' ');
}
