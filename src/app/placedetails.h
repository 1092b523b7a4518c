#pragma once
// PlaceDetails: what the place panel asks about a place (QML `PlaceDetails`) — its claim
// history with each multi-outlet timeline row as one entry, the article behind a claim with the
// claim's sentence located in UTF-16 for the text view, the geocoder's candidates for the
// mention of the place in that sentence, which place's cell holds a clicked point of the map,
// and the search box's matches. The answers come from ControlModel and ReviewModel.
#include "controlmodel.h"
#include "reviewmodel.h"
#include "text/placefinder.h"

#include <QGeoCoordinate>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace sitrep::app {

class PlaceDetails : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(sitrep::app::ControlModel* control READ control WRITE setControl NOTIFY sourcesChanged)
    Q_PROPERTY(sitrep::app::ReviewModel* review READ review WRITE setReview NOTIFY sourcesChanged)
    // Bumped whenever the claims may have changed: bindings that call history() depend on it.
    Q_PROPERTY(int revision READ revision NOTIFY revisionChanged)

public:
    explicit PlaceDetails(QObject* parent = nullptr);
    ~PlaceDetails() override;

    [[nodiscard]] ControlModel* control() const { return m_control; }
    void setControl(ControlModel* control);
    [[nodiscard]] ReviewModel* review() const { return m_review; }
    void setReview(ReviewModel* review);
    [[nodiscard]] int revision() const { return m_revision; }

    // ControlModel::claimHistory with the per-outlet copies of one timeline row merged into one
    // entry: `outlets` lists them, `outlet` joins them. Article claims get `hasArticle`.
    Q_INVOKABLE QVariantList history(const QString& placeId) const;
    // The article `articleId` with code points [start, end) of its body as UTF-16 offsets
    // highlightStart/highlightEnd into `text`; `found` false when it is not loaded.
    Q_INVOKABLE QVariantMap article(const QString& articleId, qint64 start, qint64 end) const;
    // The mention of `placeId` in code points [start, end) of an article (else its last one before
    // them, which the sentence refers back to; else the first there): its text, span, confidence
    // and ranked candidates; `found` false when none.
    Q_INVOKABLE QVariantMap mention(const QString& articleId, qint64 start, qint64 end, const QString& placeId) const;
    // The place whose territory cell contains `coordinate` ("" outside every cell).
    Q_INVOKABLE QString placeAtCoordinate(const QGeoCoordinate& coordinate) const;
    // Places whose names match `text` (any script), best first: placeId, name, nameAr,
    // matched, kind, admin, lat, lon.
    Q_INVOKABLE QVariantList search(const QString& text, int limit = 8) const;
    Q_INVOKABLE QString placeName(const QString& placeId) const;

    // The timeline row a per-outlet claim id came from ("timeline:12.2@gn:1" → "timeline:12@gn:1").
    [[nodiscard]] static QString rowKey(const QString& claimId);
    // Merges history entries that share a rowKey (as history() does).
    [[nodiscard]] static QVariantList groupHistory(const QVariantList& claims);

signals:
    void sourcesChanged();
    void revisionChanged();

private:
    void bump();

    QPointer<ControlModel> m_control;
    QPointer<ReviewModel> m_review;
    mutable std::unique_ptr<text::PlaceFinder> m_finder;
    int m_revision = 0;
};

} // namespace sitrep::app
