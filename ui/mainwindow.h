// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QApplication;

namespace Crossread {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;
};

/// Shows the main window for the command line's request and runs the event loop.
int runGui(QApplication &app);

} // namespace Crossread
