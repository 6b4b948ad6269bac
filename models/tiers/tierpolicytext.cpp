// SPDX-License-Identifier: MIT
#include "tierpolicytext.h"
#include "tr.h"

#include <yaml-cpp/yaml.h>

namespace sc {

namespace {

std::optional<YAML::Node> find(const std::string& text, const QStringList& path)
{
    try {
        YAML::Node node = YAML::Load(text);
        for (const QString& key : path) {
            if (!node.IsMap())
                return std::nullopt;
            YAML::Node next = node[key.toStdString()];
            if (!next)
                return std::nullopt;
            node.reset(next);
        }
        if (!node.IsScalar())
            return std::nullopt;
        return node;
    } catch (const YAML::Exception&) {
        return std::nullopt;
    }
}

// Length in bytes of the scalar's source text starting at `pos`.
size_t sourceLength(const std::string& text, size_t pos)
{
    if (pos >= text.size())
        return 0;
    const char quote = text[pos];
    if (quote == '"' || quote == '\'') {
        for (size_t i = pos + 1; i < text.size(); ++i) {
            if (quote == '"' && text[i] == '\\') {
                ++i;
                continue;
            }
            if (text[i] == quote) {
                if (quote == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
                    ++i;
                    continue;
                }
                return i - pos + 1;
            }
        }
        return text.size() - pos;
    }
    size_t end = pos;
    while (end < text.size() && text[end] != '\n' && text[end] != ',' && text[end] != ']' && text[end] != '}'
           && !(text[end] == '#' && end > pos && (text[end - 1] == ' ' || text[end - 1] == '\t')))
        ++end;
    while (end > pos && (text[end - 1] == ' ' || text[end - 1] == '\t'))
        --end;
    return end - pos;
}

QString yamlScalar(const QString& value)
{
    static const QString special = QStringLiteral(":#{}[],&*!|>'\"%@`");
    bool plain = !value.isEmpty() && value.trimmed() == value;
    for (const QChar c : value) {
        if (special.contains(c))
            plain = false;
    }
    const QString lower = value.toLower();
    if (lower == QLatin1String("null") || lower == QLatin1String("~"))
        plain = false;
    if (plain)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

std::optional<QString> TierPolicyText::value(const QString& text, const QStringList& path)
{
    const std::optional<YAML::Node> node = find(text.toStdString(), path);
    if (!node)
        return std::nullopt;
    return QString::fromStdString(node->Scalar());
}

Result<QString> TierPolicyText::withValue(const QString& text, const QStringList& path, const QString& value)
{
    std::string bytes = text.toStdString();
    const std::optional<YAML::Node> node = find(bytes, path);
    if (!node || node->Mark().is_null())
        return fail(ErrorKind::Validation, Tr::tr("The policy text has no value at %1.").arg(path.join(QLatin1Char('.'))));
    const size_t pos = size_t(node->Mark().pos);
    bytes.replace(pos, sourceLength(bytes, pos), yamlScalar(value).toStdString());
    return QString::fromStdString(bytes);
}

} // namespace sc
