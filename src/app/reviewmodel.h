#pragma once
// ReviewModel: the review list (QML `ReviewModel`) — the scenario articles' mentions that the
// geoparser left unresolved or placed with low confidence, each with its sentence and ranked
// candidates. Choosing a candidate pins the mention to that place; rejecting dismisses it. Every
// decision is stored (in the workspace when one is open, else in a sidecar file), reloaded at
// start, and the articles' claims are extracted again with the pins applied and handed to the
// control model, so a pinned mention's claims land on the pinned place.
#include "articlelibrary.h"
#include "controlmodel.h"
#include "reviewstore.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlParserStatus>
#include <QtQml/qqmlregistration.h>

#include <map>
#include <memory>
#include <set>
#include <vector>

namespace sitrep::app {

class ReviewModel : public QAbstractListModel, public QQmlParserStatus {
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)
    Q_PROPERTY(sitrep::app::ControlModel* control READ control WRITE setControl NOTIFY controlChanged)
    Q_PROPERTY(QString sidecarPath READ sidecarPath WRITE setSidecarPath NOTIFY storeChanged)
    Q_PROPERTY(QString storeLocation READ storeLocation NOTIFY storeChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(double lowConfidence READ lowConfidence CONSTANT)

public:
    // Mentions the resolver placed with less confidence than this wait for review too.
    static constexpr double kLowConfidence = 0.8;

    enum Role {
        ArticleIdRole = Qt::UserRole + 1,
        StartRole,
        EndRole,
        MentionTextRole,
        SentenceRole,
        SentenceStartRole,
        SentenceEndRole,
        ArticleTitleRole,
        OutletRole,
        ConfidenceRole,
        UnresolvedRole,
        CandidatesRole,
        PinnedPlaceIdRole,
        PinnedNameRole,
    };
    Q_ENUM(Role)

    explicit ReviewModel(QObject* parent = nullptr);
    ~ReviewModel() override;

    void classBegin() override { }
    void componentComplete() override;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] ControlModel* control() const { return m_control; }
    void setControl(ControlModel* control);
    // The sidecar file; empty until set or until the scenario names the default one.
    [[nodiscard]] QString sidecarPath() const { return QString::fromStdString(m_store.sidecarPath()); }
    void setSidecarPath(const QString& path);
    [[nodiscard]] QString storeLocation() const { return QString::fromStdString(m_store.location()); }
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] static double lowConfidence() { return kLowConfidence; }

    // Decisions go to `workspace` from now on (null: back to the sidecar); its decisions apply.
    void setWorkspace(std::shared_ptr<store::Workspace> workspace);
    // The default sidecar for a scenario: <AppDataLocation>/review/<scenario id>.jsonl.
    [[nodiscard]] static QString defaultSidecarPath(const QString& scenarioId);

    // Pins the mention of `row` to `placeId`; false (and errorString) when it cannot be stored.
    Q_INVOKABLE bool pin(int row, const QString& placeId);
    // Dismisses the mention of `row`: it leaves the list and its claims place nothing.
    Q_INVOKABLE bool reject(int row);
    // The row of a mention, -1 when it is not in the list.
    Q_INVOKABLE int rowOf(const QString& articleId, int start, int end) const;

    [[nodiscard]] const ArticleLibrary& library() const { return m_library; }
    [[nodiscard]] const std::map<MentionKey, store::ReviewDecision>& decisions() const { return m_decisions; }
    // The sentences the "Possibly missed" list was told about (MissedModel), kept in the same store.
    [[nodiscard]] const std::set<MentionKey>& decidedSentences() const { return m_sentences; }
    // Stores a verdict on a sentence ("not_claim" or "recorded"); false (and errorString) when it
    // cannot be stored. Claims do not change, so decisionsChanged is not emitted.
    bool decideSentence(
        const MentionKey& sentence, const std::string& text, const QString& decision, const QString& note = {});

signals:
    void controlChanged();
    void storeChanged();
    void errorStringChanged();
    void countChanged();
    // The decisions changed (pins move claims): place details refresh.
    void decisionsChanged();

private:
    struct Row {
        const ArticleLibrary::Entry* entry = nullptr;
        std::size_t mention = 0; // index into entry->mentions
        QString sentence;
        std::size_t sentenceStart = 0;
        std::size_t sentenceEnd = 0;
        QVariantList candidates;
    };
    void reload(); // articles, decisions, rows, claims
    void reloadDecisions(); // decisions, rows, claims
    void rebuildRows();
    void applyClaims();
    bool decide(int row, const QString& decision, const QString& placeId);
    void setError(const QString& message);

    QPointer<ControlModel> m_control;
    ArticleLibrary m_library;
    ReviewStore m_store;
    bool m_sidecarSet = false;
    std::map<MentionKey, store::ReviewDecision> m_decisions;
    std::set<MentionKey> m_sentences;
    std::vector<Row> m_rows;
    QString m_error;
    bool m_complete = false;
};

} // namespace sitrep::app
