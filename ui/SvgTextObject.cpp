// SPDX-License-Identifier: GPL-3.0-or-later
#include "SvgTextObject.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

namespace Versus {

namespace {

constexpr int SizeProperty = QTextFormat::UserProperty + 1;

} // namespace

SvgTextObject::SvgTextObject(const QByteArray &svg, QTextDocument *document)
    : QObject(document), m_document(document), m_renderer(svg)
{
}

void SvgTextObject::install()
{
    m_document->documentLayout()->registerHandler(Type, this);
}

QSizeF SvgTextObject::naturalSize() const
{
    const QRectF box = m_renderer.viewBoxF();
    return box.isEmpty() ? QSizeF(m_renderer.defaultSize()) : box.size();
}

void SvgTextObject::insert(QTextCursor *cursor, const QSizeF &size)
{
    QTextCharFormat format;
    format.setObjectType(Type);
    format.setProperty(SizeProperty, size);
    cursor->insertText(QString(QChar::ObjectReplacementCharacter), format);
}

QSizeF SvgTextObject::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    return format.property(SizeProperty).toSizeF();
}

void SvgTextObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                               const QTextFormat &)
{
    if (m_renderer.isValid())
        m_renderer.render(painter, rect);
}

} // namespace Versus
