// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

// One function per sub-command; `args` starts with the sub-command's own name (argv[1]).
// Each lives in its own cmd_<name>.cpp and returns an ExitCode.
namespace sc::cli {

int cmdExport(const QStringList& args);
int cmdAuth(const QStringList& args);
int cmdOwnership(const QStringList& args);
int cmdTiers(const QStringList& args);
int cmdDiff(const QStringList& args);
int cmdApply(const QStringList& args);
int cmdHistory(const QStringList& args);
int cmdUndo(const QStringList& args);
int cmdStats(const QStringList& args);
int cmdFakeServer(const QStringList& args);
int cmdAudit(const QStringList& args);   // cmd_audit.cpp: reference-architecture audit and plan
int cmdService(const QStringList& args); // cmd_service.cpp: onboard a service

} // namespace sc::cli
