/**
 * Data tables for English organization rules. Logic lives in the parsers; what counts as an
 * organization-type word, a stop word or a place lives here.
 */

/**
 * Head words that end an organization name ("… Commission", "… Institute"). Strong heads make a
 * name on their own with one modifier ("National Assembly"); weak heads need a modifier that is
 * not a generic adjective ("Public Service", "Local Government" are not names).
 */
export const STRONG_HEADS = new Set([
  'Ministry', 'Agency', 'Commission', 'Institute', 'Institution', 'Corps', 'Bank', 'University', 'College',
  'Council', 'Committee', 'Authority', 'Foundation', 'Association', 'Federation', 'Party', 'Assembly', 'Court',
  'Corporation', 'Bureau', 'Board', 'Academy', 'Organization', 'Organisation', 'Fund', 'Secretariat', 'Parliament',
  'Senate', 'Congress', 'Police', 'Agencies', 'Tribunal', 'Directorate', 'Inspectorate', 'Prosecutors', 'Forces',
  'Army', 'Navy', 'Guard', 'Command', 'Federation', 'Confederation', 'Chamber', 'Society', 'Alliance', 'Coalition',
  'League', 'Cooperative', 'Consortium', 'Conglomerate', 'Observatory', 'Laboratory', 'Laboratories',
  'Ombudsman', 'Commissariat', 'Department', 'Hub', 'Cabinet', 'Embassy', 'Consulate', 'Mission', 'Delegation',
  'Chiefs', 'Cross', 'Crescent', 'Faculty', 'Procuracy',
]);

/**
 * Heads that name one body on their own, without a modifier: "the Cabinet", "the Senate". A
 * country has one of each, so the bare word is that country's body.
 */
export const SELF_NAMING_HEADS = new Set(['Cabinet', 'Senate', 'Parliament', 'Congress']);

/**
 * Words before "League" that make it a competition rather than a body ("AFC Champions League",
 * "Thai Premier League", "UEFA Nations League").
 */
export const COMPETITION_LEAGUE_WORDS = new Set(['Champions', 'Premier', 'Super', 'Nations', 'Europa', 'Conference', 'Pro', 'Major', 'Minor', 'Division']);

/**
 * Sports whose national governing bodies are named "<Sport> <Country>" ("Badminton Denmark",
 * "Swimming Australia", "Athletics Kenya").
 */
export const SPORT_BODY_WORDS = new Set([
  'Badminton', 'Swimming', 'Athletics', 'Cycling', 'Football', 'Rugby', 'Tennis', 'Golf', 'Hockey', 'Cricket',
  'Volleyball', 'Basketball', 'Rowing', 'Sailing', 'Gymnastics', 'Archery', 'Boxing', 'Netball', 'Triathlon',
  'Canoe', 'Diving', 'Squash', 'Judo', 'Taekwondo', 'Fencing', 'Equestrian', 'Skate', 'Snow', 'Surfing',
]);

/**
 * Complements that make "Board of …" a company's governing organ, not an organization of its own:
 * "the Board of Directors", "Board of Trustees".
 */
export const ORGAN_MEMBERS = new Set(['Directors', 'Trustees', 'Auditors', 'Supervisors', 'Management']);

/** Heads that are one only after a particular word: "Red Cross", "Red Crescent". */
export const HEADS_NEED_WORD: ReadonlyMap<string, string> = new Map([
  ['Cross', 'Red'],
  ['Crescent', 'Red'],
]);

export const WEAK_HEADS = new Set([
  'Office', 'Service', 'Services', 'Administration', 'Government', 'Group', 'Union', 'Network', 'Center', 'Centre',
  'Centers', 'Centres', 'Trust', 'Partnership', 'Initiative', 'Headquarters', 'Station', 'Unit', 'Team', 'Forum',
  'Company', 'Companies', 'School', 'Hospital', 'Club', 'Exchange', 'Task Force', 'Force', 'Programme', 'Program',
  'House', 'Clinic', 'Lab', 'Labs', 'Polytechnic',
]);

/**
 * Weak heads that, as the last word, are organizations only in particular combinations.
 * Forum / Initiative / Programme / Program / Station / Team / Unit / Club / Hospital / School
 * are too often events, projects, places or generic nouns: they count only in the gazetteer or with
 * a bracketed acronym.
 */
export const WEAK_HEADS_NEED_ACRONYM = new Set(['Forum', 'Initiative', 'Programme', 'Program', 'Station', 'Team', 'Unit', 'Club', 'School', 'Force']);

/** Diplomatic missions, whose name may close on the place they sit in ("Embassy of Japan in Thailand"). */
export const MISSION_HEADS = new Set(['Embassy', 'Consulate', 'Mission', 'Delegation']);

/** Company designators: "Samsung Electronics Co., Ltd.", "SK hynix Inc."; and "FC" of football clubs ("Selangor FC"). */
export const COMPANY_SUFFIXES = new Set(['Co', 'Corp', 'Inc', 'Ltd', 'LLC', 'PLC', 'Plc', 'GmbH', 'AG', 'SA', 'NV', 'BV', 'Bhd', 'Pte', 'Pty', 'PCL', 'Pcl', 'Tbk', 'JSC', 'Limited', 'Incorporated', 'Holdings', 'FC']);

/** Company-type last words: "Hyundai Motor", "Korean Air", "LG Electronics". */
export const COMPANY_HEADS = new Set([
  'Electronics', 'Motor', 'Motors', 'Airlines', 'Airways', 'Telecom', 'Telecommunications', 'Securities', 'Insurance',
  'Steel', 'Chemical', 'Chemicals', 'Pharmaceutical', 'Pharmaceuticals', 'Biologics', 'Industries', 'Industrial',
  'Heavy Industries', 'Engineering', 'Construction', 'Shipbuilding', 'Petroleum', 'Logistics', 'Semiconductor',
  'Technologies', 'Technology', 'Systems', 'Entertainment', 'Capital', 'Financial', 'Investment', 'Investments',
  'Energy Solution', 'Display', 'Innotek', 'Mobility', 'Bio', 'Biotech', 'Pharma', 'Foods', 'Retail', 'Resorts',
  'Air', 'Lines', 'Cruises', 'Shipping', 'Holdings', 'Solution', 'Solutions', 'Electricity', 'Petrochemical',
  'Petrochemicals', 'Cement', 'Refinery', 'Utilities', 'Biopharma', 'Therapeutics', 'Robotics', 'Semiconductors',
  // Investment vehicles and hotel chains named by their type word: "Mizuho Ventures", "Centara Hotels".
  'Ventures', 'Hotels',
  // Materials makers and recyclers: "Ecopro Materials", "Hanwha Advanced Materials".
  'Materials',
]);

/** Company heads that a country or demonym alone may name ("Korean Air", "Thai Airways", "Vietnam Airlines"). */
export const NATIONAL_COMPANY_HEADS = new Set(['Air', 'Airlines', 'Airways', 'Telecom', 'Post', 'Railways', 'Railway', 'Electricity']);

/** Newspapers, broadcasters and news outlets: "The Korea Herald", "Korea JoongAng Daily", "Arirang TV". */
export const MEDIA_HEADS = new Set([
  'Herald', 'Times', 'Post', 'News', 'Daily', 'Journal', 'Tribune', 'Gazette', 'Chronicle', 'Telegraph', 'Observer',
  'Broadcasting', 'Broadcast', 'Television', 'TV', 'Radio', 'Ilbo', 'Shimbun', 'Press', 'Standard', 'Guardian',
  'Economist', 'Examiner', 'Courier', 'Mirror', 'Inquirer', 'Star', 'Sun', 'Nation', 'Independent', 'Monitor',
]);

/**
 * Media heads that are also ordinary words and need a stronger cue (a capitalized modifier that
 * is not a function word, and no title-like reading): "Star", "Sun", "Nation", "Standard", "Press".
 */
export const WEAK_MEDIA_HEADS = new Set(['Post', 'Star', 'Sun', 'Nation', 'Standard', 'Press', 'Independent', 'Monitor', 'Guardian', 'Mirror', 'Examiner', 'Courier', 'Economist', 'Times', 'News']);

/** Heads that take an "of …" complement as the core of the name: "Ministry of …", "Office of the …". */
export const OF_HEADS = new Set([
  'Ministry', 'Office', 'Department', 'University', 'Bank', 'Institute', 'Embassy', 'Consulate', 'Council', 'Federation',
  'Association', 'Commission', 'Board', 'Bureau', 'Academy', 'Court', 'Chamber', 'Secretariat', 'Agency', 'Committee',
  'Organization', 'Organisation', 'College', 'Society', 'Union', 'League', 'Confederation', 'Authority', 'Cabinet',
  'Corporation', 'Administration', 'Directorate', 'Government', 'Service', 'Foundation', 'Center', 'Centre', 'Mission',
  'Delegation', 'Parliament', 'Assembly', 'Institution', 'Hub', 'Corps', 'Fund', 'Alliance', 'Network', 'Group',
  'House', 'Exchange', 'Chiefs', 'Forum', 'Programme', 'Program', 'Initiative', 'Partnership', 'Faculty', 'School',
  'Hospital', 'Procuracy',
]);

/** Connectors that may sit inside a name between capitalized words. */
export const NAME_CONNECTORS = new Set(['of', 'for', 'and', '&', 'the', 'on', 'in', 'de', 'du', 'des', 'la', 'le', 'et', 'to']);

/** Modifiers that make a weak head generic rather than a name ("Public Service", "Local Government"). */
export const GENERIC_MODIFIERS = new Set([
  'Public', 'Civil', 'Digital', 'Local', 'Global', 'General', 'Social', 'Business', 'Human', 'Online', 'Electronic',
  'Smart', 'Open', 'Good', 'Better', 'Regional', 'International', 'Customer', 'Financial', 'Health', 'Security',
  'Central', 'National', 'Federal', 'State', 'Provincial', 'Municipal', 'Military', 'Foreign', 'Domestic', 'New', 'Our',
  'Their', 'His', 'Her', 'Its', 'Private', 'Joint', 'Special', 'Interim', 'Current', 'Previous', 'Former', 'Next',
  'Korean', 'Thai', 'American', 'Chinese', 'Japanese', 'Government', 'Postal', 'Secret', 'Media', 'News', 'Press',
  'Field', 'Head', 'Main', 'Back', 'Front', 'Home', 'Task', 'Work', 'Working', 'Research', 'Data', 'Development',
  'Innovation', 'Cooperation', 'Management', 'Administration', 'Policy', 'Service', 'Services', 'E-government',
  'E-Government', 'Mobile', 'Web', 'Cloud', 'AI', 'ICT', 'IT', 'Welfare', 'Education', 'Training', 'Emergency',
]);

/** Words that cannot start (or be inside) an organization name: function words and sentence openers. */
export const STOP_WORDS = new Set([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'In', 'On', 'At', 'For', 'From', 'By', 'With', 'Without', 'To',
  'Of', 'As', 'And', 'Or', 'But', 'If', 'When', 'While', 'After', 'Before', 'During', 'Since', 'Until', 'Under', 'Over',
  'Through', 'Throughout', 'Among', 'Between', 'According', 'Also', 'Meanwhile', 'However', 'Moreover', 'Furthermore',
  'Besides', 'Still', 'Yet', 'So', 'Thus', 'Then', 'Now', 'Here', 'There', 'It', 'Its', 'He', 'She', 'They', 'We', 'I',
  'You', 'His', 'Her', 'Their', 'Our', 'My', 'Your', 'Last', 'Next', 'Both', 'Each', 'Every', 'All', 'Some', 'Many',
  'Most', 'Several', 'Such', 'Other', 'Another', 'More', 'Less', 'Only', 'Even', 'Just', 'About', 'Around', 'Regarding',
  'Despite', 'Although', 'Though', 'Because', 'Unlike', 'Like', 'Following', 'Including', 'Via', 'Per', 'Upon', 'Into',
  'Onto', 'Toward', 'Towards', 'Against', 'Within', 'Beyond', 'Above', 'Below', 'Behind', 'Near', 'Where', 'What',
  'Which', 'Who', 'Whom', 'Whose', 'Why', 'How', 'Please', 'Photo', 'Photos', 'Courtesy', 'Source', 'Note', 'Yesterday',
  'Today', 'Tomorrow', 'Not', 'No', 'Yes', 'Once', 'Currently', 'Recently', 'Earlier', 'Later', 'Previously', 'First',
  'Second', 'Third', 'Finally', 'Additionally', 'Instead', 'Otherwise', 'Accordingly', 'Therefore', 'Hence', 'Upcoming',
  'Former', 'Then-', 'Dear', 'Attached', 'Related', 'Read', 'See', 'Click', 'Share', 'Print', 'Top', 'Home', 'Back',
  'Having', 'Being', 'Was', 'Were', 'Is', 'Are', 'Has', 'Have', 'Had', 'Will', 'Would', 'Can', 'Could', 'Should', 'May',
  'Might', 'Must', 'Shall', 'Do', 'Does', 'Did',
]);

/**
 * Stop words that are also ordinary name words ("Can Tho University", "May Bank", "Will Power"):
 * they stop a name only at the start of a sentence.
 */
export const SENTENCE_START_STOP_WORDS = new Set([
  'Can', 'May', 'Will', 'Do', 'Does', 'Did', 'Has', 'Have', 'Had', 'Is', 'Are', 'Was', 'Were', 'Would', 'Could',
  'Should', 'Must', 'Shall', 'Might', 'Being', 'Having', 'No', 'Yes', 'Not', 'Still', 'Even', 'Just', 'Only', 'So',
  'Then', 'Now', 'Here', 'There', 'Once', 'Dear', 'Home', 'Back', 'Top', 'Read', 'See', 'Share', 'Print', 'Upcoming',
  'Former', 'Second', 'Third', 'First', 'Last', 'Next', 'Like', 'Per', 'Via', 'Near', 'Above', 'Below', 'Behind',
  'Within', 'Beyond', 'Around', 'About', 'Yet', 'More', 'Less', 'Most', 'Many', 'Several', 'Such', 'Both', 'Each',
  'Every', 'All', 'Some', 'Other', 'Another', 'Today', 'Tomorrow', 'Yesterday', 'Related', 'Attached', 'Click', 'Source',
  'Note', 'Photo', 'Photos', 'Courtesy',
]);

/** Company prefixes written before the name: "PT Tani Makmur Sejahtera" (Indonesia), "CV …". */
export const COMPANY_PREFIXES = new Set(['PT', 'CV', 'PT.']);

/** Heads that name an organization only with a complement: "House of Representatives", "Faculty of Engineering". */
export const HEADS_NEED_COMPLEMENT = new Set(['House', 'Faculty']);

/**
 * Plural nouns whose possessive is part of an organization's name rather than its owner:
 * "Cà Mau People's Committee", "Women's Union", "Children's Hospital", "Farmers' Association".
 */
export const COLLECTIVE_POSSESSORS = new Set([
  'People', 'Peoples', 'Women', 'Children', 'Workers', 'Farmers', 'Veterans', 'Citizens', 'Teachers', 'Journalists',
  'Writers', 'Lawyers', 'Doctors', 'Nurses', 'Fishermen', 'Employers', 'Consumers', 'Students', 'Youth', 'Men',
  'Traders', 'Exporters', 'Producers', 'Investors', 'Elders', 'Soldiers', 'Pensioners', 'Sailors', 'Seafarers',
]);

/** Heads that need a particular modifier (or a complement): "Korea Exchange", "Stock Exchange of Thailand". */
export const HEADS_NEED_PLACE_MODIFIER = new Set(['Exchange']);

export const MONTHS = new Set([
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
]);
export const WEEKDAYS = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

/**
 * Countries and territories (short and formal names) and a few country-level groupings. They are
 * never organizations, and a possessive country ("Korea’s …") is stripped from a name.
 */
export const COUNTRIES = new Set([
  'Korea', 'South Korea', 'North Korea', 'Republic of Korea', 'ROK', 'DPRK', 'Democratic People’s Republic of Korea',
  "Democratic People's Republic of Korea", 'Thailand', 'Kingdom of Thailand', 'Myanmar', 'Burma', 'Cambodia', 'Laos',
  'Lao PDR', 'Vietnam', 'Viet Nam', 'Việt Nam', 'Malaysia', 'Singapore', 'Indonesia', 'Philippines', 'the Philippines', 'Brunei',
  'Brunei Darussalam', 'Timor-Leste', 'East Timor', 'Japan', 'China', 'Taiwan', 'Hong Kong', 'Macau', 'Macao', 'Mongolia',
  'India', 'Pakistan', 'Bangladesh', 'Sri Lanka', 'Nepal', 'Bhutan', 'Maldives', 'Afghanistan', 'Iran', 'Iraq', 'Syria',
  'Israel', 'Palestine', 'Jordan', 'Lebanon', 'Saudi Arabia', 'United Arab Emirates', 'UAE', 'Qatar', 'Kuwait', 'Bahrain',
  'Oman', 'Yemen', 'Turkey', 'Türkiye', 'Egypt', 'Libya', 'Tunisia', 'Algeria', 'Morocco', 'Sudan', 'Ethiopia', 'Kenya',
  'Nigeria', 'Ghana', 'South Africa', 'Tanzania', 'Uganda', 'Rwanda', 'Senegal', 'Angola', 'Mozambique', 'Zimbabwe',
  'Zambia', 'Cameroon', 'Kazakhstan', 'Uzbekistan', 'Kyrgyzstan', 'Tajikistan', 'Turkmenistan', 'Azerbaijan', 'Armenia',
  'Georgia', 'Russia', 'Russian Federation', 'Ukraine', 'Belarus', 'Moldova', 'Poland', 'Germany', 'France', 'Italy',
  'Spain', 'Portugal', 'Netherlands', 'the Netherlands', 'Belgium', 'Luxembourg', 'Switzerland', 'Austria', 'Sweden',
  'Norway', 'Denmark', 'Finland', 'Iceland', 'Ireland', 'United Kingdom', 'UK', 'Britain', 'Great Britain', 'England',
  'Scotland', 'Wales', 'Greece', 'Cyprus', 'Malta', 'Czech Republic', 'Czechia', 'Slovakia', 'Hungary', 'Romania',
  'Bulgaria', 'Serbia', 'Croatia', 'Slovenia', 'Bosnia', 'Albania', 'North Macedonia', 'Montenegro', 'Kosovo', 'Estonia',
  'Latvia', 'Lithuania', 'United States', 'United States of America', 'US', 'U.S.', 'USA', 'America', 'Canada',
  'Mexico', 'Brazil', 'Argentina', 'Chile', 'Peru', 'Colombia', 'Venezuela', 'Ecuador', 'Bolivia', 'Paraguay', 'Uruguay',
  'Cuba', 'Panama', 'Costa Rica', 'Guatemala', 'Honduras', 'El Salvador', 'Nicaragua', 'Dominican Republic', 'Haiti',
  'Jamaica', 'Australia', 'New Zealand', 'Papua New Guinea', 'Fiji', 'Samoa', 'Tonga', 'Soviet Union', 'USSR',
]);

/** Demonyms / adjectives of countries: never a name on their own, never a company modifier alone. */
export const DEMONYMS = new Set([
  'Korean', 'South Korean', 'North Korean', 'Thai', 'Burmese', 'Myanmar', 'Cambodian', 'Lao', 'Laotian', 'Vietnamese',
  'Malaysian', 'Singaporean', 'Indonesian', 'Filipino', 'Philippine', 'Bruneian', 'Japanese', 'Chinese', 'Taiwanese',
  'Mongolian', 'Indian', 'Pakistani', 'Bangladeshi', 'American', 'Canadian', 'Mexican', 'Brazilian', 'British',
  'English', 'French', 'German', 'Italian', 'Spanish', 'Russian', 'Ukrainian', 'Australian', 'European', 'Asian',
  'African', 'Arab', 'Kazakh', 'Uzbek', 'Kyrgyz', 'Turkish', 'Iranian', 'Israeli', 'Saudi', 'Egyptian', 'Emirati',
  'Dutch', 'Swiss', 'Swedish', 'Norwegian', 'Danish', 'Finnish', 'Polish', 'Greek', 'Irish', 'Scottish',
]);

/**
 * Major cities, used to keep a place from becoming an organization or a person ("Seoul said",
 * "Busan Metropolitan City" is still found by its head word).
 */
export const PLACES = new Set([
  'Seoul', 'Busan', 'Incheon', 'Daegu', 'Daejeon', 'Gwangju', 'Ulsan', 'Sejong', 'Suwon', 'Jeju', 'Gyeonggi',
  'Gangwon', 'Chungcheong', 'Jeolla', 'Gyeongsang', 'Pyongyang', 'Bangkok', 'Chiang Mai', 'Phuket', 'Pattaya',
  'Naypyitaw', 'Naypyidaw', 'Yangon', 'Mandalay', 'Phnom Penh', 'Vientiane', 'Hanoi', 'Ho Chi Minh City', 'Kuala Lumpur',
  'Jakarta', 'Manila', 'Tokyo', 'Osaka', 'Beijing', 'Shanghai', 'Washington', 'New York', 'London', 'Paris', 'Berlin',
  'Brussels', 'Geneva', 'Moscow', 'Astana', 'Tashkent', 'Bishkek', 'Delhi', 'New Delhi', 'Dubai', 'Riyadh', 'Sydney',
  'Canberra', 'Ottawa', 'Asia', 'Europe', 'Africa', 'Oceania', 'Northeast Asia', 'Southeast Asia', 'Korean Peninsula',
  'Asia-Pacific', 'Indo-Pacific', 'Pacific', 'Atlantic', 'Mekong', 'Middle East', 'Latin America', 'Gangnam', 'Yeouido',
  'Gwanghwamun', 'Jongno', 'Itaewon', 'Myeongdong', 'Nonthaburi', 'Sukhumvit', 'Silom', 'Bexco', 'Coex', 'Kintex',
]);

/** Event, programme and document words: a capitalized run ending in one of these is not an organization. */
export const NON_ORG_HEADS = new Set([
  'Forum', 'Summit', 'Conference', 'Meeting', 'Roundtable', 'Round-table', 'Symposium', 'Seminar', 'Workshop', 'Festival',
  'Expo', 'Fair', 'Games', 'Olympics', 'Cup', 'Championship', 'Award', 'Awards', 'Prize', 'Survey', 'Index', 'Report',
  'Policy', 'Plan', 'Project', 'Strategy', 'Act', 'Law', 'Bill', 'Agreement', 'Treaty', 'Declaration', 'Convention',
  'Accord', 'Pact', 'Framework', 'Exam', 'Examination', 'Test', 'Day', 'Week', 'Year', 'Month', 'Dialogue', 'Talks',
  'Session', 'Ceremony', 'Exhibition', 'Show', 'Campaign', 'Tour', 'Course', 'Class', 'Hall', 'Hotel', 'Tower', 'Plaza',
  'Park', 'Stadium', 'Arena', 'Building', 'Palace', 'Street', 'Road', 'Avenue', 'Bridge', 'Airport', 'Port', 'Square',
  'Museum', 'Library', 'Gate', 'Village', 'Island', 'River', 'Mountain', 'Province', 'City', 'County', 'District', 'Town',
  'Peninsula', 'Region', 'Zone', 'Complex', 'Valley', 'System', 'Platform', 'Portal', 'App', 'Application', 'Website',
  'Award-winning', 'Vision', 'Initiative', 'Agenda', 'Charter', 'Guidelines', 'Standards', 'Model', 'Era',
]);

/**
 * Lower-case words that, right before a capitalized name, say it is a company or outlet:
 * "automaker Hyundai Motor", "tech giant Naver", "broadcaster KBS".
 */
export const COMPANY_CUES = new Set([
  'automaker', 'carmaker', 'chipmaker', 'conglomerate', 'firm', 'company', 'startup', 'start-up', 'retailer', 'lender',
  'giant', 'operator', 'airline', 'carrier', 'insurer', 'brokerage', 'shipbuilder', 'steelmaker', 'manufacturer',
  'broadcaster', 'newspaper', 'daily', 'distributor', 'supplier', 'provider', 'bank', 'publisher', 'outlet', 'agency',
  'affiliate', 'subsidiary', 'maker', 'producer', 'exporter', 'importer', 'contractor', 'spin-off', 'spinoff',
]);

/** Modifiers that make a "… Center / Centre / Hall" a venue rather than an institution. */
export const VENUE_MODIFIERS = new Set([
  'Convention', 'Exhibition', 'Shopping', 'Sports', 'Conference', 'Community', 'Visitor', 'Visitors', 'Performing',
  'Arts', 'Art', 'Trade', 'Expo', 'Fitness', 'Recreation', 'Aquatic', 'Call', 'Distribution', 'Learning', 'Event',
  'Events', 'Congress', 'Business', 'Commercial', 'Entertainment',
]);

/** Lower-case nouns after a weak-headed name that make it the name of a programme or project ("K-City Network programme"). */
export const PROGRAMME_NOUNS = new Set([
  'programme', 'program', 'project', 'initiative', 'scheme', 'campaign', 'platform', 'system', 'app', 'application',
  'portal', 'website', 'award', 'awards', 'prize', 'contest', 'competition', 'event', 'festival', 'forum', 'conference',
  'exam', 'course', 'curriculum', 'fund', 'model', 'brand', 'label', 'project', 'pilot', 'package',
]);
export const VENUE_HEADS = new Set(['Center', 'Centre', 'Centers', 'Centres']);

/**
 * Company officers' titles written between the company and the officer's name: "Genoplex CEO Kim
 * Tae-yang", "Krungsiam Holdings chief executive Pornthip". Titles of public office ("President",
 * "Minister") are left out: "Korean President Yoon" names a country's office, not a company.
 */
export const CORPORATE_TITLES: readonly (readonly string[])[] = [
  ['CEO'], ['CFO'], ['COO'], ['CTO'], ['chairman'], ['Chairman'], ['chairwoman'], ['Chairwoman'], ['founder'],
  ['Founder'], ['co-founder'], ['Co-founder'], ['chief', 'executive'], ['Chief', 'Executive'],
];

/** Words after an appositive article that say the capitalized name before it is a company: "Naver, a portal operator". */
export const COMPANY_APPOSITIVE_NOUNS = new Set([
  'company', 'firm', 'startup', 'start-up', 'conglomerate', 'automaker', 'carmaker', 'chipmaker', 'retailer', 'lender',
  'bank', 'insurer', 'operator', 'airline', 'carrier', 'manufacturer', 'maker', 'producer', 'broadcaster', 'newspaper',
  'daily', 'provider', 'developer', 'group', 'affiliate', 'subsidiary', 'supplier', 'exporter', 'builder', 'shipbuilder',
  'steelmaker', 'organization', 'organisation', 'agency', 'institute', 'foundation', 'association', 'ngo', 'charity',
  'nonprofit', 'non-profit', 'think', 'consultancy', 'publisher', 'outlet', 'brokerage', 'giant',
]);

/**
 * Words that belong to the subject-matter part of institution names ("Ministry of Foreign Affairs",
 * "Office of the Union Government"); used to tell where an organization ends and a person's name
 * begins in "Minister of … Kim Boo-kyum".
 */
export const INSTITUTION_WORDS = new Set([
  'Affairs', 'Foreign', 'Interior', 'Safety', 'Unification', 'Justice', 'Defense', 'Defence', 'National', 'Economy',
  'Economic', 'Finance', 'Financial', 'Education', 'Science', 'ICT', 'Technology', 'Technologies', 'Culture', 'Cultural',
  'Sports', 'Sport', 'Tourism', 'Agriculture', 'Agricultural', 'Food', 'Rural', 'Trade', 'Industry', 'Industries',
  'Industrial', 'Energy', 'Health', 'Welfare', 'Environment', 'Environmental', 'Employment', 'Labor', 'Labour', 'Gender',
  'Equality', 'Family', 'Families', 'Land', 'Infrastructure', 'Transport', 'Transportation', 'Oceans', 'Ocean',
  'Fisheries', 'Maritime', 'SMEs', 'Startups', 'Patriots', 'Veterans', 'Personnel', 'Management', 'Planning',
  'Coordination', 'Government', 'Policy', 'Public', 'Administration', 'Development', 'Cooperation', 'Union', 'Office',
  'Digital', 'Innovation', 'Security', 'Strategy', 'Strategic', 'Commerce', 'Information', 'Communications',
  'Communication', 'Internal', 'Home', 'Legislation', 'Statistics', 'Service', 'Services', 'Civil', 'Sector', 'Affair',
  'Resources', 'Resource', 'Human', 'Social', 'Research', 'Studies', 'Investment', 'Protection', 'Prevention', 'Control',
  'Disease', 'Youth', 'Women', 'Children', 'Consumer', 'Competition', 'Fair', 'Budget', 'Tax', 'Customs', 'Procurement',
  'Police', 'Fire', 'Coast', 'Guard', 'Forest', 'Forestry', 'Water', 'Weather', 'Meteorological', 'Intellectual',
  'Property', 'Patent', 'Korea', 'Korean', 'State', 'Council', 'Cabinet', 'Presidential', 'President', 'Prime',
  'Minister', 'Secretariat', 'Secretary', 'General', 'Relations', 'International', 'Overseas', 'Global', 'Regional',
  'Local', 'Autonomy', 'Metropolitan', 'Provincial', 'City', 'Municipal', 'Reform', 'Anti-Corruption', 'Rights',
  'Heritage', 'Arts', 'Media', 'Broadcasting', 'Data', 'Space', 'Aerospace', 'Nuclear', 'Climate', 'Mines', 'Mining',
  'Natural', 'Commission', 'Committee', 'Agency', 'Ministry', 'Institute', 'Department', 'Bureau', 'Board', 'Authority',
  'Corporation', 'Foundation', 'Association', 'Center', 'Centre', 'Bank', 'Fund', 'Hub', 'Corps', 'Assembly', 'Court',
  'Party', 'Federation', 'Council', 'Organization', 'Organisation', 'Council', 'Relief', 'Disaster', 'Emergency',
  'Response', 'Crisis', 'Immigration', 'Integration', 'Religious', 'Religion', 'Cooperatives', 'Logistics', 'Promotion',
  'Small', 'Medium', 'Enterprises', 'Enterprise', 'Business', 'Businesses', 'Ecology', 'Housing', 'Urban', 'Affairs',
  'Supervisory', 'Services', 'Audit', 'Inspection', 'Evaluation', 'Standards', 'Quality', 'Prosecution', 'Supreme',
  'Constitutional', 'Legislative', 'Executive', 'Judicial', 'Electoral', 'Election', 'Elections', 'Democratic', 'People',
  'Power', 'Liberal', 'Conservative', 'Justice', 'Progressive', 'Labor', 'Green', 'Vaccine', 'Medical', 'Drug', 'Drugs',
  'Oil', 'Gas', 'Electricity', 'Petroleum', 'Minerals', 'Mineral', 'Chemicals', 'Engineering', 'Construction',
  'Transmission', 'Distribution', 'Shipbuilding', 'Offshore', 'Seas', 'Islands', 'Medicine', 'Pharmacy', 'Dentistry',
  'Nursing', 'Architecture', 'Law', 'Arts', 'Humanities', 'Sciences', 'Agro-Industry', 'Aquaculture', 'Irrigation',
  'Vocational', 'Training', 'Skills',
]);

/**
 * Last words of a capitalized run that make "Run (ACR)" a concept, a programme or a document
 * rather than an organization ("Carbon Border Adjustment Mechanism (CBAM)", "Power Development Plan (PDP)").
 */
export const NON_ORG_LAST_WORDS = new Set([
  'Mechanism', 'Assessment', 'Tax', 'Tariff', 'Tariffs', 'Emissions', 'Certificate', 'Certificates', 'Management',
  'Goals', 'Goal', 'Product', 'Products', 'Price', 'Prices', 'Rate', 'Rates', 'Scheme', 'Standard', 'Regulation',
  'Regulations', 'Decree', 'Circular', 'Code', 'Storage', 'Capture', 'Vehicle', 'Vehicles', 'Engine', 'Method',
  'Protocol', 'Syndrome', 'Disease', 'Virus', 'Number', 'Area', 'Areas', 'Corridor', 'Route', 'Line', 'Lines', 'Contract',
  'Assistance', 'Investment', 'Intelligence', 'Understanding', 'Measures', 'Licence', 'License', 'Permit', 'Visa',
  'Card', 'Account', 'Accounts', 'Loan', 'Loans', 'Bond', 'Bonds', 'Ratio', 'Growth', 'Transition', 'Economy',
  'Energy', 'Power', 'Water', 'Gas', 'Oil', 'Matter', 'Material', 'Materials', 'Technology', 'Technologies', 'Reform',
  'Reforms', 'Design', 'Network', 'Grid', 'Data', 'Zones', 'Estate', 'Park', 'Parks', 'Centre-Left', 'Tool', 'Kit',
]);

/**
 * Lower-case nouns for parts and relatives of a company written as an appositive before its name:
 * "PetroVietnam's offshore services arm, PTSC,", "its parent, PTT Pcl,".
 */
export const AFFILIATE_NOUNS = new Set(['arm', 'subsidiary', 'unit', 'affiliate', 'parent', 'division', 'spin-off', 'spinoff', 'venture', 'partner', 'rival', 'competitor', 'owner', 'operator', 'contractor', 'supplier', 'lender', 'insurer']);

/**
 * Roles held at an organization: "a fisheries economist at WorldFish", "an analyst at Maybank".
 * (Words ending in -ist and -ologist count as well.)
 */
export const ORG_ROLE_NOUNS = new Set([
  'economist', 'analyst', 'researcher', 'scientist', 'professor', 'lecturer', 'engineer', 'executive', 'official',
  'director', 'manager', 'spokesperson', 'spokesman', 'spokeswoman', 'employee', 'fellow', 'partner', 'strategist',
  'consultant', 'adviser', 'advisor', 'head', 'chief', 'officer', 'coordinator', 'specialist', 'staffer', 'trader',
  'banker', 'lawyer', 'investigator', 'developer', 'designer', 'programmer', 'president', 'chairman', 'chairwoman',
  'founder', 'co-founder', 'ceo', 'cfo', 'cto', 'editor', 'reporter', 'correspondent', 'dean', 'student', 'intern',
  'physician', 'doctor', 'nurse', 'surgeon', 'planner', 'modeller', 'modeler', 'expert', 'representative',
  'lawmaker', 'legislator',
]);

/**
 * What an organization has and a person does not, after a possessive: "Nordhav's country director",
 * "X's shareholders", "X's chief executive" ("director", "president" and "executive" only with a
 * qualifier before them). A capitalized name that owns one of these is an organization.
 */
export const ORG_POSSESSIONS = new Set([
  'ceo', 'cfo', 'coo', 'executive', 'chairman', 'chairwoman', 'president', 'director', 'shareholders', 'subsidiary',
  'subsidiaries', 'affiliate', 'affiliates', 'arm', 'headquarters', 'shipyard', 'shipyards', 'board',
]);

/** Second parts of camel-case words that name products and apps rather than companies ("KakaoTalk", "PowerPoint"). */
export const CAMEL_PRODUCT_PARTS = new Set([
  'Talk', 'Pay', 'Point', 'Station', 'Book', 'Books', 'Pod', 'Pods', 'Phone', 'Pad', 'Chat', 'Map', 'Maps', 'Drive',
  'Play', 'Store', 'Tube', 'Watch', 'Card', 'Wallet', 'Coin', 'Shop', 'Tag', 'Key', 'Box', 'Mail', 'Doc', 'Docs',
  'Sheet', 'Sheets', 'Link', 'Net', 'Web', 'App', 'Apps', 'Bot', 'Cam',
]);
/** Lower-case words that may stand between the possessive and the possession ("X's executive vice president"). */
export const ORG_POSSESSION_QUALIFIERS = new Set([
  'chief', 'executive', 'vice', 'deputy', 'managing', 'general', 'country', 'regional', 'senior', 'former', 'acting',
  'new', 'outgoing', 'incoming', 'local', 'overseas', 'offshore', 'main', 'largest', 'biggest', 'services', 'research',
  'manufacturing', 'financial', 'investment', 'chemicals', 'energy', 'founding', 'executive', 'marketing', 'technical',
]);

/** Gazetteer bodies that also name a territory or market: "buyers in Japan and the European Union" is a place. */
export const TERRITORIAL_BODIES = new Set(['eu']);

/** Prepositions that make the following name a place: "exports to the EU", "buyers in the European Union". */
export const LOCATIVE_PREPOSITIONS = new Set(['in', 'to', 'from', 'into', 'across', 'throughout', 'within', 'outside', 'inside', 'around', 'toward', 'towards']);

/**
 * Verbs that make an acronym right before them the name of a body even when the document never
 * spells it out ("KOICA said", "NDRRMC reported"): concepts and products do not say or announce.
 */
export const REPORTING_VERBS = new Set([
  'said', 'says', 'announced', 'announces', 'stated', 'noted', 'told', 'added', 'warned', 'urged', 'reported',
  'reports', 'estimated', 'estimates', 'confirmed', 'declined', 'pledged',
]);

/**
 * Verbs of a share price after "<Name> shares": "Krungsiam Holdings shares fell", "Genoplex shares
 * jumped". Only companies have shares that move ("Kim shares his view" is a person).
 */
export const SHARE_MOVES = new Set([
  'fell', 'fall', 'rose', 'rise', 'jumped', 'slipped', 'gained', 'dropped', 'climbed', 'surged', 'slumped', 'tumbled',
  'plunged', 'soared', 'closed', 'ended', 'edged', 'lost', 'added', 'traded', 'extended', 'hit', 'sank', 'rallied',
  'declined', 'advanced', 'retreated', 'opened', 'were', 'have', 'had', 'are',
]);

/** Organs of a body written after its acronym ("MRC Secretariat", "MRC Council"): short forms of that body. */
export const BODY_ORGANS = new Set(['Secretariat', 'Council']);

/**
 * Venue words whose name is also that of the body running the venue ("Sihanoukville Autonomous Port").
 * Alone they are places; with a bracketed acronym defined for the name, or as the subject of an
 * organization's act ("… Port signed"), they name the operator. Airports are left out: "Kuala Lumpur
 * International Airport (KLIA)" is where flights land, its operator has a name of its own.
 */
export const OPERATED_VENUE_HEADS = new Set(['Port', 'Seaport']);

/**
 * Verbs by which a body acts, after its name ("… Port signed an agreement", "the Sandiganbayan has
 * ordered"): the reporting verbs and the acts of agreeing, deciding and issuing.
 */
export const ORG_ACTION_VERBS = new Set([
  ...REPORTING_VERBS, 'signed', 'agreed', 'ordered', 'ruled', 'approved', 'issued', 'awarded', 'launched', 'granted',
  'rejected', 'dismissed', 'convicted', 'acquitted', 'sentenced', 'fined', 'suspended', 'imposed', 'upheld',
]);

/**
 * Royal and honorific titles that open the name of an institution named after a person:
 * "Prince of Songkla University", "Queen Sirikit …", "King of … Hospital".
 */
export const EPONYM_TITLES = new Set(['Prince', 'Princess', 'King', 'Queen', 'Sultan', 'Emperor', 'Duke', 'Duchess']);

/** Heads of institutions that take an eponym title in front ("Prince of Songkla University"). */
export const EPONYM_HEADS = new Set(['University', 'Hospital', 'College', 'Institute', 'School', 'Academy', 'Foundation']);

/**
 * Lower-case nouns by which a text refers back to a one-word body it has just named: "The
 * Sandiganbayan has ordered … the anti-graft court found …".
 */
export const BODY_ANAPHORS = new Set([
  'court', 'tribunal', 'agency', 'regulator', 'watchdog', 'body', 'authority', 'commission', 'ministry', 'department',
  'bureau', 'council', 'legislature', 'parliament',
]);
