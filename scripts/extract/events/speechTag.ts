/**
 * A person named only as the source of what a sentence reports: "По словам Мурата Нуртлеу, …",
 * "Как сообщил Мурат Нуртлеу, …", "…, сообщил Мурат Нуртлеу.", "Ерлан Қариннің айтуынша, …",
 * "Ерлан Қарин хабарлағандай, …", "…, деді Ерлан Қарин." The tag tells who said it, not who does
 * what the sentence tells: such a person is no actor of its event (events/fillArguments.ts), unless
 * the event is the statement itself.
 */
import { kkInSpeechTag } from '../locales/kk/speechTag';
import { ruInSpeechTag } from '../locales/ru/speechTag';
import type { Lang } from '../arguments/types';

/** Whether the person at [start, end) of `text` (a sentence) is named inside a reporting tag. */
export function inSpeechTag(lang: Lang, text: string, hit: { start: number; end: number }) {
  return lang === 'ru' ? ruInSpeechTag(text, hit) : kkInSpeechTag(text, hit);
}
