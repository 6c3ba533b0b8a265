// SPDX-License-Identifier: GPL-3.0-or-later
// The compiled catalogs are in the resources and translate what the program shows, including
// the engine's messages (whose tr() helpers must use the contexts lupdate filed them under).
#include "analysis/analysis.h"
#include "export/dataexport.h"
#include "import/importer.h"
#include "languages.h"
#include "review/session.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Crossread;
using namespace Qt::StringLiterals;

class TestCatalogs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void translatesKnownStrings_data();
    void translatesKnownStrings();
    void translatesEngineMessages_data();
    void translatesEngineMessages();
    void translatesSessionAndReportText_data();
    void translatesSessionAndReportText();
    void pluralForms_data();
    void pluralForms();
    void englishPluralForms_data();
    void englishPluralForms();
    void systemLanguage_data();
    void systemLanguage();
    void installsOwnAndQtCatalogs();
};

void TestCatalogs::translatesKnownStrings_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    const QString mainWindow = u"Crossread::MainWindow"_s;
    QTest::newRow("de File") << u"de"_s << mainWindow << u"&File"_s << u"&Datei"_s;
    QTest::newRow("fr File") << u"fr"_s << mainWindow << u"&File"_s << u"&Fichier"_s;
    QTest::newRow("es File") << u"es"_s << mainWindow << u"&File"_s << u"&Archivo"_s;
    QTest::newRow("de View") << u"de"_s << mainWindow << u"&View"_s << u"&Ansicht"_s;
    QTest::newRow("fr Help") << u"fr"_s << mainWindow << u"&Help"_s << u"&Aide"_s;
    QTest::newRow("es Edit") << u"es"_s << mainWindow << u"&Edit"_s << u"&Editar"_s;
    QTest::newRow("de legend") << u"de"_s << u"Crossread::Legend"_s << u"figures conflict"_s << u"Zahlen uneins"_s;
    QTest::newRow("fr theme") << u"fr"_s << u"Crossread::AppSettings"_s << u"&Dark"_s << u"&Sombre"_s;
    QTest::newRow("es matrix") << u"es"_s << u"Crossread::FactMatrix"_s << u"Fact matrix"_s << u"Matriz de datos"_s;
}

void TestCatalogs::translatesKnownStrings()
{
    QFETCH(QString, language);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QTranslator translator;
    QVERIFY2(translator.load(u":/i18n/crossread_"_s + language + u".qm"_s), "catalog missing from the resources");
    QCOMPARE(translator.language().left(2), language);
    QCOMPARE(translator.translate(context.toUtf8().constData(), source.toUtf8().constData()), expected);
}

void TestCatalogs::translatesEngineMessages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("missingFile");
    QTest::addColumn<QString>("noText");
    QTest::addColumn<QString>("noArticles");
    QTest::newRow("de") << u"de"_s << u"die Datei existiert nicht"_s << u"die Seite enthält keinen Artikeltext"_s
                        << u"Es gibt keine Artikel zum Vergleichen."_s;
    QTest::newRow("fr") << u"fr"_s << u"le fichier n’existe pas"_s << u"la page ne contient aucun texte d’article"_s
                        << u"Il n’y a aucun article à comparer."_s;
    QTest::newRow("es") << u"es"_s << u"el archivo no existe"_s << u"la página no contiene texto de artículo"_s
                        << u"No hay artículos que comparar."_s;
}

void TestCatalogs::translatesEngineMessages()
{
    QFETCH(QString, language);
    QFETCH(QString, missingFile);
    QFETCH(QString, noText);
    QFETCH(QString, noArticles);
    QTranslator translator;
    QVERIFY(translator.load(u":/i18n/crossread_"_s + language + u".qm"_s));
    QVERIFY(QCoreApplication::installTranslator(&translator));

    const ImportResult missing = importFile(u"/nonexistent/crossread/story.txt"_s);
    QVERIFY(!missing);
    QVERIFY2(missing.error().message().contains(missingFile), qPrintable(missing.error().message()));
    // The HTML importer's own messages (context Crossread::Import, from its class).
    const ImportResult blank = importSource(ImportSource{"<html><body><nav><a href=\"/\">Home</a></nav></body></html>",
                                                         u"page.html"_s, FormatHint::Html});
    QVERIFY(!blank);
    QVERIFY2(blank.error().message().contains(noText), qPrintable(blank.error().message()));
    const Analysis none = analyseStory({});
    QVERIFY2(translatedTexts(none.messages).contains(noArticles), qPrintable(translatedTexts(none.messages).join(u" | "_s)));
    QCoreApplication::removeTranslator(&translator);
}

// The session and export code's strings are found at run time under the context lupdate filed
// them under ("Crossread::Session", "Crossread::Export"): engine messages and report headings
// come out in the reader's language.
void TestCatalogs::translatesSessionAndReportText_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("notASession");
    QTest::addColumn<QString>("summary");
    QTest::newRow("de") << u"de"_s << u"dies ist keine Crossread-Sitzung (keine SQLite-Datenbank)"_s << u"## Zusammenfassung"_s;
    QTest::newRow("fr") << u"fr"_s << u"ce n’est pas une session Crossread (pas une base SQLite)"_s << u"## Résumé"_s;
    QTest::newRow("es") << u"es"_s << u"no es una sesión de Crossread (no es una base de datos SQLite)"_s << u"## Resumen"_s;
}

void TestCatalogs::translatesSessionAndReportText()
{
    QFETCH(QString, language);
    QFETCH(QString, notASession);
    QFETCH(QString, summary);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"notes.crossread"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();

    QTranslator translator;
    QVERIFY(translator.load(u":/i18n/crossread_"_s + language + u".qm"_s));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const auto session = readSession(path);
    const QString markdown = markdownReport(SessionData{}, Analysis{}, ReportOptions{});
    QCoreApplication::removeTranslator(&translator);

    QVERIFY(!session);
    QCOMPARE(session.error().kind, SessionError::Kind::NotASession);
    QVERIFY2(session.error().message().contains(notASession), qPrintable(session.error().message()));
    QVERIFY2(markdown.contains(summary), qPrintable(markdown.left(300)));
}

void TestCatalogs::pluralForms_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    QTest::newRow("de 1") << u"de"_s << 1 << u"1 Artikel importiert."_s;
    QTest::newRow("de 3") << u"de"_s << 3 << u"3 Artikel importiert."_s;
    QTest::newRow("fr 0") << u"fr"_s << 0 << u"0 article importé."_s;   // French: 0 takes the singular
    QTest::newRow("fr 2") << u"fr"_s << 2 << u"2 articles importés."_s;
    QTest::newRow("es 1") << u"es"_s << 1 << u"1 artículo importado."_s;
    QTest::newRow("es 4") << u"es"_s << 4 << u"4 artículos importados."_s;
    QTest::newRow("en 1") << u"en"_s << 1 << u"1 article imported."_s;
    QTest::newRow("en 0") << u"en"_s << 0 << u"0 articles imported."_s;   // English: 0 takes the plural
}

void TestCatalogs::pluralForms()
{
    QFETCH(QString, language);
    QFETCH(int, count);
    QFETCH(QString, expected);
    QTranslator translator;
    QVERIFY(translator.load(u":/i18n/crossread_"_s + language + u".qm"_s));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const QString text = QCoreApplication::translate("Crossread::FileActions", "%n article(s) imported.", nullptr, count);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(text, expected);
}

// An English interface loads the plural-only catalog, so "%n claim(s)" reads as English.
void TestCatalogs::englishPluralForms_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("expected");
    const QString recovery = u"Crossread::RecoveryDialog"_s;
    QTest::newRow("1 claim") << recovery << u"%n claim(s)"_s << 1 << u"1 claim"_s;
    QTest::newRow("2 claims") << recovery << u"%n claim(s)"_s << 2 << u"2 claims"_s;
    QTest::newRow("1 annotation") << recovery << u"%n annotation(s)"_s << 1 << u"1 annotation"_s;
    QTest::newRow("7 annotations") << recovery << u"%n annotation(s)"_s << 7 << u"7 annotations"_s;
    QTest::newRow("claims reviewed") << u"Crossread::ClaimsPanel"_s << u"%1 of %n claim(s) reviewed"_s << 1
                                     << u"%1 of 1 claim reviewed"_s;
    QTest::newRow("passages in both") << u"Crossread::ConnectorBand"_s << u"%n passage(s) in both"_s << 3
                                      << u"3 passages in both"_s;
    QTest::newRow("1 match") << u"Crossread::FindBar"_s << u"%n match(es)"_s << 1 << u"1 match"_s;
    QTest::newRow("2 matches") << u"Crossread::FindBar"_s << u"%n match(es)"_s << 2 << u"2 matches"_s;
}

void TestCatalogs::englishPluralForms()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(int, count);
    QFETCH(QString, expected);
    QCOMPARE(installTranslators(u"en"_s), QString());
    const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>();
    const QString text = QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData(),
                                                     nullptr, count);
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    QCOMPARE(translators.size(), 1);
    QCOMPARE(text, expected);
}

void TestCatalogs::systemLanguage_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("German desktop") << u"system"_s << u"de_AT"_s << u"de"_s;
    QTest::newRow("French desktop") << u"system"_s << u"fr_CA"_s << u"fr"_s;
    QTest::newRow("English desktop") << u"system"_s << u"en_GB"_s << QString();
    QTest::newRow("no catalog: English") << u"system"_s << u"ja_JP"_s << QString();
    QTest::newRow("chosen over desktop") << u"es"_s << u"de_DE"_s << u"es"_s;
    QTest::newRow("English chosen") << u"en"_s << u"de_DE"_s << QString();
    QTest::newRow("unknown setting") << u"xx"_s << u"fr_FR"_s << u"fr"_s;
}

void TestCatalogs::systemLanguage()
{
    QFETCH(QString, setting);
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    const QLocale saved;
    QLocale::setDefault(QLocale(locale));
    const QString language = catalogLanguage(setting);
    QLocale::setDefault(saved);
    QCOMPARE(language, expected);
}

void TestCatalogs::installsOwnAndQtCatalogs()
{
    QCOMPARE(installTranslators(u"de"_s), u"de"_s);
    QCOMPARE(QCoreApplication::translate("Crossread::MainWindow", "&File"), u"&Datei"_s);
    const bool haveQtCatalog = QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_de.qm"_s);
    if (haveQtCatalog)
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
    const auto translators = QCoreApplication::instance()->findChildren<QTranslator *>();
    QCOMPARE(translators.size(), haveQtCatalog ? 2 : 1);
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    // English: only the catalog of English plural forms; Qt's own strings are English already.
    QCOMPARE(installTranslators(u"en"_s), QString());
    const auto english = QCoreApplication::instance()->findChildren<QTranslator *>();
    QCOMPARE(english.size(), 1);
    QCOMPARE(english.constFirst()->language().left(2), u"en"_s);
    QCOMPARE(QCoreApplication::translate("Crossread::MainWindow", "&File"), u"&File"_s);
    for (QTranslator *translator : english) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    if (!haveQtCatalog)
        QSKIP("Qt's own catalog qtbase_de.qm is not installed (Debian: qt6-translations-l10n)");
}

QTEST_GUILESS_MAIN(TestCatalogs)
#include "tst_catalogs.moc"
