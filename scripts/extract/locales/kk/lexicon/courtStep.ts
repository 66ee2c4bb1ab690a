/**
 * Kazakh words of a step of a criminal case in a `court` cue (events/courtStep.ts), the more
 * specific first: found innocent ("кінәсіз деп танылды"); a verdict ("үкім шығарды", "сотталды",
 * "кінәлі деп танылды", "жаза кесілді", "бас бостандығынан айырды"); a ruling ("сот … шешім");
 * a release ("түрмеден босатылды"); a fine ("айыппұл салынды"); a charge ("айып тағылды",
 * "айыпталды"); a case sent to court ("іс сотқа жолданды") or opened ("қылмыстық іс қозғалды");
 * an arrest ("қамауға алынды", "тұтқындалды", an arrest sanctioned); a detention ("ұсталды",
 * "полиция … ұстады", "қолына түсті"). What a ruling orders stands in the cue before "туралы шешім"
 * or in the clause after "сот шешімімен": "оны қамауға алу туралы шешім" (an arrest), "босату",
 * "айыппұл салу", "кінәлі деп тану", "ақтау", "іздеуге жариялау", "ұстап беру" (an extradition).
 */
import type { CourtStepCues } from '../../../events/courtStep';
import { KK_CONFORMITY_FOUND } from '../events/constitutionalRuling';

export const KK_COURT_STEPS: CourtStepCues = {
  steps: [
    // (A law found to conform to the Constitution or not: the Constitutional Court's ruling.)
    ['constitutional', KK_CONFORMITY_FOUND],
    ['acquittal', /(?<!\p{L})кінәсіз/iu],
    ['verdict', /(?<!\p{L})(?:үкім(?!ет)|сотта(?:л|ды|ған|й|мақ|п)|кінәлі|айыпты\s|жаза|бас\s+бостандығынан)/iu], // prettier-ignore
    ['ruling', /(?<!\p{L})шешім/iu],
    ['release', /(?<!\p{L})(?:түрмеден|қамаудан|қамақтан|абақтыдан|колониядан)/iu],
    ['fine', /(?<!\p{L})айыппұл/iu],
    ['charge', /(?<!\p{L})(?:айып\p{L}*\s+(?:\S+\s+){0,2}та[қғ]|айыптал)/iu],
    ['to-court', /(?<!\p{L})сотқа/iu],
    ['case', /(?<!\p{L})іс\p{L}*\s+қозға/iu],
    ['arrest', /(?<!\p{L})(?:қамауға|қамаққа|тұтқын|қамағына)/iu],
    ['detention', /(?<!\p{L})(?:ұста|қолына\s+түс)/iu],
  ],
  criminal: /(?<!\p{L})қылмыс/iu,
  // ("үкімді өзгеріссіз / күшінде қалдырды", "үкімнің күшін жойды".)
  upheld: /(?<!\p{L})(?:(?:өзгеріссіз|күшінде)\s+қалдыр|күшін\s+жой)/iu,
  ordered: [
    ['acquittal', /(?<!\p{L})(?:ақта(?:у|уға|лды)|кінәсіз)/iu],
    ['verdict', /(?<!\p{L})(?:кінәлі|бас\s+бостандығынан|соттау)/iu],
    ['release', /(?<!\p{L})(?:босат|түрмеден|қамаудан|қамақтан)/iu],
    ['fine', /(?<!\p{L})айыппұл/iu],
    ['wanted', /(?<!\p{L})іздеуге/iu],
    ['extradition', /(?<!\p{L})(?:экстрадиц|ұстап\s+бер)/iu],
    ['arrest', /(?<!\p{L})(?:қамауға|қамаққа|тұтқында|үй\s+қамағына)/iu],
  ],
};
