// SPDX-License-Identifier: GPL-3.0-or-later
// Phrase: the engine's untranslated texts, rendered in English for the JSON and translated for
// the views.
#include "core/phrase.h"

#include <QTest>
#include <QTranslator>

using namespace Crossread;
using namespace Qt::StringLiterals;

namespace {

/// A translator that knows one template, as a catalog would.
class OneWordTranslator : public QTranslator {
public:
    [[nodiscard]] bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (QByteArrayView(context) == "Test" && QByteArrayView(source) == "date of %1")
            return u"Datum von %1"_s;
        if (QByteArrayView(context) == "Test" && QByteArrayView(source) == "per month")
            return u"pro Monat"_s;
        return {};
    }
};

} // namespace

class TestPhrase : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void englishSubstitutesInOnePass();
    void translatedFollowsTheTranslator();
    void keysAndParts();
};

void TestPhrase::englishSubstitutesInOnePass()
{
    // An argument that holds "%2" is text, not a placeholder.
    const Phrase phrase("Test", "%1 for %2", {Phrase::literal(u"50%2"_s), Phrase::literal(u"x"_s)});
    QCOMPARE(phrase.english(), u"50%2 for x"_s);
    QCOMPARE(Phrase::literal(u"as is"_s).english(), u"as is"_s);
    QVERIFY(Phrase().isEmpty());
    QVERIFY(!phrase.isEmpty());
}

void TestPhrase::translatedFollowsTheTranslator()
{
    const Phrase label = Phrase::concatenation({Phrase("Test", "date of %1", {Phrase::literal(u"hearing"_s)}),
                                                Phrase::literal(u" "_s), Phrase("Test", "per month")});
    QCOMPARE(label.english(), u"date of hearing per month"_s);
    QCOMPARE(label.translated(), label.english());
    OneWordTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QCOMPARE(label.translated(), u"Datum von hearing pro Monat"_s);
    QCOMPARE(label.english(), u"date of hearing per month"_s);   // never follows the language
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(translatedTexts({label}), englishTexts({label}));
}

void TestPhrase::keysAndParts()
{
    const Phrase phrase("Test", "date of %1", {Phrase::literal(u"hearing"_s)});
    QCOMPARE(phrase.key(), u"date of %1"_s);
    QCOMPARE(phrase.context(), u"Test"_s);
    QCOMPARE(phrase.englishArguments(), QStringList{u"hearing"_s});
    QCOMPARE(phrase.shape(), Phrase::Shape::Template);
    QCOMPARE(Phrase::literal(u"x"_s).key(), QString());
    QCOMPARE(Phrase::concatenation({phrase}).parts().size(), 1);
    QVERIFY(phrase == Phrase("Test", "date of %1", {Phrase::literal(u"hearing"_s)}));
    QVERIFY(!(phrase == Phrase("Test", "date of %1", {Phrase::literal(u"vote"_s)})));
}

QTEST_GUILESS_MAIN(TestPhrase)
#include "tst_phrase.moc"
