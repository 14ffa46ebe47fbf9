/**
 * A general gazetteer of widely known international bodies and news agencies, shared by every
 * locale. Each entry has an English long form, the acronyms and short forms it is known by, and
 * its common Korean and Thai names where they are well established, so the Korean and Thai rules
 * can recognise 유엔 / สหประชาชาติ as the same body as "United Nations".
 *
 * This is a table of the world's best-known institutions (the kind found in any style guide), not
 * a list taken from particular documents. Local organizations are found by rules, not by lookup.
 */

export type GazetteerKind = 'international' | 'news-agency';

export interface GazetteerEntry {
  /** Stable key, used to group mentions of the same body. */
  id: string;
  /** English long form. */
  name: string;
  /** Acronyms as written in English text (case-sensitive). */
  acronyms: readonly string[];
  /** Other English names and short forms. */
  aliases?: readonly string[];
  /** Common Korean names. */
  ko?: readonly string[];
  /** Common Thai names (and Thai-script acronyms). */
  th?: readonly string[];
  kind: GazetteerKind;
}

const intl = (
  id: string,
  name: string,
  acronyms: readonly string[],
  extra: Partial<Pick<GazetteerEntry, 'aliases' | 'ko' | 'th'>> = {},
): GazetteerEntry => ({ id, name, acronyms, kind: 'international', ...extra });

const news = (
  id: string,
  name: string,
  acronyms: readonly string[],
  extra: Partial<Pick<GazetteerEntry, 'aliases' | 'ko' | 'th'>> = {},
): GazetteerEntry => ({ id, name, acronyms, kind: 'news-agency', ...extra });

export const GAZETTEER: readonly GazetteerEntry[] = [
  // United Nations and its main organs, programmes and specialised agencies
  intl('un', 'United Nations', ['UN', 'U.N.'], { ko: ['유엔', '국제연합', '국련'], th: ['สหประชาชาติ', 'องค์การสหประชาชาติ', 'ยูเอ็น'] }),
  intl('unga', 'United Nations General Assembly', ['UNGA'], { aliases: ['UN General Assembly'], ko: ['유엔총회'], th: ['สมัชชาใหญ่แห่งสหประชาชาติ'] }),
  intl('unsc', 'United Nations Security Council', ['UNSC'], { aliases: ['UN Security Council'], ko: ['유엔 안전보장이사회', '유엔 안보리', '안보리'], th: ['คณะมนตรีความมั่นคงแห่งสหประชาชาติ'] }),
  intl('undp', 'United Nations Development Programme', ['UNDP'], { aliases: ['UN Development Programme', 'United Nations Development Program'], ko: ['유엔개발계획'], th: ['โครงการพัฒนาแห่งสหประชาชาติ', 'ยูเอ็นดีพี'] }),
  intl('unep', 'United Nations Environment Programme', ['UNEP'], { aliases: ['UN Environment Programme', 'UN Environment'], ko: ['유엔환경계획'], th: ['โครงการสิ่งแวดล้อมแห่งสหประชาชาติ'] }),
  intl('unesco', 'United Nations Educational, Scientific and Cultural Organization', ['UNESCO'], { ko: ['유네스코', '유엔교육과학문화기구'], th: ['ยูเนสโก', 'องค์การการศึกษา วิทยาศาสตร์และวัฒนธรรมแห่งสหประชาชาติ'] }),
  intl('unicef', "United Nations Children's Fund", ['UNICEF'], { aliases: ['UN Children’s Fund', "UN Children's Fund", 'United Nations Children’s Fund'], ko: ['유니세프', '유엔아동기금'], th: ['ยูนิเซฟ', 'องค์การทุนเพื่อเด็กแห่งสหประชาชาติ'] }),
  intl('unhcr', 'United Nations High Commissioner for Refugees', ['UNHCR'], { aliases: ['UN Refugee Agency', 'UN refugee agency'], ko: ['유엔난민기구'], th: ['สำนักงานข้าหลวงใหญ่ผู้ลี้ภัยแห่งสหประชาชาติ'] }),
  intl('unfpa', 'United Nations Population Fund', ['UNFPA'], { ko: ['유엔인구기금'], th: ['กองทุนประชากรแห่งสหประชาชาติ'] }),
  intl('unido', 'United Nations Industrial Development Organization', ['UNIDO'], { ko: ['유엔공업개발기구'] }),
  intl('unctad', 'United Nations Conference on Trade and Development', ['UNCTAD'], { ko: ['유엔무역개발회의'] }),
  intl('unodc', 'United Nations Office on Drugs and Crime', ['UNODC'], { ko: ['유엔마약범죄사무소'], th: ['สำนักงานว่าด้วยยาเสพติดและอาชญากรรมแห่งสหประชาชาติ'] }),
  intl('escap', 'United Nations Economic and Social Commission for Asia and the Pacific', ['ESCAP', 'UNESCAP'], { ko: ['유엔 아시아태평양경제사회위원회'], th: ['คณะกรรมาธิการเศรษฐกิจและสังคมแห่งสหประชาชาติสำหรับเอเชียและแปซิฟิก'] }),
  intl('undesa', 'United Nations Department of Economic and Social Affairs', ['UNDESA', 'UN DESA'], { ko: ['유엔 경제사회국'] }),
  intl('unwomen', 'UN Women', [], { ko: ['유엔여성기구'] }),
  intl('wfp', 'World Food Programme', ['WFP'], { aliases: ['World Food Program'], ko: ['세계식량계획'], th: ['โครงการอาหารโลก'] }),
  intl('fao', 'Food and Agriculture Organization', ['FAO'], { aliases: ['Food and Agriculture Organization of the United Nations'], ko: ['유엔식량농업기구', '식량농업기구'], th: ['องค์การอาหารและเกษตรแห่งสหประชาชาติ'] }),
  intl('who', 'World Health Organization', ['WHO'], { ko: ['세계보건기구'], th: ['องค์การอนามัยโลก'] }),
  intl('ilo', 'International Labour Organization', ['ILO'], { aliases: ['International Labor Organization'], ko: ['국제노동기구'], th: ['องค์การแรงงานระหว่างประเทศ'] }),
  intl('imo', 'International Maritime Organization', ['IMO'], { ko: ['국제해사기구'], th: ['องค์การทางทะเลระหว่างประเทศ'] }),
  intl('icao', 'International Civil Aviation Organization', ['ICAO'], { ko: ['국제민간항공기구'], th: ['องค์การการบินพลเรือนระหว่างประเทศ'] }),
  intl('itu', 'International Telecommunication Union', ['ITU'], { ko: ['국제전기통신연합'], th: ['สหภาพโทรคมนาคมระหว่างประเทศ'] }),
  intl('wipo', 'World Intellectual Property Organization', ['WIPO'], { ko: ['세계지식재산기구'], th: ['องค์การทรัพย์สินทางปัญญาโลก'] }),
  intl('wmo', 'World Meteorological Organization', ['WMO'], { ko: ['세계기상기구'], th: ['องค์การอุตุนิยมวิทยาโลก'] }),
  intl('unwto', 'World Tourism Organization', ['UNWTO'], { aliases: ['UN Tourism'], ko: ['세계관광기구'], th: ['องค์การการท่องเที่ยวโลก'] }),
  intl('iaea', 'International Atomic Energy Agency', ['IAEA'], { ko: ['국제원자력기구'], th: ['ทบวงการพลังงานปรมาณูระหว่างประเทศ'] }),
  intl('icj', 'International Court of Justice', ['ICJ'], { ko: ['국제사법재판소'], th: ['ศาลยุติธรรมระหว่างประเทศ'] }),
  intl('icc', 'International Criminal Court', ['ICC'], { ko: ['국제형사재판소'], th: ['ศาลอาญาระหว่างประเทศ'] }),
  // Economic, financial and trade bodies
  intl('imf', 'International Monetary Fund', ['IMF'], { ko: ['국제통화기금'], th: ['กองทุนการเงินระหว่างประเทศ', 'ไอเอ็มเอฟ'] }),
  intl('worldbank', 'World Bank', [], { aliases: ['World Bank Group'], ko: ['세계은행'], th: ['ธนาคารโลก', 'เวิลด์แบงก์'] }),
  intl('wto', 'World Trade Organization', ['WTO'], { ko: ['세계무역기구'], th: ['องค์การการค้าโลก'] }),
  intl('oecd', 'Organisation for Economic Co-operation and Development', ['OECD'], {
    aliases: ['Organization for Economic Cooperation and Development', 'Organisation for Economic Cooperation and Development', 'Organization for Economic Co-operation and Development'],
    ko: ['경제협력개발기구'],
    th: ['องค์การเพื่อความร่วมมือทางเศรษฐกิจและการพัฒนา'],
  }),
  intl('adb', 'Asian Development Bank', ['ADB'], { ko: ['아시아개발은행'], th: ['ธนาคารพัฒนาเอเชีย'] }),
  intl('aiib', 'Asian Infrastructure Investment Bank', ['AIIB'], { ko: ['아시아인프라투자은행'], th: ['ธนาคารเพื่อการลงทุนโครงสร้างพื้นฐานแห่งเอเชีย'] }),
  intl('ebrd', 'European Bank for Reconstruction and Development', ['EBRD'], { ko: ['유럽부흥개발은행'] }),
  intl('eib', 'European Investment Bank', ['EIB'], { ko: ['유럽투자은행'] }),
  intl('ecb', 'European Central Bank', ['ECB'], { ko: ['유럽중앙은행'], th: ['ธนาคารกลางยุโรป'] }),
  intl('bis', 'Bank for International Settlements', ['BIS'], { ko: ['국제결제은행'] }),
  intl('fed', 'Federal Reserve', [], { aliases: ['U.S. Federal Reserve', 'Federal Reserve Board', 'US Federal Reserve'], ko: ['연방준비제도', '연준'], th: ['ธนาคารกลางสหรัฐ', 'เฟด'] }),
  intl('opec', 'Organization of the Petroleum Exporting Countries', ['OPEC'], { ko: ['석유수출국기구'], th: ['กลุ่มประเทศผู้ส่งออกน้ำมัน', 'โอเปก'] }),
  intl('iea', 'International Energy Agency', ['IEA'], { ko: ['국제에너지기구'], th: ['ทบวงการพลังงานระหว่างประเทศ'] }),
  intl('gcf', 'Green Climate Fund', ['GCF'], { ko: ['녹색기후기금'], th: ['กองทุนภูมิอากาศสีเขียว'] }),
  intl('gggi', 'Global Green Growth Institute', ['GGGI'], { ko: ['글로벌녹색성장연구소'] }),
  intl('fatf', 'Financial Action Task Force', ['FATF'], { ko: ['국제자금세탁방지기구'] }),
  // Regional and political groupings
  intl('asean', 'Association of Southeast Asian Nations', ['ASEAN'], { aliases: ['Association of South East Asian Nations'], ko: ['아세안', '동남아시아국가연합'], th: ['อาเซียน', 'สมาคมประชาชาติแห่งเอเชียตะวันออกเฉียงใต้'] }),
  intl('apec', 'Asia-Pacific Economic Cooperation', ['APEC'], { aliases: ['Asia Pacific Economic Cooperation'], ko: ['아시아태평양경제협력체', '에이펙'], th: ['ความร่วมมือทางเศรษฐกิจเอเชีย-แปซิฟิก', 'เอเปก'] }),
  intl('eu', 'European Union', ['EU', 'E.U.'], { ko: ['유럽연합'], th: ['สหภาพยุโรป', 'อียู'] }),
  intl('ec', 'European Commission', [], { ko: ['유럽연합 집행위원회', 'EU 집행위원회'], th: ['คณะกรรมาธิการยุโรป'] }),
  intl('ep', 'European Parliament', [], { ko: ['유럽의회'], th: ['รัฐสภายุโรป'] }),
  intl('nato', 'North Atlantic Treaty Organization', ['NATO'], { ko: ['북대서양조약기구', '나토'], th: ['องค์การสนธิสัญญาป้องกันแอตแลนติกเหนือ', 'นาโต'] }),
  intl('au', 'African Union', ['AU'], { ko: ['아프리카연합'], th: ['สหภาพแอฟริกา'] }),
  intl('oas', 'Organization of American States', ['OAS'], { ko: ['미주기구'] }),
  intl('gcc', 'Gulf Cooperation Council', ['GCC'], { ko: ['걸프협력회의'] }),
  intl('sco', 'Shanghai Cooperation Organisation', ['SCO'], { aliases: ['Shanghai Cooperation Organization'], ko: ['상하이협력기구'] }),
  intl('osce', 'Organization for Security and Co-operation in Europe', ['OSCE'], { ko: ['유럽안보협력기구'] }),
  intl('mekong', 'Mekong River Commission', ['MRC'], { ko: ['메콩강위원회'], th: ['คณะกรรมาธิการแม่น้ำโขง'] }),
  intl('bimstec', 'Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation', ['BIMSTEC'], { th: ['บิมสเทค'] }),
  intl('saarc', 'South Asian Association for Regional Cooperation', ['SAARC'], {}),
  intl('pif', 'Pacific Islands Forum', ['PIF'], { ko: ['태평양도서국포럼'] }),
  intl('interpol', 'International Criminal Police Organization', ['INTERPOL', 'Interpol'], { ko: ['인터폴', '국제형사경찰기구'], th: ['องค์การตำรวจอาชญากรรมระหว่างประเทศ', 'อินเตอร์โพล'] }),
  intl('icrc', 'International Committee of the Red Cross', ['ICRC'], { ko: ['국제적십자위원회'], th: ['คณะกรรมการกาชาดระหว่างประเทศ'] }),
  intl('ifrc', 'International Federation of Red Cross and Red Crescent Societies', ['IFRC'], { ko: ['국제적십자사연맹'] }),
  intl('ioc', 'International Olympic Committee', ['IOC'], { ko: ['국제올림픽위원회'], th: ['คณะกรรมการโอลิมปิกสากล'] }),
  intl('fifa', 'Fédération Internationale de Football Association', ['FIFA'], { ko: ['국제축구연맹'], th: ['ฟีฟ่า'] }),
  intl('gavi', 'Gavi, the Vaccine Alliance', ['Gavi', 'GAVI'], { ko: ['세계백신면역연합'] }),
  intl('msf', 'Doctors Without Borders', ['MSF'], { aliases: ['Médecins Sans Frontières'], ko: ['국경없는의사회'], th: ['องค์การหมอไร้พรมแดน', 'หมอไร้พรมแดน', 'องค์การแพทย์ไร้พรมแดน'] }),
  intl('globalfund', 'Global Fund to Fight AIDS, Tuberculosis and Malaria', [], { aliases: ['Global Fund', 'The Global Fund'], th: ['กองทุนโลก'] }),
  intl('amnesty', 'Amnesty International', [], { ko: ['국제앰네스티'], th: ['แอมเนสตี้ อินเตอร์เนชั่นแนล'] }),
  intl('hrw', 'Human Rights Watch', ['HRW'], { ko: ['휴먼라이츠워치'] }),
  intl('wef', 'World Economic Forum', ['WEF'], { ko: ['세계경제포럼'], th: ['เวทีเศรษฐกิจโลก'] }),
  // News agencies (as they appear in datelines and credits)
  news('yonhap', 'Yonhap News Agency', ['Yonhap'], { ko: ['연합뉴스'], th: ['สำนักข่าวยอนฮัป'] }),
  news('reuters', 'Reuters', [], { ko: ['로이터', '로이터통신'], th: ['รอยเตอร์', 'สำนักข่าวรอยเตอร์'] }),
  news('ap', 'Associated Press', ['AP'], { aliases: ['The Associated Press'], ko: ['AP통신', 'AP 통신'], th: ['สำนักข่าวเอพี', 'เอพี'] }),
  news('afp', 'Agence France-Presse', ['AFP'], { aliases: ['Agence France Presse'], ko: ['AFP통신', 'AFP 통신'], th: ['สำนักข่าวเอเอฟพี', 'เอเอฟพี'] }),
  news('xinhua', 'Xinhua News Agency', ['Xinhua'], { ko: ['신화통신', '신화사'], th: ['สำนักข่าวซินหัว', 'ซินหัว'] }),
  news('kyodo', 'Kyodo News', ['Kyodo'], { aliases: ['Kyodo News Agency'], ko: ['교도통신'], th: ['สำนักข่าวเกียวโด', 'เกียวโด'] }),
  news('jiji', 'Jiji Press', ['Jiji'], { ko: ['지지통신'] }),
  news('bernama', 'Bernama', ['BERNAMA'], { aliases: ['Malaysian National News Agency'], th: ['สำนักข่าวเบอร์นามา', 'เบอร์นามา'] }),
  news('antara', 'Antara', ['ANTARA'], { aliases: ['Antara News Agency'], th: ['สำนักข่าวอันตารา'] }),
  news('vna', 'Vietnam News Agency', ['VNA'], { ko: ['베트남통신'], th: ['สำนักข่าวเวียดนาม'] }),
  news('pna', 'Philippine News Agency', ['PNA'], {}),
  news('tna', 'Thai News Agency', ['TNA'], { th: ['สำนักข่าวไทย'] }),
  news('kcna', 'Korean Central News Agency', ['KCNA'], { ko: ['조선중앙통신'], th: ['สำนักข่าวกลางเกาหลี'] }),
  news('tass', 'TASS', [], { aliases: ['TASS news agency'], ko: ['타스통신', '타스'], th: ['สำนักข่าวทาสส์'] }),
  news('ria', 'RIA Novosti', [], { ko: ['리아노보스티'] }),
  news('dpa', 'Deutsche Presse-Agentur', ['dpa', 'DPA'], { ko: ['dpa통신'] }),
  news('efe', 'EFE', [], {}),
  news('ansa', 'ANSA', [], {}),
  news('pti', 'Press Trust of India', ['PTI'], {}),
  news('bloomberg', 'Bloomberg', [], { aliases: ['Bloomberg News'], ko: ['블룸버그', '블룸버그통신'], th: ['บลูมเบิร์ก'] }),
  news('bbc', 'British Broadcasting Corporation', ['BBC'], { ko: ['BBC 방송', '영국 BBC'], th: ['บีบีซี'] }),
  news('cnn', 'Cable News Network', ['CNN'], { th: ['ซีเอ็นเอ็น'] }),
  news('aljazeera', 'Al Jazeera', [], { ko: ['알자지라'] }),
  news('nhk', 'Japan Broadcasting Corporation', ['NHK'], { ko: ['NHK 방송'] }),
];

/** Entries by acronym (case-sensitive, as written in English text). */
export const GAZETTEER_BY_ACRONYM: ReadonlyMap<string, GazetteerEntry> = new Map(
  GAZETTEER.flatMap((e) => e.acronyms.map((a) => [a, e] as const)),
);

/**
 * Entries by English long form or alias. Keys are lower-cased with ’ folded to ', so lookups
 * should pass their candidate through {@link gazetteerKey}.
 */
export const GAZETTEER_BY_NAME: ReadonlyMap<string, GazetteerEntry> = new Map(
  GAZETTEER.flatMap((e) => [e.name, ...(e.aliases ?? [])].map((n) => [gazetteerKey(n), e] as const)),
);

/** Entries by Korean name. */
export const GAZETTEER_BY_KOREAN: ReadonlyMap<string, GazetteerEntry> = new Map(
  GAZETTEER.flatMap((e) => (e.ko ?? []).map((n) => [n, e] as const)),
);

/** Entries by Thai name. */
export const GAZETTEER_BY_THAI: ReadonlyMap<string, GazetteerEntry> = new Map(
  GAZETTEER.flatMap((e) => (e.th ?? []).map((n) => [n, e] as const)),
);

/** Lookup key for English names: lower case, curly apostrophes folded, whitespace collapsed. */
export function gazetteerKey(name: string): string {
  return name.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Finds an entry by any of its names, acronyms, Korean or Thai names. */
export function lookupOrganization(name: string): GazetteerEntry | undefined {
  return (
    GAZETTEER_BY_ACRONYM.get(name) ??
    GAZETTEER_BY_NAME.get(gazetteerKey(name)) ??
    GAZETTEER_BY_KOREAN.get(name) ??
    GAZETTEER_BY_THAI.get(name)
  );
}
