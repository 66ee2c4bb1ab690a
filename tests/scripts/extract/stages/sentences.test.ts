import { describe, expect, it } from 'vitest';
import { clean } from '../../../../scripts/extract/stages/clean';
import { toParagraphs, toSentences } from '../../../../scripts/extract/stages/sentences';

const caption = (line: string) =>
  line.endsWith(':') && line === line.toUpperCase() ? { name: line.split(',')[0]! } : null;

describe('toSentences(text, paragraphs)', () => {
  it('splits on sentence ends but not after initials or abbreviations, with exact offsets', () => {
    const text =
      'Президент Қ.Тоқаев 2022 ж. наурызда сөйледі. Онда А. Ибрагимұлы пікір білдірді! «Біз дайынбыз», – деді ол.';
    const { paragraphs } = toParagraphs(clean(text), caption);
    const sentences = toSentences(text, paragraphs);
    expect(sentences.map((s) => s.text)).toEqual([
      'Президент Қ.Тоқаев 2022 ж. наурызда сөйледі.',
      'Онда А. Ибрагимұлы пікір білдірді!',
      '«Біз дайынбыз», – деді ол.',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('splits where a scraped text lost the space after a full stop, but not in names or sites', () => {
    const text =
      '9 наурызда Н.Назарбаев өкілеттігін тоқтатты.Кезекті сайлау алда. Сайт Zakon.kz жазды.Ал ЦИК 5 мая собрался.';
    const { paragraphs } = toParagraphs(clean(text), caption);
    expect(toSentences(text, paragraphs).map((s) => s.text)).toEqual([
      '9 наурызда Н.Назарбаев өкілеттігін тоқтатты.',
      'Кезекті сайлау алда.',
      'Сайт Zakon.kz жазды.',
      'Ал ЦИК 5 мая собрался.',
    ]);
  });
});

describe('toParagraphs(lines, parseCaption)', () => {
  it('turns a caption line into the speaker of the next paragraph', () => {
    const text =
      'ЕРЛАН ҚОШАНОВ, МӘЖІЛІС ТӨРАҒАСЫ:\n\nБіз оны келер ұрпаққа табыстауымыз керек.\nКелесі абзац.';
    const { paragraphs, lines } = toParagraphs(clean(text), caption);
    expect(lines.find((l) => l.kind === 'caption')?.text).toBe('ЕРЛАН ҚОШАНОВ, МӘЖІЛІС ТӨРАҒАСЫ:');
    expect(paragraphs.map((p) => p.speaker?.name)).toEqual(['ЕРЛАН ҚОШАНОВ', undefined]);
  });
});
