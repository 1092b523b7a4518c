#include "geoeval.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

namespace sitrep::text {

namespace {

std::vector<std::string> splitTabs(const std::string& line)
{
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (true) {
        const auto tab = line.find('\t', pos);
        out.push_back(line.substr(pos, tab == std::string::npos ? std::string::npos : tab - pos));
        if (tab == std::string::npos)
            break;
        pos = tab + 1;
    }
    return out;
}

template <class T>
bool parseNumber(const std::string& s, T& out)
{
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc{} && p == s.data() + s.size();
}

std::string fmt(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

} // namespace

double exactToleranceKm(const std::string& kind)
{
    return kind == "country" || kind == "governorate" || kind == "region" ? 50.0 : 5.0;
}

sitrep::core::Result<std::vector<GoldMention>> readGold(const std::string& path)
{
    std::ifstream in(path);
    if (!in)
        return sitrep::core::fail("cannot open gold file", path);
    std::vector<GoldMention> out;
    std::string line;
    std::size_t lineNo = 0;
    while (std::getline(in, line)) {
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.empty() || line.starts_with('#'))
            continue;
        const auto f = splitTabs(line);
        if (lineNo == 1 && !f.empty() && f[0] == "file")
            continue;
        const std::string where = path + ":" + std::to_string(lineNo);
        if (f.size() < 7)
            return sitrep::core::fail("expected 7 tab-separated columns (file start end text lat lon kind), got "
                                          + std::to_string(f.size()),
                                      where);
        GoldMention g;
        g.file = f[0];
        g.text = f[3];
        g.kind = f[6];
        if (!parseNumber(f[1], g.start) || !parseNumber(f[2], g.end) || g.end <= g.start)
            return sitrep::core::fail("bad start/end '" + f[1] + "', '" + f[2] + "'", where);
        if (!parseNumber(f[4], g.point.lat) || !parseNumber(f[5], g.point.lon) || std::abs(g.point.lat) > 90
            || std::abs(g.point.lon) > 180)
            return sitrep::core::fail("bad lat/lon '" + f[4] + "', '" + f[5] + "'", where);
        out.push_back(std::move(g));
    }
    return out;
}

GeoparseScores scoreGeoparse(const std::vector<GoldMention>& gold, const std::vector<PredictedMention>& predicted)
{
    GeoparseScores s;
    s.gold = gold.size();
    s.predicted = predicted.size();
    std::map<std::string, std::vector<std::size_t>> predByFile;
    for (std::size_t i = 0; i < predicted.size(); ++i)
        predByFile[predicted[i].file].push_back(i);
    std::vector<bool> predUsed(predicted.size(), false);
    std::vector<bool> predOverlaps(predicted.size(), false);
    std::vector<double> errors;
    for (const auto& g : gold) {
        const auto it = predByFile.find(g.file);
        std::size_t best = predicted.size();
        std::size_t bestOverlap = 0;
        if (it != predByFile.end())
            for (auto i : it->second) {
                const auto& p = predicted[i];
                const std::size_t lo = std::max(p.start, g.start);
                const std::size_t hi = std::min(p.end, g.end);
                if (hi <= lo)
                    continue;
                predOverlaps[i] = true;
                if (!predUsed[i] && hi - lo > bestOverlap) {
                    bestOverlap = hi - lo;
                    best = i;
                }
            }
        const std::string where = g.file + ":" + std::to_string(g.start) + " '" + g.text + "'";
        if (best == predicted.size()) {
            s.details.push_back("missed     " + where);
            continue;
        }
        predUsed[best] = true;
        ++s.matchedGold;
        const auto& p = predicted[best];
        if (!p.resolved) {
            s.details.push_back("unresolved " + where);
            continue;
        }
        ++s.resolvedMatched;
        const double km = sitrep::core::distanceKm(g.point, p.point);
        errors.push_back(km);
        if (km <= exactToleranceKm(g.kind))
            ++s.exact;
        else
            s.details.push_back("wrong      " + where + " -> " + p.placeId + " " + p.kind + " (" + fmt(km) + " km)");
        if (km <= 161.0)
            ++s.within161;
        if (km <= 10.0)
            ++s.within10;
    }
    for (std::size_t i = 0; i < predicted.size(); ++i) {
        if (predOverlaps[i]) {
            ++s.matchedPredicted;
            continue;
        }
        const auto& p = predicted[i];
        s.details.push_back("spurious   " + p.file + ":" + std::to_string(p.start) + " '" + p.text + "' -> "
                            + (p.resolved ? p.placeId : std::string("unresolved")));
    }
    auto ratio = [](std::size_t a, std::size_t b) { return b == 0 ? 0.0 : static_cast<double>(a) / static_cast<double>(b); };
    s.precision = ratio(s.matchedPredicted, s.predicted);
    s.recall = ratio(s.matchedGold, s.gold);
    s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0.0;
    s.exactRate = ratio(s.exact, s.matchedGold);
    s.exactEndToEnd = ratio(s.exact, s.gold);
    s.acc161 = ratio(s.within161, s.matchedGold);
    s.acc10 = ratio(s.within10, s.matchedGold);
    if (!errors.empty()) {
        std::sort(errors.begin(), errors.end());
        const std::size_t n = errors.size();
        s.medianKm = n % 2 ? errors[n / 2] : (errors[n / 2 - 1] + errors[n / 2]) / 2;
        double sum = 0;
        for (double e : errors)
            sum += e;
        s.meanKm = sum / static_cast<double>(n);
    }
    return s;
}

} // namespace sitrep::text
