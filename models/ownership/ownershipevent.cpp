// SPDX-License-Identifier: MIT
#include "ownershipevent.h"

#include <QJsonArray>

namespace sc {

namespace {

// Python truthiness of a JSON value.
bool truthy(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Bool: return v.toBool();
    case QJsonValue::Double: return v.toDouble() != 0.0;
    case QJsonValue::String: return !v.toString().isEmpty();
    case QJsonValue::Array: return !v.toArray().isEmpty();
    case QJsonValue::Object: return !v.toObject().isEmpty();
    default: return false;
    }
}

QString str(const QJsonObject& o, const char* snake, const char* camel = nullptr)
{
    QJsonValue v = o.value(QLatin1String(snake));
    if (v.isUndefined() && camel)
        v = o.value(QLatin1String(camel));
    return v.isString() ? v.toString() : QString();
}

// get_path(obj, a, b, filter=True): a list with nulls removed, or empty.
QJsonArray listAt(const QJsonValue& root, std::initializer_list<const char*> path)
{
    QJsonValue v = root;
    for (const char* key : path) {
        if (!v.isObject())
            return {};
        v = v.toObject().value(QLatin1String(key));
    }
    QJsonArray out;
    if (!v.isArray())
        return out;
    for (const QJsonValue& item : v.toArray()) {
        if (!item.isNull())
            out.append(item);
    }
    return out;
}

OwnershipFrame frameFrom(const QJsonObject& o)
{
    OwnershipFrame f;
    f.filename = str(o, "filename");
    f.absPath = str(o, "abs_path", "absPath");
    f.module = str(o, "module");
    f.package = str(o, "package");
    QJsonValue inApp = o.value(QLatin1String("in_app"));
    if (inApp.isUndefined())
        inApp = o.value(QLatin1String("inApp"));
    if (inApp.isBool())
        f.inApp = inApp.toBool();
    return f;
}

QString stripSlashes(QString s)
{
    qsizetype a = 0;
    qsizetype b = s.size();
    while (a < b && s.at(a) == QLatin1Char('/'))
        ++a;
    while (b > a && s.at(b - 1) == QLatin1Char('/'))
        --b;
    return s.mid(a, b - a);
}

} // namespace

QString mungedFilename(const QString& platform, const QString& sdkName, const OwnershipFrame& frame)
{
    if (platform == QLatin1String("java")) {
        // get_path_from_module(module, abs_path)
        const QString& module = frame.module;
        const QString& absPath = frame.absPath;
        if (module.isEmpty() || absPath.isEmpty() || !module.contains(QLatin1Char('.')))
            return {};
        if (absPath.contains(QLatin1Char('$')) || !absPath.contains(QLatin1Char('.'))) {
            QString filePath = module.section(QLatin1Char('$'), 0, 0);
            return filePath.replace(QLatin1Char('.'), QLatin1Char('/'));
        }
        QString dir = module.left(module.lastIndexOf(QLatin1Char('.')));
        dir.replace(QLatin1Char('.'), QLatin1Char('/'));
        return dir + QLatin1Char('/') + absPath;
    }
    if (platform == QLatin1String("cocoa")) {
        if (frame.package.isEmpty() || frame.absPath.isEmpty())
            return {};
        const QString package = stripSlashes(frame.package);
        const QStringList parts = stripSlashes(frame.absPath).split(QLatin1Char('/'));
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (parts.at(i) == package)
                return parts.mid(i).join(QLatin1Char('/'));
        }
        return {};
    }
    if (platform == QLatin1String("other") && sdkName == QLatin1String("sentry.dart.flutter")) {
        const QString& absPath = frame.absPath;
        if (absPath.isEmpty() || absPath.startsWith(QLatin1String("dart:")))
            return {};
        if (!absPath.startsWith(QLatin1String("package:")) || frame.package.isEmpty())
            return {};
        const QString needle = QLatin1String("package:") + frame.package;
        const qsizetype at = absPath.indexOf(needle);
        if (at < 0)
            return {};
        QString rest = absPath;
        rest.remove(at, needle.size());
        return stripSlashes(rest);
    }
    return {};
}

QJsonObject OwnershipEvent::toIngestShape(const QJsonObject& event)
{
    const QJsonValue entriesValue = event.value(QLatin1String("entries"));
    const QJsonValue tagsValue = event.value(QLatin1String("tags"));
    bool objectTags = false;
    if (tagsValue.isArray()) {
        for (const QJsonValue& t : tagsValue.toArray())
            objectTags = objectTags || t.isObject();
    }
    if (!entriesValue.isArray() && !objectTags && !tagsValue.isObject())
        return event;
    QJsonObject out = event;
    for (const QJsonValue& entryValue : entriesValue.toArray()) {
        const QJsonObject entry = entryValue.toObject();
        const QString type = entry.value(QLatin1String("type")).toString();
        const QJsonValue data = entry.value(QLatin1String("data"));
        if (type == QLatin1String("exception") || type == QLatin1String("threads") || type == QLatin1String("stacktrace")
            || type == QLatin1String("request")) {
            if (!out.contains(type))
                out.insert(type, data);
        }
    }
    if (objectTags || tagsValue.isObject()) {
        QJsonArray pairs;
        if (tagsValue.isObject()) {
            const QJsonObject o = tagsValue.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                pairs.append(QJsonArray{it.key(), it.value()});
        } else {
            for (const QJsonValue& t : tagsValue.toArray()) {
                if (t.isObject())
                    pairs.append(QJsonArray{t.toObject().value(QLatin1String("key")), t.toObject().value(QLatin1String("value"))});
                else
                    pairs.append(t);
            }
        }
        out.insert(QLatin1String("tags"), pairs);
    }
    return out;
}

OwnershipEvent OwnershipEvent::fromJson(const QJsonObject& raw)
{
    const QJsonObject event = toIngestShape(raw);
    OwnershipEvent e;
    e.platform = str(event, "platform");
    e.sdkName = event.value(QLatin1String("sdk")).toObject().value(QLatin1String("name")).toString();

    QJsonArray frames;
    bool inException = false;
    for (const QJsonValue& exc : listAt(event, {"exception", "values"})) {
        for (const QJsonValue& frame : listAt(exc, {"stacktrace", "frames"})) {
            frames.append(frame);
            inException = true;
        }
    }
    if (inException) {
        e.frameSource = QStringLiteral("exception");
    } else {
        frames = listAt(event, {"stacktrace", "frames"});
        if (!frames.isEmpty()) {
            e.frameSource = QStringLiteral("stacktrace");
        } else {
            QJsonArray threads = listAt(event, {"threads", "values"});
            if (threads.isEmpty())
                threads = listAt(event, {"threads"});
            std::optional<QJsonValue> thread;
            if (threads.size() == 1) {
                thread = threads.at(0);
            } else if (threads.size() > 1) {
                for (const char* flag : {"crashed", "current"}) {
                    QJsonArray hits;
                    for (const QJsonValue& t : threads) {
                        if (t.isObject() && truthy(t.toObject().value(QLatin1String(flag))))
                            hits.append(t);
                    }
                    if (hits.size() == 1) {
                        thread = hits.at(0);
                        break;
                    }
                }
            }
            if (thread) {
                frames = listAt(*thread, {"stacktrace", "frames"});
                if (!frames.isEmpty())
                    e.frameSource = QStringLiteral("thread");
            }
        }
    }
    for (const QJsonValue& f : frames) {
        if (!f.isObject())
            continue;
        OwnershipFrame frame = frameFrom(f.toObject());
        frame.mungedFilename = mungedFilename(e.platform, e.sdkName, frame);
        e.frames.append(frame);
    }

    const QJsonValue url = event.value(QLatin1String("request")).toObject().value(QLatin1String("url"));
    if (url.isString())
        e.url = url.toString();

    for (const QJsonValue& t : listAt(event, {"tags"})) {
        const QJsonArray pair = t.toArray();
        if (pair.size() != 2 || !pair.at(0).isString())
            continue;
        const QJsonValue v = pair.at(1);
        if (v.isString())
            e.tags.append({pair.at(0).toString(), v.toString()});
        else if (v.isNull())
            e.tags.append({pair.at(0).toString(), QString()});
    }

    const QJsonObject user = event.value(QLatin1String("user")).toObject();
    for (auto it = user.begin(); it != user.end(); ++it) {
        if (it.value().isString()) {
            e.userFields.append({it.key(), it.value().toString()});
        } else if (it.value().isObject()) {
            const QJsonObject data = it.value().toObject();
            for (auto d = data.begin(); d != data.end(); ++d) {
                if (d.value().isString())
                    e.userFields.append({d.key(), d.value().toString()});
            }
        }
    }
    return e;
}

void OwnershipEvent::addPath(const QString& path)
{
    OwnershipFrame f;
    f.filename = path;
    frames.append(f);
    if (frameSource.isEmpty())
        frameSource = QStringLiteral("stacktrace");
}

void OwnershipEvent::addModule(const QString& module)
{
    OwnershipFrame f;
    f.module = module;
    frames.append(f);
    if (frameSource.isEmpty())
        frameSource = QStringLiteral("stacktrace");
}

void OwnershipEvent::addTag(const QString& key, const QString& value)
{
    tags.append({key, value});
}

} // namespace sc
