import { findPersons } from './scripts/extract/arguments/findPersons';
import { readFileSync, readdirSync } from 'node:fs';
for (const f of readdirSync('seeds').filter(f=>f.endsWith('.txt'))) {
  const t = readFileSync('seeds/'+f,'utf8');
  console.log(f); for (const p of findPersons(t,'kk')) console.log('   ', p.text, '→', p.name, '|', p.role);
}
for (const p of findPersons('Как заявил председатель Мажилиса Ерлан Кошанов, президент Касым-Жомарт Токаев встретился с Токаевым. Иван Петрович Сидоров', 'ru')) console.log('   ', p.text, '→', p.name, '|', p.role);
