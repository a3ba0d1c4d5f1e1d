// SPDX-License-Identifier: Apache-2.0
// Light or dark: View › Appearance switches the whole client at once and is kept for the next start; by
// default the client follows the desktop's colour scheme through the XDG portal (the [dbus] case, against a
// portal of the test's own on a session bus: scripts/desktop-test.sh). The icons are SVG files drawn in the
// variant of the palette, and each variant reads on its own palette.
#include "AppearanceChoice.h"
#include "CardListModel.h"
#include "ClientFlow.h"
#include "ClientSteps.h"
#include "DesktopPortal.h"
#include "NotificationBar.h"
#include "StateLook.h"
#include "SvgIcon.h"
#include "TemporaryCardView.h"

#include <QMenu>
#include <QPainter>
#include <QSettings>
#include <QSvgRenderer>
#include <QTemporaryDir>

#include <cmath>

using namespace tempcards;
using namespace tempcards::test;

namespace {

const QStringList kThemedIcons = {
    QStringLiteral("state-processing"),
    QStringLiteral("state-ordered"),
    QStringLiteral("state-in-production"),
    QStringLiteral("state-produced"),
    QStringLiteral("state-failed"),
    QStringLiteral("state-aborted"),
    QStringLiteral("state-unassigned"),
    QStringLiteral("state-assigned"),
    QStringLiteral("state-expired"),
    QStringLiteral("state-locked"),
    QStringLiteral("sync-working"),
    QStringLiteral("sync-failing"),
    QStringLiteral("close"),
};

// The drawing of one SVG file, as Qt SVG renders it, at 32×32.
QImage drawing(const QString &path)
{
    QImage image(32, 32, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QSvgRenderer renderer(path);
    REQUIRE(renderer.isValid());
    QPainter painter(&image);
    renderer.render(&painter, QRectF(0, 0, 32, 32));
    return image;
}

QImage shown(const QIcon &icon)
{
    return icon.pixmap(QSize(32, 32), 1.0).toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

double luminance(const QColor &colour)
{
    auto linear = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF());
}

// WCAG's contrast ratio (1 to 21) of the icon's most contrasting opaque pixel against `background`.
double contrastOn(const QImage &image, const QColor &background)
{
    const double behind = luminance(background);
    double best = 1;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() < 250)
                continue;
            const double l = luminance(pixel);
            best = qMax(best, (qMax(l, behind) + 0.05) / (qMin(l, behind) + 0.05));
        }
    return best;
}

// Every case ends light, as the other tests expect the client.
struct BackToLight
{
    ~BackToLight() { Appearance::apply(Appearance::Scheme::Light); }
};

} // namespace

TEST_CASE("View › Appearance makes the client dark or light at once and keeps the choice", "[gui][appearance]")
{
    BackToLight back;
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("tempcards.conf")), QSettings::IniFormat);
    AppearanceChoice appearance(&settings, QDBusConnection(QStringLiteral("no bus")));
    appearance.start();
    REQUIRE(appearance.desktop()->hasAnswered()); // no session bus: no preference, and no wait
    CHECK(Appearance::current() == Appearance::Scheme::Light);
    TestBackend t;
    t.createAccount(QStringLiteral("olle"), {Roles::Operator});
    t.insertCard(CardState::Produced);
    ClientFlow flow(&t.backend());
    flow.setSettings(&settings);
    flow.setAppearance(&appearance);
    WindowsCleanup cleanup;
    flow.start();
    MainWindow *window = logInToMainWindow(QStringLiteral("olle"));
    TemporaryCardView *cards = quickSearchTemporaryCards(window);
    REQUIRE(waitFor([&] { return cards->model()->rowCount() == 1; }));
    const auto stateIcon = [&] {
        return cards->model()->index(0, CardListModel::StateColumn).data(Qt::DecorationRole).value<QIcon>();
    };
    CHECK(shown(stateIcon()) == drawing(QStringLiteral(":/icons/light/state-produced.svg")));

    auto *menu = child<QMenu>(window, QStringLiteral("appearanceMenu"));
    CHECK(child<QAction>(menu, QStringLiteral("appearanceDesktopAction"))->isChecked());
    child<QAction>(menu, QStringLiteral("appearanceDarkAction"))->trigger();
    CHECK(Appearance::current() == Appearance::Scheme::Dark);
    // The open windows take the new palette from the event loop, as on a desktop.
    REQUIRE(waitFor([&] {
        return window->palette().color(QPalette::Window) == Appearance::darkPalette().color(QPalette::Window);
    }));
    CHECK(cards->palette().color(QPalette::Base) == Appearance::darkPalette().color(QPalette::Base));
    CHECK(window->notificationBar()->message() ==
          QStringLiteral("tempcards is dark, whatever the desktop's appearance."));
    CHECK(settings.value(AppearanceChoice::kSettingKey).toString() == QStringLiteral("dark"));
    // The same icon object now draws its dark variant: nothing had to set it again.
    CHECK(shown(stateIcon()) == drawing(QStringLiteral(":/icons/dark/state-produced.svg")));

    { // The next start (a new process reads the same settings) is dark before any window shows.
        Appearance::apply(Appearance::Scheme::Light);
        AppearanceChoice next(&settings, QDBusConnection(QStringLiteral("no bus")));
        next.start();
        CHECK(next.choice() == AppearanceChoice::Choice::Dark);
        CHECK(Appearance::current() == Appearance::Scheme::Dark);
    }

    child<QAction>(menu, QStringLiteral("appearanceLightAction"))->trigger();
    CHECK(Appearance::current() == Appearance::Scheme::Light);
    CHECK(settings.value(AppearanceChoice::kSettingKey).toString() == QStringLiteral("light"));
    CHECK(shown(stateIcon()) == drawing(QStringLiteral(":/icons/light/state-produced.svg")));

    child<QAction>(menu, QStringLiteral("appearanceDesktopAction"))->trigger();
    CHECK_FALSE(settings.contains(AppearanceChoice::kSettingKey));
    CHECK(window->notificationBar()->message() ==
          QStringLiteral("tempcards follows the desktop's light or dark appearance."));
    CHECK(Appearance::current() == Appearance::desktopScheme());

    // A value this version does not know (a later version's, a hand edit) follows the desktop.
    settings.setValue(AppearanceChoice::kSettingKey, QStringLiteral("sepia"));
    AppearanceChoice unknown(&settings, QDBusConnection(QStringLiteral("no bus")));
    unknown.start();
    CHECK(unknown.choice() == AppearanceChoice::Choice::FollowDesktop);
}

TEST_CASE("every icon has a light and a dark drawing and each reads on its own palette", "[gui][appearance]")
{
    BackToLight back;
    const QColor lightWindow = QApplication::style()->standardPalette().color(QPalette::Window);
    const QColor darkWindow = Appearance::darkPalette().color(QPalette::Window);
    for (const QString &name : kThemedIcons) {
        CAPTURE(name);
        const QImage light = drawing(QStringLiteral(":/icons/light/%1.svg").arg(name));
        const QImage dark = drawing(QStringLiteral(":/icons/dark/%1.svg").arg(name));
        CHECK(light != dark);
        // Each stands apart from the window it is shown on by WCAG's 3:1 for graphics (1.4.11); the
        // style's own close cross was nearly invisible on dark.
        CHECK(contrastOn(light, lightWindow) >= 3.0);
        CHECK(contrastOn(dark, darkWindow) >= 3.0);
    }
    // The icons the client shows are these files, in the variant of the palette.
    Appearance::apply(Appearance::Scheme::Dark);
    CHECK(shown(StateLook::closeIcon()) == drawing(QStringLiteral(":/icons/dark/close.svg")));
    CHECK(shown(StateLook::syncIcon(true)) == drawing(QStringLiteral(":/icons/dark/sync-failing.svg")));
    CHECK(shown(StateLook::cardStateIcon(CardState::Locked)) ==
          drawing(QStringLiteral(":/icons/dark/state-locked.svg")));
    Appearance::apply(Appearance::Scheme::Light);
    CHECK(shown(StateLook::cardStateIcon(CardState::Locked)) ==
          drawing(QStringLiteral(":/icons/light/state-locked.svg")));
    // Every card state has its drawing in both variants (the file is named by the state's stored name).
    for (const CardState state : CardStates::all()) {
        CAPTURE(CardStates::toStorage(state).toStdString());
        const QString name =
            QStringLiteral("state-") + CardStates::toStorage(state).replace(QLatin1Char('_'), QLatin1Char('-'));
        CHECK(kThemedIcons.contains(name));
        CHECK(shown(StateLook::cardStateIcon(state)) == drawing(QStringLiteral(":/icons/light/%1.svg").arg(name)));
    }
    // The application's icon is the very file installed for the desktop.
    CHECK(contrastOn(drawing(QStringLiteral(":/icons/org.tempcards.tempcards.svg")), lightWindow) >= 3.0);
    CHECK(shown(StateLook::applicationIcon()) == drawing(QStringLiteral(":/icons/org.tempcards.tempcards.svg")));
}

TEST_CASE("the client follows the desktop's colour scheme through the portal", "[.][dbus][appearance]")
{
    BackToLight back;
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("tempcards.conf")), QSettings::IniFormat);
    { // No portal on the bus: no preference, the palette stays the desktop's, and nothing fails.
        AppearanceChoice alone(&settings);
        alone.start();
        REQUIRE(waitFor([&] { return alone.desktop()->hasAnswered(); }));
        CHECK(alone.desktop()->preference() == DesktopColourScheme::Preference::None);
        CHECK(Appearance::current() == Appearance::desktopScheme());
    }

    DesktopPortal portal(1); // the desktop prefers dark
    REQUIRE(portal.isRegistered());
    AppearanceChoice appearance(&settings);
    appearance.start();
    REQUIRE(waitFor([&] { return Appearance::current() == Appearance::Scheme::Dark; }));
    CHECK(portal.reads() == 1);
    CHECK(SvgIcon::themedPath(QStringLiteral("close")) == QStringLiteral(":/icons/dark/close.svg"));

    // The person switches the desktop to light, and back: the client follows without asking again.
    portal.setColourScheme(2);
    REQUIRE(waitFor([&] { return Appearance::current() == Appearance::Scheme::Light; }));
    portal.setColourScheme(1);
    REQUIRE(waitFor([&] { return Appearance::current() == Appearance::Scheme::Dark; }));
    portal.setColourScheme(0); // no preference: the palette the desktop gave the client
    REQUIRE(waitFor([&] { return appearance.desktop()->preference() == DesktopColourScheme::Preference::None; }));
    CHECK(Appearance::current() == Appearance::desktopScheme());
    CHECK(portal.reads() == 1);

    // A fixed choice wins over the desktop, which is still followed for when the person switches back.
    REQUIRE(appearance.setChoice(AppearanceChoice::Choice::Light));
    portal.setColourScheme(1);
    REQUIRE(waitFor([&] { return appearance.desktop()->preference() == DesktopColourScheme::Preference::Dark; }));
    CHECK(Appearance::current() == Appearance::Scheme::Light);
    REQUIRE(appearance.setChoice(AppearanceChoice::Choice::FollowDesktop));
    CHECK(Appearance::current() == Appearance::Scheme::Dark);
}
