#include "appcontext.h"

#include <QCommandLineParser>
#include <QJSEngine>
#include <QRegularExpression>

namespace sitrep::app {

namespace {
AppContext* s_instance = nullptr;
}

AppContext::AppContext(const QStringList& arguments, QObject* parent) : QObject(parent)
{
    s_instance = this;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Sitrep map: who controls which places, according to whom."));
    parser.addHelpOption();
    const QCommandLineOption geodata(QStringLiteral("geodata"), QStringLiteral("Base map GeoPackage."),
                                     QStringLiteral("FILE"),
                                     QStringLiteral(SITREP_SOURCE_DIR "/geodata/levant.gpkg"));
    const QCommandLineOption scenario(QStringLiteral("scenario"), QStringLiteral("Scenario folder."),
                                      QStringLiteral("DIR"),
                                      QStringLiteral(SITREP_SOURCE_DIR "/geodata/scenarios/syria-2024-12"));
    const QCommandLineOption at(QStringLiteral("at"), QStringLiteral("Instant shown (ISO 8601)."),
                                QStringLiteral("ISO"));
    const QCommandLineOption lens(QStringLiteral("lens"), QStringLiteral("Source lens."), QStringLiteral("L"));
    const QCommandLineOption center(QStringLiteral("center"), QStringLiteral("View centre."),
                                    QStringLiteral("LAT,LON"));
    const QCommandLineOption zoom(QStringLiteral("zoom"), QStringLiteral("Zoom level (256·2^z px world)."),
                                  QStringLiteral("Z"));
    const QCommandLineOption arabic(QStringLiteral("arabic"), QStringLiteral("Arabic labels."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Render one frame to FILE.png and exit."),
                                        QStringLiteral("FILE.png"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption place(QStringLiteral("place"), QStringLiteral("Open the place panel on a place id."),
                                   QStringLiteral("ID"));
    const QCommandLineOption review(QStringLiteral("review"),
                                    QStringLiteral("Review decisions file (JSON lines) used while no workspace is open."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption reviewList(QStringLiteral("review-list"), QStringLiteral("Open the review list."));
    const QCommandLineOption correct(QStringLiteral("correct"),
        QStringLiteral("With --place, open the place's form for correcting control."));
    const QCommandLineOption missedList(QStringLiteral("missed-list"),
        QStringLiteral("Open the review list on its \"Possibly missed\" tab."));
    const QCommandLineOption missedRecord(QStringLiteral("missed-record"),
        QStringLiteral("With --missed-list, open the correction form of the list's first entry."));
    parser.addOptions({geodata, scenario, at, lens, center, zoom, arabic, screenshot, size, place, review, reviewList,
        correct, missedList, missedRecord});
    // Briefings: the file to edit, and the presenter or compare view to open (for screenshots).
    const QCommandLineOption brief(QStringLiteral("brief"), QStringLiteral("Briefing file to open and edit."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption slides(QStringLiteral("slides"), QStringLiteral("Open the slides panel."));
    const QCommandLineOption present(QStringLiteral("present"),
                                     QStringLiteral("Start presenting the briefing at slide N (1-based)."),
                                     QStringLiteral("N"));
    const QCommandLineOption compare(QStringLiteral("compare"),
                                     QStringLiteral("Open the compare view: the instant shown against ISO."),
                                     QStringLiteral("ISO"));
    parser.addOptions({brief, slides, present, compare});
    const QCommandLineOption workspace(QStringLiteral("workspace"),
                                       QStringLiteral("Workspace to open: a GeoPackage file or postgresql://… "
                                                      "(default: the scenario's own)."),
                                       QStringLiteral("WS"));
    const QCommandLineOption watch(QStringLiteral("watch"),
                                   QStringLiteral("Watch a folder and ingest new articles as they appear."),
                                   QStringLiteral("DIR"));
    parser.addOptions({workspace, watch});
    if (!parser.parse(arguments)) {
        m_error = parser.errorText();
        return;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_error = parser.helpText();
        return;
    }
    m_geodataPath = parser.value(geodata);
    m_scenarioPath = parser.value(scenario);
    m_at = parser.value(at);
    m_lens = parser.value(lens);
    m_arabic = parser.isSet(arabic);
    m_screenshot = parser.value(screenshot);
    m_place = parser.value(place);
    m_workspace = parser.value(workspace);
    m_watch = parser.value(watch);
    m_review = parser.value(review);
    m_missedOpen = parser.isSet(missedList);
    m_missedRecord = m_missedOpen && parser.isSet(missedRecord);
    m_reviewOpen = parser.isSet(reviewList) || m_missedOpen;
    m_correctionOpen = parser.isSet(correct);
    m_brief = parser.value(brief);
    m_slidesOpen = parser.isSet(slides);
    m_compareInstant = parser.value(compare);
    if (parser.isSet(present)) {
        bool okPresent = false;
        m_presentSlide = parser.value(present).toInt(&okPresent);
        if (!okPresent || m_presentSlide < 1)
            m_error = QStringLiteral("--present wants a slide number from 1, got '%1'").arg(parser.value(present));
    }
    if (parser.isSet(center)) {
        const QStringList parts = parser.value(center).split(QLatin1Char(','));
        bool okLat = false, okLon = false;
        const double lat = parts.value(0).trimmed().toDouble(&okLat);
        const double lon = parts.value(1).trimmed().toDouble(&okLon);
        if (parts.size() != 2 || !okLat || !okLon || std::abs(lat) > 85 || std::abs(lon) > 180)
            m_error = QStringLiteral("--center wants LAT,LON in degrees, got '%1'").arg(parser.value(center));
        else
            m_center = QGeoCoordinate(lat, lon);
    }
    if (parser.isSet(zoom)) {
        bool okZoom = false;
        m_zoom = parser.value(zoom).toDouble(&okZoom);
        if (!okZoom || m_zoom < 0 || m_zoom > 22)
            m_error = QStringLiteral("--zoom wants a number from 0 to 22, got '%1'").arg(parser.value(zoom));
    }
    if (parser.isSet(size)) {
        static const QRegularExpression re(QStringLiteral("^(\\d+)x(\\d+)$"));
        const auto m = re.match(parser.value(size));
        if (!m.hasMatch() || m.captured(1).toInt() < 64 || m.captured(2).toInt() < 64)
            m_error = QStringLiteral("--size wants WxH in pixels, got '%1'").arg(parser.value(size));
        else
            m_size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    }
}

AppContext::~AppContext()
{
    if (s_instance == this)
        s_instance = nullptr;
}

AppContext* AppContext::instance()
{
    return s_instance;
}

AppContext* AppContext::create(QQmlEngine*, QJSEngine*)
{
    // Tests that never built one get defaults.
    if (!s_instance)
        s_instance = new AppContext(QStringList{QStringLiteral("sitrep-map")});
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

} // namespace sitrep::app
