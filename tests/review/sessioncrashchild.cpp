// SPDX-License-Identifier: GPL-3.0-or-later
// The process tst_sessioncrash kills. It makes the changes of sessioncrashscenario.h one after
// another and prints each change's number only after its commit returned:
//   sessioncrashchild journal DIR COUNT   commits each change to a recovery journal in DIR
//   sessioncrashchild save FILE COUNT     saves the whole session to FILE after each change
// "0" is printed once the journal exists (journal mode) or before the first save (save mode).
#include "review/session.h"
#include "sessioncrashscenario.h"
#include "review/sessionjournal.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

using namespace Crossread;
using namespace Crossread::SessionTest;

namespace {

// Unbuffered, so what the parent reads is exactly what was printed before the kill.
void announce(int change)
{
    const QByteArray line = QByteArray::number(change) + '\n';
    if (::write(STDOUT_FILENO, line.constData(), size_t(line.size())) != line.size())
        std::_Exit(3);
}

int fail(const SessionError &error)
{
    std::fprintf(stderr, "sessioncrashchild: %s\n", qPrintable(error.message()));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 4) {
        std::fprintf(stderr, "usage: sessioncrashchild journal DIR COUNT | save FILE COUNT\n");
        return 2;
    }
    const QString &mode = arguments.at(1);
    const QString &where = arguments.at(2);
    const int count = arguments.at(3).toInt();

    if (mode == u"journal") {
        SessionData data = crashBase(crashJournalArticles);
        auto journal = SessionJournal::create(where, data);
        if (!journal)
            return fail(journal.error());
        announce(0);
        for (int k = 1; k <= count; ++k) {
            Expected<std::monostate, SessionError> committed;
            switch (applyChange(data, k)) {
            case ChangeKind::Review:
                committed = journal.value()->commitReview(data.review);
                break;
            case ChangeKind::Articles:
                committed = journal.value()->commitArticles(data.articles);
                break;
            case ChangeKind::View:
                committed = journal.value()->commitView(data.view);
                break;
            }
            if (!committed)
                return fail(committed.error());
            announce(k);
        }
        return 0;
    }
    if (mode == u"save") {
        SessionData data = crashBase(crashSaveArticles);
        announce(0);
        for (int k = 1; k <= count; ++k) {
            applyChange(data, k);
            if (const auto written = writeSession(where, data); !written)
                return fail(written.error());
            announce(k);
        }
        return 0;
    }
    std::fprintf(stderr, "sessioncrashchild: unknown mode\n");
    return 2;
}
