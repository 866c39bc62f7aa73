// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataReader.h"

#include "DataBuilder.h"
#include "FileBytes.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

// Nobody reads past the first hundred errors; the rest are counted.
constexpr qsizetype MaxListedErrors = 100;

// Line and column (1-based, columns in characters, a byte-order mark not counted) of each of
// `offsets`, found in one pass over the text.
QList<std::pair<int, int>> positions(QByteArrayView text, qsizetype start,
                                     const QList<qsizetype> &offsets)
{
    QList<qsizetype> order(offsets.size());
    for (qsizetype i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](qsizetype a, qsizetype b) { return offsets[a] < offsets[b]; });
    QList<std::pair<int, int>> result(offsets.size());
    int line = 1, column = 1;
    qsizetype at = start;
    for (const qsizetype i : std::as_const(order)) {
        const qsizetype target = std::clamp(offsets[i], start, text.size());
        for (; at < target; ++at) {
            const auto c = uchar(text[at]);
            if (c == '\n') {
                ++line;
                column = 1;
            } else if ((c & 0xC0) != 0x80) {
                ++column;
            }
        }
        result[i] = {line, column};
    }
    return result;
}

} // namespace

bool DataReader::isValidId(const QString &id)
{
    // [a-z0-9][a-z0-9_-]*, checked by hand: a regular expression was slow for 10,000 ids.
    const auto lowerOrDigit = [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
    };
    return !id.isEmpty() && lowerOrDigit(id.front()) &&
           std::all_of(id.cbegin() + 1, id.cend(),
                       [&](QChar c) { return lowerOrDigit(c) || c == u'_' || c == u'-'; });
}

ReadResult DataReader::readFile(const QString &path, const QString &displayName)
{
    const QString name = displayName.isEmpty() ? path : displayName;
    ReadResult result;
    auto fail = [&](const QString &message) {
        result.errors.append({name, 0, 0, QString(), message});
        return result;
    };
    const FileBytes::Result file = FileBytes::read(path, tr("is a directory, not a data file"));
    if (!file.problem.isEmpty())
        return fail(file.problem);
    return read(file.bytes, name);
}

ReadResult DataReader::read(const QByteArray &bytes, const QString &fileName)
{
    ReadResult result;
    auto fail = [&](const QString &message) {
        result.errors.append({fileName, 0, 0, QString(), message});
        return result;
    };
    if (bytes.size() > MaxFileSize)
        return fail(tr("is larger than 16 MiB"));
    // A byte-order mark and white space alone are no data either.
    if (bytes.trimmed().isEmpty() ||
        (bytes.startsWith("\xEF\xBB\xBF") && bytes.sliced(3).trimmed().isEmpty()))
        return fail(tr("is empty"));
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return fail(tr("is UTF-16; data files must be UTF-8"));

    const qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    DataBuilder builder(bytes, start);
    builder.read(result.data);
    const JsonScanner &scanner = builder.scanner();
    if (!scanner.ok()) {
        const auto [line, column] = positions(bytes, start, {scanner.errorOffset()}).first();
        result.errors.append({fileName, line, column, QString(),
                              scanner.errorAtTop()
                                  ? scanner.errorMessage()
                                  : tr("not valid JSON: %1").arg(scanner.errorMessage())});
        result.data = DataSet();
        return result;
    }

    // Duplicate keys first, in the order of the text, then the rest in the order of the format.
    QList<qsizetype> offsets;
    for (const JsonScanner::Duplicate &dup : scanner.duplicates()) {
        if (result.errors.size() >= MaxListedErrors)
            break;
        result.errors.append({fileName, 0, 0, dup.pointer,
                              tr("the key \"%1\" occurs twice in the same object").arg(dup.key)});
        offsets << dup.offset;
    }
    for (const DataBuilder::Found &found :
         builder.errors(std::size_t(MaxListedErrors - result.errors.size()))) {
        result.errors.append({fileName, 0, 0, found.pointer, found.message});
        offsets << found.offset;
    }
    const QList<std::pair<int, int>> places = positions(bytes, start, offsets);
    for (qsizetype i = 0; i < places.size(); ++i) {
        result.errors[i].line = places[i].first;
        result.errors[i].column = places[i].second;
    }
    const qsizetype notListed =
        scanner.duplicateCount() + builder.errorCount() - result.errors.size();
    if (notListed > 0)
        result.errors.append({fileName, 0, 0, QString(),
                              tr("%n more problems not listed", nullptr, int(notListed))});
    if (!result.ok())
        result.data = DataSet();
    return result;
}

} // namespace Versus
