// SPDX-License-Identifier: GPL-3.0-or-later
// Corrections of the analysis, from the core up: the pure function that applies them, their
// undo commands, their place in a session file (and in an older file without them), and
// their re-application to a new analysis of the same articles.
#include "analysis/analysis.h"
#include "export/correctedanalysis.h"
#include "json/analysisjson.h"
#include "json/factjson.h"
#include "export/dataexport.h"
#include "export/report.h"
#include "review/correction.h"
#include "review/review.h"
#include "review/session.h"
#include "review/sessiondata.h"
#include "common/testarticles.h"
#include "sessiontestdata.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace Crossread;
using namespace Crossread::Test;
using namespace Qt::Literals::StringLiterals;

namespace {

// A fictional story: a town's bridge repair as two outlets tell it.
const QString harbourPost = u"Bridge repair in Elmsford to cost $3.2 million\n\n"
                            "The repair of the Elmsford river bridge will cost $3.2 million, the town council said on Tuesday.\n\n"
                            "The council also set aside $450,000 for new street lighting on the bridge approach.\n\n"
                            "Work is expected to start in the spring and close the bridge to lorries for eight weeks.\n\n"
                            "Mayor Ilse Varga said the town had waited long enough for the repair."_s;
const QString dailyLedger = u"Elmsford bridge works budgeted at $2.9 million\n\n"
                            "Repairs to the Elmsford river bridge are budgeted at $2.9 million, according to council papers.\n\n"
                            "A separate lighting scheme for the approach road is priced at $0.45 million.\n\n"
                            "Lorries will be kept off the bridge for about two months once work starts in spring.\n\n"
                            "The town's cycling club asked for a wider path on the new deck."_s;

Article dated(const QString &outlet, const QString &text)
{
    Article article = hashedArticle(outlet, text);
    article.meta.published.date = QDate(2026, 3, 10);
    article.meta.published.precision = DatePrecision::Day;
    article.meta.sourceFile = outlet + u".txt"_s;
    return article;
}

QList<Article> story()
{
    return {dated(u"Harbour Post"_s, harbourPost), dated(u"Daily Ledger"_s, dailyLedger)};
}

/// The anchor of the mention of `article` whose text is `surface`; invalid when there is none.
Anchor mentionAnchor(const Analysis &analysis, int article, const QString &surface)
{
    for (const FactSlot &slot : analysis.facts.slots) {
        for (const Mention &mention : slot.mentions) {
            if (mention.article.value() == article && mention.surface == surface)
                return Anchor{analysis.articles.at(article).contentHash, mention.span, mention.surface};
        }
    }
    return {};
}

/// The slot holding the mention an anchor names, or nullptr.
const FactSlot *slotOf(const Analysis &analysis, const Anchor &anchor)
{
    for (const FactSlot &slot : analysis.facts.slots) {
        for (const Mention &mention : slot.mentions) {
            if (analysis.articles.at(mention.article.value()).contentHash == anchor.articleHash && mention.span == anchor.span)
                return &slot;
        }
    }
    return nullptr;
}

/// The anchor of the sentence of `article` that contains `words`.
Anchor sentenceAnchor(const Analysis &analysis, int article, const QString &words)
{
    const Article &text = analysis.articles.at(article);
    for (const Sentence &sentence : analysis.segmentations.at(article).sentences) {
        if (sentence.span.in(text.text).contains(words))
            return Anchor{text.contentHash, sentence.span, sentence.span.in(text.text).toString()};
    }
    return {};
}

int passageOf(const Analysis &analysis, const Anchor &sentence)
{
    for (const Passage &passage : analysis.alignment.passages) {
        for (const PassageMember &member : passage.members) {
            if (member.primary && analysis.articles.at(member.article.value()).contentHash == sentence.articleHash
                && member.span.start <= sentence.span.start && sentence.span.end <= member.span.end)
                return passage.id;
        }
    }
    return -1;
}

/// Fact tables compared through their JSON, which holds every field a reader sees.
QJsonArray factsOf(const Analysis &analysis)
{
    return factsToJson(analysis.facts, {});
}

Correction correction(CorrectionKind kind, const Anchor &target, const Anchor &other = {})
{
    static int next = 1;
    Correction c;
    c.id = next++;
    c.kind = kind;
    c.target = target;
    c.other = other;
    c.reviewer = u"Ana Ruiz"_s;
    return c;
}

/// FactTable's and Alignment's guarantees, which every corrected analysis must keep.
void checkInvariants(const Analysis &analysis)
{
    const FactTable &facts = analysis.facts;
    for (qsizetype i = 0; i < facts.slots.size(); ++i) {
        const FactSlot &slot = facts.slots.at(i);
        QCOMPARE(slot.id, int(i));
        QVERIFY(!slot.mentions.isEmpty());
        QVERIFY(slot.topic >= 0 && slot.topic < facts.topics.size());
        QVERIFY(facts.topics.at(slot.topic).slots.contains(slot.id));
    }
    for (qsizetype t = 0; t < facts.topics.size(); ++t) {
        QCOMPARE(facts.topics.at(t).id, int(t));
        QVERIFY(!facts.topics.at(t).slots.isEmpty());
    }
    const Alignment &alignment = analysis.alignment;
    for (qsizetype p = 0; p < alignment.passages.size(); ++p) {
        const Passage &passage = alignment.passages.at(p);
        QCOMPARE(passage.id, int(p));
        QVERIFY(!passage.members.isEmpty());
        for (const PassageMember &member : passage.members) {
            if (!member.primary)
                continue;
            for (qsizetype s = member.firstSentence; s < member.firstSentence + member.sentenceCount; ++s)
                QCOMPARE(alignment.passageOfSentence(member.article, s), int(p));
        }
    }
}

} // namespace

class TestCorrection : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mergeRows();
    void splitMention();
    void slotEdits_data();
    void slotEdits();
    void topics();
    void joinAndSplitPassages();
    void staleCorrectionsAreListed();
    void reappliedAfterReanalysis();
    void undoRedo();
    void sessionRoundTrip();
    void olderSessionOpens();
    void exportsShowCorrections();
    void exportJson_isTheSameInEveryLanguage();

private:
    Analysis m_engine;
};

void TestCorrection::initTestCase()
{
    m_engine = analyseStory(story());
    QVERIFY(!m_engine.facts.slots.isEmpty());
    QVERIFY(mentionAnchor(m_engine, 0, u"$450,000"_s).isValid());
    QVERIFY(mentionAnchor(m_engine, 1, u"$2.9 million"_s).isValid());
}

void TestCorrection::mergeRows()
{
    // Two rows the checker says are one figure: the lighting budget of one outlet and the
    // bridge budget of the other. Merged they disagree, so the row is a conflict.
    const Anchor lighting = mentionAnchor(m_engine, 0, u"$450,000"_s);
    const Anchor bridge = mentionAnchor(m_engine, 1, u"$2.9 million"_s);
    QVERIFY(slotOf(m_engine, lighting) != slotOf(m_engine, bridge));
    const Analysis corrected = applyCorrections(m_engine, {correction(CorrectionKind::MergeSlots, lighting, bridge)});
    checkInvariants(corrected);
    QCOMPARE(corrected.corrections.size(), 1);
    QVERIFY2(corrected.corrections.first().applied, qPrintable(corrected.corrections.first().reason.english()));
    const FactSlot *merged = slotOf(corrected, lighting);
    QVERIFY(merged);
    QCOMPARE(merged, slotOf(corrected, bridge));
    QCOMPARE(merged->status, SlotStatus::Conflict);
    QVERIFY(merged->corrected);
    QCOMPARE(merged->correctedBy, QStringList{u"Ana Ruiz"_s});
    QCOMPARE(corrected.facts.slots.size(), m_engine.facts.slots.size() - 1);
    QVERIFY(corrected.corrections.first().description.english().contains(u"$450,000"_s));
    QVERIFY(corrected.corrections.first().description.english().contains(u"Daily Ledger"_s));

    // Merging a row with itself changes nothing and says so.
    const Analysis same = applyCorrections(m_engine, {correction(CorrectionKind::MergeSlots, lighting, lighting)});
    QVERIFY(!same.corrections.first().applied);
    QCOMPARE(factsOf(same), factsOf(m_engine));
}

void TestCorrection::splitMention()
{
    // Merge, then split the other outlet's figure out again: two one-outlet rows.
    const Anchor lighting = mentionAnchor(m_engine, 0, u"$450,000"_s);
    const Anchor bridge = mentionAnchor(m_engine, 1, u"$2.9 million"_s);
    const Analysis corrected = applyCorrections(m_engine, {correction(CorrectionKind::MergeSlots, lighting, bridge),
                                                           correction(CorrectionKind::SplitMention, bridge)});
    checkInvariants(corrected);
    QVERIFY(corrected.corrections.at(1).applied);
    const FactSlot *left = slotOf(corrected, lighting);
    const FactSlot *split = slotOf(corrected, bridge);
    QVERIFY(left && split && left != split);
    QCOMPARE(split->mentions.size(), 1);
    QCOMPARE(split->status, SlotStatus::Unique);
    QVERIFY(split->corrected);
    QCOMPARE(corrected.facts.slots.size(), m_engine.facts.slots.size());

    // A mention alone in its row cannot be split out of it.
    const Analysis alone = applyCorrections(corrected, {correction(CorrectionKind::SplitMention, bridge)});
    QVERIFY(!alone.corrections.first().applied);
    QVERIFY(!alone.corrections.first().reason.isEmpty());
}

void TestCorrection::slotEdits_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("comparable");
    QTest::addColumn<bool>("conflict");

    QTest::newRow("rename") << int(CorrectionKind::RenameSlot) << u"Bridge repair budget"_s << -1 << true << true;
    QTest::newRow("not comparable") << int(CorrectionKind::NotComparable) << QString() << -1 << false << false;
    QTest::newRow("status by hand: conflict") << int(CorrectionKind::SetStatus) << QString() << int(SlotStatus::Conflict)
                                              << true << true;
    QTest::newRow("status by hand: agree") << int(CorrectionKind::SetStatus) << QString() << int(SlotStatus::Agree) << true
                                           << false;
}

void TestCorrection::slotEdits()
{
    QFETCH(int, kind);
    QFETCH(QString, label);
    QFETCH(int, status);
    QFETCH(bool, comparable);
    QFETCH(bool, conflict);

    // Start from the merged conflict, so "not comparable" has a conflict to silence.
    const Anchor lighting = mentionAnchor(m_engine, 0, u"$450,000"_s);
    const Anchor bridge = mentionAnchor(m_engine, 1, u"$2.9 million"_s);
    Correction edit = correction(CorrectionKind(kind), bridge);
    edit.label = label;
    if (status >= 0)
        edit.status = CorrectionStatus(status);
    edit.note = u"The council papers give both figures."_s;
    const Analysis corrected = applyCorrections(m_engine, {correction(CorrectionKind::MergeSlots, lighting, bridge), edit});
    checkInvariants(corrected);
    QVERIFY2(corrected.corrections.at(1).applied, qPrintable(corrected.corrections.at(1).reason.english()));
    const FactSlot *slot = slotOf(corrected, bridge);
    QVERIFY(slot);
    QCOMPARE(slot->comparable, comparable);
    QCOMPARE(slot->isConflict(), conflict);
    if (!label.isEmpty()) {
        QCOMPARE(slot->label.english(), label);
        QVERIFY(slot->isConflict());   // a new name changes nothing else
    }
    if (status >= 0) {
        QCOMPARE(int(slot->status), status);
        QCOMPARE(slot->note, edit.note);
    }
}

void TestCorrection::topics()
{
    const Anchor lighting = mentionAnchor(m_engine, 0, u"$450,000"_s);
    const Anchor bridge = mentionAnchor(m_engine, 0, u"$3.2 million"_s);
    QVERIFY(bridge.isValid());
    Analysis corrected = applyCorrections(m_engine, {correction(CorrectionKind::JoinTopic, lighting, bridge)});
    checkInvariants(corrected);
    const FactSlot *moved = slotOf(corrected, lighting);
    const FactSlot *host = slotOf(corrected, bridge);
    if (slotOf(m_engine, lighting)->topic == slotOf(m_engine, bridge)->topic) {
        QVERIFY(!corrected.corrections.first().applied);   // already together: nothing to do
    } else {
        QVERIFY(corrected.corrections.first().applied);
        QCOMPARE(moved->topic, host->topic);
        QVERIFY(moved->corrected);
    }
    // And out again: the row has a topic of its own, right after the one it left.
    corrected = applyCorrections(m_engine, {correction(CorrectionKind::JoinTopic, lighting, bridge),
                                            correction(CorrectionKind::LeaveTopic, lighting)});
    checkInvariants(corrected);
    QVERIFY(corrected.corrections.at(1).applied);
    QVERIFY(slotOf(corrected, lighting)->topic != slotOf(corrected, bridge)->topic);
    QCOMPARE(corrected.facts.topics.at(slotOf(corrected, lighting)->topic).slots.size(), 1);
    // Leaving a topic one is alone in is refused with a reason.
    const Analysis again = applyCorrections(corrected, {correction(CorrectionKind::LeaveTopic, lighting)});
    QVERIFY(!again.corrections.first().applied);
}

void TestCorrection::joinAndSplitPassages()
{
    // The closing sentences tell different things; the checker joins them, then splits again.
    const Anchor mayor = sentenceAnchor(m_engine, 0, u"Mayor Ilse Varga"_s);
    const Anchor club = sentenceAnchor(m_engine, 1, u"cycling club"_s);
    QVERIFY(mayor.isValid() && club.isValid());
    const int mayorPassage = passageOf(m_engine, mayor);
    const int clubPassage = passageOf(m_engine, club);
    QVERIFY(mayorPassage >= 0 && clubPassage >= 0);
    QVERIFY(mayorPassage != clubPassage);

    const Analysis joined = applyCorrections(m_engine, {correction(CorrectionKind::JoinPassages, mayor, club)});
    checkInvariants(joined);
    QVERIFY2(joined.corrections.first().applied, qPrintable(joined.corrections.first().reason.english()));
    QCOMPARE(joined.alignment.passages.size(), m_engine.alignment.passages.size() - 1);
    const int both = passageOf(joined, mayor);
    QCOMPARE(both, passageOf(joined, club));
    const Passage &passage = joined.alignment.passages.at(both);
    QCOMPARE(passage.members.size(), 2);
    QCOMPARE(passage.status, PassageStatus::Reworded);
    QVERIFY(passage.corrected);
    QCOMPARE(passage.correctedBy, QStringList{u"Ana Ruiz"_s});
    // The member that is not the reference carries a word diff against it.
    QVERIFY(!passage.members.at(1 - passage.reference).diff.isEmpty());

    const Analysis split = applyCorrections(joined, {correction(CorrectionKind::SplitPassage, club)});
    checkInvariants(split);
    QVERIFY(split.corrections.first().applied);
    QCOMPARE(split.alignment.passages.size(), m_engine.alignment.passages.size());
    QVERIFY(passageOf(split, mayor) != passageOf(split, club));
    QCOMPARE(split.alignment.passages.at(passageOf(split, club)).status, PassageStatus::Unique);

    // A passage only one outlet tells, split at its first sentence, stays as it is.
    const Analysis refused = applyCorrections(m_engine, {correction(CorrectionKind::SplitPassage, club)});
    if (m_engine.alignment.passages.at(clubPassage).members.size() == 1) {
        QVERIFY(!refused.corrections.first().applied);
        QCOMPARE(refused.alignment, m_engine.alignment);
    }
}

void TestCorrection::staleCorrectionsAreListed()
{
    // An anchor in an article that is no longer in the story, and one whose text is not there.
    Anchor gone{QByteArray(64, 'a'), TextSpan{10, 20}, u"$9 million"_s};
    Anchor moved = mentionAnchor(m_engine, 0, u"$450,000"_s);
    moved.quote = u"$451,000"_s;
    moved.span = TextSpan{0, 8};
    Correction rename = correction(CorrectionKind::RenameSlot, gone);
    rename.label = u"Old row"_s;
    const Analysis corrected = applyCorrections(m_engine, {rename, correction(CorrectionKind::SplitPassage, moved)});
    QCOMPARE(corrected.corrections.size(), 2);
    for (const AppliedCorrection &applied : corrected.corrections) {
        QVERIFY(!applied.applied);
        QVERIFY(!applied.reason.isEmpty());
        QVERIFY(!applied.description.isEmpty());
    }
    QCOMPARE(factsOf(corrected), factsOf(m_engine));
    QCOMPARE(corrected.alignment, m_engine.alignment);
}

void TestCorrection::reappliedAfterReanalysis()
{
    const Anchor lighting = mentionAnchor(m_engine, 0, u"$450,000"_s);
    const Anchor bridge = mentionAnchor(m_engine, 1, u"$2.9 million"_s);
    Correction rename = correction(CorrectionKind::RenameSlot, bridge);
    rename.label = u"Budget (council papers)"_s;
    const QList<Correction> corrections{correction(CorrectionKind::MergeSlots, lighting, bridge), rename};

    // A third outlet joins the story: every slot and passage number may change, the
    // corrections still find their figures by span and text.
    QList<Article> articles = story();
    articles.prepend(dated(u"Valley Courier"_s,
                                 u"Elmsford council approves bridge plan\n\n"
                                 "The council approved a plan for the river bridge on Tuesday evening.\n\n"
                                 "Councillor Piet Haas said eight weeks of closure would hurt the market traders."_s));
    const Analysis reanalysed = applyCorrections(analyseStory(articles), corrections);
    checkInvariants(reanalysed);
    for (const AppliedCorrection &applied : reanalysed.corrections)
        QVERIFY2(applied.applied, qPrintable(applied.reason.english()));
    const FactSlot *slot = slotOf(reanalysed, bridge);
    QVERIFY(slot);
    QCOMPARE(slot, slotOf(reanalysed, lighting));
    QCOMPARE(slot->label.english(), u"Budget (council papers)"_s);
    QVERIFY(slot->corrected);

    // Deterministic: the same corrections on the same engine result give the same analysis.
    QCOMPARE(factsOf(applyCorrections(m_engine, corrections)), factsOf(applyCorrections(m_engine, corrections)));
}

void TestCorrection::undoRedo()
{
    Review review;
    int signals = 0;
    connect(&review, &Review::correctionsChanged, this, [&signals] { ++signals; });
    const Anchor bridge = mentionAnchor(m_engine, 1, u"$2.9 million"_s);
    Correction c;
    c.kind = CorrectionKind::NotComparable;
    c.target = bridge;
    c.reviewer = u"Ana Ruiz"_s;
    const int id = review.addCorrection(c);
    QCOMPARE(review.corrections().size(), 1);
    QCOMPARE(review.corrections().first().id, id);
    QVERIFY(review.corrections().first().created.isValid());
    QVERIFY(review.state().reviewers.contains(u"Ana Ruiz"_s));
    QCOMPARE(review.undoStack()->undoText(), u"Mark Not Comparable"_s);
    review.undoStack()->undo();
    QVERIFY(review.corrections().isEmpty());
    review.undoStack()->redo();
    QCOMPARE(review.corrections().size(), 1);
    QCOMPARE(review.corrections().first().id, id);

    review.removeCorrection(id);
    QVERIFY(review.corrections().isEmpty());
    review.undoStack()->undo();
    QCOMPARE(review.corrections().first().target, bridge);
    QCOMPARE(signals, 5);
    // A new correction never takes a withdrawn one's id.
    QVERIFY(review.addCorrection(c) > id);
}

void TestCorrection::sessionRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SessionData data;
    data.title = u"Elmsford bridge"_s;
    data.articles = story();
    Correction merge = correction(CorrectionKind::MergeSlots, mentionAnchor(m_engine, 0, u"$450,000"_s),
                                  mentionAnchor(m_engine, 1, u"$2.9 million"_s));
    merge.created = QDateTime(QDate(2026, 3, 11), QTime(9, 30), Qt::UTC);
    Correction status = correction(CorrectionKind::SetStatus, mentionAnchor(m_engine, 1, u"$2.9 million"_s));
    status.status = CorrectionStatus::Conflict;
    status.note = u"Asked the council; both figures are in its papers."_s;
    status.reviewer = QString();
    status.created = merge.created.addSecs(60);
    data.review.corrections = {merge, status};
    data.review.nextCorrectionId = status.id + 1;
    const QString path = dir.filePath(u"bridge.crossread"_s);
    const auto written = writeSession(path, data);
    QVERIFY2(written, written ? "" : qPrintable(written.error().message()));
    const auto loaded = readSession(path);
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().message()));
    QCOMPARE(loaded->fileVersion, sessionSchemaVersion);
    QCOMPARE(loaded->data.review.corrections, data.review.corrections);
    QCOMPARE(loaded->data.review.nextCorrectionId, data.review.nextCorrectionId);
}

void TestCorrection::olderSessionOpens()
{
    // A version 1 file (before corrections): written now, then taken back to version 1 the way
    // the schema was then. It opens, upgraded in memory, with no corrections.
    QTemporaryDir dir;
    SessionData data;
    data.articles = story();
    const QString path = dir.filePath(u"old.crossread"_s);
    QVERIFY(writeSession(path, data));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"downgrade"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        for (const QString &statement : SessionTest::downgradeStatements(1))
            QVERIFY2(query.exec(statement), qPrintable(statement));
        query.clear();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"downgrade"_s);
    const auto loaded = readSession(path);
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().message()));
    QCOMPARE(loaded->fileVersion, 1);
    QVERIFY(!loaded->readOnly);
    QVERIFY(loaded->data.review.corrections.isEmpty());
    QCOMPARE(loaded->data.articles.size(), 2);
}

void TestCorrection::exportsShowCorrections()
{
    SessionData session;
    session.articles = story();
    const Anchor lighting = mentionAnchor(m_engine, 0, u"$450,000"_s);
    const Anchor bridge = mentionAnchor(m_engine, 1, u"$2.9 million"_s);
    Correction stale = correction(CorrectionKind::NotComparable, Anchor{session.articles.first().contentHash,
                                                                        TextSpan{0, 6}, u"Bridge"_s});
    session.review.corrections = {correction(CorrectionKind::MergeSlots, lighting, bridge), stale};
    const Analysis analysis = applyCorrections(m_engine, session.review.corrections);

    // JSON: fields added, none renamed.
    const QJsonObject json = analysisToJson(analysis);
    const QJsonArray corrections = json.value(u"corrections"_s).toArray();
    QCOMPARE(corrections.size(), 2);
    QCOMPARE(corrections.at(0).toObject().value(u"applied"_s).toBool(), true);
    QCOMPARE(corrections.at(1).toObject().value(u"applied"_s).toBool(), false);
    QVERIFY(!corrections.at(1).toObject().value(u"reason"_s).toString().isEmpty());
    // The description and the reason are data: English, with their key and arguments beside.
    const QJsonObject merged = corrections.at(0).toObject();
    QVERIFY(merged.value(u"description"_s).toString().startsWith(u"Merge "_s));
    QCOMPARE(merged.value(u"description_phrase"_s).toObject().value(u"key"_s).toString(), u"Merge %1 with %2"_s);
    QVERIFY(!corrections.at(1).toObject().value(u"reason_phrase"_s).toObject().value(u"key"_s).toString().isEmpty());
    bool marked = false;
    for (const QJsonValue &fact : json.value(u"facts"_s).toArray()) {
        const QJsonObject object = fact.toObject();
        QVERIFY(object.contains(u"status"_s) && object.contains(u"label"_s));
        if (object.contains(u"corrected_by"_s)) {
            QCOMPARE(object.value(u"corrected_by"_s).toArray(), QJsonArray{u"Ana Ruiz"_s});
            marked = true;
        }
    }
    QVERIFY(marked);
    const QJsonObject review = QJsonDocument::fromJson(reviewJson(session, analysis)).object();
    QCOMPARE(review.value(u"corrections"_s).toArray().size(), 2);

    // Markdown: the row says who corrected it, the corrections are listed with their outcome.
    const QString md = markdownReport(session, analysis, ReportOptions{});
    QVERIFY(md.contains(u"corrected by Ana Ruiz"_s));
    QVERIFY(md.contains(u"Corrections by reviewers"_s));
    QVERIFY(md.contains(u"no: "_s));
}

namespace {

/// A catalog that "translates" every string of the corrections' context, as a German desktop's
/// would: the translated text differs from the English one.
class MarkingTranslator : public QTranslator {
public:
    [[nodiscard]] bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return qstrcmp(context, "Crossread") == 0 ? u"»"_s + QString::fromUtf8(source) : QString();
    }
};

} // namespace

void TestCorrection::exportJson_isTheSameInEveryLanguage()
{
    SessionData session;
    session.articles = story();
    const Anchor lighting = mentionAnchor(m_engine, 0, u"$450,000"_s);
    const Anchor bridge = mentionAnchor(m_engine, 1, u"$2.9 million"_s);
    const Correction stale = correction(CorrectionKind::NotComparable, Anchor{session.articles.first().contentHash,
                                                                              TextSpan{0, 6}, u"Bridge"_s});
    session.review.corrections = {correction(CorrectionKind::MergeSlots, lighting, bridge), stale};
    const QByteArray english = reviewJson(session, applyCorrections(m_engine, session.review.corrections));
    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const Analysis translated = applyCorrections(m_engine, session.review.corrections);
    const QByteArray other = reviewJson(session, translated);
    const QString shown = translated.corrections.first().description.translated();
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(shown.startsWith(u"»"_s), qPrintable(shown));   // the views and the report translate
    QCOMPARE(other, english);                                       // the export does not
}

QTEST_GUILESS_MAIN(TestCorrection)
#include "tst_correction.moc"
