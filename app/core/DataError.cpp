// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataError.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

// An error is one line. Text quoted from the file (an id, a key, a colour) may hold line
// breaks or terminal escapes; they are written as JSON writes them, so a message can neither
// pose as a second error nor change the terminal.
QString visible(const QString &text)
{
    QString shown;
    shown.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n')
            shown += u"\\n"_s;
        else if (u == u'\t')
            shown += u"\\t"_s;
        else if (u == u'\r')
            shown += u"\\r"_s;
        else if (u < 0x20 || u == 0x7F || (u >= 0x80 && u < 0xA0) || u == 0x2028 || u == 0x2029)
            shown += u"\\u"_s + QString::number(u, 16).rightJustified(4, u'0');
        else
            shown += c;
    }
    return shown;
}

} // namespace

QString DataError::toString() const
{
    QString text = file;
    if (line > 0)
        text += u':' + QString::number(line) + u':' + QString::number(column);
    text += u": "_s;
    if (!pointer.isEmpty())
        text += visible(pointer) + u": "_s;
    return text + visible(message);
}

QString formatErrors(const DataErrors &errors, int limit)
{
    QStringList lines;
    for (qsizetype i = 0; i < errors.size() && i < limit; ++i)
        lines << errors.at(i).toString();
    if (errors.size() > limit)
        lines << QCoreApplication::translate("Versus::DataError", "… and %1 more")
                     .arg(errors.size() - limit);
    return lines.join(u'\n');
}

} // namespace Versus
