/** The post a title names, in the forms its templates need (titlesState.ts, titlesNomination.ts). */
import { anothersPost, type PostPhrases } from './posts';
import { postPhrases } from './ministerPost';
import { mainActor, type Parts } from './titleParts';
import { asFirstDeputy } from './firstDeputy';
import { withPartyName } from './partyPost';

/**
 * The post, with the place an akim (or his deputy) governs (`akim of Turkistan Region`, `акимом
 * города Шымкент`), and "first" for a first deputy.
 */
export function postIn(c: Parts): PostPhrases | undefined {
  const placed = placedPost(c);
  // (A party's post names the party: partyPost.ts.)
  const p = placed && withPartyName(c, placed);
  return p && c.args.firstDeputy ? asFirstDeputy(p) : p;
}

function placedPost(c: Parts): PostPhrases | undefined {
  if (c.args.post && anothersPost(c.args.post, c.actors, mainActor(c)?.name)) return undefined;
  const p = postPhrases(c.args);
  const place = c.places.find(
    (x) => x.kind === 'region' || x.kind === 'city' || x.kind === 'district',
  );
  const deputy = c.args.post === 'deputy-akim';
  if ((c.args.post !== 'akim' && !deputy) || !p || !place) return p;
  const kkGen = place.kind === 'region' ? place.name.kk.replace(/облысы$/u, 'облысының') : `${place.name.kk} қаласының`; // prettier-ignore
  const ruGen =
    place.kind === 'region'
      ? place.name.ru.replace(/ая область$/u, 'ой области').replace(/^область /u, 'области ')
      : `города ${place.name.ru}`;
  if (place.kind === 'district') return p;
  // (An akim's deputy: "Алматы облысы әкімінің орынбасары", "заместителем акима Алматинской области".)
  const kkOf = place.kind === 'region' ? place.name.kk : `${place.name.kk} қаласы`;
  if (deputy)
    return {
      kk: `${kkOf} әкімінің орынбасары`,
      ru: `заместитель акима ${ruGen}`,
      ruIns: `заместителем акима ${ruGen}`,
      ruGen: `заместителя акима ${ruGen}`,
      en: `deputy akim of ${place.name.en}`,
    };
  return {
    kk: `${kkGen} әкімі`,
    ru: `аким ${ruGen}`,
    ruIns: `акимом ${ruGen}`,
    ruGen: `акима ${ruGen}`,
    en: `akim of ${place.name.en}`,
  };
}
