// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace sc {

// What an operation does and what kind of server object it does it to. In memory these are enums and
// are compared as enums; only the change-set file (and the journal, which stores operations in the same
// shape) spells them, with the names in the two tables below and nowhere else.
//
// A new kind or type: add the enumerator and its table row here, and its row in the table of
// tests/tst_changekinds.cpp. The build then warns (-Wswitch) at every switch that must say what the
// new value means (request paths in models/changes/requestshapes.cpp, inverses in undobuilder.cpp…).
enum class OperationKind { Create, Update, Delete, Connect, Disconnect };

enum class TargetType {
    Ownership,
    Detector,
    Workflow,
    IssueAlertRule,
    MetricAlertRule,
    ProjectTeam,
    // reference architecture (issue 14): models/changes/requestshapes.h documents each
    ProjectSettings,
    InboundFilter,
    ClientKey,
    SpikeProtection,
    Team,
    Project,
    Monitor,
};

template <class Enum>
struct ChangeName {
    Enum value;
    const char* name; // as written in the file
};

inline constexpr ChangeName<OperationKind> kOperationKindNames[] = {
    {OperationKind::Create, "create"},   {OperationKind::Update, "update"},
    {OperationKind::Delete, "delete"},   {OperationKind::Connect, "connect"},
    {OperationKind::Disconnect, "disconnect"},
};

inline constexpr ChangeName<TargetType> kTargetTypeNames[] = {
    {TargetType::Ownership, "ownership"},
    {TargetType::Detector, "detector"},
    {TargetType::Workflow, "workflow"},
    {TargetType::IssueAlertRule, "issueAlertRule"},
    {TargetType::MetricAlertRule, "metricAlertRule"},
    {TargetType::ProjectTeam, "projectTeam"},
    {TargetType::ProjectSettings, "projectSettings"},
    {TargetType::InboundFilter, "inboundFilter"},
    {TargetType::ClientKey, "clientKey"},
    {TargetType::SpikeProtection, "spikeProtection"},
    {TargetType::Team, "team"},
    {TargetType::Project, "project"},
    {TargetType::Monitor, "monitor"},
};

// The file's spelling ("create", "issueAlertRule"). Not translated: identifiers, also in output for people.
QString operationKindName(OperationKind kind);
QString targetTypeName(TargetType type);

// The enum a file's string names; nullopt for a string no table row has (exact, case-sensitive).
std::optional<OperationKind> parseOperationKind(QStringView name);
std::optional<TargetType> parseTargetType(QStringView name);

// Every name in table order, for "expected one of …" messages.
QStringList operationKindNames();
QStringList targetTypeNames();

} // namespace sc
