// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportChartDialog.h"
#include "FactText.h"
#include "FrameworkEditor.h"
#include "FrameworkModel.h"
#include "MainWindow.h"
#include "MetricDialog.h"
#include "TestData.h"
#include "Translations.h"
#include "Windows.h"

#include <QAbstractButton>
#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Versus;

namespace {

// Every menu of the menu bar with the texts of its actions, in order: "&File" → {"&Open…", …}.
QList<std::pair<QString, QStringList>> menuTexts(const MainWindow *window)
{
    QList<std::pair<QString, QStringList>> menus;
    for (QAction *title : window->menuBar()->actions()) {
        QStringList texts;
        for (QAction *action : title->menu()->actions())
            if (!action->isSeparator())
                texts << action->text();
        menus.append({title->text(), texts});
    }
    return menus;
}

// The letters after "&" in `texts` that occur more than once: keys that would not choose one.
QStringList clashingMnemonics(const QStringList &texts)
{
    QStringList seen;
    QStringList clashes;
    for (const QString &text : texts) {
        const qsizetype at = text.indexOf(u'&');
        if (at < 0 || at + 1 >= text.size())
            continue;
        const QString key = text.mid(at + 1, 1).toLower();
        if (seen.contains(key))
            clashes << key + u" in " + text;
        seen << key;
    }
    return clashes;
}

// The texts with a mnemonic of every label and button in `form`: what Alt+letter chooses from.
QStringList formTexts(const QWidget *form)
{
    QStringList texts;
    for (const QLabel *label : form->findChildren<QLabel *>())
        if (label->buddy())
            texts << label->text();
    for (const QAbstractButton *button : form->findChildren<QAbstractButton *>())
        if (button->text().contains(u'&'))
            texts << button->text();
    return texts;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void englishNeedsNoTranslation();
    void germanLocaleTranslatesTheMenus();
    void noMenuTextLeftInEnglish();
    void mnemonicsAreUniquePerMenu_data();
    void mnemonicsAreUniquePerMenu();
    void formMnemonicsAreUnique_data();
    void formMnemonicsAreUnique();
    void windowMnemonicsAreUnique_data();
    void windowMnemonicsAreUnique();
    void germanTablePluralsAndQtButtons();
    void germanWeightedScoreTexts();
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(u"versus-test"_s);
    QSettings().clear();
}

void TestTranslations::cleanup()
{
    Translations::remove();
    QLocale::setDefault(QLocale::c());
}

void TestTranslations::englishNeedsNoTranslation()
{
    // The tests run with LC_ALL=C.UTF-8: the system locale has no translation, and the window
    // is in English, the language of the sources.
    QVERIFY(!Translations::install());
    const std::unique_ptr<MainWindow> window(Windows::showBundled());
    QCOMPARE(menuTexts(window.get()).first().first, u"&File"_s);
}

void TestTranslations::germanLocaleTranslatesTheMenus()
{
    // The same call as the program's (CommandLine), with the default locale German as the
    // system's would be under LANG=de_DE.UTF-8.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY(Translations::install());
    const std::unique_ptr<MainWindow> window(Windows::showBundled());
    QStringList titles;
    for (const auto &[title, texts] : menuTexts(window.get()))
        titles << title;
    QCOMPARE(titles, QStringList({u"&Datei"_s, u"&Bearbeiten"_s, u"&Ansicht"_s, u"&Hilfe"_s}));
    const auto *exportChart = window->findChild<QAction *>(u"actionExportChart"_s);
    QCOMPARE(exportChart->text(), u"&Diagramm exportieren…"_s);
    // The table's fact rows, from the core's model.
    QCOMPARE(FactText::name(Fact::Developer), u"Entwickler"_s);
    QCOMPARE(window->windowTitle(), u"Deep-learning frameworks[*] — Versus"_s);
}

void TestTranslations::noMenuTextLeftInEnglish()
{
    // The same window in English and in German, menu by menu and action by action.
    const std::unique_ptr<MainWindow> english(Windows::showBundled());
    const auto englishMenus = menuTexts(english.get());
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY(Translations::install());
    const std::unique_ptr<MainWindow> german(Windows::showBundled());
    const auto germanMenus = menuTexts(german.get());
    QCOMPARE(germanMenus.size(), englishMenus.size());
    // Words that are the same in both languages.
    const QStringList same{u"&Editor"_s};
    QStringList untranslated;
    for (qsizetype m = 0; m < englishMenus.size(); ++m) {
        QCOMPARE(germanMenus.at(m).second.size(), englishMenus.at(m).second.size());
        if (germanMenus.at(m).first == englishMenus.at(m).first)
            untranslated << englishMenus.at(m).first;
        for (qsizetype a = 0; a < englishMenus.at(m).second.size(); ++a) {
            const QString &text = englishMenus.at(m).second.at(a);
            if (germanMenus.at(m).second.at(a) == text && !same.contains(text))
                untranslated << text;
        }
    }
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u", "_s)));
}

void TestTranslations::mnemonicsAreUniquePerMenu_data()
{
    QTest::addColumn<bool>("german");
    QTest::newRow("English") << false;
    QTest::newRow("German") << true;
}

void TestTranslations::mnemonicsAreUniquePerMenu()
{
    QFETCH(bool, german);
    if (german) {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(Translations::install());
    }
    const std::unique_ptr<MainWindow> window(Windows::showBundled());
    const auto menus = menuTexts(window.get());
    QStringList titles;
    for (const auto &[title, texts] : menus) {
        titles << title;
        QVERIFY2(clashingMnemonics(texts).isEmpty(),
                 qPrintable(title + u": "_s + clashingMnemonics(texts).join(u", "_s)));
        for (const QString &text : texts)
            QVERIFY2(text.contains(u'&'), qPrintable(text + u" has no mnemonic"_s));
    }
    QVERIFY2(clashingMnemonics(titles).isEmpty(),
             qPrintable(clashingMnemonics(titles).join(u", "_s)));
}

void TestTranslations::windowMnemonicsAreUnique_data()
{
    mnemonicsAreUniquePerMenu_data();
}

// In the main window, Alt+letter opens a menu or presses a button of the frameworks list: each
// letter must choose one. (In German, Alt+D pressed "Diese vergleichen" instead of opening
// "Datei", Alt+A "Alle" instead of "Ansicht".)
void TestTranslations::windowMnemonicsAreUnique()
{
    QFETCH(bool, german);
    if (german) {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(Translations::install());
    }
    const std::unique_ptr<MainWindow> window(Windows::showBundled());
    QStringList texts;
    for (const auto &[title, entries] : menuTexts(window.get()))
        texts << title;
    for (const QLabel *label : window->findChildren<QLabel *>())
        if (label->buddy() && label->isVisibleTo(window.get()))
            texts << label->text();
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>())
        if (button->text().contains(u'&') && button->isVisibleTo(window.get()))
            texts << button->text();
    QVERIFY(texts.size() > 6);
    QVERIFY2(clashingMnemonics(texts).isEmpty(),
             qPrintable(clashingMnemonics(texts).join(u", "_s)));
}

void TestTranslations::formMnemonicsAreUnique_data()
{
    mnemonicsAreUniquePerMenu_data();
}

void TestTranslations::formMnemonicsAreUnique()
{
    // The editor, the metric dialog and the export dialog: each label's and button's letter
    // chooses one field, in English and in German.
    QFETCH(bool, german);
    if (german) {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(Translations::install());
    }
    const std::unique_ptr<MainWindow> window(Windows::showBundled());
    MetricDialog metric;
    ExportChartDialog exportChart(window->model());
    for (const QWidget *form :
         {static_cast<const QWidget *>(window->editor()), static_cast<const QWidget *>(&metric),
          static_cast<const QWidget *>(&exportChart)}) {
        const QStringList texts = formTexts(form);
        QVERIFY2(texts.size() >= 5, qPrintable(form->metaObject()->className()));
        QVERIFY2(clashingMnemonics(texts).isEmpty(),
                 qPrintable(QString::fromLatin1(form->metaObject()->className()) + u": "_s +
                            clashingMnemonics(texts).join(u", "_s)));
    }
}

void TestTranslations::germanTablePluralsAndQtButtons()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY(Translations::install());
    QCOMPARE(QCoreApplication::translate("Versus::MainWindow", "%n problems found:", nullptr, 3),
             u"3 Probleme gefunden:"_s);
    QCOMPARE(QCoreApplication::translate("Versus::MainWindow", "%n problems found:", nullptr, 1),
             u"1 Problem gefunden:"_s);
    // Qt's own buttons are German too when Qt's translations are installed
    // (qt6-translations-l10n); without them only Versus's texts are.
    const QString cancel = QCoreApplication::translate("QPlatformTheme", "Cancel");
    if (cancel == u"Cancel"_s)
        QSKIP("Qt's German translations (qtbase_de.qm) are not installed");
    QCOMPARE(cancel, u"Abbrechen"_s);
}

void TestTranslations::germanWeightedScoreTexts()
{
    // The weighted score's texts (Scoring) are translated under the model's context.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QVERIFY(Translations::install());
    FrameworkModel model;
    model.setDataSet(TestData::bundled());
    const int caffe = model.rowOfFramework(u"caffe"_s);
    const QString tip = model.index(caffe, model.scoreColumn()).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"Caffe — Gewichtete Bewertung: 7.5 von 10"_s), qPrintable(tip));
    QVERIFY(model.setWeight(0, 5));
    QCOMPARE(model.undoStack()->undoText(), u"Gewicht von Performance auf 5 setzen"_s);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
