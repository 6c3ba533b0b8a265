// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/claim.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace Crossread {

namespace {

struct RoleName {
    EvidenceRole role;
    const char16_t *key;
    const char *label;
};

constexpr std::array<RoleName, 3> roleNames{{
    {EvidenceRole::Supports, u"supports", QT_TRANSLATE_NOOP("Crossread::Review", "Supports")},
    {EvidenceRole::Contradicts, u"contradicts", QT_TRANSLATE_NOOP("Crossread::Review", "Contradicts")},
    {EvidenceRole::Context, u"context", QT_TRANSLATE_NOOP("Crossread::Review", "Context")},
}};

struct OriginName {
    ClaimOrigin origin;
    const char16_t *key;
};

constexpr std::array<OriginName, 4> originNames{{
    {ClaimOrigin::Selection, u"selection"},
    {ClaimOrigin::Passage, u"passage"},
    {ClaimOrigin::FactSlot, u"fact-slot"},
    {ClaimOrigin::QuoteGroup, u"quote-group"},
}};

// The default verdict set. The keys are stored in sessions in English and translated for
// display only, so a session written in one language reads correctly in another.
constexpr std::array<const char *, 6> defaultVerdictKeys{
    QT_TRANSLATE_NOOP("Crossread::Verdict", "Unreviewed"),
    QT_TRANSLATE_NOOP("Crossread::Verdict", "Supported"),
    QT_TRANSLATE_NOOP("Crossread::Verdict", "Disputed"),
    QT_TRANSLATE_NOOP("Crossread::Verdict", "Misleading"),
    QT_TRANSLATE_NOOP("Crossread::Verdict", "False"),
    QT_TRANSLATE_NOOP("Crossread::Verdict", "Unverifiable"),
};

} // namespace

QString evidenceRoleKey(EvidenceRole role)
{
    return QString::fromUtf16(roleNames.at(static_cast<size_t>(role)).key);
}

QString evidenceRoleName(EvidenceRole role)
{
    return QCoreApplication::translate("Crossread::Review", roleNames.at(static_cast<size_t>(role)).label);
}

EvidenceRole evidenceRoleFromKey(QStringView key)
{
    for (const RoleName &name : roleNames) {
        if (key == QStringView(name.key))
            return name.role;
    }
    return EvidenceRole::Context;
}

QString claimOriginKey(ClaimOrigin origin)
{
    return QString::fromUtf16(originNames.at(static_cast<size_t>(origin)).key);
}

ClaimOrigin claimOriginFromKey(QStringView key)
{
    for (const OriginName &name : originNames) {
        if (key == QStringView(name.key))
            return name.origin;
    }
    return ClaimOrigin::Selection;
}

int Claim::nextEvidenceId() const
{
    int next = 1;
    for (const Evidence &item : evidence)
        next = std::max(next, item.id + 1);
    return next;
}

QStringList defaultVerdicts()
{
    QStringList verdicts;
    for (const char *key : defaultVerdictKeys)
        verdicts.append(QString::fromLatin1(key));
    return verdicts;
}

QString verdictLabel(const QString &verdict)
{
    for (const char *key : defaultVerdictKeys) {
        if (verdict == QLatin1String(key))
            return QCoreApplication::translate("Crossread::Verdict", key);
    }
    return verdict;
}

} // namespace Crossread
