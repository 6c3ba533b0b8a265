// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogs in translations/ are complete, clean and in step with the sources: no unfinished
// or obsolete entries, every plural form filled, placeholders, markup and mnemonics kept, and
// lupdate finds no string in app/ or ui/ that a catalog lacks. The English catalog holds the
// plural messages only (lupdate -pluralonly) and is held to the same rules.
#include "tscatalog.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString catalogPath(const QString &language)
{
    return QStringLiteral(CROSSREAD_TS_DIR "/crossread_") + language + u".ts"_s;
}

QString describe(const TsMessage &message)
{
    return u"[%1] \"%2\""_s.arg(message.context, message.source.left(70));
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(?:[1-9]|n|L[1-9])"_s);
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.append(match.captured());
    return sorted(found);
}

QStringList tags(const QString &text)
{
    static const QRegularExpression pattern(u"</?[a-zA-Z][a-zA-Z0-9]*\\b[^>]*>"_s);
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.append(match.captured());
    return sorted(found);
}

/// Mnemonic markers: '&' before a letter or digit, not "&&" and not an entity like "&nbsp;".
int mnemonics(const QString &text)
{
    static const QRegularExpression pattern(u"(?<!&)&(?!&)(?![a-zA-Z]+;)\\w"_s, QRegularExpression::UseUnicodePropertiesOption);
    int count = 0;
    for (auto it = pattern.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void complete_data();
    void complete();
    void keepsPlaceholdersMarkupAndMnemonics_data() { complete_data(); }
    void keepsPlaceholdersMarkupAndMnemonics();
    void inStepWithSources_data() { complete_data(); }
    void inStepWithSources();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("pluralOnly");
    const QStringList languages = QStringLiteral(CROSSREAD_LANGUAGES).split(u' ', Qt::SkipEmptyParts);
    QVERIFY(!languages.isEmpty());
    for (const QString &language : languages)
        QTest::newRow(qPrintable(language)) << language << false;
    QTest::newRow("en (plural forms)") << u"en"_s << true;
}

void TestTranslations::complete()
{
    QFETCH(QString, language);
    QFETCH(bool, pluralOnly);
    const TsCatalog catalog = readTsCatalog(catalogPath(language));
    QVERIFY2(catalog.error.isEmpty(), qPrintable(catalog.error));
    QVERIFY2(catalog.language.startsWith(language), qPrintable(u"language attribute is "_s + catalog.language));
    QVERIFY(catalog.messages.size() > (pluralOnly ? 10 : 100));
    // English, German, French and Spanish have two plural forms in Qt's rules.
    constexpr int pluralForms = 2;
    QStringList problems;
    QSet<QString> keys;
    for (const TsMessage &message : catalog.messages) {
        if (pluralOnly && !message.numerus)
            problems.append(u"not a plural message: "_s + describe(message));
        if (!message.type.isEmpty())
            problems.append(message.type + u": "_s + describe(message));
        if (keys.contains(message.key()))
            problems.append(u"twice: "_s + describe(message));
        keys.insert(message.key());
        if (message.numerus && message.translations.size() != pluralForms)
            problems.append(u"%1 plural forms instead of %2: "_s.arg(message.translations.size()).arg(pluralForms)
                            + describe(message));
        if (message.translations.isEmpty())
            problems.append(u"no translation: "_s + describe(message));
        for (const QString &translation : message.translations) {
            if (translation.trimmed().isEmpty())
                problems.append(u"empty translation: "_s + describe(message));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::keepsPlaceholdersMarkupAndMnemonics()
{
    QFETCH(QString, language);
    const TsCatalog catalog = readTsCatalog(catalogPath(language));
    QVERIFY2(catalog.error.isEmpty(), qPrintable(catalog.error));
    QStringList problems;
    for (const TsMessage &message : catalog.messages) {
        if (!message.type.isEmpty())
            continue;   // complete() reports it; an empty translation has nothing to compare
        for (const QString &translation : message.translations) {
            if (placeholders(translation) != placeholders(message.source))
                problems.append(u"placeholders %1 instead of %2: "_s.arg(placeholders(translation).join(u','),
                                                                      placeholders(message.source).join(u','))
                                + describe(message));
            if (tags(translation) != tags(message.source))
                problems.append(u"markup differs: "_s + describe(message));
            if (mnemonics(translation) != std::min(mnemonics(message.source), 1))
                problems.append(u"%1 mnemonics instead of %2: "_s.arg(mnemonics(translation)).arg(mnemonics(message.source))
                                + describe(message));
            if (message.source.endsWith(u'…') != translation.endsWith(u'…'))
                problems.append(u"ellipsis added or lost: "_s + describe(message));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

// lupdate runs over the sources exactly as `cmake --build <dir> --target update_translations`
// does, into a scratch copy of the catalog; the copy must hold the same messages.
void TestTranslations::inStepWithSources()
{
    QFETCH(QString, language);
    QFETCH(bool, pluralOnly);
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString copy = scratch.filePath(u"crossread_"_s + language + u".ts"_s);
    QVERIFY(QFile::copy(catalogPath(language), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QStringList arguments{u"-project"_s, QStringLiteral(CROSSREAD_LUPDATE_PROJECT)};
    arguments += QStringLiteral(CROSSREAD_LUPDATE_OPTIONS).split(u' ', Qt::SkipEmptyParts);
    if (pluralOnly)
        arguments += u"-pluralonly"_s;
    arguments += {u"-ts"_s, copy};
    QProcess lupdate;
    lupdate.start(QStringLiteral(CROSSREAD_LUPDATE), arguments);
    QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             qPrintable(QString::fromLocal8Bit(lupdate.readAllStandardError())));

    const TsCatalog before = readTsCatalog(catalogPath(language));
    const TsCatalog after = readTsCatalog(copy);
    QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
    QSet<QString> had;
    for (const TsMessage &message : before.messages)
        had.insert(message.key());
    QSet<QString> found;
    for (const TsMessage &message : after.messages) {
        if (message.type != u"obsolete" && message.type != u"vanished")
            found.insert(message.key());
    }
    QStringList missing = (found - had).values();
    QStringList stale = (had - found).values();
    missing.sort();
    stale.sort();
    QString report;
    if (!missing.isEmpty())
        report += u"In the sources but not in the catalog (run the update_translations target, then translate):\n  "_s
                  + missing.join(u"\n  "_s) + u'\n';
    if (!stale.isEmpty())
        report += u"In the catalog but no longer in the sources:\n  "_s + stale.join(u"\n  "_s) + u'\n';
    QVERIFY2(report.isEmpty(), qPrintable(report));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
