// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tempcards {

// Files only this operating-system account may read: on SQLite the account is the trust boundary, and the
// database holds password hashes and the Go Cards client secret. Folders tempcards creates are 0700, files
// 0600, whatever the umask; SQLite gives its -wal and -shm the database file's mode. Folders and files that
// already exist are never changed (a person's own folder is theirs), only reported.
class PrivateFiles
{
    Q_DECLARE_TR_FUNCTIONS(tempcards::PrivateFiles)

public:
    // Creates the missing folders of `folder`, each 0700. False when one could not be made.
    static bool makeFolder(const QString &folder);
    // Creates `path` empty and 0600 when it does not exist yet; an existing file is left alone.
    // False (with errno's words in *problem) when it could not be created.
    static bool createFile(const QString &path, QString *problem);
    // Both: the folders of `path`, then `path` itself, for a file written later by someone else
    // (QSettings keeps an existing file's mode when it saves).
    static bool prepareFile(const QString &path, QString *problem);
    // Which of `paths` exist and may be read by the file's group or by others.
    static QStringList readableByOthers(const QStringList &paths);
    // For the person: which of the database's files others can read and the command that fixes it.
    // Empty when none can be.
    static QString sqliteExposure(const QString &databasePath);
};

} // namespace tempcards
