#include "briefing.h"

#include "lens.h"

#include <algorithm>
#include <cctype>

namespace sitrep::core {

std::string describeSlide(const BriefingSlide& slide, std::size_t index)
{
    std::string text = "slide " + std::to_string(index + 1);
    if (!slide.title.empty())
        text += " (\"" + slide.title + "\")";
    return text;
}

namespace {
bool sameOutlet(std::string_view a, std::string_view b)
{
    return std::ranges::equal(a, b, [](char x, char y) {
        return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
    });
}
} // namespace

std::vector<Error> checkBriefing(const Briefing& briefing, const BriefingLimits& limits, const std::string& source)
{
    std::vector<Error> problems;
    for (std::size_t i = 0; i < briefing.slides.size(); ++i) {
        const BriefingSlide& slide = briefing.slides[i];
        const std::string where = source + ": " + describeSlide(slide, i);
        if (slide.at < limits.from || slide.at > limits.to)
            problems.push_back({"its instant " + formatIso8601(slide.at) + " is outside the data ("
                    + formatIso8601(limits.from) + " to " + formatIso8601(limits.to) + ")",
                where});
        const Result<Lens> lens = Lens::parse(slide.lens);
        if (!lens) {
            problems.push_back({"unknown lens '" + slide.lens + "': " + lens.error().message, where});
        } else if (lens->kind == Lens::Kind::Outlet && !limits.outlets.empty()
            && std::ranges::none_of(
                limits.outlets, [&](const std::string& o) { return sameOutlet(o, lens->outlet); })) {
            problems.push_back({"lens '" + slide.lens + "' names an outlet the data does not have", where});
        }
    }
    return problems;
}

} // namespace sitrep::core
