// SPDX-License-Identifier: Apache-2.0
// tempcards-bench: the performance scenarios of README's "Performance" section, one JSON object per
// scenario on stdout. Not a test: it states figures and targets and exits non-zero only when a scenario
// could not run or gave a wrong result.
#include "BenchScenarios.h"
#include "BenchSupport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <map>

using namespace tempcards::bench;

int main(int argc, char *argv[])
{
    // The main window is shown in two scenarios; without a display it is drawn offscreen.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tempcards-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures tempcards against its performance targets."));
    parser.addHelpOption();
    const QCommandLineOption small(QStringLiteral("small"),
                                   QStringLiteral("Every scenario once at a small size, to prove it works."));
    const QCommandLineOption scenario(
        QStringLiteral("scenario"),
        QStringLiteral("Run only this scenario: order, dispatch, scale, stall, login, "
                       "handover, cardholders, directorysearch (repeatable; handover needs TEMPCARDS_BENCH_POSTGRES)."),
        QStringLiteral("name"));
    const QCommandLineOption stock(
        QStringLiteral("stock"),
        QStringLiteral("Cards in the scale and cardholders scenarios' databases (default 1000000)."),
        QStringLiteral("cards"));
    const QCommandLineOption queue(QStringLiteral("queue"),
                                   QStringLiteral("Queued cards in the dispatch and stall scenarios (default 100000)."),
                                   QStringLiteral("cards"));
    parser.addOptions({small, scenario, stock, queue});
    parser.process(app);

    Size size;
    size.small = parser.isSet(small);
    if (size.small) {
        size.orderRuns = 20;
        size.dispatchCards = 2000;
        size.stockCards = 20000;
        size.stallCards = 2000;
        size.people = 2000;
    }
    if (parser.isSet(stock))
        size.stockCards = parser.value(stock).toInt();
    if (parser.isSet(queue))
        size.dispatchCards = size.stallCards = parser.value(queue).toInt();
    const std::map<QString, void (*)(const QString &, const Size &)> scenarios{
        {QStringLiteral("order"), runOrderScenario},
        {QStringLiteral("dispatch"), runDispatchScenario},
        {QStringLiteral("scale"), runScaleScenario},
        {QStringLiteral("stall"), runStallScenario},
        {QStringLiteral("login"), runLoginScenario},
        {QStringLiteral("handover"), runHandOverScenario},
        {QStringLiteral("cardholders"), runCardholdersScenario},
        {QStringLiteral("directorysearch"), runDirectorySearchScenario}};
    QStringList chosen = parser.values(scenario);
    if (chosen.isEmpty())
        chosen = {QStringLiteral("order"),       QStringLiteral("dispatch"),       QStringLiteral("scale"),
                  QStringLiteral("stall"),       QStringLiteral("login"),          QStringLiteral("handover"),
                  QStringLiteral("cardholders"), QStringLiteral("directorysearch")};
    QTextStream err(stderr);
    if (chosen.size() > 1) {
        // Each scenario in a process of its own, so one's memory and threads do not weigh on the next.
        QStringList common;
        if (size.small)
            common << QStringLiteral("--small");
        if (parser.isSet(stock))
            common << QStringLiteral("--stock") << parser.value(stock);
        if (parser.isSet(queue))
            common << QStringLiteral("--queue") << parser.value(queue);
        for (const QString &name : std::as_const(chosen)) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedChannels);
            child.start(QCoreApplication::applicationFilePath(),
                        common + QStringList{QStringLiteral("--scenario"), name});
            if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
                err << "tempcards-bench: the " << name << " scenario failed\n";
                return 1;
            }
        }
        return 0;
    }
    for (const QString &name : std::as_const(chosen)) {
        const auto it = scenarios.find(name);
        if (it == scenarios.end()) {
            err << "tempcards-bench: no scenario " << name << "\n";
            return 2;
        }
        QTemporaryDir folder;
        // TEMPCARDS_BENCH_KEEP=1 keeps each scenario's databases for a look at their query plans.
        if (qEnvironmentVariableIntValue("TEMPCARDS_BENCH_KEEP") == 1) {
            folder.setAutoRemove(false);
            err << "tempcards-bench: " << name << " keeps its databases in " << folder.path() << "\n";
        }
        try {
            it->second(folder.path(), size);
        } catch (const std::exception &error) {
            err << "tempcards-bench: " << name << ": " << error.what() << "\n";
            return 1;
        }
    }
    return 0;
}
