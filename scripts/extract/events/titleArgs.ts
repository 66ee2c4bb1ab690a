/**
 * What a title says beyond the event's type: read from the trigger sentence (describe.ts), filled
 * into templates (titles.ts). Keys, never free text, so that every language gets its own words.
 */
import type { GroupKey } from './groups';
import type { Happening, HappeningStep } from './happeningOf';
import type { TroopsMotion } from './troopsMotion';
import type { YearNamed } from './yearNamed';
import type { Decided } from './decidedGathering';
import type { ActInForce } from './actInForce';
import type { NamedAct } from './actNamed';
import type { HostPost } from './hostPost';
import type { LawKey, LawStep } from './lawNames';
import type { Chamber } from './billChamber';
import type { MeetingKind } from './meetingKinds';
import type { FoundedBody } from './foundedBody';
import type { PostKey } from './posts';
import type { ResultsOf } from './resultsOf';
import type { BudgetStep } from './budgetStep';
import type { SpeakerPost } from './speakerPost';
import type { SpeakerMission } from './missionSpeaker';
import type { NominationStep } from './titlesCalendar';
import type { Registered } from './registered';
import type { TopicKey } from './topics';
import type { AkimLevel } from './akimLevel';
import type { CourtStep } from './courtStep';
import type { BodyHead } from './bodyHead';
import type { DueAct } from './dueAct';
import type { DraftKind } from './draftDiscussed';
import type { Gender } from '../arguments/personGender';
import type { AbolishedWhat } from './abolished';
import type { AppealToOrg } from './appealToOrg';
import type { LawTreaty } from './ratifiedTreaty';
import type { Measure } from './measures';

export interface TitleArgs {
  ordinal?: number;
  extraordinary?: boolean;
  newName?: string;
  electionKind?: 'presidential' | 'parliamentary' | 'senate' | 'akim' | 'maslikhat' | 'general';
  /** A parliamentary election the text tells with the local councils' (describe.ts). */
  withMaslikhats?: boolean;
  /** The akims an 'akim' election is of, where the text says (events/akimLevel.ts). */
  akimLevel?: AkimLevel;
  regional?: boolean;
  /** The sentence names a body's subunit (a committee, a faction): a chairmanship is not the body's. */
  subunitNamed?: boolean;
  /** What a proposal, decree, law, address or session is about ("renaming the capital"). */
  topic?: TopicKey;
  /** The post of an appointment or resignation ("acting Prime Minister"). */
  post?: PostKey;
  /** The head of a state body named as the post, the body's name with the head's noun (bodyHead.ts). */
  bodyHead?: BodyHead;
  /** A minister's or his deputy's ministry (id), where the text names it (ministerPost.ts). */
  ministry?: string;
  /** A deputy post held as the first deputy ("первый заместитель", "бірінші орынбасары"). */
  firstDeputy?: boolean;
  /** One holder left the post of his own accord (ministerPost.ts LEFT_OF_OWN_ACCORD). */
  ownAccord?: boolean;
  /** The holder was released by another, not gone of his own accord (dismissal.ts). */
  dismissed?: boolean;
  /** Who met whom: "congress delegates" meet "party members". */
  byWhom?: GroupKey;
  withWhom?: GroupKey;
  /** Elected rather than appointed (`төраға болып сайланды`, `избран председателем`). */
  elected?: boolean;
  /** A post taken by its holder (`возглавил`, `басқарды`), not given by an appointer. */
  tookPost?: boolean;
  /** Several documents signed, no one agreement (documentsSigned.ts). */
  documents?: boolean;
  /** The two states (ids) that agree or sign, named or by their capitals (statesAgree.ts). */
  states?: [string, string];
  /** An agreement reached ("договорились", "келісті"), not signed. */
  agreed?: boolean;
  /** An agreement ratified, not signed. */
  ratified?: boolean;
  /** Talks held, not a journey: a town named is where they were held. */
  talks?: boolean;
  /** A joint session of both chambers of Parliament. */
  joint?: boolean;
  /** The law or code a law event is about ("the Tax Code"), and the step its date is of. */
  law?: LawKey;
  lawStep?: LawStep;
  /** The event is amendments to that law, not the law itself. */
  lawAmended?: boolean;
  /** The chamber that takes a bill's step, read from the sentence (stepChamber.ts). */
  chamber?: Chamber;
  /** What a law no name in lawNames.ts covers is about: the first word of its subject. */
  lawAbout?: string;
  /** A gathering's kind where no known body leads it ("Commission meeting", "Court hearing"). */
  meetingKind?: MeetingKind;
  /** The month that names events ("қаңтар оқиғалары", "январские события"): 1–12. */
  month?: number;
  /** A founding whose subject is a region or district it names ("Ұлытау облысы құрылды"). */
  regionMade?: 'one' | 'many';
  /** The kind of body a founding sets up, where the lexicon has no name for it. */
  foundedBody?: FoundedBody;
  /** A resignation someone accepted ("отставкасын қабылдады"), not one the Government went into. */
  accepted?: boolean;
  /** A resignation asked for by a letter filed ("подал заявление об отставке"), not only announced. */
  resignationLetter?: boolean;
  /** The person met (or received at an audience), not the host (meetingSides.ts). */
  met?: string;
  /** Others met or received with that one, when no host is named (never the host either). */
  alsoMet?: string[];
  /** The id of the country a visit goes to (meetingSides.ts), among the event's places. */
  visitTo?: string;
  /**
   * A law or a decree the head of state signed, or a meeting he held, named by his post alone
   * ("Глава государства подписал", "Глава государства провел встречу с …").
   */
  byHeadOfState?: boolean;
  /**
   * A gathering someone takes part in, not one he holds (attendedGathering.ts): the person named in
   * the clause of attending, or `true` for one named by his post alone (then `speakerPost`).
   */
  attended?: string | true;
  /** What a calling cue calls: a referendum or an election (events/calledVote.ts). */
  calledVote?: 'referendum' | 'election';
  /** The act a decree cue names when it is none: a resolution, an order, an instruction (actNamed.ts). */
  act?: NamedAct;
  /** That act issued ("издал приказ", "бұйрық шығарды"), not signed (actNamed.ts). */
  actIssued?: boolean;
  /** The vote whose results an announcement tells (resultsOf.ts). */
  resultsOf?: ResultsOf;
  /** What was done to a budget: approved or amended (budgetStep.ts). */
  budgetStep?: BudgetStep;
  /** The step a campaign or a nomination is told at, by its own clause's verb (happeningOf.ts). */
  step?: HappeningStep;
  /** A campaign that is a referendum's, not an election's (happeningOf.ts campaignVote). */
  campaignVote?: 'referendum';
  /** What a bare "started / ended" tells of, and which step (happeningOf.ts). */
  happening?: Happening;
  /** What an abolition's cue names (abolished.ts). */
  abolished?: AbolishedWhat;
  /** A gathering a decision taken convenes (decidedGathering.ts). */
  decidedGathering?: Decided;
  /**
   * A statement, proposal or instruction whose speaker is named by his post alone ("Президент
   * заявил", "Мемлекет басшысы … ұсынды"), Kazakhstan's (speakerPost.ts).
   */
  speakerPost?: SpeakerPost;
  /** The id of the organisation that says, proposes or instructs: the cue's subject ("ЦИК сообщила", speakerOrg.ts). */
  subjectOrg?: string;
  /** A mission that says so, by its sender: "Миссия БДИПЧ ОБСЕ заявила" (missionSpeaker.ts). */
  speakerMission?: SpeakerMission;
  /** The id of the body a start is of: it starts its work that day (startsWork.ts). */
  startsWork?: string;
  /** Troops that arrive or leave, and whether they are peacekeepers (troopsMotion.ts). */
  troopsMotion?: TroopsMotion;
  /** A year given a name, and whether the naming is done (yearNamed.ts). */
  yearNamed?: YearNamed;
  /** The id of the party a merger's others join, named in the dative (joinedParty.ts). */
  joined?: string;
  /** A founding cue that tells a body starting its work ("начал работу", "жұмысын бастады"), not its founding. */
  workStarts?: boolean;
  /** Which step of nominating candidates or party lists a nomination cue tells (titlesCalendar.ts). */
  nominationStep?: NominationStep;
  /** What a registration registers, where its cue's words say (registered.ts). */
  registered?: Registered;
  /** The vote whose calendar plan was approved: an election's kind, or a referendum (titlesCalendar.ts). */
  votePlan?: NonNullable<TitleArgs['electionKind']> | 'referendum';
  /** An address told as an appeal to the people, the annual Address unnamed (appeal.ts). */
  appeal?: boolean;
  /** A registration refused ("отказал в регистрации партии", "тіркеуден бас тартты"): no registration. */
  registrationRefused?: boolean;
  /**
   * An instruction's cue tells a duty ("Бектенов должен до 1 марта …", "… аяқтауы тиіс"): its
   * subject is the one due, not the one who set the deadline.
   */
  duty?: boolean;
  /** The step of a criminal case a court cue tells: an arrest, a charge, a verdict (courtStep.ts). */
  courtStep?: CourtStep;
  /** A ruling made by the Constitutional Council or the Supreme Court, not the Constitutional Court (constitutionalBody.ts). */
  rulingBody?: 'council' | 'supreme' | 'judges';
  /** A decree, resolution or order that comes into force, whose (actInForce.ts). */
  actInForce?: ActInForce;
  /** A meeting's host named by a chamber's post alone ("Сенат төрағасы … кездесті", hostPost.ts). */
  hostPost?: HostPost;
  /** What a deadline is for, where the lexicon knows its act and object (dueAct.ts). */
  dueAct?: DueAct;
  /** A meeting with a chamber's post named alone ("встретился с председателем Сената", metPost.ts). */
  metPost?: HostPost;
  /** The kind of draft put up for discussion, a bill or a code (draftDiscussed.ts). */
  draft?: DraftKind;
  /** A draft's date is the day its discussion runs until ("16 сәуірге дейін", "до 16 апреля"). */
  draftUntil?: boolean;
  /** A draft's cue tells it made public, not handed to someone (draftDiscussed.ts). */
  draftPublished?: boolean;
  /** The Constitution a referendum or its coming into force is of is called new ("жаңа Конституция"). */
  newConstitution?: boolean;
  /** An invitation, not a visit (invitation.ts): the names of who is invited and by whom, and the place id. */
  invited?: { who: string; by?: string; to?: string };
  /** A statement that is an appeal to an organisation, and the state that made it (appealToOrg.ts). */
  appealToOrg?: AppealToOrg;
  /** A law that ratifies or denounces a treaty, and which kind of treaty (ratifiedTreaty.ts). */
  treaty?: LawTreaty;
  /** A measure's taker and what it does: a rate set, a ban's goods, diplomats expelled (measures.ts). */
  measure?: Measure;
  /** The genders the sentence's past verbs tell of people whose surname tells none, by surname (verbGender.ts). */
  genders?: Record<string, Gender>;
}
