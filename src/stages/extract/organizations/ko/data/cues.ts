/**
 * Cue words around organization names that carry no organization-type suffix.
 */

/**
 * Nouns that introduce a company or body by apposition: "해양로봇 전문기업 씨로보틱스",
 * "스타트업 OOO", "협력업체 OOO". The word after the cue is the name.
 */
export const APPOSITION_CUES: readonly string[] = [
  '기업', '전문기업', '벤처기업', '스타트업', '업체', '전문업체', '협력업체', '회사', '제조사', '운영사', '시행사',
  '자회사', '계열사', '법인', '단체', '시민단체', '기관', '연구기관', '공공기관', '언론사', '통신사', '방송사',
];

/**
 * Latin capitals glued to a Hangul word make a company name ("SK하이닉스", "LS전선", "LG전자")
 * unless the capitals are a technical term ("AI반도체", "ICT수출").
 */
export const LATIN_NOT_COMPANY: ReadonlySet<string> = new Set([
  'AI', 'IT', 'ICT', 'HBM', 'CEO', 'CFO', 'CTO', 'MOU', 'ODA', 'SNS', 'TV', 'PC', 'IoT', 'VR', 'AR', 'XR', 'DX',
  'ESG', 'GDP', 'GNI', 'CPI', 'R', 'D', 'B2B', 'B2C', 'OTT', 'EV', 'LNG', 'LPG', 'CCTV', 'GPS', 'QR', 'PCR',
  'K', 'KTX', 'SRT', 'DNA', 'RNA', 'UN', 'EU', 'MZ', 'NFT', 'API', 'OS', 'SW', 'HW', 'PM', 'CO', 'NO', 'OLED',
  'URL', 'LCD', 'LED', 'SSD', 'DRAM', 'NAND', 'CPU', 'GPU', 'NPU', 'USB', 'SMS', 'FTA', 'WTO', 'GPT', 'LLM', 'UAM', 'BIM',
  'RE', 'SOC', 'PF', 'ETF', 'IPO', 'M', 'A', 'S', 'T', 'G', 'N', 'E', 'PPT', 'PDF', 'FAQ', 'Q', 'IMF', 'OECD',
]);

/** Hangul words glued after Latin capitals that are not company names ("AI교과서"). */
export const LATIN_PREFIX_NOT_COMPANY_TAIL: ReadonlySet<string> = new Set([
  '기반', '기술', '교과서', '디지털교과서', '서비스', '시대', '산업', '분야', '시장', '관련', '활용', '도입', '전환',
  '수출', '수입', '투자', '인재', '교육', '반도체', '인증', '사업', '플랫폼', '정책', '규제', '모델', '방식', '체계', '복사', '공유', '제공', '바로가기', '부문', '사업부', '사업본부', '본부', '팀', '부', '실', '센터', '연구팀', '연구진',
]);

/** Company markers before or after a name: "(주)씨로보틱스", "주식회사 씨로보틱스". */
export const COMPANY_MARKERS: readonly string[] = ['(주)', '㈜', '주식회사', '(사)', '사단법인', '(재)', '재단법인'];
