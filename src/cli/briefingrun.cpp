#include "briefingrun.h"

#include "app/controlmodel.h"
#include "geo/briefingfile.h"

#include <iostream>

namespace sitrep::cli {

std::optional<core::Briefing> loadCheckedBriefing(
    const std::string& path, const app::ControlModel& control, const char* who)
{
    auto loaded = geo::loadBriefing(path);
    if (!loaded) {
        std::cerr << who << ": " << loaded.error().toString() << '\n';
        return std::nullopt;
    }
    for (const core::Error& e : loaded->problems) // each says whether its slide was skipped
        std::cerr << who << ": " << e.toString() << '\n';
    std::vector<std::string> outlets;
    for (const QString& lens : control.lenses())
        if (lens.startsWith(QStringLiteral("outlet:")))
            outlets.push_back(lens.mid(7).toStdString());
    const core::BriefingLimits limits {qint64(control.startMs() / 1000), qint64(control.endMs() / 1000), outlets};
    core::Briefing all = std::move(loaded->briefing);
    // Reported with the loaded briefing's numbering, then checked slide by slide to know which
    // to leave out.
    const std::vector<core::Error> problems = core::checkBriefing(all, limits, path);
    for (const core::Error& e : problems)
        std::cerr << who << ": " << e.toString() << " — skipped\n";
    core::Briefing good = all;
    good.slides.clear();
    for (const core::BriefingSlide& slide : all.slides) {
        core::Briefing one;
        one.slides.push_back(slide);
        if (core::checkBriefing(one, limits, path).empty())
            good.slides.push_back(slide);
    }
    if (good.slides.empty()) {
        std::cerr << who << ": " << path << ": no slide left to show\n";
        return std::nullopt;
    }
    return good;
}

app::FrameSpec slideFrame(const core::BriefingSlide& slide, QSize size, app::FrameRenderer& renderer)
{
    app::FrameSpec spec;
    spec.at = slide.at;
    spec.lens = QString::fromStdString(slide.lens);
    spec.size = size;
    spec.view = slide.view ? *slide.view : renderer.fittedView(size);
    spec.title = QString::fromStdString(slide.title);
    spec.caption = QString::fromStdString(slide.caption);
    for (const std::string& id : slide.highlight)
        spec.highlight << QString::fromStdString(id);
    return spec;
}

} // namespace sitrep::cli
