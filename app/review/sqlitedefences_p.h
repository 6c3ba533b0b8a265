// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// SQLite's own defences for databases that come from someone else: a session file from a
// colleague can hold any schema, so every connection Crossread opens is set up as
// https://www.sqlite.org/security.html ("Defense Against The Dark Arts") advises.

#include <QString>
#include <QtGlobal>

#include <memory>

class QSqlDatabase;

namespace Crossread::SessionStore {

/// Largest string or blob a connection reads or writes (SQLITE_LIMIT_LENGTH): an article row
/// holds its original bytes (at most Limits::maxImportBytes) and its text as UTF-16 (at most
/// twice that), so four times the import limit fits every row Crossread writes.
inline constexpr int maxSqlValueBytes = 200 * 1024 * 1024;

/// Applies the defences to an open QSQLITE connection: SQLITE_DBCONFIG_DEFENSIVE, no trusted
/// schema, views and triggers disabled, no extensions, tight sqlite3_limit()s, cell size checks,
/// no memory mapping and temporary storage in memory (a sort can never fill the disk).
/// Returns an empty string, or why the connection could not be secured (translated).
[[nodiscard]] QString applyDefences(QSqlDatabase &db);

/// A budget of SQLite virtual machine steps for everything a connection runs while the budget
/// lives: a progress handler counts the steps and interrupts the statement that exceeds it, so
/// no file can make a reader run for ever. Not copyable; must not outlive the connection.
class StepBudget {
public:
    StepBudget(QSqlDatabase &db, qint64 steps);
    ~StepBudget();
    StepBudget(const StepBudget &) = delete;
    StepBudget &operator=(const StepBudget &) = delete;

    /// True once a statement was interrupted for running over the budget.
    [[nodiscard]] bool exhausted() const;
    /// Steps used so far, counted in the handler's granularity (for calibration and tests).
    [[nodiscard]] qint64 used() const;

    /// Steps the handler lets pass between two checks.
    static constexpr int stepsPerCheck = 10000;

    struct State;   ///< the progress handler's counters

private:
    std::unique_ptr<State> m_state;
};

/// The budget for reading a session of `fileBytes` bytes: generous for every file Crossread
/// writes (reading one costs a few steps per column of each row, and a row takes tens of bytes
/// at least), orders of magnitude below what a crafted file needs to stall the reader.
[[nodiscard]] qint64 readStepBudget(qint64 fileBytes);

} // namespace Crossread::SessionStore
