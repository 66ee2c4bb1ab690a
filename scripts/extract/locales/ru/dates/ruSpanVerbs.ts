/**
 * Two dates of one act told by a verb of starting and one of ending (Russian): "началось 22
 * сентября и завершится 11 октября", "22 сентября стартует, а 11 октября закончится". The two
 * dates are the ends of one span (dates/rangeEnds.ts).
 */
const L = String.raw`[\p{L}\p{M}]`;
const START_VERB = String.raw`(?:начал${L}*|начн${L}*|стартова${L}*|старту${L}*|откро${L}*|открыл${L}*)`;
const END_VERB = String.raw`(?:заверш${L}*|законч${L}*|окончит${L}*|продлится\s+до|продлится\s+по)`;
const LINK = String.raw`\s*,?\s*(?:и|а)\s+`;

/** "началось 22 сентября и завершится 11 октября". */
const VERB_BEFORE_EACH = {
  before: new RegExp(String.raw`(?<![\p{L}\p{M}])${START_VERB}\s+$`, 'iu'),
  between: new RegExp(String.raw`^${LINK}${END_VERB}\s+$`, 'iu'),
};
/** "22 сентября началось и 11 октября завершится". */
const VERB_AFTER_EACH = {
  between: new RegExp(String.raw`^\s+${START_VERB}${LINK}$`, 'iu'),
  after: new RegExp(String.raw`^\s+${END_VERB}(?![\p{L}\p{M}])`, 'iu'),
};

export function ruSpanByVerbs(before: string, between: string, after: string): boolean {
  return (
    (VERB_BEFORE_EACH.before.test(before) && VERB_BEFORE_EACH.between.test(between)) ||
    (VERB_AFTER_EACH.between.test(between) && VERB_AFTER_EACH.after.test(after))
  );
}
