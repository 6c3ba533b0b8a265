// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>
#include <QString>

#include <cstdio>

namespace Crossread::Cli {

/// `text` without what a terminal would act on instead of showing: C0 controls other than tab
/// and line feed, DEL, C1 controls, and whole escape sequences (ESC [ ... final, ESC ] ... BEL
/// or ESC \, ESC and one character). Article metadata and session titles come from other
/// people's files; printed raw, `&#27;]0;...` in an og:site_name retitles the window or clears
/// the screen (issue 17, case 15).
[[nodiscard]] QString terminalSafe(QStringView text);

/// Standard output or error for the headless commands: a terminal gets terminalSafe() text,
/// a pipe or file gets the bytes unchanged (JSON for scripts stays exact).
class ConsoleDevice : public QIODevice {
public:
    explicit ConsoleDevice(FILE *stream);

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    FILE *m_stream;
    bool m_terminal;
};

} // namespace Crossread::Cli
