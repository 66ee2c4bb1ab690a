/**
 * Where a Kazakh sentence joins two clauses of their own, each with its act: ", ал", ", бірақ",
 * ", алайда", ";" ("2019 жылы ол вице-министр болып тағайындалды, ал 2023 жылдан бастап компанияны
 * басқарды").
 */
export const KK_COORDINATE_BREAK = /,\s+(?:ал|бірақ|алайда)\s+|;\s*/gu;

/** A clause that points back at the post the other one named: "ал оның орнына … тағайындалды". */
export const KK_POST_POINTED_BACK = /(?:орнына|(?:бұл|осы)\s+(?:қызмет|лауазым)\p{L}*)/iu;
