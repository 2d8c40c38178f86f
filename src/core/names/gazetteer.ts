/**
 * Gazetteers: name lists used as tagger features and by the alias rules.
 *
 * Source: compiled by hand for Gloss from general public knowledge, following the structure of
 * the UN list of member and observer states (countries, capitals), the Wikipedia lists of
 * adjectival and demonymic forms of place names, of intergovernmental organizations and of news
 * agencies, and heads of state and government around 2020 (plus well-known earlier leaders).
 * No text of any evaluation corpus was used. Facts, not creative text: free to reuse (MIT).
 *
 * Format: entries separated by ";", alternative names of one entry by "|"; the first is canonical.
 */

function parse(s: string): string[][] {
  return s
    .split(';')
    .map((e) => e.split('|').map((x) => x.trim()).filter(Boolean))
    .filter((e) => e.length > 0);
}

/** Country, then its other names. */
const COUNTRIES_RAW = `Afghanistan;Albania;Algeria;Andorra;Angola;Antigua and Barbuda;Argentina;Armenia;Australia;Austria;
Azerbaijan;Bahamas|The Bahamas;Bahrain;Bangladesh;Barbados;Belarus|Byelorussia;Belgium;Belize;Benin;Bhutan;Bolivia;
Bosnia and Herzegovina|Bosnia-Herzegovina|Bosnia;Botswana;Brazil;Brunei;Bulgaria;Burkina Faso;Burundi;Cambodia;Cameroon;Canada;
Cape Verde|Cabo Verde;Central African Republic;Chad;Chile;China|People's Republic of China|PRC|Mainland China;Colombia;Comoros;
Democratic Republic of the Congo|DR Congo|DRC|Zaire;Republic of the Congo|Congo;Costa Rica;Ivory Coast|Cote d'Ivoire|Côte d'Ivoire;
Croatia;Cuba;Cyprus;Czech Republic|Czechia;Denmark;Djibouti;Dominica;Dominican Republic;East Timor|Timor-Leste;Ecuador;Egypt;
El Salvador;Equatorial Guinea;Eritrea;Estonia;Eswatini|Swaziland;Ethiopia;Fiji;Finland;France;Gabon;Gambia|The Gambia;Georgia;
Germany;Ghana;Greece;Grenada;Guatemala;Guinea;Guinea-Bissau;Guyana;Haiti;Honduras;Hungary;Iceland;India;Indonesia;Iran;Iraq;
Ireland|Irish Republic|Eire;Israel;Italy;Jamaica;Japan;Jordan;Kazakhstan;Kenya;Kiribati;Kosovo;Kuwait;Kyrgyzstan;Laos;Latvia;
Lebanon;Lesotho;Liberia;Libya;Liechtenstein;Lithuania;Luxembourg;Madagascar;Malawi;Malaysia;Maldives;Mali;Malta;
Marshall Islands;Mauritania;Mauritius;Mexico;Micronesia;Moldova;Monaco;Mongolia;Montenegro;Morocco;Mozambique;
Myanmar|Burma;Namibia;Nauru;Nepal;Netherlands|Holland|The Netherlands;New Zealand;Nicaragua;Niger;Nigeria;
North Korea|Democratic People's Republic of Korea|DPRK;North Macedonia|Macedonia;Norway;Oman;Pakistan;Palau;
Palestine|Palestinian Territories;Panama;Papua New Guinea;Paraguay;Peru;Philippines;Poland;Portugal;Qatar;Romania;
Russia|Russian Federation;Rwanda;Saint Kitts and Nevis;Saint Lucia;Saint Vincent and the Grenadines;Samoa;San Marino;
Sao Tome and Principe;Saudi Arabia;Senegal;Serbia;Seychelles;Sierra Leone;Singapore;Slovakia;Slovenia;Solomon Islands;
Somalia;South Africa;South Korea|Republic of Korea|Korea;South Sudan;Spain;Sri Lanka;Sudan;Suriname;Sweden;Switzerland;
Syria;Taiwan|Republic of China;Tajikistan;Tanzania;Thailand;Togo;Tonga;Trinidad and Tobago;Tunisia;Turkey|Turkiye|Türkiye;
Turkmenistan;Tuvalu;Uganda;Ukraine;United Arab Emirates|UAE;United Kingdom|UK|U.K.|Britain|Great Britain;
United States|United States of America|US|U.S.|USA|U.S.A.|America;Uruguay;Uzbekistan;Vanuatu;Vatican|Vatican City|Holy See;
Venezuela;Vietnam|Viet Nam;Yemen;Zambia;Zimbabwe;Yugoslavia;Soviet Union|USSR|U.S.S.R.;Czechoslovakia;East Germany;West Germany;
England;Scotland;Wales;Northern Ireland;Hong Kong;Macau|Macao;Greenland;Puerto Rico;Chechnya;Tibet;Kurdistan;Crimea;Gaza|Gaza Strip;
West Bank;Western Sahara;Abkhazia;South Ossetia;Transnistria;Northern Cyprus`;

/** Capitals and other large or newsworthy cities. */
const CITIES_RAW = `Kabul;Tirana;Algiers;Luanda;Buenos Aires;Yerevan;Canberra;Sydney;Melbourne;Vienna;Baku;Nassau;Manama;Dhaka;Minsk;
Brussels;Antwerp;Sarajevo;Brasilia;Rio de Janeiro;Sao Paulo;Sofia;Phnom Penh;Yaounde;Ottawa;Toronto;Montreal;Vancouver;
Calgary;Santiago;Beijing|Peking;Shanghai;Guangzhou;Shenzhen;Wuhan;Bogota;Kinshasa;Brazzaville;San Jose;Zagreb;Havana;
Nicosia;Prague;Copenhagen;Santo Domingo;Quito;Cairo;Alexandria;San Salvador;Tallinn;Addis Ababa;Helsinki;Paris;Marseille;
Lyon;Tbilisi;Berlin;Bonn;Frankfurt;Munich;Hamburg;Cologne;Accra;Athens;Guatemala City;Conakry;Port-au-Prince;Tegucigalpa;
Budapest;Reykjavik;New Delhi|Delhi;Mumbai|Bombay;Kolkata|Calcutta;Jakarta;Tehran;Baghdad;Basra;Mosul;Dublin;Belfast;
Jerusalem;Tel Aviv;Rome;Milan;Naples;Turin;Kingston;Tokyo;Osaka;Amman;Astana|Nur-Sultan;Almaty;Nairobi;Pristina;
Kuwait City;Bishkek;Vientiane;Riga;Beirut;Monrovia;Tripoli;Benghazi;Vilnius;Antananarivo;Kuala Lumpur;Bamako;Valletta;
Mexico City;Chisinau;Ulan Bator|Ulaanbaatar;Podgorica;Rabat;Casablanca;Maputo;Yangon|Rangoon;Naypyidaw;Windhoek;
Kathmandu;Amsterdam;Rotterdam;The Hague;Wellington;Auckland;Managua;Niamey;Abuja;Lagos;Pyongyang;Skopje;Oslo;Muscat;
Islamabad;Karachi;Lahore;Ramallah;Panama City;Asuncion;Lima;Manila;Warsaw;Lisbon;Doha;Bucharest;Moscow;St Petersburg|
St. Petersburg|Saint Petersburg;Kigali;Riyadh;Jeddah;Mecca;Dakar;Belgrade;Freetown;Bratislava;Ljubljana;Mogadishu;
Pretoria;Johannesburg;Cape Town;Durban;Seoul;Juba;Madrid;Barcelona;Colombo;Khartoum;Stockholm;Bern|Berne;Geneva;Zurich;
Damascus;Aleppo;Taipei;Dushanbe;Dodoma;Dar es Salaam;Bangkok;Lome;Tunis;Ankara;Istanbul;Ashgabat;Kampala;Kiev|Kyiv;
Kharkiv|Kharkov;Odessa|Odesa;Abu Dhabi;Dubai;London;Manchester;Liverpool;Birmingham;Edinburgh;Glasgow;Cardiff;
Washington|Washington D.C.|Washington, D.C.;New York|New York City;Los Angeles;Chicago;Houston;Boston;San Francisco;
Miami;Atlanta;Dallas;Detroit;Philadelphia;Seattle;Denver;Montevideo;Tashkent;Caracas;Hanoi;Ho Chi Minh City|Saigon;
Sanaa;Aden;Lusaka;Harare;Luxembourg City;Monaco;Singapore;Hong Kong;Gaza City;Grozny;Sevastopol;Donetsk;Luhansk;
Strasbourg;Davos;Vladivostok;Novosibirsk;Yekaterinburg;Sochi;Kaliningrad;Gomel;Grodno;Brest;Vitebsk;Mogilev`;

/** Regions, continents, US states (with the AP abbreviations that are no other word or name) and other places. */
const REGIONS_RAW = `Europe;Asia;Africa;North America;South America;Latin America;Central America;Oceania;Antarctica;Arctic;
Middle East;Near East;Far East;Eastern Europe;Western Europe;Central Europe;Southeast Asia;South Asia;Central Asia;
East Asia;Balkans;Caucasus;Scandinavia;Baltic;Baltics;Gulf;Persian Gulf;Mediterranean;Caribbean;Pacific;Atlantic;
Sahel;Horn of Africa;Siberia;Kashmir;Punjab;Bavaria;Catalonia;Quebec;Ontario;British Columbia;Alberta;Manitoba;
Saskatchewan;Nova Scotia;Alabama|Ala.;Alaska;Arizona|Ariz.;Arkansas;California|Calif.;Colorado|Colo.;Connecticut|Conn.;Delaware;Florida|Fla.;Hawaii;Idaho;
Illinois;Indiana;Iowa;Kansas;Kentucky;Louisiana;Maine;Maryland;Massachusetts;Michigan|Mich.;Minnesota|Minn.;Mississippi;Missouri;
Montana;Nebraska|Neb.;Nevada|Nev.;New Hampshire|N.H.;New Jersey|N.J.;New Mexico|N.M.;North Carolina|N.C.;North Dakota|N.D.;Ohio;Oklahoma|Okla.;Oregon|Ore.;
Pennsylvania;Rhode Island|R.I.;South Carolina|S.C.;South Dakota|S.D.;Tennessee|Tenn.;Texas;Utah;Vermont;Virginia;West Virginia|W.Va.;Wisconsin|Wis.;
Wyoming|Wyo.;Silicon Valley;Wall Street;Donbas|Donbass;Nagorno-Karabakh;Xinjiang;Tibet;Kurdistan;Darfur;Sinai;Golan Heights`;

/** Demonym or adjective, then the country or place it refers to. */
const DEMONYMS_RAW = `Afghan|Afghanistan;Albanian|Albania;Algerian|Algeria;Angolan|Angola;Argentine|Argentina;Argentinian|Argentina;
Armenian|Armenia;Australian|Australia;Austrian|Austria;Azerbaijani|Azerbaijan;Azeri|Azerbaijan;Bahraini|Bahrain;
Bangladeshi|Bangladesh;Belarusian|Belarus;Belarussian|Belarus;Byelorussian|Belarus;Belgian|Belgium;Bolivian|Bolivia;
Bosnian|Bosnia and Herzegovina;Brazilian|Brazil;British|United Kingdom;Bulgarian|Bulgaria;Burmese|Myanmar;
Cambodian|Cambodia;Cameroonian|Cameroon;Canadian|Canada;Chilean|Chile;Chinese|China;Colombian|Colombia;
Congolese|Democratic Republic of the Congo;Croatian|Croatia;Croat|Croatia;Cuban|Cuba;Cypriot|Cyprus;Czech|Czech Republic;
Danish|Denmark;Dane|Denmark;Dominican|Dominican Republic;Dutch|Netherlands;Ecuadorian|Ecuador;Egyptian|Egypt;
Emirati|United Arab Emirates;English|England;Eritrean|Eritrea;Estonian|Estonia;Ethiopian|Ethiopia;Finnish|Finland;
Finn|Finland;French|France;Georgian|Georgia;German|Germany;Ghanaian|Ghana;Greek|Greece;Guatemalan|Guatemala;
Haitian|Haiti;Honduran|Honduras;Hungarian|Hungary;Icelandic|Iceland;Indian|India;Indonesian|Indonesia;Iranian|Iran;
Iraqi|Iraq;Irish|Ireland;Israeli|Israel;Italian|Italy;Jamaican|Jamaica;Japanese|Japan;Jordanian|Jordan;
Kazakh|Kazakhstan;Kazakhstani|Kazakhstan;Kenyan|Kenya;Kosovar|Kosovo;Kuwaiti|Kuwait;Kyrgyz|Kyrgyzstan;Lao|Laos;
Laotian|Laos;Latvian|Latvia;Lebanese|Lebanon;Liberian|Liberia;Libyan|Libya;Lithuanian|Lithuania;
Luxembourgish|Luxembourg;Macedonian|North Macedonia;Malagasy|Madagascar;Malaysian|Malaysia;Malian|Mali;Maltese|Malta;
Mauritanian|Mauritania;Mexican|Mexico;Moldovan|Moldova;Mongolian|Mongolia;Montenegrin|Montenegro;Moroccan|Morocco;
Mozambican|Mozambique;Namibian|Namibia;Nepalese|Nepal;Nepali|Nepal;New Zealander|New Zealand;Nicaraguan|Nicaragua;
Nigerian|Nigeria;Nigerien|Niger;North Korean|North Korea;Norwegian|Norway;Omani|Oman;Pakistani|Pakistan;
Palestinian|Palestine;Panamanian|Panama;Paraguayan|Paraguay;Peruvian|Peru;Filipino|Philippines;Philippine|Philippines;
Polish|Poland;Pole|Poland;Portuguese|Portugal;Qatari|Qatar;Romanian|Romania;Russian|Russia;Rwandan|Rwanda;
Saudi|Saudi Arabia;Saudi Arabian|Saudi Arabia;Scottish|Scotland;Scot|Scotland;Senegalese|Senegal;Serbian|Serbia;
Serb|Serbia;Singaporean|Singapore;Slovak|Slovakia;Slovenian|Slovenia;Slovene|Slovenia;Somali|Somalia;
South African|South Africa;South Korean|South Korea;Korean|South Korea;South Sudanese|South Sudan;Spanish|Spain;
Spaniard|Spain;Sri Lankan|Sri Lanka;Sudanese|Sudan;Swedish|Sweden;Swede|Sweden;Swiss|Switzerland;Syrian|Syria;
Taiwanese|Taiwan;Tajik|Tajikistan;Tanzanian|Tanzania;Thai|Thailand;Tunisian|Tunisia;Turkish|Turkey;Turk|Turkey;
Turkmen|Turkmenistan;Ugandan|Uganda;Ukrainian|Ukraine;American|United States;Uruguayan|Uruguay;Uzbek|Uzbekistan;
Venezuelan|Venezuela;Vietnamese|Vietnam;Welsh|Wales;Yemeni|Yemen;Zambian|Zambia;Zimbabwean|Zimbabwe;
Yugoslav|Yugoslavia;Soviet|Soviet Union;Chechen|Chechnya;Tibetan|Tibet;Kurdish|Kurdistan;Kurd|Kurdistan;
Crimean|Crimea;Quebecois|Quebec;Texan|Texas;Californian|California;Bavarian|Bavaria;Catalan|Catalonia;
Muscovite|Moscow;Londoner|London;Parisian|Paris;European|Europe;Asian|Asia;African|Africa;Arab|Arab world;
Latin American|Latin America;Caribbean|Caribbean;Scandinavian|Scandinavia;Baltic|Baltic;Balkan|Balkans`;

/** International and supranational organizations: name, then acronyms and short forms. */
const INTL_ORGS_RAW = `United Nations|UN|U.N.;UN Security Council|Security Council|UNSC;UN General Assembly|General Assembly;
European Union|EU|E.U.;European Commission|Commission;European Parliament;European Council;Council of Europe;
European Central Bank|ECB;NATO|North Atlantic Treaty Organization|Nato;Organization for Security and Co-operation in Europe|
Organization for Security and Cooperation in Europe|OSCE;Commonwealth of Independent States|CIS;
Collective Security Treaty Organization|CSTO;Eurasian Economic Union|EAEU|EEU;Shanghai Cooperation Organisation|
Shanghai Cooperation Organization|SCO;African Union|AU;Organization of African Unity|OAU;Arab League|League of Arab States;
Gulf Cooperation Council|GCC;Association of Southeast Asian Nations|ASEAN;Asia-Pacific Economic Cooperation|APEC;
Organization of American States|OAS;Mercosur;World Trade Organization|WTO;International Monetary Fund|IMF;
World Bank;World Health Organization|WHO;International Atomic Energy Agency|IAEA;
Organisation for Economic Co-operation and Development|OECD;Organization of the Petroleum Exporting Countries|OPEC;
International Criminal Court|ICC;International Court of Justice|ICJ;International Committee of the Red Cross|ICRC|Red Cross;
UNICEF;UNESCO;UN High Commissioner for Refugees|UNHCR;World Food Programme|WFP;Interpol;Europol;G7|Group of Seven;
G8|Group of Eight;G20|Group of 20;BRICS;Commonwealth;Amnesty International;Human Rights Watch;Greenpeace;
Doctors Without Borders|Medecins Sans Frontieres|MSF;International Olympic Committee|IOC;FIFA;UEFA;
European Bank for Reconstruction and Development|EBRD;Asian Development Bank|ADB;Warsaw Pact;
Organisation of Islamic Cooperation|OIC;Non-Aligned Movement|NAM;European Free Trade Association|EFTA;
International Energy Agency|IEA;International Labour Organization|ILO;Hamas;Hezbollah;Taliban;al-Qaeda|al Qaeda;
Islamic State|ISIS|ISIL;Palestine Liberation Organization|PLO;Kremlin;White House;Pentagon;State Department;
Congress;Senate;House of Representatives;Federal Reserve|Fed;FBI;CIA;NASA;Downing Street;Elysee|Elysee Palace;
Bundestag;Duma|State Duma;Knesset;Sejm;Politburo;Vatican;Bundesbank;Bank of England;Bank of Japan;Bank of Canada;
Parliament;Supreme Court`;

/** News agencies and large news outlets. */
const NEWS_AGENCIES_RAW = `Reuters;Associated Press|AP;Agence France-Presse|AFP;United Press International|UPI;Bloomberg;
Deutsche Presse-Agentur|DPA|dpa;Xinhua|Xinhua News Agency;Kyodo|Kyodo News;TASS|ITAR-TASS;RIA Novosti|RIA;Interfax;Sputnik;
Anadolu|Anadolu Agency;ANSA;EFE;Yonhap;Press Trust of India|PTI;Associated Press of Pakistan|APP;BelTA;Ukrinform;
UNIAN;IRNA;Fars|Fars News Agency;Tasnim;Anatolia;Jiji|Jiji Press;Bernama;Antara;PAP;CTK;MTI;Agerpres;BTA;HINA;Tanjug;
Canadian Press|CP;Australian Associated Press|AAP;UrduPoint|UrduPoint News;Dawn;BBC;CNN;Al Jazeera;Sky News;CBC;
NPR;PBS;ABC;CBS;NBC;Fox News;RT|Russia Today;Deutsche Welle|DW;France 24;Euronews;New York Times;Washington Post;
Wall Street Journal;Financial Times;The Guardian|Guardian;The Times;Le Monde;Der Spiegel|Spiegel;Die Welt;
Frankfurter Allgemeine Zeitung;El Pais;Corriere della Sera;Izvestia;Kommersant;Pravda;Interfax-Ukraine;
Global Times;People's Daily;China Daily;Asahi Shimbun;Yomiuri Shimbun;Nikkei;Times of India;The Hindu`;

/** Heads of state and government and other prominent politicians. */
const LEADERS_RAW = `Alexander Lukashenko|Alexander Lukashenka|Aleksandr Lukashenko;Svetlana Tikhanovskaya|Sviatlana Tsikhanouskaya;
Vladimir Putin;Dmitry Medvedev;Mikhail Mishustin;Sergei Lavrov|Sergey Lavrov;Dmitry Peskov;Boris Yeltsin;Mikhail Gorbachev;
Viktor Chernomyrdin;Donald Trump;Joe Biden;Kamala Harris;Barack Obama;Mike Pence;Mike Pompeo;Antony Blinken;
George W. Bush;George Bush;Bill Clinton;Hillary Clinton;Bob Dole;Al Gore;Madeleine Albright;Warren Christopher;
Justin Trudeau;Chrystia Freeland;Francois-Philippe Champagne|François-Philippe Champagne;Jean Chretien|Jean Chrétien;
Stephen Harper;Boris Johnson;Theresa May;David Cameron;Tony Blair;Gordon Brown;John Major;Keir Starmer;Rishi Sunak;
Liz Truss;Queen Elizabeth|Elizabeth II;King Charles|Charles III;Emmanuel Macron;Jacques Chirac;Nicolas Sarkozy;
Francois Hollande;Angela Merkel;Helmut Kohl;Gerhard Schroeder;Olaf Scholz;Heiko Maas;Frank-Walter Steinmeier;
Xi Jinping;Li Keqiang;Wang Yi;Jiang Zemin;Hu Jintao;Deng Xiaoping;Li Peng;Shinzo Abe;Yoshihide Suga;Fumio Kishida;
Narendra Modi;Imran Khan;Nawaz Sharif;Benazir Bhutto;Shehbaz Sharif;Recep Tayyip Erdogan|Tayyip Erdogan;
Benjamin Netanyahu;Naftali Bennett;Yair Lapid;Shimon Peres;Yitzhak Rabin;Mahmoud Abbas;Yasser Arafat;
Hassan Rouhani;Ali Khamenei|Ayatollah Ali Khamenei;Javad Zarif|Mohammad Javad Zarif;Bashar al-Assad|Bashar Assad;
Saddam Hussein;Muammar Gaddafi|Muammar Qaddafi;Hosni Mubarak;Abdel Fattah al-Sisi|Abdel Fattah el-Sisi;
Mohammed bin Salman;King Salman;Kim Jong Un|Kim Jong-un;Kim Jong Il|Kim Jong-il;Moon Jae-in;Yoon Suk Yeol;
Volodymyr Zelensky|Volodymyr Zelenskiy;Petro Poroshenko;Leonid Kuchma;Viktor Yanukovych;Nursultan Nazarbayev;
Kassym-Jomart Tokayev;Ilham Aliyev;Nikol Pashinyan;Emomali Rahmon;Shavkat Mirziyoyev;Viktor Orban;
Andrzej Duda;Mateusz Morawiecki;Jair Bolsonaro;Luiz Inacio Lula da Silva|Lula;Nicolas Maduro;Hugo Chavez;
Juan Guaido;Fidel Castro;Raul Castro;Andres Manuel Lopez Obrador;Alberto Fernandez;Mauricio Macri;
Cyril Ramaphosa;Nelson Mandela;Muhammadu Buhari;Paul Kagame;Abiy Ahmed;Uhuru Kenyatta;Yoweri Museveni;
Robert Mugabe;Scott Morrison;Anthony Albanese;Jacinda Ardern;Rodrigo Duterte;Joko Widodo;Mahathir Mohamad;
Lee Hsien Loong;Aung San Suu Kyi;Tsai Ing-wen;Pope Francis;Antonio Guterres|António Guterres;Ban Ki-moon;
Kofi Annan;Boutros Boutros-Ghali;Jens Stoltenberg;Ursula von der Leyen;Charles Michel;Josep Borrell;
Donald Tusk;Jean-Claude Juncker;Jacques Santer;Christine Lagarde;Mario Draghi;Kristalina Georgieva;
Tedros Adhanom Ghebreyesus|Tedros Adhanom;Vladimir Makei;Roman Protasevich;Maria Kolesnikova;Viktor Babariko;
Alexei Navalny;Giuseppe Conte;Pedro Sanchez;Mark Rutte;Sebastian Kurz;Alexis Tsipras;Kyriakos Mitsotakis;
Slobodan Milosevic;Franjo Tudjman;Alija Izetbegovic;Radovan Karadzic;Ratko Mladic;Jiang Zemin;Kim Young-sam;
Ryutaro Hashimoto;Benazir Bhutto;Yevgeny Primakov;Alexander Lebed;Gennady Zyuganov;Boris Nemtsov;Anatoly Chubais`;

export interface GazetteerEntry {
  canonical: string;
  names: string[];
}

function entries(raw: string): GazetteerEntry[] {
  return parse(raw.replace(/\n/g, '')).map((e) => ({ canonical: e[0]!, names: e }));
}

export const COUNTRIES = entries(COUNTRIES_RAW);
export const CITIES = entries(CITIES_RAW);
export const REGIONS = entries(REGIONS_RAW);
export const INTL_ORGS = entries(INTL_ORGS_RAW);
export const NEWS_AGENCIES = entries(NEWS_AGENCIES_RAW);
export const LEADERS = entries(LEADERS_RAW);

/** Demonym or adjective (e.g. "Belarusian") to the place it refers to ("Belarus"). */
export const DEMONYMS: ReadonlyMap<string, string> = new Map(
  parse(DEMONYMS_RAW.replace(/\n/g, '')).map((e) => [e[0]!, e[1]!] as [string, string]),
);

/** Plural demonyms ("Canadians", "Belarusians") to the singular form. */
export function demonymOf(word: string): string | undefined {
  if (DEMONYMS.has(word)) return DEMONYMS.get(word);
  if (word.endsWith('s') && DEMONYMS.has(word.slice(0, -1))) return DEMONYMS.get(word.slice(0, -1));
  return undefined;
}

/** Gazetteer categories used as tagger features. The order is part of the model: append only. */
export const GAZ_CATEGORIES = ['country', 'city', 'region', 'demonym', 'org', 'agency', 'leader', 'first', 'title'] as const;
export type GazCategory = (typeof GAZ_CATEGORIES)[number];

/** Given names (first names of the leaders above plus common ones), a person-name cue. */
const FIRST_NAMES_RAW = `John;James;Robert;Michael;William;David;Richard;Joseph;Thomas;Charles;Christopher;Daniel;Matthew;
Anthony;Mark;Donald;Steven;Paul;Andrew;Joshua;Kenneth;Kevin;Brian;George;Edward;Ronald;Timothy;Jason;Jeffrey;Ryan;Jacob;
Gary;Nicholas;Eric;Jonathan;Stephen;Larry;Justin;Scott;Brandon;Benjamin;Samuel;Frank;Gregory;Raymond;Alexander;Patrick;
Jack;Dennis;Jerry;Tyler;Aaron;Jose;Henry;Adam;Douglas;Nathan;Peter;Zachary;Kyle;Walter;Harold;Jeremy;Ethan;Carl;Keith;
Roger;Gerald;Christian;Terry;Sean;Arthur;Austin;Noah;Lawrence;Jesse;Joe;Bryan;Billy;Jordan;Albert;Dylan;Bruce;Willie;
Gabriel;Alan;Juan;Logan;Wayne;Ralph;Roy;Eugene;Randy;Vincent;Russell;Louis;Philip;Bobby;Johnny;Bradley;Mary;Patricia;
Jennifer;Linda;Elizabeth;Barbara;Susan;Jessica;Sarah;Karen;Nancy;Lisa;Margaret;Betty;Sandra;Ashley;Dorothy;Kimberly;
Emily;Donna;Michelle;Carol;Amanda;Melissa;Deborah;Stephanie;Rebecca;Laura;Sharon;Cynthia;Kathleen;Amy;Shirley;Angela;
Helen;Anna;Brenda;Pamela;Nicole;Samantha;Katherine;Emma;Ruth;Christine;Catherine;Debra;Rachel;Carolyn;Janet;Virginia;
Maria;Heather;Diane;Julie;Joyce;Victoria;Kelly;Christina;Joan;Evelyn;Lauren;Judith;Olivia;Martha;Cheryl;Megan;Andrea;
Hannah;Jacqueline;Ann;Jean;Alice;Kathryn;Gloria;Teresa;Doris;Sara;Janice;Julia;Marie;Madison;Grace;Judy;Theresa;
Beverly;Denise;Marilyn;Amber;Danielle;Abigail;Brittany;Rose;Diana;Natalie;Sophia;Alexis;Lori;Kayla;Jane;
Vladimir;Dmitry;Dmitri;Sergei;Sergey;Alexei;Alexey;Andrei;Andrey;Mikhail;Nikolai;Ivan;Igor;Oleg;Yuri;Boris;Viktor;
Victor;Anatoly;Gennady;Yevgeny;Evgeny;Pavel;Roman;Maxim;Ilya;Konstantin;Leonid;Valery;Vitaly;Svetlana;Tatiana;Olga;
Natalia;Irina;Elena;Yelena;Anna;Ekaterina;Maria;Ludmila;Galina;Aleksandr;Aleksandra;Volodymyr;Petro;Oleksandr;Mykola;
Hans;Klaus;Wolfgang;Helmut;Jurgen;Gerhard;Angela;Heinz;Karl;Friedrich;Werner;Franz;Jean;Pierre;Jacques;Francois;
Michel;Philippe;Alain;Nicolas;Emmanuel;Marie;Catherine;Isabelle;Giuseppe;Giovanni;Marco;Luca;Paolo;Francesco;Antonio;
Carlos;Luis;Jorge;Miguel;Pedro;Manuel;Javier;Fernando;Juan;Ana;Carmen;Mohammed;Mohammad;Muhammad;Ahmed;Ali;Hassan;
Hussein;Omar;Abdul;Abdullah;Ibrahim;Mahmoud;Khalid;Yusuf;Mustafa;Fatima;Aisha;Wang;Li;Zhang;Liu;Chen;Hiroshi;Takeshi;
Yoshihide;Shinzo;Kim;Lee;Park;Raj;Rahul;Amit;Sanjay;Priya;Narendra;Imran;Nawaz;Recep;Benjamin;Yitzhak;Shimon;Moshe;
David;Ariel;Ehud;Avigdor;Mahmoud;Yasser;Bashar;Hafez;Nelson;Jacob;Cyril;Thabo;Kofi;Boutros;Javier;Tony;Gordon;Nick;
Jim;Bill;Tom;Bob;Mike;Dave;Steve;Chris;Jeff;Tim;Dan;Greg;Ken;Ron;Rob;Ben;Sam;Matt;Pete;Andy;Fred;Ed;Ted;Al;Ray;Sue;Liz;
Kate;Meg;Jenny;Justin;Francois-Philippe;Jean-Claude;Jean-Pierre;Jean-Marie;Jean-Luc;Hans-Dietrich;Karl-Heinz`;

export const FIRST_NAMES: ReadonlySet<string> = new Set(parse(FIRST_NAMES_RAW.replace(/\n/g, '')).map((e) => e[0]!));

/** Titles and role words that precede a person's name; they are roles, not part of the name. */
export const TITLES: ReadonlySet<string> = new Set(
  `President|Vice President|Vice-President|Prime Minister|Premier|Chancellor|Minister|Foreign Minister|Defence Minister|
Defense Minister|Finance Minister|Interior Minister|Secretary|Secretary of State|Secretary-General|Secretary General|
Ambassador|Envoy|Spokesman|Spokeswoman|Spokesperson|Senator|Sen.|Rep.|Representative|Congressman|Congresswoman|Governor|
Gov.|Mayor|King|Queen|Prince|Princess|Emperor|Pope|Cardinal|Archbishop|Bishop|Rabbi|Imam|Sheikh|Ayatollah|General|Gen.|
Colonel|Col.|Lieutenant|Lt.|Major|Maj.|Captain|Capt.|Admiral|Adm.|Sergeant|Sgt.|Marshal|Commander|Chief|Judge|Justice|
Lord|Lady|Sir|Dame|Dr.|Dr|Doctor|Professor|Prof.|Mr.|Mr|Mrs.|Mrs|Ms.|Ms|Miss|Mme|Monsieur|Madame|Chairman|Chairwoman|
Chair|Director|Commissioner|Speaker|Leader|Coach|Manager|Striker|Defender|Goalkeeper|CEO|Chief Executive|Deputy|
Counsellor|Counselor|Attorney General|Attorney-General|President-elect|Crown Prince|Opposition leader|Incumbent|
Former|Acting|Interim|Candidate|Presidential candidate|Opposition candidate|Head|Patriarch|Dalai Lama|Pastor|Father`
    .replace(/\n/g, '')
    .split('|')
    .map((x) => x.trim())
    .filter(Boolean),
);
