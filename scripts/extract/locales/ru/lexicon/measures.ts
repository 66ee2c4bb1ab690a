/**
 * Russian words of what a measure's title tells (events/measures.ts): which way the central bank
 * moved its rate and to what figure, what a ban is on, how many diplomats are expelled, and
 * whether the cue's verb is the short passive (then what stands before it is no actor: "партия
 * была запрещена").
 */
import type { MeasureWords } from '../../../events/measures';

export const RU_MEASURE_WORDS: MeasureWords = {
  raised: /(?<![\p{L}])(?:повы|подн)/iu,
  cut: /(?<![\p{L}])(?:сниз|сниж|пониз|пониж)/iu,
  kept: /(?<![\p{L}])(?:сохран|остав|остал|остан)/iu,
  // "до 16,5%", "на уровне 15,25 процента"; not "на 0,5 п.п.", the step.
  rate: /(?<![\p{L}])(?:до|на\s+уровне|на\s+уровень)\s+(\d{1,2}(?:[,.]\d{1,2})?)\s*(?:%|процент)/iu,
  exports: /(?<![\p{L}])(?:вывоз|экспорт)/iu,
  imports: /(?<![\p{L}])(?:ввоз|импорт)/iu,
  // The plural ("дипломатов", "послы"), or a number before the noun, which may take the genitive
  // singular ("два дипломата").
  many: /(?<![\p{L}])(?:(?:(?:дипломат|консул|атташе|сотрудник)(?:ов|ы|и|ам|ами)|посл(?:ы|ов|ам|ами)|персонами)(?![\p{L}])|(?:(?:дв[аеу]|тр[иеёо]|четыр|пят|нескольк)\p{L}*\s+(?:\p{L}+\s+)?|\d+\s+)(?:дипломат|посл|консул|атташе|сотрудник))/iu,
  nonGrata: /нон[\s-]?грата/iu,
  passive: /(?<![\p{L}])\p{L}+(?:[её]н|ан|ят)[аоы]?(?![\p{L}])/iu,
};
