import { describe, expect, it } from 'vitest';
import { guessRuDirection } from '../../../../../../scripts/extract/locales/ru/dates/guessRuDirection';

/** The direction read for the date written as [brackets] in each sentence. */
function direction(sentence: string) {
  const start = sentence.indexOf('[');
  const text = sentence.replace(/[[\]]/gu, '');
  return guessRuDirection(text, start, sentence.indexOf(']') - 1);
}

describe('guessRuDirection: which way a year-less Russian date points', () => {
  it.each([
    ['Выборы состоятся [20 ноября].', 'future'],
    // An intention told as a present is ahead; told in the past, it may lie either side (the
    // nearest year), in every gender and number of the past.
    ['Митинг планируют провести [9 марта].', 'future'],
    ['Митинг планировали провести [9 марта].', undefined],
    ['Съезд планировал провести [9 марта] совет партии.', undefined],
    ['Акцию планировала провести [9 марта] инициативная группа.', undefined],
    ['Голосование намеревались провести [9 марта].', undefined],
    ['Депутаты собирались рассмотреть закон [9 марта].', undefined],
    ['Президент поручил [до 1 июля] внести законопроект.', 'future'],
    ['[15 июля] президент посетит Актау.', 'future'], // a prefixed perfective future
    ['В [пятницу] президент примет участие в саммите.', 'future'],
    ['Президент подпишет закон [20 июля].', 'future'],
    ['Внеочередные выборы назначены на [19 марта].', 'future'],
    ['[6 февраля] Олжас Бектенов назначен премьер-министром.', 'past'], // appointed, not scheduled
    ['Прокурор, получивший отставку [18 марта], назначен депутатом.', 'past'], // the participle's clause
    ['[5 мая] министерство сообщает о новых мерах.', undefined], // an imperfective present
    ['В [понедельник] президент провел совещание.', 'past'],
    ['Закон принят [1 июля].', 'past'], // a short passive, not a prefixed future
    // Short passives in -ован/-ирован and common -ен forms, the clause's own verb.
    ['Проект опубликован [25 января], обсуждение продлится до 15 февраля.', 'past'],
    // A perfective future in the first person plural; a -л form after "чтобы" is a subjunctive.
    ['Слушания мы проведем [3 ноября], чтобы люди видели, куда идут деньги.', 'future'],
    ['Хотел бы, чтобы [3 ноября] прошли слушания.', undefined],
    ['Закон приняли [3 ноября], чтобы все успели.', 'past'],
    ['Договор ратифицирован [12 марта], вступит в силу позже.', 'past'],
    ['Кандидат зарегистрирован [5 мая], выборы пройдут позже.', 'past'],
    // Each date takes the verb nearest it.
    ['Выдвижение началось [22 сентября] и завершится 11 октября.', 'past'],
    ['Выдвижение началось 22 сентября и завершится [11 октября].', 'future'],
    ['Выдвижение завершится [11 октября], а началось оно 22 сентября.', 'future'],
    ['Указ будет подписан [5 мая].', 'future'],
    // What is agreed on, decided, intended or instructed lies ahead of the verb that governs it.
    ['Собеседники условились провести заседание совета в [августе].', 'future'],
    ['Стороны договорились провести встречу в [феврале].', 'future'],
    ['Президент поручил правительству до [1 марта] внести проект в Мажилис.', 'future'],
    ['Партия намерена в [марте] провести съезд.', 'future'],
    ['[5 марта] президент решил провести референдум.', 'past'], // the decision's own date
    ['Власть области в [марте] отчиталась.', 'past'], // "власть" is a noun, not an infinitive
    // Words that end like a past verb but are not one: "если", "дел", "избиратели".
    ['Если президент примет решение, голосование может пройти [15 марта].', 'future'],
    ['Голосование может пройти [15 марта].', 'future'], // a modal before an infinitive
    ['Сессия откроется [1 сентября].', 'future'], // a -крыть stem keeps its vowel in the future
    ['В ночь с 4 на [5 января] начались беспорядки.', 'past'], // the night before, not a target
    ['Министр иностранных дел посетит Берлин [5 мая].', 'future'],
    ['Избиратели придут на участки [20 ноября].', 'future'],
    ['Что дал саммит ОТГ [6 ноября]?', 'past'],
    // A date right after the event it names is that event's: no direction from the past verb.
    ['Партия выдвинула кандидата на выборы [20 ноября].', undefined],
    ['Партия выдвинет кандидата на выборы [20 ноября].', 'future'],
    // The date a document bears is past: it exists. ("от 5 до 10 мая" is a range.)
    ['Законопроект разработан во исполнение Послания от [1 сентября].', 'past'],
    ['Приём документов продлится от [5 мая] до 10 мая.', 'future'], // "саммит" has the shape of a verb, not its place
    ['Совет соберется [6 ноября].', 'future'], // the auxiliary and its participle are one verb
    // A deadline set in the past may lie on either side of the publication.
    ['Режим был продлен до [11 мая].', undefined],
    ['Режим будет продлен до [11 мая].', 'future'],
  ] as const)('%s → %s', (sentence, want) => expect(direction(sentence)).toBe(want));
});

/**
 * What a past verb of saying reports may lie ahead: the reported clause's own perfective future
 * sets its date's direction, whatever its prefix ("пред-", "на-", "из-" as well as "при-", "по-").
 * And a future auxiliary governs every short passive coordinated after it ("будут обобщены и
 * представлены"), though the nearer one has the shape of a past.
 */
describe('guessRuDirection: perfective futures and coordinated passives', () => {
  const FUTURES = [
    'представит',
    'предложит',
    'предоставит',
    'назначит',
    'направит',
    'изменит',
    'изберёт',
    'подпишет',
  ];
  const SHAPES = [
    (v: string) => `Президент заявил, что в [сентябре] ${v} пакет поправок.`,
    (v: string) => `Глава государства сообщил, что [1 сентября] ${v} новый документ.`,
    (v: string) => `Ожидается, что он ${v} документ [1 сентября].`,
  ];
  for (const verb of FUTURES)
    for (const shape of SHAPES)
      it(`${shape(verb)} → future`, () => expect(direction(shape(verb))).toBe('future'));

  const PASSIVES = ['обобщены', 'проверены', 'подсчитаны', 'утверждены'];
  for (const first of PASSIVES)
    for (const aux of ['будут', 'будет'])
      it(`${aux} ${first} и представлены → future`, () =>
        expect(direction(`Итоги ${aux} ${first} и представлены [28 марта].`)).toBe('future'));

  it('a past passive with no auxiliary stays past', () =>
    expect(direction('Итоги были обобщены и представлены [28 марта].')).toBe('past'));
  it('"предмет" is a noun, not a future', () =>
    expect(direction('Предмет спора обсуждали в [марте].')).toBe('past'));
});
