// SPDX-License-Identifier: Apache-2.0
#include "PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace tempcards {

namespace {
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOthers =
    QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;

QString shellQuoted(const QString &path)
{
    QString quoted = path;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}
} // namespace

bool PrivateFiles::makeFolder(const QString &folder)
{
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    QStringList missing;
    for (QFileInfo level(absolute); !level.exists(); level = QFileInfo(level.absolutePath())) {
        if (level.isRoot())
            return false;
        missing.prepend(level.absoluteFilePath());
    }
    // QDir::mkdir applies the mode itself (not through the umask).
    for (const QString &level : std::as_const(missing)) {
        if (!QDir().mkdir(level, kOwnerOnly | QFileDevice::ExeOwner) && !QFileInfo(level).isDir())
            return false;
    }
    return QFileInfo(absolute).isDir();
}

bool PrivateFiles::createFile(const QString &path, QString *problem)
{
    if (QFileInfo::exists(path))
        return true;
    QFile file(path);
    // NewOnly: if someone else created it meanwhile, theirs is kept and reported by readableByOthers.
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerOnly) || QFileInfo::exists(path))
        return true;
    *problem = file.errorString();
    return false;
}

bool PrivateFiles::prepareFile(const QString &path, QString *problem)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!makeFolder(folder)) {
        *problem = tr("The folder %1 could not be created.").arg(folder);
        return false;
    }
    return createFile(path, problem);
}

QStringList PrivateFiles::readableByOthers(const QStringList &paths)
{
    QStringList exposed;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.exists() && (info.permissions() & kOthers))
            exposed << path;
    }
    return exposed;
}

QString PrivateFiles::sqliteExposure(const QString &databasePath)
{
    const QStringList exposed =
        readableByOthers({databasePath, databasePath + QStringLiteral("-wal"), databasePath + QStringLiteral("-shm")});
    if (exposed.isEmpty())
        return {};
    QStringList quoted;
    for (const QString &path : exposed)
        quoted << shellQuoted(path);
    return tr("Other users of this computer can read or change the database %1, which holds the accounts' "
              "password hashes and the Go Cards client secret. To make it yours alone, run: chmod 600 %2")
        .arg(databasePath, quoted.join(QLatin1Char(' ')));
}

} // namespace tempcards
