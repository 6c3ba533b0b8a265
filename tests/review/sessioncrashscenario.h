// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The sequence of changes the crash child makes and the crash test replays: the session after
// change k is a pure function of k, so the test knows exactly what a recovered file must hold.

#include "sessiontestdata.h"

namespace Crossread::SessionTest {

/// What change k touched, so the child knows which commit to make.
enum class ChangeKind { Review, Articles, View };

inline SessionData crashBase(int articleCount)
{
    SessionData data;
    data.title = QStringLiteral("Crash test story");
    data.articles = syntheticArticles(articleCount);
    data.view.shown = QList<bool>(data.articles.size(), true);
    return data;
}

inline ChangeKind applyChange(SessionData &data, int k)
{
    if (k % 10 == 0) {
        data.view.theme = QStringLiteral("theme after change %1").arg(k);
        data.view.syncScrolling = !data.view.syncScrolling;
        return ChangeKind::View;
    }
    if (k % 7 == 0 && !data.articles.isEmpty()) {
        Article &article = data.articles[k % data.articles.size()];
        if (!article.paragraphs.isEmpty()) {
            Paragraph &paragraph = article.paragraphs[(k / 7) % article.paragraphs.size()];
            paragraph.boilerplate = paragraph.isBoilerplate() ? BoilerplateKind::None : BoilerplateKind::Advertisement;
            paragraph.userDecided = true;
        }
        return ChangeKind::Articles;
    }
    ReviewState &review = data.review;
    if (k % 13 == 0 && !review.annotations.isEmpty()) {
        review.annotations.removeFirst();
        return ChangeKind::Review;
    }
    const Article &article = data.articles.at(k % data.articles.size());
    Annotation annotation;
    annotation.id = review.nextAnnotationId++;
    annotation.anchor = anchorIn(article, k % 50, 8);
    annotation.note = QStringLiteral("change %1").arg(k);
    annotation.tags = QStringList{QStringLiteral("k%1").arg(k % 3)};
    annotation.created = at(k);
    annotation.updated = at(k);
    review.annotations.append(annotation);
    if (k % 4 == 0) {
        Claim claim;
        claim.id = review.nextClaimId++;
        claim.statement = QStringLiteral("claim of change %1").arg(k);
        claim.verdict = review.verdicts.at(k % review.verdicts.size());
        claim.sources = {annotation.anchor};
        claim.created = at(k);
        claim.updated = at(k);
        review.claims.append(claim);
    }
    return ChangeKind::Review;
}

inline SessionData stateAfter(SessionData data, int changes)
{
    for (int k = 1; k <= changes; ++k)
        applyChange(data, k);
    return data;
}

inline constexpr int crashJournalArticles = 6;
inline constexpr int crashSaveArticles = 40;

} // namespace Crossread::SessionTest
