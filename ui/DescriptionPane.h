// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

namespace Versus {

class FrameworkModel;
class Selection;

// Describes what is selected: a framework (summary, facts, each rating with its note, sources
// as links) or a metric (description and its scale). Text from the data file is escaped, never
// interpreted as HTML; links open in the browser only when they are http(s).
class DescriptionPane : public QTextBrowser
{
    Q_OBJECT

public:
    DescriptionPane(FrameworkModel *model, Selection *selection, QWidget *parent = nullptr);

signals:
    // A link that was not opened, with the reason, for the window to show.
    void linkRefused(const QString &message);

private:
    void refresh();
    QString frameworkHtml(int row) const;
    QString metricHtml(int metricIndex) const;
    QString overviewHtml() const;
    void openLink(const QUrl &url);

    FrameworkModel *m_model;
    Selection *m_selection;
    QString m_shown; // what the pane shows, to tell a refresh from a new choice
};

} // namespace Versus
