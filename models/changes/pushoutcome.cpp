// SPDX-License-Identifier: MIT
#include "pushoutcome.h"
#include "tr.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sc {

QString pushStatusName(PushStatus status)
{
    switch (status) {
    case PushStatus::Pending: return u"pending"_s;
    case PushStatus::Running: return u"running"_s;
    case PushStatus::Verified: return u"verified"_s;
    case PushStatus::Conflict: return u"conflict"_s;
    case PushStatus::Failed: return u"failed"_s;
    case PushStatus::Mismatch: return u"mismatch"_s;
    case PushStatus::Skipped: return u"skipped"_s;
    case PushStatus::Canceled: return u"canceled"_s;
    }
    return {};
}

QString pushStatusText(PushStatus status)
{
    switch (status) {
    case PushStatus::Pending: return Tr::tr("pending");
    case PushStatus::Running: return Tr::tr("pushing…");
    case PushStatus::Verified: return Tr::tr("applied and verified");
    case PushStatus::Conflict: return Tr::tr("conflict: changed on the server, nothing written");
    case PushStatus::Failed: return Tr::tr("failed");
    case PushStatus::Mismatch: return Tr::tr("written, but the server holds something else");
    case PushStatus::Skipped: return Tr::tr("skipped");
    case PushStatus::Canceled: return Tr::tr("canceled");
    }
    return {};
}

QJsonObject PushOutcome::toJson() const
{
    QJsonObject json{{u"op"_s, opId}, {u"status"_s, pushStatusName(status)}, {u"written"_s, written}};
    if (!fields.isEmpty())
        json.insert(u"fields"_s, QJsonArray::fromStringList(fields));
    if (status == PushStatus::Failed || status == PushStatus::Skipped || !error.message.isEmpty()) {
        if (!error.message.isEmpty())
            json.insert(u"error"_s, QJsonObject{{u"kind"_s, errorKindName(error.kind)},
                                                {u"message"_s, error.message},
                                                {u"httpStatus"_s, error.httpStatus}});
    }
    if (status == PushStatus::Conflict) {
        json.insert(u"base"_s, base);
        json.insert(u"mine"_s, mine);
        json.insert(u"theirs"_s, theirs);
    }
    if (!createdId.isEmpty())
        json.insert(u"createdId"_s, createdId);
    if (!note.isEmpty())
        json.insert(u"note"_s, note);
    if (alreadyApplied)
        json.insert(u"alreadyApplied"_s, true);
    if (!followUps.isEmpty())
        json.insert(u"followUps"_s, followUps);
    return json;
}

} // namespace sc
