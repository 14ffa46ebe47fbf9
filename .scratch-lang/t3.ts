import { analyzeParagraph, splitParagraphs } from '../src/stages/language/index.js';
const text = ['Press Releases',
  'Heads of ROK’s Overseas Diplomatic Missions Discuss Ways to Innovate Foreign Ministry',
  '1. On December 10, the first day of the 2018 meeting of the heads of the Republic of Korea’s overseas diplomatic missions, the Foreign Minister and the mission heads attended a session for “a discussion on the innovation of the Ministry of Foreign Affairs,” which served as an opportunity to discuss a new innovation vision.',
  '2. In her opening remarks, Foreign Minister Kang Kyung-wha, the chair of the meeting, underscored the need for the Foreign Ministry to draw up “a new diplomatic vision that would contribute to peace and prosperity” amid ongoing fundamental changes in the international political landscape.',
  '3. In the session on government innovation that ensued, Minister of the Interior and Safety Kim Boo-kyum delivered a lecture on “government innovation toward an inclusive nation,” followed by a question-and-answer session with the mission heads.'];
for (const t of text) { const a = analyzeParagraph(t); console.log(a.lang, a.certainty.toFixed(3), a.sampleLetters, a.ranked?.slice(0,3).map(x=>x[0]+':'+x[1].toFixed(3)).join(' ')); }
