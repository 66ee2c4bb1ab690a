/**
 * The post after an act's noun names the act's issuer, not the person after it: "Указом Президента
 * Роман Скляр назначен первым заместителем Премьер-министра" gave Sklyar the role "Президент" and
 * the title "Roman Sklyar makes an appointment". Generated over act nouns in their cases, issuers'
 * posts and names. Sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { findPersons } from '../../../../../scripts/extract/arguments/findPersons';
import { extractSentences } from '../../events/extractSentences';

const ACTS = [
  'Указом',
  'Распоряжением',
  'Постановлением',
  'Приказом',
  'Согласно указу',
  'По распоряжению',
];
const ISSUERS = ['Президента', 'Главы государства', 'Премьер-министра', 'Министра иностранных дел'];
// (Surnames whose case does not show, so no clash of cases tells the post from the name.)
const NAMES = ['Роман Скляр', 'Игорь Кравченко', 'Марат Нуртлеу'];
const SHOWN = ['Алибек Бакаев', 'Ерлан Карин', 'Нурлан Абенов'];
const forms = ACTS.flatMap((a) =>
  ISSUERS.flatMap((i) => NAMES.map((n) => [`${a} ${i}`, n] as const)),
);

describe("an act's issuer is no post of the name after it", () => {
  it.each(forms)('%s %s назначен …', (act, name) => {
    const sentence = `${act} ${name} назначен первым заместителем акима Алматинской области.`;
    expect(findPersons(sentence, 'ru').find((h) => h.name === name)?.role).toBeUndefined();
    const data = extractSentences('ru', `Назначение\n\n${sentence}`, '2025-02-04');
    const appointed = data.events.find((e) => e.type === 'appointment');
    expect(appointed?.title.en).not.toMatch(/makes an appointment/u);
    for (const a of appointed?.actors ?? [])
      expect(a.role ?? '').not.toMatch(/Президент|Глав|Премьер|Министр/u);
  });
  // (A post right before the name with no act's noun is still his.)
  it.each(SHOWN)('Президент %s подписал указ: his post', (name) => {
    expect(
      findPersons(`Президент ${name} подписал указ.`, 'ru').find((h) => h.name === name)?.role,
    ).toBe('Президент');
  });
});
