// The trigger phrases of the claim lexicon: "(took|seized) [full|complete] control (of|over)" —
// alternatives in round brackets, optional words in square ones — each with its claim kind and the
// frame of its sentence (claimlexicon.h). Adding a phrase touches only this table.
#include "claimpatterns.h"

namespace sitrep::text {

using core::ClaimKind;

namespace {

// clang-format off
const Pattern kPatterns[] = {
    // captured
    {"(captured|capture|captures|capturing|seized|seize|seizes|seizing|overran|overrun|overruns|overrunning|"
     "liberated|liberate|liberates|liberating|recaptured|recapture|recaptures|recapturing|retook|retake|retakes|"
     "retaking|retaken|conquered|conquer|conquering|grabbed|secured|wrested|wrest|wrests|wresting|"
     // "the army said it had regained Morek" (a place must follow: not "regained momentum")
     "regained|regains|regaining)",
     ClaimKind::Captured, TriggerFrame::Active},
    // "the SDF occupied the city of Deir ez-Zor on Friday" (not "the Israeli-occupied Golan").
    {"occupied", ClaimKind::Captured, TriggerFrame::Active, true},
    // "The terrorist organization still occupies Ayn al-Arab": a state, not an event.
    {"(occupies|occupy|occupying)", ClaimKind::Controls, TriggerFrame::Active, true},
    {"(took|take|takes|taking|taken|seized|seize|seizes|seizing|gained|gain|gains|gaining|wrested|wrest|wresting|"
     "assumed|assume|assumes|assuming|regained|regain|regaining|won|win|wins|winning|declared|claimed|established|"
     "imposed|extended|extending|tightened|restored|restore|restoring|reasserted|re-established|reimposed) "
     "[full|complete|total|effective|partial|firm] control (of|over)",
     ClaimKind::Captured, TriggerFrame::Active},
    // "HTS announced that it had taken \"full control\" of Homs"
    {"(took|take|takes|taking|taken|seized|assumed|established|declared|imposed|regained|won) \" "
     "(full|complete|total|effective) control \" (of|over)", ClaimKind::Captured, TriggerFrame::Active},
    {"(took|take|takes|taking|taken) over", ClaimKind::Captured, TriggerFrame::Active},
    // "HTS-led fighters took it over": "it" (a place named before) inside the phrase.
    {"(took|take|takes|taking|taken) it over", ClaimKind::Captured, TriggerFrame::Active},
    {"(drove|driven|driving|expelled|expelling|ousted|ousting|evicted|routed|flushed)", ClaimKind::Captured,
     TriggerFrame::Active},
    {"(took|taken|take|takes|taking)", ClaimKind::Captured, TriggerFrame::Active, true},
    // "restored security to X"; state media's "had \"restored security and stability\" to Maardes",
    // "restoring security and stability to the town of Halfaya" (round 26).
    {"(restored|restoring|restores|restore) (security|stability|order) [and] [security|stability|order] [\"|”] (to|in)",
     ClaimKind::Captured, TriggerFrame::Active},
    // "SNA commanders raised their flag over Manbij"
    {"(raised|raising|raise|raises|hoisted|hoisting|planted|planting) (their|its|his|the) "
     "[own|opposition|rebel|revolutionary|yellow|green|new] "
     "(flag|flags|banner|banners) (over|above|in|on)", ClaimKind::Captured, TriggerFrame::Active},
    {"[the] (capture|seizure|fall|takeover|take-over|liberation|recapture|conquest) of", ClaimKind::Captured, TriggerFrame::Nominal},
    // "announced the \"liberation\" of Hama": the word quoted as the victor's.
    {"[the] \" (capture|liberation|conquest) \" of", ClaimKind::Captured, TriggerFrame::Nominal},
    {"(fell|fallen|falls|fall|falling) (to|into)", ClaimKind::Captured, TriggerFrame::Ergative},
    // Round 111: control handed on: "Quneitra passed to local armed groups", "Latakia and Tartus passed to
    // the opposition", "Control of Hama passed to the rebels": read as "fell to". Not "passed into"
    // ("the convoy passed into Lebanon": transit) nor "passed through".
    {"(passed|passes|passing) to", ClaimKind::Captured, TriggerFrame::Ergative},
    // "Hama's capture", "Aleppo's fall": the place before the noun.
    {"' s (capture|seizure|fall|takeover|liberation|recapture|conquest)", ClaimKind::Captured, TriggerFrame::Ergative},
    {"(fell|fallen)", ClaimKind::Captured, TriggerFrame::Ergative},
    // round 80: "Rastan was lost to the rebels on Friday": lost to someone is taken by them (as "fell to").
    {"(was|were|been|being|is|are) lost to", ClaimKind::Captured, TriggerFrame::Ergative},
    // round 80: "Hama came under the control of HTS", "Hama fell under rebel control on Thursday":
    // coming or falling under a side's control is its capture (a state is "remains under").
    // Round 111: "the height passed under the militants' control", "passed under the control of HTS".
    {"(came|come|comes|coming|fell|fallen|falls|falling|passed|passes|passing) under [the] [full|complete|total] "
     "control of", ClaimKind::Captured, TriggerFrame::Ergative},
    {"(fell|fallen|falls|falling|passed|passes|passing) under", ClaimKind::Captured, TriggerFrame::Ergative},
    // "Maarat al-Numan and Khan Sheikhoun followed on Saturday": the next places of a run of
    // captures (only right after one; see ClaimExtractor).
    {"followed", ClaimKind::Captured, TriggerFrame::Ergative},
    // "Rastan and Talbiseh changed hands on Friday": to the side the article follows.
    {"(changed|change|changes|changing) hands", ClaimKind::Captured, TriggerFrame::Ergative},
    // round 41: "Qamhana changes hands several times in fighting": back and forth is a fight for
    // it, not a capture (who ended up with it is said apart: "until the factions secured it").
    {"(changed|change|changes|changing) hands (repeatedly|twice|again|several times|many times|multiple times|"
     "a number of times|more than once|back and forth|several times over)", ClaimKind::Contested, TriggerFrame::Ergative},
    {"(came|come|comes|coming) under", ClaimKind::Captured, TriggerFrame::Ergative},
    {"(lost|lose|loses|losing) [full|complete|total] [control of]", ClaimKind::Withdrew, TriggerFrame::Loss},
    {"[the] loss of", ClaimKind::Withdrew, TriggerFrame::Loss},
    // controls
    {"(controls|controlled|control|hold|holds|held|holding|retain|retains|retained|maintain|maintains|maintained|"
     "keep|keeps|kept) [full|firm|effective|complete|total] control (of|over)", ClaimKind::Controls, TriggerFrame::Active},
    {"(in|remain in|remains in|remained in|still in) [full|complete|firm|effective] control of", ClaimKind::Controls, TriggerFrame::Active},
    // "its fighters now had \"full control\" of Idlib province"
    {"(had|has|have|having) \" (full|complete|total|effective) control \" (of|over)", ClaimKind::Controls,
     TriggerFrame::Active},
    // "SDF are still holding Sheikh Maqsoud neighbourhood"
    {"still holding", ClaimKind::Controls, TriggerFrame::Active, true},
    // "by the weekend Druze groups were running Sweida"
    {"(were|are|was|is|now) running", ClaimKind::Controls, TriggerFrame::Active, true},
    {"(controls|control|controlled|still control|still controls|still controlled|now control|now controls|holds|"
     "hold|held|still hold|still holds|still held|continue to hold|continues to hold|retained|retains)",
     ClaimKind::Controls, TriggerFrame::Active, true},
    // "its troops were holding positions in Quneitra province", "consolidated their hold on Saraqib"
    {"(holding|held|hold|holds|maintained|maintaining|occupying|occupied) [their|its] positions (in|on|inside)",
     ClaimKind::Controls, TriggerFrame::Active},
    {"(consolidated|consolidating|consolidate|consolidates|tightened|tightening|cemented|strengthened) (their|its|his) "
     "(hold|grip) (on|over)", ClaimKind::Controls, TriggerFrame::Active},
    {"[still|firmly|now] (held|controlled|defended) by",
     ClaimKind::Controls, TriggerFrame::Active},
    // Round 50: "took control of Tell Rifaat and the wider Shahba area, previously held by the SDF":
    // held once, no more; its holder lost it.
    {"(previously|formerly) (held|controlled|run) by", ClaimKind::Withdrew, TriggerFrame::Active},
    // "the army was still in the town", "Russian forces stayed inside the base", "deployed in all neighbourhoods"
    {"(is|are|was|were) still (in|inside|at)", ClaimKind::Controls, TriggerFrame::Presence},
    {"(remained|remain|remains|stayed|stay|stays) [firmly] (in|inside|at)", ClaimKind::Controls, TriggerFrame::Presence, true},
    {"(deployed|stationed) (in|inside|across|throughout) [and around]",
     ClaimKind::Controls, TriggerFrame::Active},
    // "army units remain firmly positioned on Jabal Zain al-Abidin", "troops were dug in on the hill"
    {"[remain|remains|remained|stay|stays|stayed] [firmly|still|well] (positioned|entrenched|dug in) "
     "(on|in|inside|at|around)", ClaimKind::Controls, TriggerFrame::Active},
    {"under", ClaimKind::Controls, TriggerFrame::UnderControl},
    {"hands", ClaimKind::Controls, TriggerFrame::InHands},
    {"- (held|controlled|run)", ClaimKind::Controls, TriggerFrame::HeldAdjective},
    // entered
    {"(entered|enter|enters|entering|stormed|storm|storms|storming|penetrated|penetrate|penetrates|penetrating|"
     "infiltrated|infiltrate|infiltrating) [into]", ClaimKind::Entered, TriggerFrame::Active},
    {"(remained|remain|remains|stayed|stay|stays) in (their|its|his) (positions|barracks|bases|base)",
     ClaimKind::Controls, TriggerFrame::Active},
    // Base forms only where no noun reads the same ("a sweep into Aleppo" is the nominal below).
    {"(swept|sweeping|sweeps|pushed|pushing|pushes|moved|moving|move|moves|rolled|rolling|roll|rolls|"
     "advanced|advancing|broke|broken|breaking|breaks|poured|pouring|pour|pours|marched|marching|marches|burst|bursts|"
     "drove|driving|driven|streamed|streaming|streams|surged|surges|walked|walking|walks|stormed|rode|crossed|"
     // round 114: "the takfiri gangs that rushed into Hama"
     "rushed|rushing) into",
     ClaimKind::Entered, TriggerFrame::Active},
    {"(reached|reach|reaches|reaching) the [northern|southern|eastern|western|central] (centre|center|heart|"
     "neighbourhoods|neighborhoods|districts|streets) of", ClaimKind::Entered, TriggerFrame::Active},
    {"(reached|reach|reaches|reaching) the [northern|southern|eastern|western] (suburbs|countryside) of",
     ClaimKind::Contested, TriggerFrame::Active},
    {"(attempt|attempts|bid|bids|effort|efforts) to (infiltrate|enter|storm|take|capture|attack|advance on)",
     ClaimKind::Contested, TriggerFrame::Nominal},
    {"(arrived|arriving|arrive) in", ClaimKind::Entered, TriggerFrame::Active},
    // "gunmen freed inmates from the notorious Saydnaya prison": they were inside it; round 55: "Rebels
    // say they have freed detainees held at Saydnaya military prison".
    {"(freed|freeing|frees|free|released|releasing|liberated|liberating) [the|its|hundreds of|thousands of|dozens of] "
     "(prisoners|inmates|detainees) (from|held in|held at|held inside|at|of)", ClaimKind::Entered, TriggerFrame::Active},
    // "fighters broke open the cells of the notorious Saydnaya prison": forcing a way in is being in.
    {"(broke|breaking|broken|breaks|break|smashed|smashing|forced|forcing) open the (gates|gate|cells|doors|door) of",
     ClaimKind::Entered, TriggerFrame::Active},
    // "Israel sent troops into the buffer zone", "the army said it had deployed forces into the zone"
    {"(sent|sending|sends|send|deployed|deploying|deploys|deploy|dispatched|dispatching) [its|their|more|additional] "
     "(troops|forces|units|tanks|soldiers|fighters) into", ClaimKind::Entered, TriggerFrame::Active},
    // Seen there: "troops were operating in the villages of Hamidiyah and Jubata al-Khashab", "SDF
    // fighters were seen in Mayadin", "fighters walking through the presidential palace".
    {"(operating|operated|seen|spotted|sighted|filmed|photographed) (in|inside)", ClaimKind::Entered,
     TriggerFrame::Active},
    {"(walking|walked|walks|roaming|roamed|patrolling|patrolled|parading|paraded) (through|in|around) "
     "[the streets of]", ClaimKind::Entered, TriggerFrame::Active},
    // round 26: "entered the city, advancing through the New Aleppo and Hamdaniyeh neighbourhoods",
    // "wandering through the palace": moving through a place is being in it.
    {"(advancing|advanced|wandering|wandered) through [the streets of]", ClaimKind::Entered, TriggerFrame::Active},
    // round 29: "Fighters fanned out through al-Khalidiya, Bab Sbaa, Bab Dreib and the old city":
    // spread over a place, so inside it.
    {"(fanned|fanning|fan|fans|spread|spreading|spreads) out (through|across|into|in|over)", ClaimKind::Entered,
     TriggerFrame::Active},
    {"(fought|fighting|fight|fights|battled|battling|forced|forcing|pushed|pushing|made|making) (their|its|his) way "
     "(into|in)", ClaimKind::Entered, TriggerFrame::Active},
    {"(took|take|takes|taking|taken|set|sets|setting) up positions (in|inside)", ClaimKind::Entered, TriggerFrame::Active},
    // Round 44: "others broke open Saydnaya prison north of the city": inside it to do so.
    {"(broke|breaking|broken) open", ClaimKind::Entered, TriggerFrame::Active, true},
    // "denied that any terrorist had set foot in Rastan"
    {"(set|sets|setting) foot (in|inside|on)", ClaimKind::Entered, TriggerFrame::Active},
    {"(reached|reach|reaches|reaching)", ClaimKind::Entered, TriggerFrame::Active, true},
    {"inside", ClaimKind::Entered, TriggerFrame::Presence, true},
    // "by dawn that day HTS's men were in Damascus": an arrival by a time (see claimagent.cpp).
    {"(were|was) in", ClaimKind::Entered, TriggerFrame::Presence, true},
    {"(moved|rolled|marched|poured|swept|went) in", ClaimKind::Entered, TriggerFrame::Active},
    {"(entry|penetration|incursion|sweep|push|advance|foray|breakthrough) into", ClaimKind::Entered, TriggerFrame::Nominal},
    {"(entry|penetration|incursion) of", ClaimKind::Entered, TriggerFrame::Nominal, false, true},
    {"penetration of", ClaimKind::Entered, TriggerFrame::Nominal},
    {"(are|is|were|was|now|already) inside", ClaimKind::Entered, TriggerFrame::Presence},
    // "\"Our fighters are now in Sanamayn,\" a commander said"
    {"(are|is|were|was) now (in|inside)", ClaimKind::Entered, TriggerFrame::Presence},
    // "Israeli tanks were moving inside the buffer zone"
    {"(moving|operating|advancing|deployed|patrolling) inside", ClaimKind::Entered, TriggerFrame::Active},
    // contested
    {"(battle|battles|battling|battled|fight|fights|fighting|fought|struggle|clashes|clashed|clash|clashing|"
     "skirmishes|combat) [for control of|for|over|in|around|near|on]", ClaimKind::Contested, TriggerFrame::Nominal},
    {"(push|drive|bid|race) for [control of]", ClaimKind::Contested, TriggerFrame::Nominal},
    // round 80: "Fighting raged in Hama on Wednesday", "Clashes erupted in Rastan", "heavy fighting broke
    // out in Hama": the fight's verb between the noun and the place.
    {"(fighting|clashes|battles|combat|skirmishes) (raged|rages|raging|erupted|erupts|erupting|broke out|"
     "breaks out|continued|continues|continuing|intensified|intensifies|flared|raged on) (in|around|inside|for)",
     ClaimKind::Contested, TriggerFrame::Nominal},
    {"for control of", ClaimKind::Contested, TriggerFrame::Nominal},
    {"(breached|breach|breaches|breaching|attacked|attacking|attacks|assaulted|assaulting|shelling|besieging)",
     ClaimKind::Contested, TriggerFrame::Active},
    {"(assault|attack|attacks|offensive|counteroffensive|counter-offensive) (on|against|by)", ClaimKind::Contested, TriggerFrame::Nominal},
    {"(advanced|advances|advancing|advance|gains) (in|inside|within)", ClaimKind::Contested, TriggerFrame::Nominal},
    {"(reached|reach|reaches|reaching) the [northern|southern|eastern|western|northeastern|northwestern|"
     "southeastern|southwestern] (outskirts|gates|edge|edges) of", ClaimKind::Contested, TriggerFrame::Active},
    {"(on|at|to) the [northern|southern|eastern|western|northeastern|northwestern|southeastern|southwestern] "
     "(outskirts|gates|edge|edges|threshold|doorstep) [of]", ClaimKind::Contested, TriggerFrame::Presence},
    {"on the city outskirts", ClaimKind::Contested, TriggerFrame::Presence},
    {"(repelled|repelling|repel|repels|repulsed|thwarted) (an|the|a) (attack|assault|offensive|advance) (on|against)",
     ClaimKind::Contested, TriggerFrame::Nominal},
    // besieged
    {"(besieged|encircled|surrounded|encircling|surrounding|encircle|surround) [the]", ClaimKind::Besieged, TriggerFrame::Active},
    {"(siege|encirclement) of", ClaimKind::Besieged, TriggerFrame::Nominal},
    {"laid siege to", ClaimKind::Besieged, TriggerFrame::Active},
    // withdrew
    // "The terrorists were forced out of the city": the subject lost it.
    {"(were|was|been|being) (forced|driven|pushed|chased|kicked|thrown|expelled) out (of|from)", ClaimKind::Withdrew,
     TriggerFrame::Active},
    // Round 106: allies' exits told passively: "Russian advisers had been evacuated from Hama military
    // airport", "Russian military personnel were flown out of Qamishli airport" (the subject left).
    {"(were|was|been|being) (evacuated|airlifted|flown out|withdrawn|pulled out|moved out) (of|from)",
     ClaimKind::Withdrew, TriggerFrame::Active},
    // Round 106: "Hezbollah fighters pulled out of the area around the Sayyida Zeinab shrine": pulling
    // out of a place's surroundings is leaving the place (a capture "of the area around" it is not its
    // capture; kept to verbs of withdrawal). Not plain "left": round 101 reads "Russian military police
    // had left the area around Tal Rifaat before …" as no withdrawal from the town.
    {"(abandoned|vacated|evacuated|withdrew from|withdrawn from|withdrawing from|pulled out of|"
     "pulling out of|retreated from) the (area|areas|vicinity|surroundings) (around|of)",
     ClaimKind::Withdrew, TriggerFrame::Active},
    // Round 106: going home across the border is leaving where they stood, named before: "Kataib
    // Hezbollah pulled out and returned to Iraq", "Iraqi factions stationed in Albu Kamal crossed back
    // into Iraq", "Hezbollah fighters crossed back into Lebanon". The country is part of the phrase, never
    // the claim's place.
    {"(crossed|crossing|crosses|cross|went|headed|heading|drove|driving|flew|flown|flying|returned|returning|returns) "
     "[back] (into|to|across|for) [the border into|the border to] (iraq|lebanon|iran|russia)",
     ClaimKind::Withdrew, TriggerFrame::Active},
    {"(withdrew|withdrawn|withdrawing|withdraw|withdraws|retreated|retreating|retreat|retreats|fled|fleeing|flee|"
     "pulled out|pulling out|pull out|pulls out|pulled back|pulling back|pulled|pulling) (from|of)", ClaimKind::Withdrew, TriggerFrame::Active},
    // "the SDF evacuated its fighters from Shahba", "the army says it has \"redeployed\" its forces from Aleppo"
    {"(pulled|pulling|pull|pulls|withdrew|withdrawn|withdrawing|withdraw|evacuated|evacuating|evacuate|evacuates|"
     "redeployed|redeploying|redeploy|redeploys|moved|moving) [out] [\"|”] (its|their|his|the|our) "
     "[remaining|last] (forces|troops|fighters|units|men|personnel) "
     "(out of|from)", ClaimKind::Withdrew, TriggerFrame::Active},
    // "army units redeployed from the town of Safira", "its units had \"redeployed\" from Souran"
    {"(redeployed|redeploying|redeploy|redeploys|repositioned) [\"|”] from", ClaimKind::Withdrew, TriggerFrame::Active},
    {"(abandoned|abandon|abandoning|abandons|evacuated|evacuating|vacated|ceded|cede|cedes|ceding|left|leaving|leaves|leave|"
     "handed over|handing over|gave up)", ClaimKind::Withdrew, TriggerFrame::Active, true},
    {"(handed|handing|hands) (it|them) over", ClaimKind::Withdrew, TriggerFrame::Active},
    // round 80: "The army relinquished Morek", "troops deserted Rastan": gave the place up.
    {"(relinquished|relinquishing|relinquish|relinquishes|deserted)", ClaimKind::Withdrew, TriggerFrame::Active, true},
    // round 80: "The army ceded control of Hama", "gave up control of", "handed control of Hama to the rebels".
    {"(ceded|ceding|cede|cedes|gave up|giving up|give up|gives up|relinquished|relinquishing|relinquish|handed|"
     "handing|surrendered|surrendering) [full|complete|total] control (of|over)", ClaimKind::Withdrew,
     TriggerFrame::Active},
    {"(melted|melting|melt|melts) away", ClaimKind::Withdrew, TriggerFrame::Active},
    {"(withdrawal|retreat|pullout|pull-out|departure|exit|evacuation) of", ClaimKind::Withdrew, TriggerFrame::Nominal,
     false, true},
    // "after the army's withdrawal": the place named before (only after "after" / "when").
    {"(withdrawal|retreat|pullout|pull-out|departure)", ClaimKind::Withdrew, TriggerFrame::Nominal, true},
    // State media's word for a withdrawal: "a redeployment and repositioning operation" in Daraa,
    // "a temporary redeployment of its units outside Aleppo".
    {"(redeployment|repositioning) [and (redeployment|repositioning)] [operation|operations]", ClaimKind::Withdrew,
     TriggerFrame::Nominal, true},
    {"(redeployment|repositioning) [\"|”] of (its|their|the|our) (units|forces|troops) outside [of]",
     ClaimKind::Withdrew, TriggerFrame::Nominal},
    // "its units had \"redeployed and taken up positions outside the city\"", "have been redeployed and
    // positioned outside the city", "the army had redeployed out of Hama"
    {"(redeployed|repositioned) [\"|”] and (taken|took|take) up positions outside [of]", ClaimKind::Withdrew,
     TriggerFrame::Active},
    {"(redeployed|redeploying|redeploy|redeploys|repositioned|relocated|relocating) [\"|”] out of", ClaimKind::Withdrew,
     TriggerFrame::Active},
    {"(redeployed|repositioned) and (redeployed|repositioned|stationed|positioned) outside [of]", ClaimKind::Withdrew,
     TriggerFrame::Active},
    // Round 55: "it had redeployed its units and stationed them outside the city": they left it.
    {"(redeployed|repositioned) (its|their|the|our) (units|forces|troops) and (stationed|positioned|deployed) them "
     "outside [of]", ClaimKind::Withdrew, TriggerFrame::Active},
    // "the army said it had \"redeployed and repositioned\" its units in Daraa and Sweida provinces"
    {"(redeployed|repositioned) and (redeployed|repositioned) [\"|”] (its|their|the|our) (units|forces|troops) in",
     ClaimKind::Withdrew, TriggerFrame::Active},
    // "announced a temporary redeployment of units from Aleppo city", round 55: "a \"temporary
    // redeployment\" of its forces out of Aleppo city"
    {"(redeployment|repositioning|withdrawal|pullout|pull-out) [\"|”] of [its|their|the|our|some|army|military] "
     "(units|forces|troops|soldiers|personnel) (from|out of)", ClaimKind::Withdrew, TriggerFrame::Nominal},
    // "a temporary redeployment of units in Aleppo", "a \"redeployment and repositioning\" in Deraa and
    // Sweida provinces": the units were there.
    {"(redeployment|repositioning) [\"|”] of [its|their|the|our|some|army|military] "
     "(units|forces|troops|soldiers|personnel) in", ClaimKind::Withdrew, TriggerFrame::Nominal},
    {"(redeployment|repositioning|redeployment and repositioning|repositioning and redeployment) [\"|”] in",
     ClaimKind::Withdrew, TriggerFrame::Nominal},
    // "the last soldiers slipped away from Homs", "slipped out of the city overnight"
    {"(slipped|slipping|slips|slip|crept|melted) (away|out) (from|of)", ClaimKind::Withdrew, TriggerFrame::Active},
    // "soldiers and security forces vanished from the streets of Damascus"
    {"(vanished|disappeared|melted away) from", ClaimKind::Withdrew, TriggerFrame::Active},
    // Withdrawals a scene implies: "troops were nowhere to be seen in Halfaya", "army units had
    // abandoned their posts at the airport", "soldiers abandoned their posts across the capital"
    // (the posts of a whole city, so the city: rounds 25 and 27).
    {"(were|was|are|is|been) nowhere to be seen (in|at|on)", ClaimKind::Withdrew, TriggerFrame::Active},
    // Round 106: "a Russian column left positions around Kobani": the posts are theirs without "their".
    {"(abandoned|abandoning|abandon|deserted|deserting|left|leaving|vacated|fled|evacuated|evacuating) [their|its|his] "
     "(posts|positions|offices|checkpoints|barracks|bases|headquarters) (at|in|around|across|throughout)",
     ClaimKind::Withdrew, TriggerFrame::Active},
    // "IRGC advisers had been \"relocated\" from Aleppo to Damascus": moved away from it (round 25).
    {"(relocated|relocating|relocate|relocates) [\"|”] from", ClaimKind::Withdrew, TriggerFrame::Active},
    // "denied reports that the army had withdrawn from positions around Damascus"
    {"(withdrew|withdrawn|withdrawing|withdraw|pulled out|pulling out|pull out|retreated) from [its|their] "
     "(positions|posts|checkpoints|bases) (around|in|at|near|outside)", ClaimKind::Withdrew, TriggerFrame::Active},
    // Round 100: "Syrian army units pulled out of their bases around Khan Arnabah and Baath City".
    {"(pulled out|pulling out|pull out|pulls out) of (their|its) (positions|posts|checkpoints|bases|barracks) "
     "(around|in|at|near|outside|across)", ClaimKind::Withdrew, TriggerFrame::Active},
    {"(withdrawal|retreat|pullout|pull-out|departure|exit|evacuation) from", ClaimKind::Withdrew, TriggerFrame::Nominal},
    // Round 119: "The soldiers had simply gone.", "The soldiers had gone on Saturday evening, residents
    // say", "the soldiers at the checkpoint had already gone": gone with nowhere named is gone from the
    // scene (claimscene.cpp). Only at the clause's end or before a time (claimtriggerpasses.cpp), never
    // "had gone underground", "had gone on for days", "where he had gone".
    {"(had|has|have) [simply|already|all|long|just] gone", ClaimKind::Withdrew, TriggerFrame::Active},
    // "forcing the SDF to withdraw": the place named before
    {"(withdrew|withdrawn|retreated|pulled out|fled|withdraw)", ClaimKind::Withdrew, TriggerFrame::Active},
    // "the army said it had \"redeployed\" outside Hama", "had redeployed its forces outside the city".
    {"(redeployed|redeploying|repositioned|repositioning|pulled back|withdrew|withdrawn|regrouped) [\"|”] "
     "outside [of]", ClaimKind::Withdrew, TriggerFrame::Active},
    {"(redeployed|redeploying|repositioned|repositioning|pulled back|withdrew|withdrawn|regrouped) [\"|”] "
     "(its|their|the|our) (forces|troops|units|fighters) outside [of]", ClaimKind::Withdrew, TriggerFrame::Active},
    // pulled back to: still held
    // "toward" is a direction, not an arrival: "retreated toward Damascus" says nothing of Damascus.
    {"(pulled|pulling|pull|pulls|fell|falling|fall|falls) back [to|on|into]", ClaimKind::Controls, TriggerFrame::RetreatTo},
    {"(retreated|retreating|retreat|retreats|withdrew|withdrawn|withdrawing|withdraw|redeployed|redeploying|"
     "regrouped|regroup|regrouping|relocated|consolidated) (to|in|into)", ClaimKind::Controls, TriggerFrame::RetreatTo},
    // surrendered
    {"(surrendered|surrender|surrenders|surrendering|capitulated|capitulate)", ClaimKind::Surrendered, TriggerFrame::Active},
    {"laid down (their|its|his) (arms|weapons)", ClaimKind::Surrendered, TriggerFrame::Active},
};
// clang-format on

} // namespace

std::span<const Pattern> triggerPatterns() { return kPatterns; }

} // namespace sitrep::text
