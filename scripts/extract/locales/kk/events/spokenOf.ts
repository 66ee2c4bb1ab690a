/**
 * A Kazakh cue that "туралы", "жайлы" or "жөнінде" (about) follows: the thing a text, a talk or an
 * expert is about ("Саясаттанушы саммиттер туралы", "референдум жайлы не білеміз"), not a report
 * that it happened that day (events/spokenOf.ts). Unless an act or a document follows, which does
 * what it names: "тағайындау туралы Жарлық", "отставкаға кету туралы өтініш", "съезд өткізу
 * туралы шешім".
 */
export const KK_SPOKEN_OF_AFTER =
  /^\p{L}*(?:\s+[\p{L}\p{N}«»"-]+){0,2}?\s+(?:туралы|жайлы|жөнінде)(?![\p{L}])(?!\s+(?:[\p{L}\p{N}«»"-]+\s+){0,2}(?:Жарлы|жарлы|заң|Заң|қаул|Қаул|өкім|шешім|өтініш|бұйры|келісім|хабарла|ұсыныс|мәлімдеме|меморандум|декларация|хаттама|құжат|түзету|жоба))/u;
