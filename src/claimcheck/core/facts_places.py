"""Place names for entity typing (`facts_entities`): countries, US states, and large or
newsworthy cities. A name found here is typed "place" instead of being guessed from its
shape (two capitalised words looked like a person: "Saudi Arabia", "Kryvyi Rih")."""

from __future__ import annotations

COUNTRIES = frozenset(
    """afghanistan;albania;algeria;andorra;angola;antigua and barbuda;argentina;armenia;
    australia;austria;azerbaijan;bahamas;bahrain;bangladesh;barbados;belarus;belgium;belize;
    benin;bhutan;bolivia;bosnia and herzegovina;botswana;brazil;brunei;bulgaria;burkina faso;
    burundi;cabo verde;cape verde;cambodia;cameroon;canada;central african republic;chile;
    china;colombia;comoros;congo;costa rica;croatia;cuba;cyprus;czech republic;czechia;
    democratic republic of the congo;denmark;djibouti;dominica;dominican republic;east timor;
    timor-leste;ecuador;egypt;el salvador;equatorial guinea;eritrea;estonia;eswatini;ethiopia;
    fiji;finland;france;gabon;gambia;germany;ghana;greece;grenada;guatemala;guinea;
    guinea-bissau;guyana;haiti;honduras;hungary;iceland;india;indonesia;iran;iraq;ireland;
    israel;italy;ivory coast;jamaica;japan;kazakhstan;kenya;kiribati;kosovo;kuwait;
    kyrgyzstan;laos;latvia;lebanon;lesotho;liberia;libya;liechtenstein;lithuania;luxembourg;
    madagascar;malawi;malaysia;maldives;mali;malta;marshall islands;mauritania;mauritius;mexico;
    micronesia;moldova;monaco;mongolia;montenegro;morocco;mozambique;myanmar;burma;namibia;
    nauru;nepal;netherlands;new zealand;nicaragua;niger;nigeria;north korea;north macedonia;
    norway;oman;pakistan;palau;palestine;panama;papua new guinea;paraguay;peru;philippines;
    poland;portugal;qatar;romania;russia;rwanda;saint lucia;samoa;san marino;saudi arabia;
    senegal;serbia;seychelles;sierra leone;singapore;slovakia;slovenia;solomon islands;somalia;
    south africa;south korea;south sudan;spain;sri lanka;sudan;suriname;sweden;switzerland;
    syria;taiwan;tajikistan;tanzania;thailand;togo;tonga;trinidad and tobago;tunisia;turkey;
    turkiye;turkmenistan;tuvalu;uganda;ukraine;united arab emirates;united kingdom;
    united states;uruguay;uzbekistan;vanuatu;vatican;venezuela;vietnam;yemen;zambia;zimbabwe;
    england;scotland;wales;northern ireland;greenland;hong kong;macau;puerto rico""".split(";")
)
US_STATES = frozenset(
    """alabama;alaska;arizona;arkansas;california;colorado;connecticut;delaware;florida;
    hawaii;idaho;illinois;indiana;iowa;kansas;kentucky;louisiana;maine;maryland;
    massachusetts;michigan;minnesota;mississippi;missouri;montana;nebraska;nevada;
    new hampshire;new jersey;new mexico;new york;north carolina;north dakota;ohio;oklahoma;
    oregon;pennsylvania;rhode island;south carolina;south dakota;tennessee;texas;utah;
    vermont;washington state;west virginia;wisconsin;wyoming""".split(";")
)
CITIES = frozenset(
    """london;paris;berlin;madrid;rome;vienna;warsaw;prague;budapest;bucharest;
    athens;istanbul;ankara;moscow;st petersburg;kyiv;kiev;minsk;vilnius;riga;tallinn;helsinki;
    stockholm;oslo;copenhagen;amsterdam;brussels;luxembourg;zurich;geneva;bern;lisbon;porto;
    barcelona;dublin;edinburgh;manchester;birmingham;liverpool;glasgow;munich;hamburg;
    frankfurt;cologne;marseille;lyon;naples;venice;belgrade;zagreb;sarajevo;
    tbilisi;yerevan;baku;tehran;baghdad;damascus;beirut;amman;jerusalem;tel aviv;riyadh;
    jeddah;dubai;abu dhabi;doha;cairo;tripoli;tunis;algiers;rabat;casablanca;lagos;abuja;
    nairobi;addis ababa;khartoum;kinshasa;johannesburg;cape town;pretoria;kabul;islamabad;
    karachi;lahore;new delhi;delhi;mumbai;kolkata;chennai;bangalore;dhaka;kathmandu;colombo;
    beijing;shanghai;hong kong;shenzhen;guangzhou;wuhan;taipei;seoul;pyongyang;tokyo;osaka;
    bangkok;hanoi;ho chi minh city;manila;jakarta;kuala lumpur;singapore;melbourne;
    brisbane;auckland;ottawa;toronto;montreal;vancouver;
    new york city;los angeles;chicago;houston;san francisco;seattle;boston;miami;atlanta;
    philadelphia;detroit;las vegas;san diego;san jose;mexico city;
    bogota;buenos aires;sao paulo;rio de janeiro;brasilia;caracas;havana;
    gaziantep;kahramanmaras;aleppo;idlib;mosul;gaza city;rafah;khan younis;ramallah;
    kharkiv;odesa;odessa;lviv;dnipro;zaporizhzhia;kherson;mariupol;bakhmut;avdiivka;
    kryvyi rih;sumy;chernihiv;poltava;mykolaiv;donetsk;luhansk;sevastopol;belgorod;kursk;
    bryansk;voronezh;rostov-on-don;novosibirsk;yekaterinburg;kazan;
    denver;boise;baltimore;phoenix;portland;sacramento;minneapolis;milwaukee;pittsburgh;
    cincinnati;st louis;st. louis;kansas city;new orleans;nashville;memphis;louisville;tampa;
    orlando;raleigh;salt lake city;albuquerque;tucson;el paso;oklahoma city;honolulu;anchorage;
    fresno;oakland;san antonio;fort worth;jacksonville;indianapolis;newark;leeds;sheffield;
    bristol;cardiff;belfast;newcastle;nottingham;leicester;southampton;brighton;aberdeen;
    coventry;oxford;cambridge;turin;bologna;seville;valencia;bilbao;rotterdam;antwerp;gdansk;
    krakow;kraków;lodz;kaunas;chisinau;thessaloniki;izmir;antalya;mecca;muscat;
    kuwait city;sanaa;mogadishu;kampala;kigali;dar es salaam;accra;dakar;luanda;harare;
    lusaka;maputo;beira;durban;lima;quito;montevideo;medellin;guadalajara;monterrey;
    tijuana;calgary;edmonton;winnipeg;quebec city;perth;adelaide;canberra;christchurch;chengdu;
    chongqing;tianjin;nanjing;hangzhou;kyoto;yokohama;busan;incheon;peshawar;hyderabad;
    ahmedabad;pune;yangon;phnom penh;vientiane;davao;cebu;surabaya;kandahar;herat;basra;erbil;
    kirkuk;homs;hama;latakia;haifa;nablus;hebron;jenin;sderot;ashkelon;eilat;grozny;volgograd;
    samara;omsk;chelyabinsk;krasnodar;murmansk;kaliningrad;vladivostok;irkutsk;kramatorsk;
    sloviansk;kupiansk;pokrovsk;izium;melitopol;berdiansk;nikopol;enerhodar;bucha;irpin""".split(
        ";"
    )
)
REGIONS = frozenset(
    """ontario;quebec;british columbia;alberta;manitoba;saskatchewan;nova scotia;new brunswick;
    newfoundland;prince edward island;queensland;new south wales;tasmania;western australia;
    south australia;punjab;kerala;gujarat;maharashtra;bihar;rajasthan;uttar pradesh;
    west bengal;tamil nadu;karnataka;odisha;assam;kashmir;bavaria;saxony;catalonia;andalusia;
    lombardy;sicily;tuscany;sardinia;corsica;normandy;flanders;wallonia;
    siberia;chechnya;dagestan;xinjiang;tibet;sichuan;guangdong;hokkaido;okinawa;mindanao;
    bali;sumatra;borneo;darfur;tigray;kurdistan""".split(";")
)
"""Provinces, states and regions outside the US that wire copy names after a city
("Windsor, Ontario")."""
PLACE_NAMES = frozenset(
    name.strip() for name in COUNTRIES | US_STATES | REGIONS | CITIES if name.strip()
)
"""Lower-case names of countries, US states, regions and cities. Names that are as often a person's
(Jordan, Chad, Georgia, Virginia, Washington, Milan, Sydney, Florence, Sofia ...) are left out: a name holding
a place word is never typed as a person."""
