/**
 * A gathering noun that is the subject of a body's act is the body acting, not a gathering held:
 * "Собрание судей 5 марта признало закон неконституционным", "Общее собрание постановило …",
 * "Пленарное заседание приняло постановление". The noun in the nominative singular ("собрание",
 * "заседание", neuter) and, in its clause (no comma or full stop between), a past of deciding that
 * agrees with it, neuter singular in -ло: признало, постановило, решило, вынесло, приняло,
 * утвердило, одобрило, отменило, поддержало, избрало. Not a happening ("собрание прошло",
 * "состоялось собрание"), nor the noun in another case ("На собрании … признали": an act done at
 * a meeting that was held). (The Kazakh rule: locales/kk/events/triggerPieces.ts BODY_ACTING.)
 */
export const RU_BODY_ACTING = String.raw`е\s+(?:[^\s,.;:!?]+\s+){0,8}?(?:признал|постановил|решил|вынесл|принял|утвердил|одобрил|отменил|поддержал|избрал)о(?![\p{L}])`;
