/**
 * User-interface vocabulary of news and government sites, per language, kept as data.
 *
 * A line made (almost) only of these words is page chrome: skip links, menus, share and font-size
 * widgets, list headings ("Top 10 Stories"), comment and attachment widgets, footers. The words alone
 * never decide: the classifiers also require the line to be short (see thresholds), so a sentence that
 * happens to mention "share" or "댓글" stays in the body.
 */

/** Korean portal / newspaper / government (egov) templates. */
const KO = [
  '바로가기', '본문', '주메뉴', '메뉴', '전체메뉴', '사이트맵', '검색', '검색창', '검색어', '열기', '닫기', '로그인', '로그아웃',
  '회원가입', '마이페이지', '홈', '처음으로', '맨위로', '위로', '이전', '다음', '이전글', '다음글', '목록', '글자크기', '글자',
  '크게', '작게', '확대', '축소', '인쇄', '프린트', '공유', '공유하기', '스크랩', '북마크', '페이스북', '트위터', '카카오톡',
  '카카오스토리', '카카오', '네이버', '밴드', '블로그', 'URL복사', 'URL 복사', '링크복사', '링크 복사', '주소복사', '복사', '메일',
  '이메일', '구독', '구독하기', '기사제보', '제보', '광고', '광고문의', '관련기사', '관련 기사', '관련뉴스', '많이 본 뉴스',
  '많이본뉴스', '많이 본 기사', '주요뉴스', '주요 뉴스', '인기기사', '인기 기사', '최신기사', '최신 기사', '실시간', '랭킹',
  '추천기사', '추천', '포토', '영상', '댓글', '댓글쓰기', '의견', '좋아요', '싫어요', '슬퍼요', '화나요', '후속기사', '원해요',
  '첨부파일', '첨부', '파일', '다운로드', '바로보기', '미리보기', '내려받기', '저작권', '개인정보처리방침', '이용약관',
  '청소년보호정책', '고객센터', '회사소개', '찾아오시는 길', '오시는 길', '누리집', '정부24', '만족도', '평가', '담당부서',
  '담당자', '연락처', '전화', '조회수', '조회', '기사입력', '입력', '수정', '등록일', '작성일', '작성자', '기자', '전체', '정치',
  '경제', '사회', '국제', '문화', '스포츠', '연예', '오피니언', 'IT', '과학', '라이프', '전국', '지역', '보도자료', '정책브리핑',
  '언론보도', '알림', '소식', '뉴스', '공지사항', '번역', '언어', '한국어', '영어', 'English', 'KOR', 'ENG', '설정',
  '이 기사를 추천합니다', '기자의 다른 기사', '기자 구독', '무단전재', '재배포 금지', '무단 전재', '재배포금지',
  // Article tools, accessibility toolbars, app banners, poll / satisfaction widgets, article navigation.
  '이 기사를 공유합니다', '기사 공유하기', '기사 글자크기', '글자크기 설정', '기사스크랩', '기사 스크랩', '기사저장', '인쇄하기',
  '이메일 보내기', '메일 보내기', '이메일보내기', '고대비', '고대비 모드', '화면 확대', '화면 축소', '화면확대', '화면축소',
  '음성으로 듣기', '기사 듣기', '웹접근성', '접근성', '앱 설치', '앱 다운로드', '앱설치', '설치하기', '투표하기', '결과보기',
  '독자 투표', '매우 만족', '만족', '보통', '불만족', '매우 불만족', '의견 등록',
  '이전기사', '다음기사', '이전 기사', '다음 기사', 'QR코드',
  // Field labels of board (게시판) view tables.
  '문의', '문의처', '보도 문의', '제목', '내용', '분류', '구분', '번호', '작성자', '출처', '담당', '부서', '조회', '첨부', '등록자', '게시일', '수정일',
];

/** English news and government templates (also the English UI of Korean and Thai sites). */
const EN = [
  'skip to content', 'skip to main content', 'skip to navigation', 'skip navigation', 'go to', 'go top', 'back to top', 'to top',
  'top', 'menu', 'main menu', 'topmenu', 'the body', 'body', 'home', 'search', 'close', 'open', 'sign in', 'sign up', 'log in',
  'login', 'log out', 'register', 'subscribe', 'newsletter', 'my account', 'settings', 'font size', 'font-size', 'text size',
  'font', 'size', 'print', 'share', 'share this', 'share this article', 'share button', 'button', 'facebook', 'twitter', 'x',
  'kakao', 'kakaotalk', 'line', 'whatsapp', 'telegram', 'linkedin', 'pinterest', 'reddit', 'email', 'e-mail', 'mail', 'link',
  'copy link', 'copy url', 'url', 'related', 'related articles', 'related stories', 'related news', 'more stories',
  'more news', 'most read', 'most popular', 'most viewed', 'popular', 'trending', 'top stories', 'top 10 stories', 'top 10',
  'stories', 'latest', 'latest news', 'recommended', 'editor\'s picks', 'read more', 'more', 'see more', 'view more', 'next',
  'previous', 'prev', 'list', 'comments', 'comment', 'leave a comment', 'leave a reply', 'reply', 'advertisement', 'sponsored',
  'ad', 'ads', 'cookie', 'cookies', 'accept', 'accept all', 'privacy policy', 'terms of use', 'terms of service', 'contact us',
  'about us', 'sitemap', 'site map', 'rss', 'tags', 'tag', 'topics', 'attached file', 'attachment', 'attachments', 'download',
  'file', 'preview', 'view', 'no data', 'no videos available', 'letter', 'news', 'press releases', 'press release', 'photos',
  'videos', 'video', 'photo', 'opinion', 'politics', 'business', 'world', 'national', 'sports', 'life', 'culture',
  'entertainment', 'lang', 'language', 'english', 'korean', 'thai', 'simple empty', 'empty', 'en', 'ko',
  'th', 'all rights reserved', 'copyright', 'youtube', 'instagram', 'tiktok', 'follow us',
  // Article tools, accessibility bars, app banners, feedback and poll widgets, article pagers.
  'print this page', 'print this article', 'print article', 'email this', 'email this article', 'save article',
  'bookmark', 'listen to this article', 'min read', 'minute read', 'accessibility', 'high contrast', 'yes', 'not sure',
  'view results', 'reader poll', 'was this helpful', 'cite this article', 'cite this page', 'cite', 'how to cite',
  'copy citation', 'citation',
  'get the app', 'download the app', 'download our app', 'prev', 'next article', 'previous article', 'next story',
  'previous story', 'go back', 'for immediate release', 'media release', 'news release', 'embargoed',
  // Social-network posts scraped without logging in (login box, post tools, comment threads).
  'email or phone', 'password', 'forgot password', 'forgot account', 'create new account', 'see less', 'see translation',
  'most relevant',
  // "Read the rest" markers of collapsed mobile articles and of ad slots between paragraphs.
  'continue reading', 'keep reading', 'story continues below', 'article continues below', 'continues below',
  // Calls to action at the end of newsletter posts.
  'ready for more', 'thanks for reading', 'upgrade to paid', 'subscribe now',
  // Field labels of board view tables.
  'for more information', 'more information', 'media contact', 'contact', 'inquiries', 'title', 'subject', 'date', 'views', 'hits', 'author', 'writer', 'department', 'no', 'no.', 'category',
];

/** Thai news and government templates. */
const TH = [
  'หน้าแรก', 'หน้าหลัก', 'ข้ามไปยังเนื้อหา', 'เมนู', 'เมนูหลัก', 'ค้นหา', 'เข้าสู่ระบบ', 'ออกจากระบบ', 'สมัครสมาชิก', 'สมาชิก',
  'แชร์', 'แบ่งปัน', 'คัดลอกลิงก์', 'คัดลอก', 'ลิงก์', 'พิมพ์', 'ขนาดตัวอักษร', 'ตัวอักษร', 'ข่าวที่เกี่ยวข้อง', 'ข่าวเกี่ยวข้อง', 'เรื่องที่เกี่ยวข้อง',
  'บทความที่เกี่ยวข้อง', 'ข่าวล่าสุด', 'ล่าสุด', 'ข่าวยอดนิยม', 'ยอดนิยม', 'อ่านมากที่สุด', 'ข่าวแนะนำ', 'แนะนำ', 'อ่านต่อ',
  'อ่านเพิ่มเติม', 'อ่านข่าวต่อ', 'คลิก', 'ดูทั้งหมด', 'ดูเพิ่มเติม', 'ทั้งหมด', 'ถัดไป', 'ก่อนหน้า', 'ย้อนกลับ', 'กลับสู่ด้านบน',
  'ความคิดเห็น', 'การแสดงความคิดเห็น', 'แสดงความคิดเห็น', 'แท็ก', 'แท็กที่เกี่ยวข้อง', 'คำค้น', 'หมวดหมู่', 'หมวดหมู่เดียวกัน',
  'หัวข้อเดียวกัน', 'ผู้เขียนเดียวกัน', 'ไฟล์แนบ', 'ดาวน์โหลด', 'เอกสารแนบ', 'ลิขสิทธิ์', 'สงวนลิขสิทธิ์', 'ติดต่อเรา',
  'เกี่ยวกับเรา', 'นโยบายความเป็นส่วนตัว', 'คุกกี้', 'ยอมรับ', 'ยอมรับทั้งหมด', 'โฆษณา', 'ข่าว', 'ข่าวสาร', 'ภาพข่าว', 'วิดีโอ',
  'สอบถามข้อมูลเพิ่มเติม', 'สอบถาม', 'ข้อมูลเพิ่มเติม', 'ติดต่อสอบถาม', 'หัวข้อ', 'วันที่', 'ผู้เขียน', 'หน่วยงาน', 'รูป', 'รูปภาพ', 'ภาพ', 'ธุรกิจ', 'การเมือง', 'เศรษฐกิจ', 'สังคม', 'ต่างประเทศ', 'กีฬา', 'บันเทิง', 'ท้องถิ่น', 'ภูมิภาค',
  'ระบบการเมือง', 'มรดก', 'ผลิตภัณฑ์', 'ไลฟ์สไตล์', 'เทคโนโลยี', 'ข่าวประชาสัมพันธ์', 'ประชาสัมพันธ์', 'ผู้ชม', 'เข้าชม',
  'จำนวนผู้เข้าชม', 'อัปเดต', 'อัพเดต', 'เผยแพร่', 'ปิด', 'เปิด', 'ภาษาไทย', 'ไทย', 'ติดตาม', 'ติดตามเรา',
  // Article tools, app banners, feedback and poll widgets, article pagers.
  'บันทึก', 'บุ๊กมาร์ก', 'ส่งอีเมล', 'ส่งต่อ', 'ฟังข่าว', 'ฟังบทความ', 'ก-', 'ก+', 'ดาวน์โหลดแอป', 'ดาวน์โหลดแอปพลิเคชัน',
  'มีประโยชน์', 'ไม่มีประโยชน์', 'โหวต', 'ดูผลโหวต', 'ผลโหวต', 'โพลล์', 'ผลสำรวจ', 'ข่าวก่อนหน้า', 'ข่าวถัดไป',
  'บทความก่อนหน้า', 'บทความถัดไป',
  // Reaction counters, albums, you-may-like widgets, government-site footers and tools.
  'ถูกใจ', 'ไลก์', 'อัลบั้มภาพ', 'อัลบั้ม', 'ภาพประกอบข่าว', 'ข่าวที่น่าสนใจ', 'เรื่องที่น่าสนใจ', 'ที่คุณอาจสนใจ', 'อาจสนใจ', 'ข่าวอื่น',
  'หน่วยงานที่เกี่ยวข้อง', 'ลิงก์ที่เกี่ยวข้อง', 'พิมพ์หน้านี้', 'แผนผังเว็บไซต์', 'นโยบายคุ้มครองข้อมูลส่วนบุคคล', 'นโยบายเว็บไซต์',
  'ร่วมงานกับเรา', 'ติดต่อโฆษณา', 'โฆษณากับเรา', 'พื้นที่โฆษณา', 'สปอนเซอร์', 'คอมเมนต์', 'ยอดวิว',
  // Social-network posts scraped without logging in: the login box, post tools, comment threads.
  'อีเมลหรือโทรศัพท์', 'รหัสผ่าน', 'ลืมรหัสผ่าน', 'ลืมบัญชีใช่ไหม', 'สร้างบัญชีใหม่', 'ดูการแปล', 'ดูน้อยลง', 'ตอบกลับ',
  'ความคิดเห็นเพิ่มเติม', 'เกี่ยวข้องมากที่สุด',
  // Portal reaction bars ("😍 ชอบ 12 😂 ตลก 1 …") and clip widgets.
  'ชอบ', 'ตลก', 'ว้าว', 'เศร้า', 'โกรธ', 'ดูคลิป', 'คลิปแนะนำ', 'คลิปที่เกี่ยวข้อง', 'วิดีโอแนะนำ',
];

/** Vietnamese templates (crawled Vietnamese portals republish Thai and English translations). */
const VI = [
  'trang chủ', 'tìm kiếm', 'đăng nhập', 'đăng ký', 'chia sẻ', 'bình luận', 'tin liên quan', 'tin mới', 'tin mới nhất',
  'đọc nhiều', 'đọc nhiều nhất', 'xem thêm', 'xem nhiều', 'cùng chuyên mục', 'cùng chủ đề', 'cùng tác giả', 'bản quyền',
  'liên hệ', 'quảng cáo', 'nền tảng quảng bá việt nam', 'độc lập - tự do - hạnh phúc', 'độc lập', 'tự do', 'hạnh phúc',
  'ảnh', 'video', 'tin tức', 'chuyên mục', 'thời sự', 'kinh tế', 'xã hội', 'thế giới', 'nguồn', 'theo', 'in bài', 'gửi',
  'phản hồi', 'nội dung', 'trở về', 'quay lại', 'đầu trang',
];

export const UI_LEXICON: Readonly<Record<'ko' | 'en' | 'th' | 'vi', readonly string[]>> = { ko: KO, en: EN, th: TH, vi: VI };

/**
 * Headings of list widgets: a line like this starts a block of headlines that are not the article
 * ("related", "most read", "Top 10", "same category"). Whatever follows it until the next long paragraph
 * is a list, not body.
 */
export const LIST_HEADINGS: readonly string[] = [
  '관련기사', '관련 기사', '관련뉴스', '관련 뉴스', '많이 본 뉴스', '많이본뉴스', '많이 본 기사', '주요뉴스', '주요 뉴스', '인기기사',
  '최신기사', '추천기사', '이 시각 주요뉴스', '실시간 인기', '포토뉴스', '기자의 다른 기사',
  'related articles', 'related stories', 'related news', 'more stories', 'more news', 'most read', 'most popular',
  'most viewed', 'top stories', 'top 10 stories', 'trending', 'recommended', 'latest news', 'you may also like',
  'read more', 'editor\'s picks', 'more from', 'also read', 'related article', 'related story', 'related post',
  'related posts', 'related content', 'related coverage', 'read also', 'see also', 'more on this',
  'ข่าวที่เกี่ยวข้อง', 'ข่าวเกี่ยวข้อง', 'เรื่องที่เกี่ยวข้อง', 'บทความที่เกี่ยวข้อง', 'ข่าวล่าสุด', 'ข่าวยอดนิยม', 'อ่านมากที่สุด',
  'ข่าวแนะนำ', 'หัวข้อเดียวกัน', 'หมวดหมู่เดียวกัน', 'ผู้เขียนเดียวกัน', 'อ่านข่าวที่เกี่ยวข้อง',
  'ข่าวที่น่าสนใจ', 'เรื่องที่น่าสนใจ', 'บทความที่น่าสนใจ', 'ข่าวที่คุณอาจสนใจ', 'เรื่องที่คุณอาจสนใจ', 'บทความที่คุณอาจสนใจ',
  'คลิปแนะนำ', 'คลิปที่เกี่ยวข้อง', 'วิดีโอแนะนำ', 'วิดีโอที่เกี่ยวข้อง',
  'คุณอาจสนใจ', 'ข่าวอื่น ๆ', 'ข่าวอื่นๆ', 'ข่าวอื่น', 'บทความแนะนำ', 'ข่าวเด่น', 'ข่าวที่คุณอาจพลาด',
  'tin liên quan', 'đọc nhiều', 'cùng chuyên mục', 'cùng chủ đề', 'cùng tác giả', 'tin mới nhất',
];

/**
 * Headings of summary boxes above or inside the article: machine summaries of portals ("자동요약", "본문 요약봇"),
 * key-point boxes of newspapers and think tanks ("Key takeaways", "ประเด็นสำคัญ"). The heading and the tight lines
 * under it restate the article: they are a deck, not body.
 */
export const SUMMARY_HEADINGS: readonly string[] = [
  'key points', 'key takeaways', 'takeaways', 'key findings', 'highlights', 'summary', 'in brief', 'at a glance', 'tl;dr',
  'ai summary', '자동요약', '자동 요약', '요약', '요약보기', '요약봇', '본문 요약봇', 'ai 요약', '3줄 요약', '세줄 요약', '세 줄 요약',
  '핵심 요약', '한눈에 보기', 'ประเด็นสำคัญ', 'สรุปประเด็น', 'สรุปข่าว', 'สาระสำคัญ', 'ไฮไลต์', 'tóm tắt',
];

/** Field labels that name the headline in board (게시판) and government view tables: "제목 | <headline>". */
export const TITLE_LABELS: readonly string[] = ['제목', '글제목', '보도제목', 'title', 'subject', 'หัวข้อ', 'หัวข้อข่าว', 'ชื่อข่าว', 'เรื่อง', 'ชื่อเรื่อง', 'tiêu đề'];

/**
 * Field labels of board (게시판) view tables and contact boxes. Table-layout egov skins letter-space them to
 * fill their column ("제 목", "작 성 자", "등 록 일", "첨 부 파 일"); a run of single syllables that joins into
 * one of these is read as the label (see joinSpacedLabel in lines.ts).
 */
export const BOARD_FIELD_LABELS: readonly string[] = [
  '제목', '글제목', '보도제목', '작성자', '작성부서', '작성일', '등록일', '등록자', '게시일', '수정일', '조회', '조회수',
  '첨부', '첨부파일', '첨부자료', '담당', '담당부서', '담당자', '부서', '부서명', '연락처', '전화', '전화번호', '문의',
  '문의처', '분류', '구분', '번호', '출처', '글쓴이', '일자', '날짜', '배포일', '배포일시', '보도일', '공고번호',
  // Header and contact tables of press releases (보도시점 | …, 배포 | …, 책임자 | 과장 …).
  '보도시점', '보도일시', '배포', '책임자',
];
