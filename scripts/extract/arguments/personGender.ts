/** A person's grammatical gender, which names agree in (shared by the name readers of every locale). */
export type Gender = 'm' | 'f';
