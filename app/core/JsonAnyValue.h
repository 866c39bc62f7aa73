// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>

namespace Versus {

class JsonScanner;

// Any JSON value at the scanner's place, whatever the format says of it: checked and passed
// over (a member the reader does not read, or reads later), or kept whole as a QJsonValue (a
// member Versus does not know, written back unchanged). Duplicate keys of the objects inside are
// reported to the scanner.
class JsonAnyValue
{
public:
    static bool skip(JsonScanner &scanner);
    static bool read(JsonScanner &scanner, QJsonValue &out);
};

} // namespace Versus
