#pragma once
// SlideExporter: "Export PDF/PNG" in the slides panel (QML `SlideExporter`) — the briefing being
// edited written as a PDF (one page per slide) and one PNG per slide, through the same frame
// renderer as `sitrep brief export`, so the pages equal the presenter's map. The renderer gets
// a twin of the window's ControlModel (nothing loads twice, the window does not move).
#include "briefingmodel.h"
#include "controlmodel.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace sitrep::app {

class SlideExporter : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(sitrep::app::BriefingModel* briefing READ briefing WRITE setBriefing NOTIFY inputsChanged)
    Q_PROPERTY(sitrep::app::ControlModel* control READ control WRITE setControl NOTIFY inputsChanged)
    // What the last export did or why it failed, for the panel.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    explicit SlideExporter(QObject* parent = nullptr);
    ~SlideExporter() override;

    [[nodiscard]] BriefingModel* briefing() const { return m_briefing; }
    void setBriefing(BriefingModel* briefing);
    [[nodiscard]] ControlModel* control() const { return m_control; }
    void setControl(ControlModel* control);
    [[nodiscard]] QString message() const { return m_message; }

    // Writes the PDF at `pdf` (a file URL or path) and the PNGs in the folder `<name>-png` next
    // to it. True when something was written; message says what and where, or why not.
    Q_INVOKABLE bool exportTo(const QUrl& pdf);
    // Where an export goes by default: next to the briefing's save path.
    Q_INVOKABLE QUrl defaultTarget() const;

signals:
    void inputsChanged();
    void messageChanged();

private:
    void setMessage(const QString& message);

    QPointer<BriefingModel> m_briefing;
    QPointer<ControlModel> m_control;
    QString m_message;
};

} // namespace sitrep::app
