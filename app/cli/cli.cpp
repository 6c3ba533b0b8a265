// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"

#include "cli/clitext_p.h"
#include "crossread_version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace Crossread::Cli {
namespace {

using CommandFunction = int (*)(const QStringList &, QTextStream &, QTextStream &);

struct Command {
    QStringView name;
    CommandFunction run;
    const char *summary;
};

const Command commands[] = {
    {u"analyse", runAnalyse, QT_TRANSLATE_NOOP("Crossread::Cli", "align the files' passages and compare their facts; JSON out")},
    {u"analyze", runAnalyse, nullptr},
    {u"extract", runExtract, QT_TRANSLATE_NOOP("Crossread::Cli", "print each file's article text (or --json) without page furniture")},
    {u"info", runInfo, QT_TRANSLATE_NOOP("Crossread::Cli", "print a session's articles, claims and verdict counts (or --json)")},
    {u"export", runExport, QT_TRANSLATE_NOOP("Crossread::Cli", "write a session's report as PDF, CSV, JSON or Markdown")},
};

const Command *findCommand(QStringView name)
{
    for (const Command &command : commands) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

QString usage()
{
    QString text = tr("Usage: crossread [FILE...]\n"
                      "       crossread COMMAND [OPTIONS] FILE...\n\n"
                      "Without a command, opens the files in the Crossread window.\n\n"
                      "Options:\n"
                      "  --sample         open the bundled sample story\n"
                      "  -h, --help       show this help\n"
                      "  -v, --version    show the version\n\n"
                      "Commands (run 'crossread COMMAND --help' for their options):\n");
    for (const Command &command : commands) {
        if (command.summary)
            text += QStringLiteral("  %1  %2\n").arg(command.name.toString().leftJustified(14), tr(command.summary));
    }
    return text;
}

bool asks(const QStringList &arguments, QStringView shortForm, QStringView longForm)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--")
            return false;
        if (arguments.at(i) == shortForm || arguments.at(i) == longForm)
            return true;
    }
    return false;
}

} // namespace

bool isHeadless(const QStringList &arguments)
{
    if (arguments.size() > 1 && findCommand(arguments.at(1)))
        return true;
    return asks(arguments, u"-v", u"--version") || asks(arguments, u"-h", u"--help");
}

int runHeadless(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    if (arguments.size() > 1) {
        if (const Command *command = findCommand(arguments.at(1)))
            return command->run(arguments.mid(2), out, err);
    }
    if (asks(arguments, u"-v", u"--version")) {
        out << "crossread " << CROSSREAD_VERSION_STRING << '\n';
        return 0;
    }
    out << usage();
    return 0;
}

GuiRequest parseGuiArguments(const QStringList &arguments)
{
    GuiRequest request;
    bool optionsEnded = false;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (!optionsEnded && argument == u"--") {
            optionsEnded = true;
        } else if (!optionsEnded && argument == u"--sample") {
            request.openSample = true;
        } else if (!optionsEnded && argument.startsWith(u'-') && argument.size() > 1) {
            // Qt's own options (-platform, -style ...) were already taken by QApplication;
            // anything left that looks like an option is not a file.
            continue;
        } else {
            request.files.append(argument);
        }
    }
    return request;
}

} // namespace Crossread::Cli
