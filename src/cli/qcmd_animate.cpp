// `sitrep animate`: the map moving through time as an H.264 MP4 or a GIF, the instant burnt
// into every frame; or, with --brief, through a briefing's slides, each held and the instant
// and view animating between them (issue #7).
#include "app/controlmodel.h"
#include "briefingrun.h"
#include "command.h"
#include "media/framesink.h"
#include "options.h"
#include "qtframes.h"

#include <QElapsedTimer>

#include <cmath>
#include <iostream>

namespace {

using namespace sitrep;

constexpr const char* kWho = "sitrep animate";
constexpr const char* kUsageText
    = "usage: sitrep animate --from ISO --to ISO [--lens L] [--fps 30] [--duration 20s]\n"
      "                      [--size WxH] [--center LAT,LON --zoom Z] [--arabic] [--title T]\n"
      "                      -o OUT.mp4|OUT.gif\n"
      "       sitrep animate --brief BRIEF.json [--hold 4s] [--fps 30] [--size WxH] -o OUT.mp4|OUT.gif\n\n"
      "Writes the map moving from one instant to another (H.264 MP4 or looping GIF), with the\n"
      "instant in UTC and Damascus time in every frame. With --brief, plays a briefing: each\n"
      "slide held, its instant and view reached over the slide's transition seconds.\n"
      "  --from ISO, --to ISO  the span (a date alone: --from its start, --to its end, UTC)\n"
      "  --lens L          latest (default), consensus, contested, outlet:NAME,\n"
      "                    side:opposition|government|independent\n"
      "  --fps N           frames per second, 1 to 60 (default 30)\n"
      "  --duration D      length of the film: 20s (default), 1.5m, 500ms\n"
      "  --hold D          with --brief: how long each slide stays (default 4s)\n"
      "  --size WxH        frame size, even numbers for MP4 (default 1280x720)\n"
      "  --center LAT,LON --zoom Z   view (default: all of Syria); --arabic: Arabic names\n"
      "  --title T         a title at the foot of every frame\n"
      "  --scenario DIR, --geodata GPKG, --workspace WS   where the data comes from\n"
      "Prints a progress bar when stderr is a terminal. No partial file is left on failure.\n"
      "Exit status: 0 ok, 1 bad input or unwritable output, 2 usage.\n";

int usage(const std::string& error)
{
    return cli::CommandUsage {kWho, kUsageText}.error(error);
}

int inputError(const std::string& error)
{
    std::cerr << kWho << ": " << error << '\n';
    return cli::kInputError;
}

double ease(double t)
{
    return t * t * (3 - 2 * t);
}

// The frames of a briefing: slide k's transition (from slide k−1), then its hold.
std::vector<app::FrameSpec> briefingFrames(
    const std::vector<app::FrameSpec>& slides, const core::Briefing& briefing, int fps, double hold)
{
    std::vector<app::FrameSpec> frames;
    for (std::size_t k = 0; k < slides.size(); ++k) {
        const app::FrameSpec& to = slides[k];
        if (k > 0) {
            const app::FrameSpec& from = slides[k - 1];
            const int n = int(std::lround(briefing.slides[k].transitionSeconds * fps));
            for (int i = 1; i <= n; ++i) {
                const double t = ease(double(i) / (n + 1));
                app::FrameSpec f = to;
                f.at = from.at + qint64(std::llround(double(to.at - from.at) * t));
                f.view = core::MapView {from.view->centerLat + (to.view->centerLat - from.view->centerLat) * t,
                    from.view->centerLon + (to.view->centerLon - from.view->centerLon) * t,
                    from.view->zoom + (to.view->zoom - from.view->zoom) * t};
                frames.push_back(f);
            }
        }
        const int n = std::max(1, int(std::lround(hold * fps)));
        for (int i = 0; i < n; ++i)
            frames.push_back(to);
    }
    return frames;
}

int run(std::span<const std::string> args)
{
    cli::OptionReader r = cli::commandOptions(
        {"--from", "--to", "--lens", "--fps", "--duration", "--hold", "--size", "--center", "--zoom", "--title", "--brief"},
        {"--arabic"});
    if (const auto done = cli::readCommandOptions(r, args, {kWho, kUsageText}))
        return *done;
    if (!r.positional().empty())
        return usage("unexpected argument '" + r.positional().front() + "'");
    const auto out = cli::outputOption(r);
    if (!out)
        return usage("-o OUT.mp4 or -o OUT.gif is required");
    const std::string ext = media::extensionOf(*out);
    if (ext != "mp4" && ext != "gif")
        return usage("the output must end in .mp4 or .gif, got '" + *out + "'");
    std::string error;
    const bool brief = r.value("--brief").has_value();
    if (brief
        && (r.value("--from") || r.value("--to") || r.value("--duration") || r.value("--lens") || r.value("--center")
            || r.value("--zoom")))
        return usage("--brief takes its instants, lenses and views from the slides: leave out "
                     "--from, --to, --duration, --lens, --center and --zoom (--hold sets each slide's time)");
    if (!brief && r.value("--hold"))
        return usage("--hold goes with --brief");
    int fps = 30;
    if (auto v = r.value("--fps")) {
        bool ok = false;
        fps = QString::fromStdString(*v).toInt(&ok);
        if (!ok || fps < 1 || fps > 60)
            return usage("--fps wants a whole number from 1 to 60, got '" + *v + "'");
    }
    double duration = 20, hold = 4;
    if (auto v = r.value("--duration"); v && !cli::parseDuration("--duration", *v, duration, error))
        return usage(error);
    if (auto v = r.value("--hold"); v && !cli::parseDuration("--hold", *v, hold, error))
        return usage(error);
    QSize size(1280, 720);
    if (auto v = r.value("--size"); v && !cli::parseSize(*v, size, error))
        return usage(error);
    if (ext == "mp4" && (size.width() % 2 || size.height() % 2))
        return usage("H.264 needs an even width and height, got " + std::to_string(size.width()) + "x"
            + std::to_string(size.height()));
    app::FrameSpec base;
    base.size = size;
    base.arabic = r.flag("--arabic");
    base.lens = QString::fromStdString(r.value("--lens").value_or("latest"));
    base.title = QString::fromStdString(r.value("--title").value_or(""));
    std::optional<core::Instant> from, to;
    if (!brief) {
        if (!r.value("--from") || !r.value("--to"))
            return usage("--from and --to are required (or --brief)");
        from = cli::instantOption("--from", *r.value("--from"), false, error);
        to = from ? cli::instantOption("--to", *r.value("--to"), true, error) : std::nullopt;
        if (!from || !to)
            return usage(error);
        if (*to <= *from)
            return usage("--to must come after --from");
        if (r.value("--center") || r.value("--zoom")) {
            if (!r.value("--center") || !r.value("--zoom"))
                return usage("--center and --zoom go together");
            core::MapView view;
            if (!cli::parseCenter(*r.value("--center"), view.centerLat, view.centerLon, error)
                || !cli::parseZoom(*r.value("--zoom"), view.zoom, error))
                return usage(error);
            base.view = view;
        }
    }
    if (!cli::checkWritable(*out, error))
        return inputError(error);
    cli::DataOptions data;
    data.read(r);

    cli::QtSession session;
    auto renderer = cli::openRenderer(data, kWho);
    if (!renderer)
        return cli::kInputError;
    const app::ControlModel& control = *renderer->control();
    std::vector<app::FrameSpec> frames;
    if (brief) {
        auto briefing = cli::loadCheckedBriefing(*r.value("--brief"), control, kWho);
        if (!briefing)
            return cli::kInputError;
        std::vector<app::FrameSpec> slides;
        for (const core::BriefingSlide& s : briefing->slides) {
            app::FrameSpec f = cli::slideFrame(s, size, *renderer);
            f.arabic = base.arabic;
            slides.push_back(f);
        }
        frames = briefingFrames(slides, *briefing, fps, hold);
    } else {
        if (!cli::checkLens(control, base.lens.toStdString(), error))
            return inputError(error);
        const auto start = qint64(control.startMs() / 1000), end = qint64(control.endMs() / 1000);
        if (*to < start || *from > end)
            return inputError("--from/--to " + cli::rangeText({*from, *to}) + " miss the data ("
                + cli::rangeText({start, end}) + ")");
        const int n = std::max(1, int(std::lround(duration * fps)));
        for (int i = 0; i < n; ++i) {
            app::FrameSpec f = base;
            f.at = *from + qint64(std::llround(double(*to - *from) * (n > 1 ? double(i) / (n - 1) : 1.0)));
            frames.push_back(f);
        }
    }

    auto sink = media::openFrameSink(*out, {size.width(), size.height(), fps});
    if (!sink)
        return inputError(sink.error().toString());
    cli::ProgressBar progress(kWho, int(frames.size()));
    QElapsedTimer clock;
    clock.start();
    QImage image;
    int drawn = 0;
    for (std::size_t i = 0; i < frames.size(); ++i) {
        // A held slide repeats its frame: drawn once.
        if (i == 0 || !(frames[i] == frames[i - 1])) {
            auto next = renderer->render(frames[i]);
            if (!next)
                return inputError("frame " + std::to_string(i + 1) + ": " + next.error().toStdString());
            image = std::move(*next);
            ++drawn;
        }
        if (auto added = (*sink)->addFrame(image.constBits(), int(image.bytesPerLine())); !added)
            return inputError(added.error().toString());
        progress.step(int(i + 1));
    }
    if (auto done = (*sink)->finish(); !done)
        return inputError(done.error().toString());
    progress.finish();
    const double seconds = double(clock.elapsed()) / 1000;
    std::cerr << kWho << ": " << *out << ", " << frames.size() << " frames at " << fps << " fps ("
              << double(frames.size()) / fps << " s), " << size.width() << "x" << size.height() << ", " << drawn
              << " drawn and encoded in " << seconds << " s (" << seconds * 1000 / double(std::max(1, drawn))
              << " ms a drawn frame)\n";
    return cli::kOk;
}

const cli::RegisterCommand kRegister({"animate", "write the map moving through time as MP4 or GIF", run});

} // namespace
