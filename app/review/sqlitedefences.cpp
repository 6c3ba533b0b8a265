// SPDX-License-Identifier: GPL-3.0-or-later
// The settings follow https://www.sqlite.org/security.html, section "Untrusted SQLite Database
// Files". The sqlite3 handle comes from the QSQLITE driver (QSqlDriver::handle(), whose type
// name is "sqlite3*"); Crossread links the same system libsqlite3 the driver uses.
#include "review/sqlitedefences_p.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <array>

namespace Crossread::SessionStore {
namespace {

struct SessionText {
    Q_DECLARE_TR_FUNCTIONS(Crossread::Session)
};

sqlite3 *handleOf(QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

struct Limit {
    int id;
    int value;
};

// Each as low as the statements of sessionstore.cpp allow. The schema a file declares is
// parsed under these limits too, so a view or table built to exhaust the parser fails to load.
constexpr std::array<Limit, 11> limits{{
    {SQLITE_LIMIT_LENGTH, maxSqlValueBytes},
    {SQLITE_LIMIT_SQL_LENGTH, 100'000},
    {SQLITE_LIMIT_COLUMN, 100},
    {SQLITE_LIMIT_EXPR_DEPTH, 10},
    {SQLITE_LIMIT_COMPOUND_SELECT, 3},
    {SQLITE_LIMIT_VDBE_OP, 25'000},
    {SQLITE_LIMIT_FUNCTION_ARG, 8},
    {SQLITE_LIMIT_ATTACHED, 0},
    {SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 50},
    {SQLITE_LIMIT_VARIABLE_NUMBER, 32},
    {SQLITE_LIMIT_TRIGGER_DEPTH, 1},
}};

// Switched off: what a session never needs and an attacker would use.
constexpr std::array<int, 6> disabled{{
    SQLITE_DBCONFIG_TRUSTED_SCHEMA,          // schema may not call functions with side effects
    SQLITE_DBCONFIG_ENABLE_VIEW,             // a view named like a table cannot run
    SQLITE_DBCONFIG_ENABLE_TRIGGER,          // a trigger cannot fire on the reader's writes
    SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION,
    SQLITE_DBCONFIG_DQS_DML,                 // "x" is a name, never a string
    SQLITE_DBCONFIG_DQS_DDL,
}};

} // namespace

QString applyDefences(QSqlDatabase &db)
{
    sqlite3 *handle = handleOf(db);
    if (!handle)
        return SessionText::tr("the SQLite driver gives no database handle to secure");
    int on = 0;
    if (sqlite3_db_config(handle, SQLITE_DBCONFIG_DEFENSIVE, 1, &on) != SQLITE_OK || on != 1)
        return SessionText::tr("SQLite's defensive mode cannot be switched on");
    for (int option : disabled) {
        int value = 1;
        if (sqlite3_db_config(handle, option, 0, &value) != SQLITE_OK || value != 0)
            return SessionText::tr("an SQLite feature cannot be switched off (option %1)").arg(option);
    }
    for (const Limit &limit : limits)
        sqlite3_limit(handle, limit.id, limit.value);
    for (const char *pragma : {"PRAGMA trusted_schema = OFF", "PRAGMA cell_size_check = ON", "PRAGMA mmap_size = 0",
                               "PRAGMA temp_store = MEMORY"}) {
        QSqlQuery query(db);
        if (!query.exec(QLatin1StringView(pragma)))
            return SessionText::tr("%1 failed: %2").arg(QLatin1StringView(pragma), query.lastError().text());
    }
    return {};
}

struct StepBudget::State {
    sqlite3 *handle = nullptr;
    qint64 remainingChecks = 0;
    qint64 usedChecks = 0;
    bool exhausted = false;
};

namespace {

int countSteps(void *context)
{
    auto *state = static_cast<StepBudget::State *>(context);
    ++state->usedChecks;
    if (--state->remainingChecks >= 0)
        return 0;
    state->exhausted = true;
    return 1;   // non-zero interrupts the statement with SQLITE_INTERRUPT
}

} // namespace

StepBudget::StepBudget(QSqlDatabase &db, qint64 steps) : m_state(std::make_unique<State>())
{
    m_state->handle = handleOf(db);
    m_state->remainingChecks = steps / stepsPerCheck;
    if (m_state->handle)
        sqlite3_progress_handler(m_state->handle, stepsPerCheck, countSteps, m_state.get());
}

StepBudget::~StepBudget()
{
    if (m_state->handle)
        sqlite3_progress_handler(m_state->handle, 0, nullptr, nullptr);
}

bool StepBudget::exhausted() const
{
    return m_state->exhausted;
}

qint64 StepBudget::used() const
{
    return m_state->usedChecks * stepsPerCheck;
}

qint64 readStepBudget(qint64 fileBytes)
{
    // 100 million steps take well under a second; a byte of file is worth 20 steps.
    return 100'000'000 + 20 * qMax<qint64>(0, fileBytes);
}

} // namespace Crossread::SessionStore
