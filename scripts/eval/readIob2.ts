/** One sentence of a CoNLL/IOB2 file, joined with single spaces so spans become char offsets. */
export interface IobSentence {
  text: string;
  /** Entity spans [start, end) in `text`, with their class (DATE, TIME, PERSON, …). */
  spans: { start: number; end: number; label: string }[];
}

/**
 * Parses "token TAG" lines with blank lines between sentences (KazNERD's format).
 * An I- tag that does not continue a span of its class starts a new one, as conlleval does.
 * @example readIob2('Биыл B-DATE\nсайлау O\n')[0] // { text: 'Биыл сайлау', spans: [{ start: 0, end: 4, label: 'DATE' }] }
 */
export function readIob2(content: string): IobSentence[] {
  const sentences: IobSentence[] = [];
  for (const block of content.split(/\r?\n\s*\r?\n/u)) {
    const lines = block.split(/\r?\n/u).filter((l) => l.trim() !== '');
    if (lines.length === 0) continue;
    let text = '';
    const spans: IobSentence['spans'] = [];
    let open: IobSentence['spans'][number] | null = null;
    for (const line of lines) {
      const cut = line.lastIndexOf(' ');
      const token = line.slice(0, cut).trim();
      const tag = line.slice(cut + 1).trim();
      if (text !== '') text += ' ';
      const start = text.length;
      text += token;
      const [prefix, label] = tag === 'O' ? ['O', ''] : [tag.slice(0, 1), tag.slice(2)];
      if (prefix === 'I' && open && open.label === label) {
        open.end = text.length;
        continue;
      }
      open = prefix === 'O' ? null : { start, end: text.length, label };
      if (open) spans.push(open);
    }
    sentences.push({ text, spans });
  }
  return sentences;
}
