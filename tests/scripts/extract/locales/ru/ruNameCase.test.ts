import { describe, expect, it } from 'vitest';
import {
  declineRuName,
  nominativeRuName,
  RU_CASES,
  type Gender,
} from '../../../../../scripts/extract/locales/ru/ruNameCase';

// Names made up for the tests or public figures' names; each is declined in every case.
const NAMES: Array<[Gender, string[]]> = [
  ['m', ['Касым-Жомарт', 'Токаев']],
  ['m', ['Нурсултан', 'Назарбаев']],
  ['m', ['Ерлан', 'Кошанов']],
  ['m', ['Саясат', 'Нурбек']],
  ['m', ['Роман', 'Скляр']],
  ['m', ['Алексей', 'Петровский']],
  ['m', ['Тимур', 'Кулибаев']],
  ['m', ['Алихан', 'Смаилов']],
  ['m', ['Бауыржан', 'Ибраев']],
  ['m', ['Иван', 'Петрович', 'Сидоров']],
  ['m', ['Асхат', 'Ибрагимулы']],
  ['f', ['Дарига', 'Назарбаева']],
  ['f', ['Майра', 'Ильясова']],
  ['f', ['Айгерим', 'Сатыбалдиева']],
  ['f', ['Гульмира', 'Жумабаева']],
  ['f', ['Динара', 'Токаева']],
  ['f', ['Мария', 'Петровская']],
  ['f', ['Анна', 'Сергеевна', 'Кузнецова']],
  ['f', ['Лаура', 'Куанышкызы']],
];

describe('declineRuName(words, gender, case)', () => {
  it('declines male and female names like Russian texts write them', () => {
    expect(declineRuName(['Касым-Жомарт', 'Токаев'], 'm', 'gen')).toEqual([
      'Касым-Жомарта',
      'Токаева',
    ]);
    expect(declineRuName(['Нурсултан', 'Назарбаев'], 'm', 'ins')).toEqual([
      'Нурсултаном',
      'Назарбаевым',
    ]);
    expect(declineRuName(['Майра', 'Ильясова'], 'f', 'acc')).toEqual(['Майру', 'Ильясову']);
    expect(declineRuName(['Дарига', 'Назарбаева'], 'f', 'gen')).toEqual(['Дариги', 'Назарбаевой']);
    expect(declineRuName(['Айгерим', 'Сатыбалдиева'], 'f', 'ins')).toEqual([
      'Айгерим',
      'Сатыбалдиевой',
    ]);
    expect(declineRuName(['Алексей', 'Петровский'], 'm', 'dat')).toEqual([
      'Алексею',
      'Петровскому',
    ]);
    expect(declineRuName(['Асхат', 'Ибрагимулы'], 'm', 'pre')).toEqual(['Асхате', 'Ибрагимулы']);
  });
});

describe('nominativeRuName(words)', () => {
  for (const [gender, name] of NAMES) {
    it.each(RU_CASES.map((c) => [c, declineRuName(name, gender, c).join(' ')]))(
      `returns ${name.join(' ')} from the %s form %s`,
      (_, written) => {
        expect(nominativeRuName(written.split(' '))).toEqual(name);
      },
    );
  }

  it.each([
    ['Токаевым', 'Токаев'],
    ['Токаеву', 'Токаев'],
    ['Назарбаева', 'Назарбаев'],
    ['Назарбаевой', 'Назарбаева'],
    ['Нурбеке', 'Нурбек'],
    ['Петровской', 'Петровская'],
  ])('reads a lone surname %s as %s (a tie goes to the masculine)', (written, nominative) => {
    expect(nominativeRuName([written])).toEqual([nominative]);
  });

  it('lets the sentence settle a lone surname: Назарбаева заявила is a woman', () => {
    expect(nominativeRuName(['Назарбаева'], 'f')).toEqual(['Назарбаева']);
    expect(nominativeRuName(['Ильясову'], 'f')).toEqual(['Ильясова']);
  });
});
