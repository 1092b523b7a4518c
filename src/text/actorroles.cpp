#include "actorroles.h"

namespace sitrep::text::detail {

const std::vector<Role>& roles()
{
    static const std::vector<Role> all{
        {{"government"}, "",
         {"syrian army", "syrian arab army", "SAA", "syrian military", "syria's military", "syria's army", "the military",
          "the army", "army units", "army soldiers", "army troops", "army forces",
          // round 114: "army convoys left Hama", "army reinforcements entered the town"
          "army convoys", "army reinforcements", "army detachments", "army tanks",
          "security detachments", "regime's security detachments", "armed forces",
          "the armed forces", "syrian armed forces", "army and armed forces", "government forces", "government troops",
          "government soldiers", "government defenses", "government defences", "government lines", "government",
          "syrian government", "the syrian government", "pro-government forces", "pro-government militias",
          // round 114: "pro-government personnel withdrew from the city", "pro-government militias left"
          "pro-government personnel", "pro-government troops", "pro-government fighters", "pro-government gunmen",
          "pro-government militiamen", "pro-regime forces", "pro-regime militias", "pro-regime fighters",
          "the regime", "regime", "regime forces", "regime troops", "assad's forces", "assad's troops", "assad's army",
          "assad's regime", "assad regime", "assad forces", "forces loyal to assad", "loyalists", "loyalist forces",
          "syrian troops", "syrian soldiers", "syrian forces", "state forces", "security forces",
          "security personnel", "security staff", "security services", "army personnel", "security men",
          "regime soldiers", "army soldiers",
          "syrian officials", "regime's garrison", "the army's garrison", "government garrison",
          "regime garrison", "regime garrisons", "regime officers", "army officers", // round 25
          // the army's command, as statements name it
          "syrian command", "syrian army command", "army command", "army general command",
          "general command of the army", "general command of the army and armed forces", "military personnel", "security branches",
          "army and security forces", "army and security personnel",
          "syrian air force", "air force", "republican guard", "fourth division", "4th division",
          // the UN's abbreviation of the Government of Syria
          "GoS forces", "GoS army", "GoS troops"},
         {"troops", "soldiers", "units", "police", "police officers", "military units", "its garrison", "the garrison",
          "conscripts", "its officers", "their officers"}},
        {{"opposition"}, "",
         {"rebels", "rebel", "rebel forces", "rebel fighters", "rebel factions", "rebel groups", "syrian rebels",
          "insurgents", "insurgent", "insurgent forces", "opposition", "opposition forces", "opposition fighters",
          "opposition factions", "opposition groups", "armed opposition", "syrian opposition",
          "anti-government forces", "anti-regime forces", "armed groups", "terrorists", "terrorist", "terrorist groups",
          "terrorist organizations", "terrorist organisations", "terrorist organization", "terrorist organisation",
          "terror group", "free syrian army", "FSA",
          // no name, but armed and against the government: "armed residents took control of Jaramana"
          "armed residents", "local gunmen", "local fighters", "local factions",
          "armed locals", "rebel coalition", "the rebel coalition", "opposition coalition",
          // the UN's word for them (OCHA, UNHCR): non-state armed groups
          "NSAGs", "non-state armed groups", "non-state armed group", "allied NSAGs",
          // opposition media's word for their own fighters
          "revolutionaries", "revolutionary forces", "revolutionary fighters", "revolutionary factions",
          "the revolutionaries", "revolution fighters"},
         {"militants", "jihadists", "islamists", "fighters", "factions", "gunmen"}},
        {{"hts"}, "opposition",
         {"HTS", "hayat tahrir al-sham", "hay'at tahrir al-sham", "tahrir al-sham", "jolani", "al-jolani",
          "abu mohammed al-jolani", "ahmed al-sharaa", "military operations command", "MOC",
          "military operations administration", "military operations department", "jolani's forces",
          // after 8 December the reports' word for the HTS-led government and its fighters
          "syria's new authorities", "the new authorities", "new authorities", "islamist-led authorities",
          "syria's new rulers", "the new rulers", "new rulers"}},
        {{"sna"}, "opposition",
         {"syrian national army", "SNA", "turkish-backed factions", "turkish-backed rebels", "turkish-backed",
          "turkey-backed", "turkey-backed factions", "national army", "turkish-backed fighters", "turkey-backed fighters",
          "turkish-backed groups", "turkey-backed groups", "ankara-backed factions", "ankara-backed fighters",
          "ankara-backed groups", "ankara-backed rebels", "turkish-backed nsags", "turkey-backed nsags",
          // Syrian state and Kurdish media's name for the SNA
          "mercenaries of the turkish occupation", "turkish occupation mercenaries", "turkish mercenaries",
          "turkey's mercenaries", "mercenaries of the turkish regime"}},
        {{"sor"}, "opposition",
         {"southern operations room", "southern factions", "southern rebels", "southern opposition factions",
          // Ahmad al-Awda's Busra al-Sham force, in the room since December 2024
          "eighth brigade", "8th brigade"}},
        {{"suwayda"}, "opposition", {"druze factions", "druze fighters", "druze militias", "druze groups",
                                      "druze armed groups", "local druze fighters",
                                      "druze militiamen", "druze gunmen", "men of dignity",
                                      "men of dignity movement"}},
        {{"sdf"}, "",
         {"SDF", "syrian democratic forces", "kurdish forces", "kurdish fighters", "kurdish-led forces", "kurdish-led",
          "kurdish-led sdf", "kurdish", "kurds", "YPG", "syrian kurdish forces", "syrian kurdish fighters",
          "kurdish militia", "kurdish militias",
          // Syrian state media's name for the SDF (its Arabic initials)
          "QSD", "QSD militia",
          // the SDF's local councils and the Kurdish internal security forces
          "military council", "manbij military council", "deir ez-zor military council", "deir al-zor military council",
          "deir ezzor military council", "asayish", "kurdish internal security forces", "internal security forces"}},
        {{"hezbollah"}, "",
         {"hezbollah", "hizbollah", "hizballah", "hizbullah", "lebanon's hezbollah", "the lebanese group"}},
        {{"iran-militias", "iraqi-militias"}, "",
         {"iraqi militias", "iraqi militia", "iran-backed militias", "iranian-backed militias",
          "iran-backed iraqi militias", "iranian-backed iraqi militias", "popular mobilization forces",
          "popular mobilisation forces", "PMF", "IRGC", "revolutionary guards", "iranian forces", "iranian militias",
          "iran's militias", "iranian-backed groups", "iran-backed fighters", "iranian-backed fighters",
          "iran-backed factions", "iranian-backed factions", "iran-backed groups", "iran-backed forces",
          "iranian-backed forces", "iraqi fighters", "iraqi factions", "allied iraqi factions",
          "iraqi militiamen", "iraqi armed factions", "iraqi armed groups", "iran-aligned militias",
          "iranian-aligned militias",
          // round 25: "advisers of the Islamic Revolutionary Guard Corps", "allied Iraqi resistance groups"
          "islamic revolutionary guard corps", "IRGC advisers", "IRGC advisors", "iraqi resistance groups",
          "iraqi resistance factions",
          // round 95: "the local militias of the Iranian Revolutionary Guard withdrew"
          "revolutionary guard", "iranian revolutionary guard", "iranian revolutionary guards",
          "iran-backed iraqi factions", "iranian-backed iraqi factions",
          // round 106: the Iraqi factions by name ("Kataib Hezbollah" is not Lebanon's Hezbollah) and Iran's advisers
          "kataib hezbollah", "kata'ib hezbollah", "harakat al-nujaba", "al-nujaba", "nujaba",
          "iranian advisers", "iranian advisors", "iranian military advisers", "iranian personnel"}},
        {{"russia"}, "", {"russian forces", "russian troops", "russian military", "russian warplanes", "russia",
                          // round 106: who left the bases: "a Russian column left positions around Kobani"
                          "russian units", "russian column", "russian columns", "russian convoy", "russian convoys",
                          "russian advisers", "russian advisors", "russian military advisers", "russian personnel",
                          "russian military personnel", "russian soldiers", "russian servicemen",
                          "russian military police", "russian patrol", "russian patrols"}},
        {{"israel"}, "", {"israeli forces", "israeli troops", "israeli army", "israeli military", "IDF", "israeli tanks",
                          "israeli soldiers", "israeli commandos", "israeli units",
                          // round 109: "local sources reported Israeli armour in al-Hamidiyah", "footage
                          // appeared to show Israeli armored vehicles moving through the old city"
                          "israeli armour", "israeli armor", "israeli armored vehicles", "israeli armoured vehicles",
                          // round 114: "Israeli tanks and bulldozers had entered their streets"
                          "israeli bulldozers", "israeli vehicles", "israeli military vehicles", "israeli reinforcements",
                          // "an Israeli patrol had entered Beit Jinn"
                          "israeli patrol", "israeli patrols", "israeli force", "israeli column", "israeli columns", "israel's military", "israel's army",
                          "israel's forces", "the israeli military", "israel",
                          // the IDF's divisions on the Golan front, by number and name
                          "210th division", "bashan division", "bashan", "36th division", "golani brigade",
                          // Iranian and Syrian state media: a foreign "regime" is not the Syrian government
                          "zionist regime", "israeli regime", "zionist entity", "israeli occupation",
                          "israeli occupation forces", "zionist enemy",
                          // the "axis" outlets' own words for the IDF: "Zionist forces entered Quneitra"
                          "zionist forces", "zionist troops", "zionist army", "zionist occupation",
                          "zionist occupation forces", "zionist occupation army", "zionist enemy forces",
                          // Arab media's "the occupation" is Israel's ("the Turkish occupation" is longer)
                          "occupation army", "occupation forces", "occupation troops",
                          // round 114: "occupation tanks had entered the town of Qatana"
                          "occupation tanks", "occupation vehicles", "occupation bulldozers", "the occupation army",
                          "the occupation forces"}},
        {{"turkey"}, "", {"turkish forces", "turkish army", "turkish troops", "turkish military",
                          // round 114: "Turkish tanks crossed into"
                          "turkish soldiers", "turkish tanks", "turkish units", "turkish regime",
                          "erdogan regime", "erdogan's regime", "turkish occupation", "turkish occupation forces"}},
        {{"isis"}, "", {"islamic state", "ISIS", "ISIL", "IS", "daesh"}},
        {{"us-coalition", "usa", "us"}, "", {"u.s. forces", "us forces", "american forces", "u.s. troops", "coalition forces",
                                             // round 114
                                             "us troops", "american troops", "us soldiers", "u.s. soldiers", "american soldiers"}},
    };
    return all;
}

} // namespace sitrep::text::detail
