/** The particles a foreign name keeps inside it in Kazakh text (arguments/nameParticles.ts). */
import type { NameParticles } from '../../arguments/nameParticles';

/**
 * Particles written lower case inside a name: an Arabic one's "son of" and article (`Фейсал бен
 * Фархан`, `Тәмім бин Хамад`), a Dutch or German one's (`Ван дер Беллен`, `Урсула фон дер Ляйен`),
 * a Romance one's (`Луиджи ди Майо`, `Марин ле Пен`). Not да/де: Kazakh's "also" after a name
 * (`Тоқаев да Астанаға келді`) looks the same.
 */
const PARTICLE = /^(?:бен|бин|ибн|бинт|әл|аль|эль|ван|фон|дер|ден|ди|ла|ле|дель)$/u;

/**
 * Capitalised, after a name word, the same particles and da/de (`Шарль Де Голль`, `Лула Да
 * Силва`): Kazakh's "also" is never capitalised there.
 */
const CAPITALISED = /^(?:Бен|Бин|Ибн|Бинт|Әл|Аль|Эль|Ван|Фон|Дер|Ди|Да|Де|Ла|Ле|Дель)$/u;

/**
 * The comitative that joins two names takes -бен only after ж and з (`Бекназ бен Айгүл`, but
 * `Тоқаев пен`, `Ерлан мен`): after any other sound `бен` is the Arabic "son of".
 */
const JOINS_WITH_BEN = /[жз]$/iu;

export const KK_NAME_PARTICLES: NameParticles = {
  isParticle: (word, before) =>
    (PARTICLE.test(word) || CAPITALISED.test(word)) &&
    !(word.toLowerCase() === 'бен' && JOINS_WITH_BEN.test(before)),
  // (`Тәмім бен Хамад әл-Тани`, `Мишал Әл-Ахмад Әл-Жаберді`: the article glued by a hyphen, its
  // case on the word after it.)
  hyphenPrefix: /^([Әә]л-|[Аа]ль-|[Ээ]ль-)(\p{Lu}\p{Ll}+)$/u,
};

/**
 * A father's name, its "son of" joined to it (`бин Хамад`, arguments/nameParticles.ts): the middle
 * of a name as a patronymic is (`Тамим бин Хамад Аль Тани`).
 */
export const KK_FATHER_NAME = /^(?:[бБ]ен|[бБ]ин|[иИ]бн|[бБ]инт)\s/u;
