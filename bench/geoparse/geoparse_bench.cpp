// geoparse_bench: throughput of the geoparser over the full Levant gazetteer.
//   geoparse_bench generate MEGABYTES OUT.txt   news-like text (fixed seed) naming gazetteer places
//   geoparse_bench run FILE [GPKG]              full pipeline (read, tokenise, recognise, resolve)
// `run` streams the file in 1 MiB pieces, as `sitrep geocode` does, and prints MB/s on one core,
// the mention count and the peak resident memory.
#include "geo/gazetteerloader.h"
#include "text/geoparsefile.h"

#include <sys/resource.h>

#include <chrono>
#include <ctime>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <vector>

namespace {

const char* kTemplates[] = {
    "Rebels said on Saturday they had captured {P} and were advancing on {P}, a war monitor said.",
    "Government forces withdrew from {P} overnight, residents told reporters by phone from {P}.",
    "The Syrian Observatory for Human Rights said fighters had reached the outskirts of {P}.",
    "President Bashar al-Assad's troops regrouped near {P}, about 20 km from {P}, an army officer said.",
    "Hayat Tahrir al-Sham leader Abu Mohammed al-Jolani told supporters in {P} that the regime was finished.",
    "Airstrikes hit {P} and the road to {P}; Russian jets flew from Hmeimim, state media reported.",
    "Thousands fled {P} province towards {P}, the United Nations said, as aid convoys waited in Turkey.",
    "In the city of {P}, crowds tore down a statue of Hafez al-Assad and celebrated in the main square.",
    "Iraqi officials said 2,000 Syrian soldiers had crossed the border near {P} seeking refuge.",
    "Fighting was reported within 30 kilometers (20 miles) of {P}, while {P} remained quiet.",
    "Iran and Russia, Assad's main allies, said they were watching events in {P} closely.",
    "Residents of {P} reported power cuts and long queues for bread and fuel on Friday.",
};

const char* kFiller[] = {
    "The situation remains fluid and the figures could not be independently verified.",
    "Officials did not respond to requests for comment.",
    "The offensive, launched late last month, has redrawn the front lines of the war.",
    "Analysts said the speed of the collapse had surprised even the rebels themselves.",
};

int generate(double megabytes, const std::string& out, const std::string& gpkg)
{
    auto gazetteer = sitrep::geo::loadGazetteer(gpkg);
    if (!gazetteer) {
        std::cerr << gazetteer.error().toString() << '\n';
        return 1;
    }
    std::vector<std::string> names;
    for (const auto& p : gazetteer->places())
        if (p.country == "SY" || p.country == "IQ" || p.country == "LB")
            for (const auto& n : p.names)
                if (!n.name.empty() && n.lang != "ar" && n.name.find_first_of("0123456789") == std::string::npos)
                    names.push_back(n.name);
    std::mt19937 rng(20241208);
    std::ofstream f(out, std::ios::binary);
    const auto target = static_cast<std::size_t>(megabytes * 1024 * 1024);
    std::size_t written = 0;
    std::string para;
    while (written < target) {
        para.clear();
        const int sentences = 3 + static_cast<int>(rng() % 5);
        for (int s = 0; s < sentences; ++s) {
            // Two sentences in five are filler: about one place name per 120 bytes, the density of
            // the seed articles (214 names in 25.7 KB).
            std::string t = rng() % 5 < 2 ? kFiller[rng() % std::size(kFiller)] : kTemplates[rng() % std::size(kTemplates)];
            for (auto pos = t.find("{P}"); pos != std::string::npos; pos = t.find("{P}"))
                t.replace(pos, 3, names[rng() % names.size()]);
            para += t;
            para += ' ';
        }
        para += "\n\n";
        f << para;
        written += para.size();
    }
    std::cout << "wrote " << written << " bytes to " << out << '\n';
    return 0;
}

int run(const std::string& file, const std::string& gpkg)
{
    const auto t0 = std::chrono::steady_clock::now();
    auto gazetteer = sitrep::geo::loadGazetteer(gpkg);
    if (!gazetteer) {
        std::cerr << gazetteer.error().toString() << '\n';
        return 1;
    }
    const sitrep::text::Geoparser parser(*gazetteer);
    const auto t1 = std::chrono::steady_clock::now();
    const std::clock_t c1 = std::clock();
    std::size_t resolved = 0;
    auto report = sitrep::text::geoparseFile(parser, file, [&](const std::string&, const sitrep::core::Mention& m) {
        resolved += m.placeId ? 1 : 0;
    });
    const auto t2 = std::chrono::steady_clock::now();
    const double cpu = static_cast<double>(std::clock() - c1) / CLOCKS_PER_SEC;
    if (!report) {
        std::cerr << report.error().toString() << '\n';
        return 1;
    }
    std::ifstream in(file, std::ios::binary | std::ios::ate);
    const double mb = static_cast<double>(in.tellg()) / (1024.0 * 1024.0);
    const double secs = std::chrono::duration<double>(t2 - t1).count();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("gazetteer places %zu  index build %.2f s\n", gazetteer->size(),
                std::chrono::duration<double>(t1 - t0).count());
    std::printf("text %.1f MB  wall %.2f s  cpu %.2f s  throughput %.1f MB/s wall, %.1f MB/s per cpu second\n", mb,
                secs, cpu, mb / secs, mb / cpu);
    std::printf("mentions %zu  resolved %zu  peak RSS %ld MB\n", report->mentions, resolved, usage.ru_maxrss / 1024);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    const std::string gpkgDefault = SITREP_SOURCE_DIR "/geodata/levant.gpkg";
    const std::vector<std::string> a(argv + 1, argv + argc);
    if (a.size() >= 3 && a[0] == "generate")
        return generate(std::stod(a[1]), a[2], a.size() > 3 ? a[3] : gpkgDefault);
    if (a.size() >= 2 && a[0] == "run")
        return run(a[1], a.size() > 2 ? a[2] : gpkgDefault);
    std::cerr << "usage: geoparse_bench generate MEGABYTES OUT.txt [GPKG] | run FILE [GPKG]\n";
    return 2;
}
