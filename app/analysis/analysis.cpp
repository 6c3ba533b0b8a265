// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysis/analysis.h"

#include "import/boilerplate.h"
#include "core/inputlimits.h"
#include "core/workpool.h"

#include <QCoreApplication>
#include <QHashFunctions>
#include <QPromise>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace Crossread {
namespace {

/// Gives the memory a finished stage freed back to the system. The stages free hundreds of
/// megabytes of temporary work at 2,000 articles (the alignment's candidate lists, the figure
/// grammar's scratch), scattered over the allocator's per-thread arenas; glibc keeps such
/// pages resident until asked, so the next stage's peak stacked on top of them. Only when much
/// is free (27 MB at 2,000 articles, 6 MB at 300, 3 MB at 20): returned pages fault back in as
/// the next stage allocates, which cost a 20-article story a third of its time.
void releaseFreedMemory()
{
#if defined(__GLIBC__) && __GLIBC_PREREQ(2, 33)
    constexpr size_t worthReturning = size_t(16) << 20;
    if (mallinfo2().fordblks >= worthReturning)
        malloc_trim(0);
#endif
}

// lupdate files the tr() calls below under the namespace around them, Crossread: the
// context here must be the same, or their translations are never found.
QString tr(const char *text)
{
    return QCoreApplication::translate("Crossread", text);
}

/// A note on the analysis, untranslated (the JSON writes it in English, views translate it).
Phrase note(const char *source, QList<Phrase> arguments = {})
{
    return Phrase("Crossread", source, std::move(arguments));
}

/// What the reader should know about an alignment that is not visible in the passages.
QList<Phrase> alignmentMessages(const Analysis &analysis)
{
    QList<Phrase> messages;
    const qsizetype count = analysis.articles.size();
    if (count == 0)
        return {note(QT_TRANSLATE_NOOP("Crossread", "There are no articles to compare."))};
    if (count == 1)
        messages.append(note(QT_TRANSLATE_NOOP("Crossread", "Only one article: there is nothing to compare it with.")));
    QList<bool> shares(count, false);
    for (const Passage &passage : analysis.alignment.passages) {
        if (passage.members.size() < 2)
            continue;
        for (const PassageMember &member : passage.members)
            shares[member.article.value()] = true;
    }

    for (qsizetype a = 0; a < count; ++a) {
        const Article &article = analysis.articles.at(a);
        const QList<Sentence> &sentences = analysis.segmentations.at(a).sentences;
        const bool hasText = std::any_of(sentences.cbegin(), sentences.cend(),
                                         [](const Sentence &s) { return !s.boilerplate; });
        if (!hasText) {
            messages.append(note(QT_TRANSLATE_NOOP("Crossread", "%1 has no article text outside page furniture, so it takes no part in the comparison."),
                                 {Phrase::literal(article.displayName())}));
            continue;
        }
        if (count > 1 && !shares.at(a)) {
            messages.append(note(QT_TRANSLATE_NOOP("Crossread", "%1 shares no passage with the other articles: it may tell another story or be in another language."),
                                 {Phrase::literal(article.displayName())}));
        }
    }
    return messages;
}

} // namespace

Analysis analyseStory(QList<Article> articles, const AnalysisControl &control)
{
    Analysis analysis;
    const auto canceled = [&] { return control.isCanceled && control.isCanceled(); };
    const auto progress = [&](int percent, const QString &stage) {
        if (control.progress)
            control.progress(percent, stage);
    };
    const auto stop = [&] {
        Analysis empty;
        empty.canceled = true;
        return empty;
    };

    if (articles.size() > Limits::maxArticles) {
        analysis.messages.append(note(QT_TRANSLATE_NOOP("Crossread", "A story of %1 articles is more than Crossread compares at once (at most %2)."),
                                      {Phrase::literal(QString::number(articles.size())), Phrase::literal(QString::number(Limits::maxArticles))}));
        return analysis;
    }
    analysis.articles = std::move(articles);
    // Page furniture that every outlet's page repeats (a syndication credit, a shared promo)
    // only shows as such across the story.
    markRepeatedBoilerplate(analysis.articles, canceled);
    if (canceled())
        return stop();

    progress(0, tr("Splitting sentences"));
    std::atomic<int> segmented = 0;
    const int count = int(analysis.articles.size());
    analysis.segmentations.resize(count);
    const bool segmentedAll = forEachOnPool(count, canceled, [&](int a) {
        analysis.segmentations[a] = segment(analysis.articles.at(a));
        const int done = ++segmented;
        if (done % 16 == 0)
            progress(30 * done / count, tr("Splitting sentences"));
    });
    if (!segmentedAll || canceled())
        return stop();

    // The figures are read before the alignment: a figure two outlets state alike anchors
    // their sentences to one passage (AlignmentOptions::anchors).
    progress(30, tr("Reading figures"));
    QList<QList<Mention>> mentions = extractStoryFacts(analysis.articles, analysis.segmentations, canceled);
    if (canceled())
        return stop();
    progress(30, tr("Aligning passages"));
    AlignmentOptions alignmentOptions;
    alignmentOptions.anchors = figureAnchors(mentions);
    analysis.alignment = alignStory(analysis.articles, analysis.segmentations, alignmentOptions, canceled, [&](int done, int total) {
        progress(30 + 60 * done / std::max(total, 1), tr("Aligning passages"));
    });
    if (canceled())
        return stop();
    releaseFreedMemory();

    progress(90, tr("Comparing facts"));
    analysis.facts = groupFacts(analysis.articles, analysis.segmentations, passageExtents(analysis.alignment), std::move(mentions), canceled);
    if (canceled())
        return stop();

    analysis.source = compareWithSource(analysis);
    analysis.messages.append(alignmentMessages(analysis));
    progress(100, tr("Done"));
    return analysis;
}

PassageExtents passageExtents(const Alignment &alignment)
{
    PassageExtents extents;
    extents.reserve(alignment.passages.size());
    for (const Passage &passage : alignment.passages) {
        QList<PassageExtent> members;
        members.reserve(passage.members.size());
        for (const PassageMember &member : passage.members)
            members.append({member.article.value(), member.span});
        extents.append(std::move(members));
    }
    return extents;
}

StoryAnchors figureAnchors(const QList<QList<Mention>> &mentionsPerArticle)
{
    StoryAnchors anchors;
    anchors.reserve(mentionsPerArticle.size());
    for (const QList<Mention> &mentions : mentionsPerArticle) {
        QList<SentenceAnchor> ofArticle;
        for (const Mention &mention : mentions) {
            if (mention.value.kind == FactKind::Quote || mention.value.isVague())
                continue;
            // The value's fields, without how exactly it is stated: "about 300" and "300" state
            // one figure; whether they agree is for the fact comparison to judge, not for
            // finding the sentences that state it. The keys only need to be equal for equal
            // values within one run.
            const FactValue &value = mention.value;
            const size_t key = qHashMulti(0x5eed, int(value.kind), value.low, value.high, value.currency,
                                          int(value.period), value.unit, value.date.toJulianDay(),
                                          int(value.precision));
            // The scale: what the figure measures, not its amount. A date's precision is part of it:
            // a weekday and a year in two halves of one statement tell two things.
            const size_t scale = qHashMulti(0x5ca1e, int(value.kind), value.currency, int(value.period), value.unit,
                                            int(value.precision));
            ofArticle.append({mention.span.start, quint64(key), quint64(scale)});
        }
        anchors.append(std::move(ofArticle));
    }
    return anchors;
}

QFuture<Analysis> startAnalysis(QList<Article> articles)
{
    return QtConcurrent::run(workPool(), [](QPromise<Analysis> &promise, QList<Article> input) {
        AnalysisControl control = taskControl(promise);
        // Once a cancel is seen, the future is finished at once: freeing a large story's
        // sentences and tokens takes longer than the caller should wait, and nobody needs it
        // to be done before the next analysis starts.
        control.isCanceled = [&promise] {
            if (!promise.isCanceled())
                return false;
            promise.finish();
            return true;
        };
        Analysis analysis = analyseStory(std::move(input), control);
        if (!analysis.canceled && !promise.isCanceled())
            promise.addResult(std::move(analysis));
    }, std::move(articles));
}

} // namespace Crossread
