import { describe, expect, it } from 'vitest';
import { tagDates } from '../../../../../../scripts/extract/dates/tagDates';

/*
 * A capitalised season right after an opening quote was always read as a name ("« Қыс-2019 »"
 * exercises), so a quoted headline or speech that begins with one lost its date: "« Жаз
 * айларында жылда қайталанатын құбылыс »" (in the summer months). Now only a season quoted
 * alone ("« Көктем » операциясы") or before a hyphen ("Қыс-2019") is a name. Generated: every
 * season in several cases, each way.
 */
const tag = (text: string) => tagDates(text, { lang: 'kk' }).map((t) => t.text);

const SEASONS = [
  'Көктемде', 'Жазда', 'Күзде', 'Қыста', 'Жаз айларында', 'Күз айларында', 'Көктемнің басында',
  'Қыстың соңында',
]; // prettier-ignore
const NAMES = ['Көктем', 'Жаз', 'Күз', 'Қыс'];

describe('Kazakh capitalised seasons in quotes', () => {
  it.each(SEASONS)('"« %s …»" opening a quoted sentence is a date', (season) => {
    expect(tag(`« ${season} жол жөнделеді » , — деді әкім .`)).toEqual([season]);
  });
  it.each(NAMES)('"« %s »" quoted alone or before a hyphen is a name', (name) => {
    expect(tag(`« ${name} » операциясы басталды .`)).toEqual([]);
    expect(tag(`« ${name}-2019 » жаттығуы өтті .`)).toEqual([]);
  });
});
