// bench_engine: how fast the ControlEngine answers on a scenario ten times the bundled one's
// scale — states() of every place at an instant (one animation frame) and changes() over the
// whole span — after the one-off build of each lens's timeline.
#include "core/controlengine.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

using namespace sitrep::core;
using Clock = std::chrono::steady_clock;

namespace {

constexpr Instant kStart = 1732579200; // 2024-11-26T00:00:00Z
constexpr Instant kSpan = 17 * kSecondsPerDay;

ActorRegistry actors()
{
    ActorRegistry r;
    const char* rows[][2] = {{"government", ""}, {"opposition", ""}, {"hts", "opposition"}, {"sna", "opposition"},
                             {"sor", "opposition"}, {"sdf", ""},     {"israel", ""}};
    for (auto& row : rows) {
        Actor a;
        a.id = row[0];
        a.parent = row[1];
        r.add(a);
    }
    return r;
}

// A baseline claim per place, then random claims of every kind, side and outlet over 17 days.
std::vector<Claim> generate(int places, int claims, std::mt19937& rng)
{
    static const char* kActors[] = {"government", "opposition", "hts", "sna", "sor", "sdf", "israel"};
    static const char* kOutlets[] = {"Reuters", "AP", "AFP", "SANA", "SOHR", "Al Jazeera", "Telegram", "Anadolu Agency"};
    static const SpeakerSide kSides[] = {SpeakerSide::Opposition, SpeakerSide::Government, SpeakerSide::Independent,
                                         SpeakerSide::Independent, SpeakerSide::Analyst};
    auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
    std::vector<Claim> out;
    out.reserve(static_cast<std::size_t>(claims));
    for (int p = 0; p < places && static_cast<int>(out.size()) < claims; ++p) {
        Claim c;
        c.id = "b" + std::to_string(p);
        c.placeId = "p" + std::to_string(p);
        c.actor = kActors[pick(3) == 0 ? pick(7) : 0];
        c.time.from = kStart;
        c.source.side = SpeakerSide::Analyst;
        c.baseline = true;
        out.push_back(std::move(c));
    }
    while (static_cast<int>(out.size()) < claims) {
        Claim c;
        c.id = "c" + std::to_string(out.size());
        c.placeId = "p" + std::to_string(pick(places));
        c.actor = kActors[pick(7)];
        c.kind = static_cast<ClaimKind>(pick(10) < 6 ? pick(2) : pick(8));
        c.stance = pick(8) == 0 ? Stance::Denies : Stance::Affirms;
        c.time.from = kStart + std::uniform_int_distribution<Instant>(0, kSpan)(rng);
        c.source.outlet = kOutlets[pick(8)];
        c.source.side = kSides[pick(5)];
        c.confidence = 0.4 + 0.6 * std::uniform_real_distribution<double>(0, 1)(rng);
        c.hedged = pick(6) == 0;
        out.push_back(std::move(c));
    }
    return out;
}

// CPU time of this thread: what a query costs, without the time the scheduler gave others on a
// busy machine (wall-clock figures are printed too).
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

double ms(Clock::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

// The q-quantile (0.5: median) of the timings.
double quantile(std::vector<double> v, double q)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(q * static_cast<double>(v.size())))];
}

} // namespace

int main(int argc, char** argv)
{
    const int places = argc > 1 ? std::atoi(argv[1]) : 10000;
    const int claimCount = argc > 2 ? std::atoi(argv[2]) : 100000;
    const int runs = argc > 3 ? std::atoi(argv[3]) : 500;
    std::mt19937 rng(20241208);
    const auto claims = generate(places, claimCount, rng);

    ControlEngine engine;
    engine.setActors(actors());
    const auto t0 = Clock::now();
    engine.addClaims(claims);
    const auto t1 = Clock::now();
    std::printf("engine bench: %d places, %zu claims, %d runs per figure (median)\n", places, claims.size(), runs);
    std::printf("  add claims                     %9.2f ms\n", ms(t1 - t0));

    std::vector<PlaceState> frame;
    std::size_t sink = 0;
    for (const char* name : {"latest", "consensus", "side:government", "outlet:Reuters", "contested"}) {
        const Lens lens = *Lens::parse(name);
        const auto b0 = Clock::now();
        engine.prepare(lens);
        const double build = ms(Clock::now() - b0);
        std::vector<double> stateTimes, changeTimes, stateCpu, changeCpu;
        for (int r = 0; r < runs; ++r) {
            const Instant t = kStart + std::uniform_int_distribution<Instant>(0, kSpan)(rng);
            const double cpu0 = threadCpuMs();
            const auto s0 = Clock::now();
            engine.states(t, lens, frame);
            stateTimes.push_back(ms(Clock::now() - s0));
            stateCpu.push_back(threadCpuMs() - cpu0);
            sink += static_cast<std::size_t>(frame[static_cast<std::size_t>(r) % frame.size()].status);
        }
        for (int r = 0; r < std::max(10, runs / 10); ++r) {
            const double cpu0 = threadCpuMs();
            const auto c0 = Clock::now();
            const auto changes = engine.changes(kStart, kStart + kSpan, lens);
            changeTimes.push_back(ms(Clock::now() - c0));
            changeCpu.push_back(threadCpuMs() - cpu0);
            sink += changes.size();
        }
        const auto all = engine.changes(kStart, kStart + kSpan, lens);
        std::printf("  %-16s build %6.1f ms | states(), %zu places: median %.3f ms (cpu %.3f), p90 %.3f ms (cpu %.3f)"
                    " | changes(), whole span: median %.3f ms (cpu %.3f), p90 %.3f ms; %zu changes\n",
                    name, build, frame.size(), quantile(stateTimes, 0.5), quantile(stateCpu, 0.5),
                    quantile(stateTimes, 0.9), quantile(stateCpu, 0.9), quantile(changeTimes, 0.5),
                    quantile(changeCpu, 0.5), quantile(changeTimes, 0.9), all.size());
    }
    {
        std::vector<double> single;
        for (int r = 0; r < runs; ++r) {
            const std::string id = "p" + std::to_string(r % places);
            const Instant t = kStart + std::uniform_int_distribution<Instant>(0, kSpan)(rng);
            const auto s0 = Clock::now();
            const PlaceState s = engine.state(id, t, Lens::latest());
            single.push_back(ms(Clock::now() - s0) * 1000.0);
            sink += s.evidence.size();
        }
        std::printf("  state() of one place, latest: median %.3f us\n", quantile(single, 0.5));
    }
    std::printf("  (checksum %zu)\n", sink);
    return 0;
}
