import type { OrganisationEntry } from './organisationEntry';

const o = (
  id: string,
  kk: string,
  ru: string,
  forms: OrganisationEntry['forms'],
): OrganisationEntry => ({
  id,
  name: { kk, ru },
  forms,
});

/**
 * Parties, state bodies and public organisations of Kazakhstan. AMANAT and Nur Otan are the
 * same party renamed in 2022; they keep separate ids because the text names one or the other
 * and the timeline links them.
 */
// prettier-ignore
export const ORGANISATIONS: readonly OrganisationEntry[] = [
  o('amanat', 'AMANAT', 'AMANAT', { kk: ['AMANAT', 'Аманат'], ru: ['AMANAT', 'Аманат'] }),
  o('nur-otan', 'Nur Otan', 'Nur Otan', { kk: ['Nur Otan', 'Нұр Отан'], ru: ['Nur Otan', 'Нур Отан'] }),
  o('ak-zhol', 'Ақ жол', 'Ак жол', { kk: ['Ақ жол'], ru: ['Ак жол'] }),
  o('peoples-party', 'Қазақстан Халық партиясы', 'Народная партия Казахстана',
    { kk: ['Қазақстан Халық партия', 'Халық" партия', 'ҚХП'], ru: ['Народн~ парти~ Казахстана', 'НПК'] }),
  o('respublica', 'Respublica', 'Respublica', { kk: ['Respublica'], ru: ['Respublica'] }),
  o('auyl', 'Ауыл партиясы', 'партия Ауыл', { kk: ['Ауыл" партия'], ru: ['парти~ "Ауыл"'] }),
  o('jsdp', 'ЖСДП', 'ОСДП',
    { kk: ['ЖСДП', 'Жалпыұлттық социал-демократиялық партия'], ru: ['ОСДП', 'Общенациональн~ социал-демократическ~ парти'] }),
  o('parliament', 'Парламент', 'Парламент', { kk: ['Парламент'], ru: ['Парламент'] }),
  o('mazhilis', 'Мәжіліс', 'Мажилис', { kk: ['Мәжіліс'], ru: ['Мажилис'] }),
  o('senate', 'Сенат', 'Сенат', { kk: ['Сенат'], ru: ['Сенат'] }),
  o('national-kurultai', 'Ұлттық құрылтай', 'Национальный курултай', { kk: ['Ұлттық құрылтай'], ru: ['Национальн~ курулта~'] }),
  o('maslikhat', 'мәслихат', 'маслихат', { kk: ['мәслихат'], ru: ['маслихат'] }),
  o('government', 'Үкімет', 'Правительство', { kk: ['Үкімет'], ru: ['Правительств'] }),
  o('cec', 'Орталық сайлау комиссиясы', 'Центральная избирательная комиссия',
    { kk: ['Орталық сайлау комиссия', 'ОСК'], ru: ['Центральн~ избирательн~ комисси', 'Центризбирком', 'ЦИК'] }),
  o('constitutional-court', 'Конституциялық сот', 'Конституционный суд',
    { kk: ['Конституциялық сот', 'Конституциялық кеңес'], ru: ['Конституционн~ суд', 'Конституционн~ совет'] }),
  o('osce', 'ЕҚЫҰ', 'ОБСЕ', {
    kk: ['Еуропадағы Қауіпсіздік және Ынтымақтастық Ұйым', 'ЕҚЫҰ'],
    ru: ['Организаци~ по безопасности и сотрудничеству в Европе', 'ОБСЕ'],
  }),
  o('academy-of-sciences', 'Ұлттық ғылым академиясы', 'Национальная академия наук',
    { kk: ['Ұлттық ғылым академия'], ru: ['Национальн~ академи~ наук'] }),
  o('national-coalition', 'Жалпыұлттық коалиция', 'Общенациональная коалиция',
    { kk: ['жалпыұлттық коалиция'], ru: ['общенациональн~ коалици'] }),
  o('peoples-coalition', 'халықтық коалиция', 'народная коалиция',
    { kk: ['халықтық коалиция'], ru: ['народн~ коалици'] }),
];
