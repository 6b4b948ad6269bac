// SPDX-License-Identifier: MIT
// Ownership engine throughput: parse 5,000 rules; `ownership check` on 5,000 rules; replay 100,000
// events against 1,000 rules.
// Sentry's Python matches about 1,300 events/s against 300 rules on one core; the goal is 100× that.
#include "ownershipdiagnostics.h"
#include "ownershipevent.h"
#include "ownershipglob.h"
#include "ownershipshadowing.h"
#include "ownershipmatcher.h"
#include "ownershipparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTextStream>

using namespace sc;

namespace {

QString ruleLine(QRandomGenerator& rng, int i)
{
    const QStringList teams = {"#payments", "#checkout", "#platform-eng", "#mobile", "#data", "alice@acme.io", "bob@acme.io"};
    const QString owner = teams.at(int(rng.bounded(teams.size())));
    switch (i % 10) {
    case 0: return QStringLiteral("path:src/svc%1/** %2").arg(i).arg(owner);
    case 1: return QStringLiteral("*/svc%1/*.py %2").arg(i).arg(owner);
    case 2: return QStringLiteral("url:*/api/v%1/items/* %2").arg(i).arg(owner);
    case 3: return QStringLiteral("tags.service:svc-%1 %2").arg(i).arg(owner);
    case 4: return QStringLiteral("module:com.acme.svc%1.* %2").arg(i).arg(owner);
    case 5: return QStringLiteral("path:src/svc%1/[a-m]*.py %2").arg(i).arg(owner);
    case 6: return QStringLiteral("**/lib%1/*.js %2").arg(i).arg(owner);
    case 7: return QStringLiteral("url:https://acme.io/svc%1/* %2").arg(i).arg(owner);
    case 8: return QStringLiteral("path:app/{web,api}%1/*.ts %2").arg(i).arg(owner);
    default: return QStringLiteral("tags.transaction:/svc%1/* %2").arg(i).arg(owner);
    }
}

QString rulesText(int count, quint32 seed)
{
    QRandomGenerator rng(seed);
    QString text = QStringLiteral("# generated\n* #platform-eng\n");
    for (int i = 0; i < count - 1; ++i)
        text += ruleLine(rng, i) + QLatin1Char('\n');
    return text;
}

QJsonObject makeEvent(QRandomGenerator& rng, int rules)
{
    QJsonArray frames;
    const int frameCount = 3 + int(rng.bounded(5));
    for (int f = 0; f < frameCount; ++f) {
        const int svc = int(rng.bounded(rules));
        const QString file = QStringLiteral("src/svc%1/%2.py").arg(svc).arg(QChar(u'a' + int(rng.bounded(26))));
        frames.append(QJsonObject{{QStringLiteral("filename"), file},
                                  {QStringLiteral("abs_path"), QStringLiteral("/srv/app/") + file},
                                  {QStringLiteral("module"), QStringLiteral("com.acme.svc%1.handler").arg(svc)},
                                  {QStringLiteral("in_app"), true}});
    }
    const int svc = int(rng.bounded(rules));
    return QJsonObject{
        {QStringLiteral("platform"), QStringLiteral("python")},
        {QStringLiteral("exception"), QJsonObject{{QStringLiteral("values"),
                                                   QJsonArray{QJsonObject{{QStringLiteral("stacktrace"),
                                                                           QJsonObject{{QStringLiteral("frames"), frames}}}}}}}},
        {QStringLiteral("request"), QJsonObject{{QStringLiteral("url"), QStringLiteral("https://acme.io/api/v%1/items/42").arg(svc)}}},
        {QStringLiteral("tags"), QJsonArray{QJsonArray{QStringLiteral("service"), QStringLiteral("svc-%1").arg(svc)},
                                            QJsonArray{QStringLiteral("transaction"), QStringLiteral("/svc%1/pay").arg(svc)},
                                            QJsonArray{QStringLiteral("environment"), QStringLiteral("production")}}}};
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);

    // Parse.
    const QString parseText = rulesText(5000, 1);
    QElapsedTimer timer;
    int parsedRules = 0;
    int rounds = 0;
    timer.start();
    while (rounds < 3 || timer.elapsed() < 300) {
        const Result<OwnershipRules> rules = parseOwnership(parseText);
        if (!rules) {
            out << "parse failed: " << rules.error().message << Qt::endl;
            return 1;
        }
        parsedRules += int(rules->rules.size());
        ++rounds;
    }
    const double parseSeconds = double(timer.nsecsElapsed()) / 1e9;
    out << "parsed " << parsedRules << " rules in " << parseSeconds << " s (" << rounds << " rounds of 5,000)" << Qt::endl;
    out << "BENCH ownership_parse_rules_per_s " << qint64(parsedRules / parseSeconds) << " rules/s" << Qt::endl;

    // Check: every diagnostic of `ownership check` on 5,000 rules (literal paths, prefix and suffix
    // globs, star globs). The size cap is lifted so that the analyses themselves are timed.
    {
        QString text = rulesText(2500, 4);
        for (int i = 0; i < 2500; ++i)
            text += (i % 2 ? QStringLiteral("path:src/svc%1/* #data\n") : QStringLiteral("path:src/svc%1/handler.py #data\n")).arg(i / 2);
        OwnershipCheckOptions options;
        options.maxLength = 1 << 30;
        timer.restart();
        const QList<OwnershipDiagnostic> diagnostics = checkOwnership(text, options);
        const double checkMs = double(timer.nsecsElapsed()) / 1e6;
        out << "checked " << text.size() << " characters (5,000 rules): " << diagnostics.size() << " diagnostics in "
            << checkMs << " ms" << Qt::endl;
        out << "BENCH ownership_check_5000_rules " << checkMs << " ms" << Qt::endl;

        const Result<OwnershipRules> parsed = parseOwnership(text);
        std::vector<OwnershipGlob> globs;
        for (const OwnershipRule& rule : parsed->rules)
            globs.emplace_back(rule.pattern, rule.type == QLatin1String("url") ? OwnershipGlob::Flavor::Url
                                             : rule.isTagRule()                ? OwnershipGlob::Flavor::Tag
                                                                               : OwnershipGlob::Flavor::Path);
        timer.restart();
        const QList<ShadowFinding> indexed = findShadowing(parsed->rules, globs);
        const double indexedMs = double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        const QList<ShadowFinding> pairwise = findShadowingPairwise(parsed->rules, globs);
        const double pairwiseMs = double(timer.nsecsElapsed()) / 1e6;
        bool same = indexed.size() == pairwise.size();
        for (qsizetype i = 0; same && i < indexed.size(); ++i)
            same = indexed.at(i).later == pairwise.at(i).later && indexed.at(i).samePattern == pairwise.at(i).samePattern;
        out << "shadowing: indexed " << indexedMs << " ms, pairwise " << pairwiseMs << " ms, "
            << (same ? "same findings" : "DIFFERENT findings") << Qt::endl;
        out << "BENCH ownership_shadowing_5000_rules " << indexedMs << " ms" << Qt::endl;
        out << "BENCH ownership_shadowing_pairwise_5000_rules " << pairwiseMs << " ms" << Qt::endl;
        if (!same)
            return 1;
    }

    // Replay.
    const int ruleCount = 1000;
    const int eventCount = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    const Result<OwnershipRules> rules = parseOwnership(rulesText(ruleCount, 2));
    const OwnershipMatcher matcher(*rules);
    QRandomGenerator rng(3);
    QList<QByteArray> lines;
    lines.reserve(eventCount);
    for (int i = 0; i < eventCount; ++i)
        lines.append(QJsonDocument(makeEvent(rng, ruleCount)).toJson(QJsonDocument::Compact));

    timer.restart();
    QList<OwnershipEvent> events;
    events.reserve(eventCount);
    for (const QByteArray& line : lines)
        events.append(OwnershipEvent::fromJson(QJsonDocument::fromJson(line).object()));
    const double normalizeSeconds = double(timer.nsecsElapsed()) / 1e9;

    timer.restart();
    qint64 owners = 0;
    qint64 matches = 0;
    for (const OwnershipEvent& e : events) {
        const OwnershipMatchResult r = matcher.match(e);
        owners += r.owners.size();
        matches += r.rules.size();
    }
    const double matchSeconds = double(timer.nsecsElapsed()) / 1e9;
    out << "replayed " << eventCount << " events against " << rules->rules.size() << " rules: " << matches
        << " rule matches, " << owners << " owners; matching " << matchSeconds << " s, JSON parse + normalize "
        << normalizeSeconds << " s" << Qt::endl;
    out << "BENCH ownership_replay_events_per_s " << qint64(eventCount / matchSeconds) << " events/s" << Qt::endl;
    out << "BENCH ownership_replay_end_to_end_events_per_s " << qint64(eventCount / (matchSeconds + normalizeSeconds))
        << " events/s" << Qt::endl;
    return 0;
}
