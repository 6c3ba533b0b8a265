// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QApplication>

namespace Crossread {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent) {}
MainWindow::~MainWindow() = default;

int runGui(QApplication &app)
{
    MainWindow window;
    window.show();
    return app.exec();
}

} // namespace Crossread
