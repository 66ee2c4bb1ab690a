import type { SpeechWords } from '../../../arguments/speechWords';

/** Russian verbs of saying (both genders) that follow a quote: `«…», — сказал Токаев`. */
// prettier-ignore
export const RU_SPEECH_VERBS: readonly string[] = [
  'сказал', 'сказала', 'заявил', 'заявила', 'отметил', 'отметила', 'подчеркнул', 'подчеркнула',
  'добавил', 'добавила', 'сообщил', 'сообщила', 'пояснил', 'пояснила', 'считает', 'говорит',
];

export const RU_PRONOUNS: readonly string[] = ['он', 'она'];

export const RU_SPEECH: SpeechWords = { verbs: RU_SPEECH_VERBS, pronouns: RU_PRONOUNS };
