/** The particles a foreign name keeps inside it in Russian text (arguments/nameParticles.ts). */
import type { NameParticles } from '../../arguments/nameParticles';

/**
 * Particles written lower case inside a name: an Arabic one's "son of" and article (`Фейсала бин
 * Фархана`, `Мухаммед бен Салман`), a Dutch or German one's (`Ван дер Беллен`, `Урсула фон дер
 * Ляйен`), a Romance one's (`Луиджи ди Майо`, `Лула да Силва`, `Марин ле Пен`).
 */
const PARTICLE = /^(?:бен|бин|ибн|бинт|аль|эль|ван|фон|дер|ден|де|ди|да|дос|ла|ле|дель|дю)$/u;

/** The same capitalised after a name word (`Шарль Де Голль`, `Хамад Аль Тани`). */
const CAPITALISED = /^(?:Бен|Бин|Ибн|Бинт|Аль|Эль|Ван|Фон|Дер|Де|Ди|Да|Дос|Ла|Ле|Дель|Дю)$/u;

export const RU_NAME_PARTICLES: NameParticles = {
  isParticle: (word) => PARTICLE.test(word) || CAPITALISED.test(word),
  // (`Тамим бин Хамад аль-Тани`, `Аль-Сауда`: the article glued by a hyphen, its case on the
  // word after it.)
  hyphenPrefix: /^([Аа]ль-|[Ээ]ль-)(\p{Lu}\p{Ll}+)$/u,
};

/**
 * A father's name, its "son of" joined to it (`бин Хамад`, arguments/nameParticles.ts): the middle
 * of a name as a patronymic is (`Тамим бин Хамад Аль Тани`).
 */
export const RU_FATHER_NAME = /^(?:[бБ]ен|[бБ]ин|[иИ]бн|[бБ]инт)\s/u;
