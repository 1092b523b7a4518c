#pragma once
// AppContext: the one object built in main — the command line (geodata, scenario, start view,
// instant, lens, screenshot) parsed once — exposed to QML as the singleton `AppContext`.
#include <QGeoCoordinate>
#include <QObject>
#include <QSize>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace sitrep::app {

class AppContext : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString geodataPath READ geodataPath CONSTANT)
    Q_PROPERTY(QString scenarioPath READ scenarioPath CONSTANT)
    Q_PROPERTY(QGeoCoordinate startCenter READ startCenter CONSTANT)
    Q_PROPERTY(double startZoom READ startZoom CONSTANT)
    Q_PROPERTY(QString startInstant READ startInstant CONSTANT)
    Q_PROPERTY(QString lens READ lens CONSTANT)
    Q_PROPERTY(bool arabic READ arabic CONSTANT)
    Q_PROPERTY(bool screenshotMode READ screenshotMode CONSTANT)
    Q_PROPERTY(QSize windowSize READ windowSize CONSTANT)
    Q_PROPERTY(QString startPlace READ startPlace CONSTANT)
    Q_PROPERTY(bool correctionOpen READ correctionOpen CONSTANT)
    Q_PROPERTY(QString workspacePath READ workspacePath CONSTANT)
    Q_PROPERTY(QString watchPath READ watchPath CONSTANT)
    Q_PROPERTY(QString briefPath READ briefPath CONSTANT)
    Q_PROPERTY(bool slidesOpen READ slidesOpen CONSTANT)
    Q_PROPERTY(int presentSlide READ presentSlide CONSTANT)
    Q_PROPERTY(QString compareInstant READ compareInstant CONSTANT)
    Q_PROPERTY(QString reviewPath READ reviewPath CONSTANT)
    Q_PROPERTY(bool reviewOpen READ reviewOpen CONSTANT)
    Q_PROPERTY(bool missedOpen READ missedOpen CONSTANT)
    Q_PROPERTY(bool missedRecord READ missedRecord CONSTANT)

public:
    // Parses `arguments` (argv as QStringList); on a bad option errorString() says why.
    explicit AppContext(const QStringList& arguments, QObject* parent = nullptr);
    ~AppContext() override;

    static AppContext* create(QQmlEngine*, QJSEngine*);
    static AppContext* instance();

    [[nodiscard]] bool ok() const { return m_error.isEmpty(); }
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QString geodataPath() const { return m_geodataPath; }
    [[nodiscard]] QString scenarioPath() const { return m_scenarioPath; }
    [[nodiscard]] QGeoCoordinate startCenter() const { return m_center; }
    [[nodiscard]] double startZoom() const { return m_zoom; }
    [[nodiscard]] QString startInstant() const { return m_at; }
    [[nodiscard]] QString lens() const { return m_lens; }
    [[nodiscard]] bool arabic() const { return m_arabic; }
    [[nodiscard]] bool screenshotMode() const { return !m_screenshot.isEmpty(); }
    [[nodiscard]] QString screenshotPath() const { return m_screenshot; }
    [[nodiscard]] QSize windowSize() const { return m_size; }
    [[nodiscard]] QString startPlace() const { return m_place; }
    // --correct: the start place's correction form is open (for screenshots of it).
    [[nodiscard]] bool correctionOpen() const { return m_correctionOpen; }
    // --workspace WS (empty: the scenario's own) and --watch DIR (empty: no folder watched).
    [[nodiscard]] QString workspacePath() const { return m_workspace; }
    [[nodiscard]] QString watchPath() const { return m_watch; }
    // --brief FILE (empty: the scenario's briefing), --slides, --present N (0: not presenting),
    // --compare ISO (empty: no compare view).
    [[nodiscard]] QString briefPath() const { return m_brief; }
    [[nodiscard]] bool slidesOpen() const { return m_slidesOpen; }
    [[nodiscard]] int presentSlide() const { return m_presentSlide; }
    [[nodiscard]] QString compareInstant() const { return m_compareInstant; }
    // The review sidecar given with --review; empty: the scenario's default one.
    [[nodiscard]] QString reviewPath() const { return m_review; }
    [[nodiscard]] bool reviewOpen() const { return m_reviewOpen; }
    // --missed-list: the review list open on "Possibly missed"; --missed-record: its first entry's
    // correction form open too (both for screenshots).
    [[nodiscard]] bool missedOpen() const { return m_missedOpen; }
    [[nodiscard]] bool missedRecord() const { return m_missedRecord; }

private:
    QString m_error;
    QString m_geodataPath;
    QString m_scenarioPath;
    QGeoCoordinate m_center;
    double m_zoom = -1;
    QString m_at;
    QString m_lens;
    bool m_arabic = false;
    QString m_screenshot;
    QSize m_size{1400, 900};
    QString m_place;
    QString m_workspace;
    QString m_watch;
    QString m_brief;
    bool m_slidesOpen = false;
    int m_presentSlide = 0;
    QString m_compareInstant;
    QString m_review;
    bool m_reviewOpen = false;
    bool m_missedOpen = false;
    bool m_missedRecord = false;
    bool m_correctionOpen = false;
};

} // namespace sitrep::app
