/**
 * Kazakh countdowns: "сайлауға 20 күн қалғанда", "сайлауға дейін бір ай қалды", "сайлаудан екі
 * апта бұрын". What follows the cue: its dative (with "дейін" or not) and a count of time left
 * ("қал-"), or its ablative and a count of time before ("бұрын").
 */
const L = String.raw`[\p{L}\d-]`;
const COUNT = String.raw`(?:${L}+\s+)?(?:күн|апта|ай|жыл|сағат|тәулік)`;
export const KK_COUNTDOWN_AFTER = new RegExp(
  String.raw`^\p{L}*(?:ға|ге|қа|ке|на|не|а|е)\s+(?:дейін\s+)?${COUNT}\s+қал\p{L}*` +
    String.raw`|^\p{L}*(?:дан|ден|тан|тен|нан|нен)\s+${COUNT}\s+(?:бұрын|ерте)(?![\p{L}])`,
  'iu',
);
