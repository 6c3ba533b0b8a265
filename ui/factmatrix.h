// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "facts/facts.h"
#include "analysis/analysis.h"
#include "theme.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QMenu;
class QTableView;

namespace Crossread {

class StoryDocument;

class FactModel;
class FactMatrixFilter;

/// How a fact matrix cell and the legend mark a status besides its colour, for readers who
/// cannot tell the colours apart.
enum class FactStatusMark : quint8 { Agree, Conflict, Unique, QuoteVariant };
/// "✓" agree, "≠" conflict, "◆" in one outlet only, "~" quote worded differently.
[[nodiscard]] QString factStatusSymbol(FactStatusMark mark);
/// The status in words ("Figures conflict"), for tooltips and screen readers.
[[nodiscard]] QString factStatusName(FactStatusMark mark);

/// The one-screen answer to "where do they disagree?": fact slots grouped by topic against the
/// articles, topics holding a conflict first, filterable by kind and status. Clicking a cell
/// takes the reader to that article's mention.
class FactMatrix : public QWidget {
    Q_OBJECT
public:
    explicit FactMatrix(QWidget *parent = nullptr);
    ~FactMatrix() override;

    void setFacts(const FactTable &facts, const QStringList &articleNames);
    /// After setFacts(): with a valid comparison the source's column comes first, headed
    /// "Source says", and each outlet's cell shows how it stands against the source.
    void setSource(const SourceComparison &comparison);
    /// Shows the facts of the document's analysis (with its corrections and its comparison with
    /// the source) now and whenever it changes; a null analysis keeps the last table until the
    /// next one arrives.
    void setDocument(const StoryDocument *document);
    /// The corrections applied to the facts shown; those that no longer apply are counted in
    /// the summary line and listed in its tooltip.
    void setCorrections(const QList<AppliedCorrection> &corrections);
    [[nodiscard]] QLabel *summaryLabel() const { return m_summary; }
    void setTheme(const ReaderTheme &theme);

    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] FactModel *model() const { return m_model; }
    /// Filters: -1 for all, else a FactKind / SlotStatus value; status 3 means quote variants.
    void setKindFilter(int kind);
    void setStatusFilter(int status);

Q_SIGNALS:
    /// The user picked a cell: show the first mention of that article for that slot.
    void mentionActivated(ArticleId article, TextSpan span);
    /// A context menu is about to open on the row of `slotId`, over the cell of `article`
    /// (invalid over the row header): add actions to `menu`. Nothing opens when it stays empty.
    void slotContextMenu(QMenu *menu, int slotId, ArticleId article);

private:
    void activate(const QModelIndex &index);
    void updateSummary();

    FactModel *m_model = nullptr;
    FactMatrixFilter *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_summary = nullptr;
    QList<AppliedCorrection> m_corrections;
};

} // namespace Crossread
