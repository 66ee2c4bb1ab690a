/**
 * Russian words of a step of a criminal case in a `court` cue (events/courtStep.ts), the more
 * specific first: an acquittal ("оправдан"); a verdict ("приговор", "осуждён", "признан виновным",
 * "получил 5 лет лишения свободы"); a ruling ("суд постановил", "решил"); a release ("из-под стражи"); a
 * charge ("предъявлено обвинение"); a case opened ("возбуждено уголовное дело") or sent to court
 * ("дело передано в суд") or heard ("рассмотрение дела", "судебное заседание"); a fine; a search
 * ("объявлен в розыск"); an extradition; an arrest ("арестован", "под стражу", "под домашний
 * арест"); a detention ("задержан"). What a ruling orders is its infinitive: "постановил заключить
 * под стражу", "избрать меру пресечения в виде ареста" (an arrest), "освободить", "оштрафовать",
 * "признать виновным", "оправдать", "объявить в розыск", "экстрадировать"; a verdict a ruling leaves
 * in force or quashes ("оставить приговор без изменения") stays a ruling.
 */
import type { CourtStepCues } from '../../../events/courtStep';
import { RU_CONFORMITY_FOUND } from '../events/constitutionalRuling';

export const RU_COURT_STEPS: CourtStepCues = {
  steps: [
    // (A law found to conform to the Constitution or not: the Constitutional Court's ruling.)
    ['constitutional', RU_CONFORMITY_FOUND],
    ['acquittal', /(?<!\p{L})оправда/iu],
    ['verdict', /(?<!\p{L})(?:приговор|осу[дж]|виновн|вину(?!\p{L})|(?:год|года|лет)\s+(?:лишения|колонии|заключения|условно|за\s))/iu], // prettier-ignore
    ['ruling', /(?<!\p{L})(?:постановил|решил|решени)/iu],
    ['release', /(?<!\p{L})из-под\s/iu],
    ['charge', /(?<!\p{L})обвинени/iu],
    ['case', /(?<!\p{L})возбу/iu],
    ['to-court', /\s+в\s+(?:\S+\s+)?суд/iu],
    ['hearing', /(?<!\p{L})(?:рассмотрени|слушани|заседани|процесс|разбирательств)/iu],
    ['fine', /(?<!\p{L})оштраф/iu],
    ['wanted', /(?<!\p{L})розыск/iu],
    ['extradition', /(?<!\p{L})экстради/iu],
    ['arrest', /(?<!\p{L})(?:арест|страж)/iu],
    ['detention', /(?<!\p{L})задерж/iu],
  ],
  criminal: /(?<!\p{L})уголовн/iu,
  // ("оставил в силе / без изменения", "отменил приговор", "приговор оставлен / отменён".)
  upheld: /(?<!\p{L})(?:остав(?:ил|ила|или|лен|лена)|отмен(?:ил|ила|или|[её]н))(?!\p{L})/iu,
  ordered: [
    ['acquittal', /(?<!\p{L})оправда/iu],
    ['verdict', /(?<!\p{L})(?:признать\s+(?:\S+\s+)?виновн|осудить|назначить\s+(?:\S+\s+){0,2}(?:наказани|лишени|срок))/iu], // prettier-ignore
    ['release', /(?<!\p{L})(?:освободить|из-под\s|решени\p{L}*\s+об?\s+(?:\S+\s+)?освобождени)/iu],
    ['fine', /(?<!\p{L})оштрафовать|(?<!\p{L})взыскать\s+(?:\S+\s+)?штраф/iu],
    ['wanted', /(?<!\p{L})розыск/iu],
    ['extradition', /(?<!\p{L})(?:экстради|выдать)/iu],
    ['arrest', /(?<!\p{L})(?:арестовать|решени\p{L}*\s+об?\s+(?:\S+\s+)?аресте|под\s+(?:домашн\p{L}*\s+)?(?:страж|арест)|в\s+виде\s+(?:домашн\p{L}*\s+)?ареста)/iu], // prettier-ignore
  ],
};
