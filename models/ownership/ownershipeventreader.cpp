// SPDX-License-Identifier: MIT
#include "ownershipeventreader.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <simdjson.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sc {

namespace {

namespace dom = simdjson::dom;
using Element = dom::element;
using Type = dom::element_type;

// Deeper documents go to QJsonDocument (its limit is 1,024), so both paths agree on what is valid.
constexpr size_t kMaxDepth = 512;

QString qstr(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// QJsonObject::value(key): with duplicate keys the last one wins.
std::optional<Element> field(Element object, std::string_view key)
{
    dom::object o;
    if (object.get_object().get(o))
        return std::nullopt;
    std::optional<Element> found;
    for (const dom::key_value_pair kv : o) {
        if (kv.key == key)
            found = kv.value;
    }
    return found;
}

std::optional<Element> path(std::optional<Element> v, std::initializer_list<std::string_view> keys)
{
    for (std::string_view key : keys) {
        if (!v)
            return std::nullopt;
        v = field(*v, key);
    }
    return v;
}

QString stringOf(const std::optional<Element>& v)
{
    std::string_view s;
    if (!v || v->get_string().get(s))
        return {};
    return qstr(s);
}

// OwnershipEvent's str(o, snake, camel): the camelCase key only when the snake_case one is absent.
QString stringField(Element o, std::string_view snake, std::string_view camel = {})
{
    std::optional<Element> v = field(o, snake);
    if (!v && !camel.empty())
        v = field(o, camel);
    return stringOf(v);
}

// get_path(…, filter=True): the array's non-null items, or nothing.
std::vector<Element> listOf(const std::optional<Element>& v)
{
    std::vector<Element> out;
    dom::array a;
    if (!v || v->get_array().get(a))
        return out;
    for (const Element item : a) {
        if (!item.is_null())
            out.push_back(item);
    }
    return out;
}

bool truthy(Element v)
{
    switch (v.type()) {
    case Type::BOOL: return v.get_bool().value_unsafe();
    case Type::INT64: return v.get_int64().value_unsafe() != 0;
    case Type::UINT64: return v.get_uint64().value_unsafe() != 0;
    case Type::DOUBLE: return v.get_double().value_unsafe() != 0.0;
    case Type::STRING: return !v.get_string().value_unsafe().empty();
    case Type::ARRAY: return v.get_array().value_unsafe().size() != 0;
    case Type::OBJECT: return v.get_object().value_unsafe().size() != 0;
    case Type::NULL_VALUE: return false;
    }
    return false;
}

// An object's members the way a QJsonObject iterates them: sorted by key, duplicates resolved to
// the last one.
std::vector<std::pair<QString, Element>> sortedMembers(const std::optional<Element>& v)
{
    std::vector<std::pair<QString, Element>> members;
    dom::object o;
    if (!v || v->get_object().get(o))
        return members;
    for (const dom::key_value_pair kv : o)
        members.emplace_back(qstr(kv.key), kv.value);
    std::stable_sort(members.begin(), members.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<std::pair<QString, Element>> unique;
    for (size_t i = 0; i < members.size(); ++i) {
        if (i + 1 < members.size() && members[i + 1].first == members[i].first)
            continue; // a later duplicate follows: it wins
        unique.push_back(std::move(members[i]));
    }
    return unique;
}

// A tag value as OwnershipEvent reads it: a string, or "" for null (also a missing value, which a
// QJsonArray stores as null); nothing for other types.
std::optional<QString> tagValue(const std::optional<Element>& v)
{
    if (!v || v->is_null())
        return QString();
    std::string_view s;
    if (v->get_string().get(s))
        return std::nullopt;
    return qstr(s);
}

OwnershipFrame frameFrom(Element o)
{
    OwnershipFrame f;
    f.filename = stringField(o, "filename");
    f.absPath = stringField(o, "abs_path", "absPath");
    f.module = stringField(o, "module");
    f.package = stringField(o, "package");
    std::optional<Element> inApp = field(o, "in_app");
    if (!inApp)
        inApp = field(o, "inApp");
    bool b = false;
    if (inApp && !inApp->get_bool().get(b))
        f.inApp = b;
    return f;
}

} // namespace

struct OwnershipEventReader::Impl {
    dom::parser parser;
    std::string buffer;
};

OwnershipEventReader::OwnershipEventReader() : d(std::make_unique<Impl>()) {}
OwnershipEventReader::~OwnershipEventReader() = default;

bool OwnershipEventReader::read(QByteArrayView json, OwnershipEvent* out, QString* eventId, const QString& fallbackId)
{
    const size_t size = size_t(json.size());
    if (d->parser.capacity() < size || d->parser.max_depth() != kMaxDepth) {
        if (d->parser.allocate(std::max<size_t>(size, 4096), kMaxDepth))
            return false;
    }
    d->buffer.assign(json.data(), size);
    d->buffer.resize(size + simdjson::SIMDJSON_PADDING, '\0');
    Element root;
    if (d->parser.parse(d->buffer.data(), size, false).get(root) || !root.is_object())
        return false;

    if (eventId) {
        *eventId = fallbackId;
        for (std::string_view key : {"event_id", "eventID", "id"}) {
            const QString v = stringOf(field(root, key));
            if (!v.isEmpty()) {
                *eventId = v;
                break;
            }
        }
    }

    // OwnershipEvent::toIngestShape: API events carry exception/threads/stacktrace/request in
    // entries[] (the first entry of a type with data wins, a top-level key wins over entries) and
    // tags as [{key, value}] or {key: value}.
    const std::optional<Element> entries = field(root, "entries");
    const std::optional<Element> tags = field(root, "tags");
    bool objectTags = false;
    dom::array tagArray;
    const bool tagsIsArray = tags && !tags->get_array().get(tagArray);
    if (tagsIsArray) {
        for (const Element t : tagArray)
            objectTags = objectTags || t.is_object();
    }
    const bool tagsIsObject = tags && tags->is_object();
    const bool converted = (entries && entries->is_array()) || objectTags || tagsIsObject;

    auto section = [&](std::string_view name) -> std::optional<Element> {
        std::optional<Element> top = field(root, name);
        if (top || !converted || !entries)
            return top;
        dom::array a;
        if (entries->get_array().get(a))
            return std::nullopt;
        for (const Element entry : a) {
            if (!entry.is_object())
                continue;
            std::string_view type;
            if (const std::optional<Element> t = field(entry, "type"); !t || t->get_string().get(type) || type != name)
                continue;
            if (std::optional<Element> data = field(entry, "data"))
                return data;
        }
        return std::nullopt;
    };

    OwnershipEvent e;
    e.platform = stringField(root, "platform");
    e.sdkName = stringOf(path(root, {"sdk", "name"}));

    std::vector<Element> frames;
    const std::optional<Element> exception = section("exception");
    for (const Element exc : listOf(path(exception, {"values"}))) {
        for (const Element frame : listOf(path(exc, {"stacktrace", "frames"})))
            frames.push_back(frame);
    }
    if (!frames.empty()) {
        e.frameSource = QStringLiteral("exception");
    } else {
        frames = listOf(path(section("stacktrace"), {"frames"}));
        if (!frames.empty()) {
            e.frameSource = QStringLiteral("stacktrace");
        } else {
            const std::optional<Element> threadsValue = section("threads");
            std::vector<Element> threads = listOf(path(threadsValue, {"values"}));
            if (threads.empty())
                threads = listOf(threadsValue);
            std::optional<Element> thread;
            if (threads.size() == 1) {
                thread = threads.front();
            } else if (threads.size() > 1) {
                for (std::string_view flag : {"crashed", "current"}) {
                    std::vector<Element> hits;
                    for (const Element t : threads) {
                        if (!t.is_object())
                            continue;
                        if (const std::optional<Element> v = field(t, flag); v && truthy(*v))
                            hits.push_back(t);
                    }
                    if (hits.size() == 1) {
                        thread = hits.front();
                        break;
                    }
                }
            }
            if (thread) {
                frames = listOf(path(thread, {"stacktrace", "frames"}));
                if (!frames.empty())
                    e.frameSource = QStringLiteral("thread");
            }
        }
    }
    e.frames.reserve(qsizetype(frames.size()));
    for (const Element f : frames) {
        if (!f.is_object())
            continue;
        OwnershipFrame frame = frameFrom(f);
        frame.mungedFilename = mungedFilename(e.platform, e.sdkName, frame);
        e.frames.append(std::move(frame));
    }

    if (const std::optional<Element> url = path(section("request"), {"url"}); url && url->is_string())
        e.url = stringOf(url);

    auto addPair = [&](const std::optional<Element>& key, const std::optional<Element>& value) {
        std::string_view k;
        if (!key || key->get_string().get(k))
            return;
        if (std::optional<QString> v = tagValue(value))
            e.tags.append({qstr(k), std::move(*v)});
    };
    if (tagsIsObject) {
        for (const auto& [key, value] : sortedMembers(tags)) {
            if (value.is_null())
                e.tags.append({key, QString()});
            else if (value.is_string())
                e.tags.append({key, stringOf(value)});
        }
    } else if (tagsIsArray) {
        for (const Element t : tagArray) {
            if (t.is_object() && objectTags) {
                addPair(field(t, "key"), field(t, "value"));
                continue;
            }
            dom::array pair;
            if (t.get_array().get(pair) || pair.size() != 2)
                continue;
            const Element second = pair.at(1).value_unsafe();
            if (second.is_null() || second.is_string())
                addPair(pair.at(0).value_unsafe(), second);
        }
    }

    for (const auto& [key, value] : sortedMembers(field(root, "user"))) {
        if (value.is_string()) {
            e.userFields.append({key, stringOf(value)});
        } else if (value.is_object()) {
            for (const auto& [dataKey, dataValue] : sortedMembers(value)) {
                if (dataValue.is_string())
                    e.userFields.append({dataKey, stringOf(dataValue)});
            }
        }
    }
    *out = std::move(e);
    return true;
}

void OwnershipResultWriter::append(const OwnershipMatchResult& result, QByteArray* out)
{
    out->append("{\"owners\":[");
    bool first = true;
    for (const OwnershipOwner& o : result.owners) {
        if (!first)
            out->append(',');
        first = false;
        QHash<QString, QByteArray>& cache = o.type == OwnershipOwner::Type::Team ? m_teamJson : m_userJson;
        auto it = cache.constFind(o.identifier);
        if (it == cache.constEnd())
            it = cache.insert(o.identifier, QJsonDocument(o.toJson()).toJson(QJsonDocument::Compact));
        out->append(*it);
    }
    out->append("],\"rules\":[");
    first = true;
    for (int r : result.rules) {
        if (!first)
            out->append(',');
        first = false;
        out->append(QByteArray::number(r));
    }
    out->append("]}");
}

} // namespace sc
