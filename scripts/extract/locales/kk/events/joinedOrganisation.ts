/**
 * A state joining an organisation, a union or a treaty, in Kazakh: the organisation in the dative
 * with "қосылу" (to join), as a member or an observer or plainly ("ШЫҰ-ға бақылаушы ретінде
 * қосылды", "одаққа Армения қосылды", "конвенцияға қосылмақ"), or its membership entered ("одақтың
 * құрамына кірді", "ұйым құрамына қабылданды"), or an observer's status received ("бақылаушы
 * мәртебесін алды"). Read from the grammar: the dative of a bare noun (-ға/-ге/-қа/-ке) or of its
 * possessive (-на/-не: ұйымына, одағына, конвенциясына), an abbreviation with its hyphened ending
 * (ДСҰ-ға, БРИКС-ке). A working group or an initiative joined is no membership: only the nouns of
 * organisations and treaties count.
 */
import { T, GAP } from './triggerPieces';
import { kkVerb } from './verbForms';

/** What a state joins: an organisation, a union, an alliance, a community, a treaty. */
const ORG_NOUN = String.raw`(?:ұйым(?!дас)|одақ|одағ|альянс|қауымдастық|қауымдастығ|достастық|достастығ|бірлестік|бірлестіг|конвенция|келісім|шарт|декларация|хартия|пакт)`;
/**
 * An organisation's abbreviation, known by the hyphen Kazakh spelling puts before its ending (the
 * cues are read case-blind, so the capitals cannot tell it): "ШЫҰ-ға", "БРИКС-ке", "ЕАЭО-ның".
 */
const ORG_ABBREVIATION = String.raw`[\p{L}\d]{2,6}-`;
/** The dative, with or without the possessive: ұйымға, ұйымына, ұйымдарына, ШЫҰ-ға, БРИКС-ке. */
const DATIVE = String.raw`(?:ға|ге|қа|ке|на|не)(?![\p{L}])`;
const ORG_DATIVE = String.raw`(?:${ORG_NOUN}${T}${DATIVE}|${ORG_ABBREVIATION}(?:[ыі]|с[ыі])?${DATIVE})`;
/** The organisation owning the membership: "одақтың", "ұйым" (the bare izafet), "ЕАЭО-ның". */
const ORG_OWNER = String.raw`(?:${ORG_NOUN}${T}|${ORG_ABBREVIATION}\p{L}+)`;
/** As whom: "толық мүше ретінде", "бақылаушы ретінде", "серіктес мемлекет ретінде". */
const AS_ROLE = String.raw`(?:(?:толық|толыққанды|тұрақты|қауымдастырылған)\s+)?(?:мүше|бақылаушы|серіктес|әріптес)(?:\s+(?:мемлекет|ел))?\s+ретінде\s+`;
/**
 * A past participle that tells a past act, not a noun's attribute: with the possessive, as what is
 * reported ("қосылғанын хабарлады", "қосылғаны белгілі"), or with the past perfect's auxiliary
 * ("қосылған болатын", "қосылған еді").
 */
const TOLD_PAST = (participle: string) =>
  String.raw`${participle}(?:[ыі]н|[ыі]|\s+(?:еді|болатын))(?![\p{L}])`;
/**
 * "Қосылу" in the forms that tell the act (past, intention, present, reported); not its participle
 * ("қосылған елдер", states that have joined: who they are, not the day they joined).
 */
const JOIN = String.raw`(?:${kkVerb('қосыл', { forms: ['past', 'future', 'present', 'reported'] })}|${TOLD_PAST('қосылған')})`;
/** Entering its membership: the past only ("кірді"), since "кіреді" says one is a member. */
const ENTER = String.raw`(?:${kkVerb('кір', { forms: ['past', 'reported'] })}|${TOLD_PAST('кірген')}|${kkVerb('қабылда', { voice: 'passive', forms: ['past', 'future', 'reported'] })})`;
const GET = kkVerb('ал', { forms: ['past', 'future', 'reported'] });

export const KK_JOINED_ORGANISATION = String.raw`(?:${ORG_DATIVE}\s+${GAP(4)}(?:${AS_ROLE})?${JOIN}|${ORG_OWNER}\s+құрамына\s+${GAP(3)}${ENTER}|(?:бақылаушы|серіктес|мүше)\s+мәртебе(?:сін|лерін)\s+${GAP(2)}${GET})`;
