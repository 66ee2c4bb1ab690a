import { describe, expect, it } from 'vitest';
import { findOrganisations } from '../../../../scripts/extract/arguments/findOrganisations';

const ids = (text: string, lang: 'kk' | 'ru' = 'kk') =>
  findOrganisations(text, lang).map((o) => o.id);

describe('findOrganisations(text, lang)', () => {
  it('keeps AMANAT and Nur Otan apart (the lead links the renaming)', () => {
    expect(ids('бұрынғы Nur Otan партиясы AMANAT болып өзгертіліп')).toEqual([
      'nur-otan',
      'amanat',
    ]);
    expect(ids('ұйымды бұдан былай «Аманат» деп өзгертуді')).toEqual(['amanat']);
    expect(ids('«NUR OTAN» ПАРТИЯСЫНЫҢ')).toEqual(['nur-otan']);
  });

  it('does not read the common noun аманат as the party', () => {
    expect(ids('ата-бабамыздың аманаты')).toEqual([]);
  });

  it('finds state bodies in inflected forms', () => {
    expect(ids('Мәжілістегі фракцияның отырысы')).toEqual(['mazhilis']);
    expect(ids('Парламент пен мәслихаттардағы депутаттар')).toEqual(['parliament', 'maslikhat']);
    expect(ids('Орталық сайлау комиссиясының шешімі')).toEqual(['cec']);
  });

  it('matches the OSCE long name as one organisation', () => {
    const [hit] = findOrganisations(
      '2010 жылы Еуропадағы Қауіпсіздік және Ынтымақтастық Ұйымы Саммитін',
      'kk',
    );
    expect(hit).toMatchObject({
      id: 'osce',
      text: 'Еуропадағы Қауіпсіздік және Ынтымақтастық Ұйымы',
    });
  });

  it('takes the quoted title of the national coalition into the hit', () => {
    const text =
      'Астанада «Әділетті және прогрессивті Қазақстанның халықтық Конституциясы үшін!» жалпыұлттық коалициясының қалалық штабы';
    const [hit] = findOrganisations(text, 'kk');
    expect(hit?.id).toBe('national-coalition');
    expect(hit?.text.startsWith('«Әділетті')).toBe(true);
    expect(hit?.text.endsWith('коалициясының')).toBe(true);
  });

  it('tells the people’s coalition of 2022 from the national coalition', () => {
    expect(ids('Тоқаевты қолдау жөніндегі халықтық коалиция форумы')).toEqual([
      'peoples-coalition',
    ]);
  });

  it('reads «Name» АҚ as a company with a transliterated id', () => {
    const [hit] = findOrganisations('«СНПС-Ақтөбемұнайгаз» АҚ базасында', 'kk');
    expect(hit).toMatchObject({ id: 'snps-aktobemunaigaz', text: '«СНПС-Ақтөбемұнайгаз» АҚ' });
  });

  it('finds Russian names', () => {
    expect(ids('председатель Мажилиса, ЦИК и ОБСЕ, «КазМунайГаз» АО', 'ru')).toEqual([
      'mazhilis',
      'cec',
      'osce',
      'kazmunaigaz',
    ]);
  });
});
