/**
 * Nouns that end as the intention -мақ/-мек does and are no verb: "ҰҚШҰ-ға көмек сұрап жүгінді"
 * (asked for help) is done, not ahead; read as "көм-ек" it put a 5 January 2022 appeal in 2023.
 * Bare forms only: a case or a possessive ("көмегі", "тамағы") no longer ends so.
 */
export const INTENTION_LOOKALIKES = String.raw`(?:көмек|еңбек|аймақ|жібек|тірек|білек|демек|тамақ|жұмақ|құймақ|сырмақ|қармақ|тұмақ|қалмақ)`;
