/**
 * Finishing and starting in every finite form the news tells a dated step with: завершить and
 * закончить in the past, the reflexive and the active perfective future ("комиссия завершит работы
 * в 2024 году", "закончат"), and a body starting its work in the past, the future and the present
 * ("начал работу", "начнёт работу", "начинает работу"). Forms generated from the stems; sentences
 * written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractSentences } from '../../../events/extractSentences';

const eventsOf = (text: string) =>
  extractSentences('ru', text, '2023-06-30').events.map((e) => `${e.type} ${e.date.edtf}`);

/** Each ending with a subject it agrees with, and what is finished where the verb takes one. */
const ENDINGS: Array<[string, string, string]> = [
  ['ил', 'Министр', ' проверку'],
  ['ила', 'Комиссия', ' проверку'],
  ['или', 'Депутаты', ' проверку'],
  ['ит', 'Комиссия', ' проверку'],
  ['ат', 'Депутаты', ' проверку'],
  ['ится', 'Проверка', ''],
  ['атся', 'Проверки', ''],
  ['ился', 'Процесс', ''],
  ['илась', 'Проверка', ''],
];
const FINISH = ['заверш', 'законч'].flatMap((stem) =>
  ENDINGS.map(([e, subject, object]) => `${subject} ${stem}${e}${object}`),
);
const START: Array<[string, string]> = [
  ['Новый орган', 'начал'],
  ['Новая палата', 'начала'],
  ['Новые агентства', 'начали'],
  ['Новая палата', 'начнёт'],
  ['Новый орган', 'начнет'],
  ['Новые агентства', 'начнут'],
  ['Новый орган', 'начинает'],
  ['Новые агентства', 'начинают'],
];

describe('finishing and starting, dated', () => {
  it.each(FINISH)('%s in 2024', (clause) => {
    expect(eventsOf(`${clause} в 2024 году.`)).toEqual(['other 2024']);
  });

  it.each(START)('%s %s работу on its day', (subject, verb) => {
    expect(eventsOf(`${subject} ${verb} работу 1 сентября 2024 года.`)).toEqual([
      'other 2024-09-01',
    ]);
  });

  it.each(['Комиссия завершит работы.', 'Агентство начнёт работу.', 'Суд начинает работу.'])(
    'no day, no event: %s',
    (text) => {
      expect(eventsOf(text)).toEqual([]);
    },
  );
});
