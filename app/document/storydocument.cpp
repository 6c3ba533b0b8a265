// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/storydocument.h"

#include "core/articlemodel.h"
#include "core/inputlimits.h"
#include "core/workpool.h"
#include "export/correctedanalysis.h"
#include "import/samplestory.h"
#include "review/review.h"
#include "review/sessionjournal.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QScopedValueRollback>
#include <QStandardPaths>
#include <QUndoStack>
#include <QtConcurrent>

#include <algorithm>

namespace Crossread {
namespace {

ImportResult load(const LoadRequest &request)
{
    if (request.failure)
        return *request.failure;
    return request.path.isEmpty() ? importSource(request.source)
                                  : importFile(request.path, FormatHint::Auto, request.source.isCanceled);
}

} // namespace

StoryDocument::StoryDocument(QObject *parent)
    : QObject(parent)
    , m_articles(new ArticleModel(this))
    , m_review(new Review(this))
{
    connect(&m_loader, &QFutureWatcher<ImportResult>::progressValueChanged, this, &StoryDocument::importProgress);
    connect(&m_loader, &QFutureWatcher<ImportResult>::finished, this, &StoryDocument::loadDone);
    connect(&m_analyser, &QFutureWatcher<Analysis>::progressValueChanged, this,
            [this](int value) { Q_EMIT analysisProgress(value, m_analyser.progressText()); });
    connect(&m_analyser, &QFutureWatcher<Analysis>::progressTextChanged, this,
            [this](const QString &text) { Q_EMIT analysisProgress(m_analyser.progressValue(), text); });
    connect(&m_analyser, &QFutureWatcher<Analysis>::finished, this, &StoryDocument::analysisDone);

    // A corrected date changes how relative dates resolve; a flipped paragraph changes what
    // is compared: analyse again.
    connect(m_articles, &ArticleModel::articleChanged, this, &StoryDocument::analyse);
    for (auto signal : {&ArticleModel::rowsInserted, &ArticleModel::rowsRemoved})
        connect(m_articles, signal, this, &StoryDocument::storyChanged);
    connect(m_articles, &ArticleModel::modelReset, this, &StoryDocument::storyChanged);
    connect(m_articles, &ArticleModel::articleChanged, this, &StoryDocument::storyChanged);
    connect(m_articles, &ArticleModel::shownChanged, this, &StoryDocument::markViewChanged);

    // Every change is committed to the recovery journal within the same event-loop turn:
    // a 0 ms timer gathers a burst (a typed word, a restored session) into one transaction.
    m_journalTimer.setSingleShot(true);
    m_journalTimer.setInterval(0);
    connect(&m_journalTimer, &QTimer::timeout, this, &StoryDocument::commitJournal);
    connect(m_review, &Review::changed, this, [this] {
        if (!m_restoring) {
            m_journalReview = true;
            m_journalTimer.start();
        }
        Q_EMIT stateChanged();
    });
    connect(m_review->undoStack(), &QUndoStack::cleanChanged, this, &StoryDocument::stateChanged);

    // Corrections change what is shown, not what the engine found; removing an article (or
    // undoing that) changes the story, which is analysed again.
    connect(m_review, &Review::correctionsChanged, this, &StoryDocument::applyCorrectionsToAnalysis);
    connect(m_review, &Review::aboutToEditStory, this, &StoryDocument::dropAnalysis);
    connect(m_review, &Review::storyEdited, this, &StoryDocument::analyse);
}

StoryDocument::~StoryDocument()
{
    *m_loadCanceled = true;
    m_loader.cancel();
    m_analyser.cancel();
    m_loader.waitForFinished();
    m_analyser.waitForFinished();
    // The models go with this object; their last signals must not reach a half-destroyed one.
    m_review->undoStack()->disconnect(this);
    m_review->disconnect(this);
    m_articles->disconnect(this);
}

bool StoryDocument::importSources(const QList<LoadRequest> &requests, const QString &storyTitle)
{
    if (requests.isEmpty())
        return true;
    if (m_loader.isRunning() || m_loadUndelivered) {
        // One load at a time: queue behind the running one (or behind one whose results have
        // not reached loadDone() yet: a new future would replace it unread).
        m_pending.append(requests);
        return true;
    }
    if (m_articles->rowCount() + requests.size() > Limits::maxArticles)
        return false;
    if (!storyTitle.isEmpty()) {
        m_title = storyTitle;
        Q_EMIT stateChanged();
    }
    m_loadUndelivered = true;
    // A long document (a PDF of hundreds of pages) stops between its pages when canceled.
    m_loadCanceled = std::make_shared<std::atomic<bool>>(false);
    QList<LoadRequest> cancelable = requests;
    for (LoadRequest &request : cancelable)
        request.source.isCanceled = [canceled = m_loadCanceled] { return canceled->load(); };
    m_loader.setFuture(QtConcurrent::mapped(workPool(), cancelable, load));
    Q_EMIT importStarted(int(requests.size()));
    Q_EMIT busyChanged();
    return true;
}

Expected<std::monostate, QString> StoryDocument::openSample()
{
    auto sample = sampleStory();
    if (!sample)
        return sample.error();
    closeSession();
    QList<LoadRequest> requests;
    QList<QByteArray> hashes;
    for (const ImportSource &source : sample->sources) {
        requests.append(LoadRequest{{}, source});
        hashes.append(QCryptographicHash::hash(source.bytes, QCryptographicHash::Sha256).toHex());
    }
    std::sort(hashes.begin(), hashes.end());
    importSources(requests, sample->title);
    m_sampleHashes = hashes;
    return std::monostate{};
}

void StoryDocument::cancelImport()
{
    *m_loadCanceled = true;
    m_loader.cancel();
}

void StoryDocument::abandonImport()
{
    m_pending.clear();
    if (m_loader.isRunning()) {
        m_importAbandoned = true;
        *m_loadCanceled = true;
        m_loader.cancel();
    }
}

void StoryDocument::loadDone()
{
    m_loadUndelivered = false;
    if (std::exchange(m_importAbandoned, false)) {
        // The story it was for was closed or replaced: what it read is not added to the new one.
        Q_EMIT busyChanged();
        Q_EMIT importFinished(0, {}, true);
        if (!m_pending.isEmpty())
            importSources(std::exchange(m_pending, {}));
        return;
    }
    QList<Article> articles;
    QStringList errors;
    const bool canceled = m_loader.isCanceled();
    const QFuture<ImportResult> future = m_loader.future();
    for (int i = 0; i < future.resultCount(); ++i) {
        const ImportResult result = future.resultAt(i);
        if (result)
            articles.append(result.value());
        else if (!result.error().canceled)
            errors.append(result.error().message());
    }
    // The same bytes twice would be two "outlets" agreeing on everything: the reader is told.
    errors.append(dropDuplicateArticles(&articles, m_articles->articles()));
    m_articles->append(articles);
    Q_EMIT busyChanged();
    if (!articles.isEmpty())
        analyse();
    Q_EMIT importFinished(int(articles.size()), errors, canceled);
    if (!m_pending.isEmpty())
        importSources(std::exchange(m_pending, {}));
}

void StoryDocument::analyse()
{
    if (m_analyser.isRunning()) {
        // Restart with the current articles once the running analysis has stopped.
        m_analysisQueued = true;
        m_analyser.cancel();
        return;
    }
    if (m_articles->rowCount() == 0)
        return;
    m_analysisQueued = false;
    m_analyser.setFuture(startAnalysis(m_articles->articles()));
    Q_EMIT analysisStarted();
    Q_EMIT busyChanged();
}

void StoryDocument::cancelAnalysis()
{
    m_analysisQueued = false;
    m_analyser.cancel();
}

void StoryDocument::analysisDone()
{
    Q_EMIT busyChanged();
    const QFuture<Analysis> future = m_analyser.future();
    if (m_analysisQueued) {
        analyse();
        return;
    }
    if (future.isCanceled() || future.resultCount() == 0) {
        Q_EMIT analysisCanceled();
        return;
    }
    auto analysis = std::make_shared<const Analysis>(future.result());
    if (analysis->articles.size() != m_articles->rowCount()) {
        analyse();   // articles changed while it ran
        return;
    }
    m_engineAnalysis = std::move(analysis);
    applyCorrectionsToAnalysis();
    Q_EMIT analysisFinished();
}

void StoryDocument::applyCorrectionsToAnalysis()
{
    if (!m_engineAnalysis || m_engineAnalysis->articles.size() != m_articles->rowCount())
        return;
    m_analysis = std::make_shared<const Analysis>(applyCorrections(*m_engineAnalysis, m_review->corrections()));
    Q_EMIT analysisChanged(m_analysis);
}

void StoryDocument::removeArticles(const QList<int> &rows)
{
    // The review's command drops the analysis before and asks for a new one after, through
    // aboutToEditStory() and storyEdited(), in both directions of undo.
    m_review->removeArticles(m_articles, rows);
}

bool StoryDocument::hasUnsavedChanges() const
{
    return m_storyDirty || !m_review->undoStack()->isClean();
}

bool StoryDocument::isEmpty() const
{
    return m_articles->rowCount() == 0 && m_review->annotations().isEmpty() && m_review->claims().isEmpty();
}

bool StoryDocument::isUntouchedSample() const
{
    if (m_sampleHashes.isEmpty() || !m_sessionPath.isEmpty() || !m_review->annotations().isEmpty()
        || !m_review->claims().isEmpty())
        return false;
    QList<QByteArray> hashes;
    for (const Article &article : m_articles->articles())
        hashes.append(article.contentHash);
    std::sort(hashes.begin(), hashes.end());
    return hashes == m_sampleHashes;
}

ViewState StoryDocument::viewState() const
{
    ViewState view = m_viewSource ? m_viewSource() : m_view;
    const int rows = m_articles->rowCount();
    view.shown.clear();
    for (int row = 0; row < rows; ++row)
        view.shown.append(m_articles->isShown(row));
    // Hidden articles keep their place after the shown ones, so the order covers every article.
    QList<int> order;
    for (int row : std::as_const(view.paneOrder)) {
        if (row >= 0 && row < rows && !order.contains(row))
            order.append(row);
    }
    for (int row = 0; row < rows; ++row) {
        if (!order.contains(row))
            order.append(row);
    }
    view.paneOrder = order;
    return view;
}

SessionData StoryDocument::sessionData() const
{
    SessionData data;
    data.title = m_title;
    data.articles = m_articles->articles();
    data.review = m_review->state();
    data.view = viewState();
    return data;
}

void StoryDocument::markViewChanged()
{
    if (m_restoring || m_articles->rowCount() == 0)
        return;
    m_storyDirty = true;
    m_journalView = true;
    m_journalTimer.start();
    Q_EMIT stateChanged();
}

void StoryDocument::storyChanged()
{
    if (m_restoring)
        return;
    m_storyDirty = true;
    m_journalArticles = true;
    m_journalTimer.start();
    Q_EMIT stateChanged();
}

void StoryDocument::dropAnalysis()
{
    cancelAnalysis();
    m_analysis.reset();
    m_engineAnalysis.reset();
    Q_EMIT analysisChanged(m_analysis);
}

void StoryDocument::clearStory()
{
    abandonImport();
    dropAnalysis();
    m_articles->clear();
}

void StoryDocument::applySession(const SessionData &data)
{
    const QScopedValueRollback restoring(m_restoring, true);
    clearStory();
    m_articles->append(data.articles);
    const ViewState &view = data.view;
    if (view.shown.size() == m_articles->rowCount()) {
        for (int row = 0; row < m_articles->rowCount(); ++row) {
            if (m_articles->isShown(row) != view.shown.at(row))
                m_articles->setData(m_articles->index(row, ArticleModel::OutletColumn),
                                    view.shown.at(row) ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
        }
    }
    m_view = view;
    Q_EMIT viewRestored(view);
    m_review->reset(data.review);
    m_title = data.title;
    clearJournalQueue();
    analyse();
}

QString StoryDocument::recoveryDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

QString StoryDocument::journalPath() const
{
    return m_journal ? m_journal->path() : QString();
}

qsizetype StoryDocument::journalBatchEnd(qsizetype from) const
{
    // Writing an article means writing its original bytes with a full sync. A few hundred
    // articles at once would stall the window for a noticeable moment, so they go in batches
    // of about half a megabyte, one batch per event-loop turn.
    constexpr qsizetype batchBytes = 512 * 1024;
    const QList<Article> &articles = m_articles->articles();
    qsizetype end = qMin(from, articles.size());
    qsizetype bytes = 0;
    while (end < articles.size() && (end == from || bytes < batchBytes)) {
        bytes += articles.at(end).originalBytes.size() + articles.at(end).text.size() * 2;
        ++end;
    }
    return end;
}

void StoryDocument::ensureJournal()
{
    if (m_journal || m_articles->rowCount() == 0)
        return;
    SessionData data = sessionData();
    const qsizetype end = journalBatchEnd(0);
    data.articles = data.articles.mid(0, end);
    auto journal = SessionJournal::create(recoveryDirectory(), data, m_sessionPath, !hasUnsavedChanges());
    if (!journal) {
        reportJournalError(journal.error().message());
        return;
    }
    m_journal = std::move(journal.value());
    m_journalArticleCount = end;
    if (end < m_articles->rowCount()) {
        m_journalArticles = true;   // the rest follow in the next turns
        m_journalTimer.start();
    }
}

void StoryDocument::reportJournalError(const QString &message)
{
    Q_EMIT journalError(message);
}

void StoryDocument::clearJournalQueue()
{
    m_journalTimer.stop();
    m_journalReview = m_journalArticles = m_journalView = false;
}

void StoryDocument::commitJournal()
{
    if (m_restoring)
        return;
    const bool review = std::exchange(m_journalReview, false);
    const bool articles = std::exchange(m_journalArticles, false);
    const bool view = std::exchange(m_journalView, false);
    if (!m_journal) {
        ensureJournal();   // the first articles: the new journal holds everything else too
        return;
    }
    auto report = [this](const Expected<std::monostate, SessionError> &result) {
        if (!result)
            reportJournalError(result.error().message());
    };
    if (articles) {
        // Articles already in the journal at their position cost only a comparison.
        const qsizetype end = journalBatchEnd(qMin(m_journalArticleCount, qsizetype(m_articles->rowCount())));
        report(m_journal->commitArticles(m_articles->articles().mid(0, end)));
        report(m_journal->commitTitle(m_title));
        m_journalArticleCount = end;
        if (end < m_articles->rowCount()) {
            m_journalArticles = true;
            m_journalTimer.start();
        }
    }
    if (review)
        report(m_journal->commitReview(m_review->state()));
    if (view || articles)
        report(m_journal->commitView(viewState()));
}

void StoryDocument::discardJournal()
{
    if (m_journal) {
        m_journal->discard();
        m_journal.reset();
    }
}

Expected<QString, SessionError> StoryDocument::openSession(const QString &path)
{
    auto loaded = readSession(path);
    if (!loaded)
        return loaded.error();
    discardJournal();   // the reader already chose to save or drop the previous story
    applySession(loaded->data);
    m_sessionPath = QFileInfo(path).absoluteFilePath();
    m_sessionCreated = loaded->created;
    m_storyDirty = false;
    m_review->undoStack()->setClean();
    setReadOnly(loaded->readOnly, loaded->notice);
    ensureJournal();
    Q_EMIT stateChanged();
    return loaded->notice;
}

Expected<QString, SessionError> StoryDocument::saveSession(const QString &path)
{
    const QString target = QFileInfo(path.isEmpty() ? m_sessionPath : path).absoluteFilePath();
    if ((path.isEmpty() && m_readOnly) || (path.isEmpty() && m_sessionPath.isEmpty())) {
        SessionError error;
        error.kind = SessionError::Kind::CannotWrite;
        error.file = m_sessionPath;
        error.reason = tr("the session has no file of its own yet, or is read-only: save it under a new name");
        return error;
    }
    SessionWriteOptions options;
    options.created = m_sessionCreated;
    const auto written = writeSession(target, sessionData(), options);
    if (!written)
        return written.error();
    m_sessionPath = target;
    if (!m_sessionCreated.isValid())
        m_sessionCreated = QDateTime::currentDateTimeUtc();
    m_storyDirty = false;
    m_review->undoStack()->setClean();
    setReadOnly(false);
    // What is waiting for the journal is in the file now.
    clearJournalQueue();
    QString notice;
    if (m_journal) {
        const auto marked = m_journal->markSaved(m_sessionPath);
        if (!marked)
            notice = marked.error().message();
        // A large story still being copied into the journal in batches goes on being copied.
        if (m_journalArticleCount < m_articles->rowCount()) {
            m_journalArticles = true;
            m_journalTimer.start();
        }
    } else {
        ensureJournal();
    }
    Q_EMIT stateChanged();
    return notice;
}

void StoryDocument::closeSession()
{
    {
        const QScopedValueRollback restoring(m_restoring, true);
        clearStory();
        m_review->reset({});
    }
    m_title.clear();
    m_sampleHashes.clear();
    m_sessionPath.clear();
    m_sessionCreated = {};
    m_view = {};
    m_storyDirty = false;
    clearJournalQueue();
    discardJournal();
    setReadOnly(false);
    Q_EMIT stateChanged();
}

Expected<std::monostate, SessionError> StoryDocument::recoverJournal(const QString &journalPath)
{
    QString sessionPath;
    for (const RecoverableJournal &journal : SessionJournal::recoverableJournals(recoveryDirectory())) {
        if (QFileInfo(journal.path) == QFileInfo(journalPath))
            sessionPath = journal.sessionPath;
    }
    auto data = SessionJournal::loadJournal(journalPath);
    if (!data)
        return data.error();
    discardJournal();
    applySession(data.value());
    // Save goes back to the session the work came from, when it still exists.
    m_sessionPath = QFileInfo::exists(sessionPath) ? sessionPath : QString();
    m_sessionCreated = {};
    m_storyDirty = true;   // recovered work is unsaved work
    setReadOnly(false);
    ensureJournal();
    // The new journal holds the work now; the old one can go.
    if (m_journal)
        SessionJournal::removeJournal(journalPath);
    Q_EMIT stateChanged();
    return std::monostate{};
}

void StoryDocument::setReadOnly(bool readOnly, const QString &notice)
{
    const bool changed = readOnly != m_readOnly || notice != m_readOnlyNotice;
    m_readOnly = readOnly;
    m_readOnlyNotice = readOnly ? notice : QString();
    if (changed)
        Q_EMIT readOnlyChanged(readOnly);
    Q_EMIT stateChanged();
}

} // namespace Crossread
