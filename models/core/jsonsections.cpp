// SPDX-License-Identifier: MIT
#include "jsonsections.h"
#include "jsonio.h"

#include <simdjson.h>

#include <algorithm>
#include <string_view>
#include <thread>
#include <vector>

namespace sc {

namespace {

struct Section {
    QString key;
    std::string_view text; // the member's value, a view into the caller's bytes
    QJsonValue value;
    bool ok = false;
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The member's value as text: containers through their own raw_json(), scalars as their token.
simdjson::error_code rawValue(simdjson::ondemand::value value, std::string_view* raw)
{
    namespace od = simdjson::ondemand;
    od::json_type type;
    if (auto error = value.type().get(type))
        return error;
    if (type == od::json_type::object) {
        od::object object;
        if (auto error = value.get_object().get(object))
            return error;
        return object.raw_json().get(*raw);
    }
    if (type == od::json_type::array) {
        od::array array;
        if (auto error = value.get_array().get(array))
            return error;
        return array.raw_json().get(*raw);
    }
    *raw = value.raw_json_token();
    return simdjson::SUCCESS;
}

bool findSections(const QByteArray& bytes, std::vector<Section>* sections)
{
    namespace od = simdjson::ondemand;
    const simdjson::padded_string padded(bytes.constData(), size_t(bytes.size()));
    const char* const base = padded.data();
    const char* const end = base + padded.size();
    od::parser parser(size_t(bytes.size()) + 64);
    od::document doc;
    if (parser.iterate(padded).get(doc) != simdjson::SUCCESS)
        return false;
    od::object object;
    if (doc.get_object().get(object) != simdjson::SUCCESS)
        return false;
    const char* last = nullptr; // just past the last value
    for (auto result : object) {
        od::field field;
        if (std::move(result).get(field) != simdjson::SUCCESS)
            return false;
        // The key as written: printable ASCII without escapes, up to its closing quote.
        const char* key = field.key().raw();
        const char* keyEnd = key;
        while (keyEnd < end && *keyEnd != '"') {
            if (uchar(*keyEnd) < 0x20 || uchar(*keyEnd) >= 0x7f || *keyEnd == '\\')
                return false;
            ++keyEnd;
        }
        std::string_view raw;
        if (keyEnd == end || rawValue(field.value(), &raw) != simdjson::SUCCESS || raw.empty())
            return false;
        // Offsets into `padded` are offsets into the caller's bytes.
        Section section;
        section.key = QString::fromLatin1(key, qsizetype(keyEnd - key));
        section.text = std::string_view(bytes.constData() + (raw.data() - base), raw.size());
        sections->push_back(std::move(section));
        last = raw.data() + raw.size();
    }
    if (!last)
        return false;
    // Only the closing brace and white space may follow (no second document, no trailing bytes).
    while (last < end && isSpace(*last))
        ++last;
    if (last == end || *last != '}')
        return false;
    for (++last; last < end; ++last) {
        if (!isSpace(*last))
            return false;
    }
    return true;
}

void parseSection(Section* section, const QString& context)
{
    // Scalars are wrapped: parseJson reads a document, which must be an object or an array.
    const bool container = !section->text.empty() && (section->text.front() == '{' || section->text.front() == '[');
    QByteArray text = container ? QByteArray::fromRawData(section->text.data(), qsizetype(section->text.size()))
                                : QByteArray("[") + QByteArray(section->text.data(), qsizetype(section->text.size())) + ']';
    const Result<QJsonDocument> doc = parseJson(text, context);
    if (!doc)
        return;
    section->value = !container ? doc->array().at(0) : doc->isObject() ? QJsonValue(doc->object()) : QJsonValue(doc->array());
    section->ok = true;
}

} // namespace

std::optional<QJsonObject> parseJsonObjectInParallel(const QByteArray& input, const QString& context)
{
    const QByteArray bytes = input.startsWith("\xEF\xBB\xBF") ? input.mid(3) : input; // as parseJson does
    std::vector<Section> sections;
    try {
        if (!findSections(bytes, &sections))
            return std::nullopt;
    } catch (const std::exception&) { // simdjson's allocation failure
        return std::nullopt;
    }
    // Largest first, each to the least loaded worker; this thread is worker 0.
    const size_t workers = std::clamp<size_t>(std::thread::hardware_concurrency(), 1, 4);
    std::vector<size_t> order(sections.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return sections[a].text.size() > sections[b].text.size(); });
    std::vector<std::vector<size_t>> bins(workers);
    std::vector<size_t> load(workers, 0);
    for (size_t i : order) {
        const size_t bin = size_t(std::min_element(load.begin(), load.end()) - load.begin());
        bins[bin].push_back(i);
        load[bin] += sections[i].text.size();
    }
    auto run = [&](size_t bin) {
        for (size_t i : bins[bin])
            parseSection(&sections[i], context);
    };
    std::vector<std::thread> threads;
    for (size_t bin = 1; bin < workers; ++bin) {
        if (!bins[bin].empty())
            threads.emplace_back(run, bin);
    }
    run(0);
    for (std::thread& thread : threads)
        thread.join();

    QJsonObject object;
    for (Section& section : sections) {
        if (!section.ok)
            return std::nullopt;
        object.insert(section.key, section.value); // a repeated key: the last one wins, as in Qt's parser
    }
    return object;
}

} // namespace sc
