#include "briefingfile.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace sitrep::geo {

using core::Briefing;
using core::BriefingSlide;
using core::Error;
using nlohmann::json;

namespace {

constexpr int kFormatVersion = 1;

// "line 12, column 5" of a byte offset.
std::string lineAndColumn(std::string_view text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    std::size_t line = 1;
    std::size_t column = 1;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

// Reads one slide object; on a bad field returns the reason and the slide is skipped.
core::Result<BriefingSlide> readSlide(const json& j, std::vector<std::string>& notes)
{
    if (!j.is_object())
        return core::fail("is not a JSON object");
    BriefingSlide s;
    static const std::set<std::string> known
        = {"id", "title", "at", "lens", "view", "caption", "highlight", "notes", "transition"};
    for (const auto& [key, value] : j.items())
        if (!known.contains(key))
            notes.push_back("unknown field '" + key + "' ignored");
    auto text = [&](const char* key, std::string& out) -> core::Result<void> {
        if (!j.contains(key))
            return {};
        if (!j[key].is_string())
            return core::fail(std::string("field '") + key + "' must be a string");
        out = j[key].get<std::string>();
        return {};
    };
    for (auto [key, out] :
        {std::pair {"id", &s.id}, {"title", &s.title}, {"lens", &s.lens}, {"caption", &s.caption}, {"notes", &s.notes}})
        if (auto r = text(key, *out); !r)
            return std::unexpected(r.error());
    if (!j.contains("at") || !j["at"].is_string())
        return core::fail("needs \"at\": an ISO 8601 instant such as \"2024-12-07T18:00:00Z\"");
    const std::string at = j["at"].get<std::string>();
    const auto instant = core::parseIso8601(at);
    if (!instant)
        return core::fail("\"at\" is not an ISO 8601 instant: '" + at + "'");
    // As on the command line, a date alone means the end of that day.
    s.at = core::isDateOnly(at) ? *instant + core::kSecondsPerDay - 1 : *instant;
    if (j.contains("view")) {
        const json& v = j["view"];
        if (!v.is_object() || !v.contains("center") || !v["center"].is_array() || v["center"].size() != 2
            || !v["center"][0].is_number() || !v["center"][1].is_number() || !v.contains("zoom")
            || !v["zoom"].is_number())
            return core::fail("\"view\" must be {\"center\": [LAT, LON], \"zoom\": Z}");
        core::MapView view {v["center"][0].get<double>(), v["center"][1].get<double>(), v["zoom"].get<double>()};
        if (view.centerLat < -85 || view.centerLat > 85 || view.centerLon < -180 || view.centerLon > 180
            || view.zoom < 0 || view.zoom > 22)
            return core::fail("\"view\" is off the map (latitude ±85, longitude ±180, zoom 0–22)");
        s.view = view;
    }
    if (j.contains("highlight")) {
        if (!j["highlight"].is_array())
            return core::fail("\"highlight\" must be a list of place ids");
        for (const json& id : j["highlight"]) {
            if (!id.is_string())
                return core::fail("\"highlight\" must be a list of place ids");
            s.highlight.push_back(id.get<std::string>());
        }
    }
    if (j.contains("transition")) {
        if (!j["transition"].is_number() || j["transition"].get<double>() < 0 || j["transition"].get<double>() > 600)
            return core::fail("\"transition\" must be a number of seconds from 0 to 600");
        s.transitionSeconds = j["transition"].get<double>();
    }
    return s;
}

// For a slide that failed, the title when it can still be read, so messages can name it.
std::string titleOf(const json& j)
{
    if (j.is_object() && j.contains("title") && j["title"].is_string())
        return j["title"].get<std::string>();
    return {};
}

// Splits the elements of the JSON array starting at `open` (a '[') into their texts, honouring
// strings and nesting. Used only when the whole document does not parse.
std::vector<std::pair<std::size_t, std::string_view>> arrayElements(std::string_view text, std::size_t open)
{
    std::vector<std::pair<std::size_t, std::string_view>> out;
    int depth = 0;
    bool inString = false;
    std::size_t start = open + 1;
    for (std::size_t i = open; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            ++depth;
        } else if (c == ']' || c == '}') {
            if (--depth == 0) {
                out.emplace_back(start, text.substr(start, i - start));
                break;
            }
        } else if (c == ',' && depth == 1) {
            out.emplace_back(start, text.substr(start, i - start));
            start = i + 1;
        }
    }
    return out;
}

// The first string value of `"key":` in broken JSON, decoded as JSON (empty when it cannot be).
std::string firstStringField(std::string_view text, std::string_view key)
{
    const std::string needle = "\"" + std::string(key) + "\"";
    const auto k = text.find(needle);
    if (k == std::string_view::npos)
        return {};
    const auto colon = text.find(':', k + needle.size());
    const auto q = colon == std::string_view::npos ? colon : text.find('"', colon);
    if (q == std::string_view::npos)
        return {};
    std::size_t e = q + 1;
    while (e < text.size() && text[e] != '"')
        e += text[e] == '\\' ? 2 : 1;
    if (e >= text.size())
        return {};
    const json value = json::parse(text.substr(q, e - q + 1), nullptr, false);
    return value.is_string() ? value.get<std::string>() : std::string();
}

void addSlides(const std::vector<json>& slides, const std::string& source, LoadedBriefing& out)
{
    std::set<std::string> ids;
    for (std::size_t i = 0; i < slides.size(); ++i) {
        std::vector<std::string> notes;
        auto slide = readSlide(slides[i], notes);
        BriefingSlide named;
        named.title = titleOf(slides[i]);
        const std::string where = source + ": " + core::describeSlide(named, i);
        if (!slide) {
            out.problems.push_back({slide.error().message + "; slide skipped", where});
            continue;
        }
        for (const std::string& n : notes)
            out.problems.push_back({n, where});
        if (slide->id.empty() || ids.contains(slide->id)) {
            if (!slide->id.empty())
                out.problems.push_back({"id '" + slide->id + "' repeats an earlier slide's; renamed", where});
            int n = static_cast<int>(i) + 1;
            while (ids.contains("s" + std::to_string(n)))
                ++n;
            slide->id = "s" + std::to_string(n);
        }
        ids.insert(slide->id);
        out.briefing.slides.push_back(std::move(*slide));
    }
}

} // namespace

core::Result<LoadedBriefing> parseBriefing(std::string_view text, const std::string& source)
{
    LoadedBriefing out;
    json doc = json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (!doc.is_discarded()) {
        if (!doc.is_object() || !doc.contains("slides") || !doc["slides"].is_array())
            return core::fail("a briefing is a JSON object with a \"slides\" list", source);
        if (doc.contains("sitrepBriefing") && doc["sitrepBriefing"].is_number_integer()
            && doc["sitrepBriefing"].get<int>() > kFormatVersion)
            return core::fail("briefing format " + std::to_string(doc["sitrepBriefing"].get<int>())
                    + " is newer than this build reads (" + std::to_string(kFormatVersion) + ")",
                source);
        if (doc.contains("title") && doc["title"].is_string())
            out.briefing.title = doc["title"].get<std::string>();
        if (doc.contains("scenario") && doc["scenario"].is_string())
            out.briefing.scenario = doc["scenario"].get<std::string>();
        addSlides(doc["slides"].get<std::vector<json>>(), source, out);
        return out;
    }
    // Broken JSON: say where, then save what can be saved slide by slide.
    std::string why = "malformed JSON";
    try {
        [[maybe_unused]] const json probe = json::parse(text);
    } catch (const json::parse_error& e) {
        why = "malformed JSON at " + lineAndColumn(text, e.byte == 0 ? 0 : e.byte - 1);
    }
    const auto key = text.find("\"slides\"");
    const auto open = key == std::string_view::npos ? key : text.find('[', key);
    if (open == std::string_view::npos)
        return core::fail(why + "; no \"slides\" list found", source);
    out.briefing.title = firstStringField(text.substr(0, key), "title");
    out.briefing.scenario = firstStringField(text.substr(0, key), "scenario");
    std::vector<json> slides;
    for (const auto& [offset, element] : arrayElements(text, open)) {
        json slide = json::parse(element, nullptr, false);
        if (slide.is_discarded()) {
            json stub = json::object();
            if (auto t = firstStringField(element, "title"); !t.empty())
                stub["title"] = t;
            stub["\x01broken"] = lineAndColumn(text, offset);
            slides.push_back(std::move(stub));
        } else {
            slides.push_back(std::move(slide));
        }
    }
    out.problems.push_back({why + "; the slides that parse on their own were kept", source});
    // Report broken slides by number; read the rest normally.
    for (std::size_t i = 0; i < slides.size(); ++i) {
        if (slides[i].contains("\x01broken")) {
            BriefingSlide named;
            named.title = titleOf(slides[i]);
            out.problems.push_back({"malformed JSON in this slide (it starts at "
                    + slides[i]["\x01broken"].get<std::string>() + "); slide skipped",
                source + ": " + core::describeSlide(named, i)});
            slides[i] = json(); // null: readSlide rejects it quietly below
        }
    }
    LoadedBriefing rest;
    addSlides(slides, source, rest);
    for (Error& e : rest.problems)
        if (e.message.rfind("is not a JSON object", 0) != 0)
            out.problems.push_back(std::move(e));
    out.briefing.slides = std::move(rest.briefing.slides);
    return out;
}

core::Result<LoadedBriefing> loadBriefing(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return core::fail("cannot open briefing file", path);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return parseBriefing(buffer.str(), path);
}

std::string briefingToJson(const Briefing& b)
{
    json slides = json::array();
    for (const BriefingSlide& s : b.slides) {
        json j = {{"id", s.id}, {"title", s.title}, {"at", core::formatIso8601(s.at)}, {"lens", s.lens}};
        if (s.view)
            j["view"] = {{"center", {s.view->centerLat, s.view->centerLon}}, {"zoom", s.view->zoom}};
        j["caption"] = s.caption;
        j["highlight"] = s.highlight;
        j["notes"] = s.notes;
        j["transition"] = s.transitionSeconds;
        slides.push_back(std::move(j));
    }
    const json doc = {{"sitrepBriefing", kFormatVersion}, {"title", b.title}, {"scenario", b.scenario},
        {"slides", std::move(slides)}};
    return doc.dump(2) + "\n";
}

core::Result<void> saveBriefing(const Briefing& briefing, const std::string& path)
{
    const std::string text = briefingToJson(briefing);
    const std::string temp = path + ".saving";
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        if (!out || !(out << text) || !out.flush())
            return core::fail("cannot write briefing (disk full or read-only?)", temp);
    }
    std::error_code ec;
    std::filesystem::rename(temp, path, ec);
    if (ec) {
        std::filesystem::remove(temp, ec);
        return core::fail("cannot replace briefing file: " + ec.message(), path);
    }
    return {};
}

} // namespace sitrep::geo
