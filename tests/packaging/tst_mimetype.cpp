// SPDX-License-Identifier: GPL-3.0-or-later
// The session file type as the desktop sees it: our MIME definition is compiled with
// shared-mime-info's update-mime-database into a private database next to freedesktop.org's
// own, and Qt's QMimeDatabase (the same lookup a file manager makes) must name .crossread
// files and SQLite files carrying our application id as sessions, and no other SQLite file.
#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString sessionType = QStringLiteral("application/x-crossread-session");
const QString sqliteType = QStringLiteral("application/vnd.sqlite3");
// Must match the magic in packaging/org.crossread.crossread.mime.xml.
constexpr qint32 crossreadApplicationId = 0x43525344;

} // namespace

class TestMimeType : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void byFileName_data();
    void byFileName();
    void byContent_data();
    void byContent();
    void describesTheType();

private:
    /// Writes an SQLite database with the given application id (0: none) and returns its path.
    [[nodiscard]] QString writeSqliteFile(const QString &name, qint32 applicationId);

    QTemporaryDir m_dataHome;
    QTemporaryDir m_files;
};

void TestMimeType::initTestCase()
{
    QVERIFY(m_dataHome.isValid());
    QVERIFY(m_files.isValid());

    // Found before XDG_DATA_DIRS is pointed away from the system below.
    const QString freedesktop = QStandardPaths::locate(QStandardPaths::GenericDataLocation,
                                                       QStringLiteral("mime/packages/freedesktop.org.xml"));
    QVERIFY2(!freedesktop.isEmpty(), "shared-mime-info's freedesktop.org.xml is not installed");
    const QString updater = QStandardPaths::findExecutable(QStringLiteral("update-mime-database"));
    QVERIFY2(!updater.isEmpty(), "update-mime-database (shared-mime-info) is not installed");

    const QString mimeDir = m_dataHome.filePath(QStringLiteral("share/mime"));
    QVERIFY(QDir().mkpath(mimeDir + u"/packages"));
    QVERIFY(QFile::copy(freedesktop, mimeDir + u"/packages/freedesktop.org.xml"));
    QVERIFY(QFile::copy(QStringLiteral(CROSSREAD_MIME_XML), mimeDir + u"/packages/org.crossread.crossread.xml"));

    QProcess update;
    update.setProcessChannelMode(QProcess::MergedChannels);
    update.start(updater, {mimeDir});
    QVERIFY(update.waitForFinished(60000));
    const QString output = QString::fromLocal8Bit(update.readAll());
    QCOMPARE(update.exitStatus(), QProcess::NormalExit);
    QCOMPARE(update.exitCode(), 0);
    // update-mime-database reports bad elements but still exits 0.
    QVERIFY2(!output.contains(u"Error", Qt::CaseInsensitive), qPrintable(output));
    QVERIFY(QFile::exists(mimeDir + u"/mime.cache"));

    // Only this database: an installed Crossread's own definition must not answer for it.
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dataHome.filePath(QStringLiteral("home"))));
    qputenv("XDG_DATA_DIRS", QFile::encodeName(m_dataHome.filePath(QStringLiteral("share"))));
}

void TestMimeType::byFileName_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("expected");

    QTest::newRow("session") << QStringLiteral("harbour-review.crossread") << sessionType;
    QTest::newRow("upper-case extension") << QStringLiteral("HARBOUR.CROSSREAD") << sessionType;
    QTest::newRow("dotted name") << QStringLiteral("review.v2.crossread") << sessionType;
    QTest::newRow("other sqlite") << QStringLiteral("notes.sqlite3") << sqliteType;
    QTest::newRow("article") << QStringLiteral("article.html") << QStringLiteral("text/html");
    QTest::newRow("extension only in the middle") << QStringLiteral("story.crossread.txt") << QStringLiteral("text/plain");
}

void TestMimeType::byFileName()
{
    QFETCH(QString, fileName);
    QFETCH(QString, expected);
    QCOMPARE(QMimeDatabase().mimeTypeForFile(fileName, QMimeDatabase::MatchExtension).name(), expected);
}

QString TestMimeType::writeSqliteFile(const QString &name, qint32 applicationId)
{
    const QString path = m_files.filePath(name);
    const QString connection = QStringLiteral("tst_mimetype_") + name;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            qWarning("%s: %s", qPrintable(path), qPrintable(db.lastError().text()));
            return {};
        }
        QSqlQuery query(db);
        if (applicationId != 0 && !query.exec(QStringLiteral("PRAGMA application_id = %1").arg(applicationId)))
            qWarning("%s: %s", qPrintable(path), qPrintable(query.lastError().text()));
        if (!query.exec(QStringLiteral("CREATE TABLE story (id INTEGER PRIMARY KEY, headline TEXT)")))
            qWarning("%s: %s", qPrintable(path), qPrintable(query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return path;
}

void TestMimeType::byContent_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<qint32>("applicationId");
    QTest::addColumn<QString>("expected");

    // No extension, so only the bytes can tell.
    QTest::newRow("session bytes") << QStringLiteral("session-without-extension") << crossreadApplicationId << sessionType;
    QTest::newRow("plain sqlite") << QStringLiteral("plain-sqlite") << qint32(0) << sqliteType;
    QTest::newRow("another program's sqlite") << QStringLiteral("other-app-sqlite") << qint32(0x4d504246) << sqliteType;
}

void TestMimeType::byContent()
{
    QFETCH(QString, fileName);
    QFETCH(qint32, applicationId);
    QFETCH(QString, expected);

    const QString path = writeSqliteFile(fileName, applicationId);
    QVERIFY(!path.isEmpty());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    QVERIFY(file.read(16).startsWith("SQLite format 3"));
    QCOMPARE(QMimeDatabase().mimeTypeForFile(path, QMimeDatabase::MatchContent).name(), expected);
}

void TestMimeType::describesTheType()
{
    const QMimeType type = QMimeDatabase().mimeTypeForName(sessionType);
    QVERIFY(type.isValid());
    QVERIFY(type.inherits(sqliteType));
    QCOMPARE(type.comment(), QStringLiteral("Crossread review session"));
    QCOMPARE(type.suffixes(), QStringList{QStringLiteral("crossread")});
    QCOMPARE(type.genericIconName(), QStringLiteral("x-office-document"));
}

QTEST_GUILESS_MAIN(TestMimeType)
#include "tst_mimetype.moc"
