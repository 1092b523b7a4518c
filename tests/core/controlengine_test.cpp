#include "core/controlengine.h"
#include "enginetestsupport.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

using namespace sitrep::core;
using namespace enginetest;

namespace {

const Lens kLatest = Lens::latest();
const Lens kOpposition = Lens::ofSide(SpeakerSide::Opposition);
const Lens kGovernment = Lens::ofSide(SpeakerSide::Government);

bool hasParty(const PlaceState& s, std::string_view actor, std::string_view claimId)
{
    return std::any_of(s.parties.begin(), s.parties.end(), [&](const Party& p) {
        return p.actor == actor
            && std::any_of(p.claims.begin(), p.claims.end(), [&](const Claim* c) { return c->id == claimId; });
    });
}

bool inEvidence(const PlaceState& s, std::string_view claimId)
{
    return std::any_of(s.evidence.begin(), s.evidence.end(), [&](const Claim* c) { return c->id == claimId; });
}

// Homs on 7 Dec: a rebel commander says the city is taken; two hours later state television
// insists the insurgents have not entered it.
void addHomsReports(ControlEngine& engine, std::string& rebelId, std::string& denialId)
{
    engine.setActors(syrianActors());
    engine.addClaim(baseline("homs", "government"));
    Claim rebels = claim("homs", "opposition", ClaimKind::Captured, "2024-12-07T18:00Z", SpeakerSide::Opposition,
                         "Reuters");
    Claim denial = claim("homs", "opposition", ClaimKind::Entered, "2024-12-07T20:00Z", SpeakerSide::Government,
                         "SANA", Stance::Denies);
    rebelId = rebels.id;
    denialId = denial.id;
    engine.addClaim(rebels);
    engine.addClaim(denial);
}

} // namespace

TEST_CASE("a rebel capture claim denied by state television within a day is contested under latest")
{
    ControlEngine engine;
    std::string rebelId, denialId;
    addHomsReports(engine, rebelId, denialId);
    const PlaceState s = engine.state("homs", endOf("2024-12-07"), kLatest);
    CHECK(s.status == ControlStatus::Contested);
    CHECK(s.actor == "government"); // the holder before the dispute, never shown as calm control
    CHECK(s.since == at("2024-12-07T20:00Z"));
    CHECK(hasParty(s, "opposition", rebelId));
    CHECK(hasParty(s, "government", denialId));
    CHECK(inEvidence(s, rebelId));
    CHECK(inEvidence(s, denialId));
}

TEST_CASE("each side's lens shows that side's own claim about Homs")
{
    ControlEngine engine;
    std::string rebelId, denialId;
    addHomsReports(engine, rebelId, denialId);
    const PlaceState opp = engine.state("homs", endOf("2024-12-07"), kOpposition);
    CHECK(opp.status == ControlStatus::Held);
    CHECK(opp.actor == "opposition");
    CHECK(inEvidence(opp, rebelId));
    CHECK_FALSE(inEvidence(opp, denialId));
    const PlaceState gov = engine.state("homs", endOf("2024-12-07"), kGovernment);
    CHECK(gov.status == ControlStatus::Held);
    CHECK(gov.actor == "government");
    CHECK(inEvidence(gov, denialId));
}

TEST_CASE("the contested lens marks Homs and leaves an undisputed place as latest has it")
{
    ControlEngine engine;
    std::string rebelId, denialId;
    addHomsReports(engine, rebelId, denialId);
    engine.addClaim(baseline("hama", "government"));
    engine.addClaim(claim("hama", "hts", ClaimKind::Captured, "2024-12-05T12:00Z", SpeakerSide::Opposition, "Reuters"));
    const Lens contested = Lens::contested();
    CHECK(engine.state("homs", endOf("2024-12-07"), contested).status == ControlStatus::Contested);
    const PlaceState hama = engine.state("hama", endOf("2024-12-07"), contested);
    CHECK(hama.status == ControlStatus::Held);
    CHECK(hama.actor == "hts");
}

TEST_CASE("the contested lens flags sides that disagree even when their claims are days apart")
{
    ControlEngine engine;
    engine.setActors(syrianActors());
    engine.addClaim(baseline("hama", "government"));
    engine.addClaim(claim("hama", "hts", ClaimKind::Captured, "2024-12-02T12:00Z", SpeakerSide::Opposition, "Telegram"));
    engine.addClaim(claim("hama", "government", ClaimKind::Controls, "2024-12-05T12:00Z", SpeakerSide::Government, "SANA"));
    const Instant t = endOf("2024-12-05");
    const PlaceState latest = engine.state("hama", t, kLatest);
    CHECK(latest.status == ControlStatus::Held); // three days apart: the newest claim wins
    CHECK(latest.actor == "government");
    const PlaceState c = engine.state("hama", t, Lens::contested());
    CHECK(c.status == ControlStatus::Contested);
    CHECK(c.parties.size() == 2);
}

TEST_CASE("a state-media denial days after the claim it answers contests the place, even past the denial window")
{
    ControlEngine engine;
    engine.setActors(syrianActors());
    engine.addClaim(baseline("homs", "government"));
    engine.addClaim(claim("homs", "opposition", ClaimKind::Captured, "2024-12-03T18:00Z", SpeakerSide::Opposition, "Reuters"));
    engine.addClaim(claim("homs", "opposition", ClaimKind::Captured, "2024-12-05T18:00Z", SpeakerSide::Government, "SANA",
                          Stance::Denies));
    CHECK(engine.state("homs", endOf("2024-12-05"), kLatest).status == ControlStatus::Contested);

    ControlEngine late;
    late.setActors(syrianActors());
    late.addClaim(baseline("homs", "government"));
    Claim rebels = claim("homs", "opposition", ClaimKind::Captured, "2024-12-03T18:00Z", SpeakerSide::Opposition, "Reuters");
    Claim denial = claim("homs", "opposition", ClaimKind::Captured, "2024-12-07T18:00Z", SpeakerSide::Government, "SANA",
                         Stance::Denies);
    late.addClaim(rebels);
    late.addClaim(denial);
    CHECK(late.state("homs", endOf("2024-12-06"), kLatest).status == ControlStatus::Held);
    const PlaceState s = late.state("homs", endOf("2024-12-07"), kLatest);
    CHECK(s.status == ControlStatus::Contested); // never calm government control on a denial alone
    CHECK(s.actor == "opposition");              // the holder before the dispute
    CHECK(hasParty(s, "government", denial.id));
    CHECK(std::any_of(s.parties.begin(), s.parties.end(), [](const Party& p) { return p.actor == "opposition"; }));
    const PlaceState gov = late.state("homs", endOf("2024-12-07"), kGovernment);
    CHECK(gov.status == ControlStatus::Held); // the government's own account under its lens
    CHECK(gov.actor == "government");
}

TEST_CASE("a state-media denial heard alone shows the place contested under latest and held under side:government")
{
    ControlEngine engine;
    engine.setActors(syrianActors());
    engine.addClaim(baseline("hama", "government"));
    Claim denial = claim("hama", "hts", ClaimKind::Entered, "2024-12-04T10:00Z", SpeakerSide::Government, "SANA",
                         Stance::Denies);
    engine.addClaim(denial);
    const PlaceState s = engine.state("hama", endOf("2024-12-04"), kLatest);
    CHECK(s.status == ControlStatus::Contested);
    CHECK(s.actor == "government");
    CHECK(hasParty(s, "government", denial.id));
    CHECK(std::any_of(s.parties.begin(), s.parties.end(), [](const Party& p) { return p.actor == "hts"; }));
    CHECK(inEvidence(s, denial.id));
    CHECK(engine.state("hama", endOf("2024-12-04"), Lens::contested()).status == ControlStatus::Contested);
    const PlaceState gov = engine.state("hama", endOf("2024-12-04"), kGovernment);
    CHECK(gov.status == ControlStatus::Held);
    CHECK(gov.actor == "government");
    CHECK(engine.state("hama", endOf("2024-12-04"), Lens::ofOutlet("SANA")).status == ControlStatus::Held);

    // An independent report a day later settles it, either way.
    ControlEngine held;
    held.setActors(syrianActors());
    held.addClaim(baseline("hama", "government"));
    held.addClaim(denial);
    held.addClaim(claim("hama", "government", ClaimKind::Controls, "2024-12-05T10:00Z", SpeakerSide::Independent, "AP"));
    CHECK(held.state("hama", endOf("2024-12-05"), kLatest).status == ControlStatus::Held);
    CHECK(held.state("hama", endOf("2024-12-05"), kLatest).actor == "government");
    engine.addClaim(claim("hama", "hts", ClaimKind::Captured, "2024-12-05T10:00Z", SpeakerSide::Independent, "AP"));
    CHECK(engine.state("hama", endOf("2024-12-05"), kLatest).status == ControlStatus::Held);
    CHECK(engine.state("hama", endOf("2024-12-05"), kLatest).actor == "hts");
}

TEST_CASE("a denial and the denier's 'the army is in full control' in one breath leave the place contested")
{
    // "State TV denied the insurgents had entered Homs, saying the army was in full control of the city."
    ControlEngine engine;
    engine.setActors(syrianActors());
    engine.addClaim(baseline("homs", "government"));
    Claim denial = claim("homs", "opposition", ClaimKind::Entered, "2024-12-07T20:00Z", SpeakerSide::Government, "SANA",
                         Stance::Denies);
    Claim holding = claim("homs", "government", ClaimKind::Controls, "2024-12-07T20:00Z", SpeakerSide::Government, "SANA");
    engine.addClaim(denial);
    engine.addClaim(holding);
    const PlaceState s = engine.state("homs", endOf("2024-12-07"), kLatest);
    CHECK(s.status == ControlStatus::Contested);
    CHECK(hasParty(s, "government", denial.id));
    CHECK(hasParty(s, "government", holding.id));
    CHECK(std::any_of(s.parties.begin(), s.parties.end(), [](const Party& p) { return p.actor == "opposition"; }));
    CHECK(engine.state("homs", endOf("2024-12-07"), kGovernment).status == ControlStatus::Held);

    // An independent report settles it; the ministry saying it holds the city a day later is then calm control.
    engine.addClaim(claim("homs", "government", ClaimKind::Controls, "2024-12-08T06:00Z", SpeakerSide::Independent, "AP"));
    CHECK(engine.state("homs", at("2024-12-08T07:00Z"), kLatest).status == ControlStatus::Held);
    engine.addClaim(claim("homs", "government", ClaimKind::Controls, "2024-12-08T09:00Z", SpeakerSide::Government, "SANA"));
    CHECK(engine.state("homs", at("2024-12-08T10:00Z"), kLatest).status == ControlStatus::Held);
}

TEST_CASE("rebels at the outskirts, then the ministry denying the army withdrew: still contested")
{
    // "Rebels said they had reached the outskirts of Homs." … "The ministry denied that the army had
    // withdrawn from Homs, saying troops were holding their positions in the city."
    ControlEngine engine;
    engine.setActors(syrianActors());
    engine.addClaim(baseline("homs", "government"));
    Claim outskirts = claim("homs", "opposition", ClaimKind::Contested, "2024-12-07T09:00Z", SpeakerSide::Opposition,
                            "Reuters");
    Claim denial = claim("homs", "government", ClaimKind::Withdrew, "2024-12-07T12:00Z", SpeakerSide::Government,
                         "Reuters", Stance::Denies);
    Claim holding = claim("homs", "government", ClaimKind::Controls, "2024-12-07T12:00Z", SpeakerSide::Government, "Reuters");
    engine.addClaim(outskirts);
    engine.addClaim(denial);
    engine.addClaim(holding);
    const PlaceState s = engine.state("homs", endOf("2024-12-07"), kLatest);
    CHECK(s.status == ControlStatus::Contested);
    CHECK(s.actor == "government");
    CHECK(hasParty(s, "opposition", outskirts.id));
    CHECK(hasParty(s, "government", denial.id));
    CHECK(hasParty(s, "government", holding.id));
}

TEST_CASE("a denial that contests nothing: an actor's own side denying its entry, a neutral report, a denied loss")
{
    ControlEngine engine;
    engine.setActors(syrianActors());
    engine.addClaim(baseline("sweida", "government"));
    engine.addClaim(baseline("homs", "government"));
    // "A spokesman for the Eighth Brigade denied reports that its fighters had entered Sweida."
    engine.addClaim(claim("sweida", "sor", ClaimKind::Entered, "2024-12-06T10:00Z", SpeakerSide::Opposition, "Enab Baladi",
                          Stance::Denies));
    // "Rebels have not entered Homs, residents said."
    engine.addClaim(claim("homs", "opposition", ClaimKind::Entered, "2024-12-06T10:00Z", SpeakerSide::Independent, "AP",
                          Stance::Denies));
    CHECK(engine.state("sweida", endOf("2024-12-06"), kLatest).status == ControlStatus::Held);
    CHECK(engine.state("homs", endOf("2024-12-06"), kLatest).status == ControlStatus::Held);
    CHECK(engine.state("homs", endOf("2024-12-06"), kLatest).actor == "government");
}

TEST_CASE("affirmative claims of two sides days apart are not a contest: the newest wins")
{
    ControlEngine engine;
    engine.setActors(syrianActors());
    engine.addClaim(claim("hama", "hts", ClaimKind::Captured, "2024-12-03T18:00Z", SpeakerSide::Opposition, "Telegram"));
    engine.addClaim(claim("hama", "government", ClaimKind::Controls, "2024-12-05T18:00Z", SpeakerSide::Government, "SANA"));
    const PlaceState s = engine.state("hama", endOf("2024-12-05"), kLatest);
    CHECK(s.status == ControlStatus::Held);
    CHECK(s.actor == "government");
}

TEST_CASE("an independent report after a partisan dispute settles it")
{
    ControlEngine engine;
    std::string rebelId, denialId;
    addHomsReports(engine, rebelId, denialId);
    engine.addClaim(claim("homs", "hts", ClaimKind::Captured, "2024-12-08T05:00Z", SpeakerSide::Independent, "AP"));
    const PlaceState s = engine.state("homs", endOf("2024-12-08"), kLatest);
    CHECK(s.status == ControlStatus::Held);
    CHECK(s.actor == "hts");
    CHECK(s.since == at("2024-12-08T05:00Z"));
}

TEST_CASE("Deraa, Suweida and Quneitra change hands on 6 and 7 December and changes lists exactly those")
{
    ControlEngine engine;
    engine.setActors(syrianActors());
    for (const char* place : {"deraa", "suweida", "quneitra", "damascus"})
        engine.addClaim(baseline(place, "government"));
    engine.addClaim(claim("deraa", "sor", ClaimKind::Captured, "2024-12-06T21:00Z", SpeakerSide::Opposition, "Reuters"));
    engine.addClaim(claim("suweida", "opposition", ClaimKind::Controls, "2024-12-07T06:00Z", SpeakerSide::Independent,
                          "SOHR"));
    Claim quneitra = claim("quneitra", "government", ClaimKind::Withdrew, "2024-12-07T10:00Z",
                           SpeakerSide::Independent, "AFP");
    quneitra.counterpart = "sor";
    engine.addClaim(quneitra);
    engine.addClaim(claim("damascus", "government", ClaimKind::Controls, "2024-12-07T12:00Z", SpeakerSide::Government,
                          "SANA"));

    for (const char* place : {"deraa", "suweida", "quneitra"})
        CHECK(engine.state(place, endOf("2024-12-05"), kLatest).actor == "government");
    const PlaceState deraa = engine.state("deraa", endOf("2024-12-07"), kLatest);
    CHECK(deraa.status == ControlStatus::Held);
    CHECK(deraa.actor == "sor"); // the precise actor is kept…
    CHECK(engine.rootActor(deraa.actor) == "opposition"); // …and its root is one call away
    CHECK(engine.state("suweida", endOf("2024-12-07"), kLatest).actor == "opposition");
    CHECK(engine.state("quneitra", endOf("2024-12-07"), kLatest).actor == "sor");

    const auto changes = engine.changes(at("2024-11-20"), endOf("2024-12-12"), kLatest);
    REQUIRE(changes.size() == 3); // the baseline and Damascus' corroboration are no changes
    CHECK(changes[0].placeId == "deraa");
    CHECK(changes[0].at == at("2024-12-06T21:00Z"));
    CHECK(changes[0].fromActor == "government");
    CHECK(changes[0].toActor == "sor");
    CHECK(changes[1].placeId == "suweida");
    CHECK(changes[2].placeId == "quneitra");
    CHECK(changes[2].toStatus == ControlStatus::Held);
    REQUIRE(changes[2].evidence.size() == 1);
    CHECK(changes[2].evidence[0]->id == quneitra.id);
    CHECK(engine.changes(at("2024-12-07T00:00Z"), endOf("2024-12-07"), kLatest).size() == 2);
}

TEST_CASE("the army pulling back to Saasa leaves Saasa with the government")
{
    ControlEngine engine;
    engine.setActors(syrianActors());
    engine.addClaim(baseline("saasa", "government"));
    engine.addClaim(baseline("khan-arnabah", "government"));
    // "The military pulled back from Khan Arnabah to Saasa": lost the one, still holds the other.
    engine.addClaim(claim("khan-arnabah", "government", ClaimKind::Withdrew, "2024-12-07T09:00Z",
                          SpeakerSide::Independent, "Reuters"));
    engine.addClaim(claim("saasa", "government", ClaimKind::Controls, "2024-12-07T09:00Z", SpeakerSide::Independent,
                          "Reuters"));
    const PlaceState saasa = engine.state("saasa", endOf("2024-12-07"), kLatest);
    CHECK(saasa.status == ControlStatus::Held);
    CHECK(saasa.actor == "government");
    const PlaceState khan = engine.state("khan-arnabah", endOf("2024-12-07"), kLatest);
    CHECK(khan.status == ControlStatus::Unknown); // lost by the army, taker not named
    CHECK(khan.actor.empty());
    REQUIRE(khan.evidence.size() == 1);
    CHECK(khan.evidence[0]->kind == ClaimKind::Withdrew);
}

TEST_CASE("a withdrawal from a contested place hands it to the other party")
{
    ControlEngine engine;
    engine.setActors(syrianActors());
    engine.addClaim(baseline("hama", "government"));
    engine.addClaim(claim("hama", "hts", ClaimKind::Contested, "2024-12-04T09:00Z", SpeakerSide::Independent, "AP"));
    CHECK(engine.state("hama", endOf("2024-12-04"), kLatest).status == ControlStatus::Contested);
    engine.addClaim(claim("hama", "government", ClaimKind::Withdrew, "2024-12-05T15:00Z", SpeakerSide::Government, "SANA"));
    const PlaceState s = engine.state("hama", endOf("2024-12-05"), kLatest);
    CHECK(s.status == ControlStatus::Held);
    CHECK(s.actor == "hts");
}

TEST_CASE("state media denying the army withdrew, with no report heard: contested under latest, held in its own lens")
{
    // "SANA denied that the army had withdrawn from Hama": the denial answers reports that it had,
    // so under `latest` the place is disputed between the army and the other side, never calm
    // government control; the government's own lens keeps its account.
    ControlEngine engine;
    engine.setActors(syrianActors());
    engine.addClaim(baseline("hama", "government"));
    Claim denial = claim("hama", "government", ClaimKind::Withdrew, "2024-12-05T15:00Z", SpeakerSide::Government,
                         "SANA", Stance::Denies);
    engine.addClaim(denial);
    const PlaceState s = engine.state("hama", endOf("2024-12-05"), kLatest);
    CHECK(s.status == ControlStatus::Contested);
    CHECK(s.actor == "government");
    CHECK(hasParty(s, "government", denial.id));
    CHECK(std::any_of(s.parties.begin(), s.parties.end(), [](const Party& p) { return p.actor == "opposition"; }));
    const PlaceState own = engine.state("hama", endOf("2024-12-05"), Lens::ofSide(SpeakerSide::Government));
    CHECK(own.status == ControlStatus::Held);
    CHECK(own.actor == "government");
    // A denial naming whom the place was not lost to makes that the rival.
    Claim toSdf = claim("deir", "government", ClaimKind::Withdrew, "2024-12-06T15:00Z", SpeakerSide::Government,
                        "SANA", Stance::Denies);
    toSdf.counterpart = "sdf";
    engine.addClaim(baseline("deir", "government"));
    engine.addClaim(toSdf);
    const PlaceState deir = engine.state("deir", endOf("2024-12-06"), kLatest);
    CHECK(deir.status == ControlStatus::Contested);
    CHECK(std::any_of(deir.parties.begin(), deir.parties.end(), [](const Party& p) { return p.actor == "sdf"; }));
}

TEST_CASE("state media denying the insurgents reached the outskirts: contested, not calm control")
{
    ControlEngine engine;
    engine.setActors(syrianActors());
    engine.addClaim(baseline("homs", "government"));
    Claim denial = claim("homs", "opposition", ClaimKind::Contested, "2024-12-06T15:00Z", SpeakerSide::Government,
                         "SANA", Stance::Denies);
    engine.addClaim(denial);
    const PlaceState s = engine.state("homs", endOf("2024-12-06"), kLatest);
    CHECK(s.status == ControlStatus::Contested);
    CHECK(hasParty(s, "government", denial.id));
    CHECK(engine.state("homs", endOf("2024-12-06"), Lens::ofSide(SpeakerSide::Government)).status ==
          ControlStatus::Held);
}

TEST_CASE("a neutral voice saying the army did not withdraw leaves it holding the place")
{
    ControlEngine engine;
    engine.setActors(syrianActors());
    engine.addClaim(baseline("hama", "government"));
    engine.addClaim(claim("hama", "government", ClaimKind::Withdrew, "2024-12-05T15:00Z", SpeakerSide::Independent,
                          "AP", Stance::Denies));
    const PlaceState s = engine.state("hama", endOf("2024-12-05"), kLatest);
    CHECK(s.status == ControlStatus::Held);
    CHECK(s.actor == "government");
}

TEST_CASE("an uncorroborated claim decays and goes stale, corroboration restores it")
{
    EngineConfig config;
    config.halfLife = 72 * kSecondsPerHour;
    config.staleBelow = 0.25;
    ControlEngine engine(config);
    engine.addClaim(claim("tadmur", "government", ClaimKind::Captured, "2024-12-01T00:00Z", SpeakerSide::Government, "SANA"));
    CHECK(engine.state("tadmur", at("2024-12-01T00:00Z"), kLatest).confidence == doctest::Approx(1.0));
    const PlaceState later = engine.state("tadmur", at("2024-12-04T00:00Z"), kLatest);
    CHECK(later.confidence == doctest::Approx(0.5));
    CHECK(later.status == ControlStatus::Held);
    const PlaceState stale = engine.state("tadmur", at("2024-12-08T00:00Z"), kLatest);
    CHECK(stale.status == ControlStatus::Stale);
    CHECK(stale.actor == "government");
    CHECK(stale.confidence < 0.25);

    engine.addClaim(claim("tadmur", "government", ClaimKind::Controls, "2024-12-07T00:00Z", SpeakerSide::Independent, "AP"));
    const PlaceState renewed = engine.state("tadmur", at("2024-12-08T00:00Z"), kLatest);
    CHECK(renewed.status == ControlStatus::Held);
    CHECK(renewed.since == at("2024-12-01T00:00Z"));
    CHECK(renewed.evidence.size() == 2);
}

TEST_CASE("the half-life is configurable and analyst claims do not decay")
{
    EngineConfig config;
    config.halfLife = 24 * kSecondsPerHour;
    ControlEngine engine(config);
    engine.addClaim(claim("tadmur", "government", ClaimKind::Captured, "2024-12-01T00:00Z", SpeakerSide::Government, "SANA"));
    engine.addClaim(baseline("raqqa", "sdf", "2024-12-01"));
    CHECK(engine.state("tadmur", at("2024-12-02T00:00Z"), kLatest).confidence == doctest::Approx(0.5));
    CHECK(engine.state("tadmur", at("2024-12-04T00:00Z"), kLatest).status == ControlStatus::Stale);
    const PlaceState raqqa = engine.state("raqqa", at("2024-12-30T00:00Z"), kLatest);
    CHECK(raqqa.status == ControlStatus::Held);
    CHECK(raqqa.confidence == doctest::Approx(1.0));
}

TEST_CASE("an analyst override outranks later extracted claims and both stay in the evidence")
{
    ControlEngine engine;
    engine.setActors(syrianActors());
    engine.addClaim(baseline("maan", "government"));
    Claim pin = claim("maan", "government", ClaimKind::Controls, "2024-12-03T00:00Z", SpeakerSide::Analyst, "");
    pin.analystOverride = true;
    engine.addClaim(pin);
    Claim report = claim("maan", "hts", ClaimKind::Captured, "2024-12-04T00:00Z", SpeakerSide::Opposition, "Telegram");
    engine.addClaim(report);
    const PlaceState s = engine.state("maan", endOf("2024-12-04"), kLatest);
    CHECK(s.status == ControlStatus::Held);
    CHECK(s.actor == "government");
    CHECK(inEvidence(s, pin.id));
    CHECK(inEvidence(s, report.id));
    // One side's lens shows that side's own view, not the analyst's.
    CHECK(engine.state("maan", endOf("2024-12-04"), kOpposition).actor == "hts");
}

TEST_CASE("consensus counts a change only once two outlets agree")
{
    ControlEngine engine;
    engine.setActors(syrianActors());
    engine.addClaim(baseline("hama", "government"));
    engine.addClaim(claim("hama", "hts", ClaimKind::Captured, "2024-12-05T10:00Z", SpeakerSide::Opposition, "Telegram"));
    engine.addClaim(claim("hama", "hts", ClaimKind::Captured, "2024-12-05T11:00Z", SpeakerSide::Opposition, "telegram"));
    const Lens consensus = Lens::consensus();
    CHECK(engine.state("hama", endOf("2024-12-05"), consensus).actor == "government"); // one outlet, twice
    engine.addClaim(claim("hama", "opposition", ClaimKind::Controls, "2024-12-06T09:00Z", SpeakerSide::Independent, "AP"));
    const PlaceState s = engine.state("hama", endOf("2024-12-06"), consensus);
    CHECK(s.status == ControlStatus::Held);
    CHECK(engine.rootActor(s.actor) == "opposition");
    CHECK(s.since == at("2024-12-06T09:00Z"));
    CHECK(s.evidence.size() == 3);
    const auto changes = engine.changes(at("2024-11-01"), endOf("2024-12-31"), consensus);
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].at == at("2024-12-06T09:00Z"));
}

TEST_CASE("consensus ignores agreement spread wider than its window")
{
    ControlEngine engine;
    engine.addClaim(baseline("hama", "government"));
    engine.addClaim(claim("hama", "hts", ClaimKind::Captured, "2024-12-01T10:00Z", SpeakerSide::Opposition, "Telegram"));
    engine.addClaim(claim("hama", "hts", ClaimKind::Captured, "2024-12-06T10:00Z", SpeakerSide::Independent, "AP"));
    CHECK(engine.state("hama", endOf("2024-12-06"), Lens::consensus()).actor == "government");
}

TEST_CASE("an outlet lens hears that outlet alone, case-insensitively, over the baseline")
{
    ControlEngine engine;
    engine.addClaim(baseline("hama", "government"));
    engine.addClaim(claim("hama", "hts", ClaimKind::Captured, "2024-12-05T10:00Z", SpeakerSide::Independent, "Reuters"));
    engine.addClaim(claim("idlib", "hts", ClaimKind::Controls, "2024-12-05T10:00Z", SpeakerSide::Independent, "AP"));
    CHECK(engine.state("hama", endOf("2024-12-05"), Lens::ofOutlet("reuters")).actor == "hts");
    CHECK(engine.state("hama", endOf("2024-12-05"), Lens::ofOutlet("AP")).actor == "government");
    CHECK(engine.state("idlib", endOf("2024-12-05"), Lens::ofOutlet("Reuters")).status == ControlStatus::Unknown);
}

TEST_CASE("claims naming a child actor corroborate its parent and refine the holder without a change")
{
    ControlEngine engine;
    engine.setActors(syrianActors());
    engine.addClaim(claim("aleppo", "opposition", ClaimKind::Captured, "2024-11-30T10:00Z", SpeakerSide::Independent, "AP"));
    engine.addClaim(claim("aleppo", "hts", ClaimKind::Controls, "2024-11-30T18:00Z", SpeakerSide::Opposition, "Telegram"));
    const PlaceState s = engine.state("aleppo", endOf("2024-11-30"), kLatest);
    CHECK(s.status == ControlStatus::Held);
    CHECK(s.actor == "hts");
    CHECK(s.since == at("2024-11-30T10:00Z"));
    CHECK(engine.changes(at("2024-11-01"), endOf("2024-12-31"), kLatest).size() == 1);
}

TEST_CASE("undated claims and claims without an actor are kept but decide nothing")
{
    ControlEngine engine;
    Claim undated = claim("hama", "hts", ClaimKind::Captured, "2024-12-05T10:00Z", SpeakerSide::Opposition, "X");
    undated.time.from.reset();
    undated.time.to.reset();
    engine.addClaim(undated);
    engine.addClaim(claim("hama", "", ClaimKind::Captured, "2024-12-05T10:00Z", SpeakerSide::Opposition, "X"));
    CHECK(engine.state("hama", endOf("2024-12-31"), kLatest).status == ControlStatus::Unknown);
    CHECK(engine.undecidedClaims().size() == 2);
    CHECK(engine.claimsFor("hama").size() == 2);
}

TEST_CASE("states lists every place, including places no claim mentions")
{
    ControlEngine engine;
    engine.addPlace("quiet");
    engine.addClaim(baseline("hama", "government"));
    const auto all = engine.states(endOf("2024-12-01"), kLatest);
    REQUIRE(all.size() == 2);
    CHECK(all[0].placeId == "quiet");
    CHECK(all[0].status == ControlStatus::Unknown);
    CHECK(all[1].actor == "government");
    CHECK(engine.state("nowhere", endOf("2024-12-01"), kLatest).status == ControlStatus::Unknown);
}

TEST_CASE("a claim of kind denied reads as a denied capture: the denier's own lens keeps the holder, latest contests")
{
    ControlEngine engine;
    engine.setActors(syrianActors());
    engine.addClaim(baseline("hama", "government"));
    engine.addClaim(claim("hama", "opposition", ClaimKind::Denied, "2024-12-04T10:00Z", SpeakerSide::Government, "SANA"));
    const PlaceState gov = engine.state("hama", endOf("2024-12-04"), kGovernment);
    CHECK(gov.status == ControlStatus::Held);
    CHECK(gov.actor == "government");
    CHECK(gov.evidence.size() == 2); // the denial corroborates the holder
    const PlaceState s = engine.state("hama", endOf("2024-12-04"), kLatest);
    CHECK(s.status == ControlStatus::Contested);
    CHECK(s.actor == "government");
}

TEST_CASE("a siege leaves the besieged holder in place")
{
    ControlEngine engine;
    engine.setActors(syrianActors());
    engine.addClaim(baseline("kuweires", "government"));
    engine.addClaim(claim("kuweires", "hts", ClaimKind::Besieged, "2024-12-02T10:00Z", SpeakerSide::Independent, "SOHR"));
    const PlaceState s = engine.state("kuweires", endOf("2024-12-02"), kLatest);
    CHECK(s.status == ControlStatus::Held);
    CHECK(s.actor == "government");
    CHECK(engine.changes(at("2024-11-01"), endOf("2024-12-31"), kLatest).empty());
}

TEST_CASE("fighting reported inside a held place makes it contested between holder and attacker")
{
    ControlEngine engine;
    engine.setActors(syrianActors());
    Claim base = baseline("aleppo", "government");
    engine.addClaim(base);
    Claim entered = claim("aleppo", "hts", ClaimKind::Entered, "2024-11-29T18:00Z", SpeakerSide::Independent, "Reuters");
    engine.addClaim(entered);
    const PlaceState s = engine.state("aleppo", endOf("2024-11-29"), kLatest);
    CHECK(s.status == ControlStatus::Contested);
    CHECK(s.actor == "government");
    CHECK(hasParty(s, "government", base.id));
    CHECK(hasParty(s, "hts", entered.id));
    const auto changes = engine.changes(at("2024-11-01"), endOf("2024-12-31"), kLatest);
    REQUIRE(changes.size() == 1);
    CHECK(changes[0].fromStatus == ControlStatus::Held);
    CHECK(changes[0].toStatus == ControlStatus::Contested);
}
