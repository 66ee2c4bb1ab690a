/**
 * Russian words that tell a council itself founded, not a sitting of it (events/bodyFounded.ts):
 * the noun, nominative, as the subject of a short passive of founding ("Курултай был создан в
 * 2022 году"; masculine, as the council's noun is), or as the object of a founding verb or noun
 * before it ("был создан Национальный курултай", "создание Национального курултая", "учредил Курултай"). Not a participle
 * ("Курултай, созданный в 2022 году, провёл заседание": a sitting of the body so described), nor
 * across a comma.
 */
export const RU_BODY_FOUNDED = {
  ownCase: /^курултай$/iu,
  after:
    /^(?:\s+(?![^\s]*[,;])[\p{L}\d-]+){0,3}?\s+(?:создан|образован|учрежд[её]н|сформирован|основан)(?!\p{L})/iu,
  before:
    /(?:^|[^\p{L}])(?:(?:создан|образован|учрежд[её]н|сформирован|основан)|созда(?:л[аи]?|ть|ни[еяюи]|нием)|учред(?:ил[аи]?|ить)|учреждени\p{L}*|образова(?:л[аи]?|ть|ни\p{L}*)|сформирова(?:л[аи]?|ть)|формировани\p{L}*)\s+(?:[\p{L}-]+\s+){0,2}$/iu,
};
