// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonPath.h"

#include "JsonText.h"

using namespace Qt::StringLiterals;

namespace Versus {

QString JsonPath::decodeKey(QByteArrayView raw, bool escaped)
{
    QString key;
    if (escaped)
        JsonText::decodeEscaped(raw.data(), raw.data() + raw.size(), key);
    else
        key = JsonText::fromUtf8(raw);
    return key;
}

QString JsonPath::escapeToken(const QString &token)
{
    QString escaped = token;
    escaped.replace(u'~', u"~0"_s).replace(u'/', u"~1"_s);
    return escaped;
}

QString JsonPath::pointer(int depth) const
{
    QString pointer;
    for (int i = 0; i < depth && i < int(m_steps.size()); ++i) {
        const Step &step = m_steps[std::size_t(i)];
        pointer += u'/';
        pointer += step.object ? escapeToken(decodeKey(step.key, step.keyEscaped))
                               : QString::number(step.index);
    }
    return pointer;
}

QByteArray JsonPath::rank(int depth) const
{
    QByteArray key;
    for (int i = 0; i < depth && i < int(m_steps.size()); ++i) {
        const auto r = quint32(m_steps[std::size_t(i)].rank);
        key += char(r >> 24);
        key += char(r >> 16);
        key += char(r >> 8);
        key += char(r);
    }
    return key;
}

} // namespace Versus
