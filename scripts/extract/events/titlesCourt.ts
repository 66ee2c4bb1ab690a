/**
 * Titles of a `court` event by the step of the case its cue tells (courtStep.ts): "Арест",
 * "Предъявление обвинения", "A criminal case opened", and a court's ruling where the cue says no
 * more. Where the text names it, the place.
 */
import type { Localized } from '../../../src/model/schema';
import type { CourtStep } from './courtStep';
import { L, type Parts } from './titleParts';
import { constitutionalRulingTitle } from './titlesConstitutionalRuling';

const STEPS: Record<CourtStep, { kk: string; ru: string; en: string }> = {
  constitutional: { kk: 'Конституциялық Соттың шешімі', ru: 'Решение Конституционного суда', en: 'The Constitutional Court rules' }, // prettier-ignore
  ruling: { kk: 'Сот шешімі', ru: 'Решение суда', en: 'A court ruling' },
  verdict: { kk: 'Сот үкімі', ru: 'Приговор суда', en: 'A verdict' },
  acquittal: { kk: 'Ақтау үкімі', ru: 'Оправдательный приговор', en: 'An acquittal' },
  detention: { kk: 'Ұстау', ru: 'Задержание', en: 'Detention' },
  arrest: { kk: 'Қамауға алу', ru: 'Арест', en: 'An arrest' },
  release: { kk: 'Қамаудан босату', ru: 'Освобождение из-под стражи', en: 'Release from custody' },
  charge: { kk: 'Айып тағу', ru: 'Предъявление обвинения', en: 'Charges brought' },
  'criminal-case': { kk: 'Қылмыстық іс қозғау', ru: 'Возбуждение уголовного дела', en: 'A criminal case opened' }, // prettier-ignore
  case: { kk: 'Іс қозғау', ru: 'Возбуждение дела', en: 'A case opened' },
  'to-court': { kk: 'Істі сотқа жолдау', ru: 'Передача дела в суд', en: 'A case sent to court' },
  hearing: { kk: 'Істі сотта қарау', ru: 'Рассмотрение дела в суде', en: 'A court hearing' },
  fine: { kk: 'Айыппұл салу', ru: 'Штраф', en: 'A fine' },
  wanted: { kk: 'Іздеуге жариялау', ru: 'Объявление в розыск', en: 'Declared wanted' },
  extradition: { kk: 'Экстрадиция', ru: 'Экстрадиция', en: 'Extradition' },
};

export function courtTitle(c: Parts, at: Localized): Localized {
  if (c.args.courtStep === 'constitutional') return constitutionalRulingTitle(c, at);
  const t = STEPS[c.args.courtStep ?? 'ruling'];
  return L(`${t.kk}${at.kk}`, `${t.ru}${at.ru}`, `${t.en}${at.en}`);
}
