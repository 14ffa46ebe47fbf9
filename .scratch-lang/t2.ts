import { detectLanguage } from '../src/stages/language/index.js';
const cases = [
  '김 장관은 "We will strive to make tangible outcomes of the New Southern Policy"라고 말했다.',
  '정부는 24일 서울에서 열린 회의에서 반도체 수출이 전년 대비 12% 증가했다고 밝혔다.\n\n김 장관은 "We will strive to make tangible outcomes of the New Southern Policy"라고 말했다.\n\n"Korea is a true partner in development," said the Thai deputy secretary-general at the forum.',
  'Foreign Minister Kang Kyung-wha (강경화) said the ministry would innovate.',
  'Kim Boo-kyum (김부겸)',
  '日本国憲法\n\nすべての人間は、生まれながらにして自由であり、かつ、尊厳と権利とについて平等である。',
  '人人生而自由，在尊严和权利上一律平等。',
  '',
  '\n\n  \n\n',
  '12345\n\n2024.09.27',
  'Bộ Ngoại giao gắn tổ chức sắp xếp bộ máy với đẩy mạnh chuyển đổi số',
  'Semua orang dilahirkan merdeka dan mempunyai martabat dan hak-hak yang sama.',
  'Tous les êtres humains naissent libres et égaux en dignité et en droits.',
  'Все люди рождаются свободными и равными в своем достоинстве и правах.',
  'Ang lahat ng tao ay isinilang na malaya at pantay-pantay sa karangalan at mga karapatan.',
  'ok',
];
for (const c of cases) console.log(JSON.stringify(c.slice(0, 50)), JSON.stringify(detectLanguage(c)));
