#pragma once
// MissedModel: the "Possibly missed" list (QML `MissedModel`) — the scenario articles' sentences
// that probably state a change or state of control but gave no claim (text/claimgaps.h), best
// first, each with its unclaimed places, the armed party and the kind it suggests. The extractor
// misses about a third of the changes in new text, mostly in sentences it does not read at all;
// this list makes the analyst its backstop. "Record…" saves an analyst correction through the
// control model; "Not a claim" dismisses the sentence. Both verdicts are stored with the review
// decisions (ReviewModel's store: workspace or sidecar), so the entry stays gone after a restart.
// Fed from the review model's ArticleLibrary: no article is read twice.
#include "reviewmodel.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlParserStatus>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace sitrep::app {

class MissedModel : public QAbstractListModel, public QQmlParserStatus {
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(sitrep::app::ReviewModel* review READ review WRITE setReview NOTIFY reviewChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)

public:
    enum Role {
        ArticleIdRole = Qt::UserRole + 1,
        ArticleTitleRole,
        OutletRole,
        SentenceRole,
        SentenceHtmlRole, // the sentence, its unclaimed place names marked (rich text)
        SentenceStartRole,
        SentenceEndRole,
        PlacesRole, // [{placeId, name, text, start, end}]
        ActorRole, // actor id, "" none
        ActorNameRole,
        CuesRole, // ["seized", "fighting"]
        KindRole, // the suggested claim kind ("captured")
        ScoreRole,
        TimeMsRole, // the day the sentence names (its start), else the article's publication (ms since 1970); NaN: neither
        TimeTextRole, // the same, as the correction form shows it
        TimeSourceRole, // where it comes from: the sentence's words, or the article's publication
        NoteRole, // the correction's note: the sentence quoted and the outlet
    };
    Q_ENUM(Role)

    explicit MissedModel(QObject* parent = nullptr);
    ~MissedModel() override;

    void classBegin() override { }
    void componentComplete() override;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] ReviewModel* review() const { return m_review; }
    void setReview(ReviewModel* review);
    [[nodiscard]] QString errorString() const { return m_error; }

    // Records the analyst's correction for a place of `row` (ControlModel::addCorrection) and, once
    // saved, takes the entry off the list for good. Returns "" or why it was not saved.
    Q_INVOKABLE QString record(int row, const QString& placeId, const QString& actorId, const QString& kind,
        double timeMs, const QString& note);
    // Takes the entry of `row` off the list for good after a correction was saved elsewhere.
    Q_INVOKABLE bool markRecorded(int row);
    // Dismisses the entry of `row`: the sentence states no claim. Stored; false when it cannot be.
    Q_INVOKABLE bool dismiss(int row);
    // The row of a sentence, -1 when it is not listed.
    Q_INVOKABLE int rowOf(const QString& articleId, int sentenceStart, int sentenceEnd) const;

signals:
    void reviewChanged();
    void countChanged();
    void errorStringChanged();

private:
    void rebuild();
    bool decide(int row, const QString& decision, const QString& note);
    void setError(const QString& message);

    QPointer<ReviewModel> m_review;
    std::vector<ArticleLibrary::Unclaimed> m_rows;
    QString m_error;
    bool m_complete = false;
};

} // namespace sitrep::app
