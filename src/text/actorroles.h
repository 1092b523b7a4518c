#pragma once
// The words reports use for the built-in actors, by role (ActorMatcher binds each role to the
// scenario's actor), and the modifiers and pronouns it reads around them.
#include <string_view>
#include <vector>

namespace sitrep::text::detail {

// The words reports use, by the role they name; a role binds to the scenario actor whose id is
// one of `ids`, and falls back to `fallback` (hts → opposition) when the scenario lacks it.
struct Role {
    std::vector<std::string_view> ids;
    std::string_view fallback;
    std::vector<std::string_view> phrases;
    std::vector<std::string_view> generic = {};
};

[[nodiscard]] const std::vector<Role>& roles();

// Heads that extend a named actor: "rebel commander", "HTS fighters", "army officer".
inline constexpr std::string_view kHeads[] = {"forces", "fighters", "troops", "soldiers", "units", "factions", "groups",
                                       "militants", "militias", "militia", "members", "commander", "commanders",
                                       "leader", "leaders", "sources", "source", "officials", "official",
                                       "spokesman", "spokesperson", "officer", "officers", "figure", "reports",
                                       "statement", "command", "positions", "columns", "convoys", "division",
                                       "brigade",
                                       // the armour and patrols a named force sends ("IDF tanks entered the
                                       // abandoned city of Quneitra", "SDF patrols moved into")
                                       "tanks", "armour", "armor", "patrols", "patrol",
                                       // Round 114: the other force nouns news copy sends in or pulls out:
                                       // "HTS commandos seized", "Regime personnel also left the Jusiyah
                                       // crossing", "government reinforcements entered", "SNA gunmen",
                                       // "the army's security detachments withdrew", "NDF militiamen left"
                                       // (not "garrison": "the army garrison in Rastan handed over
                                       // prisoners" is no withdrawal, round 104)
                                       "commandos", "bulldozers", "vehicles", "reinforcements", "personnel",
                                       "gunmen", "militiamen", "detachment", "detachments", "battalion",
                                       "battalions", "elements"};

// Words for the rank and file that a named leader owns: "HTS-led rebels", "HTS-led opposition (forces)".
inline constexpr std::string_view kLedGroups[] = {"rebels", "opposition", "insurgents", "coalition", "alliance"};

// Modifiers that name nobody ("U.S.-backed"); pronouns and descriptions bound to an actor named before.
inline constexpr std::string_view kModifiers[] = {"u.s.-backed", "us-backed", "american-backed", "western-backed",
                                           "russian-backed", "russia-backed", "newly unified", "islamist",
                                           "jihadist", "syrian",
                                           // units nobody names: not the Syrian army's by default
                                           "armoured units", "armored units", "elite units",
                                           "special forces units", "special units"};
inline constexpr std::string_view kPronouns[] = {"they", "he", "their", "them", "its forces", "his forces", "their forces",
                                          "its fighters", "their fighters", "his fighters", "its units", "their units", "its troops",
                                          "their troops", "the group", "it", "our forces", "our troops",
                                          "our armed forces", "our units", "our fighters", "our army",
                                          "the faction", "the militia", "the attackers", "the assailants",
                                          "the operation", "the same operation", "its allies", "their allies",
                                          "its members", "their members", "its elements", "their elements",
                                          "its soldiers", "their soldiers", "the same groups",
                                          // "Israel … its army, which seized the Syrian side of Mount Hermon":
                                          // a state's army after its name
                                          "its army",
                                          "these groups",
                                          // "a commander … told AFP that his men had entered Daraa", "the IDF
                                          // denied reports that its tanks had reached Qatana": the speaker's own
                                          "his men", "their men", "its men", "his troops", "its tanks",
                                          "their tanks",
                                          // Kurdish and Syrian state outlets' word for the SNA, bound to the
                                          // actor the article named so (claimactors.cpp)
                                          "mercenaries", "the mercenaries",
                                          // a force nobody names, the sentence before's one actor (claimactors.cpp)
                                          "a force", "a unit",
                                          // commandos nobody names: the speaker's, or the sentence before's one actor
                                          "commandos", "commando units"};

// Words for "our side's fighters" that name no side of their own: Al-Manar's "the mujahideen" are
// Hezbollah's men, Ebaa's the rebels'; "the Resistance" is Hezbollah in its own media; state TV's
// "our heroes" are the army. Whose they are is the outlet's or the speaker's side (claimownside.cpp).
inline constexpr std::string_view kOwnSideWords[] = {"the mujahideen", "the mujahidin", "the mujahedeen",
                                                     "the resistance", "the islamic resistance", "our heroes",
                                                     "the heroes"};

} // namespace sitrep::text::detail
