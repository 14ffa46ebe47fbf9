/**
 * Line-level patterns for page furniture that survives inside an article container or a scraped text:
 * bylines and reporter signatures, photo captions and credits, copyright and closing lines, metadata
 * lines. Kept as data; `lines.ts` applies them. Each is anchored on the shape of the whole line so that a
 * body sentence that merely mentions a photo or a reporter is not caught.
 */

/** Copyright / reuse notices. */
export const COPYRIGHT = [
  /ⓒ|©|\(c\)\s*\d{4}|copyright\b|all rights reserved/i,
  /무단\s*(?:전재|복제|배포|사용|게재)|재배포\s*금지|저작권자|저작권법/,
  // Korea Open Government Licence notices under public-sector pages ("공공누리 제1유형 … 이용할 수 있습니다").
  /공공누리|open government licen[cs]e|\bKOGL\b/i,
  /สงวนลิขสิทธิ์|ลิขสิทธิ์\s*©?/,
  /bản quyền/i,
];

/** Closing markers of wire copy and press releases: "(END)", "– ENDS –", "- 끝 -", "-30-", "###", and the
 * outlet's closing mark "— VNS", "— VIO", "/AFP". */
export const END_MARKER = /^(?:[([<〈/\-–—]?\s*(?:END|끝|ends|-?\s*30\s*-?)\s*[)\]>〉/\-–—]?|#{3,}|\*{3,}|-{3,}|={3,}|[—–-]\s*[A-Z]{2,6}(?:\s*\/\s*[A-Z]{2,6})?\.?)$/i;
/** The markers after which a press release or wire story has no more body (the "About us" box, media
 * contacts, notes to editors follow). Not the bare rules (*** / --- / ===), which also separate sections. */
export const BODY_END_MARKER = /^(?:[([<〈/\-–—]?\s*(?:END|끝|ends|-?\s*30\s*-?)\s*[)\]>〉/\-–—]?|#{3,})$/i;

/**
 * Headings that open a press release's closing boilerplate after its body ("Notes to editors", "About the ILO",
 * "About ADB", "<회사 소개>"): the organisation profile, media contacts and editor's notes follow, not body.
 * An "About" heading must name something (a capitalised word), so "About 200 people…" is not one.
 */
export const BOILERPLATE_HEADING = [
  /^(?:notes?\s+(?:to|for)\s+(?:the\s+)?editors?|editor(?:['’]?s)?\s+notes?)\s*[:：]?$/i,
  /^(?:About|ABOUT)\s+(?:the\s+|THE\s+)?\p{Lu}[\p{L}\p{N}&.'’ -]{0,40}$/u,
  /^[<〈【[]\s*(?:회사|기관|재단|기업)\s*(?:소개|개요)\s*[>〉】\]]$/u,
  // A release's appendix after its body, in brackets with an optional number and name ("<붙임 1> 참고자료", "[별첨] 행사
  // 개요"): the attached material, not the release. (The unbracketed "붙임 1. …" list line is an attachment line.)
  /^[<〈【[]\s*(?:붙임|별첨)\s*\d{0,2}\s*[>〉】\]]\s*[\p{L}\s·]{0,20}$/u,
  // A media-contact heading alone on its line, the contact card under it: "For media enquiries, please contact:",
  // "Media contacts", "For more information, please contact:". (With a number on the line it is a contact line.)
  /^(?:for\s+(?:further\s+|more\s+)?(?:media|press)\s+(?:enquiries|inquiries|queries)|(?:media|press)\s+(?:contacts?|enquiries|inquiries|queries)|for\s+(?:further|more)\s+information)(?:\s*,?\s*(?:please\s+)?contact)?\s*[:：]?$/i,
];

/** Reporter signatures: "Jun Ji-hye jjh@koreatimes.co.kr", "김다은 기자 kde@yna.co.kr", "/홍길동 기자". */
export const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
export const KO_REPORTER = /^[/【[(]?\s*(?:[가-힣]{2,4}\s*)(?:[가-힣]{2,4}\s*)?(?:기자|특파원|객원기자|선임기자|전문기자|편집위원|논설위원|통신원|인턴기자|PD|앵커)(?:\s|$|[\]】)=,·]|$)/;
/** A byline line in English: "By Park Han-na", "By Jun Ji-hye (jjh@…)", "Reporting by …". */
export const EN_BYLINE = /^(?:by|written by|reporting by|reported by|story by|words by|(?:staff\s+)?reporter|correspondent|staff writer)\s+[\p{Lu}\p{Lo}]/iu;
/** Thai bylines: ผู้เขียน, โดย, เรื่อง/ภาพ, ข่าวโดย, รายงานโดย, กองบรรณาธิการ. */
export const TH_BYLINE = /^(?:ผู้เขียน|ผู้เรียบเรียง|เรียบเรียงโดย|เขียนโดย|ข่าวโดย|รายงานโดย|โดย|(?:เรื่อง|ข่าว)\s*(?:และ|\/)\s*ภาพ|ภาพ\s*(?:และ|\/)\s*(?:เรื่อง|ข่าว)|(?:เรื่อง|ข่าว|ผู้สื่อข่าว)\s*[:：])\s*[:：]?\s*\S/;
/** Korean feature / webzine credits: "글·사진 편집실 홍길동", "글/사진=홍길동 기자", "글=홍길동". Two credit words joined
 * by a separator, or "글" with "=" / ":", so that sentences opening with "사진 속 …" or "정리하면" stay body. */
export const KO_FEATURE_CREDIT = /^(?:(?:글|사진|정리|취재|그림)\s*[·ㆍ/,]\s*(?:글|사진|정리|취재|그림)\s*[=:：]?|글\s*[=:：])\s*[가-힣A-Za-z]/;

/** Roles in the production credits of broadcast news reports. */
const BROADCAST_ROLE =
  '촬영\\s*기자|영상\\s*취재|영상\\s*촬영|영상\\s*편집|영상\\s*디자인|촬영|편집|그래픽|자막|카메라|CG|VJ|camera(?:\\s*operator)?|video\\s*editing|editing|graphics';

/** One or more names after a credit role: "홍길동", "김철수·이영희", "Kim Su-jin". */
const CREDIT_NAMES = '[가-힣A-Za-z][가-힣A-Za-z .·,]{0,30}';

/** Closing source / translator lines ("* unofficial translation", "Translated by:", "ที่มา:", "출처:"). */
export const SOURCE_LINE = [
  /^\*?\s*(?:unofficial|informal)\s+translation\b/i,
  /^(?:translated|translation|edited|compiled|written|photos?)\s+by\b/i,
  /^(?:source|sources|credit|credits|photo credit)\s*[:：]/i,
  /^(?:ที่มา|แหล่งที่มา|แหล่งข่าว|ขอบคุณ(?:ข้อมูล|ภาพ)?|อ้างอิง|เครดิต)\s*[:：]/,
  // "ข้อมูล : สำนักงาน…", "ข้อมูลจาก: …", "ที่มาข้อมูล : …", "ขอบคุณข้อมูลจาก: …" (a colon makes the label a field).
  /^(?:ขอบคุณ)?(?:ที่มา)?(?:ข้อมูล|ภาพ)(?:และภาพ)?(?:จาก|โดย|ประกอบ)?\s*[:：]/,
  /^(?:출처|자료\s*제공|사진\s*제공|번역|문의|보도\s*문의|담당\s*부서|담당자)\s*[:：=]/,
  /^(?:nguồn|theo)\s*[:：]/i,
  // Production credits closing a broadcast report: "촬영기자:홍길동/영상편집:김철수/그래픽:이영희",
  // "영상취재 박민수 / 편집 이하나", "Camera: Kim Su / Editing: Lee Na".
  // A colon after the role, or at least two "/"-separated role segments.
  new RegExp(`^(?:${BROADCAST_ROLE})\\s*[:：]\\s*${CREDIT_NAMES}(?:\\s*[/|]\\s*(?:${BROADCAST_ROLE})\\s*[:：]?\\s*${CREDIT_NAMES})*$`, 'i'),
  new RegExp(`^(?:${BROADCAST_ROLE})\\s*[:：]?\\s*${CREDIT_NAMES}(?:\\s*[/|]\\s*(?:${BROADCAST_ROLE})\\s*[:：]?\\s*${CREDIT_NAMES})+$`, 'i'),
];
/** The same labels without a colon ("ที่มา กระทรวงแรงงาน", "출처 행정안전부") — only on short lines, since
 * "แหล่งข่าว ระบุว่า…" ("a source said…") and "문의 전화가…" open ordinary sentences. */
export const SOURCE_LINE_BARE = /^(?:ที่มา|แหล่งที่มา|ขอบคุณข้อมูล(?:จาก)?|ขอบคุณข่าว(?:จาก)?|ขอบคุณภาพ(?:จาก)?|ข้อมูลจาก|เรียบเรียง(?:ข้อมูล)?จาก|อ้างอิง(?:ข้อมูล)?จาก|ข้อมูลอ้างอิง|เครดิต(?:ข้อมูล|ภาพ)?|출처|자료\s*제공|사진\s*제공|nguồn)(?:\s|$)/i;

/** Attachment notices: "붙임 1. …", "첨부파일", "Attachment:", "เอกสารแนบ". */
export const ATTACHMENT = /^(?:붙임|첨부|첨부\s*파일|첨부\s*자료|attachments?|attached files?|เอกสารแนบ|ไฟล์แนบ|tệp đính kèm)\s*(?:[:：.]|\d|\s|$)/i;

/** Contact lines: a name or office with a phone number ("사무관 김유리 (044-205-2745)", "โทร. 0 2033 9999",
 * "Tel: +82-2-123-4567"). Only short lines; a hotline inside a sentence stays. */
/** Media-contact boxes of press releases: "Media contact: …", "Media enquiries:", "For media inquiries, …",
 * "언론 문의 :", "ติดต่อสื่อมวลชน :". With a phone number or e-mail address, up to LINE_LIMITS.contactMaxLength × 2. */
export const MEDIA_CONTACT = /^(?:(?:for\s+)?(?:media|press)\s+(?:contacts?|enquiries|inquiries)|언론\s*문의|취재\s*문의|ติดต่อสื่อมวลชน|ผู้ประสานงานสื่อ)\s*[:：,]/i;
export const CONTACT_LABEL = /(?:tel|phone|fax|e-?mail|โทร|โทรศัพท์|อีเมล|전화|팩스|이메일|문의)\s*[.:：]?\s*[+\d\w]/i;
export const PHONE = /(?:\+?\d{1,3}[-\s.]?)?(?:\(?0\d{1,2}\)?[-\s.]?)\d{3,4}[-\s.]\d{4}\b|(?:tel|phone|fax|โทร|โทรศัพท์|전화|팩스)\s*[.:：]?\s*\+?\d[\d\s-]{5,}/i;

/** "Read more: <headline>" teasers inside or after the body, and a video or audio item's label ("Watch: <headline>"). */
export const READ_MORE = /^(?:[☞▶▷►»]\s*)?(?:read more|also read|read also|see also|related|more on this|watch|video|listen|podcast|อ่านเพิ่มเติม|อ่านต่อ|อ่านข่าว(?:ที่เกี่ยวข้อง)?|คลิกอ่าน|(?:ดู|ชม)?(?:คลิป|วิดีโอ)|ข่าวที่เกี่ยวข้อง|관련\s*기사|관련\s*뉴스|함께\s*보면\s*좋은\s*기사|xem thêm|đọc thêm|tin liên quan)\s*[:：>»|]/i;

/** Print-edition jump lines on archive pages, where the article breaks across printed pages: "RICE: Continued on
 * Page A4", "(Continued on page 6)", "See RICE, Page A4", "Turn to Page 5" (PAGE_JUMP_TO) and "Continued from Page A1",
 * "From page 1" (PAGE_JUMP_FROM). Whole line; an optional slug before a colon. */
const PAGE_REF = String.raw`(?:page|p\.|pg\.?)\s*[A-Z]?\d{1,3}[A-Z]?\s*[)\]]?\.?$`;
const JUMP_SLUG = String.raw`^(?:[^\s:：][^:：]{0,30}[:：]\s*)?[(\[]?\s*`;
export const PAGE_JUMP_TO = new RegExp(String.raw`${JUMP_SLUG}(?:continued\s+on|cont['’]?d\.?\s+on|turn\s+to|see\s+[^,]{1,40},)\s+${PAGE_REF}`, 'i');
export const PAGE_JUMP_FROM = new RegExp(String.raw`${JUMP_SLUG}(?:continued\s+from|cont['’]?d\.?\s+from|from)\s+${PAGE_REF}`, 'i');

/** A printed page's folio as archive pages reproduce it, in capitals: page code, paper name, edition date
 * ("A4 CHAO PHRAYA GAZETTE TUESDAY, MARCH 11, 2025", "PAGE 6 | THE DAILY LEDGER | MONDAY, JUNE 2, 2025"). */
export const PRINT_FOLIO = /^(?:PAGE\s+)?[A-Z]?\d{1,3}[A-Z]?\s+[^\p{Ll}]+$/u;

/** The page counter a PDF-to-text export leaves at each page break: "Page 2 of 3", "Page 2", "- 2 -". (Bare
 * "2 / 3" is left to gallery counters.) */
export const PAGE_COUNTER = /^(?:page\s+\d{1,3}(?:\s+of\s+\d{1,3})?|-\s*\d{1,3}\s*-)$/i;

/** A pull quote set on a line of its own: a quotation and a dash with its speaker ("“Too much is lost” — Name, Company").
 * Group 1 is the quoted words, which the body repeats. */
export const PULL_QUOTE_LINE = /^["“‘]([^"“”]{10,200})["”’]\s*[—–―-]\s*\p{Lu}[^.!?]{0,80}$/u;

/** In-article ad slots and "read on" markers left on a line of their own between paragraphs ("Advertisement",
 * "Story continues below advertisement", "Continue reading", "โฆษณา", "광고"). Whole line. */
export const AD_SLOT_LINE = /^(?:advertisement|sponsored|ads?|(?:story|article)\s+continues\s+below(?:\s+advertisement)?|continue\s+reading|keep\s+reading|โฆษณา|광고)$/i;

/** A bare personal name in Latin script, two to four capitalised words ("Nadia Rahman", "Lee Jae-hoon"): a byline
 * when it sits straight over the dateline. */
export const NAME_LINE = /^\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+\p{Lu}[\p{Ll}\p{M}'’.-]*){1,3}$/u;

/** Photo captions and credits. */
export const CAPTION = [
  // Korean wire credit closing a caption: "[코이카 제공. 재판매 및 DB 금지]", "(사진=연합뉴스)", "/연합뉴스".
  /재판매\s*및\s*DB\s*금지/,
  // A credit after a slash closing the caption: "… 내리고 있다. /충북교육청 제공", "… /사진=연합뉴스".
  /\/\s*(?:사진\s*[=:：]\s*[^/]{1,30}|[^/\s][^/]{0,30}(?:제공|촬영))\s*$/u,
  /[[(〔【]\s*[^\])〕】]{0,40}(?:제공|촬영)\s*[\])〕】]\s*$/,
  // An unbracketed credit after the caption's last full stop: "… 설치된 광학망원경. 한국천문연구원 제공". A body
  // sentence ends on its verb ("…을 제공했다."), not on a bare "제공".
  /[.。]\s+[^.\s][^.]{0,30}\s(?:제공|촬영)$/u,
  /^[[(〔【<]?\s*(?:사진|그림|이미지|자료사진|사진자료|캡처|그래픽|인포그래픽)\s*[=:：]/,
  /[[(〔【]\s*(?:사진|사진\s*제공|그래픽|자료)\s*[=:：][^\])〕】]*[\])〕】]\s*$/,
  /^(?:photo|image|picture|graphic|infographic|file photo)\s*[:：]/i,
  /\/\s*(?:courtesy of|photo by|photo courtesy of)\b[^/]*$/i,
  /\((?:[^()]{0,60}\/)?\s*(?:yonhap|newsis|news1|afp|ap|reuters|epa|getty images|xinhua|ebs|the korea herald|korea herald|the korea times|korea times|bangkok post|the nation)\s*\)\s*$/i,
  /(?:^|[\s-–—])(?:ภาพ|รูป|ภาพประกอบ|ภาพจาก|ขอบคุณภาพ)\s*[:：]\s*\S[^.]{0,60}$/,
  /^[(（]?\s*(?:ภาพประกอบ|ภาพจาก|ภาพ\s*:)/,
  // A credit in brackets closing the line: "(ภาพ: ทีมข่าว)", "(사진: 연합뉴스)", "(Photo: Reuters)".
  /[(（[]\s*(?:ภาพ|รูป|ที่มาภาพ|แฟ้มภาพ|photo|image|사진|자료사진)\s*(?:[:：=][^)）\]]{1,60})?[)）\]]\s*$/i,
  // "… (ภาพจาก iStock)", "(ภาพโดย ทีมข่าว)", "(รูปจาก Freepik)": a bracketed Thai credit without a colon.
  /[(（[]\s*(?:ภาพ|รูป)(?:ประกอบ)?(?:จาก|โดย)\s*[:：]?\s*[^)）\]]{1,60}[)）\]]\s*$/,
  /-\s*ảnh\s*\d*\.?\s*$/i,
  // Agency credits inside a caption: "REUTERS/Wirat Chanthong", "AFP/Getty", "(File photo)", "Purchase Licensing Rights".
  /\b(?:REUTERS|AFP|AP|EPA|YONHAP|XINHUA|BLOOMBERG|GETTY IMAGES|ANADOLU)\s*\/\s*[\p{Lu}]/u,
  /[(（]\s*(?:file\s+)?(?:photo|image|picture)s?(?:\s*[:=][^)）]*)?\s*[)）]\s*$/i,
  /\bfile photo\b|purchase licensing rights/i,
  /^ảnh\s*[:：]/i,
  // A credit closing the caption without a slash: "… Cà Mau Province. Photo by VnTimes/Trần Minh", "… in Khon Kaen.
  // Photo: Daeyang Agritech". Only after a sentence end (or alone), and the credit must start with a capital or a digit.
  /(?:^|[.!?)]\s+)(?:[Pp]hoto|[Pp]hotograph|[Pp]icture|[Ii]mage|PHOTO)s?(?:\s+(?:by|BY|courtesy of)\s+|\s*[:：]\s*)[\p{Lu}\p{Lt}\d][^.]{0,60}$/u,
];

/**
 * A caption closing on its credit in brackets after its last sentence: "… Geoje Island. (Hanwha Ocean)",
 * "… on Monday. (Courtesy of Seoul Metropolitan Government)". A body paragraph ends on the sentence; only
 * short lines (LINE_LIMITS.creditCaptionMaxLength) are tested.
 */
export const CAPTION_CLOSING_CREDIT =
  /[.!?]\s*[(（]\s*(?:courtesy of\s+|photo\s*[:=]?\s*)?\p{Lu}[\p{L}\p{M}&.'’-]*(?:\s+(?:of\s+|and\s+|&\s+)?\p{Lu}[\p{L}\p{M}&.'’-]*){0,5}\s*[)）]\s*$/u;

/**
 * A gallery's slide counter ("ภาพที่ 2 จาก 6", "Photo 2 of 6", "사진 3/8"): the line under it is that slide's caption.
 */
export const GALLERY_COUNTER = /^(?:ภาพที่|รูปที่|ภาพ|รูป|photo|image|picture|slide|사진|이미지)\s*[\d๐-๙]{1,3}\s*(?:จาก|of|\/)\s*[\d๐-๙]{1,3}$/iu;

/** A media player's clock ("00:00 / 04:12", "1:05/3:40"): the player bar of an audio or video widget. */
export const PLAYER_CLOCK = /(?:^|\s)\d{1,2}:\d{2}\s*\/\s*\d{1,2}:\d{2}(?:\s|$)/;

/** A caption pointer opening the line under a photo ("▲ 박정훈 대사(왼쪽)와 …", "△ …"): Korean editors' caption mark. */
export const CAPTION_POINTER = /^[▲△▴↑]\s*\S/u;

/** A web board's poster line: the member number standing for the poster's name ("สมาชิกหมายเลข 6612048"). */
const POSTER_ID = /^สมาชิกหมายเลข\s*[\d๐-๙]+$/;
/** The label of a post's signature or a CMS's "submitted" line. */
const POSTED_BY = String.raw`(?:posted by|submitted by|โพสต์โดย|ผู้โพสต์|ส่งโดย)`;

/** The signature a forum or blog sets under a post, over the posting time: a member number or a "posted by" line. */
export const POSTER_LINE = [POSTER_ID, new RegExp(String.raw`^${POSTED_BY}\s*[:：]?\s*\S+(?:\s+\S+){0,2}$`, 'i')];

/** Metadata lines: dates, view counts, "Date : … Read : …". Tested on short lines only; labels that can
 * open a sentence ("วันที่", "등록", "수정") count only when a date or a colon follows. */
export const META_LINE = [
  /^(?:date|posted|published|updated|modified|created|released|issued|read|views?|hits|reads)\s*(?:on)?\s*[:：]/i,
  /\b(?:read|views?|hits)\s*[:：]\s*[\d,]+\s*$/i,
  /^(?:입력|기사입력|최종수정|수정|등록|등록일|작성일|게재일|발행일|승인|업데이트|송고|보도일|배포일|일자|날짜)\s*[:：]?\s*(?:\d{2,4}\s*[.\-/년]|\d{1,2}\s*[:시])/,
  /^(?:조회|조회수)\s*[:：]?\s*[\d,]+/,
  // Field rows of board view tables: "작성자 해외사업처", "글쓴이 : 홍보팀", "Posted by Communications Office".
  /^(?:작성자|작성부서|글쓴이|등록자|게시자|담당부서|부서명|posted by|author|ผู้โพสต์|โพสต์โดย)(?:\s*[:：]\s*|\s+)[^\s.!?。]+(?:\s+[^\s.!?。]+){0,3}$/i,
  /(?:조회수?|추천수?|댓글)\s*[:：]?\s*[\d,]+\s*$/,
  /^(?:เผยแพร่|ลงวันที่|โพสต์|อัปเดต|อัพเดต|ปรับปรุง|แก้ไขล่าสุด|ผู้ชม|เข้าชม|จำนวนผู้เข้าชม)\s*(?:[:：]|(?:เมื่อ)?\s*(?:วัน|[\d๐-๙]))/,
  /(?:ผู้ชม|เข้าชม|เปิดอ่าน|อ่าน|views?|reads?|hits)\s*[:：]?\s*[\d,]+\s*(?:ครั้ง|times)?\s*$/i,
  /^(?:ngày đăng|cập nhật|đăng lúc)\s*[:：]?/i,
  // Thai classification rows of a news record: "ประเภทข่าว : ข่าวกิจกรรม", "หมวดหมู่ : ข่าวสมาคม", "ประเทศ : เกาหลีใต้".
  /^(?:ประเภท(?:ข่าว)?|หมวด(?:หมู่)?(?:ข่าว)?|ประเทศ|ภูมิภาค)\s*[:：]\s*[^\s:：.!?]+(?:\s+[^\s:：.!?]+){0,3}$/,
  // A CMS's "submitted" line (Drupal: "Submitted by admin on Fri, 02/14/2025 - 10:12", Thai locale "ส่งโดย … เมื่อ …").
  new RegExp(String.raw`^${POSTED_BY}\s+\S+(?:\s+\S+){0,3}\s+(?:on|เมื่อ)\s+.*[\d๐-๙]`, 'i'),
  POSTER_ID,
  // A release's reference number on a line of its own: "Statement No. 2025-118", "Press Release No. 45/2025", "Ref. No.: MFA/118".
  /^(?:(?:press|media|news)\s+)?(?:statement|release|notice|bulletin|advisory|circular|ref(?:erence)?)\.?\s*(?:no\.?|number|#)\s*[:：]?\s*[\w\-/.]+$/i,
];

/** A wire dateline or credit that opens the lede stays in the body (annotation rule), even though it
 * looks like a byline: "(서울=연합뉴스) 김다은 기자 =", "SEOUL, Dec. 10 (Yonhap) --", "BUSAN --". */
export const LEDE_DATELINE = [
  /^[(（]\s*[가-힣A-Za-z·\s]{1,20}\s*=\s*[^)）]{1,20}[)）]/,
  /^[A-Z][A-Z .'-]{1,30}(?:,\s*[A-Z][a-z]{2,4}\.?\s*\d{1,2})?\s*(?:\([^)]{1,30}\))?\s*(?:--|—|–)/,
];

/** Ends like a sentence: . ! ? … (also inside closing quotes/brackets), Korean 다, CJK 。 */
export const SENTENCE_END = /(?:[.!?。！？…]|다)[\s"'”’»)\]]*$/u;
/** Ends like a body sentence rather than a headline: a full stop. Headlines end in "?" and "!", and Korean
 * headlines in a bare verb ("…축구교실 40곳 연다", "…수주했다") — body sentences close those with "다.". */
export const HEADLINE_SENTENCE_END = /[.。](?:[\s"'”’»)\]])*$/u;

/**
 * A <title> that is the name the document was saved under, as word processors (Hancom, Word) export it: words joined
 * by underscores without a space ("250520(조간)_기상청_보도자료"), or a name ending on a document extension. Its words
 * still tell what the document is about, but it is never the headline itself.
 */
export const SAVED_FILE_NAME = /^\S+_\S+$|\.(?:hwpx?|docx?|odt|rtf|pdf)$/i;

/** Item markers of press releases and notices: □ ■ ㅇ ○ ◦ ° ※ * -, "1.", "가.", "(1)". */
export const BODY_MARKER = /^(?:[□■ㅇ○◦°※*◎▷]\s|[-–]\s|\d{1,2}[.)]\s|[가-하][.)]\s|\(\d{1,2}\)\s)/u;

/** A byline that follows other metadata on the same line ("12 มีนาคม 2024 โดย กองบรรณาธิการ",
 * "Published … · By Kim"). */
export const INLINE_BYLINE = /(?:^|[\s|·•,])(?:By|โดย|ผู้เขียน)\s*[:：]?\s*[^|·•,\d]{2,40}$/u;

/** A broadcast reporter's sign-off closing the transcript: "KBS 뉴스 홍길동입니다.", "연합뉴스TV 김철수 기자입니다."
 * The station is a Latin acronym (KBS, MBC, YTN, JTBC…), one after a Hangul place or brand name (부산MBC, a local
 * radio's "○○FM"), a Hangul name ending in 방송 followed by 뉴스 ("○○방송 뉴스": "공영방송 위기입니다." is a sentence),
 * or a named news channel. Group 1 is the name. */
export const KO_SIGNOFF =
  /^(?:[가-힣]{0,6}[A-Z]{2,}[A-Za-z0-9]*|[가-힣]{1,8}방송\s?뉴스|채널\s?A|연합뉴스(?:TV)?)(?:\s?(?:뉴스|NEWS|News|TV)\d*){0,2}\s+([가-힣]{2,4})(?:\s*(?:기자|특파원|앵커))?\s*(?:입니다|였습니다|이었습니다)\.?$/;

/** A broadcast anchor's hand-off to the report: "홍길동 기자가 보도합니다.", "김철수 특파원이 전합니다." It names the
 * reporter (a byline), not the news. Group 1 is the name. */
export const KO_HANDOFF =
  /^([가-힣]{2,4})\s*(?:기자|특파원|앵커)(?:가|이)\s*(?:보도합니다|전합니다|전해\s?드립니다|취재했습니다|알아봤습니다|다녀왔습니다|정리했습니다)\.?$/;

/** A media placeholder left where a photo, graphic, table or video sat between paragraphs: "[그래픽] 국적별 비중",
 * "[표] 방문객 현황", "<영상> … (00:58)", "[Photo] …". A bracketed media label opens the line. */
export const MEDIA_PLACEHOLDER =
  /^[[【〔<〈]\s*(?:사진|자료사진|사진자료|그래픽|인포그래픽|표|도표|그림|지도|영상|동영상|오디오|photo|graphic|infographic|table|chart|map|video|audio)\s*\d{0,2}\s*[\]】〕>〉]/i;

/** Segment markers of a broadcast transcript on a line of their own: "[앵커]", "[기자]", "[리포트]", "[앵커 멘트]",
 * "[인터뷰]", "[녹취]". Labels of who speaks next, not words of the report. */
export const TRANSCRIPT_MARKER =
  /^[[【〔]\s*(?:앵커|기자|리포트|앵커\s?멘트|앵커\s?리포트|인터뷰|녹취|현장음|스탠드업|자막|anchor|reporter|sot|vo)\s*[\]】〕]$/i;

/** A transcript's speaker caption: "정수빈 / 부산항만공사 물류기획팀장", "[인터뷰:정수빈/○○대 교수]" — a Hangul
 * name, a slash, the affiliation and title, no sentence punctuation. Short lines only (LINE_LIMITS.speakerCaptionMaxLength). */
export const SPEAKER_CAPTION = /^[[【]?\s*(?:(?:인터뷰|녹취)\s*[:：]?\s*)?[가-힣]{2,4}\s*\/\s*[^/\]】.!?"“”]{2,40}[\]】]?$/u;

/** News-tip solicitations closing an article ("○○는 여러분의 제보를 기다립니다", "Got a tip? …",
 * "แจ้งข่าวได้ที่ …"). Short lines only. */
export const TIP_LINE = [
  /제보를?\s*(?:기다립니다|받습니다|기다리고\s*있습니다)/,
  // Broadcasters' tip-box slogan: "'당신의 제보가 뉴스가 됩니다'".
  /제보가\s*(?:뉴스가|기사가)\s*됩니다/,
  /^[▷▶☞]?\s*(?:독자\s*)?(?:기사\s*)?제보\s*(?:하기|전화|메일|방법|안내)?\s*[:：▷]/,
  /^(?:got|have) a (?:news )?tip\b|\bsend us (?:your )?(?:news )?tips\b|^news tips?\s*[:：]/i,
  /^(?:แจ้งข่าว|ส่งข่าว|แจ้งเบาะแส)(?:สาร)?\s*(?:ได้ที่|มาที่|ที่|[:：])/,
];

/**
 * Calls to action placed inside or after the article: newsletter sign-up, subscription and donation
 * boxes, "follow us on LINE / Facebook" lines. Per language, as data; short lines only (see
 * LINE_LIMITS.promoMaxLength). Each pattern names the reader-directed request itself ("sign up",
 * "unsubscribe anytime", "독자 후원", "후원하기", "ติดตาม…ได้ที่"), not a topic word, so a sentence about
 * a company's newsletter or a ministry's sponsorship stays in the body.
 */
export const PROMO_LINE: Readonly<Record<'en' | 'ko' | 'th' | 'vi', readonly RegExp[]>> = {
  en: [
    /^(?:get|receive|sign up for|subscribe to|join)\b.{0,80}\b(?:in|to) your inbox\b/i,
    /^(?:sign up|subscribe)\b.{0,40}\b(?:newsletters?|briefings?|alerts)\b/i,
    /\bunsubscribe\s+(?:at\s+)?any\s*time\b|\bno spam\b[,.]/i,
    /\b(?:support|fund) (?:our|independent|quality) (?:journalism|reporting)\b|^(?:donate|become a (?:member|supporter|subscriber))\b/i,
    /^(?:follow|like)\s+(?:us|\S+(?:\s+\S+){0,3})\s+on\s+(?:facebook|x|twitter|line|instagram|youtube|tiktok|telegram|whatsapp|google news)\s*[.!:]?\s*$/i,
  ],
  ko: [
    // 독자 후원 / 후원하기 / 후원계좌 / 후원회원 가입 / 여러분의 후원·구독
    /독자\s*(?:여러분의?\s*)?후원|여러분의\s*(?:후원|구독|응원)|후원\s*하기|후원\s*계좌|후원\s*회원\s*(?:가입|되기)|후원해\s*주(?:세요|십시오)/,
    /뉴스레터\s*(?:를\s*)?(?:구독|신청)|(?:구독|신청)\s*하기\s*$|메일로\s*받아\s*보세요/,
  ],
  th: [
    // "ติดตามข่าวสาร … ได้ที่ …", "ติดตามไทยวันนี้ทาง LINE", "กดติดตามเพจ Facebook", "เพิ่มเพื่อน LINE"
    /^(?:ติดตาม|เกาะติด)(?:ข่าว(?:สาร)?|เรา|ช่องทาง)?.{0,80}ได้ที่/,
    // "ติดตามข่าวสาร<site>ได้ทุกช่องทาง", "…ได้ทาง LINE / ผ่านแอป"
    /^(?:ติดตาม|เกาะติด).{0,60}ได้(?:ทุก|ทาง|ผ่าน)\s*(?:ช่องทาง|แพลตฟอร์ม|โซเชียล|LINE|ไลน์|Facebook|เฟซบุ๊ก|YouTube|TikTok|แอป)/i,
    /^(?:ติดตาม|เกาะติด).{0,40}(?:ทาง|ผ่าน|บน)\s*(?:LINE|ไลน์|Facebook|เฟซบุ๊ก|เฟสบุ๊ก|YouTube|ยูทูบ|TikTok|ติ๊กต็อก|X|Twitter|Instagram|IG|แอป)/i,
    /^กด\s*(?:ติดตาม|ไลก์|ถูกใจ|แชร์|ซับ)/,
    /^(?:เพิ่มเพื่อน|แอดไลน์|สมัครรับข่าวสาร)/,
  ],
  vi: [/^(?:theo dõi|đăng ký nhận)\b.{0,60}\b(?:trên|qua|tại|bản tin)\b/i],
};

/**
 * Follow-us rows of a social box: a platform label, a colon and a handle or channel name ("LINE OA : @site",
 * "TikTok : @site.news", "YouTube : Site Channel", "เพจ : ข่าวเชียงใหม่"). Short lines only
 * (LINE_LIMITS.socialHandleMaxLength); a sentence about a platform has no label-colon shape.
 */
export const SOCIAL_HANDLE_LINE =
  /^(?:LINE(?:\s*(?:OA|Official(?:\s*Account)?|ID))?|ไลน์(?:\s*OA)?|Facebook(?:\s*(?:Page|Fanpage))?|เฟซบุ๊ก|เฟสบุ๊ก|แฟนเพจ|เพจ|TikTok|ติ๊กต็อก|YouTube|ยูทูบ|X|Twitter|Instagram|IG|Threads|Telegram|Blockdit)\s*[:：]\s*(?:@[\w.\-]+|[\p{L}\p{N}@][\p{L}\p{M}\p{N}@ ._\-]{0,40})$/iu;

/** A bare Follow button ("ติดตาม", "Follow", "팔로우"). Right under a name's date line it makes "name / date / Follow" the
 * header of a social post or an author card: the name is the author, not a headline over its dateline. */
export const FOLLOW_BUTTON = /^\+?\s*(?:ติดตาม|follow|팔로우)$/iu;

/** Counts in a reaction / share row ("152 ครั้ง", "1.2K", "24"): removed before the row's words are looked up. */
export const COUNT_TOKEN = /[\d๐-๙][\d๐-๙.,]*\s*(?:[KkMm](?![A-Za-z])|ครั้ง|คน|times|views?)?/gu;

/**
 * What remains of an embedded social post when its script does not run: the link labels of the
 * placeholder ("View this post on Instagram", "A post shared by …"), a tweet's "pic.twitter.com/…" or
 * its "— Name (@handle) March 2, 2025" signature line.
 */
export const EMBED_LINE = [
  /^view this (?:post|profile|photo|video) on (?:instagram|facebook|tiktok|x|twitter|threads)$/i,
  /^a (?:post|video|photo|reel) shared by\b/i,
  /\bpic\.twitter\.com\/\w+\s*$/i,
  /^[—–-]\s*[^()]{1,60}\(@\w{1,30}\)\s*(?:\p{L}+\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+\p{L}+\.?\s+\d{4})?\s*$/u,
  /^(?:watch|view) (?:on|this video on) youtube$|^click to load (?:the )?(?:youtube|video|tweet|post)\b/i,
];

/**
 * A breadcrumb or section path: short labels joined by › » > ＞ ("Business › Agriculture", "사회 > 교육",
 * "หน้าแรก › ข่าวภูมิภาค"). Headlines do not use these separators between short phrases.
 */
export const BREADCRUMB_SEPARATOR = /\s*[›»>＞≫]\s*/u;

/**
 * A deck set off by dashes or brackets on its own line, as Korean press releases and some newspapers
 * centre it under the headline: "- 5년간 1,200만 달러 투입 … -", "― 주민 설명회 이달 말 개최 ―", "< … >".
 * (A list item "- 내용" opens with a dash but does not close with one.)
 */
export const DECK_LINE = /^(?:[-–—―]\s+\S.*\S\s+[-–—―]|<\s+\S.*\S\s+>|〈\s*\S.*\S\s*〉)$/u;

/**
 * Reader-feedback and poll widgets: "Was this page helpful?", "이 페이지에서 제공하는 정보에 … 만족하셨습니까?",
 * "บทความนี้มีประโยชน์หรือไม่", "Rate this article". Per language; short lines only.
 */
export const FEEDBACK_LINE: Readonly<Record<'en' | 'ko' | 'th', readonly RegExp[]>> = {
  en: [
    /^(?:was|is|did)\s+(?:this|the)\s+(?:page|article|story|information|content|post)\s+(?:helpful|useful|informative)\b/i,
    /^(?:was this helpful|how (?:useful|helpful) (?:was|is) this|rate this (?:article|page|story))\b/i,
  ],
  ko: [
    /만족하(?:셨|십)(?:습)?니까|만족도\s*(?:조사|평가)|(?:이|본)\s*(?:페이지|기사|정보)(?:가|는|이)?\s*(?:도움이?\s*되셨|유용하셨)/,
  ],
  th: [
    /(?:บทความ|ข่าว|ข้อมูล|หน้า)(?:นี้)?\s*(?:มี)?ประโยชน์(?:กับคุณ)?(?:หรือไม่|ไหม)|ความพึงพอใจ(?:ต่อ|ของ)?(?:เว็บไซต์|หน้านี้|บริการ)/,
    // The prompt of a portal's reaction bar ("รู้สึกอย่างไรกับข่าวนี้", "คุณรู้สึกยังไงกับบทความนี้").
    /^(?:คุณ)?รู้สึก(?:อย่างไร|ยังไง)(?:กับ|ต่อ)(?:ข่าว|บทความ|เรื่อง|โพสต์)นี้/,
  ],
};

/** Tag / keyword lists on one line: "แท็ก: กกต. ยุบพรรค …", "Tags: Penang, chips", "키워드 : …", "#방과후 #축구". */
export const TAG_LINE = [
  /^(?:tags?|topics?|keywords?|related topics|แท็ก(?:ที่เกี่ยวข้อง)?|คำค้น|คำสำคัญ|คีย์เวิร์ด|태그|키워드|관련\s*키워드|từ khóa)\s*[:：]/i,
  /^(?:#[^\s#]+\s*){2,}$/u,
];

/**
 * Investment and liability disclaimers under business news: "ไม่ใช่คำแนะนำในการลงทุน", "This is not investment
 * advice", "투자 권유가 아니며 … 책임". Per language; short lines only (LINE_LIMITS.disclaimerMaxLength).
 */
export const DISCLAIMER_LINE: Readonly<Record<'en' | 'ko' | 'th', readonly RegExp[]>> = {
  en: [
    /\bnot (?:intended as |to be construed as |)(?:investment|financial) advice\b|\bfor (?:general )?information(?:al)? purposes only\b/i,
    // Opinion and commentary pages: "The views expressed … do not necessarily reflect those of …".
    /\b(?:views?|opinions?)\s+expressed\b.{0,120}\b(?:do|does)\s+not\s+(?:necessarily\s+)?(?:reflect|represent)\b/i,
    /^(?:disclaimer\s*[:：]\s*)?comments?\s+(?:do|does)\s+not\s+(?:necessarily\s+)?(?:reflect|represent)\b/i,
  ],
  ko: [
    /투자\s*권유|투자\s*(?:판단|결정)(?:의|에\s*대한)?\s*(?:최종\s*)?책임/,
    // Columns by outside writers: "외부 필자의 원고는 본지의 편집 방향과 다를 수 있습니다."
    /(?:본지|본사|당사|신문사|언론사|본\s*매체)(?:의)?\s*(?:편집\s*방향|견해|입장)(?:과|와)\s*(?:다를|일치하지\s*않을)\s*수\s*있습니다/,
    // A portal's note on how the syndicated article was filed: "이 기사는 언론사에서 경제 섹션으로 분류했습니다."
    // (with the help link after it, "기사 섹션 분류 안내").
    /^(?:이|본)\s*기사는\s*(?:언론사|매체|편집국|편집부)(?:에서|가)?\s*\S{1,12}\s*(?:섹션|분야|카테고리|면)(?:으로|에)\s*분류(?:했|하였|됐|되었)습니다\.?(?:\s*[^.]{1,20})?$/,
  ],
  th: [
    /ไม่ใช่(?:การ)?(?:คำแนะนำ|ชี้ชวน)(?:ใน|ให้|เพื่อ)?การลงทุน|ผู้ลงทุนควรศึกษาข้อมูลก่อน(?:ตัดสินใจ)?ลงทุน/,
    // "บทความนี้เป็นความคิดเห็นส่วนตัวของผู้เขียน ไม่จำเป็นต้องสอดคล้องกับ…"
    /(?:ความ(?:คิด)?เห็น|ทัศนะ)(?:ส่วนตัว)?ของผู้เขียน.{0,60}(?:ไม่จำเป็นต้อง|ไม่ได้)(?:สะท้อน|สอดคล้อง|เป็น)/,
  ],
};

/**
 * A text browser's dump of a page (`lynx -dump`, `w3m -dump`): every link carries its number ("[12]Home", also inside
 * body sentences, where the anchor text is body), images and buttons show as bracketed labels ("[IMG]", "[12][logo]",
 * "[39][Sign up]"), form fields as underscores, and the page ends on a "References" list of numbered URLs
 * ("  12. https://…", "Visible links:" / "Hidden links:"). The list is what identifies a dump.
 */
export const DUMP = {
  referencesHeading: /^\s*References:?\s*$/,
  /** "  12. https://…", "[12] mailto:…", "javascript:…": a number, then a URL with its scheme. */
  referenceRow: /^\s*(?:\d+\.|\[\d+\])\s+[a-z][\w+.-]*:\S*\s*$/i,
  referenceLabel: /^\s*(?:visible|hidden)\s+links\s*:?\s*$/i,
  /** A link number, with the bracketed image or button label that follows it ("[10][logo]") when it has one. */
  linkMarker: /\[\d+\](?:\[[^\]\n]{1,40}\])?/g,
  /** Images without a link, in lynx's upper-case words ("[IMG]", "[INLINE]", "[BUTTON]"). */
  placeholder: /\[(?:IMG|INLINE|LINK|BUTTON|EMBED|OBJECT|IFRAME|FRAME)\]/g,
  formField: /_{3,}/g,
  /** lynx's bullets of the first nesting levels (*, +, o) and w3m's (•, ◦); not "#", which "# # #" ends releases with. */
  bullet: /^(\s*)[*+o•◦](?=\s+\S)/u,
};
