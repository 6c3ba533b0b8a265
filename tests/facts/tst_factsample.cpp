// SPDX-License-Identifier: GPL-3.0-or-later
// The fact engine on the labelled sample story (resources/sample/findings.json): every planted
// conflict is found with all its mentions, every same-value-different-format agreement is an
// agreement, the price tiers share a topic without a conflict, quote variants are grouped with
// their differences, and no non-fact or boilerplate figure becomes a fact.
#include "alignment.h"
#include "facts.h"
#include "importer.h"
#include "segmentation.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Crossread;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Story {
    QList<Article> articles;
    QStringList files;
    QList<Segmentation> segmentations;
    Alignment alignment;
    FactTable table;
    QJsonObject findings;
};

QString dump(const FactTable &table, const QStringList &files)
{
    QString out;
    for (const FactSlot &slot : table.slots) {
        out += QStringLiteral("#%1 topic %2 %3 %4 '%5'%6\n")
                   .arg(slot.id).arg(slot.topic).arg(factKindName(slot.kind), slotStatusName(slot.status), slot.label,
                                                     slot.quoteVariant ? QStringLiteral(" variant") : QString());
        for (const Mention &mention : slot.mentions) {
            out += QStringLiteral("    %1: '%2' = %3 %4\n")
                       .arg(files.value(mention.article.value()), mention.surface, mention.value.toString(),
                            mention.differences.join(QStringLiteral("; ")));
        }
    }
    return out;
}

} // namespace

class TestFactSample : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void conflicts_data();
    void conflicts();
    void agreements_data();
    void agreements();
    void tiersShareATopic();
    void quoteVariants_data();
    void quoteVariants();
    void nonFacts_data();
    void nonFacts();
    void noOtherConflicts();
    void json();

private:
    int articleOf(const QString &file) const { return int(m_story.files.indexOf(file)); }
    /// The slot holding a mention whose span overlaps the labelled text in that file.
    const FactSlot *slotFor(const QString &file, const QString &text, FactKind kind, const Mention **found = nullptr) const;
    QJsonArray section(const char *name) const { return m_story.findings.value(QLatin1StringView(name)).toArray(); }

    Story m_story;
};

void TestFactSample::initTestCase()
{
    const QDir dir(QStringLiteral(CROSSREAD_SAMPLE_DIR));
    QFile story(dir.filePath(u"story.json"_s));
    QVERIFY(story.open(QIODevice::ReadOnly));
    const QJsonArray files = QJsonDocument::fromJson(story.readAll()).object().value(u"articles"_s).toArray();
    QVERIFY(!files.isEmpty());
    for (const QJsonValue &file : files) {
        ImportResult result = importFile(dir.filePath(file.toString()));
        QVERIFY2(result.hasValue(), qPrintable(file.toString()));
        m_story.articles.append(result.value());
        m_story.files.append(file.toString());
    }
    for (const Article &article : std::as_const(m_story.articles))
        m_story.segmentations.append(segment(article));
    m_story.alignment = alignStory(m_story.articles, m_story.segmentations);
    m_story.table = compareFacts(m_story.articles, m_story.segmentations, m_story.alignment);
    QFile findings(dir.filePath(u"findings.json"_s));
    QVERIFY(findings.open(QIODevice::ReadOnly));
    m_story.findings = QJsonDocument::fromJson(findings.readAll()).object();
    if (qEnvironmentVariableIsSet("CROSSREAD_DUMP_FACTS"))
        qInfo().noquote() << dump(m_story.table, m_story.files);
    if (qEnvironmentVariableIsSet("CROSSREAD_DUMP_PARAGRAPHS")) {
        for (const Article &article : std::as_const(m_story.articles)) {
            for (const Paragraph &paragraph : article.paragraphs)
                qInfo().noquote() << int(paragraph.boilerplate) << paragraph.span.in(article.text).left(120);
        }
    }
}

const FactSlot *TestFactSample::slotFor(const QString &file, const QString &text, FactKind kind, const Mention **found) const
{
    const int article = articleOf(file);
    if (article < 0)
        return nullptr;
    const QString &articleText = m_story.articles.at(article).text;
    const qsizetype at = articleText.indexOf(text);
    if (at < 0)
        return nullptr;
    const TextSpan labelled{at, at + text.size()};
    for (const FactSlot &slot : m_story.table.slots) {
        if (slot.kind != kind)
            continue;
        for (const Mention &mention : slot.mentions) {
            if (mention.article.value() == article && mention.span.intersects(labelled)) {
                if (found)
                    *found = &mention;
                return &slot;
            }
        }
    }
    return nullptr;
}

namespace {
FactKind kindOf(const QString &name)
{
    for (FactKind kind : {FactKind::Money, FactKind::Number, FactKind::Percent, FactKind::Date, FactKind::Quote}) {
        if (factKindName(kind) == name)
            return kind;
    }
    return FactKind::Quote;
}
} // namespace

void TestFactSample::conflicts_data()
{
    QTest::addColumn<QJsonObject>("finding");
    for (const QJsonValue &value : section("conflicts"))
        QTest::newRow(qPrintable(value.toObject().value(u"id"_s).toString())) << value.toObject();
}

void TestFactSample::conflicts()
{
    QFETCH(QJsonObject, finding);
    const FactKind kind = kindOf(finding.value(u"kind"_s).toString());
    const FactSlot *first = nullptr;
    for (const QJsonValue &value : finding.value(u"mentions"_s).toArray()) {
        const QJsonObject mention = value.toObject();
        const FactSlot *slot = slotFor(mention.value(u"file"_s).toString(), mention.value(u"text"_s).toString(), kind);
        QVERIFY2(slot, qPrintable(mention.value(u"text"_s).toString() + u" in "_s + mention.value(u"file"_s).toString()
                                  + u"\n"_s + dump(m_story.table, m_story.files)));
        if (!first)
            first = slot;
        QVERIFY2(slot == first, qPrintable(dump(m_story.table, m_story.files)));
    }
    QCOMPARE(first->status, SlotStatus::Conflict);
}

void TestFactSample::agreements_data()
{
    QTest::addColumn<QJsonObject>("finding");
    for (const QJsonValue &value : section("agreements"))
        QTest::newRow(qPrintable(value.toObject().value(u"id"_s).toString())) << value.toObject();
}

void TestFactSample::agreements()
{
    QFETCH(QJsonObject, finding);
    const FactKind kind = kindOf(finding.value(u"kind"_s).toString());
    const FactSlot *first = nullptr;
    for (const QJsonValue &value : finding.value(u"mentions"_s).toArray()) {
        const QJsonObject mention = value.toObject();
        const Mention *found = nullptr;
        const FactSlot *slot = slotFor(mention.value(u"file"_s).toString(), mention.value(u"text"_s).toString(), kind, &found);
        QVERIFY2(slot, qPrintable(mention.value(u"text"_s).toString() + u" in "_s + mention.value(u"file"_s).toString()));
        if (!first)
            first = slot;
        QVERIFY2(slot == first, qPrintable(dump(m_story.table, m_story.files)));
    }
    QCOMPARE(first->status, SlotStatus::Agree);
}

void TestFactSample::tiersShareATopic()
{
    for (const QJsonValue &value : section("topics")) {
        QSet<int> topics;
        QSet<int> slots;
        for (const QJsonValue &slotId : value.toObject().value(u"slots"_s).toArray()) {
            for (const QJsonValue &agreement : section("agreements")) {
                if (agreement.toObject().value(u"id"_s) != slotId)
                    continue;
                const QJsonObject mention = agreement.toObject().value(u"mentions"_s).toArray().first().toObject();
                const FactSlot *slot = slotFor(mention.value(u"file"_s).toString(), mention.value(u"text"_s).toString(), FactKind::Money);
                QVERIFY(slot);
                QVERIFY(slot->status != SlotStatus::Conflict);
                topics.insert(slot->topic);
                slots.insert(slot->id);
            }
        }
        QCOMPARE(slots.size(), value.toObject().value(u"slots"_s).toArray().size());
        QVERIFY2(topics.size() == 1, qPrintable(dump(m_story.table, m_story.files)));
    }
}

void TestFactSample::quoteVariants_data()
{
    QTest::addColumn<QJsonObject>("finding");
    for (const QJsonValue &value : section("quote_variants"))
        QTest::newRow(qPrintable(value.toObject().value(u"speaker"_s).toString())) << value.toObject();
}

void TestFactSample::quoteVariants()
{
    QFETCH(QJsonObject, finding);
    const FactSlot *first = nullptr;
    for (const QJsonValue &value : finding.value(u"mentions"_s).toArray()) {
        const QJsonObject mention = value.toObject();
        const FactSlot *slot = slotFor(mention.value(u"file"_s).toString(), mention.value(u"text"_s).toString(), FactKind::Quote);
        QVERIFY2(slot, qPrintable(mention.value(u"text"_s).toString() + u"\n"_s + dump(m_story.table, m_story.files)));
        if (!first)
            first = slot;
        QVERIFY2(slot == first, qPrintable(dump(m_story.table, m_story.files)));
    }
    QCOMPARE(first->quoteVariant, !finding.value(u"identical_wording"_s).toBool());
    QCOMPARE(first->status, SlotStatus::Agree);
    QVERIFY2(first->label.contains(finding.value(u"speaker"_s).toString()), qPrintable(first->label));
}

void TestFactSample::nonFacts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("text");
    for (const char *name : {"non_facts", "boilerplate_facts"}) {
        for (const QJsonValue &value : section(name)) {
            const QJsonObject object = value.toObject();
            QTest::addRow("%s: %s", qPrintable(object.value(u"file"_s).toString()), qPrintable(object.value(u"text"_s).toString()))
                << object.value(u"file"_s).toString() << object.value(u"text"_s).toString();
        }
    }
}

void TestFactSample::nonFacts()
{
    QFETCH(QString, file);
    QFETCH(QString, text);
    const int article = articleOf(file);
    QVERIFY(article >= 0);
    const QString &articleText = m_story.articles.at(article).text;
    // Every occurrence of the text: none may be part of a figure or date.
    for (qsizetype at = articleText.indexOf(text); at >= 0; at = articleText.indexOf(text, at + 1)) {
        const TextSpan labelled{at, at + text.size()};
        for (const FactSlot &slot : m_story.table.slots) {
            if (slot.kind == FactKind::Quote)
                continue;
            for (const Mention &mention : slot.mentions)
                QVERIFY2(mention.article.value() != article || !mention.span.intersects(labelled), qPrintable(mention.surface));
        }
    }
}

void TestFactSample::noOtherConflicts()
{
    QSet<int> planted;
    for (const QJsonValue &value : section("conflicts")) {
        const QJsonObject finding = value.toObject();
        const QJsonObject mention = finding.value(u"mentions"_s).toArray().first().toObject();
        const FactSlot *slot = slotFor(mention.value(u"file"_s).toString(), mention.value(u"text"_s).toString(),
                                       kindOf(finding.value(u"kind"_s).toString()));
        if (slot)
            planted.insert(slot->id);
    }
    for (const FactSlot &slot : m_story.table.slots) {
        if (slot.status == SlotStatus::Conflict)
            QVERIFY2(planted.contains(slot.id), qPrintable(u"false alarm:\n"_s + dump({{slot}, {}}, m_story.files)));
    }
}

void TestFactSample::json()
{
    QList<CodePointMap> maps;
    for (const Article &article : std::as_const(m_story.articles))
        maps.append(CodePointMap(article.text));
    const QJsonArray facts = factsToJson(m_story.table, maps);
    QCOMPARE(facts.size(), m_story.table.slots.size());
    for (const QJsonValue &value : facts) {
        const QJsonObject fact = value.toObject();
        const QString kind = fact.value(u"kind"_s).toString();
        for (const QJsonValue &m : fact.value(u"mentions"_s).toArray()) {
            const QJsonObject mention = m.toObject();
            const QString &text = m_story.articles.at(mention.value(u"article"_s).toInt()).text;
            const CodePointMap &map = maps.at(mention.value(u"article"_s).toInt());
            const qsizetype start = map.toUtf16(mention.value(u"start"_s).toInteger());
            const qsizetype end = map.toUtf16(mention.value(u"end"_s).toInteger());
            QCOMPARE(mention.value(u"text"_s).toString(), text.mid(start, end - start));
            QCOMPARE(mention.contains(u"differences"_s), kind == u"quote"_s);
        }
        QCOMPARE(fact.contains(u"variant"_s), kind == u"quote"_s);
    }
}

QTEST_GUILESS_MAIN(TestFactSample)
#include "tst_factsample.moc"
