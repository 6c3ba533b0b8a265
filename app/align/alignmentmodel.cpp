// SPDX-License-Identifier: GPL-3.0-or-later
#include "alignmentmodel.h"

#include <QCoreApplication>

namespace Crossread {
namespace {

QString diffKindName(DiffOp::Kind kind)
{
    switch (kind) {
    case DiffOp::Kind::Equal:
        return QStringLiteral("equal");
    case DiffOp::Kind::Insert:
        return QStringLiteral("insert");
    case DiffOp::Kind::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

QVariantList diffList(const QList<DiffOp> &ops)
{
    QVariantList list;
    list.reserve(ops.size());
    for (const DiffOp &op : ops) {
        list.append(QVariantMap{
            {QStringLiteral("kind"), diffKindName(op.kind)},
            {QStringLiteral("referenceStart"), qlonglong(op.referenceSpan.start)},
            {QStringLiteral("referenceEnd"), qlonglong(op.referenceSpan.end)},
            {QStringLiteral("memberStart"), qlonglong(op.memberSpan.start)},
            {QStringLiteral("memberEnd"), qlonglong(op.memberSpan.end)},
        });
    }
    return list;
}

QString statusLabel(PassageStatus status)
{
    switch (status) {
    case PassageStatus::Identical:
        return QCoreApplication::translate("Crossread::Alignment", "identical");
    case PassageStatus::Reworded:
        return QCoreApplication::translate("Crossread::Alignment", "reworded");
    case PassageStatus::Unique:
        return QCoreApplication::translate("Crossread::Alignment", "only here");
    }
    return {};
}

} // namespace

AlignmentModel::AlignmentModel(QObject *parent) : QAbstractTableModel(parent) {}

void AlignmentModel::setAlignment(const QList<Article> &articles, const Alignment &alignment)
{
    beginResetModel();
    m_articles = articles;
    m_alignment = alignment;
    endResetModel();
}

void AlignmentModel::clear()
{
    setAlignment({}, {});
}

int AlignmentModel::rowOfSentence(ArticleId article, qsizetype sentence) const
{
    return m_alignment.passageOfSentence(article, sentence);
}

int AlignmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alignment.passages.size());
}

int AlignmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

QVariant AlignmentModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Passage &passage = m_alignment.passages.at(index.row());
    const ArticleId article(index.column());
    switch (role) {
    case PassageIdRole:
        return passage.id;
    case StatusRole:
        return int(passage.status);
    case StatusNameRole:
        return passageStatusName(passage.status);
    case MemberCountRole:
        return int(passage.members.size());
    case ArticleIdRole:
        return article.value();
    default:
        break;
    }

    const PassageMember *member = passage.member(article);
    if (!member)
        return {};
    const QString &text = m_articles.at(index.column()).text;
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return member->span.in(text).toString();
    case Qt::ToolTipRole:
        return QCoreApplication::translate("Crossread::Alignment", "%1, confidence %2 %")
            .arg(statusLabel(passage.status))
            .arg(qRound(member->confidence * 100));
    case SpanStartRole:
        return qlonglong(member->span.start);
    case SpanEndRole:
        return qlonglong(member->span.end);
    case ConfidenceRole:
        return member->confidence;
    case DiffRole:
        return diffList(member->diff);
    case IsReferenceRole:
        return member == &passage.referenceMember();
    case PrimaryRole:
        return member->primary;
    case FirstSentenceRole:
        return qlonglong(member->firstSentence);
    case SentenceCountRole:
        return qlonglong(member->sentenceCount);
    default:
        return {};
    }
}

QVariant AlignmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || section < 0)
        return {};
    if (orientation == Qt::Horizontal)
        return section < m_articles.size() ? QVariant(m_articles.at(section).displayName()) : QVariant();
    if (section >= m_alignment.passages.size())
        return {};
    return QCoreApplication::translate("Crossread::Alignment", "%1 (%2)")
        .arg(section + 1)
        .arg(statusLabel(m_alignment.passages.at(section).status));
}

Qt::ItemFlags AlignmentModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const bool present = m_alignment.passages.at(index.row()).member(ArticleId(index.column())) != nullptr;
    return present ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren : Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> AlignmentModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(TextRole, "text");
    names.insert(SpanStartRole, "spanStart");
    names.insert(SpanEndRole, "spanEnd");
    names.insert(ConfidenceRole, "confidence");
    names.insert(StatusRole, "status");
    names.insert(StatusNameRole, "statusName");
    names.insert(DiffRole, "diff");
    names.insert(IsReferenceRole, "isReference");
    names.insert(PrimaryRole, "primary");
    names.insert(PassageIdRole, "passageId");
    names.insert(ArticleIdRole, "articleId");
    names.insert(FirstSentenceRole, "firstSentence");
    names.insert(SentenceCountRole, "sentenceCount");
    names.insert(MemberCountRole, "memberCount");
    return names;
}

} // namespace Crossread
