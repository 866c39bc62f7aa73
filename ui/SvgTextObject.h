// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSizeF>
#include <QSvgRenderer>
#include <QTextObjectInterface>

class QTextCursor;
class QTextDocument;

namespace Versus {

// A picture in the flow of a QTextDocument, drawn from SVG with QSvgRenderer: on a PDF or a
// printer the chart stays vector, its labels text. ReportDocument places the chart with it.
class SvgTextObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int Type = QTextFormat::UserObject + 1;

    // A child of `document`, drawn in it once install() has registered it with its layout.
    SvgTextObject(const QByteArray &svg, QTextDocument *document);
    // Made a separate step so that the document can be filled before its layout exists.
    void install();

    bool isValid() const { return m_renderer.isValid(); }
    // The SVG's own size, in its units.
    QSizeF naturalSize() const;
    // Inserts the picture at `cursor`, `size` large in the document's units.
    static void insert(QTextCursor *cursor, const QSizeF &size);

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    QTextDocument *m_document;
    mutable QSvgRenderer m_renderer;
};

} // namespace Versus
