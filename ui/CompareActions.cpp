// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompareActions.h"

#include "ComparisonBar.h"
#include "DataReader.h"
#include "Document.h"
#include "PendingEdit.h"
#include "Settings.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace Versus {

CompareActions::CompareActions(FrameworkModel *model, Document *document, QWidget *window)
    : QObject(window), m_document(document), m_window(window),
      m_compare(new QAction(tr("Compare Wit&h File…"), this)),
      m_clear(new QAction(tr("C&lear Comparison Marks"), this))
{
    m_compare->setObjectName(u"actionCompareWithFile"_s);
    m_compare->setStatusTip(tr("Mark every rating and fact that differs from another data file"));
    connect(m_compare, &QAction::triggered, this, &CompareActions::chooseFile);
    m_clear->setObjectName(u"actionClearComparison"_s);
    m_clear->setStatusTip(tr("Remove the marks of the comparison with a file"));
    m_clear->setEnabled(false);
    connect(m_clear, &QAction::triggered, this, &CompareActions::clear);
    connect(document, &Document::comparisonChanged, this,
            [this] { m_clear->setEnabled(m_document->changeMarks() != nullptr); });
    m_bar = new ComparisonBar(model, document, m_clear);
}

void CompareActions::addTo(QMenu *menu) const
{
    menu->addAction(m_compare);
    menu->addAction(m_clear);
}

void CompareActions::chooseFile()
{
    commitPendingEdit();
    auto *dialog =
        new QFileDialog(m_window, tr("Compare With File"),
                        Settings().value(Settings::Key::LastDirectory).toString(),
                        tr("JSON data (*.json);;Versus data (*.versus.json);;All files (*)"));
    dialog->setObjectName(u"compareDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        Settings().setValue(Settings::Key::LastDirectory, QFileInfo(path).absolutePath());
        compareWith(path);
    });
    dialog->open();
}

bool CompareActions::compareWith(const QString &path)
{
    const ReadResult result = DataReader::readFile(path, QDir::toNativeSeparators(path));
    if (!result.ok()) {
        auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Versus"),
            tr("“%1” could not be compared with: it has problems. The marks have not changed.")
                .arg(QFileInfo(path).fileName()),
            QMessageBox::Ok, m_window);
        box->setObjectName(u"compareProblemDialog"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setTextFormat(Qt::PlainText);
        box->setInformativeText(formatErrors(result.errors, 8));
        box->setDetailedText(formatErrors(result.errors, 1000));
        box->open();
        return false;
    }
    m_document->compareWith(result.data, path);
    emit message(tr("Compared with %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void CompareActions::clear()
{
    m_document->clearComparison();
}

} // namespace Versus
