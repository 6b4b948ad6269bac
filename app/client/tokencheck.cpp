// SPDX-License-Identifier: MIT
#include "tokencheck.h"
#include "tr.h"

namespace sc {

Result<void> checkTokenText(const QString& token, const QString& source)
{
    for (qsizetype i = 0; i < token.size(); ++i) {
        const char16_t c = token.at(i).unicode();
        if (c > 0x20 && c < 0x7F)
            continue;
        const QString what = c == u'\r' || c == u'\n' ? Tr::tr("a line break")
                             : c == u' ' || c == u'\t' ? Tr::tr("whitespace")
                             : c < 0x20 || c == 0x7F   ? Tr::tr("a control character")
                                                       : Tr::tr("a non-ASCII character");
        return fail(ErrorKind::Usage,
                    Tr::tr("The auth token from %1 contains %2 at position %3; a Sentry token is printable ASCII "
                           "without spaces. Check for a stray newline or quote where it was copied.")
                        .arg(source, what)
                        .arg(i + 1));
    }
    return {};
}

} // namespace sc
