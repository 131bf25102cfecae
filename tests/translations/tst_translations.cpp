// Checks a translation (translations/greenlight_de.ts, greenlight_fr.ts) as its users would meet it: every message translated, and
// nothing a translation can break (placeholders, mnemonics, decision names, spacing) broken.

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString type; // "unfinished", "vanished", "obsolete" or empty when finished
    bool numerus = false;
    QStringList translations; // one entry, or one per numerus form
    qint64 line = 0;

    QString where() const
    {
        return QStringLiteral("line %1 [%2] \"%3\"").arg(QString::number(line), context, source);
    }
};

// Qt's arg() and tr() markers: %1 to %99, %L1, %n and %Ln.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%L?(?:\\d{1,2}|n)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &m : marker.globalMatch(text))
        found.insert(m.captured(0).remove(QLatin1Char('L')));
    return found;
}

// The letters after single "&"s ("&&" is a literal ampersand), lower-cased.
QString mnemonics(const QString &text)
{
    QString letters;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        letters += text.at(i + 1).toLower();
    }
    return letters;
}

// GO, NO-GO and CONDITIONAL GO are names of the trade that also appear in JSON: they stay English.
QStringList decisionNames(const QString &text)
{
    static const QRegularExpression name(QStringLiteral("\\b(?:CONDITIONAL GO|NO-GO|GO)\\b"));
    QStringList found;
    for (const QRegularExpressionMatch &m : name.globalMatch(text))
        found << m.captured(0);
    found.sort();
    return found;
}

QString quoted(const QStringList &list)
{
    return QLatin1Char('{') + list.join(QStringLiteral(", ")) + QLatin1Char('}');
}

QString quoted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return quoted(list);
}

} // namespace

class TestTranslations final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyMessageIsFinished();
    void placeholdersMatchTheSource();
    void mnemonicsMatchTheSource();
    void decisionNamesStayEnglish();
    void edgesMatchTheSource();
    void mnemonicsAreDistinctWhereTheyMeet_data();
    void mnemonicsAreDistinctWhereTheyMeet();

private:
    const Message *find(const QString &context, const QString &source) const;
    static void failIfAny(const QStringList &problems, const char *what);

    QString m_language;
    std::vector<Message> m_messages;
};

void TestTranslations::initTestCase()
{
    QFile file(QStringLiteral(GREENLIGHT_TS_FILE));
    QVERIFY2(file.open(QIODevice::ReadOnly),
        qPrintable(file.fileName() + QStringLiteral(": ") + file.errorString()));

    QXmlStreamReader xml(&file);
    QString context;
    Message *current = nullptr;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                m_language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name") && !current) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                Message m;
                m.context = context;
                m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                m.line = xml.lineNumber();
                m_messages.push_back(m);
                current = &m_messages.back();
            } else if (current && name == QLatin1String("source")) {
                current->source = xml.readElementText();
            } else if (current && name == QLatin1String("translation")) {
                current->type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current->numerus)
                    current->translations << xml.readElementText();
            } else if (current && name == QLatin1String("numerusform")) {
                current->translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            current = nullptr;
        }
    }
    QVERIFY2(!xml.hasError(),
        qPrintable(QStringLiteral("%1:%2: %3")
                       .arg(file.fileName(), QString::number(xml.lineNumber()), xml.errorString())));
    QCOMPARE(m_language.toLower(), QStringLiteral(GREENLIGHT_TS_LANGUAGE).toLower());
    // The app has hundreds of strings; a handful means lupdate was run on the wrong sources.
    QVERIFY2(m_messages.size() > 100, qPrintable(QString::number(m_messages.size())));
}

const Message *TestTranslations::find(const QString &context, const QString &source) const
{
    for (const Message &m : m_messages) {
        if (m.context == context && m.source == source)
            return &m;
    }
    return nullptr;
}

void TestTranslations::failIfAny(const QStringList &problems, const char *what)
{
    if (problems.isEmpty())
        return;
    QFAIL(qPrintable(QStringLiteral("%1 message(s) %2:\n").arg(problems.size()).arg(QLatin1String(what))
        + problems.join(QLatin1Char('\n'))));
}

void TestTranslations::everyMessageIsFinished()
{
    QStringList problems;
    for (const Message &m : m_messages) {
        if (!m.type.isEmpty())
            problems << m.where() + QStringLiteral(": marked ") + m.type;
        // German and French have two plural forms: one (French: 0 and 1), and everything else.
        if (m.numerus && m.translations.size() != 2)
            problems << m.where()
                    + QStringLiteral(": %1 numerus forms, %2 needs 2").arg(m.translations.size()).arg(m_language);
        for (const QString &t : m.translations) {
            if (t.trimmed().isEmpty())
                problems << m.where() + QStringLiteral(": empty translation");
        }
        if (m.translations.isEmpty())
            problems << m.where() + QStringLiteral(": no translation");
    }
    failIfAny(problems, "are not finished");
}

void TestTranslations::placeholdersMatchTheSource()
{
    QStringList problems;
    for (const Message &m : m_messages) {
        const QSet<QString> expected = placeholders(m.source);
        for (const QString &t : m.translations) {
            const QSet<QString> got = placeholders(t);
            if (got != expected)
                problems << m.where()
                        + QStringLiteral(": source has %1, translation \"%2\" has %3")
                              .arg(quoted(expected), t, quoted(got));
        }
    }
    failIfAny(problems, "lose or invent placeholders");
}

void TestTranslations::mnemonicsMatchTheSource()
{
    QStringList problems;
    for (const Message &m : m_messages) {
        const qsizetype expected = mnemonics(m.source).size();
        for (const QString &t : m.translations) {
            if (mnemonics(t).size() != expected)
                problems << m.where()
                        + QStringLiteral(": %1 mnemonic(s) in the source, \"%2\" has %3")
                              .arg(expected)
                              .arg(t)
                              .arg(mnemonics(t).size());
        }
    }
    failIfAny(problems, "gain or lose a keyboard mnemonic");
}

void TestTranslations::decisionNamesStayEnglish()
{
    QStringList problems;
    for (const Message &m : m_messages) {
        const QStringList expected = decisionNames(m.source);
        for (const QString &t : m.translations) {
            if (decisionNames(t) != expected)
                problems << m.where()
                        + QStringLiteral(": source names %1, \"%2\" names %3")
                              .arg(quoted(expected), t, quoted(decisionNames(t)));
        }
    }
    failIfAny(problems, "change a decision name");
}

// Leading and trailing spaces glue texts together in code; final punctuation is part of the UI's style.
void TestTranslations::edgesMatchTheSource()
{
    static const QString finals = QStringLiteral(".:?!\u2026");
    auto leading = [](const QString &s) { return !s.isEmpty() && s.front().isSpace(); };
    auto trailing = [](const QString &s) { return !s.isEmpty() && s.back().isSpace(); };
    auto lastMark = [&](const QString &s) {
        return !s.isEmpty() && finals.contains(s.back()) ? QString(s.back()) : QString();
    };
    // A one-word column header ("FAILED", "N/A") may become a German abbreviation ("FEHLGESCHL.", "n. z.").
    auto abbreviatedHeader = [](const QString &source, const QString &t) {
        return !source.contains(QLatin1Char(' ')) && source.size() <= 12 && t.size() <= 12
            && t.endsWith(QLatin1Char('.'));
    };
    QStringList problems;
    for (const Message &m : m_messages) {
        for (const QString &t : m.translations) {
            if (leading(t) != leading(m.source) || trailing(t) != trailing(m.source))
                problems << m.where() + QStringLiteral(": spaces at the edges differ in \"%1\"").arg(t);
            else if (lastMark(t) != lastMark(m.source) && !abbreviatedHeader(m.source, t))
                problems << m.where()
                        + QStringLiteral(": ends with \"%1\", the source with \"%2\": \"%3\"")
                              .arg(lastMark(t), lastMark(m.source), t);
        }
    }
    failIfAny(problems, "change their edges");
}

// Texts whose mnemonics are live at the same time: one window, one open menu, one dialog.
void TestTranslations::mnemonicsAreDistinctWhereTheyMeet_data()
{
    QTest::addColumn<QStringList>("texts"); // "context|source"
    const QString mw = QStringLiteral("gl::MainWindow|");
    const QString insp = QStringLiteral("gl::InspectorPane|");
    QTest::newRow("main window") << QStringList {
        mw + QStringLiteral("&File"),
        mw + QStringLiteral("&Edit"),
        mw + QStringLiteral("&View"),
        mw + QStringLiteral("&Help"),
        QStringLiteral("gl::ReadinessMatrixView|&Gates"),
        QStringLiteral("gl::ReadinessMatrixView|&Metrics"),
        QStringLiteral("gl::ReadinessMatrixView|Cr&iteria"),
        QStringLiteral("gl::ChecklistView|Chec&klist"),
        insp + QStringLiteral("&Title:"),
        insp + QStringLiteral("&Details:"),
        insp + QStringLiteral("C&ommands:"),
        insp + QStringLiteral("&Pass criteria:"),
        insp + QStringLiteral("Evidence e&xpected:"),
        insp + QStringLiteral("O&wners:"),
        insp + QStringLiteral("Compo&nent:"),
        insp + QStringLiteral("&CI job:"),
        insp + QStringLiteral("&Blocks the release when failed or blocked"),
        insp + QStringLiteral("&Status:"),
        insp + QStringLiteral("Re&ason:"),
        insp + QStringLiteral("Waiver &until:"),
        insp + QStringLiteral("Appl&y"),
        insp + QStringLiteral("&Revert"),
    };
    const QString ev = QStringLiteral("gl::EvidenceController|");
    QTest::newRow("File menu") << QStringList { mw + QStringLiteral("&New Release\u2026"),
        mw + QStringLiteral("&Import Checklist\u2026"), mw + QStringLiteral("&Open Workspace\u2026"),
        mw + QStringLiteral("Open &Recent"), ev + QStringLiteral("&Attach Evidence\u2026"),
        ev + QStringLiteral("Export Evidence &Bundle\u2026"), ev + QStringLiteral("Export &Decision Record\u2026"),
        ev + QStringLiteral("&Verify Workspace"), mw + QStringLiteral("&Quit") };
    const QString ed = QStringLiteral("gl::EditController|");
    QTest::newRow("Edit menu") << QStringList { mw + QStringLiteral("&Undo"), mw + QStringLiteral("&Redo"),
        ed + QStringLiteral("&Find Items\u2026"), ed + QStringLiteral("Find Ne&xt"), ed + QStringLiteral("&Add Item\u2026"),
        ed + QStringLiteral("Add &Sub-item\u2026"), ed + QStringLiteral("Re&move Item"), ed + QStringLiteral("Move Item U&p"),
        ed + QStringLiteral("Move Item &Down"), ed + QStringLiteral("&Indent Item"), ed + QStringLiteral("&Outdent Item"),
        ed + QStringLiteral("Set S&tatus of Selected Items"), ed + QStringLiteral("Add &Gate\u2026"),
        ed + QStringLiteral("Re&name Gate\u2026"), ed + QStringLiteral("Remo&ve Gate") };
    QTest::newRow("View menu") << QStringList { mw + QStringLiteral("Show &Releases"),
        mw + QStringLiteral("Show &Inspector"), mw + QStringLiteral("Go to Re&leases"),
        mw + QStringLiteral("Go to &Gates"), mw + QStringLiteral("Go to &Metrics"),
        mw + QStringLiteral("Go to &Checklist"), mw + QStringLiteral("Go to I&nspector") };
    const QString imp = QStringLiteral("gl::ImportDialog|");
    QTest::newRow("Import dialog") << QStringList { imp + QStringLiteral("&File:"),
        imp + QStringLiteral("Release &name:"), imp + QStringLiteral("&Browse\u2026"),
        imp + QStringLiteral("&Preview"), imp + QStringLiteral("&Warnings"),
        imp + QStringLiteral("&Import") };
    const QString so = QStringLiteral("gl::SignOffController|");
    QTest::newRow("Decision menu") << QStringList { so + QStringLiteral("Add S&takeholder\u2026"),
        so + QStringLiteral("Re&quire Sign-off\u2026"), so + QStringLiteral("&Sign Release\u2026"),
        so + QStringLiteral("Record &Decision\u2026"), so + QStringLiteral("Re&open Release\u2026"),
        so + QStringLiteral("Release &History\u2026"), so + QStringLiteral("&Item History\u2026") };
    const QString sd = QStringLiteral("gl::StakeholderDialog|");
    QTest::newRow("stakeholder dialog") << QStringList { sd + QStringLiteral("&Name:"), sd + QStringLiteral("&Role:"),
        sd + QStringLiteral("&Email:"), sd + QStringLiteral("&Passphrase:"), sd + QStringLiteral("Re&peat passphrase:") };
    QTest::newRow("status reason dialog") << QStringList { QStringLiteral("gl::StatusReasonDialog|&Reason:"),
        QStringLiteral("gl::StatusReasonDialog|&Expires on:") };
}

void TestTranslations::mnemonicsAreDistinctWhereTheyMeet()
{
    QFETCH(QStringList, texts);
    QHash<QChar, QString> owner;
    QStringList problems;
    for (const QString &entry : texts) {
        const QString context = entry.section(QLatin1Char('|'), 0, 0);
        const QString source = entry.section(QLatin1Char('|'), 1);
        const Message *m = find(context, source);
        // A text gone from the code must leave this list too, or the check silently shrinks.
        QVERIFY2(m, qPrintable(QStringLiteral("[%1] \"%2\" is no longer in the .ts").arg(context, source)));
        for (const QString &t : m->translations) {
            const QString letters = mnemonics(t);
            if (letters.size() != 1) {
                problems << QStringLiteral("\"%1\" has no single mnemonic").arg(t);
                continue;
            }
            const QChar letter = letters.at(0);
            if (owner.contains(letter))
                problems << QStringLiteral("Alt+%1 is both \"%2\" and \"%3\"")
                                .arg(letter.toUpper(), owner.value(letter), t);
            else
                owner.insert(letter, t);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
