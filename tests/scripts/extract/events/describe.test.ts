import { describe, expect, it } from 'vitest';
import { titleArgs } from '../../../../scripts/extract/events/describe';

// Sentences written for the tests.
describe('titleArgs(type, sentence, paragraph)', () => {
  it.each([
    [
      'proposal',
      'Депутат цифрлық демократияға басымдық беру қажет деген ұсыныс айтты.',
      'digital-democracy',
    ],
    ['proposal', 'Депутаты предложили вернуть столице название Астана.', 'rename-capital'],
    [
      'decree',
      'Президент елордада төтенше жағдай енгізу туралы Жарлыққа қол қойды.',
      'state-of-emergency',
    ],
    [
      'decree',
      'Спикер подписал распоряжение о созыве совместного заседания палат.',
      'joint-session',
    ],
    [
      'proposal',
      'Партия решила выдвинуть кандидатуру действующего главы государства.',
      'nominate-candidates',
    ],
    [
      'session',
      'Фракцияның кеңейтілген отырысында сайлауалды бағдарламаның орындалуы қаралады.',
      'election-programme',
    ],
    [
      'meeting',
      'На заседании правительства подведут итоги социально-экономического развития за 2023 год.',
      'annual-results',
    ],
  ] as const)('finds what a %s is about: %s', (type, text, topic) => {
    expect(titleArgs(type, text, text).topic).toBe(topic);
  });

  it.each([
    [
      'appointment',
      'Указом Главы государства он назначен исполняющим обязанности премьер-министра.',
      'acting-prime-minister',
    ],
    ['appointment', 'Ол Сенат депутаты болып тағайындалды.', 'senator'],
    ['resignation', 'Глава государства принял отставку правительства.', 'government'],
    [
      'resignation',
      'Он заявил о решении прекратить свои полномочия в качестве президента.',
      'president',
    ],
  ] as const)('finds the post of an %s: %s', (type, text, post) => {
    expect(titleArgs(type, text, text).post).toBe(post);
  });

  it('reads who met whom, a joint session and a snap election', () => {
    const met = 'Кеше аудан орталығында съезд делегаттары партия мүшелерімен кездесті.';
    expect(titleArgs('meeting', met, met)).toMatchObject({
      byWhom: 'delegates',
      withWhom: 'party-members',
    });
    const ru = 'Депутаты встретились с жителями села в понедельник.';
    expect(titleArgs('meeting', ru, ru)).toMatchObject({
      byWhom: 'deputies',
      withWhom: 'residents',
    });
    const joint = 'Парламент палаталарының бірлескен отырысы дүйсенбіде өтеді.';
    expect(titleArgs('session', joint, joint).joint).toBe(true);
    const snap = 'Кезектен тыс президент сайлауы 20 қарашада өтеді.';
    expect(titleArgs('election', snap, snap)).toMatchObject({ electionKind: 'presidential', extraordinary: true }); // prettier-ignore
    const senate = 'Выборы депутатов в Сенат пройдут в январе.';
    expect(titleArgs('election', senate, senate).electionKind).toBe('senate');
    const both = 'Мәжіліс пен мәслихат сайлауына бес партия жіберілді.';
    expect(titleArgs('election', both, both).electionKind).toBe('parliamentary');
  });

  it('reads the new name of a renamed capital', () => {
    const kk = 'Мәслихат Нұр-Сұлтанды Астана деп қайта атау туралы шешім қабылдады.';
    expect(titleArgs('renaming', kk, kk)).toMatchObject({
      newName: 'Астана',
      topic: 'rename-capital',
    });
  });
});
