// SPDX-License-Identifier: MIT
#pragma once

#include <QSyntaxHighlighter>

namespace sc {

// Colours ownership rules the way Sentry reads them: comments, matcher prefixes, patterns, #teams, users.
class OwnershipHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit OwnershipHighlighter(QTextDocument* document);

protected:
    void highlightBlock(const QString& text) override;
};

} // namespace sc
