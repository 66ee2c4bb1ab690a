import { describe, expect, it } from 'vitest';
import kk from '../../../src/i18n/locales/kk.json';
import ru from '../../../src/i18n/locales/ru.json';
import en from '../../../src/i18n/locales/en.json';
import classroomKk from '../../../src/i18n/locales/classroom/kk.json';
import classroomRu from '../../../src/i18n/locales/classroom/ru.json';
import classroomEn from '../../../src/i18n/locales/classroom/en.json';
import { loadMessages, transliterateMessages } from '../../../src/i18n/loadMessages';

function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keysOf(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/gu)].map((m) => m[1] as string).sort();
}
function valueAt(tree: object, key: string): string {
  return key
    .split('.')
    .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], tree) as string;
}

describe('locale files', () => {
  it.each([
    ['app', kk, [ru, en]],
    ['classroom', classroomKk, [classroomRu, classroomEn]],
  ])(
    '%s: ru.json and en.json have exactly the keys and placeholders of kk.json',
    (_, kk, others) => {
      const keys = keysOf(kk).sort();
      for (const other of others) {
        expect(keysOf(other).sort()).toEqual(keys);
        for (const key of keys) {
          expect([key, placeholders(valueAt(other, key))]).toEqual([
            key,
            placeholders(valueAt(kk, key)),
          ]);
        }
      }
    },
  );
});

describe('loadMessages', () => {
  it('loadMessages("kk-latn") is the Kazakh file in Latin letters, keeping the brand name', async () => {
    const m = await loadMessages('kk-latn');
    expect(m.mode.list).toBe('Tızım');
    expect(m.app.title).toBe('Шежіре');
    expect(transliterateMessages({ a: 'Барлығы {{count}}' })).toEqual({ a: 'Barlyğy {{count}}' });
  });
});
