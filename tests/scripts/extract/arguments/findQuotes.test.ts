import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../../../scripts/extract/arguments/findQuotes';

describe('findQuotes(text, lang)', () => {
  it('attributes «…», – деді to the person named after the verb, with the role', () => {
    const text =
      ' «Біз сайлауға белсенді қатысамыз. Мұғалімдерге көп өзгерістер жасалды», – деді Көкшетау қаласындағы колледждің меңгерушісі Бауыржан Ибраев.';
    const [q] = findQuotes(text, 'kk');
    expect(q?.text).toBe('Біз сайлауға белсенді қатысамыз. Мұғалімдерге көп өзгерістер жасалды');
    expect(q?.speaker).toBe('Бауыржан Ибраев');
    expect(q?.role).toBe('Көкшетау қаласындағы колледждің меңгерушісі');
    expect(text.slice(q?.start, q?.end)).toBe(q?.text);
  });

  it('resolves деді ол to the last person named before the quote', () => {
    const text =
      'Партия ардагері Жолдасбек Балғабаев сенімді. «Менің ойымша, бәріміз дауыс беруіміз керек»,– деді ол. Соңғы оқиғалар талқыланды.';
    const quotes = findQuotes(text, 'kk');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ speaker: 'Жолдасбек Балғабаев', role: 'Партия ардагері' });
  });

  it('reads a paragraph opening with a dash up to the closing dash', () => {
    const text =
      '– Өздеріңізге мәлім, «Жаңа Қазақстанды» бірге құруға батыл қадам бастық, – деді аудандық филиалдың атқарушы хатшысы Е.Жақып.';
    const [q] = findQuotes(text, 'kk');
    expect(q?.text).toBe('Өздеріңізге мәлім, «Жаңа Қазақстанды» бірге құруға батыл қадам бастық');
    expect(q?.speaker).toBe('Е.Жақып');
  });

  it('gives the paragraph after a caption line to the caption’s speaker', () => {
    const text = 'Лаура ҚУАНЫШҚЫЗЫ, ТІЛШІ:\n\nПрезидент ұсынысты қолдады.\n\nКелесі абзац.';
    const quotes = findQuotes(text, 'kk');
    expect(quotes).toEqual([
      expect.objectContaining({
        text: 'Президент ұсынысты қолдады.',
        speaker: 'Лаура Қуанышқызы',
        role: 'тілші',
      }),
    ]);
  });

  it('ignores quoted names and titles', () => {
    expect(findQuotes('ұйымды «Nur Otan» деп атады, «Жол картасы» бойынша', 'kk')).toEqual([]);
  });

  it('reads Russian «…», — сказал Токаев', () => {
    const [q] = findQuotes(
      '«Мы продолжим политические реформы», — сказал Токаев. Он добавил.',
      'ru',
    );
    expect(q).toMatchObject({ text: 'Мы продолжим политические реформы', speaker: 'Токаев' });
  });

  it('leaves the speaker out when nobody is named', () => {
    const [q] = findQuotes('«Ел көмек көрсетуге дайын», деді.', 'kk');
    expect(q?.text).toBe('Ел көмек көрсетуге дайын');
    expect(q?.speaker).toBeUndefined();
  });
});
