// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QTimer>

class QAction;
class QLabel;
class QToolButton;

namespace Versus {

class Document;
class FrameworkModel;

// The bar above the table while the data is compared with a file (File > Compare With File):
// which file, how many ratings are higher, lower, added or removed, and the frameworks new or
// gone by name, which no cell can show. Follows every edit; hidden when nothing is compared.
class ComparisonBar : public QFrame
{
    Q_OBJECT

public:
    ComparisonBar(FrameworkModel *model, Document *document, QAction *clear,
                  QWidget *parent = nullptr);

    // What the bar says, as plain text.
    QString text() const;
    // The summary of the comparison now: counts and the frameworks added and removed.
    static QString summary(const FrameworkModel &model, const Document &document);

private:
    void refresh();

    FrameworkModel *m_model;
    Document *m_document;
    QLabel *m_label;
    QToolButton *m_clear;
    QTimer m_pending; // many changes at once (a paste, an undo of many) are summed up once
};

} // namespace Versus
