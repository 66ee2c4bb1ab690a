/**
 * Where or by what an act was done: "отырыста", "Жарлығымен", "указом". A cue in this form dates
 * what was done there or by it, so it does not take a date away from it (the Kazakh locative and
 * instrumental and the Russian instrumental, read on the cue's word alike).
 */
export const SETTING = /(?:да|де|та|те|мен|бен|пен|ом|ем)$/u;
