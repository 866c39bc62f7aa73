// SPDX-License-Identifier: GPL-3.0-or-later
// svggeometry [--overlay] [--list] FILE.svg...
//
// Reads charts exported as SVG (versus --export-chart FILE.svg) and prints, for each file, what
// breaks issue 14's rules as tst_chartgeometry checks them: a text under 9 px, outside the
// picture, elided or on another text; with --overlay also a ring number on a vertex and the
// room between the top and bottom spoke labels under 0.55 of the smaller side. Exits 1 when a
// file breaks one, 2 when a file cannot be read; --list also prints every text and vertex
// found. Run it with QT_QPA_PLATFORM=offscreen.
#include "SvgGeometry.h"

#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QStringList files = app.arguments().mid(1);
    const bool overlay = files.removeAll(u"--overlay"_s) > 0;
    const bool list = files.removeAll(u"--list"_s) > 0;
    QTextStream out(stdout);
    if (files.isEmpty()) {
        QTextStream(stderr) << "usage: svggeometry [--overlay] [--list] FILE.svg...\n";
        return 2;
    }
    int status = 0;
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            QTextStream(stderr) << path << ": " << file.errorString() << '\n';
            return 2;
        }
        const SvgGeometry::Picture svg = SvgGeometry::read(file.readAll());
        QStringList problems = SvgGeometry::problems(svg, overlay);
        problems.removeDuplicates(); // frameworks with the same rating share a vertex
        if (overlay && svg.markers.isEmpty())
            problems << u"no vertex markers found (ring numbers not checked against them)"_s;
        out << path << ": " << svg.texts.size() << " texts, "
            << (problems.isEmpty() ? u"ok"_s : u"%1 problems"_s.arg(problems.size())) << '\n';
        if (list) {
            for (const SvgGeometry::Text &text : svg.texts)
                out << "  text \"" << text.text << "\" " << SvgGeometry::describe(text.rect) << ' '
                    << text.pixels << " px\n";
            for (const QPointF &marker : svg.markers)
                out << "  vertex (" << marker.x() << ", " << marker.y() << ")\n";
        }
        for (const QString &problem : std::as_const(problems))
            out << "  " << problem << '\n';
        if (!problems.isEmpty())
            status = 1;
    }
    return status;
}
