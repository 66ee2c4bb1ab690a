/**
 * An arrest, a verdict or a trial is a political event only in political company: a political
 * actor or post, or a political charge, in its sentence or the one before, or in the article's
 * headline or lead. A thief arrested, a swindler sentenced are no events of the chronicle, even
 * under a politics rubric. Generated over the court cues, ordinary subjects, political actors and
 * political charges; sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { kindsAndDays } from './extractSentences';

const PUB = '2025-03-12';
const DAY = 'other 2025-03-10';
const events = (lang: 'kk' | 'ru', text: string) => kindsAndDays(lang, text, PUB);

const KK_CUES = [
  '10 наурызда қамауға алынды',
  '10 наурызда 5 жылға сотталды',
  '10 наурызда кінәлі деп танылды',
  '10 наурызда тұтқындалды',
];
const KK_PLAIN = ['ұрлық жасаған ер адам', 'зейнеткерлерді алдаған алаяқ', 'жаяу жүргінішіні қағып кеткен жүргізуші']; // prettier-ignore
const KK_POLITICAL = [
  'бұрынғы аудан әкімі',
  'Мәжіліс депутаты',
  'оппозиция белсендісі',
  'белгілі журналист',
  'пара алған ер адам',
  'сыбайлас жемқорлыққа күдікті ер адам',
  'жаппай тәртіпсіздікке қатысқан ер адам',
  'мемлекетке опасыздыққа күдікті ер адам',
];

const RU_CUES = ['задержан', 'арестован', 'осуждён на пять лет', 'признан виновным'];
const RU_PLAIN = ['мужчина, совершивший кражу', 'мошенник, обманувший пенсионеров', 'водитель, сбивший пешехода']; // prettier-ignore
const RU_POLITICAL = [
  'бывший аким района',
  'депутат маслихата',
  'активист оппозиции',
  'известный журналист',
  'мужчина, обвиняемый в получении взятки',
  'мужчина, обвиняемый в госизмене',
  'мужчина, призывавший к массовым беспорядкам',
  'чиновник, превысивший должностные полномочия',
];

describe('a court act needs political company', () => {
  it.each(KK_CUES)('kk: … %s', (cue) => {
    for (const who of KK_PLAIN) expect(events('kk', `Алматыда ${who} ${cue}.`), who).toEqual([]);
    for (const who of KK_POLITICAL)
      expect(events('kk', `Алматыда ${who} ${cue}.`), who).toEqual([DAY]);
  });
  it.each(RU_CUES)('ru: 10 марта %s …', (cue) => {
    for (const who of RU_PLAIN) expect(events('ru', `10 марта в Алматы ${cue} ${who}.`), who).toEqual([]); // prettier-ignore
    for (const who of RU_POLITICAL)
      expect(events('ru', `10 марта в Алматы ${cue} ${who}.`), who).toEqual([DAY]);
  });
  it.each(KK_CUES)('kk: the sentence before gives the company: … %s', (cue) => {
    const lead = 'Алматыда көктем ерте келді.\n\n';
    expect(events('kk', `${lead}Полиция ұрлықты ашты. Күдікті ${cue}.`)).toEqual([]);
    expect(events('kk', `${lead}Бұрынғы министр ісі тергелді. Күдікті ${cue}.`)).toEqual([DAY]);
  });
  it.each(RU_CUES)('ru: the headline gives the company: 10 марта %s', (cue) => {
    const body = `\n\nГород готовится к весне.\n\nПо данным полиции, 10 марта ${cue} подозреваемый.`;
    expect(events('ru', `Кража в магазине${body}`)).toEqual([]);
    expect(events('ru', `Дело бывшего акима${body}`)).toEqual([DAY]);
  });
});
