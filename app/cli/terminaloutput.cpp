// SPDX-License-Identifier: GPL-3.0-or-later
// Escape sequences as ECMA-48 defines them: CSI (ESC [ or U+009B) parameters and intermediates,
// then one final byte in 0x40-0x7E; OSC, DCS, SOS, PM and APC strings up to BEL or ST (ESC \).
#include "cli/terminaloutput.h"

#include <unistd.h>

namespace Crossread::Cli {
namespace {

bool isControl(char16_t c)
{
    return (c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7f && c <= 0x9f);
}

/// Length of the escape sequence starting at `text[i]` (an ESC or a C1 introducer).
qsizetype sequenceLength(QStringView text, qsizetype i)
{
    qsizetype at = i;
    char16_t introducer = text[at].unicode();
    ++at;
    if (introducer == 0x1b) {
        if (at >= text.size())
            return at - i;
        const char16_t next = text[at].unicode();
        if (next == u'[')
            introducer = 0x9b;
        else if (next == u']' || next == u'P' || next == u'X' || next == u'^' || next == u'_')
            introducer = 0x9d;
        else
            return at + 1 - i;   // ESC and one character
        ++at;
    }
    if (introducer == 0x9b) {
        while (at < text.size() && text[at].unicode() >= 0x20 && text[at].unicode() <= 0x3f)
            ++at;
        if (at < text.size() && text[at].unicode() >= 0x40 && text[at].unicode() <= 0x7e)
            ++at;
        return at - i;
    }
    if (introducer == 0x9d || introducer == 0x90 || introducer == 0x98 || introducer == 0x9e || introducer == 0x9f) {
        while (at < text.size()) {
            const char16_t c = text[at].unicode();
            if (c == 0x07 || c == 0x9c)
                return at + 1 - i;
            if (c == 0x1b && at + 1 < text.size() && text[at + 1] == u'\\')
                return at + 2 - i;
            if (c == u'\n')
                return at - i;   // an unterminated string ends with the line, not the output
            ++at;
        }
        return at - i;
    }
    return 1;
}

} // namespace

QString terminalSafe(QStringView text)
{
    QString safe;
    safe.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        const char16_t c = text[i].unicode();
        if (!isControl(c)) {
            safe.append(text[i]);
            ++i;
        } else if (c == 0x1b || c == 0x9b || c == 0x9d || c == 0x90 || c == 0x98 || c == 0x9e || c == 0x9f) {
            i += sequenceLength(text, i);
        } else {
            ++i;
        }
    }
    return safe;
}

ConsoleDevice::ConsoleDevice(FILE *stream) : m_stream(stream), m_terminal(::isatty(::fileno(stream)) == 1)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 ConsoleDevice::writeData(const char *data, qint64 size)
{
    // QTextStream hands over UTF-8 in chunks of whole characters, so each chunk decodes alone.
    const QByteArray bytes = m_terminal ? terminalSafe(QString::fromUtf8(data, size)).toUtf8() : QByteArray(data, size);
    if (std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_stream) != size_t(bytes.size()))
        return -1;
    std::fflush(m_stream);
    return size;
}

} // namespace Crossread::Cli
