// SPDX-License-Identifier: GPL-3.0-or-later
#include "review/correction.h"

#include <array>

namespace Crossread {

namespace {

using namespace Qt::Literals::StringLiterals;

constexpr std::array<std::pair<CorrectionKind, QLatin1StringView>, 9> kindKeys{{
    {CorrectionKind::MergeSlots, "merge"_L1},
    {CorrectionKind::SplitMention, "split"_L1},
    {CorrectionKind::JoinTopic, "join-topic"_L1},
    {CorrectionKind::LeaveTopic, "leave-topic"_L1},
    {CorrectionKind::RenameSlot, "rename"_L1},
    {CorrectionKind::NotComparable, "not-comparable"_L1},
    {CorrectionKind::SetStatus, "status"_L1},
    {CorrectionKind::JoinPassages, "join-passages"_L1},
    {CorrectionKind::SplitPassage, "split-passage"_L1},
}};

constexpr std::array<std::pair<CorrectionStatus, QLatin1StringView>, 3> statusKeys{{
    {CorrectionStatus::Agree, "agree"_L1},
    {CorrectionStatus::Conflict, "conflict"_L1},
    {CorrectionStatus::Unique, "unique"_L1},
}};

} // namespace

QString correctionKindKey(CorrectionKind kind)
{
    for (const auto &[value, key] : kindKeys) {
        if (value == kind)
            return QString(key);
    }
    return QString(kindKeys.front().second);
}

std::optional<CorrectionKind> correctionKindFromKey(QStringView key)
{
    for (const auto &[value, name] : kindKeys) {
        if (key == name)
            return value;
    }
    return std::nullopt;
}

QString correctionStatusKey(CorrectionStatus status)
{
    for (const auto &[value, key] : statusKeys) {
        if (value == status)
            return QString(key);
    }
    return QString(statusKeys.front().second);
}

std::optional<CorrectionStatus> correctionStatusFromKey(QStringView key)
{
    for (const auto &[value, name] : statusKeys) {
        if (key == name)
            return value;
    }
    return std::nullopt;
}

} // namespace Crossread
