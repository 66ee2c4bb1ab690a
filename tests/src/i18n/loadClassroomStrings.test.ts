import { describe, expect, it } from 'vitest';
import classroomKk from '../../../src/i18n/locales/classroom/kk.json';
import classroomRu from '../../../src/i18n/locales/classroom/ru.json';
import { classroomT } from '../../../src/classroom/classroomT';
import { CLASSROOM_NAMESPACE, loadClassroomStrings } from '../../../src/i18n/loadClassroomStrings';
import { setupI18n, switchLanguage } from '../../../src/i18n/setupI18n';

describe('loadClassroomStrings', () => {
  it('loadClassroomStrings(lang) gives that language’s file; kk-latn reads the Kazakh one', async () => {
    expect(await loadClassroomStrings('ru')).toEqual(classroomRu);
    expect(await loadClassroomStrings('kk-latn')).toEqual(classroomKk);
  });

  it('setupI18n(lang) registers only that language’s classroom strings; a switch adds the next', async () => {
    const i18n = await setupI18n('ru');
    expect(i18n.getResourceBundle('ru', CLASSROOM_NAMESPACE)).toEqual(classroomRu);
    expect(i18n.hasResourceBundle('en', CLASSROOM_NAMESPACE)).toBe(false);
    await switchLanguage(i18n, 'kk-latn');
    const t = classroomT(i18n.getResourceBundle('kk-latn', CLASSROOM_NAMESPACE), 'kk-latn');
    expect(t('qr.title')).toBe('Telefonda aşu');
  });
});
