/**
 * Data tables for English person rules: titles and role cues, honorifics, speech verbs,
 * romanized Korean surnames and words that are never part of a personal name.
 */

/**
 * Title heads written before a name ("Minister Kang", "Dr. Lee", "spokesperson Kim"). Matching is
 * case-insensitive on the first letter, so "spokesperson" and "Spokesperson" both count.
 * Multi-word titles are listed whole; the longest match wins.
 */
export const TITLES = [
  'Minister', 'Vice Minister', 'Deputy Minister', 'Prime Minister', 'Deputy Prime Minister', 'Assistant Minister',
  'Senior Minister', 'Chief Minister', 'State Minister', 'Minister of State', 'President', 'Vice President',
  'Vice-President', 'Deputy President', 'Ambassador', 'Secretary General', 'Secretary-General', 'Deputy Secretary General',
  'Deputy Secretary-General', 'Under Secretary-General', 'Under-Secretary-General', 'Assistant Secretary-General',
  'Secretary', 'Deputy Secretary', 'Permanent Secretary', 'Undersecretary', 'Under Secretary', 'Spokesperson',
  'Spokesman', 'Spokeswoman', 'Chairman', 'Chairwoman', 'Chairperson', 'Chair', 'Vice Chairman', 'Vice-Chairman',
  'CEO', 'Chief Executive', 'Chief Executive Officer', 'COO', 'CFO', 'CTO', 'Founder', 'Co-founder', 'Professor',
  'Prof.', 'Associate Professor', 'Assistant Professor', 'Governor', 'Vice Governor', 'Lieutenant Governor', 'Mayor',
  'Vice Mayor', 'Deputy Mayor', 'Director', 'Director General', 'Director-General', 'Deputy Director', 'Deputy Director-General',
  'Deputy Director General', 'Executive Director', 'Managing Director', 'Commissioner', 'Deputy Commissioner',
  'Administrator', 'Deputy Administrator', 'Chief', 'Head', 'Chancellor', 'Vice Chancellor', 'Premier', 'Speaker',
  'Deputy Speaker', 'Senator', 'Sen.', 'Representative', 'Rep.', 'Lawmaker', 'Legislator', 'Congressman',
  'Congresswoman', 'Councilor', 'Councillor', 'Councilman', 'Councilwoman', 'Judge', 'Justice', 'Chief Justice',
  'Prosecutor', 'Prosecutor General', 'Attorney General', 'Envoy', 'Special Envoy', 'Consul', 'Consul General',
  'Consul-General', 'Counselor', 'Counsellor', 'Attache', 'King', 'Queen', 'Prince', 'Princess', 'Crown Prince',
  'Emperor', 'Empress', 'Sultan', 'Pope', 'Sheikh', 'General', 'Gen.', 'Lt.', 'Col.', 'Colonel', 'Lieutenant',
  'Major', 'Captain', 'Capt.', 'Admiral', 'Adm.', 'Sgt.', 'Sergeant', 'Commander', 'Police Chief', 'Commissioner General',
  'Inspector', 'Superintendent', 'Dean', 'Rector', 'Provost', 'Lecturer', 'Researcher', 'Senior Researcher',
  'Research Fellow', 'Fellow', 'Analyst', 'Economist', 'Coach', 'Reverend', 'Rev.', 'Father', 'Bishop',
  'Archbishop', 'Cardinal', 'Monk', 'Venerable', 'Ven.', 'Mr.', 'Ms.', 'Mrs.', 'Miss', 'Mr', 'Ms', 'Mrs', 'Dr.', 'Dr',
  'Sir', 'Dame', 'Lord', 'Lady', 'Madam', 'Mme.', 'Khun', 'Gov.', 'Amb.', 'Hon.', 'Honorable', 'Excellency',
  'H.E.', 'Officer', 'Official', 'Manager', 'General Manager', 'Team Leader', 'Leader', 'Party Leader', 'Floor Leader',
  'Opposition Leader', 'Presidential Secretary', 'Senior Secretary', 'National Security Adviser', 'Adviser', 'Advisor',
  'Special Adviser', 'Minister Counselor', 'Minister-Counselor', 'Deputy Chief', 'Chief Secretary', 'Chief of Staff',
  'Press Secretary', 'Senior Vice President', 'Executive Vice President', 'Vice Admiral', 'Rear Admiral',
  'Lieutenant General', 'Major General', 'Brigadier General', 'Air Chief Marshal', 'Field Marshal', 'Police General',
  'Pol. Gen.', 'Mayor-elect', 'President-elect', 'Acting President', 'Acting Minister', 'Interim President',
  'Chargé d’affaires', "Chargé d'affaires", 'Nominee', 'Candidate', 'Assemblyman', 'Assemblywoman', 'Chef', 'Artist',
  'Singer', 'Actor', 'Actress', 'Author', 'Writer', 'Novelist', 'Poet', 'Director-designate', 'Minister-designate',
  // Ranks written without dots (Thai and British style) and Malaysian / Indonesian honorifics
  'Pol Gen', 'Pol Lt Gen', 'Pol Maj Gen', 'Pol Col', 'Pol Lt Col', 'Pol Capt', 'Pol Sgt', 'Pol.Gen.', 'Gen', 'Lt Gen',
  'Maj Gen', 'Col', 'Lt Col', 'Capt', 'Adm', 'ACM', 'Sgt', 'Datuk', 'Datuk Seri', 'Dato', "Dato'", 'Dato’', 'Dato Sri',
  'Datuk Wira', 'Tan Sri', 'Puan Sri', 'Tun', 'Toh Puan', 'Haji', 'Hajah', 'Pak', 'Bu', 'Ibu', 'Bapak',
  // Philippine professional titles ("Atty. Benjamin Q. Salonga", "Engr. …"), Burmese honorifics
  // ("U Kyaw Zin Htet", "Daw Khin Mar") and offices named like their holder ("Ombudsman Name")
  'Atty.', 'Atty', 'Engr.', 'U', 'Daw', 'Ombudsman',
  // Malaysian honorifics spelled with an apostrophe or "Seri", Malay forms of address, British-style
  // air-force and navy ranks ("Sqn Ldr", "Wg Cdr") and Philippine under- and assistant secretaries
  "Dato' Sri", 'Dato’ Sri', "Dato' Seri", 'Dato’ Seri', 'Dato Seri', 'Encik', 'Cik', 'Sqn Ldr', 'Flt Lt', 'Wg Cdr',
  'Gp Capt', 'Lt Cdr', 'Cdr', 'Brig Gen', 'Rear Adm', 'Vice Adm', 'Sub Lt', 'Pol Sub Lt', 'Usec.', 'Usec', 'Asec.', 'Asec',
  'Secretary of State',
  // Academic ranks as abbreviated in Thai, Malaysian and Indonesian English ("Assoc. Prof. Dr. …")
  'Assoc. Prof.', 'Asst. Prof.', 'Assoc Prof', 'Asst Prof', 'Assist. Prof.', 'Adjunct Professor', 'Emeritus Professor',
  'Professor Emeritus', 'Visiting Professor', 'Distinguished Professor', 'Research Professor',
];

/** Modifiers written before a title head ("Foreign Minister", "Former President", "Deputy Foreign Minister"). */
export const TITLE_MODIFIERS = new Set([
  'Former', 'former', 'Then', 'then', 'Acting', 'acting', 'Deputy', 'Vice', 'Assistant', 'Senior', 'Junior', 'Chief',
  'First', 'Second', 'Third', 'Executive', 'Associate', 'Interim', 'Late', 'late', 'Incumbent', 'incumbent', 'Outgoing',
  'outgoing', 'Incoming', 'incoming', 'then-', 'Then-', 'Permanent', 'Special', 'Principal', 'Honorary', 'Co-',
  // Lower-case, as running text writes them: "deputy director general Name", "acting deputy permanent secretary Name".
  'deputy', 'vice', 'assistant', 'senior', 'associate', 'interim', 'permanent', 'special', 'principal', 'executive',
]);

/** Title heads that may be preceded by a subject modifier ("Foreign Minister", "Unification Minister", "Bank Governor"). */
export const MODIFIABLE_TITLE_HEADS = new Set([
  'Minister', 'Secretary', 'Director', 'Commissioner', 'Governor', 'Chief', 'Ambassador', 'Spokesperson', 'Spokesman',
  'Spokeswoman', 'Administrator', 'Chairman', 'Chairwoman', 'Chairperson', 'President', 'Adviser', 'Advisor', 'Envoy',
  'Leader', 'Secretary-General', 'Secretary General', 'Director-General', 'Director General', 'Representative', 'CEO',
  'Head', 'Mayor', 'Officer', 'Official',
]);

/** Titles that say almost nothing on their own and need a two-token name after them (or a full name elsewhere). */
export const WEAK_TITLES = new Set([
  'Head', 'Chief', 'Chair', 'General', 'Major', 'Captain', 'Father', 'Justice', 'Leader', 'Officer', 'Official',
  'Manager', 'Fellow', 'Analyst', 'Economist', 'Coach', 'Director', 'King', 'Queen', 'Prince', 'Princess', 'Miss',
  'Lady', 'Lord', 'Sir', 'Dame', 'Prime', 'Candidate', 'Nominee', 'Chef', 'Artist', 'Singer', 'Actor', 'Actress',
  'Author', 'Writer', 'Novelist', 'Poet', 'Researcher', 'Lecturer', 'Inspector', 'Commander', 'Monk', 'Representative',
  'Secretary', 'Sultan',
]);

/** Honorifics: an honorific before a capitalized word is strong evidence of a person. */
export const HONORIFICS = new Set([
  'Mr.', 'Ms.', 'Mrs.', 'Miss', 'Mr', 'Ms', 'Mrs', 'Dr.', 'Dr', 'Prof.', 'Assoc. Prof.', 'Asst. Prof.', 'Assoc Prof', 'Asst Prof', 'Sir', 'Dame', 'Mme.', 'Khun', 'H.E.', 'Datuk',
  'Datuk Seri', 'Dato', 'Tan Sri', 'Tun', 'Atty.', 'Atty', 'Engr.', 'U', 'Daw',
]);

/** Speech and reporting verbs: "Lee said", "said Lee In-jae". */
export const SPEECH_VERBS = new Set([
  'said', 'says', 'told', 'tells', 'noted', 'notes', 'added', 'adds', 'stressed', 'stresses', 'explained', 'explains',
  'emphasized', 'emphasised', 'emphasizes', 'stated', 'states', 'remarked', 'announced', 'announces', 'urged', 'urges',
  'asked', 'asks', 'warned', 'warns', 'argued', 'argues', 'insisted', 'insists', 'wrote', 'writes', 'commented',
  'underscored', 'underlined', 'highlighted', 'highlights', 'acknowledged', 'admitted', 'claimed', 'claims', 'replied',
  'responded', 'answered', 'continued', 'concluded', 'recalled', 'revealed', 'confirmed', 'denied', 'suggested',
  'pointed', 'mentioned', 'elaborated', 'observed', 'predicted', 'expected', 'believes', 'believed', 'thinks', 'hopes',
  'hoped', 'vowed', 'pledged', 'promised', 'declared', 'proposed', 'called', 'welcomed', 'praised', 'thanked', 'touted',
  'affirmed', 'reaffirmed', 'reiterated', 'expressed', 'briefed', 'spoke', 'speaks', 'emphasizing', 'saying',
]);

/**
 * Verbs people do but organizations and events do too ("Kim visited", "the Forum opened"): a name
 * before one of these is only weak evidence, kept when it matches a person found by other means.
 */
export const ACTION_VERBS = new Set([
  'met', 'meets', 'visited', 'visits', 'attended', 'led', 'leads', 'heads', 'headed', 'chaired', 'chairs', 'signed',
  'hosted', 'joined', 'discussed', 'agreed', 'opened', 'launched', 'received', 'accepted', 'delivered', 'presented',
  'shared', 'moved', 'arrived', 'left', 'departed', 'returned', 'congratulated', 'inspected',
]);

/** The subset of speech verbs that introduce a quotation and may precede the speaker ("said Lee"). */
export const INVERTED_SPEECH_VERBS = new Set([
  'said', 'says', 'noted', 'added', 'stressed', 'explained', 'emphasized', 'emphasised', 'stated', 'remarked', 'asked',
  'warned', 'argued', 'insisted', 'wrote', 'commented', 'replied', 'responded', 'answered', 'continued', 'concluded',
  'recalled', 'observed', 'declared', 'told', 'according',
]);

/**
 * Role nouns in a lower-case appositive ("Onfa Vejjajiva, deputy secretary-general of …",
 * "Kim, a professor at …") or before a name ("spokesperson Kim In-chul").
 */
export const ROLE_NOUNS = new Set([
  'minister', 'vice-minister', 'secretary', 'secretary-general', 'director', 'director-general', 'spokesperson',
  'spokesman', 'spokeswoman', 'chairman', 'chairwoman', 'chairperson', 'chair', 'president', 'vice-president', 'ceo',
  'chief', 'head', 'professor', 'researcher', 'fellow', 'analyst', 'economist', 'official', 'officer', 'ambassador',
  'envoy', 'governor', 'mayor', 'commissioner', 'administrator', 'founder', 'co-founder', 'leader', 'lawmaker',
  'legislator', 'representative', 'senator', 'member', 'manager', 'deputy', 'adviser', 'advisor', 'consultant',
  'expert', 'scholar', 'lecturer', 'dean', 'student', 'teacher', 'doctor', 'nurse', 'engineer', 'scientist', 'journalist',
  'reporter', 'correspondent', 'editor', 'writer', 'author', 'artist', 'singer', 'actor', 'actress', 'coach', 'player',
  'resident', 'citizen', 'worker', 'employee', 'owner', 'entrepreneur', 'executive', 'partner', 'judge', 'prosecutor',
  'lawyer', 'attorney', 'activist', 'volunteer', 'candidate', 'nominee', 'counselor', 'counsellor', 'consul',
  'attache', 'coordinator', 'specialist', 'staffer', 'aide', 'secretary-general', 'commander', 'general', 'colonel',
  'captain', 'officer', 'inspector', 'superintendent', 'assistant', 'associate', 'senior', 'principal', 'vice',
  'acting', 'former', 'chargé', 'team', 'division', 'bureau', 'department', 'section', 'unit', 'office', 'ministry',
  'permanent', 'undersecretary', 'under-secretary', 'head', 'premier', 'chancellor', 'speaker', 'mp', 'governor',
  'monk', 'priest', 'pastor',
]);

/** Lower-case titles that can stand directly before a name ("spokesperson Kim In-chul", "lawmaker Ahn"). */
export const LOWERCASE_TITLES = new Set([
  'spokesperson', 'spokesman', 'spokeswoman', 'lawmaker', 'legislator', 'professor', 'researcher', 'analyst',
  'economist', 'minister', 'ambassador', 'envoy', 'chairman', 'chairwoman', 'president', 'director', 'commissioner',
  'official', 'officer', 'governor', 'mayor', 'secretary-general', 'director-general', 'ceo', 'founder', 'co-founder',
  'singer', 'actor', 'actress', 'artist', 'author', 'writer', 'novelist', 'coach', 'player', 'striker', 'midfielder',
  'goalkeeper', 'prosecutor', 'judge', 'lawyer', 'attorney', 'activist', 'scholar', 'expert', 'columnist', 'reporter',
  'correspondent', 'anchor', 'host', 'chef', 'designer', 'entrepreneur', 'investor', 'chief', 'deputy', 'manager',
  'counselor', 'adviser', 'advisor', 'candidate', 'nominee', 'rep.', 'sen.', 'leader', 'premier', 'vice-minister',
  'student', 'farmer', 'fisherman', 'resident', 'worker', 'teacher', 'doctor', 'nurse', 'engineer', 'scientist',
  'researcher', 'professor', 'lecturer', 'owner', 'founder', 'ceo', 'president', 'vice-president', 'chairperson',
  'headman', 'villager', 'volunteer', 'trader', 'exporter', 'driver', 'vendor', 'official', 'photographer', 'graduate',
  // Written without the hyphen ("deputy director general Name").
  'director general', 'secretary general', 'permanent secretary',
]);

/**
 * Romanized Korean surnames (Revised Romanization and the common McCune–Reischauer / customary
 * spellings). A capitalized surname followed by a hyphenated given name ("Kang Kyung-wha") is a
 * person wherever it stands; in Korean names the surname is the first token.
 */
export const KOREAN_SURNAMES = new Set([
  'Kim', 'Gim', 'Lee', 'Yi', 'Rhee', 'Ri', 'Rhie', 'Park', 'Pak', 'Bak', 'Choi', 'Choe', 'Chey', 'Jung', 'Jeong', 'Chung',
  'Cheong', 'Kang', 'Gang', 'Cho', 'Jo', 'Chough', 'Yoon', 'Yun', 'Youn', 'Jang', 'Chang', 'Lim', 'Im', 'Yim', 'Rim',
  'Han', 'Oh', 'O', 'Seo', 'Suh', 'Shin', 'Sin', 'Kwon', 'Gwon', 'Hwang', 'Ahn', 'An', 'Song', 'Yoo', 'Yu', 'You', 'Ryu',
  'Ryoo', 'Rhyu', 'Hong', 'Jeon', 'Jun', 'Chun', 'Chon', 'Ko', 'Go', 'Koh', 'Moon', 'Mun', 'Yang', 'Son', 'Sohn',
  'Bae', 'Pae', 'Baek', 'Paik', 'Baik', 'Paek', 'Heo', 'Huh', 'Hur', 'Nam', 'Sim', 'Shim', 'Noh', 'Roh', 'No', 'Ha',
  'Kwak', 'Gwak', 'Sung', 'Seong', 'Cha', 'Joo', 'Ju', 'Chu', 'Choo', 'Woo', 'U', 'Koo', 'Ku', 'Gu', 'Min', 'Na', 'Ra',
  'Jin', 'Chin', 'Ji', 'Chi', 'Eom', 'Um', 'Uhm', 'Chae', 'Won', 'Bang', 'Pang', 'Kong', 'Gong', 'Hyun', 'Hyeon', 'Ham',
  'Byun', 'Byeon', 'Pyun', 'Yeom', 'Yum', 'Yeo', 'Yeu', 'Do', 'Doh', 'To', 'So', 'Seok', 'Suk', 'Sun', 'Seon', 'Sul',
  'Seol', 'Ma', 'Gil', 'Kil', 'Yeon', 'Wi', 'Wee', 'Pyo', 'Myung', 'Myeong', 'Ki', 'Gi', 'Ban', 'Wang', 'Geum', 'Keum',
  'Ok', 'Yook', 'Yuk', 'Ryuk', 'In', 'Maeng', 'Je', 'Mo', 'Tak', 'Guk', 'Kook', 'Kuk', 'Jeoung', 'Nah', 'Lah', 'Rah',
  'Yeob', 'Ryoo', 'Cheon', 'Jegal', 'Namgung', 'Hwangbo', 'Sunwoo', 'Seonwoo', 'Dokgo', 'Sagong', 'Seomun', 'Jang',
  'Pyeon', 'Bong', 'Tae', 'Kye', 'Gye', 'Sa', 'Bu', 'Boo', 'Kyung', 'Gyeong', 'Dong', 'Pi', 'Eo', 'Hahm', 'Hyon',
]);

/**
 * Capitalized words that are never (part of) a personal name in these texts: function words,
 * generic nouns that start sentences, calendar words. Organization heads, countries and places
 * are checked separately through the organization tables.
 */
export const NOT_NAME_WORDS = new Set([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'You', 'His', 'Her',
  'Their', 'Our', 'My', 'Your', 'Mr', 'Ms', 'Mrs', 'Dr', 'And', 'Or', 'But', 'Of', 'In', 'On', 'At', 'For', 'By', 'With',
  'From', 'To', 'As', 'If', 'When', 'While', 'After', 'Before', 'During', 'Since', 'Also', 'Meanwhile', 'However', 'Then',
  'There', 'Here', 'Participants', 'Officials', 'Ministers', 'Experts', 'Government', 'Delegation', 'Minister',
  'Ministry', 'President', 'Presidential', 'Chairman', 'Officer', 'Official', 'Vice', 'Deputy', 'Prime', 'Secretary',
  'General', 'Director', 'Ambassador', 'Spokesperson', 'Spokesman', 'Professor', 'Governor', 'Mayor', 'Head', 'Chief',
  'Both', 'Each', 'All', 'Some', 'Many', 'Most', 'Several', 'Other', 'Another', 'According', 'Under', 'Through', 'Among',
  'Between', 'Following', 'Including', 'Despite', 'Although', 'Because', 'Photo', 'Courtesy', 'Yonhap', 'Reuters',
  'Today', 'Yesterday', 'Tomorrow', 'Last', 'Next', 'First', 'Second', 'Third', 'New', 'Old', 'Great', 'Good',
  'Korean', 'Koreans', 'English', 'Internet', 'Web', 'Online', 'Digital', 'Public', 'Civil', 'National', 'Global',
  'International', 'Local', 'Regional', 'Central', 'Federal', 'State', 'City', 'Province', 'Team', 'Party', 'Cabinet',
  'Assembly', 'Council', 'Committee', 'Commission', 'Agency', 'Office', 'Bureau', 'Department', 'Service', 'Group',
  'Company', 'Corporation', 'University', 'Institute', 'Center', 'Centre', 'Foundation', 'Association', 'Union',
  'Bank', 'Court', 'Police', 'Army', 'Navy', 'Forces', 'Youth', 'Culture', 'Sports', 'Tourism', 'Affairs', 'Interior',
  'Safety', 'Foreign', 'Unification', 'Justice', 'Defense', 'Finance', 'Economy', 'Education', 'Science', 'Health',
  'Welfare', 'Environment', 'Labor', 'Employment', 'Trade', 'Industry', 'Energy', 'Land', 'Infrastructure', 'Transport',
  'Oceans', 'Fisheries', 'Personnel', 'Management', 'Planning', 'Coordination', 'Policy', 'Development', 'Cooperation',
  'Innovation', 'Administration', 'Sector', 'Programme', 'Program', 'Project', 'Forum', 'Summit', 'Conference', 'Meeting',
  'Roundtable', 'Award', 'Hotel', 'Hall', 'Airport', 'Station', 'Street', 'Road', 'Island', 'River', 'Mount', 'Lake',
  'North', 'South', 'East', 'West', 'Northeast', 'Southeast', 'Northwest', 'Southwest', 'Central', 'Western', 'Eastern',
  'Northern', 'Southern', 'Asian', 'European', 'African', 'American', 'Pacific', 'Peninsula', 'Day', 'Week', 'Year',
  'Month', 'Morning', 'Afternoon', 'Evening', 'Night', 'Christmas', 'Easter', 'Lunar', 'Chuseok', 'Seollal', 'Songkran',
  'God', 'Buddha', 'Buddhist', 'Christian', 'Catholic', 'Muslim', 'Islamic', 'Covid', 'COVID', 'Omicron', 'Delta',
  'Act', 'Law', 'Plan', 'Strategy', 'Vision', 'Initiative', 'Agreement', 'Treaty', 'Declaration', 'Report', 'Survey',
  'Index', 'Ranking', 'Rankings', 'Top', 'Stories', 'Story', 'News', 'Press', 'Release', 'Releases', 'Video', 'Photos',
  'Unofficial', 'Translation', 'Attached', 'File', 'Home', 'Back', 'Menu', 'Search', 'Share', 'Print', 'Click', 'Read',
  'See', 'Note', 'Source', 'Sources', 'Please', 'Thank', 'Thanks', 'Dear', 'Yes', 'No', 'Not', 'None', 'What', 'Who',
  'Why', 'How', 'Where', 'Which', 'Whether', 'Such', 'Only', 'Even', 'Just', 'Still', 'Yet', 'So', 'Thus', 'Hence',
  'Therefore', 'Moreover', 'Furthermore', 'Additionally', 'Instead', 'Finally', 'Indeed', 'Currently', 'Recently',
  'Previously', 'Later', 'Earlier', 'Now', 'Once', 'Again', 'Together', 'Overall', 'Besides', 'Nevertheless', 'Regarding',
  'Considering', 'Given', 'Upon', 'Into', 'Onto', 'Over', 'Above', 'Below', 'Within', 'Without', 'Across', 'Along',
  'Around', 'About', 'Against', 'Toward', 'Towards', 'Via', 'Per', 'Like', 'Unlike', 'Be', 'Is', 'Are', 'Was', 'Were',
  'Has', 'Have', 'Had', 'Will', 'Would', 'Can', 'Could', 'Should', 'May', 'Might', 'Must', 'Shall', 'Do', 'Does', 'Did',
  'Let', 'Make', 'Join', 'Visit', 'Apply', 'Contact', 'Call', 'Email', 'Tel', 'Fax', 'Address', 'Date', 'Time',
  'Venue', 'Place', 'Location', 'Theme', 'Topic', 'Session', 'Part', 'Section', 'Chapter', 'Article', 'Annex', 'Table',
  'Figure', 'Total', 'Number', 'Category', 'Type', 'Level', 'Phase', 'Stage', 'Round', 'Term', 'Period', 'Era',
  'Republic', 'Kingdom', 'Empire', 'Democratic', 'People', 'Peoples', 'Liberation', 'Revolution', 'War', 'World',
  'Korea', 'Thailand', 'Myanmar', 'Seoul', 'Bangkok', 'Busan', 'Government', 'Governments', 'Minister’s', 'Ministers’',
  // Sentence adverbs that open a clause before a comma, like a name before an appositive
  'Elsewhere', 'Nonetheless', 'Likewise', 'Otherwise', 'Afterwards', 'Tonight', 'Overnight', 'Nationwide', 'Worldwide',
  'Abroad', 'Already', 'Separately',
]);

/**
 * Vietnamese family names, written with their diacritics. A family name followed by two or three
 * one-syllable capitalized words is a Vietnamese full name ("Nguyễn Văn Phúc", "Phan Thị Mỹ Hạnh").
 */
export const VIETNAMESE_SURNAMES = new Set([
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý',
  'Đinh', 'Đoàn', 'Trương', 'Trịnh', 'Lương', 'Mai', 'Tạ', 'Cao', 'Lâm', 'Hà', 'Đào', 'Vương', 'Tống', 'Quách', 'Chu',
  'Lại', 'Tô', 'Kiều', 'Đàm', 'Lưu', 'Nghiêm', 'Phùng', 'Triệu', 'Mạc', 'Châu', 'Thân', 'Âu', 'Giang', 'Hứa', 'Khổng',
  'Nông', 'Tăng', 'Từ', 'Diệp', 'Bạch', 'Doãn', 'Hầu', 'Lạc', 'Ông', 'Tôn', 'Khúc', 'Lò', 'Vi', 'Cù', 'Thái',
]);

/**
 * Unaccented spellings of Vietnamese family names that are not also common English, Korean or
 * Chinese words: with these a name needs no diacritics ("Nguyen Van Long", "Tran Thi Mai").
 */
export const VIETNAMESE_SURNAMES_ASCII = new Set([
  'Nguyen', 'Tran', 'Pham', 'Hoang', 'Huynh', 'Phan', 'Dang', 'Bui', 'Ngo', 'Duong', 'Dinh', 'Doan', 'Truong', 'Trinh',
  'Luong', 'Vuong', 'Quach', 'Nghiem', 'Phung', 'Trieu', 'Kieu', 'Luu',
]);

/** Vietnamese place names shaped like personal names. */
export const VIETNAMESE_NAME_LIKE_PLACES = new Set(['Hồ Chí Minh', 'Ho Chi Minh']);
