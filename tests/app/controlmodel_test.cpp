// The control model on the bundled scenario: what a step of the timeline recomputes.
#include "controllayer.h"
#include "controlmodel.h"
#include "qtapp.h"

#include <doctest/doctest.h>

#include <QSignalSpy>

using sitrep::app::ControlModel;

TEST_CASE("a step with the same holders keeps the colour table, a step across a change rebuilds it")
{
    ensureGuiApp();
    ControlModel control;
    control.setWorkspacePath(QStringLiteral("none")); // the scenario alone
    control.componentComplete();
    REQUIRE_MESSAGE(control.isReady(), control.errorString().toStdString());
    const QString homs = QStringLiteral("gn:169577");

    REQUIRE(control.setTimeIso(QStringLiteral("2024-11-26T10:00:00Z")));
    const QHash<QString, QColor> before = control.placeColors();
    REQUIRE(!before.isEmpty());
    CHECK(control.holderOf(homs) == QStringLiteral("government"));
    const auto layer = control.layer();
    REQUIRE(layer);
    const auto colourVersion = layer->colourVersion();

    // An hour later nothing has changed hands and nothing is fading: the same table (not a
    // copy), and the cells keep their colours (no new version, so no upload).
    QSignalSpy changed(&control, &ControlModel::stateChanged);
    REQUIRE(control.setTimeIso(QStringLiteral("2024-11-26T11:00:00Z")));
    CHECK(changed.count() == 1);
    CHECK(control.placeColors().isSharedWith(before));
    CHECK(layer->colourVersion() == colourVersion);

    // Inside the cross-fade after a change the cells move on at every step, though no holder
    // changes between the two instants.
    control.nextChange();
    const double change = control.timeMs();
    control.setTimeMs(change + 1.0 * 3600 * 1000);
    const QHash<QString, QColor> fading = control.placeColors();
    const auto fadeVersion = layer->colourVersion();
    control.setTimeMs(change + 1.5 * 3600 * 1000);
    REQUIRE(control.placeColors().isSharedWith(fading)); // no other change within that half hour
    CHECK(layer->colourVersion() > fadeVersion);

    // On 9 Dec Homs is the opposition's: a new table with the new holder.
    REQUIRE(control.setTimeIso(QStringLiteral("2024-12-09T12:00:00Z")));
    CHECK_FALSE(control.placeColors().isSharedWith(before));
    CHECK(control.holderOf(homs) == QStringLiteral("opposition"));
    CHECK(control.placeColors().value(homs) != before.value(homs));

    // Another lens at the same instant is another reading: rebuilt even where holders agree.
    const QHash<QString, QColor> latest = control.placeColors();
    control.setLens(QStringLiteral("side:government"));
    CHECK_FALSE(control.placeColors().isSharedWith(latest));
}
