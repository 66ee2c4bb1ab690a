/**
 * Official spellings of names that letter-by-letter transliteration gets wrong: English
 * `Kassym-Jomart Tokayev`, not `Kasym-Zhomart`; Kazakh `Қасым-Жомарт Тоқаев` when a Russian
 * text wrote `Касым-Жомарт Токаев`; Russian `Смаилов` for Kazakh `Смайылов`. Keyed by the word in Russian spelling, lower case (so Kazakh
 * and Russian forms of a word find the same entry). Place names come from the gazetteer.
 */
// prettier-ignore
export const OFFICIAL_WORDS: Readonly<Record<string, { kk: string; ru?: string; en: string }>> = {
  'касым-жомарт': { kk: 'Қасым-Жомарт', en: 'Kassym-Jomart' },
  токаев: { kk: 'Тоқаев', en: 'Tokayev' },
  нурсултан: { kk: 'Нұрсұлтан', en: 'Nursultan' },
  назарбаев: { kk: 'Назарбаев', en: 'Nazarbayev' },
  назарбаева: { kk: 'Назарбаева', en: 'Nazarbayeva' },
  дарига: { kk: 'Дариға', en: 'Dariga' },
  ерлан: { kk: 'Ерлан', en: 'Yerlan' },
  кошанов: { kk: 'Қошанов', en: 'Koshanov' },
  маулен: { kk: 'Мәулен', en: 'Maulen' },
  ашимбаев: { kk: 'Әшімбаев', en: 'Ashimbayev' },
  алихан: { kk: 'Әлихан', en: 'Alikhan' },
  смаилов: { kk: 'Смайылов', en: 'Smailov' },
  смайылов: { kk: 'Смайылов', ru: 'Смаилов', en: 'Smailov' },
  олжас: { kk: 'Олжас', en: 'Olzhas' },
  бектенов: { kk: 'Бектенов', en: 'Bektenov' },
  роман: { kk: 'Роман', en: 'Roman' },
  скляр: { kk: 'Скляр', en: 'Sklyar' },
  саясат: { kk: 'Саясат', en: 'Sayasat' },
  нурбек: { kk: 'Нұрбек', en: 'Nurbek' },
  руслан: { kk: 'Руслан', en: 'Ruslan' },
  желдибай: { kk: 'Желдібай', en: 'Zheldibay' },
  асхат: { kk: 'Асхат', en: 'Askhat' },
  оралов: { kk: 'Оралов', en: 'Oralov' },
  бауыржан: { kk: 'Бауыржан', en: 'Bauyrzhan' },
  кемелулы: { kk: 'Кемелұлы', en: 'Kemeluly' },
  карим: { kk: 'Кәрім', en: 'Karim' },
  масимов: { kk: 'Мәсімов', en: 'Massimov' },
  аскар: { kk: 'Асқар', en: 'Askar' },
  мамин: { kk: 'Мамин', en: 'Mamin' },
  бакытжан: { kk: 'Бақытжан', en: 'Bakytzhan' },
  сагинтаев: { kk: 'Сағынтаев', en: 'Sagintayev' },
  нурлан: { kk: 'Нұрлан', en: 'Nurlan' },
  нигматулин: { kk: 'Нығматулин', en: 'Nigmatulin' },
  абдиров: { kk: 'Әбдіров', en: 'Abdirov' },
  кайрат: { kk: 'Қайрат', en: 'Kairat' },
  кожамжаров: { kk: 'Қожамжаров', en: 'Kozhamzharov' },
};
