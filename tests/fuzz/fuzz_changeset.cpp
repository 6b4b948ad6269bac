// SPDX-License-Identifier: MIT
// Change sets: the loader (as `diff` and `apply` read a file), merging, the human and JSON diff, and
// the compare functions push and verify use. An object compared with itself has no conflict and
// verifies; a merged set saves and loads again.
// Input: a change-set file.
#include "fuzzcommon.h"

#include "changecompare.h"
#include "changemerge.h"
#include "changesetreport.h"

#include <QFile>
#include <QJsonDocument>

using namespace sc;
using sc::fuzz::require;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::initialize();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QString path = fuzz::scratchFile(".changes.json");
    {
        QFile file(path);
        require(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "cannot write the scratch file", path);
        file.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    const Result<ChangeSet> changes = ChangeSet::load(path);
    if (!changes) {
        require(!changes.error().message.isEmpty(), "a load error without message");
        return 0;
    }
    const ChangeSet merged = mergeOperations(*changes);
    require(merged.operations.size() <= changes->operations.size(), "merging adds operations");

    const DiffLabels labels = DiffLabels::fromSnapshot(fuzz::fixtureSnapshot("tiers/demo-workflow.json"));
    for (const ChangeSet* set : {&*changes, &merged}) {
        (void)changeSetDiffText(*set, false);
        (void)changeSetDiffText(*set, true, labels);
        (void)changeSetDiffJson(*set, labels);
        for (const ChangeOperation& op : set->operations) {
            (void)ownershipTextDiff(op);
            (void)compareJson(normalizeForCompare(op.base, op.target.type), normalizeForCompare(op.desired, op.target.type));
            require(conflictingFields(op.target.type, op.base, op.base).isEmpty(), "an object conflicts with itself", op.id);
            require(verificationMismatches(op.target.type, op.desired, op.desired).isEmpty(), "an object does not verify against itself",
                    op.id);
            (void)rebaseOnto(op.base, op.desired, op.base);
        }
    }

    const Result<ChangeSet> again = ChangeSet::fromJson(QJsonDocument::fromJson(QJsonDocument(merged.toJson()).toJson()).object());
    require(again.has_value(), "a merged change set does not load again", again ? QString() : again.error().message);
    require(again->operations.size() == merged.operations.size(), "a merged change set loses operations on saving");
    return 0;
}
