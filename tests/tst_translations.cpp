// SPDX-License-Identifier: MIT
// The committed translations are complete and safe to ship: no unfinished entry (the window would
// show English in the middle of German), no vanished entry kept (lupdate runs with -no-obsolete),
// the same placeholders in source and translation (a lost %1 drops a value, an extra one shows a
// literal "%2"), the right number of plural forms, and no two entries of one context that get the
// same Alt+letter in translation unless their English sources already share it. Every problem
// names the .ts file, the line of its <message> and the source text, so the list is a to-do list.
// SC_TS_DIR overrides the folder read (translations/update uses it on a fresh lupdate output).
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    qint64 line = 0;
    QString source;
    QString type; // translation type: "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList translations; // one, or one per numerus form
};

struct TsFile
{
    QString language;
    std::map<QString, QList<Message>> contexts;
    QString error;
};

TsFile readTs(QIODevice& device)
{
    TsFile ts;
    QXmlStreamReader xml(&device);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == "TS"_L1) {
                ts.language = xml.attributes().value("language"_L1).toString();
            } else if (name == "name"_L1) {
                context = xml.readElementText();
            } else if (name == "message"_L1) {
                message = Message();
                message.line = xml.lineNumber();
                message.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
            } else if (name == "source"_L1) {
                message.source = xml.readElementText();
            } else if (name == "translation"_L1) {
                message.type = xml.attributes().value("type"_L1).toString();
                if (!message.numerus)
                    message.translations.append(xml.readElementText());
            } else if (name == "numerusform"_L1) {
                message.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == "message"_L1) {
            ts.contexts[context].append(message);
        }
    }
    if (xml.hasError())
        ts.error = u"line %1: %2"_s.arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

// %1..%99, %L1.., %n and %Ln, as QString::arg and tr(…, n) replace them.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(u"%L?(?:[1-9][0-9]?|n)"_s);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

// The Alt+letter of "&File" (F); "&&" is a literal ampersand, "& " no accelerator.
QChar accelerator(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        if (text[i + 1].isLetterOrNumber())
            return text[i + 1].toLower();
    }
    return {};
}

int pluralForms(const QString& language)
{
    // Languages we ship or are likely to add; QTranslator's own table knows more.
    const QString lang = language.section(u'_', 0, 0);
    static const QSet<QString> two{u"de"_s, u"en"_s, u"nl"_s, u"sv"_s, u"da"_s, u"es"_s, u"it"_s};
    if (two.contains(lang))
        return 2;
    return 0; // unknown: not checked
}

QString oneLine(QString text)
{
    text.replace(u'\n', u"\\n"_s);
    return text.size() > 90 ? text.left(87) + u"…"_s : text;
}

// Every problem of one .ts file, as "file:line: [context] "source": what is wrong".
QStringList checkTs(QIODevice& device, const QString& fileName)
{
    const TsFile ts = readTs(device);
    QStringList problems;
    if (!ts.error.isEmpty())
        return {u"%1: not a readable .ts file: %2"_s.arg(fileName, ts.error)};
    const int forms = pluralForms(ts.language);
    for (const auto& [context, messages] : ts.contexts) {
        auto report = [&](const Message& m, const QString& what) {
            problems.append(u"%1:%2: [%3] \"%4\": %5"_s.arg(fileName).arg(m.line).arg(context, oneLine(m.source), what));
        };
        QMultiHash<QChar, const Message*> byAccelerator;
        for (const Message& m : messages) {
            if (m.type == "vanished"_L1 || m.type == "obsolete"_L1) {
                report(m, u"%1 entry kept (run lupdate with -no-obsolete)"_s.arg(m.type));
                continue;
            }
            const bool empty = std::all_of(m.translations.cbegin(), m.translations.cend(),
                                           [](const QString& t) { return t.isEmpty(); });
            if (m.type == "unfinished"_L1 || m.translations.isEmpty() || empty) {
                report(m, u"unfinished"_s);
                continue;
            }
            if (m.numerus && forms > 0 && m.translations.size() != forms)
                report(m, u"%1 plural forms, %2 needs %3"_s.arg(m.translations.size()).arg(ts.language).arg(forms));
            const QStringList wanted = placeholders(m.source);
            for (const QString& t : m.translations) {
                const QStringList got = placeholders(t);
                if (got != wanted)
                    report(m, u"placeholders %1 in \"%2\", the source has %3"_s
                                  .arg(got.join(u' ').isEmpty() ? u"(none)"_s : got.join(u' '), oneLine(t),
                                       wanted.isEmpty() ? u"(none)"_s : wanted.join(u' ')));
            }
            const QChar sourceKey = accelerator(m.source);
            const QChar key = accelerator(m.translations.constFirst());
            if (sourceKey.isNull() != key.isNull())
                report(m, sourceKey.isNull() ? u"accelerator &%1 that the source does not have"_s.arg(key)
                                             : u"the translation lost the source's accelerator &%1"_s.arg(sourceKey));
            if (!key.isNull())
                byAccelerator.insert(key, &m);
        }
        for (const QChar key : byAccelerator.uniqueKeys()) {
            const QList<const Message*> same = byAccelerator.values(key);
            for (qsizetype i = 0; i < same.size(); ++i) {
                for (qsizetype j = i + 1; j < same.size(); ++j) {
                    if (accelerator(same[i]->source) == accelerator(same[j]->source))
                        continue; // the English already shares it (different menus)
                    const Message& later = same[i]->line > same[j]->line ? *same[i] : *same[j];
                    const Message& earlier = same[i]->line > same[j]->line ? *same[j] : *same[i];
                    report(later, u"accelerator &%1 of \"%2\" is also taken by \"%3\" (line %4)"_s
                                      .arg(key)
                                      .arg(later.translations.constFirst(), earlier.translations.constFirst())
                                      .arg(earlier.line));
                }
            }
        }
    }
    return problems;
}

QStringList checkText(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return checkTs(buffer, u"t.ts"_s);
}

QString tsDocument(const QString& messages)
{
    return u"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n<TS version=\"2.1\" language=\"de_DE\">\n"
           "<context>\n<name>W</name>\n"_s
        + messages + u"</context>\n</TS>\n"_s;
}

QString entry(const QString& source, const QString& translation, const QString& attributes = {})
{
    return u"<message><source>%1</source><translation%2>%3</translation></message>\n"_s.arg(source, attributes, translation);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void check_findsEachKindOfProblem_data();
    void check_findsEachKindOfProblem();
    void committedTranslations_areComplete_data();
    void committedTranslations_areComplete();
};

void TestTranslations::check_findsEachKindOfProblem_data()
{
    QTest::addColumn<QString>("messages");
    QTest::addColumn<QStringList>("expected"); // substrings, one per expected problem, in order

    QTest::newRow("finished") << entry(u"Save %1"_s, u"%1 speichern"_s) << QStringList();
    QTest::newRow("unfinished") << u"\n"_s + entry(u"Save"_s, u""_s, u" type=\"unfinished\""_s)
                                << QStringList{u"t.ts:7: [W] \"Save\": unfinished"_s};
    QTest::newRow("unfinished with text") << entry(u"Save"_s, u"Speichern"_s, u" type=\"unfinished\""_s)
                                          << QStringList{u"\"Save\": unfinished"_s};
    QTest::newRow("empty") << entry(u"Save"_s, u""_s) << QStringList{u"unfinished"_s};
    QTest::newRow("vanished") << entry(u"Old"_s, u"Alt"_s, u" type=\"vanished\""_s)
                              << QStringList{u"\"Old\": vanished entry kept"_s};
    QTest::newRow("obsolete") << entry(u"Old"_s, u"Alt"_s, u" type=\"obsolete\""_s)
                              << QStringList{u"obsolete entry kept"_s};
    QTest::newRow("placeholder lost") << entry(u"Push %1 to %2"_s, u"%1 übertragen"_s)
                                      << QStringList{u"placeholders %1 in \"%1 übertragen\", the source has %1 %2"_s};
    QTest::newRow("placeholder added") << entry(u"Push"_s, u"%1 übertragen"_s) << QStringList{u"the source has (none)"_s};
    QTest::newRow("locale placeholder") << entry(u"%L1 events"_s, u"%1 Ereignisse"_s)
                                        << QStringList{u"placeholders %1 in"_s};
    QTest::newRow("order may change") << entry(u"%1 of %2"_s, u"%2: %1"_s) << QStringList();
    QTest::newRow("percent sign is no placeholder") << entry(u"100% done"_s, u"zu 100 % fertig"_s) << QStringList();
    QTest::newRow("plural form without %n")
        << u"<message numerus=\"yes\"><source>%n project(s)</source><translation>"
           "<numerusform>%n Projekt</numerusform><numerusform>Projekte</numerusform></translation></message>\n"_s
        << QStringList{u"placeholders (none) in \"Projekte\", the source has %n"_s};
    QTest::newRow("one plural form")
        << u"<message numerus=\"yes\"><source>%n project(s)</source><translation>"
           "<numerusform>%n Projekte</numerusform></translation></message>\n"_s
        << QStringList{u"1 plural forms, de_DE needs 2"_s};
    QTest::newRow("accelerator collision") << entry(u"&amp;File"_s, u"&amp;Datei"_s) + entry(u"&amp;Edit"_s, u"&amp;Daten"_s)
                                           << QStringList{u"accelerator &d of \"&Daten\" is also taken by \"&Datei\""_s};
    QTest::newRow("shared in English too") << entry(u"&amp;File"_s, u"&amp;Datei"_s) + entry(u"&amp;Filter"_s, u"&amp;Drucken"_s)
                                           << QStringList();
    QTest::newRow("literal ampersand") << entry(u"A &amp;&amp; B"_s, u"A &amp;&amp; B"_s) + entry(u"&amp;B"_s, u"&amp;B"_s)
                                       << QStringList();
    QTest::newRow("accelerator lost") << entry(u"&amp;Save"_s, u"Speichern"_s)
                                      << QStringList{u"lost the source's accelerator &s"_s};
}

void TestTranslations::check_findsEachKindOfProblem()
{
    QFETCH(QString, messages);
    QFETCH(QStringList, expected);
    const QStringList problems = checkText(tsDocument(messages));
    QCOMPARE(problems.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QVERIFY2(problems[i].contains(expected[i]), qPrintable(problems[i]));
}

void TestTranslations::committedTranslations_areComplete_data()
{
    QTest::addColumn<QString>("path");
    const QString dir = qEnvironmentVariableIsSet("SC_TS_DIR") ? qEnvironmentVariable("SC_TS_DIR")
                                                               : QStringLiteral(SC_SOURCE_DIR "/translations");
    const QStringList files = QDir(dir).entryList({u"*.ts"_s}, QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), qPrintable(u"no .ts file in "_s + dir));
    for (const QString& file : files)
        QTest::newRow(qPrintable(file)) << QDir(dir).filePath(file);
}

void TestTranslations::committedTranslations_areComplete()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path + u": "_s + file.errorString()));
    const QStringList problems = checkTs(file, path);
    for (const QString& problem : problems)
        qWarning().noquote() << problem;
    QVERIFY2(problems.isEmpty(), qPrintable(u"%1 problem(s) in %2 (listed above)"_s.arg(problems.size()).arg(path)));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
