import type { OrganisationEntry } from './organisationEntry';

/** A ministry of Kazakhstan: its names in kk, ru and en and the forms the news writes. */
export interface MinistryEntry extends OrganisationEntry {
  en: string;
}

const m = (
  id: string,
  kk: string,
  ru: string,
  en: string,
  short: readonly string[] = [],
): MinistryEntry => ({
  id,
  name: { kk, ru },
  en,
  // The Kazakh name's last word is the possessed "министрлігі"; the Russian one's first word
  // "Министерство" takes its case ending.
  forms: { kk: [kk], ru: [ru.replace(/^Министерство/u, 'Министерств~'), ...short] },
});

/**
 * Ministries of Kazakhstan, by their current names (and the short Russian ones the news uses:
 * "Минюст", "МИД"). A short name that does not show its case is left out ("Минтруда").
 */
// prettier-ignore
export const MINISTRIES: readonly MinistryEntry[] = [
  m('ministry-justice', 'Әділет министрлігі', 'Министерство юстиции', 'the Ministry of Justice', ['Минюст']),
  m('ministry-finance', 'Қаржы министрлігі', 'Министерство финансов', 'the Ministry of Finance', ['Минфин']),
  m('ministry-foreign-affairs', 'Сыртқы істер министрлігі', 'Министерство иностранных дел', 'the Ministry of Foreign Affairs', ['МИД']),
  m('ministry-internal-affairs', 'Ішкі істер министрлігі', 'Министерство внутренних дел', 'the Ministry of Internal Affairs', ['МВД']),
  m('ministry-health', 'Денсаулық сақтау министрлігі', 'Министерство здравоохранения', 'the Ministry of Health', ['Минздрав']),
  m('ministry-education', 'Оқу-ағарту министрлігі', 'Министерство просвещения', 'the Ministry of Education'),
  m('ministry-science', 'Ғылым және жоғары білім министрлігі', 'Министерство науки и высшего образования', 'the Ministry of Science and Higher Education'),
  m('ministry-economy', 'Ұлттық экономика министрлігі', 'Министерство национальной экономики', 'the Ministry of National Economy', ['МНЭ']),
  m('ministry-defence', 'Қорғаныс министрлігі', 'Министерство обороны', 'the Ministry of Defence'),
  m('ministry-energy', 'Энергетика министрлігі', 'Министерство энергетики', 'the Ministry of Energy', ['Минэнерго']),
  m('ministry-agriculture', 'Ауыл шаруашылығы министрлігі', 'Министерство сельского хозяйства', 'the Ministry of Agriculture', ['Минсельхоз']),
  m('ministry-labour', 'Еңбек және халықты әлеуметтік қорғау министрлігі', 'Министерство труда и социальной защиты населения', 'the Ministry of Labour and Social Protection'),
  m('ministry-culture', 'Мәдениет және ақпарат министрлігі', 'Министерство культуры и информации', 'the Ministry of Culture and Information'),
  m('ministry-emergencies', 'Төтенше жағдайлар министрлігі', 'Министерство по чрезвычайным ситуациям', 'the Ministry of Emergency Situations', ['МЧС']),
  m('ministry-trade', 'Сауда және интеграция министрлігі', 'Министерство торговли и интеграции', 'the Ministry of Trade and Integration'),
  m('ministry-transport', 'Көлік министрлігі', 'Министерство транспорта', 'the Ministry of Transport', ['Минтранс']),
  m('ministry-industry', 'Өнеркәсіп және құрылыс министрлігі', 'Министерство промышленности и строительства', 'the Ministry of Industry and Construction'),
  m('ministry-ecology', 'Экология және табиғи ресурстар министрлігі', 'Министерство экологии и природных ресурсов', 'the Ministry of Ecology and Natural Resources'),
  m('ministry-tourism', 'Туризм және спорт министрлігі', 'Министерство туризма и спорта', 'the Ministry of Tourism and Sport'),
  m('ministry-water', 'Су ресурстары және ирригация министрлігі', 'Министерство водных ресурсов и ирригации', 'the Ministry of Water Resources and Irrigation'),
  m('ministry-digital', 'Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігі', 'Министерство цифрового развития, инноваций и аэрокосмической промышленности', 'the Ministry of Digital Development, Innovation and Aerospace Industry'),
];

const IDS = new Set(MINISTRIES.map((x) => x.id));

/** Whether an organisation is a ministry. */
export const isMinistry = (id: string) => IDS.has(id);
