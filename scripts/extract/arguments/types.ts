/** Result shapes of the argument finders. Offsets are [start, end) in UTF-16 code units. */
export type Lang = 'kk' | 'ru';

export interface Hit {
  start: number;
  end: number;
  text: string;
}

export type PlaceKind = 'country' | 'region' | 'city' | 'district' | 'village' | 'other';

export interface PlaceHit extends Hit {
  id: string;
  name: { kk: string; ru: string; en: string };
  kind: PlaceKind;
}

export interface OrganisationHit extends Hit {
  id: string;
  name: string;
}

export type Qualifier = 'exact' | 'approx' | 'over' | 'under';

export interface FigureHit extends Hit {
  value: number;
  unit: string;
  qualifier: Qualifier;
}

export interface PersonHit extends Hit {
  name: string;
  role?: string;
}

export interface Caption {
  name: string;
  role?: string;
}

export interface QuoteHit extends Hit {
  speaker?: string;
  role?: string;
}
