// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportFileDialog.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Versus {

QFileDialog *ExportFileDialog::open(QWidget *parent, const Kind &kind,
                                    std::function<void(const QString &path)> chosen)
{
    const Settings settings;
    const QString remembered = settings.value(kind.formatKey).toString();
    auto *dialog = new QFileDialog(parent, kind.title,
                                   settings.value(Settings::Key::LastDirectory).toString());
    dialog->setObjectName(kind.objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters(kind.nameFilters);
    dialog->selectNameFilter(kind.nameFilters.contains(remembered)
                                 ? remembered
                                 : kind.nameFilters.value(kind.defaultFilter));
    dialog->setDefaultSuffix(suffixOf(dialog->selectedNameFilter()));
    QObject::connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
        dialog->setDefaultSuffix(suffixOf(filter));
    });
    dialog->selectFile(kind.baseName + u'.' + dialog->defaultSuffix());
    const Settings::Key formatKey = kind.formatKey;
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog,
                     [dialog, formatKey, chosen = std::move(chosen)](const QString &path) {
                         Settings settings;
                         settings.setValue(Settings::Key::LastDirectory,
                                           QFileInfo(path).absolutePath());
                         settings.setValue(formatKey, dialog->selectedNameFilter());
                         chosen(path);
                     });
    dialog->open();
    return dialog;
}

QString ExportFileDialog::suffixOf(const QString &nameFilter)
{
    const qsizetype star = nameFilter.indexOf(u"*."_s);
    if (star < 0)
        return {};
    const qsizetype end = nameFilter.indexOf(QRegularExpression(u"[ )]"_s), star);
    return nameFilter.mid(star + 2, end < 0 ? -1 : end - star - 2);
}

} // namespace Versus
