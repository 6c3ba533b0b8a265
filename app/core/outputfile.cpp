// SPDX-License-Identifier: GPL-3.0-or-later
// Outputs that never destroy inputs or devices (issue 17, cases 8-10). QSaveFile renames its
// temporary file over the target, which is right for a regular file and wrong for anything
// else: as root, `-o /dev/null` would replace the device node with a regular file.
#include "core/outputfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>

#include <sys/stat.h>

namespace Crossread {
namespace {

struct OutputText {
    Q_DECLARE_TR_FUNCTIONS(Crossread::Output)
};

/// stat() of what `path` names after following symbolic links; false when nothing is there.
bool statOf(const QString &path, struct stat *info)
{
    return ::stat(QFile::encodeName(path).constData(), info) == 0;
}

} // namespace

Expected<OutputKind, QString> checkOutputPath(const QString &path, const QStringList &inputs)
{
    struct stat target {};
    if (!statOf(path, &target)) {
        // Nothing there yet (or a dangling link, which QSaveFile follows): only another output
        // of the same command can be the same file.
        const QString absolute = QFileInfo(path).absoluteFilePath();
        for (const QString &input : inputs) {
            if (QFileInfo(input).absoluteFilePath() == absolute)
                return OutputText::tr("this is the same file as %1; writing would destroy it").arg(input);
        }
        return OutputKind::File;
    }
    if (S_ISDIR(target.st_mode))
        return OutputText::tr("this is a folder; give a file name");
    if (S_ISBLK(target.st_mode))
        return OutputText::tr("this is a block device; Crossread never writes to one");
    if (S_ISSOCK(target.st_mode))
        return OutputText::tr("this is a socket, not a file");
    for (const QString &input : inputs) {
        struct stat other {};
        if (statOf(input, &other) && other.st_dev == target.st_dev && other.st_ino == target.st_ino) {
            const QString canonical = QFileInfo(input).canonicalFilePath();
            return OutputText::tr("this is the same file as %1; writing would destroy it")
                .arg(canonical.isEmpty() ? input : canonical);
        }
    }
    return S_ISREG(target.st_mode) ? OutputKind::File : OutputKind::Stream;
}

Expected<std::monostate, QString> writeOutputFile(const QString &path, const QByteArray &bytes)
{
    const Expected<OutputKind, QString> kind = checkOutputPath(path);
    if (!kind)
        return OutputText::tr("%1: cannot write: %2").arg(path, kind.error());
    if (kind.value() == OutputKind::Stream) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || file.write(bytes) != bytes.size())
            return OutputText::tr("%1: cannot write: %2").arg(path, file.errorString());
        return std::monostate{};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return OutputText::tr("%1: cannot write: %2").arg(path, file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return OutputText::tr("%1: cannot write: %2").arg(path, reason);
    }
    if (!file.commit())
        return OutputText::tr("%1: cannot write: %2").arg(path, file.errorString());
    return std::monostate{};
}

Expected<QByteArray, QString> readBounded(const QString &path, qint64 limit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return file.errorString();
    // A regular file says its size; reserving it avoids regrowing a large buffer.
    QByteArray bytes;
    if (!file.isSequential())
        bytes.reserve(qsizetype(qMin(file.size(), limit + 1)));
    constexpr qint64 chunk = 1 << 20;
    while (bytes.size() <= limit) {
        const qsizetype before = bytes.size();
        const qint64 wanted = qMin(chunk, limit + 1 - before);
        bytes.resize(before + qsizetype(wanted));
        const qint64 got = file.read(bytes.data() + before, wanted);
        if (got < 0)
            return file.errorString();
        bytes.resize(before + qsizetype(got));
        if (got == 0)
            break;   // end of file (or of the stream)
    }
    return bytes;
}

QString tooLargeReason(qint64 size, qint64 limit)
{
    const QLocale locale;
    const QString limitText = locale.formattedDataSize(limit);
    if (size < 0)
        return OutputText::tr("the file is larger than the %1 Crossread imports").arg(limitText);
    QString sizeText = locale.formattedDataSize(size);
    QString shownLimit = limitText;
    if (sizeText == limitText) {
        // "50.00 MiB, larger than the 50.00 MiB limit" reads as a contradiction: give bytes.
        sizeText = OutputText::tr("%1 bytes").arg(locale.toString(size));
        shownLimit = OutputText::tr("%1 bytes").arg(locale.toString(limit));
    }
    return OutputText::tr("the file is %1, larger than the %2 Crossread imports").arg(sizeText, shownLimit);
}

} // namespace Crossread
