// SPDX-License-Identifier: MIT
#include "codeownersimport.h"

#include "jsonio.h"
#include "ownershipparser.h"
#include "ownershiprules.h"
#include "ownershiptext.h"
#include "tr.h"

#include <QRegularExpression>
#include <QSet>

namespace sc {

namespace {

// Sentry converts CODEOWNERS with Python string functions (src/sentry/utils/codeowners.py
// convert_codeowners_syntax), whose notions of lines and white space are wider than Qt's.

// str.splitlines(): \n, \r, \r\n, \v, \f, U+001C–U+001E, U+0085, U+2028, U+2029.
QStringList pythonSplitLines(const QString& text)
{
    static const QRegularExpression lineBreak(QStringLiteral("\\r\\n|[\\n\\r\\x{0b}\\x{0c}\\x{1c}-\\x{1e}\\x{85}\\x{2028}\\x{2029}]"));
    return text.split(lineBreak);
}

// str.strip(): removes what str.isspace() calls white space (which includes U+001C–U+001F).
QString pythonStrip(const QString& text)
{
    qsizetype begin = 0, end = text.size();
    while (begin < end && ownershiptext::isPythonWhitespace(text.at(begin).unicode()))
        ++begin;
    while (end > begin && ownershiptext::isPythonWhitespace(text.at(end - 1).unicode()))
        --end;
    return text.mid(begin, end - begin);
}

// Python's `\s` in a str pattern: Unicode white space plus U+001C–U+001F.
QRegularExpression pythonRegex(const QString& pattern)
{
    QString translated = pattern;
    translated.replace(QLatin1String("\\s"), QLatin1String("\\s\\x{1c}-\\x{1f}"));
    return QRegularExpression(translated, QRegularExpression::UseUnicodePropertiesOption);
}

// A Sentry owner as the mapping may name it: one token ("#team" or an e-mail / user name) that the
// ownership grammar reads back as that owner.
bool isSentryOwner(const QString& owner)
{
    if (owner.isEmpty() || owner == QLatin1String("#"))
        return false;
    for (QChar c : owner) {
        if (ownershiptext::isPythonWhitespace(c.unicode()))
            return false;
    }
    return true;
}

} // namespace

Result<CodeownersMapping> parseCodeownersMapping(const QString& text)
{
    CodeownersMapping mapping;
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1Char('{'))) {
        const Result<QJsonDocument> doc = parseJson(trimmed.toUtf8(), Tr::tr("mapping file"));
        if (!doc)
            return tl::unexpected(doc.error());
        const QJsonObject o = doc->object();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!it.value().isString())
                return fail(ErrorKind::Usage, Tr::tr("The mapping for %1 is not a string.").arg(it.key()));
            if (!isSentryOwner(it.value().toString()))
                return fail(ErrorKind::Usage, Tr::tr("The mapping for %1 is not one Sentry owner (\"#team\" or an e-mail address).")
                                                  .arg(it.key()));
            mapping.insert(it.key(), it.value().toString());
        }
        return mapping;
    }
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList parts = line.split(QRegularExpression(QStringLiteral("\\s+")));
        if (parts.size() != 2 || !isSentryOwner(parts.at(1)))
            return fail(ErrorKind::Usage,
                        Tr::tr("Mapping line %1 should read \"<code-host owner> <Sentry owner>\".").arg(i + 1));
        mapping.insert(parts.at(0), parts.at(1));
    }
    return mapping;
}

CodeownersMapping withSnapshotMapping(CodeownersMapping mapping, const OrgSnapshot& snapshot)
{
    for (const Team& team : snapshot.teams) {
        const QString sentry = QLatin1Char('#') + team.slug;
        for (const QString& key : {QStringLiteral("@%1/%2").arg(snapshot.orgSlug, team.slug), QLatin1Char('@') + team.slug}) {
            if (!mapping.contains(key))
                mapping.insert(key, sentry);
        }
    }
    for (const Member& m : snapshot.members) {
        if (!m.email.isEmpty() && !mapping.contains(m.email))
            mapping.insert(m.email, m.email);
    }
    return mapping;
}

namespace {

// The rule as Sentry will read it back must be the rule we meant: same pattern, same owners.
bool reparsesToItself(const QString& line, const QString& pattern, const QStringList& owners)
{
    const Result<OwnershipRules> parsed = parseOwnership(line);
    if (!parsed || parsed->rules.size() != 1)
        return false;
    const OwnershipRule& rule = parsed->rules.first();
    QStringList shown;
    for (const OwnershipOwner& owner : rule.owners)
        shown.append(owner.display());
    QStringList expected;
    for (const QString& owner : owners)
        expected.append(owner.startsWith(QLatin1Char('#')) ? owner : owner.toLower());
    return rule.type == QLatin1String("codeowners") && rule.pattern == pattern && shown == expected;
}

} // namespace

CodeownersImport importCodeowners(const QString& codeowners, const CodeownersMapping& mapping,
                                  const QString& sourceRoot, const QString& stackRoot)
{
    CodeownersImport result;
    QSet<QString> unmapped;
    static const QRegularExpression invalidPath = pythonRegex(QStringLiteral("(\\[([^]^\\s]*)\\])|[\\s!#]"));
    static const QRegularExpression anchored(QStringLiteral("[/]."));
    static const QRegularExpression slashes(QStringLiteral("(?<!:)/{2,}"));
    static const QRegularExpression section(QStringLiteral("^\\^?\\[[^\\]]+\\](\\[\\d+\\])?(.*)$"));
    static const QRegularExpression space = pythonRegex(QStringLiteral("[\\s]+"));
    static const QRegularExpression separator = pythonRegex(QStringLiteral("(?<!\\\\)[\\s]")); // get_codeowners_path_and_owners
    QStringList sectionDefaults;
    const QStringList lines = pythonSplitLines(codeowners);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString& line = lines.at(i);
        const int lineNo = int(i) + 1;
        if (line.startsWith(QLatin1Char('#')) || line.isEmpty()) {
            if (!(line.isEmpty() && i == lines.size() - 1))
                result.rules += line + QLatin1Char('\n');
            continue;
        }
        const QString trimmed = pythonStrip(line);
        if (trimmed.isEmpty())
            continue;
        if (const QRegularExpressionMatch m = section.match(trimmed); m.hasMatch()) {
            sectionDefaults = m.captured(2).split(space, Qt::SkipEmptyParts);
            result.issues.append({lineNo, Tr::tr("GitLab section header: its default owners (%1) apply to the entries "
                                                 "below that name none.")
                                              .arg(sectionDefaults.isEmpty() ? Tr::tr("none") : sectionDefaults.join(QLatin1Char(' ')))});
            continue;
        }
        QStringList parts = trimmed.split(separator, Qt::SkipEmptyParts);
        const QString path = parts.takeFirst();
        // An inline comment ends the owners.
        QStringList owners;
        for (const QString& p : parts) {
            if (p.startsWith(QLatin1Char('#')))
                break;
            owners.append(p);
        }
        if (owners.isEmpty())
            owners = sectionDefaults;
        if (invalidPath.match(path).hasMatch()) {
            result.issues.append({lineNo, Tr::tr("'%1' uses syntax CODEOWNERS does not support ('!', '#', '[…]' or "
                                                 "white space): Sentry drops this line.").arg(path)});
            continue;
        }
        QStringList sentryOwners;
        for (const QString& owner : owners) {
            const auto it = mapping.constFind(owner);
            if (it == mapping.constEnd()) {
                unmapped.insert(owner);
                continue;
            }
            if (!sentryOwners.contains(*it))
                sentryOwners.append(*it);
        }
        if (sentryOwners.isEmpty()) {
            result.issues.append({lineNo, owners.isEmpty()
                                              ? Tr::tr("'%1' has no owners: dropped.").arg(path)
                                              : Tr::tr("No owner of '%1' maps to a Sentry team or member (%2): dropped.")
                                                    .arg(path, owners.join(QStringLiteral(", ")))});
            continue;
        }
        QString formatted = path;
        if (anchored.match(path).hasMatch()) {
            if (!sourceRoot.isEmpty() || !stackRoot.isEmpty()) {
                const qsizetype at = formatted.indexOf(sourceRoot);
                if (at >= 0)
                    formatted.replace(at, sourceRoot.size(), stackRoot);
            }
            formatted.replace(slashes, QStringLiteral("/"));
        }
        // Sentry writes the path as is. One that starts with '"' would open a quoted pattern running to
        // the next '"' and swallow the rules in between; like any rule that does not read back as
        // itself, it is dropped below and reported (exit 3).
        const QString matcher = QStringLiteral("codeowners:") + formatted;
        const QString rule = matcher + QLatin1Char(' ') + sentryOwners.join(QLatin1Char(' '));
        if (formatted.startsWith(QLatin1Char('"')) || !reparsesToItself(rule, formatted, sentryOwners)) {
            result.issues.append({lineNo, Tr::tr("'%1' would not read back as the same rule in Sentry (an owner or "
                                                 "the path has characters Sentry's grammar splits or drops): dropped.")
                                              .arg(path)});
            ++result.unparseableRules;
            continue;
        }
        result.rules += rule + QLatin1Char('\n');
        ++result.ruleCount;
    }
    result.unmappedOwners = QStringList(unmapped.begin(), unmapped.end());
    result.unmappedOwners.sort();
    return result;
}

} // namespace sc
