/**
 * Russian: what a bare "началась / завершится" tells of (events/happeningOf.ts). Nouns as stems
 * with any ending ("кампания", "агитации", "регистрация"); the step by the verb's stem.
 */
import type { HappeningCues } from '../../../events/happeningOf';

export const RU_HAPPENING: HappeningCues = {
  what: [
    ['nomination', /(?<!\p{L})(?:выдвижени|регистраци|подач)\p{L}*\s+(?:кандидат|партийн)/iu],
    ['campaign', /(?<!\p{L})(?:агитаци|избирательн\p{L}*\s+кампани|предвыборн\p{L}*\s+кампани)/iu],
    ['registration', /(?<!\p{L})регистраци/iu],
    ['accreditation', /(?<!\p{L})аккредитаци/iu],
    ['discussion', /(?<!\p{L})обсуждени/iu],
    // Receiving or filing documents or applications: "прием документов", "приём заявлений",
    // "прием заявок", "подача заявок" (the filing of a candidate's is a nomination, above).
    ['documents', /(?<!\p{L})(?:при[её]м|подач)\p{L}*\s+(?:документ|заявлени|заяв(?:ок|к))/iu],
  ],
  start: /^(?:начал|начн|старт)/iu,
  end: /^(?:заверш|законч|прекрат)/iu,
  // (Elections, the pre-election campaign, voters, agitation, a referendum.)
  electoral: /(?<!\p{L})(?:выбор|предвыборн|избира|агитаци|референдум)/iu,
};
