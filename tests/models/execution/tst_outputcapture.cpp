// OutputCapture: everything while it fits; past the cap exactly the first and last halves around one
// marker line, whatever the sizes of the chunks the pipe delivered.

#include "execution/OutputCapture.h"

#include <QtTest>

using namespace gl;

namespace {

// Bytes that differ from their neighbours, so a shifted or reordered tail cannot pass for the right one.
QByteArray pattern(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; ++i)
        bytes[i] = char((i * 7 + i / 251) % 256);
    return bytes;
}

QByteArray expectedLog(const QByteArray &all, qint64 cap)
{
    if (all.size() <= cap)
        return all;
    const qint64 head = cap / 2;
    const qint64 tail = cap - head;
    return all.left(head) + OutputCapture::marker(all.size() - cap) + all.right(tail);
}

} // namespace

class TestOutputCapture final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keepsHeadAndTail_data();
    void keepsHeadAndTail();
    void markerIsOnePlainLine();
    void defaultCapIs64MiB();
    void negativeCapKeepsNothing();
};

void TestOutputCapture::keepsHeadAndTail_data()
{
    QTest::addColumn<qint64>("cap");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QList<int>>("chunks");  // sizes, repeated until total is fed
    QTest::newRow("empty") << qint64(100) << qint64(0) << QList<int> { 10 };
    QTest::newRow("fits in one chunk") << qint64(100) << qint64(60) << QList<int> { 1000 };
    QTest::newRow("exactly the cap") << qint64(100) << qint64(100) << QList<int> { 7 };
    QTest::newRow("one byte over") << qint64(100) << qint64(101) << QList<int> { 7 };
    QTest::newRow("byte by byte") << qint64(100) << qint64(1000) << QList<int> { 1 };
    QTest::newRow("odd chunks") << qint64(100) << qint64(1000) << QList<int> { 7, 13, 1, 49 };
    QTest::newRow("chunk as big as the tail") << qint64(100) << qint64(1000) << QList<int> { 50 };
    QTest::newRow("chunks bigger than the cap") << qint64(100) << qint64(1000) << QList<int> { 333 };
    QTest::newRow("one huge chunk") << qint64(100) << qint64(100000) << QList<int> { 100000 };
    QTest::newRow("wrap at the ring end") << qint64(100) << qint64(1000) << QList<int> { 49, 2, 48, 51 };
    QTest::newRow("odd cap") << qint64(101) << qint64(777) << QList<int> { 10, 3 };
    QTest::newRow("cap one") << qint64(1) << qint64(50) << QList<int> { 3 };
    QTest::newRow("cap zero") << qint64(0) << qint64(50) << QList<int> { 3 };
    QTest::newRow("pipe sized chunks") << qint64(1 << 20) << qint64(5 << 20) << QList<int> { 65536, 4096, 12345 };
}

void TestOutputCapture::keepsHeadAndTail()
{
    QFETCH(qint64, cap);
    QFETCH(qint64, total);
    QFETCH(QList<int>, chunks);
    const QByteArray all = pattern(total);
    OutputCapture capture(cap);
    qint64 fed = 0;
    for (int i = 0; fed < total; ++i) {
        const qint64 size = std::min<qint64>(chunks[i % chunks.size()], total - fed);
        capture.append(QByteArrayView(all).sliced(fed, size));
        fed += size;
    }
    QCOMPARE(capture.totalBytes(), total);
    QCOMPARE(capture.droppedBytes(), std::max<qint64>(0, total - cap));
    QCOMPARE(capture.cap(), cap);
    const QByteArray log = capture.log();
    const QByteArray expected = expectedLog(all, cap);
    QCOMPARE(log.size(), expected.size());
    QVERIFY(log == expected);
    // takeLog() gives the same bytes without copying the head, and leaves an empty capture.
    const QByteArray taken = capture.takeLog();
    QVERIFY(taken == expected);
    QCOMPARE(capture.totalBytes(), qint64(0));
    QCOMPARE(capture.cap(), cap);
    QCOMPARE(capture.log(), QByteArray());
}

void TestOutputCapture::markerIsOnePlainLine()
{
    QCOMPARE(OutputCapture::marker(12345), QByteArray("\n[... 12345 bytes dropped ...]\n"));
    OutputCapture capture(4);
    capture.append("abcdefghij");
    QCOMPARE(capture.log(), QByteArray("ab\n[... 6 bytes dropped ...]\nij"));
}

void TestOutputCapture::defaultCapIs64MiB()
{
    QCOMPARE(OutputCapture().cap(), qint64(64) * 1024 * 1024);
}

void TestOutputCapture::negativeCapKeepsNothing()
{
    OutputCapture capture(-5);
    capture.append("abc");
    QCOMPARE(capture.droppedBytes(), qint64(3));
    QCOMPARE(capture.log(), OutputCapture::marker(3));
}

QTEST_GUILESS_MAIN(TestOutputCapture)
#include "tst_outputcapture.moc"
