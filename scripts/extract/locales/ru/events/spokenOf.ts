/**
 * A Russian cue in a phrase with "о/об/обо" (about): the thing a text, a talk or an expert is
 * about ("Политолог о марафоне саммитов", "что нужно знать о новом законе", "рассказал о
 * референдуме"), not a report that it happened that day (events/spokenOf.ts).
 */
export const RU_SPOKEN_OF_BEFORE = /(?<![\p{L}])(?:о|об|обо)\s+(?:[\p{L}\p{N}«»"-]+\s+){0,3}$/iu;

/**
 * Unless the phrase is the content of an act or a document, which does what it names: "указ о
 * назначении", "заявление об отставке", "решение о проведении съезда" (triggerContext.ts reads
 * those).
 */
export const RU_ACT_CONTENT =
  /(?:указ|закон|законопроект|постановлени|распоряжени|решени|заявлени|приказ|соглашени|договор|поправк|меморандум|деклараци|протокол|документ|предложени|инициатив|объявлени|сообщени|уведомлени|ходатайств|представлени)\p{L}*\s+(?:[\p{L}\p{N}«»"-]+\s+){0,2}(?:о|об|обо)\s+(?:[\p{L}\p{N}«»"-]+\s+){0,3}$/iu;
