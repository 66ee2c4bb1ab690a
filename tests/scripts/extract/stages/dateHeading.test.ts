import { describe, expect, it } from 'vitest';
import { isDateHeading } from '../../../../scripts/extract/stages/dateHeading';

const RU = ['Январь', 'Март', 'Май', 'Июнь', 'Ноябрь', 'декабрь'];
const RU_GEN = ['января', 'марта', 'мая', 'июня', 'ноября', 'декабря'];
const KK = ['қаңтар', 'наурыз', 'мамыр', 'маусым', 'қараша', 'Желтоқсан'];
const YEAR_WORDS = ['', ' год', ' года', ' г.', ' жыл', ' жылы', ' ж.'];

describe('isDateHeading', () => {
  const headings = [
    ...YEAR_WORDS.flatMap((w) => [`2019${w}`, `2019${w}.`]),
    ...RU.flatMap((m) => [`${m} 2022 года`, `${m} 2022`, `${m} 2022 г.`]),
    ...KK.flatMap((m) => [`2022 жылғы ${m}`, `2022 жыл ${m}`]),
    ...RU_GEN.flatMap((m) => [`5 ${m}`, `5 ${m} 2022 года.`, `Понедельник, 5 ${m}`]),
    ...KK.flatMap((m) => [`5 ${m}`, `Дүйсенбі, 5 ${m}`, `5 ${m} 2022 жыл`]),
  ];
  it.each(headings)('"%s" is a date heading', (line) => expect(isDateHeading(line)).toBe(true));

  const titles = [
    'Президент 5 наурызда Жолдау жариялады',
    'Выборы 2024',
    'Сайлау-2023',
    'Kazinform',
    '31 канал',
    'Новости Казахстана 5 марта 2024',
    'Парламент 2026',
    'Хроника: главные события',
    '2022 жылғы референдум',
  ];
  it.each(titles)('"%s" is not', (line) => expect(isDateHeading(line)).toBe(false));
});
