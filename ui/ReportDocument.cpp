// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportDocument.h"

#include "Report.h"
#include "ReportTextWriter.h"
#include "SvgTextObject.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Versus {

namespace {

constexpr qreal BodyPoints = ReportTextWriter::BodyPoints;
constexpr qreal TablePoints = ReportTextWriter::TablePoints;
constexpr qreal FooterPoints = 7.5;
const QColor Muted(0x55, 0x55, 0x55);
// The chart is at most this wide, and this share of a page high.
constexpr qreal ChartMaxMm = 150;
constexpr qreal ChartMaxPageShare = 0.55;

QString ratingText(const Report::RatingEntry &rating)
{
    return rating.score ? rating.level + u" (%1/%2)"_s.arg(*rating.score).arg(rating.levelCount)
                        : rating.level;
}

} // namespace

ReportDocument::ReportDocument(const Report &report, const QByteArray &chartSvg)
    : m_report(report), m_svg(chartSvg)
{
}

ReportDocument::~ReportDocument() = default;

QPageSize::PageSizeId ReportDocument::paperFor(const QLocale &locale)
{
    // The territories whose custom is US Letter (CLDR's paper sizes).
    static const QList<QLocale::Territory> letter{
        QLocale::UnitedStates, QLocale::Canada,    QLocale::Mexico,      QLocale::Chile,
        QLocale::Colombia,     QLocale::Venezuela, QLocale::Philippines, QLocale::PuertoRico,
        QLocale::Belize,       QLocale::CostaRica, QLocale::Guatemala,   QLocale::Nicaragua,
        QLocale::Panama,       QLocale::ElSalvador};
    if (letter.contains(locale.territory()) ||
        locale.measurementSystem() == QLocale::ImperialUSSystem)
        return QPageSize::Letter;
    return QPageSize::A4;
}

void ReportDocument::build(QPagedPaintDevice *device, qreal width, qreal pageHeight)
{
    const qreal dpi = device->logicalDpiY();
    m_document = std::make_unique<QTextDocument>();
    m_document->setUndoRedoEnabled(false);
    m_document->setDocumentMargin(0);
    QFont font = m_document->defaultFont();
    font.setPointSizeF(BodyPoints);
    font.setStyleStrategy(QFont::PreferNoShaping);
    m_document->setDefaultFont(font);
    m_sections.clear();
    m_headings.clear();

    const Report &r = m_report;
    const Report::Texts &t = r.texts;
    QTextCursor cursor(m_document.get());
    ReportTextWriter out(&cursor, &m_headings);
    out.heading(r.title.isEmpty() ? t.comparison : r.title, 1);
    out.paragraph(r.madeLine(), ReportTextWriter::textFormat(BodyPoints, false, Muted), 2, 6);
    if (r.frameworks.isEmpty())
        out.paragraph(t.noFrameworks, ReportTextWriter::textFormat(BodyPoints));

    auto *chart = new SvgTextObject(m_svg, m_document.get());
    if (chart->isValid()) {
        out.heading(t.chart, 2);
        const QSizeF natural = chart->naturalSize();
        const qreal maxWidth = qMin(width, ChartMaxMm / 25.4 * dpi);
        const qreal scale =
            qMin(maxWidth / natural.width(), pageHeight * ChartMaxPageShare / natural.height());
        out.paragraph({}, ReportTextWriter::textFormat(BodyPoints));
        QTextBlockFormat centred = cursor.blockFormat();
        centred.setAlignment(Qt::AlignHCenter);
        cursor.setBlockFormat(centred);
        SvgTextObject::insert(&cursor, natural * scale);
    }

    out.heading(t.comparison, 2);
    QList<QStringList> rows{{t.metric}};
    for (const Report::FrameworkEntry &framework : r.frameworks)
        rows.first() << framework.name;
    for (int m = 0; m < r.metrics.size(); ++m) {
        QStringList row{r.metrics.at(m).name};
        for (const Report::FrameworkEntry &framework : r.frameworks)
            row << ratingText(framework.ratings.at(m));
        rows << row;
    }
    QStringList scoreRow{t.score};
    for (const Report::FrameworkEntry &framework : r.frameworks)
        scoreRow << framework.scoreText;
    rows << scoreRow;
    QStringList facts;
    for (const Report::FrameworkEntry &framework : r.frameworks)
        for (const auto &fact : framework.facts)
            if (!facts.contains(fact.first))
                facts << fact.first;
    for (const QString &fact : facts) {
        QStringList row{fact};
        for (const Report::FrameworkEntry &framework : r.frameworks) {
            QString value;
            for (const auto &pair : framework.facts)
                if (pair.first == fact)
                    value = pair.second;
            row << value;
        }
        rows << row;
    }
    out.table(rows, true, {r.frameworks.size() > 6 ? 12.0 : 18.0});

    out.heading(t.ranking, 2);
    const bool chances = r.hasChances();
    rows = {{t.rank, t.framework, t.score}};
    if (chances)
        rows.first() << t.chanceFirst;
    for (const Report::RankEntry &entry : r.ranking) {
        QStringList row{QString::number(entry.rank), r.frameworks.at(entry.framework).name,
                        entry.scoreText};
        if (chances)
            row << (entry.chanceFirst
                        ? QLocale().toString(*entry.chanceFirst * 100, 'f', 0) + u" %"_s
                        : QString());
        rows << row;
    }
    out.table(rows, true, {10});
    if (r.partialScores)
        out.paragraph(t.partialNote, ReportTextWriter::textFormat(TablePoints, false, Muted));
    out.heading(t.weights, 3);
    rows = {{t.metric, t.weight}};
    for (const Report::MetricEntry &metric : r.metrics)
        rows << QStringList{metric.name, QString::number(metric.weight)};
    out.table(rows, true, {70});

    addFrameworks(&cursor);

    // The layout is made only now: made first, it laid the document out again after every
    // insertion, ten times the time of the whole report. Text is measured at the device's
    // resolution, as it will be drawn.
    chart->install();
    m_document->documentLayout()->setPaintDevice(device);
    m_document->setPageSize(QSizeF(width, pageHeight));
}

void ReportDocument::addFrameworks(QTextCursor *cursor)
{
    const Report::Texts &t = m_report.texts;
    ReportTextWriter out(cursor, &m_headings);
    out.continueAfterTable();
    for (const Report::FrameworkEntry &framework : m_report.frameworks) {
        const int first = out.paragraph(
            u"\u25A0 "_s, ReportTextWriter::textFormat(13, true, framework.color), 14, 3);
        m_headings.append(first);
        cursor->insertText(framework.name, ReportTextWriter::textFormat(13, true));
        if (!framework.summary.isEmpty())
            out.paragraph(framework.summary, ReportTextWriter::textFormat(BodyPoints));
        if (!framework.facts.isEmpty()) {
            out.heading(t.facts, 3);
            QList<QStringList> rows;
            for (const auto &fact : framework.facts)
                rows << QStringList{fact.first, fact.second};
            out.table(rows, false, {22});
        }
        out.heading(t.ratings, 3);
        QList<QStringList> rows{{t.metric, t.rating, t.note}};
        for (const Report::RatingEntry &rating : framework.ratings)
            rows << QStringList{rating.metric, ratingText(rating), rating.note};
        out.table(rows, true, {20, 16});
        if (!framework.links.isEmpty()) {
            out.heading(t.links, 3);
            out.list(framework.links);
        }
        out.heading(t.sources, 3);
        if (framework.sources.isEmpty())
            out.paragraph(t.noSources, ReportTextWriter::textFormat(BodyPoints));
        else
            out.list(framework.sources);
        m_sections.append({first, out.position()});
    }
}

void ReportDocument::keepTogether(qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = m_document->documentLayout();
    const auto pageOf = [pageHeight](qreal y) { return int(std::floor(y / pageHeight)); };
    const auto breakBefore = [](const QTextBlock &block) {
        QTextCursor cursor(block);
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        format.setTopMargin(0);
        cursor.setBlockFormat(format);
    };
    // In the order of the text, as each break moves what follows: a framework's section whole
    // where it fits on a page; a heading on the page of the first line after it.
    qsizetype section = 0;
    for (const int heading : std::as_const(m_headings)) {
        const QTextBlock start = m_document->findBlock(heading);
        const qreal top = layout->blockBoundingRect(start).top();
        if (section < m_sections.size() && m_sections.at(section).first == heading) {
            const QTextBlock end = m_document->findBlock(m_sections.at(section++).second);
            const qreal bottom = layout->blockBoundingRect(end).bottom();
            if (pageOf(top) != pageOf(bottom - 1) && bottom - top <= pageHeight) {
                breakBefore(start);
                continue;
            }
        }
        // A heading already at the top of a page stays there, whatever follows.
        const QTextBlock next = start.next();
        if (!next.isValid() || top - pageOf(top) * pageHeight < 1 || !next.layout() ||
            next.layout()->lineCount() == 0)
            continue;
        const qreal firstLine =
            layout->blockBoundingRect(next).top() + next.layout()->lineAt(0).rect().bottom();
        if (pageOf(top) != pageOf(firstLine - 1))
            breakBefore(start);
    }
}

int ReportDocument::print(QPagedPaintDevice *device)
{
    const qreal dpi = device->logicalDpiY();
    const QRectF paintRect = device->pageLayout().paintRectPixels(device->logicalDpiX());
    QFont footerFont;
    footerFont.setPointSizeF(FooterPoints);
    footerFont.setStyleStrategy(QFont::PreferNoShaping);
    const qreal footer = QFontMetricsF(footerFont, device).height() * 2.5;
    const qreal pageHeight = paintRect.height() - footer;
    build(device, paintRect.width(), pageHeight);
    keepTogether(pageHeight);
    // Laid out again whole: after the page breaks, the layout's index of where blocks start
    // (by which it draws only what a page shows) was stale, and it left paragraphs undrawn.
    m_document->markContentsDirty(0, m_document->characterCount());
    const int pages = m_document->pageCount();

    QPainter painter;
    if (!painter.begin(device))
        return 0;
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    const QString title = m_report.title.isEmpty() ? m_report.texts.comparison : m_report.title;
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device->newPage())
            return 0;
        painter.save();
        painter.translate(0, -page * pageHeight);
        QAbstractTextDocumentLayout::PaintContext context;
        const QRectF pageRect(0, page * pageHeight, paintRect.width(), pageHeight);
        // QTextLayout draws a line that only touches the clip's edge, and a PDF keeps clipped
        // text: a line at the top of the next page would be in this page's text as well.
        context.clip = pageRect.adjusted(0, 1, 0, -1);
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(pageRect);
        m_document->documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(footerFont);
        painter.setPen(Muted);
        const QRectF band(0, paintRect.height() - footer * 0.6, paintRect.width(), footer * 0.6);
        const QString number = Report::pageText(page + 1, pages);
        const QFontMetricsF metrics(footerFont, device);
        const qreal numberWidth = metrics.horizontalAdvance(number);
        painter.drawText(band, Qt::AlignRight | Qt::AlignBottom, number);
        const qreal gap = 16 * dpi / 72;
        painter.drawText(
            band, Qt::AlignLeft | Qt::AlignBottom,
            metrics.elidedText(title, Qt::ElideRight, band.width() - numberWidth - gap));
    }
    return painter.end() ? pages : 0;
}

} // namespace Versus
