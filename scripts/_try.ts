import { parseQuickAdd } from '../shared/quickadd/quickadd.js';
const lists = [
  { name: 'Inbox' }, { name: 'Home' }, { name: 'Work', sections: ['Meetings', 'Admin'] }, { name: 'Groceries' },
  { name: 'Side Project', sections: ['Ideas', 'Build', 'Launch'] },
  { name: 'Family', members: [{ name: 'sara', email: 'sara@x.org' }, { name: 'ahmed' }, { name: 'you' }] },
];
const opts = { now: new Date('2026-11-18T05:00:00.000Z'), timeZone: 'Asia/Karachi', lists, dateOrder: 'mdy' as const };
for (const t of process.argv.slice(2)) {
  const { matches, ...p } = parseQuickAdd(t, opts);
  console.log(t, '=>', JSON.stringify(p), JSON.stringify(matches));
}
