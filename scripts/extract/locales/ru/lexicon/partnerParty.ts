/**
 * A party named in the instrumental is who the subject acts with ("объединился с партией
 * «Асар»", "встретился с движением «X»"), not the one whose congress or statement it is.
 */
export const RU_PARTNER_PARTY =
  /^(?:\p{L}+(?:ой|ей|ым|им)\s+)?(?:партией|партиею|движением|объединением)\s/iu;
