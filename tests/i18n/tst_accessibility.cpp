// SPDX-License-Identifier: GPL-3.0-or-later
// Keyboard and screen-reader reach of the main window, in every language: each action has a
// shortcut or a mnemonic path through the menus, mnemonics are unique per menu, panels and
// controls carry accessible names, and statuses are never told by colour alone.
#include "core/articlemodel.h"
#include "analysis/analysis.h"
#include "factmatrix.h"
#include "facts/factmodel.h"
#include "import/importer.h"
#include "legend.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "readerview.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <algorithm>
#include <memory>

using namespace Crossread;
using namespace Qt::StringLiterals;

namespace {

/// The mnemonic letter of a menu text, lower case, or a null QChar.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

/// Parts of a composite (a combo box's line edit, a spin box's field, a menu bar's overflow
/// button) are named by the composite.
bool isPartOfComposite(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    return qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractItemView *>(parent)
           || qobject_cast<const QLineEdit *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent)
           || qobject_cast<const QMenuBar *>(parent);
}

bool isBuiltinTheme(const QAction *action)
{
    const QString theme = action->data().toString();
    return theme.isEmpty() || theme == u"System" || theme == u"Light" || theme == u"Dark";
}

/// Walks a menu: every entry has a mnemonic (unique in the menu) or a shortcut.
void checkMenu(QMenu *menu, const QString &path, QSet<QAction *> &reached, QStringList &problems)
{
    QHash<QChar, QString> used;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        reached.insert(action);
        const QString where = path + u" ▸ "_s + action->text();
        const QChar key = mnemonic(action->text());
        if (!key.isNull()) {
            if (used.contains(key))
                problems.append(u"%1: mnemonic '%2' also used by %3"_s.arg(where, key, used.value(key)));
            used.insert(key, action->text());
        } else if (action->shortcut().isEmpty() && isBuiltinTheme(action)) {
            problems.append(where + u": neither a mnemonic nor a shortcut"_s);
        }
        if (action->menu()) {
            if (key.isNull())
                problems.append(where + u": submenu without a mnemonic"_s);
            checkMenu(action->menu(), where, reached, problems);
        }
    }
}

} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void everyActionReachableByKeyboard_data();
    void everyActionReachableByKeyboard();
    void panelsAndControlsHaveAccessibleNames_data() { everyActionReachableByKeyboard_data(); }
    void panelsAndControlsHaveAccessibleNames();
    void preferencesControlsAreLabelled_data() { everyActionReachableByKeyboard_data(); }
    void preferencesControlsAreLabelled();
    void statusIsNotColourAlone();

private:
    void useLanguage(const QString &language);
    QTemporaryDir m_dir;
    std::unique_ptr<QTranslator> m_translator;
};

void TestAccessibility::initTestCase()
{
    QCoreApplication::setOrganizationName(u"CrossreadTests"_s);
    QCoreApplication::setApplicationName(u"tst_accessibility"_s);
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
}

void TestAccessibility::cleanup()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator.reset();
}

void TestAccessibility::useLanguage(const QString &language)
{
    if (language.isEmpty())
        return;
    m_translator = std::make_unique<QTranslator>();
    QVERIFY(m_translator->load(u":/i18n/crossread_"_s + language + u".qm"_s));
    QCoreApplication::installTranslator(m_translator.get());
}

void TestAccessibility::everyActionReachableByKeyboard_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QString();
    QTest::newRow("de") << u"de"_s;
    QTest::newRow("fr") << u"fr"_s;
    QTest::newRow("es") << u"es"_s;
}

void TestAccessibility::everyActionReachableByKeyboard()
{
    QFETCH(QString, language);
    useLanguage(language);
    MainWindow window;
    QStringList problems;
    QSet<QAction *> reached;
    QHash<QChar, QString> used;
    for (QAction *action : window.menuBar()->actions()) {
        const QChar key = mnemonic(action->text());
        if (key.isNull())
            problems.append(action->text() + u": menu without a mnemonic"_s);
        else if (used.contains(key))
            problems.append(u"%1: mnemonic '%2' also used by %3"_s.arg(action->text(), key, used.value(key)));
        used.insert(key, action->text());
        if (action->menu())
            checkMenu(action->menu(), action->text(), reached, problems);
    }
    QVERIFY(reached.size() > 30);
    // Actions outside the menus (context menus of panels) need their own shortcut.
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->isSeparator() || action->text().isEmpty() || action->menu() || reached.contains(action))
            continue;
        if (action->shortcut().isEmpty())
            problems.append(action->text() + u": not in a menu and without a shortcut"_s);
    }
    QVERIFY(window.action(u"preferences"_s));
    QVERIFY(!window.action(u"preferences"_s)->shortcut().isEmpty());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestAccessibility::panelsAndControlsHaveAccessibleNames()
{
    QFETCH(QString, language);
    useLanguage(language);
    MainWindow window;
    QStringList problems;
    for (const char *name : {"ArticlesDock", "FactsDock", "FactMatrixView", "Legend", "FindBar"}) {
        auto *widget = window.findChild<QWidget *>(QLatin1String(name));
        if (!widget)
            problems.append(QLatin1String(name) + u": not found"_s);
        else if (widget->accessibleName().isEmpty())
            problems.append(QLatin1String(name) + u": no accessible name"_s);
    }
    // Controls without a visible text of their own: lists, tables, fields, combo boxes, icon buttons.
    // The reader's own widgets (ReaderView and its panes) are checked in tst_reader.
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        bool inReader = false;
        for (QWidget *up = widget; up; up = up->parentWidget())
            inReader = inReader || qobject_cast<ReaderView *>(up);
        if (inReader)
            continue;
        const bool needsName = qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QLineEdit *>(widget)
                               || qobject_cast<QComboBox *>(widget)
                               || (qobject_cast<QAbstractButton *>(widget)
                                   && qobject_cast<QAbstractButton *>(widget)->text().isEmpty());
        // Popups (a combo box's list) belong to their own window.
        const bool part = isPartOfComposite(widget) || widget->window() != &window;
        if (needsName && !part && widget->accessibleName().isEmpty())
            problems.append(QString::fromLatin1(widget->metaObject()->className()) + u" in "_s
                            + QString::fromLatin1(widget->parentWidget()->metaObject()->className())
                            + u": no accessible name"_s);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestAccessibility::preferencesControlsAreLabelled()
{
    QFETCH(QString, language);
    useLanguage(language);
    PreferencesDialog dialog(AppSettings{});
    QStringList problems;
    QHash<QChar, QString> used;
    for (QWidget *widget : dialog.findChildren<QWidget *>()) {
        if (isPartOfComposite(widget) || widget->window() != &dialog)
            continue;
        if ((qobject_cast<QComboBox *>(widget) || qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractItemView *>(widget))
            && widget->accessibleName().isEmpty())
            problems.append(QString::fromLatin1(widget->metaObject()->className()) + u": no accessible name"_s);
    }
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        const QChar key = mnemonic(label->text());
        if (key.isNull())
            continue;
        if (!label->buddy())
            problems.append(label->text() + u": mnemonic without a buddy"_s);
        if (used.contains(key))
            problems.append(label->text() + u": mnemonic also used by "_s + used.value(key));
        used.insert(key, label->text());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestAccessibility::statusIsNotColourAlone()
{
    // Two reports of one vote that disagree on a figure: the matrix marks the conflict with a symbol.
    QList<Article> articles;
    const QByteArray texts[] = {
        "Harbour vote\n\nThe town council of Eastmere approved the new harbour wall on Tuesday. "
        "The wall will cost 4.2 million euros, the council said. Work starts in the spring.\n",
        "Eastmere backs harbour wall\n\nEastmere's council voted for the new harbour wall on Tuesday. "
        "The wall will cost 5.1 million euros, according to the council. Work starts in the spring.\n"};
    int n = 0;
    for (const QByteArray &text : texts) {
        ImportResult result = importSource(ImportSource{text, u"outlet%1.txt"_s.arg(++n), FormatHint::PlainText});
        QVERIFY2(result, result ? "" : qPrintable(result.error().message()));
        articles.append(result.value());
    }
    const Analysis analysis = analyseStory(articles);
    FactMatrix matrix;
    matrix.setFacts(analysis.facts, {u"One"_s, u"Two"_s});
    QAbstractItemModel *model = matrix.view()->model();
    QStringList cells;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            if (!index.data(FactModel::MentionSpansRole).isValid())
                continue;
            const QString text = index.data().toString();
            cells.append(text);
            QVERIFY2(QRegularExpression(u"^[✓≠◆~] "_s).match(text).hasMatch(), qPrintable(text));
            QVERIFY(!index.data(Qt::AccessibleDescriptionRole).toString().isEmpty());
        }
    }
    QVERIFY2(cells.contains(u"≠ 4.2 million euros"_s), qPrintable(cells.join(u" | "_s)));
    QVERIFY2(cells.contains(u"≠ 5.1 million euros"_s), qPrintable(cells.join(u" | "_s)));

    ArticleModel articleModel;
    ReaderView reader(&articleModel);
    Legend legend(&reader);
    const QStringList labels = legend.labels();
    for (const QString &symbol : {u"✓"_s, u"≠"_s, u"◆"_s, u"~"_s})
        QVERIFY2(std::any_of(labels.begin(), labels.end(), [&](const QString &label) { return label.startsWith(symbol); }),
                 qPrintable(labels.join(u", "_s)));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
