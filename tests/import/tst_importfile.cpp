// SPDX-License-Identifier: GPL-3.0-or-later
// importFile() refusals: each bad file gives an error that names the file and the reason.
#include "import/importer.h"
#include "core/inputlimits.h"
#include "core/segmentation.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Crossread;

class TestImportFile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusals_data();
    void refusals();
    void oneMegabyteOnOneLine();
    void binaryBytesFromClipboard();

private:
    /// Writes `bytes` to a file in the temporary folder; returns its path.
    QString write(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
};

QString TestImportFile::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestImportFile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    write(QStringLiteral("empty.txt"), {});
    write(QStringLiteral("blank.txt"), "  \n\r\n\t \n");
    write(QStringLiteral("nul.txt"), QByteArray("Some text\0with a NUL byte", 25));
    write(QStringLiteral("picture.md"), QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\0\x10", 20));
    QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("folder.txt")));

    // Just over the limit, without writing 50 MB: resize() makes a sparse file.
    QFile huge(m_dir.filePath(QStringLiteral("huge.txt")));
    QVERIFY(huge.open(QIODevice::WriteOnly));
    QVERIFY(huge.resize(Limits::maxImportBytes + 1));
}

void TestImportFile::refusals_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reason");   // a word the message must contain

    QTest::newRow("missing file") << QStringLiteral("no-such-file.txt") << QStringLiteral("does not exist");
    QTest::newRow("directory") << QStringLiteral("folder.txt") << QStringLiteral("folder");
    QTest::newRow("empty file") << QStringLiteral("empty.txt") << QStringLiteral("empty");
    QTest::newRow("only whitespace") << QStringLiteral("blank.txt") << QStringLiteral("empty");
    QTest::newRow("NUL bytes") << QStringLiteral("nul.txt") << QStringLiteral("binary");
    QTest::newRow("image named .md") << QStringLiteral("picture.md") << QStringLiteral("binary");
    QTest::newRow("over 50 MB (sparse)") << QStringLiteral("huge.txt") << QStringLiteral("larger than");
}

void TestImportFile::refusals()
{
    QFETCH(QString, name);
    QFETCH(QString, reason);
    const QString path = m_dir.filePath(name);
    QElapsedTimer timer;
    timer.start();
    const ImportResult result = importFile(path);
    QVERIFY(!result.hasValue());
    QVERIFY(timer.elapsed() < 2000);   // refused before reading
    const QString message = result.error().message();
    QVERIFY2(message.contains(path), qPrintable(message));
    QVERIFY2(message.contains(reason), qPrintable(message));
}

void TestImportFile::oneMegabyteOnOneLine()
{
    QByteArray line;
    line.reserve(1024 * 1024 + 64);
    while (line.size() < 1024 * 1024)
        line.append("The ferry sailed at 7.10 on Monday. ");
    const QString path = write(QStringLiteral("one-line.txt"), line);
    QElapsedTimer timer;
    timer.start();
    const ImportResult result = importFile(path);
    QVERIFY(result.hasValue());
    const Article &article = result.value();
    QCOMPARE(article.text.size(), line.size());
    QVERIFY(article.meta.headline.isEmpty());
    const Segmentation segmentation = segment(article);
    QVERIFY(segmentation.sentences.size() > 25000);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestImportFile::binaryBytesFromClipboard()
{
    const ImportResult result = importSource(ImportSource{QByteArray("\0\0\0\0", 4), QStringLiteral("Clipboard"), FormatHint::Auto});
    QVERIFY(!result.hasValue());
    QVERIFY(result.error().message().startsWith(QLatin1String("Clipboard")));
}

QTEST_GUILESS_MAIN(TestImportFile)
#include "tst_importfile.moc"
