// Property tests: random claims, the engine's precomputed answers checked against a brute-force
// reference, against an engine that never saw the future, and against its own change list.
#include "core/controlengine.h"
#include "enginetestsupport.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <string>
#include <vector>

using namespace sitrep::core;

namespace {

constexpr Instant kStart = 1732579200; // 2024-11-26T00:00Z
constexpr Instant kSpan = 17 * kSecondsPerDay;

struct RandomClaims {
    std::mt19937 rng;
    explicit RandomClaims(unsigned seed) : rng(seed) {}

    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); }
    Instant instant() { return kStart + std::uniform_int_distribution<Instant>(0, kSpan / 3600)(rng) * 3600; }

    Claim make(int places, bool anyKind)
    {
        static const char* kActors[] = {"government", "opposition", "hts", "sdf"};
        static const char* kOutlets[] = {"Reuters", "AP", "SANA", "Telegram"};
        static const SpeakerSide kSides[] = {SpeakerSide::Opposition, SpeakerSide::Government,
                                             SpeakerSide::Independent, SpeakerSide::Analyst};
        Claim c;
        c.id = "r" + std::to_string(rng());
        c.placeId = "p" + std::to_string(pick(places));
        c.actor = kActors[pick(4)];
        c.kind = anyKind ? static_cast<ClaimKind>(pick(8)) : (pick(2) ? ClaimKind::Controls : ClaimKind::Captured);
        c.stance = anyKind && pick(4) == 0 ? Stance::Denies : Stance::Affirms;
        if (anyKind && pick(3) == 0)
            c.counterpart = kActors[pick(4)];
        c.time.from = instant();
        c.source.outlet = anyKind ? kOutlets[pick(4)] : "Reuters"; // one outlet: one voice
        c.source.side = anyKind ? kSides[pick(4)] : SpeakerSide::Independent;
        c.confidence = 0.3 + 0.7 * std::uniform_real_distribution<double>(0, 1)(rng);
        c.hedged = pick(5) == 0;
        c.baseline = anyKind && pick(10) == 0;
        c.analystOverride = anyKind && pick(40) == 0;
        return c;
    }
};

// The rules for one voice of controls/captured claims, written the slow and obvious way.
PlaceState reference(const std::vector<Claim>& all, const std::string& place, Instant t, const EngineConfig& cfg,
                     std::string& actor)
{
    std::vector<const Claim*> mine;
    for (const Claim& c : all)
        if (c.placeId == place && *c.time.from <= t)
            mine.push_back(&c);
    std::stable_sort(mine.begin(), mine.end(), [](auto a, auto b) { return *a->time.from < *b->time.from; });
    PlaceState s;
    double conf = 0;
    Instant last = 0;
    std::size_t evidence = 0;
    for (const Claim* c : mine) {
        const double w = c->hedged ? c->confidence * cfg.hedgedFactor : c->confidence;
        const Instant tc = *c->time.from;
        if (s.status == ControlStatus::Held && actor == c->actor) {
            conf = 1 - (1 - conf * std::exp2(-double(tc - last) / double(cfg.halfLife))) * (1 - w);
            evidence = std::min(evidence + 1, cfg.maxEvidence);
        } else {
            actor = c->actor;
            s.status = ControlStatus::Held;
            s.since = tc;
            conf = w;
            evidence = 1;
        }
        last = tc;
    }
    if (s.status == ControlStatus::Held) {
        s.confidence = conf * std::exp2(-double(t - last) / double(cfg.halfLife));
        if (s.confidence < cfg.staleBelow)
            s.status = ControlStatus::Stale;
        s.evidence = Evidence(static_cast<const Claim* const*>(nullptr), evidence);
    }
    return s;
}

void checkSame(const PlaceState& a, const PlaceState& b)
{
    CHECK(a.placeId == b.placeId);
    CHECK(a.status == b.status);
    CHECK(a.actor == b.actor);
    CHECK(a.since == b.since);
    CHECK(a.confidence == doctest::Approx(b.confidence));
    REQUIRE(a.evidence.size() == b.evidence.size());
    for (std::size_t i = 0; i < a.evidence.size(); ++i)
        CHECK(a.evidence[i]->id == b.evidence[i]->id);
    REQUIRE(a.parties.size() == b.parties.size());
    for (std::size_t i = 0; i < a.parties.size(); ++i) {
        CHECK(a.parties[i].actor == b.parties[i].actor);
        CHECK(a.parties[i].claims.size() == b.parties[i].claims.size());
    }
}

} // namespace

TEST_CASE("states() of random single-voice claims match a brute-force reference at random instants")
{
    for (unsigned seed = 1; seed <= 20; ++seed) {
        RandomClaims gen(seed);
        std::vector<Claim> claims;
        for (int i = 0; i < 200; ++i)
            claims.push_back(gen.make(15, false));
        ControlEngine engine;
        engine.addClaims(claims);
        for (int q = 0; q < 25; ++q) {
            const Instant t = gen.instant() + gen.pick(3600);
            for (const PlaceState& s : engine.states(t, Lens::latest())) {
                std::string actor;
                const PlaceState ref = reference(claims, std::string(s.placeId), t, engine.config(), actor);
                CAPTURE(seed);
                CAPTURE(t);
                CHECK(s.status == ref.status);
                if (ref.status == ControlStatus::Unknown)
                    continue;
                CHECK(s.actor == actor);
                CHECK(s.since == ref.since);
                CHECK(s.confidence == doctest::Approx(ref.confidence));
                CHECK(s.evidence.size() == ref.evidence.size());
            }
        }
    }
}

TEST_CASE("for random claims of every kind, no lens's answer at t depends on claims after t")
{
    const std::vector<Lens> lenses{Lens::latest(), Lens::consensus(), Lens::contested(), Lens::ofOutlet("AP"),
                                   Lens::ofSide(SpeakerSide::Opposition), Lens::ofSide(SpeakerSide::Government),
                                   Lens::ofSide(SpeakerSide::Independent)};
    for (unsigned seed = 100; seed < 108; ++seed) {
        RandomClaims gen(seed);
        std::vector<Claim> claims;
        for (int i = 0; i < 300; ++i)
            claims.push_back(gen.make(12, true));
        ControlEngine engine;
        engine.setActors(enginetest::syrianActors());
        for (int i = 0; i < 12; ++i)
            engine.addPlace("p" + std::to_string(i));
        engine.addClaims(claims);
        for (int q = 0; q < 6; ++q) {
            const Instant t = gen.instant() + gen.pick(3600);
            ControlEngine past;
            past.setActors(enginetest::syrianActors());
            for (int i = 0; i < 12; ++i)
                past.addPlace("p" + std::to_string(i));
            for (const Claim& c : claims)
                if (*c.time.from <= t)
                    past.addClaim(c);
            for (const Lens& lens : lenses) {
                CAPTURE(seed);
                CAPTURE(lens.toString());
                const auto now = engine.states(t, lens);
                const auto then = past.states(t, lens);
                REQUIRE(now.size() == then.size());
                for (std::size_t i = 0; i < now.size(); ++i) {
                    checkSame(now[i], then[i]);
                    checkSame(now[i], engine.state(now[i].placeId, t, lens));
                }
            }
        }
    }
}

TEST_CASE("changes() lists exactly the transitions seen by sampling states() at every claim instant")
{
    for (unsigned seed = 200; seed < 210; ++seed) {
        RandomClaims gen(seed);
        std::vector<Claim> claims;
        for (int i = 0; i < 300; ++i) {
            Claim c = gen.make(10, true);
            c.baseline = false;
            if (c.actor == "hts")
                c.actor = "opposition"; // no hierarchy here: a change is a change of actor
            if (c.counterpart == "hts")
                c.counterpart = "opposition";
            claims.push_back(c);
        }
        for (const Lens& lens : {Lens::latest(), Lens::consensus(), Lens::ofSide(SpeakerSide::Government)}) {
            ControlEngine engine;
            engine.addClaims(claims);
            std::vector<Instant> instants;
            for (const Claim& c : claims)
                instants.push_back(*c.time.from);
            std::sort(instants.begin(), instants.end());
            instants.erase(std::unique(instants.begin(), instants.end()), instants.end());
            std::map<std::string, std::pair<ControlStatus, std::string>> previous;
            std::vector<std::pair<Instant, std::string>> sampled;
            for (Instant t : instants) {
                for (const PlaceState& s : engine.states(t, lens)) {
                    const ControlStatus status = s.status == ControlStatus::Stale ? ControlStatus::Held : s.status;
                    auto [it, fresh] = previous.try_emplace(std::string(s.placeId), ControlStatus::Unknown, "");
                    const bool differs = it->second.first != status
                        || (status == ControlStatus::Held && it->second.second != s.actor);
                    if (differs)
                        sampled.emplace_back(t, std::string(s.placeId));
                    it->second = {status, std::string(s.actor)};
                }
            }
            const auto changes = engine.changes(instants.front(), instants.back(), lens);
            std::vector<std::pair<Instant, std::string>> listed;
            for (const ControlChange& c : changes)
                listed.emplace_back(c.at, std::string(c.placeId));
            std::sort(sampled.begin(), sampled.end());
            std::sort(listed.begin(), listed.end());
            CAPTURE(seed);
            CAPTURE(lens.toString());
            CHECK(listed == sampled);
        }
    }
}
