/**
 * Intending tells what is ahead in its short adjective and its verb ("намерен", "намерена",
 * "намерены", "намеревается"), not in the noun ("о намерении создать совет", "намерения сторон"),
 * which names an intent a past act declared ("заявил о намерении").
 */
import { describe, expect, it } from 'vitest';
import { RU_ASPECT } from '../../../../../../scripts/extract/locales/ru/events/aspect';

describe('intending is ahead', () => {
  it.each(['намерен', 'намерена', 'намерено', 'намерены', 'намеревается', 'намереваются'])(
    'партия %s провести съезд',
    (form) => expect(RU_ASPECT.future.test(`Партия ${form} провести съезд.`)).toBe(true),
  );
});

describe('the noun of intent is not', () => {
  it.each(['намерение', 'намерения', 'намерении', 'намерением', 'намерений', 'намерениях'])(
    'он заявил о %s',
    (form) => expect(RU_ASPECT.future.test(`Он заявил о ${form} сторон.`)).toBe(false),
  );
});
