import { francAll } from 'franc';
import { FRANC_CANDIDATES } from '../src/stages/language/data.js';
const only = [...FRANC_CANDIDATES.Latin!];
for (const p of ["Korea's personnel management gets worldwide attention", "Press Releases", "Attached File", "Simple Empty No data", "No videos available", "Jun Ji-hye jjh@koreatimes.co.kr", "Heads of ROK’s Overseas Diplomatic Missions Discuss Ways to Innovate Foreign Ministry", "MOIS to expand cooperation on public administration with Thailand and Myanmar", "Back To Top", "By Park Han-na ( Korea Herald Youtube", "[ASEAN-Korea summit] Civic participation, digital tech key topics at public service minister meeting", "Tran Luu Quang", "VGP/Hai Minh", "Settings"]) {
  const r = francAll(p, { only, minLength: 1 });
  console.log(JSON.stringify(p), r.slice(0,4).map(x=>x[0]+':'+x[1].toFixed(3)).join(' '), 'eng@', r.findIndex(x=>x[0]==='eng'), r.find(x=>x[0]==='eng')?.[1].toFixed(3));
}
