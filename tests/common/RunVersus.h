// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// Runs the built program (VERSUS_BINARY, set by the test's CMakeLists) as a person or a
// script would, for the tests of the command line and of the data corpus.
namespace RunVersus {

using namespace Qt::StringLiterals;

constexpr int TimeoutMs = 60000;

// What one run of the program did.
struct Run
{
    bool finished = false;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    int exitCode = -1;
    QString out;
    QString err;

    // For failure messages: everything there is to know about the run.
    QByteArray describe() const
    {
        return (u"exit %1 (%2)\n--- stdout ---\n%3\n--- stderr ---\n%4"_s)
            .arg(exitCode)
            .arg(exitStatus == QProcess::NormalExit ? u"normal exit"_s : u"crashed"_s, out, err)
            .toUtf8();
    }
};

// A folder of this test run's own, readable by its owner only as the XDG spec requires, removed
// when the test ends.
inline QString privateRuntimeDir()
{
    static QTemporaryDir dir;
    QFile::setPermissions(dir.path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return dir.path();
}

// The environment of a headless command: no display of any kind, so that a command that
// needed one would fail instead of quietly using the offscreen platform ctest sets.
inline QProcessEnvironment headlessEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    // Qt's GUI start-up expects a runtime folder; where the environment has none (a bare shell,
    // a container) the program is given a private one, as a session would give it.
    if (env.value(u"XDG_RUNTIME_DIR"_s).isEmpty())
        env.insert(u"XDG_RUNTIME_DIR"_s, privateRuntimeDir());
    return env;
}

inline Run runVersus(const QStringList &arguments, const QString &workingDirectory = {},
                     const QProcessEnvironment &environment = headlessEnvironment())
{
    QProcess process;
    process.setProgram(QStringLiteral(VERSUS_BINARY));
    process.setArguments(arguments);
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start();

    Run run;
    run.finished = process.waitForFinished(TimeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(TimeoutMs);
    }
    run.exitStatus = process.exitStatus();
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace RunVersus
