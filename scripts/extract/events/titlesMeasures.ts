/**
 * Titles of measures (events/measures.ts) that say who did what: "The National Bank raises the
 * base rate to 16.5%", "The Government bans exports", "The Ministry of Foreign Affairs expels
 * diplomats"; without the one who took it, the measure in the passive ("Exports are banned").
 */
import type { Localized } from '../../../src/model/schema';
import type { Measure } from './measures';
import { orgName } from './names';
import { L, tense, type Parts } from './titleParts';

export function measureTitle(c: Parts, at: Localized): Localized {
  const m: Measure = c.args.measure ?? {};
  const o = m.by ? c.organisations.find((x) => x.id === m.by) : undefined;
  const who = o ? orgName(o.id, o.name) : undefined;
  if (c.facet === 'rate') return rateTitle(c, m, who, at);
  if (c.facet === 'ban') return banTitle(c, m, who, at);
  return expulsionTitle(c, m, who, at);
}

// prettier-ignore
const RATE_VERBS = {
  raised: { kk: ['көтерді', 'көтермек', 'көтерілді', 'көтерілмек'], ru: ['повышена', 'будет повышена'], en: ['raises', 'to raise', 'is raised', 'to be raised'] },
  cut: { kk: ['төмендетті', 'төмендетпек', 'төмендетілді', 'төмендетілмек'], ru: ['снижена', 'будет снижена'], en: ['cuts', 'to cut', 'is cut', 'to be cut'] },
  kept: { kk: ['сақтады', 'сақтамақ', 'сақталды', 'сақталмақ'], ru: ['сохранена', 'будет сохранена'], en: ['keeps', 'to keep', 'is kept', 'to be kept'] },
};

/** "Ұлттық банк базалық мөлшерлемені 16,5 пайызға дейін көтерді" / "… базовая ставка повышена до 16,5%". */
function rateTitle(c: Parts, m: Measure, who: Localized | undefined, at: Localized): Localized {
  if (!m.step)
    return L(`Базалық мөлшерлеме бойынша шешім${at.kk}`, `Решение по базовой ставке${at.ru}`, `Base rate decision${at.en}`); // prettier-ignore
  const v = RATE_VERBS[m.step];
  const kept = m.step === 'kept';
  const kkRate = m.rate ? ` ${m.rate.replace('.', ',')} ${kept ? 'пайыз деңгейінде' : 'пайызға дейін'}` : ''; // prettier-ignore
  const ruRate = m.rate ? ` ${kept ? 'на уровне' : 'до'} ${m.rate.replace('.', ',')}%` : '';
  const enRate = m.rate ? ` ${kept ? 'at' : 'to'} ${m.rate.replace(',', '.')}%` : '';
  const [kkDid, kkWill, kkDone, kkToBe] = v.kk as [string, string, string, string];
  const [enDoes, enWill, enDone, enToBe] = v.en as [string, string, string, string];
  const ru = `${tense(c, v.ru[0], v.ru[1])}${ruRate}`;
  if (who)
    return L(
      `${who.kk} базалық мөлшерлемені${kkRate} ${tense(c, kkDid, kkWill)}`,
      `${who.ru}: базовая ставка ${ru}`,
      `${who.en} ${tense(c, enDoes, enWill)} the base rate${enRate}`,
    );
  return L(
    `Базалық мөлшерлеме${kkRate} ${tense(c, kkDone, kkToBe)}${at.kk}`,
    `Базовая ставка ${ru}${at.ru}`,
    `The base rate ${tense(c, enDone, enToBe)}${enRate}${at.en}`,
  );
}

/** "Үкімет экспортқа тыйым салды" / "Правительство: введён запрет на экспорт" / "The Government bans exports". */
function banTitle(c: Parts, m: Measure, who: Localized | undefined, at: Localized): Localized {
  const on = m.on && { kk: m.on === 'exports' ? 'экспортқа ' : 'импортқа ', ru: m.on === 'exports' ? ' на экспорт' : ' на импорт', en: m.on }; // prettier-ignore
  const ru = `${tense(c, 'введён', 'будет введён')} запрет${on?.ru ?? ''}`;
  if (who)
    return L(
      `${who.kk} ${on?.kk ?? ''}тыйым ${tense(c, 'салды', 'салмақ')}${at.kk}`,
      `${who.ru}: ${ru}${at.ru}`,
      on
        ? `${who.en} ${tense(c, 'bans', 'to ban')} ${on.en}${at.en}`
        : `${who.en} ${tense(c, 'imposes', 'to impose')} a ban${at.en}`,
    );
  return L(
    `${on?.kk ?? ''}тыйым ${tense(c, 'салынды', 'салынбақ')}${at.kk}`,
    `${ru}${at.ru}`,
    on
      ? `${on.en} ${tense(c, 'are banned', 'to be banned')}${at.en}`
      : `A ban ${tense(c, 'is imposed', 'to be imposed')}${at.en}`,
  );
}

/** "СІМ дипломаттарды елден шығарды" / "МИД: высланы дипломаты" / "… expels diplomats". */
function expulsionTitle(
  c: Parts,
  m: Measure,
  who: Localized | undefined,
  at: Localized,
): Localized {
  const many = m.many === true;
  const kkWhom = many ? 'дипломаттарды' : 'дипломатты';
  const enWhom = many ? 'diplomats' : 'a diplomat';
  const kkHow = m.nonGrata ? 'персона нон грата деп' : 'елден';
  const ruWho = many ? 'дипломаты' : 'дипломат';
  const ruDone = m.nonGrata
    ? `${tense(c, '', many ? 'будут ' : 'будет ')}${many ? 'объявлены персонами' : 'объявлен персоной'} нон грата`
    : `${tense(c, '', many ? 'будут ' : 'будет ')}${many ? 'высланы' : 'выслан'}`;
  const enWhat = m.nonGrata ? 'declare' : 'expel';
  if (who)
    return L(
      `${who.kk} ${kkWhom} ${kkHow} ${m.nonGrata ? tense(c, 'жариялады', 'жарияламақ') : tense(c, 'шығарды', 'шығармақ')}${at.kk}`,
      `${who.ru}: ${ruWho} ${ruDone}${at.ru}`,
      `${who.en} ${tense(c, `${enWhat}s`, `to ${enWhat}`)} ${enWhom}${m.nonGrata ? ' persona non grata' : ''}${at.en}`,
    );
  return L(
    `${many ? 'Дипломаттар' : 'Дипломат'} ${kkHow} ${m.nonGrata ? tense(c, 'жарияланды', 'жарияланбақ') : tense(c, 'шығарылды', 'шығарылмақ')}${at.kk}`,
    `${ruWho} ${ruDone}${at.ru}`,
    `${many ? 'Diplomats' : 'A diplomat'} ${tense(c, many ? 'are' : 'is', 'to be')} ${m.nonGrata ? 'declared persona non grata' : 'expelled'}${at.en}`,
  );
}
