// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/expected.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <variant>

namespace Crossread {

/// How an output path may be written.
enum class OutputKind : quint8 {
    File,     ///< a regular file, or nothing yet: written to a temporary file renamed over it
    Stream,   ///< a FIFO or character device (/dev/null, /dev/stdout, a terminal): written in
              ///< place, because a rename would replace the device with a regular file
};

/// Checks an output path before anything is written. Refuses a folder, a block device, a
/// socket, and a path that is the same file as one of `inputs` (compared by device and inode
/// after following symbolic links, so another name or a link to an input is caught too).
/// Pass earlier outputs among `inputs` so two outputs cannot be one file. The error is the
/// reason alone, translated, for the caller to put after the path.
[[nodiscard]] Expected<OutputKind, QString> checkOutputPath(const QString &path, const QStringList &inputs = {});

/// Writes `bytes` to `path` as checkOutputPath() allows: a File through QSaveFile (the file
/// appears complete or not at all), a Stream directly. The error names the path and the reason.
[[nodiscard]] Expected<std::monostate, QString> writeOutputFile(const QString &path, const QByteArray &bytes);

/// Reads at most `limit` + 1 bytes of `path`, whatever it is (a regular file, a FIFO, a
/// character device such as /dev/zero): a result longer than `limit` means "too large" without
/// ever holding more. The error is QFile's errorString().
[[nodiscard]] Expected<QByteArray, QString> readBounded(const QString &path, qint64 limit);

/// "the file is 52,428,801 bytes, larger than the 52,428,800 bytes ..." style sizes: the
/// locale's rounded size, or the exact number of bytes when both round to the same text.
/// `size` < 0 means unknown (a stream that went on past the limit). Translated.
[[nodiscard]] QString tooLargeReason(qint64 size, qint64 limit);

} // namespace Crossread
