import { describe, expect, it } from 'vitest';
import { orgName, personName, toEnglish } from '../../../../scripts/extract/events/names';

describe('personName(name)', () => {
  it('gives the official spellings of known people, from Kazakh and from Russian', () => {
    const tokayev = {
      kk: 'Қасым-Жомарт Тоқаев',
      ru: 'Касым-Жомарт Токаев',
      en: 'Kassym-Jomart Tokayev',
    };
    expect(personName('Қасым-Жомарт Тоқаев')).toEqual(tokayev);
    expect(personName('Касым-Жомарт Токаев')).toEqual(tokayev);
    expect(personName('Қ.Тоқаев').en).toBe('K.Tokayev');
    expect(personName('Әлихан Смайылов')).toEqual({
      kk: 'Әлихан Смайылов',
      ru: 'Алихан Смаилов',
      en: 'Alikhan Smailov',
    });
  });

  it('gives Russian and press-style English forms of other Kazakh names', () => {
    expect(personName('Мұрат Мұқаев')).toEqual({
      kk: 'Мұрат Мұқаев',
      ru: 'Мурат Мукаев',
      en: 'Murat Mukayev',
    });
    expect(toEnglish('Ерлан Қошанов')).toBe('Yerlan Koshanov');
  });

  // Transliterated letter by letter they read "Emmanuel Makron", "Si Tszinpin".
  it.each([
    ['Эммануэль Макрон', 'Emmanuel Macron'],
    ['Франк-Вальтер Штайнмайер', 'Frank-Walter Steinmeier'],
    ['Си Цзиньпин', 'Xi Jinping'],
    ['Реджеп Тайип Эрдоган', 'Recep Tayyip Erdoğan'],
    ['Шавкат Мирзиёев', 'Shavkat Mirziyoyev'],
    ['Режеп Тайып Ердоған', 'Recep Tayyip Erdoğan'],
  ])('gives foreign leaders their own spelling in English: %s', (name, en) => {
    expect(personName(name).en).toBe(en);
  });
});

describe('orgName(id, asWritten)', () => {
  it('uses fixed labels for known organisations and transliterates the rest', () => {
    expect(orgName('national-coalition', 'коалиция').en).toBe('the National Coalition');
    expect(orgName('mazhilis', 'Мажилис')).toEqual({
      kk: 'Мәжіліс',
      ru: 'Мажилис',
      en: 'the Mazhilis',
    });
    expect(orgName('x', 'Жаңа бастама').en).toBe('Zhana bastama');
  });
});
