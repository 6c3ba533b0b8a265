// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "review/session.h"

#include <QList>
#include <QString>

#include <functional>

class QSqlDatabase;

namespace Crossread {

/// One step of the session schema's history: turns a database of version `fromVersion` into
/// version `fromVersion + 1`. `apply` returns an empty string on success, else why it failed
/// (translated). It runs inside a transaction that upgradeSchema() opens and commits.
struct SchemaStep {
    int fromVersion = 0;
    std::function<QString(QSqlDatabase &)> apply;
};

/// The steps from every older schema to sessionSchemaVersion, in order. Version 1 is the first
/// schema, so the list is empty; a schema change appends its step here and bumps the version.
[[nodiscard]] const QList<SchemaStep> &sessionSchemaSteps();

/// Upgrades `db` (an open, writable session database) from its PRAGMA user_version to
/// `targetVersion`, one step after another, each in its own transaction that also sets the new
/// user_version, so a failing step leaves the database at the last version that succeeded.
/// `file` names the session in errors. Returns the version reached (== targetVersion).
[[nodiscard]] Expected<int, SessionError> upgradeSchema(QSqlDatabase &db, const QString &file, int targetVersion,
                                                        const QList<SchemaStep> &steps);

/// The schema a reader understands: the current one by default. Tests pass a later version
/// with their own steps to exercise the upgrade path without inventing history.
struct SessionFormat {
    int version = sessionSchemaVersion;
    QList<SchemaStep> steps = sessionSchemaSteps();
};

/// readSession() for a given schema; readSession(path) is readSession(path, SessionFormat{}).
[[nodiscard]] Expected<LoadedSession, SessionError> readSession(const QString &path, const SessionFormat &format);

} // namespace Crossread
