// SPDX-License-Identifier: GPL-3.0-or-later
#include "factmatrix.h"

#include "document/storydocument.h"

#include "facts/factmodel.h"
#include "export/correctedanalysis.h"
#include "sourcemarks.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Crossread {

/// Filters rows by kind and status, puts topics that hold a conflict first (keeping each
/// topic's rows together and in order), and colours cells from the reader's theme.
class FactMatrixFilter : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    int kind = -1;
    int status = -1;   ///< SlotStatus value, or quoteVariantStatus
    static constexpr int quoteVariantStatus = 3;
    ReaderTheme theme;

    void refresh()
    {
        m_conflictTopics.clear();
        const QAbstractItemModel *source = sourceModel();
        for (int row = 0; row < source->rowCount(); ++row) {
            const QModelIndex index = source->index(row, 0);
            if (isConflict(index))
                m_conflictTopics.insert(index.data(FactModel::TopicRole).toInt());
        }
        invalidate();
        sort(0);
    }

    static bool isConflict(const QModelIndex &index)
    {
        return index.data(FactModel::StatusRole).toInt() == int(SlotStatus::Conflict)
            && index.data(FactModel::ComparableRole).toBool();
    }

    static FactStatusMark markOf(const QModelIndex &index)
    {
        return index.data(FactModel::QuoteVariantRole).toBool() ? FactStatusMark::QuoteVariant
               : isConflict(index) ? FactStatusMark::Conflict
               : index.data(FactModel::StatusRole).toInt() == int(SlotStatus::Agree)    ? FactStatusMark::Agree
                                                                                         : FactStatusMark::Unique;
    }

    /// A cell of a story with a source: the source's own column says what the source says,
    /// every other cell how it stands against it (symbol, striped tint, words), with the
    /// comparison among outlets kept in the tooltip.
    QVariant sourceData(const QModelIndex &index, const QModelIndex &source, int role) const
    {
        const bool sourceColumn = source.data(FactModel::SourceColumnRole).toBool();
        const auto match = SourceMatch(source.data(FactModel::SourceMatchRole).toInt());
        const QString value = QSortFilterProxyModel::data(index, Qt::DisplayRole).toString();
        const QString sourceSays = sourceModel()->index(source.row(), 0).data().toString();
        switch (role) {
        case Qt::BackgroundRole:
            return sourceColumn ? QVariant() : QVariant(sourceMatchBrush(match, theme));
        case Qt::DisplayRole:
            return QString((sourceColumn ? QStringLiteral("§") : sourceMatchSymbol(match)) + u' ' + value);
        case Qt::ToolTipRole:
        case Qt::AccessibleDescriptionRole: {
            QStringList lines;
            if (sourceColumn) {
                lines.append(FactMatrix::tr("What the source says"));
            } else {
                lines.append(sourceMatchText(match));
                if (match == SourceMatch::Differs || match == SourceMatch::NotComparable)
                    lines.append(FactMatrix::tr("The source says: %1").arg(sourceSays));
                lines.append(source.data(FactModel::SourceChangesRole).toStringList());
            }
            if (role == Qt::AccessibleDescriptionRole)
                return lines.join(QStringLiteral("; "));
            lines.append(factStatusName(markOf(source)));
            lines.append(QSortFilterProxyModel::data(index, Qt::ToolTipRole).toString());
            const QString corrected = correctionText(source);
            if (!corrected.isEmpty())
                lines.append(corrected);
            return lines.join(u'\n');
        }
        default:
            return {};
        }
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        // Ask the source: asking `index` would come back here.
        const QModelIndex source = mapToSource(index);
        const bool mentionCell = source.data(FactModel::MentionSpansRole).isValid();
        const bool againstSource = source.data(FactModel::SourceColumnRole).toBool()
                                   || source.data(FactModel::SourceMatchRole).toInt() != int(SourceMatch::None);
        if (mentionCell && againstSource
            && (role == Qt::BackgroundRole || role == Qt::DisplayRole || role == Qt::ToolTipRole
                || role == Qt::AccessibleDescriptionRole))
            return sourceData(index, source, role);
        if (role == Qt::BackgroundRole && mentionCell) {
            const FactStatusMark mark = markOf(source);
            QColor colour = mark == FactStatusMark::QuoteVariant ? theme.quoteVariant
                            : mark == FactStatusMark::Conflict   ? theme.conflict
                            : mark == FactStatusMark::Agree      ? theme.agree
                                                                 : theme.unique;
            colour.setAlpha(150);
            return colour;
        }
        // Colour is never the only cue: each cell starts with its status symbol, and tooltips
        // and screen readers get the status in words.
        if (role == Qt::DisplayRole && mentionCell)
            return QString(factStatusSymbol(markOf(source)) + u' ' + QSortFilterProxyModel::data(index, role).toString());
        if (role == Qt::ToolTipRole && mentionCell) {
            QString tip = factStatusName(markOf(source)) + u'\n' + QSortFilterProxyModel::data(index, role).toString();
            const QString corrected = correctionText(source);
            if (!corrected.isEmpty())
                tip += u'\n' + corrected;
            return tip;
        }
        if (role == Qt::AccessibleDescriptionRole && mentionCell)
            return factStatusName(markOf(source));
        if (role == Qt::ForegroundRole && index.data(FactModel::MentionSpansRole).isValid())
            return theme.text;
        return QSortFilterProxyModel::data(index, role);
    }

    /// "not comparable · corrected by Ana: the release gives both", or empty for an engine row.
    static QString correctionText(const QModelIndex &index)
    {
        QStringList parts;
        if (!index.data(FactModel::ComparableRole).toBool())
            parts.append(FactMatrix::tr("not comparable"));
        const QVariant by = index.data(FactModel::CorrectedByRole);
        if (by.isValid())
            parts.append(correctedByText(by.toStringList()));
        QString text = parts.join(QStringLiteral(" · "));
        const QString note = index.data(FactModel::NoteRole).toString();
        if (!note.isEmpty())
            text += QStringLiteral(": ") + note;
        return text;
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Vertical && section >= 0 && section < rowCount()) {
            const QModelIndex source = mapToSource(index(section, 0));
            const bool corrected = source.data(FactModel::CorrectedByRole).isValid();
            // A pencil marks a row a reviewer changed; the words are in the tooltip.
            if (role == Qt::DisplayRole && corrected)
                return QString(QSortFilterProxyModel::headerData(section, orientation, role).toString() + QStringLiteral(" ✎"));
            if (role == Qt::ToolTipRole && corrected)
                return correctionText(source);
        }
        return QSortFilterProxyModel::headerData(section, orientation, role);
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, parent);
        if (kind >= 0 && index.data(FactModel::KindRole).toInt() != kind)
            return false;
        if (status == quoteVariantStatus)
            return index.data(FactModel::QuoteVariantRole).toBool();
        return status < 0 || index.data(FactModel::StatusRole).toInt() == status;
    }

    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const bool leftConflict = m_conflictTopics.contains(left.data(FactModel::TopicRole).toInt());
        const bool rightConflict = m_conflictTopics.contains(right.data(FactModel::TopicRole).toInt());
        if (leftConflict != rightConflict)
            return leftConflict;
        return left.row() < right.row();
    }

private:
    QSet<int> m_conflictTopics;
};

QString factStatusSymbol(FactStatusMark mark)
{
    switch (mark) {
    case FactStatusMark::Agree: return QStringLiteral("✓");
    case FactStatusMark::Conflict: return QStringLiteral("≠");
    case FactStatusMark::Unique: return QStringLiteral("◆");
    case FactStatusMark::QuoteVariant: return QStringLiteral("~");
    }
    return {};
}

QString factStatusName(FactStatusMark mark)
{
    switch (mark) {
    case FactStatusMark::Agree: return FactMatrix::tr("Outlets agree");
    case FactStatusMark::Conflict: return FactMatrix::tr("Figures conflict");
    case FactStatusMark::Unique: return FactMatrix::tr("Only one outlet has it");
    case FactStatusMark::QuoteVariant: return FactMatrix::tr("Quote worded differently");
    }
    return {};
}

FactMatrix::FactMatrix(QWidget *parent)
    : QWidget(parent)
    , m_model(new FactModel(this))
    , m_filter(new FactMatrixFilter(this))
    , m_view(new QTableView(this))
    , m_kind(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_summary(new QLabel(this))
{
    m_filter->setSourceModel(m_model);
    m_filter->setDynamicSortFilter(false);
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setDefaultSectionSize(170);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->setAccessibleName(tr("Fact matrix"));
    m_view->setObjectName(QStringLiteral("FactMatrixView"));
    m_view->setAccessibleDescription(tr("One row per fact, one column per article; topics with conflicts first. "
                                        "Cells are marked ✓ agree, ≠ conflict, ◆ one outlet only, ~ quote worded differently. "
                                        "Press Enter to go to the mention."));

    m_kind->addItem(tr("All kinds"), -1);
    m_kind->addItem(tr("Money"), int(FactKind::Money));
    m_kind->addItem(tr("Counts"), int(FactKind::Number));
    m_kind->addItem(tr("Percentages"), int(FactKind::Percent));
    m_kind->addItem(tr("Dates"), int(FactKind::Date));
    m_kind->addItem(tr("Quotes"), int(FactKind::Quote));
    m_kind->setAccessibleName(tr("Show facts of kind"));
    m_status->addItem(tr("All statuses"), -1);
    m_status->addItem(tr("Conflicts"), int(SlotStatus::Conflict));
    m_status->addItem(tr("Agreements"), int(SlotStatus::Agree));
    m_status->addItem(tr("Only one outlet"), int(SlotStatus::Unique));
    m_status->addItem(tr("Quote variants"), FactMatrixFilter::quoteVariantStatus);
    m_status->setAccessibleName(tr("Show facts with status"));
    m_summary->setAccessibleName(tr("Facts shown"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kind);
    filters->addWidget(m_status);
    filters->addStretch(1);
    filters->addWidget(m_summary);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { setKindFilter(m_kind->currentData().toInt()); });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] { setStatusFilter(m_status->currentData().toInt()); });
    connect(m_view, &QTableView::clicked, this, &FactMatrix::activate);
    connect(m_view, &QTableView::activated, this, &FactMatrix::activate);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (!index.isValid())
            return;
        QMenu menu(this);
        Q_EMIT slotContextMenu(&menu, index.data(FactModel::SlotIdRole).toInt(),
                               ArticleId(index.data(FactModel::ArticleIdRole).toInt()));
        if (!menu.isEmpty())
            menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    m_view->verticalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->verticalHeader(), &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const int row = m_view->verticalHeader()->logicalIndexAt(pos);
        if (row < 0)
            return;
        QMenu menu(this);
        Q_EMIT slotContextMenu(&menu, m_filter->index(row, 0).data(FactModel::SlotIdRole).toInt(), ArticleId());
        if (!menu.isEmpty())
            menu.exec(m_view->verticalHeader()->mapToGlobal(pos));
    });
}

void FactMatrix::setCorrections(const QList<AppliedCorrection> &corrections)
{
    m_corrections = corrections;
    updateSummary();
}

FactMatrix::~FactMatrix() = default;

void FactMatrix::setDocument(const StoryDocument *document)
{
    const auto show = [this](const std::shared_ptr<const Analysis> &analysis) {
        if (!analysis)
            return;
        QStringList names;
        for (const Article &article : analysis->articles)
            names.append(article.displayName());
        setFacts(analysis->facts, names);
        setSource(analysis->source);
        setCorrections(analysis->corrections);
    };
    connect(document, &StoryDocument::analysisChanged, this, show);
    show(document->analysis());
}

void FactMatrix::setFacts(const FactTable &facts, const QStringList &articleNames)
{
    m_model->setFacts(facts, articleNames);
    m_filter->refresh();
    updateSummary();
}

void FactMatrix::setSource(const SourceComparison &comparison)
{
    QList<QList<SourceMatch>> matches;
    QList<QList<QStringList>> changes;
    for (const SlotAgainstSource &slot : comparison.slots) {
        matches.append(slot.matches);
        QList<QStringList> words;
        for (const QList<Phrase> &change : slot.changes)
            words.append(translatedTexts(change));
        changes.append(words);
    }
    m_model->setSource(comparison.source, matches, changes);
    m_filter->refresh();
    if (comparison.isValid()) {
        // "Source says" over the source's name: wide enough for the name, never narrower than the others.
        int widest = 0;
        const QFontMetrics metrics = m_view->horizontalHeader()->fontMetrics();
        for (const QString &line : m_model->headerData(0, Qt::Horizontal).toString().split(u'\n'))
            widest = qMax(widest, metrics.horizontalAdvance(line));
        m_view->setColumnWidth(0, qMax(m_view->horizontalHeader()->defaultSectionSize(), widest + 24));
    }
    m_view->horizontalHeader()->setToolTip(comparison.isValid()
                                               ? tr("The first column is the story's source; each cell of the others "
                                                    "says = matches the source, ✗ differs from it, ∅ not in the source")
                                               : QString());
}

void FactMatrix::setTheme(const ReaderTheme &theme)
{
    m_filter->theme = theme;
    m_view->viewport()->update();
}

void FactMatrix::setKindFilter(int kind)
{
    m_filter->kind = kind;
    m_filter->refresh();
    updateSummary();
}

void FactMatrix::setStatusFilter(int status)
{
    m_filter->status = status;
    m_filter->refresh();
    updateSummary();
}

void FactMatrix::updateSummary()
{
    int conflicts = 0;
    for (const FactSlot &slot : m_model->facts().slots)
        conflicts += slot.isConflict() ? 1 : 0;
    QString text = tr("%n fact(s) shown", nullptr, m_filter->rowCount()) + QStringLiteral(" · ")
                   + tr("%n conflict(s) in the story", nullptr, conflicts);
    // Corrections that no longer find what they name are listed, never dropped in silence.
    QStringList stale;
    for (const AppliedCorrection &correction : std::as_const(m_corrections)) {
        if (!correction.applied)
            stale.append(tr("%1: %2").arg(correction.description.translated(), correction.reason.translated()));
    }
    if (!stale.isEmpty())
        text += QStringLiteral(" · ") + tr("%n correction(s) no longer apply", nullptr, int(stale.size()));
    m_summary->setText(text);
    m_summary->setToolTip(stale.join(u'\n'));
}

void FactMatrix::activate(const QModelIndex &index)
{
    const QVariant spans = index.data(FactModel::MentionSpansRole);
    if (!spans.isValid())
        return;
    const QList<TextSpan> list = spans.value<QList<TextSpan>>();
    if (!list.isEmpty())
        Q_EMIT mentionActivated(ArticleId(index.data(FactModel::ArticleIdRole).toInt()), list.first());
}

} // namespace Crossread
