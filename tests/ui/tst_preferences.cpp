// SPDX-License-Identifier: GPL-3.0-or-later
// Preferences: stored under the keys other parts read, damaged values fall back to defaults,
// the dialog changes nothing until accepted, and an accepted dialog is applied to the window.
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "readerview.h"
#include "settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Crossread;
using namespace Qt::StringLiterals;

class TestPreferences : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void defaultsWhenNothingIsStored();
    void roundTrip();
    void damagedValuesFallBack_data();
    void damagedValuesFallBack();
    void acceptStoresAndApplies();
    void cancelChangesNothing();
    void restoreDefaults();

private:
    static PreferencesDialog *openPreferences(MainWindow &window);
    template<typename T>
    static T *control(QWidget *dialog, const QString &accessibleName);
    QTemporaryDir m_dir;
};

void TestPreferences::initTestCase()
{
    QCoreApplication::setOrganizationName(u"CrossreadTests"_s);
    QCoreApplication::setApplicationName(u"tst_preferences"_s);
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
}

void TestPreferences::init()
{
    QSettings().clear();
}

template<typename T>
T *TestPreferences::control(QWidget *dialog, const QString &accessibleName)
{
    for (T *widget : dialog->findChildren<T *>()) {
        if (widget->accessibleName() == accessibleName)
            return widget;
    }
    return nullptr;
}

PreferencesDialog *TestPreferences::openPreferences(MainWindow &window)
{
    QAction *action = window.action(u"preferences"_s);
    if (!action)
        return nullptr;
    action->trigger();
    return window.findChild<PreferencesDialog *>();
}

void TestPreferences::defaultsWhenNothingIsStored()
{
    const AppSettings settings = AppSettings::read();
    QCOMPARE(settings, AppSettings{});
    QCOMPARE(settings.themeName, u"System"_s);
    QCOMPARE(settings.language, u"system"_s);
    QCOMPARE(settings.exportPageSize, u"Auto"_s);
    QCOMPARE(settings.exportSections, AppSettings::exportSectionIds());
    QVERIFY(settings.reviewerName.isEmpty());
}

void TestPreferences::roundTrip()
{
    AppSettings settings;
    settings.themeName = u"Dark"_s;
    settings.fontFamily = u"DejaVu Serif"_s;
    settings.fontSize = 14;
    settings.language = u"fr"_s;
    settings.reviewerName = u"Ines Okafor"_s;
    settings.exportPageSize = u"Letter"_s;
    settings.exportGreyscale = true;
    settings.exportSections = {u"cover"_s, u"facts"_s};
    settings.write();
    QCOMPARE(AppSettings::read(), settings);
    // The keys the review and export work read.
    QSettings raw;
    QCOMPARE(raw.value(u"review/reviewerName"_s).toString(), u"Ines Okafor"_s);
    QCOMPARE(raw.value(u"export/pageSize"_s).toString(), u"Letter"_s);
    QCOMPARE(raw.value(u"export/greyscale"_s).toBool(), true);
    QCOMPARE(raw.value(u"export/includeSections"_s).toStringList(), (QStringList{u"cover"_s, u"facts"_s}));
}

void TestPreferences::damagedValuesFallBack_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("unknown theme") << u"view/theme"_s << QVariant(u"Neon"_s);
    QTest::newRow("font size text") << u"view/fontSize"_s << QVariant(u"huge"_s);
    QTest::newRow("font size too big") << u"view/fontSize"_s << QVariant(500);
    QTest::newRow("font size negative") << u"view/fontSize"_s << QVariant(-3);
    QTest::newRow("unknown language") << u"ui/language"_s << QVariant(u"tlh"_s);
    QTest::newRow("unknown page size") << u"export/pageSize"_s << QVariant(u"A3"_s);
}

void TestPreferences::damagedValuesFallBack()
{
    QFETCH(QString, key);
    QFETCH(QVariant, value);
    QSettings().setValue(key, value);
    QCOMPARE(AppSettings::read(), AppSettings{});
}

void TestPreferences::acceptStoresAndApplies()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    PreferencesDialog *dialog = openPreferences(window);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());

    auto *size = control<QSpinBox>(dialog, u"Font size of the article panes"_s);
    auto *theme = control<QComboBox>(dialog, u"Colour theme"_s);
    auto *language = control<QComboBox>(dialog, u"Language of the user interface"_s);
    auto *reviewer = control<QLineEdit>(dialog, u"Reviewer name"_s);
    auto *pageSize = control<QComboBox>(dialog, u"Page size of reports"_s);
    auto *sections = control<QListWidget>(dialog, u"Sections of reports"_s);
    auto *greyscale = dialog->findChild<QCheckBox *>();
    QVERIFY(size && theme && language && reviewer && pageSize && sections && greyscale);

    size->setValue(17);
    theme->setCurrentIndex(theme->findData(u"Dark"_s));
    language->setCurrentIndex(language->findData(u"de"_s));
    QTest::keyClicks(reviewer, u"  Tomas Reyes "_s);
    pageSize->setCurrentIndex(pageSize->findData(u"A4"_s));
    greyscale->setChecked(true);
    auto *network = dialog->findChild<QCheckBox *>(u"neverUseNetwork"_s);
    QVERIFY(network && network != greyscale && !network->isChecked());
    network->setChecked(true);
    sections->item(0)->setCheckState(Qt::Unchecked);   // no cover page
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!window.findChild<PreferencesDialog *>());

    const AppSettings stored = AppSettings::read();
    QCOMPARE(stored.fontSize, 17);
    QVERIFY(stored.fontFamily.isEmpty());   // untouched: still the desktop's font
    QCOMPARE(stored.themeName, u"Dark"_s);
    QCOMPARE(stored.language, u"de"_s);
    QCOMPARE(stored.reviewerName, u"Tomas Reyes"_s);
    QCOMPARE(stored.exportPageSize, u"A4"_s);
    QVERIFY(stored.exportGreyscale);
    QVERIFY(stored.neverUseNetwork);
    QVERIFY(networkForbidden());   // what the commands read
    QCOMPARE(stored.exportSections, AppSettings::exportSectionIds().mid(1));

    // Applied at once: the reader's font and the theme, which the View menu shows too.
    QCOMPARE(window.readerView()->font().pointSize(), 17);
    QCOMPARE(window.theme().name, u"Dark"_s);
    const auto themeActions = window.findChildren<QAction *>();
    const auto dark = std::find_if(themeActions.begin(), themeActions.end(),
                                   [](QAction *action) { return action->data().toString() == u"Dark"; });
    QVERIFY(dark != themeActions.end());
    QVERIFY((*dark)->isChecked());

    // A new window starts with them.
    MainWindow next;
    QCOMPARE(next.readerView()->font().pointSize(), 17);
    QCOMPARE(next.theme().name, u"Dark"_s);
}

void TestPreferences::cancelChangesNothing()
{
    AppSettings before;
    before.reviewerName = u"Ines Okafor"_s;
    before.fontSize = 12;
    before.write();
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QFont readerFont = window.readerView()->font();
    const QString themeName = window.theme().name;
    PreferencesDialog *dialog = openPreferences(window);
    QVERIFY(dialog);
    control<QSpinBox>(dialog, u"Font size of the article panes"_s)->setValue(30);
    control<QLineEdit>(dialog, u"Reviewer name"_s)->setText(u"Someone Else"_s);
    auto *theme = control<QComboBox>(dialog, u"Colour theme"_s);
    theme->setCurrentIndex(theme->findData(u"Light"_s));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QTRY_VERIFY(!window.findChild<PreferencesDialog *>());

    QCOMPARE(AppSettings::read(), before);
    QCOMPARE(window.readerView()->font(), readerFont);
    QCOMPARE(window.theme().name, themeName);
}

void TestPreferences::restoreDefaults()
{
    AppSettings changed;
    changed.themeName = u"Dark"_s;
    changed.fontSize = 20;
    changed.exportGreyscale = true;
    changed.exportSections = {u"facts"_s};
    changed.reviewerName = u"Ines Okafor"_s;
    PreferencesDialog dialog(changed);
    QCOMPARE(dialog.settings(), changed);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults)->click();
    QCOMPARE(dialog.settings(), AppSettings{});
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
