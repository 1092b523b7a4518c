#include "lexicon.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <unordered_set>

namespace sitrep::text {

using sitrep::core::PlaceKind;

namespace {

// Word lists are looked up for every candidate mention: hash them once.
class WordSet {
public:
    explicit WordSet(std::span<const std::string_view> words) : m_words(words.begin(), words.end()) {}
    [[nodiscard]] bool contains(std::string_view w) const { return m_words.contains(w); }

private:
    std::unordered_set<std::string_view> m_words;
};

constexpr Demonym kDemonyms[] = {
    {"syrian", "SY"}, {"syrians", "SY"}, {"iraqi", "IQ"}, {"iraqis", "IQ"}, {"lebanese", "LB"},
    {"jordanian", "JO"}, {"jordanians", "JO"}, {"israeli", "IL"}, {"israelis", "IL"}, {"turkish", "TR"},
    {"turk", "TR"}, {"turks", "TR"}, {"iranian", "IR"}, {"iranians", "IR"}, {"russian", "RU"},
    {"russians", "RU"}, {"american", "US"}, {"americans", "US"}, {"palestinian", "PS"},
    {"palestinians", "PS"}, {"egyptian", "EG"}, {"egyptians", "EG"}, {"saudi", "SA"}, {"saudis", "SA"},
    {"british", "GB"}, {"french", "FR"}, {"german", "DE"}, {"ukrainian", "UA"}, {"qatari", "QA"},
    {"emirati", "AE"}, {"chinese", "CN"}, {"indian", "IN"}, {"afghan", "AF"}, {"pakistani", "PK"},
    {"yemeni", "YE"}, {"libyan", "LY"}, {"cypriot", "CY"}, {"kuwaiti", "KW"}, {"bahraini", "BH"},
    {"omani", "OM"}, {"azerbaijani", "AZ"}, {"armenian", "AM"}, {"greek", "GR"}, {"italian", "IT"},
    {"damascene", "SY"}, {"aleppan", "SY"}, {"persian", "IR"}, {"kurdish", ""}, {"kurd", ""}, {"kurds", ""},
    {"druze", ""}, {"alawite", ""}, {"alawites", ""}, {"sunni", ""}, {"shia", ""}, {"shiite", ""},
    {"arab", ""}, {"arabs", ""}, {"european", ""}, {"western", ""}, {"circassian", ""}, {"assyrian", ""},
};

constexpr Phrase kPhrases[] = {
    // People whose names hold a place name or are spelled like one.
    {"Bashar al-Assad", PhraseKind::Person, {}}, {"Hafez al-Assad", PhraseKind::Person, {}},
    {"Maher al-Assad", PhraseKind::Person, {}}, {"Asma al-Assad", PhraseKind::Person, {}},
    {"Rifaat al-Assad", PhraseKind::Person, {}}, {"Bassel al-Assad", PhraseKind::Person, {}},
    {"Assad", PhraseKind::Person, {}}, {"al-Assad", PhraseKind::Person, {}}, {"Asad", PhraseKind::Person, {}},
    {"Abu Mohammed al-Jolani", PhraseKind::Person, {}}, {"Abu Mohammad al-Julani", PhraseKind::Person, {}},
    {"Abu Muhammad al-Jawlani", PhraseKind::Person, {}}, {"Jolani", PhraseKind::Person, {}},
    {"Julani", PhraseKind::Person, {}}, {"Jawlani", PhraseKind::Person, {}},
    {"Ahmed al-Sharaa", PhraseKind::Person, {}}, {"Ahmad al-Sharaa", PhraseKind::Person, {}},
    {"Sharaa", PhraseKind::Person, {}}, {"Erdogan", PhraseKind::Person, {}}, {"Putin", PhraseKind::Person, {}},
    {"Trump", PhraseKind::Person, {}}, {"Biden", PhraseKind::Person, {}}, {"Netanyahu", PhraseKind::Person, {}},
    {"Nasrallah", PhraseKind::Person, {}}, {"Khamenei", PhraseKind::Person, {}},
    {"Lavrov", PhraseKind::Person, {}}, {"Blinken", PhraseKind::Person, {}},
    {"Geir Pedersen", PhraseKind::Person, {}}, {"Araghchi", PhraseKind::Person, {}},
    {"Hakan Fidan", PhraseKind::Person, {}}, {"Naim Qassem", PhraseKind::Person, {}},
    {"Mazloum Abdi", PhraseKind::Person, {}}, {"Rami Abdel Rahman", PhraseKind::Person, {}},
    {"Mohammed al-Bashir", PhraseKind::Person, {}}, {"Mohammad Ghazi al-Jalali", PhraseKind::Person, {}},
    {"Faisal Mekdad", PhraseKind::Person, {}}, {"Ali Mamlouk", PhraseKind::Person, {}},
    {"Qassem Soleimani", PhraseKind::Person, {}}, {"Abu Bakr al-Baghdadi", PhraseKind::Person, {}},
    {"Suheil al-Hassan", PhraseKind::Person, {}}, {"Jamil al-Hassan", PhraseKind::Person, {}},
    {"Michel Aoun", PhraseKind::Person, {}}, {"Najib Mikati", PhraseKind::Person, {}},
    {"King Abdullah", PhraseKind::Person, {}}, {"Mohammed bin Salman", PhraseKind::Person, {}},
    // Organisations, outlets and operations.
    {"Hayat Tahrir al-Sham", PhraseKind::Organisation, {}}, {"Hay'at Tahrir al-Sham", PhraseKind::Organisation, {}},
    {"Tahrir al-Sham", PhraseKind::Organisation, {}}, {"Jabhat al-Nusra", PhraseKind::Organisation, {}},
    {"Nusra Front", PhraseKind::Organisation, {}}, {"Jabhat Fatah al-Sham", PhraseKind::Organisation, {}},
    {"Ahrar al-Sham", PhraseKind::Organisation, {}}, {"Jaysh al-Islam", PhraseKind::Organisation, {}},
    {"Jaish al-Islam", PhraseKind::Organisation, {}}, {"Faylaq al-Sham", PhraseKind::Organisation, {}},
    {"Jaish al-Izza", PhraseKind::Organisation, {}}, {"Syrian Democratic Forces", PhraseKind::Organisation, {}},
    {"Syrian National Army", PhraseKind::Organisation, {}}, {"Free Syrian Army", PhraseKind::Organisation, {}},
    {"Syrian Arab Army", PhraseKind::Organisation, {}}, {"Syrian Air Force", PhraseKind::Organisation, {}},
    {"Syrian Observatory for Human Rights", PhraseKind::Organisation, {}},
    {"Islamic State", PhraseKind::Organisation, {}}, {"Islamic State of Iraq and the Levant", PhraseKind::Organisation, {}},
    {"Islamic State of Iraq and Syria", PhraseKind::Organisation, {}},
    {"Islamic State in Iraq and Syria", PhraseKind::Organisation, {}},
    {"Islamic State of Iraq and al-Sham", PhraseKind::Organisation, {}},
    {"Islamic State of Iraq", PhraseKind::Organisation, {}}, {"Hezbollah", PhraseKind::Organisation, {}},
    {"Hizbollah", PhraseKind::Organisation, {}}, {"Hizballah", PhraseKind::Organisation, {}},
    {"Hamas", PhraseKind::Organisation, {}}, {"Popular Mobilization Forces", PhraseKind::Organisation, {}},
    {"Popular Mobilisation Forces", PhraseKind::Organisation, {}}, {"Kataib Hezbollah", PhraseKind::Organisation, {}},
    {"Southern Operations Room", PhraseKind::Organisation, {}},
    {"Military Operations Command", PhraseKind::Organisation, {}},
    {"Deterrence of Aggression", PhraseKind::Organisation, {}},
    {"Center for Strategic and International Studies", PhraseKind::Organisation, {}},
    {"United Nations", PhraseKind::Organisation, {}}, {"Security Council", PhraseKind::Organisation, {}},
    {"European Union", PhraseKind::Organisation, {}}, {"Arab League", PhraseKind::Organisation, {}},
    {"Syrian Arab News Agency", PhraseKind::Organisation, {}}, {"SANA", PhraseKind::Organisation, {}},
    {"Reuters", PhraseKind::Organisation, {}}, {"Al Jazeera", PhraseKind::Organisation, {}},
    {"Al Arabiya", PhraseKind::Organisation, {}}, {"Al-Watan", PhraseKind::Organisation, {}},
    {"Al-Monitor", PhraseKind::Organisation, {}}, {"Enab Baladi", PhraseKind::Organisation, {}},
    {"Sham FM", PhraseKind::Organisation, {}}, {"Syria TV", PhraseKind::Organisation, {}},
    {"Orient News", PhraseKind::Organisation, {}}, {"Baath Party", PhraseKind::Organisation, {}},
    {"Ba'ath Party", PhraseKind::Organisation, {}}, {"Kurdistan Workers' Party", PhraseKind::Organisation, {}},
    {"People's Protection Units", PhraseKind::Organisation, {}}, {"Republican Guard", PhraseKind::Organisation, {}},
    {"Fourth Division", PhraseKind::Organisation, {}}, {"Tiger Forces", PhraseKind::Organisation, {}},
    {"Islamic Revolutionary Guard Corps", PhraseKind::Organisation, {}},
    {"Quds Force", PhraseKind::Organisation, {}}, {"Liwa al-Quds", PhraseKind::Organisation, {}},
    {"Jerusalem Post", PhraseKind::Organisation, {}}, {"Times of Israel", PhraseKind::Organisation, {}},
    {"Tehran Times", PhraseKind::Organisation, {}}, {"Damascus University", PhraseKind::Organisation, {}},
    {"Aleppo University", PhraseKind::Organisation, {}}, {"University of Damascus", PhraseKind::Organisation, {}},
    {"Syrian Salvation Government", PhraseKind::Organisation, {}},
    {"Syrian Interim Government", PhraseKind::Organisation, {}},
    {"White Helmets", PhraseKind::Organisation, {}}, {"Syria Civil Defence", PhraseKind::Organisation, {}},
    {"Middle East Studies", PhraseKind::Organisation, {}}, {"Middle East Institute", PhraseKind::Organisation, {}},
};

using K = PlaceKind;
constexpr WorldPlace kWorld[] = {
    {"wx:SY", "Syria", "Syrian Arab Republic", K::Country, "SY", 35.0, 38.0, 22933531},
    {"wx:LB", "Lebanon", "Lebanese Republic", K::Country, "LB", 33.8333, 35.8333, 5469612},
    {"wx:JO", "Jordan", "Hashemite Kingdom of Jordan", K::Country, "JO", 31.0, 36.0, 10101694},
    {"wx:IL", "Israel", "State of Israel", K::Country, "IL", 31.5, 34.75, 8883800},
    {"wx:PS", "Palestine", "Palestinian Territories|State of Palestine", K::Country, "PS", 32.0, 35.25, 4569087},
    {"wx:IQ", "Iraq", "Republic of Iraq", K::Country, "IQ", 33.0, 44.0, 38433600},
    {"wx:TR", "Turkey", "Turkiye|T\xC3\xBCrkiye|Republic of Turkey", K::Country, "TR", 39.0, 35.0, 82319724},
    {"wx:CY", "Cyprus", "", K::Country, "CY", 35.0, 33.0, 1189265},
    {"wx:EG", "Egypt", "", K::Country, "EG", 27.0, 30.0, 98423595},
    {"wx:SA", "Saudi Arabia", "Kingdom of Saudi Arabia", K::Country, "SA", 25.0, 45.0, 33699947},
    {"wx:IR", "Iran", "Islamic Republic of Iran", K::Country, "IR", 32.0, 53.0, 81800269},
    {"wx:RU", "Russia", "Russian Federation", K::Country, "RU", 60.0, 100.0, 144478050},
    {"wx:UA", "Ukraine", "", K::Country, "UA", 49.0, 32.0, 44622516},
    {"wx:US", "United States", "United States of America|USA|US|U.S.|U.S.A.|America", K::Country, "US", 39.76, -98.5, 327167434},
    {"wx:GB", "United Kingdom", "Britain|Great Britain|UK|U.K.", K::Country, "GB", 54.7584, -2.6953, 66488991},
    {"wx:FR", "France", "", K::Country, "FR", 46.0, 2.0, 66987244},
    {"wx:DE", "Germany", "", K::Country, "DE", 51.5, 10.5, 82927922},
    {"wx:IT", "Italy", "", K::Country, "IT", 42.8333, 12.8333, 60431283},
    {"wx:GR", "Greece", "", K::Country, "GR", 39.0, 22.0, 10727668},
    {"wx:NL", "Netherlands", "Holland", K::Country, "NL", 52.25, 5.75, 17231017},
    {"wx:BE", "Belgium", "", K::Country, "BE", 50.75, 4.5, 11422068},
    {"wx:AT", "Austria", "", K::Country, "AT", 47.3333, 13.3333, 8847037},
    {"wx:SE", "Sweden", "", K::Country, "SE", 62.0, 15.0, 10183175},
    {"wx:NO", "Norway", "", K::Country, "NO", 62.0, 10.0, 5314336},
    {"wx:DK", "Denmark", "", K::Country, "DK", 56.0, 10.0, 5797446},
    {"wx:CH", "Switzerland", "", K::Country, "CH", 47.0, 8.0, 8516543},
    {"wx:ES", "Spain", "", K::Country, "ES", 40.0, -4.0, 46723749},
    {"wx:PL", "Poland", "", K::Country, "PL", 52.0, 20.0, 37978548},
    {"wx:CA", "Canada", "", K::Country, "CA", 60.0, -96.0, 37058856},
    {"wx:AU", "Australia", "", K::Country, "AU", -25.0, 135.0, 24992369},
    {"wx:CN", "China", "People's Republic of China", K::Country, "CN", 35.0, 105.0, 1411778724},
    {"wx:IN", "India", "", K::Country, "IN", 22.0, 79.0, 1352617328},
    {"wx:JP", "Japan", "", K::Country, "JP", 35.6851, 139.7514, 126529100},
    {"wx:QA", "Qatar", "", K::Country, "QA", 25.5, 51.25, 2781677},
    {"wx:AE", "United Arab Emirates", "UAE|Emirates", K::Country, "AE", 24.0, 54.0, 9630959},
    {"wx:KW", "Kuwait", "", K::Country, "KW", 29.5, 47.75, 4137309},
    {"wx:BH", "Bahrain", "", K::Country, "BH", 26.0333, 50.55, 1569439},
    {"wx:OM", "Oman", "", K::Country, "OM", 21.0, 57.0, 4829483},
    {"wx:YE", "Yemen", "", K::Country, "YE", 15.5, 47.5, 28498687},
    {"wx:LY", "Libya", "", K::Country, "LY", 28.0, 17.0, 6678567},
    {"wx:SD", "Sudan", "", K::Country, "SD", 15.0, 30.0, 41801533},
    {"wx:TN", "Tunisia", "", K::Country, "TN", 34.0, 9.0, 11565204},
    {"wx:DZ", "Algeria", "", K::Country, "DZ", 28.0, 3.0, 42228429},
    {"wx:MA", "Morocco", "", K::Country, "MA", 32.0, -5.0, 36029138},
    {"wx:AF", "Afghanistan", "", K::Country, "AF", 33.0, 66.0, 37172386},
    {"wx:PK", "Pakistan", "", K::Country, "PK", 30.0, 70.0, 212215030},
    {"wx:AZ", "Azerbaijan", "", K::Country, "AZ", 40.5, 47.5, 9942334},
    {"wx:AM", "Armenia", "", K::Country, "AM", 40.25, 45.0, 2951776},
    {"wx:KZ", "Kazakhstan", "", K::Country, "KZ", 48.0, 68.0, 18276499},
    {"wx:BY", "Belarus", "", K::Country, "BY", 53.0, 28.0, 9485386},
    {"wx:c:moscow", "Moscow", "Moskva", K::City, "RU", 55.7522, 37.6156, 10381222},
    {"wx:c:tehran", "Tehran", "Teheran", K::City, "IR", 35.6944, 51.4215, 7153309},
    {"wx:c:washington", "Washington", "Washington D.C.|Washington, D.C.|Washington DC", K::City, "US", 38.8951, -77.0364, 689545},
    {"wx:c:london", "London", "", K::City, "GB", 51.5085, -0.1257, 8961989},
    {"wx:c:paris", "Paris", "", K::City, "FR", 48.8534, 2.3488, 2138551},
    {"wx:c:berlin", "Berlin", "", K::City, "DE", 52.5244, 13.4105, 3426354},
    {"wx:c:beijing", "Beijing", "Peking", K::City, "CN", 39.9075, 116.3972, 18960744},
    {"wx:c:kyiv", "Kyiv", "Kiev", K::City, "UA", 50.4547, 30.5238, 2797553},
    {"wx:c:riyadh", "Riyadh", "", K::City, "SA", 24.6877, 46.7219, 4205961},
    {"wx:c:doha", "Doha", "", K::City, "QA", 25.2855, 51.531, 344939},
    {"wx:c:abudhabi", "Abu Dhabi", "", K::City, "AE", 24.4512, 54.397, 603492},
    {"wx:c:dubai", "Dubai", "", K::City, "AE", 25.0772, 55.3093, 3478300},
    {"wx:c:cairo", "Cairo", "", K::City, "EG", 30.0626, 31.2497, 9606916},
    {"wx:c:newyork", "New York", "New York City", K::City, "US", 40.7143, -74.006, 8804190},
    {"wx:c:geneva", "Geneva", "Geneve|Gen\xC3\xA8ve", K::City, "CH", 46.2022, 6.1457, 183981},
    {"wx:c:brussels", "Brussels", "", K::City, "BE", 50.8505, 4.3488, 1019022},
    {"wx:c:vienna", "Vienna", "", K::City, "AT", 48.2085, 16.3721, 1691468},
    {"wx:c:astana", "Astana", "Nur-Sultan", K::City, "KZ", 51.1801, 71.446, 1078362},
    {"wx:c:sochi", "Sochi", "", K::City, "RU", 43.6028, 39.7342, 343334},
    {"wx:c:rome", "Rome", "", K::City, "IT", 41.8919, 12.5113, 2318895},
    {"wx:c:sanaa", "Sanaa", "Sana'a", K::City, "YE", 15.3547, 44.2066, 1937451},
    {"wx:c:kabul", "Kabul", "", K::City, "AF", 34.5281, 69.1723, 3043532},
    {"wx:c:baku", "Baku", "", K::City, "AZ", 40.3777, 49.892, 1116513},
    {"wx:c:baghdad", "Baghdad", "", K::City, "IQ", 33.3406, 44.4009, 7216000},
    {"wx:r:golan", "Golan Heights", "Golan|Occupied Golan", K::Region, "SY", 33.0, 35.8, 0},
    {"wx:r:ghouta", "Eastern Ghouta", "East Ghouta|Ghouta", K::Region, "SY", 33.55, 36.43, 0},
};

constexpr std::string_view kTitles[] = {
    "president", "mr", "mrs", "ms", "dr", "gen", "general", "colonel", "col", "lt", "lieutenant", "major", "maj",
    "brig", "brigadier", "captain", "capt", "sheikh", "shaykh", "imam", "minister", "king", "queen", "prince",
    "emir", "sultan", "pope", "professor", "prof", "senator", "sen", "rep", "ambassador", "envoy", "spokesman",
    "spokeswoman", "commander", "chief", "secretary", "mufti", "patriarch", "bishop", "sergeant", "elect"};

constexpr std::string_view kGivenNames[] = {
    "bashar", "hafez", "hafiz", "maher", "asma", "mohammed", "mohammad", "muhammad", "mohamed", "mohamad",
    "ahmed", "ahmad", "ali", "hassan", "hasan", "hussein", "husayn", "omar", "umar", "othman", "abdul", "abdel",
    "abd", "abdullah", "abdallah", "khaled", "khalid", "mahmoud", "mustafa", "ibrahim", "youssef", "yusuf",
    "yousef", "rami", "samir", "fadi", "ayman", "walid", "salim", "salem", "jamil", "ghassan", "firas", "bassel",
    "suheil", "suhail", "issam", "nizar", "faisal", "faysal", "hamad", "hamid", "tamim", "salman", "abbas",
    "nabil", "ziad", "ziyad", "hadi", "mazloum", "naim", "qassem", "qasem", "hakan", "recep", "tayyip",
    "vladimir", "sergei", "sergey", "donald", "joe", "antony", "benjamin", "geir", "michael", "john", "david",
    "james", "robert", "william", "emmanuel", "olaf", "keir", "rishi", "boris", "kamala", "marco", "mike",
    "lloyd", "jake", "abu", "umm", "bin", "ibn", "anas", "osama", "usama", "saleh", "adnan", "akram", "riad",
    "riyad", "marwan", "yasser", "sara", "sarah", "maria", "anna", "laila", "leila", "rania", "lina", "mark",
    "jo", "paul", "peter", "tom", "tim", "george", "ahmet", "mehmet", "mustafa", "ismail"};

constexpr std::string_view kOrgAfter[] = {
    "university", "council", "brigade", "brigades", "battalion", "battalions", "front", "army", "corps",
    "division", "regiment", "club", "party", "movement", "committee", "observatory", "institute", "center",
    "centre", "foundation", "airlines", "airways", "times", "post", "today", "news", "herald", "tribune",
    "gazette", "daily", "tv", "radio", "agency", "network", "group", "operations", "fc"};

constexpr std::string_view kOrgBefore[] = {
    "university", "ministry", "army", "brigade", "brigades", "battalion", "front", "hawks", "falcons",
    "lions", "sons", "martyrs", "council", "committee", "times", "friends"};

constexpr std::string_view kStopWords[] = {
    "the", "of", "and", "in", "on", "at", "to", "a", "an", "as", "is", "it", "by", "for", "from", "with",
    "may", "will", "can", "said", "says", "new", "old", "city", "town", "village", "province", "north",
    "south", "east", "west", "center", "central", "mayor", "bab", "tell", "tal", "tall", "kafr", "deir", "ain",
    "jabal", "jebel", "wadi", "khan", "abu", "umm", "beit", "bir", "ras", "sheikh", "saint", "mount", "port",
    "qasr", "dar", "hay", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "sarin", "chlorine", "mustard", "captagon"};

} // namespace

std::span<const Phrase> blockPhrases() { return kPhrases; }
std::span<const Demonym> demonyms() { return kDemonyms; }
std::span<const WorldPlace> worldPlaces() { return kWorld; }

bool isPersonTitle(std::string_view w)
{
    static const WordSet set(kTitles);
    return set.contains(w);
}
bool isGivenName(std::string_view w)
{
    static const WordSet set(kGivenNames);
    return set.contains(w);
}
bool isOrgHeadAfter(std::string_view w)
{
    static const WordSet set(kOrgAfter);
    return set.contains(w);
}
bool isOrgHeadBefore(std::string_view w)
{
    static const WordSet set(kOrgBefore);
    return set.contains(w);
}
bool isStopWord(std::string_view w)
{
    static const WordSet set(kStopWords);
    return set.contains(w) || w == "november" || w == "december" || w == "state" || w == "government";
}

std::optional<PlaceKind> kindOfQualifier(std::string_view w)
{
    if (w == "province" || w == "governorate" || w == "provinces" || w == "muhafazat")
        return PlaceKind::Governorate;
    if (w == "city")
        return PlaceKind::City;
    if (w == "town" || w == "towns")
        return PlaceKind::Town;
    if (w == "village" || w == "villages")
        return PlaceKind::Village;
    if (w == "airport" || w == "airbase" || w == "airfield")
        return PlaceKind::Airbase;
    if (w == "crossing")
        return PlaceKind::BorderCrossing;
    if (w == "neighbourhood" || w == "neighborhood" || w == "district" || w == "quarter")
        return PlaceKind::Neighbourhood;
    if (w == "dam")
        return PlaceKind::Dam;
    if (w == "prison")
        return PlaceKind::Prison;
    if (w == "camp")
        return PlaceKind::Camp;
    return std::nullopt;
}

std::optional<std::string_view> countryOfDemonym(std::string_view w)
{
    for (const auto& d : kDemonyms)
        if (d.word == w)
            return d.country.empty() ? std::nullopt : std::optional<std::string_view>(d.country);
    return std::nullopt;
}

bool isCompassWord(std::string_view w)
{
    static constexpr std::string_view kCompass[] = {
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "northeast", "northwest",
        "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern", "central",
        "north-east", "north-west", "south-east", "south-west", "rural", "northernmost", "southernmost", "greater"};
    static const WordSet set(kCompass);
    return set.contains(w);
}

std::optional<int> numberWord(std::string_view w)
{
    static constexpr std::string_view kSmall[] = {
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
    for (std::size_t i = 0; i < std::size(kSmall); ++i)
        if (kSmall[i] == w)
            return static_cast<int>(i);
    static constexpr std::pair<std::string_view, int> kTens[] = {
        {"thirty", 30}, {"forty", 40}, {"fifty", 50}, {"sixty", 60}, {"seventy", 70}, {"eighty", 80},
        {"ninety", 90}, {"hundred", 100}};
    for (const auto& [word, value] : kTens)
        if (word == w)
            return value;
    int value = 0;
    auto [p, ec] = std::from_chars(w.data(), w.data() + w.size(), value);
    if (ec == std::errc{} && p == w.data() + w.size())
        return value;
    return std::nullopt;
}

} // namespace sitrep::text
