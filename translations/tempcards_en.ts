<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use another database: a SQLite file or a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the last step was refused, or how it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this dialog without changing anything (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Another batch sync is running on this database; nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) sent</source>
        <translation>
            <numerusform>%n order sent</numerusform>
            <numerusform>%n orders sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) ordered</source>
        <translation>
            <numerusform>%n card ordered</numerusform>
            <numerusform>%n cards ordered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) failed</source>
        <translation>
            <numerusform>%n card failed</numerusform>
            <numerusform>%n cards failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n production step(s) recorded</source>
        <translation>
            <numerusform>%n production step recorded</numerusform>
            <numerusform>%n production steps recorded</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>No directory is set in the settings; cardholders come from CSV files (--import-people).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n expiry reminder(s) sent</source>
        <translation>
            <numerusform>%n expiry reminder sent</numerusform>
            <numerusform>%n expiry reminders sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tempcards is already running; its window was brought to the front.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards</name>
    <message>
        <source>the field &quot;%1&quot; is missing or is not a valid id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card id is missing or not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card state &quot;%1&quot; is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reported chip UID is not 8 to 20 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::AbortDialog</name>
    <message>
        <source>Abort the order of these temporary cards? Aborted cards are never ordered from Nexus GO Cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards to abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1: aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1: not aborted. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected cards, and after Next whether each was aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort the order of the cards listed (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without aborting anything (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::AbortTemporaryCardOrder</name>
    <message>
        <source>Choose the cards to abort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no card %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 is %2; only cards in processing can be aborted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order of card %1 has been sent to Nexus GO Cards, which may have accepted it. It can be aborted only once Go Cards&apos; answer is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) aborted.</source>
        <translation>
            <numerusform>%n card aborted.</numerusform>
            <numerusform>%n cards aborted.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database was restored from a backup, and Nexus GO Cards may hold the order of card %1. It can be aborted only once the batch sync has asked Go Cards.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::AccountAdministration</name>
    <message>
        <source>Choose at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no role &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator already exists. Log in instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate your own account; another administrator can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last active administrator and cannot be deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of &quot;%1&quot; was reset. It must be changed at the next login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot change your own roles; another administrator must.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the last active administrator and must keep that role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roles of &quot;%1&quot; were changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::AccountService</name>
    <message>
        <source>The user name or password is wrong, or the account is not active or locked for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password other than the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database did not let you in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is wrong, or the account is not active.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;oles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts, their roles and whether they are active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an account and choose its roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected account from logging in; its records stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the selected account log in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected account a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the roles of the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the last change of an account did, or why it was refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::AppearanceMenu</name>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow the desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appearance could not be kept for the next start: the settings file cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tempcards follows the desktop&apos;s light or dark appearance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tempcards is light, whatever the desktop&apos;s appearance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tempcards is dark, whatever the desktop&apos;s appearance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::AssignDialog</name>
    <message>
        <source>(inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or employee id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or employee id; the people found are listed below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the person who gets the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the card to the person picked (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no unassigned card to hand out. Initialize a produced card, or order more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unassigned card the person gets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the card picked (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(in the directory, not brought in yet: at its next sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(inactive in the directory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory did not answer, so only the people already brought in are listed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who gets the card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::AuditChain</name>
    <message>
        <source>Audit record %1 does not follow the record before it: a record before it was removed, changed or moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit record %1 was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail&apos;s head record is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail ends at record %1, but it was last written up to record %2: records at its end were removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::AuditCheckpoint</name>
    <message>
        <source>it is not a tempcards checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field is missing or malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint file holds no checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkpoint %1 (%2, record %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not signed by the checkpoint key %2: the file was changed, or another key signed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database ends at record %1, before %2: it was restored from a backup, or cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 is not the one %2 saw: the history was rewritten, or this is another database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saw %2 records up to it; the database holds %3: records were removed or added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checkpoint holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest checkpoint that holds is number %1 of %2 (record %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n checkpoint(s), signed by key %1, hold.</source>
        <translation>
            <numerusform>The %n checkpoint, signed by key %1, holds.</numerusform>
            <numerusform>All %n checkpoints, signed by key %1, hold.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first that does not: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::AuditNames</name>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account reactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed or reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card state changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card validity changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card refreshed from Go Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order sent to Go Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People brought in from the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry reminder mailed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored database found by the batch sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::AuditRecordDialog</name>
    <message>
        <source>Read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Object:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;fter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workstation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hash:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the record (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outco&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::AuditService</name>
    <message>
        <source>Read the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to %1.</source>
        <translation>
            <numerusform>%n record exported to %1.</numerusform>
            <numerusform>%n records exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n record(s).</source>
        <translation>
            <numerusform>The audit trail is intact: %n record.</numerusform>
            <numerusform>The audit trail is intact: %n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is NOT intact. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::AuditTrailDialog</name>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. card:42 or process:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;bject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ou&amp;tcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ntil:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;older records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every record&apos;s hash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) shown.</source>
        <translation>
            <numerusform>%n record shown.</numerusform>
            <numerusform>%n records shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the records of this user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the records of this kind of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the records about this object, such as card:12 or account:anna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only successes, failures or refusals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the records from this day on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the records up to this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the records that match the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit records, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the next page of older records to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the records that match the filters as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that no audit record was changed or removed since it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many records are shown, and the result of the last check or export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify against check&amp;points…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint files (*.checkpoints *.log *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the audit trail against a file of signed checkpoints kept outside the database, which catches a cut, rewritten or swapped history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every record&apos;s hash and every checkpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::AuditVerification</name>
    <message>
        <source>--checkpoint-public-key is not an Ed25519 public key (base64, or a file holding it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is NOT intact. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit trail is intact: %n record(s).</source>
        <translation>
            <numerusform>The audit trail is intact: %n record.</numerusform>
            <numerusform>The audit trail is intact: %n records.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail does NOT match its checkpoints. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::Authorizer</name>
    <message>
        <source>Your account is no longer active, so &quot;%1&quot; was not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your roles do not allow &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not enabled. An administrator can enable it in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password first; &quot;%1&quot; was not started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::BatchResults</name>
    <message>
        <source>the answer does not list card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer lists cards that were not ordered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::BatchSyncJob</name>
    <message>
        <source>The batch sync was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be read; see the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue could not be turned into an order; see the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nexus GO Cards sent an events page that tempcards cannot read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production events could not be stored; see the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another process took over the batch sync; this run stopped and sent nothing more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::CardDetailsPane</name>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go Cards card id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go Cards order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produced:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chip UID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds it since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who held the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which card is shown here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the card was handed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who held the card, newest first, with who handed it out and back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a card to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) chosen; choose one to see its details.</source>
        <translation>
            <numerusform>%n card chosen; choose one to see its details.</numerusform>
            <numerusform>%n cards chosen; choose one to see its details.</numerusform>
        </translation>
    </message>
    <message>
        <source>Card %1 is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never handed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Handed out %n time(s):</source>
        <translation>
            <numerusform>Handed out once:</numerusform>
            <numerusform>Handed out %n times:</numerusform>
        </translation>
    </message>
    <message>
        <source>The state the card is in now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the card was ordered, and by whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s id at Nexus GO Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Nexus GO Cards order the card belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When Nexus GO Cards produced the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UID of the card&apos;s chip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person who holds the card, with the employee id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holder&apos;s department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since when the holder has the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until when the card may be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the card came back, was locked, or failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::CardHandOut</name>
    <message>
        <source>Card %1 changed meanwhile; nothing was changed. Look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 is %2; &quot;%3&quot; starts only from a card that is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage anymore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason holds a control or invisible character: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no card %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such cardholder; search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is inactive and cannot be given a card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n temporary card(s); the options allow %2 at a time. Withdraw one first.</source>
        <translation>
            <numerusform>%1 already holds %n temporary card; the options allow %2 at a time. Withdraw one first.</numerusform>
            <numerusform>%1 already holds %n temporary cards; the options allow %2 at a time. Withdraw one first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Card %1 changed meanwhile; look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 is assigned to %2, valid until %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 is back from %2 (%3) and unassigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 is back (%2) and unassigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the cards to extend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 is valid until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) are valid for %1 more days.</source>
        <translation>
            <numerusform>%n card is valid for %1 more days.</numerusform>
            <numerusform>%n cards are valid for %1 more days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the cards to lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) locked for good.</source>
        <translation>
            <numerusform>%n card locked for good.</numerusform>
            <numerusform>%n cards locked for good.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::CardHistoryView</name>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to the card, newest first, from the audit trail; Enter opens a record in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of the card&apos;s history is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>History, %n record(s):</source>
        <translation>
            <numerusform>History, %n record:</numerusform>
            <numerusform>History, %n records:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>History, the newest %n records (the audit trail has them all):</source>
        <translation>
            <numerusform>History, the newest %n record (the audit trail has it):</numerusform>
            <numerusform>History, the newest %n records (the audit trail has them all):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tempcards::CardListModel</name>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go Cards card id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go Cards order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::CardSortMenu</name>
    <message>
        <source>Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ascending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::CardStates</name>
    <message>
        <source>processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>produced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::CertificateNotes</name>
    <message>
        <source>Whose certificates these are, who issued them and until when they hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate can be read from this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, issued by %2, valid until %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s): renew it before then.</source>
        <translation>
            <numerusform>Expires in %n day: renew it before then.</numerusform>
            <numerusform>Expires in %n days: renew it before then.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired: connections with it are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid before %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::ChangePasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator has reset your password. Choose a new one of at least %1 characters before you go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password you logged in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password again, to catch a typing mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your password (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repe&amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::CheckpointKey</name>
    <message>
        <source>The checkpoint key %1 may be read by others; make it readable by its owner alone (chmod 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint key %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a tempcards checkpoint key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checkpoint key could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint key %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::CheckpointPublisher</name>
    <message>
        <source>The audit trail&apos;s head could not be read for a checkpoint; see the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checkpoint could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::ChipReader</name>
    <message>
        <source>The card on %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reader gave no answer to the request for the UID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reader cannot tell this card&apos;s UID (status %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card refused to give its UID (status %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the card gave a UID of %n byte(s), which no card has.</source>
        <translation>
            <numerusform>the card gave a UID of %n byte, which no card has.</numerusform>
            <numerusform>the card gave a UID of %n bytes, which no card has.</numerusform>
        </translation>
    </message>
    <message>
        <source>No card reader service is running (pcscd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card reader is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader went away: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card was put on the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::CirculationDialog</name>
    <message>
        <source>Cards out and stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which cards to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned cards and cards on their way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cards of the chosen view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many cards the view holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every card of the view to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the view again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %n card(s); Export CSV… writes them all.</source>
        <translation>
            <numerusform>The first %1 of %n card; Export CSV… writes them all.</numerusform>
            <numerusform>The first %1 of %n cards; Export CSV… writes them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s).</source>
        <translation>
            <numerusform>%n card.</numerusform>
            <numerusform>%n cards.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock: %1 unassigned, %2 on the way — below %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock: %1 unassigned, %2 on the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch sync mails each holder their reminder; the Mail column says what was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail server is set (Settings › Mail), so these reminders are only listed here and nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::CirculationModel</name>
    <message numerus="yes">
        <source>%1, %n day(s) before</source>
        <translation>
            <numerusform>%1, %n day before</numerusform>
            <numerusform>%1, %n days before</numerusform>
        </translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer not known; sent again at the next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed only: no mail server is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::CirculationQuery</name>
    <message>
        <source>Cards in circulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring within 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired and not returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards needing attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders due today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::ClientOptions</name>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Nexus GO Cards address (default: the simulator on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Go Cards client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Go Cards organisation id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order temporary ID cards from Nexus GO Cards and follow them until they can be handed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch sync: orders the queued temporary cards from Nexus GO Cards and follows their production. Only one batch sync works on a database at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Go Cards client secret is read from the environment variable %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run once and exit (for cron); the exit code is 0 when the run succeeded or another batch sync was running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every &lt;seconds&gt; until stopped (default: the batchSyncIntervalSeconds option).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --once or --interval, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval must be a whole number of seconds from 1 to 86400.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the audit trail&apos;s hash chain, name the first bad record if any, and exit (0: intact, 1: not intact).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a PostgreSQL database instead, given by libpq connection options, for example &quot;host=db.example dbname=tempcards user=tempcards sslmode=verify-full&quot; or &quot;service=tempcards&quot;. The password comes from PGPASSWORD or ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--postgres needs the connection options, such as &quot;host=db.example dbname=tempcards user=tempcards&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --database or --postgres, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not put the database password on the command line, where other users can read it; use PGPASSWORD or ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long another batch sync waits before it takes over from this one if this one dies in the middle of a run (10 to 3600, default 120). Renewed at a third of it while the run lasts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lease must be a whole number of seconds from 10 to 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite database file (default: the database chosen in the client&apos;s Database dialog, else %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--postgres: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append a signed checkpoint of the audit trail&apos;s head to &lt;file&gt; (and the system log) after every run and every --checkpoint-every records; with --verify-audit, check the database against every checkpoint in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Ed25519 key that signs the checkpoints, made there (0600, with &lt;file&gt;.pub) when missing (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records between two checkpoints while no run ends (1 to 1000000, default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --verify-audit: the public key the checkpoints must be signed with (base64, or a file holding it, such as the key&apos;s .pub).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--checkpoint-every must be a whole number of records from 1 to 1000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a workstation that runs the batch sync itself: append a signed checkpoint of the audit trail&apos;s head to &lt;file&gt; (and the system log) after every run and every --checkpoint-every records, and check the database against the file&apos;s last checkpoint when it is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the cardholders of an HR export (CSV, UTF-8, a header naming the columns), whole or not at all, say what changed, and exit (0: imported, 1: refused; every bad line is named).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --import-people: the file lists everyone; people missing from it become inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --import-people: the file lists only the people it changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --full or --partial, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--full and --partial go with --import-people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the cardholders in from the directory saved in the settings, whole or not at all (people it no longer lists, or marks inactive, become inactive), say what changed, and exit (0: brought in, 1: refused or the directory could not be read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sync-people goes alone: not with --import-people, --once or --interval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s own options, such as -style, -platform and -reverse, are passed on to Qt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Go Cards client secret is read from the environment variable %1, else from the systemd credential %2 (LoadCredential=%2:&lt;file&gt; in the service unit).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::Credentials</name>
    <message>
        <source>Enter a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name may contain only letters a-z, digits and the characters . _ @ - and must start with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not contain invisible text-direction marks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::CredentialsForm</name>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the new account logs in with: letters a-z, digits and . _ @ -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new account&apos;s password; the rule it must meet is shown when it falls short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again, to catch a typing mistake</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::Database</name>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 for the database could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is read-only; tempcards needs to write the database and its journal there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is read-only; tempcards needs to write to it. Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SQLite database, so tempcards cannot use it. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be opened. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file name &quot;%1&quot; contains control characters or invisible formatting marks; choose the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file name is too long (%1 characters): &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::DatabaseDialog</name>
    <message>
        <source>Choose the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SQLite file on this computer (one workstation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server (several workstations share one card stock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify-full checks the server&apos;s certificate and name; use it across a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: an entry of pg_service.conf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More libpq options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: from ~/.pgpass or PGPASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in memory for this session only, never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SS&amp;L mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;vice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;More options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the cards in a database file on this computer; only this workstation uses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the cards on a PostgreSQL server that several workstations share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full path of the SQLite database file; a missing file is created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the database file in a file dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name or address of the PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port the PostgreSQL server listens on, usually 5432</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the tempcards database on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database user tempcards connects as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the connection to the server is secured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service name from the PostgreSQL service file, instead of host, port and user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further libpq connection options, as name=value pairs separated by spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database user&apos;s password, kept in memory for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this database and use it from now on (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL mode warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the chosen SSL mode leaves open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::DatabaseError</name>
    <message>
        <source>The database is busy with another workstation&apos;s change. Nothing was saved; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is read-only, so nothing could be saved. Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged or is not a tempcards database. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding the database is full. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error, so nothing was saved. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database does not allow you this change. Nothing was saved. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database was lost, so nothing was saved. tempcards reconnects by itself; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database was lost while the change was being saved, and it did not come back in time to tell whether the change was saved. Check the card list once the database is back before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::DatabaseOpenJob</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::DatabaseSettings</name>
    <message>
        <source>Choose the database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is longer than 1,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password contains control characters or invisible text-direction marks; type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name contains control characters or invisible formatting marks; choose the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the database file&apos;s full path, starting with /, or choose it with Browse….</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::DatabaseStatusLabel</name>
    <message>
        <source>The database answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database unreachable, retrying… Last success: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown while the database does not answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::DesktopNews</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n temporary card(s) produced</source>
        <translation>
            <numerusform>%n temporary card produced</numerusform>
            <numerusform>%n temporary cards produced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cards %1 are on their way; initialize them when they arrive.</source>
        <translation>
            <numerusform>Card %1 is on its way; initialize it when it arrives.</numerusform>
            <numerusform>Cards %1 are on their way; initialize them when they arrive.</numerusform>
        </translation>
    </message>
    <message>
        <source>Card %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more failed.</source>
        <translation>
            <numerusform>%n more failed.</numerusform>
            <numerusform>%n more failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n temporary card(s) failed</source>
        <translation>
            <numerusform>%n temporary card failed</numerusform>
            <numerusform>%n temporary cards failed</numerusform>
        </translation>
    </message>
    <message>
        <source>The batch sync is failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Cards wait in processing until it works again; it keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch sync works again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The waiting cards are being ordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low stock of temporary cards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::DesktopNotifier</name>
    <message>
        <source>Show tempcards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::DirectoryConfig</name>
    <message>
        <source>The directory&apos;s address must be ldaps://host or ldap://host (with StartTLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory&apos;s address names only the server; the base DN has a field of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory&apos;s address names only the server; the bind DN and password have fields of their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A directory setting is too long or holds control or invisible characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bind DN is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bind password is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bind password is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base DN is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people filter must be one filter in parentheses, such as (objectClass=inetOrgPerson).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inactive filter must be one filter in parentheses, or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an attribute name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory&apos;s time limits or page size are out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bind password holds control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trusted certificates are not PEM certificates (&quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interval between directory syncs is 0 (only when asked) to %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::DirectoryConnectionService</name>
    <message>
        <source>On this database only the batch sync (tempcards-sync) can read the directory&apos;s bind password, so the people are brought in there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory&apos;s address is too long or holds control or invisible characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address or the bind DN changed: type the bind password again to use it with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this database only the batch sync can read the saved bind password: type it again to test the directory from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the directory settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory settings were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No directory is set; cardholders come from CSV files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory was removed; cardholders come from CSV files again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the directory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::DirectoryPage</name>
    <message>
        <source>Directory address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind DN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base DN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: everyone the people filter finds is active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active &amp;Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee id attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a private CA: its certificates in PEM. The system&apos;s are always trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when asked (tempcards-sync --sync-people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (&amp;URL):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bind DN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base D&amp;N:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People &amp;filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inactive when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dep&amp;artment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rusted certificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ldaps://host, or ldap://host with StartTLS; the server&apos;s certificate is always verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account tempcards reads the directory as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write-only: stored in the database for the batch sync; leave empty to keep the saved one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where in the directory the people are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LDAP filter that selects the people who may hold a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of those people, the ones this LDAP filter also matches are inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive when Active Directory&apos;s account disabled flag is set (userAccountControl bit 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute that holds the unique employee id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute that holds the given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute that holds the surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute that holds the e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute that holds the department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates of the authorities that may sign the directory&apos;s certificate, in PEM; empty trusts the system&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the batch sync brings the people in from the directory; 0: only when asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result of the last test or save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first people the last test found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the first people from the directory with these settings without saving them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No directory any more: cardholders come from CSV files again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; type a new password to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No directory is set: cardholders come from CSV files (People › Import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the first people from the directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, but the people filter finds nobody with an employee id under the base DN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected: the first %n people the directory holds are listed below.</source>
        <translation>
            <numerusform>Connected: the first person the directory holds is listed below.</numerusform>
            <numerusform>Connected: the first %n people the directory holds are listed below.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empl&amp;oyee id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Famil&amp;y name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;with the directory every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: reminders are in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spo&amp;ken language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attribute that holds the language the expiry reminder is written in (en, de or sv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which directory is saved, or that none is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::DirectoryPeople</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the directory holds more than %1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the directory&apos;s people filter finds nobody with an employee id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::DirectoryReadJob</name>
    <message>
        <source>%1: no %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: employee id %2 is also %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::DirectorySyncTimer</name>
    <message>
        <source>The people were not brought in from the directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::DispatchBatchJob</name>
    <message>
        <source>Nexus GO Cards sent an order answer that tempcards cannot read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nexus GO Cards sent an order answer that does not match the order (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the order was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every card of this order was aborted before it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order keeps changing; it was left for later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another process is sending this order right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another process has taken over the batch sync; this one sent nothing more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nexus GO Cards refused this order, which it may already hold (%1), and could not say whether it does: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nexus GO Cards already holds %n of these cards from orders made before; they are ordered.</source>
        <translation>
            <numerusform>Nexus GO Cards already holds %n of these cards from orders made before; it is ordered.</numerusform>
            <numerusform>Nexus GO Cards already holds %n of these cards from orders made before; they are ordered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %n card(s) wait in the queue for the batch sync.</source>
        <translation>
            <numerusform>The other %n card waits in the queue for the batch sync.</numerusform>
            <numerusform>The other %n cards wait in the queue for the batch sync.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tempcards::EditRolesDialog</name>
    <message>
        <source>Roles of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account the roles checked above (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::ExtendDialog</name>
    <message>
        <source>Extend these cards? Each stays with its holder, and its &quot;valid until&quot; moves on by the days the options give (TempCardsValidityDays).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the cards listed (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::FirstAdministratorDialog</name>
    <message>
        <source>Create the first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no accounts yet. Choose the user name and password of the first administrator. The password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the first administrator account and log in with it (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close tempcards without creating an account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::GeneralSettingsTab</name>
    <message>
        <source>&amp;New-Process:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process &amp;list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production type for temporary cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External (Nexus GO Cards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue temporary cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue temporary cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: Next puts the cards in processing for the batch sync. Off: Next orders them from Nexus GO Cards at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Production type for temporary cards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The options script has an error; fix it on the Options script tab to change options here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who produces the temporary cards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::GoCardsActivity</name>
    <message>
        <source>Waiting for Nexus GO Cards…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::GoCardsClient</name>
    <message>
        <source>Nexus GO Cards sent a login answer that tempcards cannot read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::GoCardsConfig</name>
    <message>
        <source>The Go Cards URL &quot;%1&quot; is not a valid absolute URL such as https://gocards.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Go Cards URL &quot;%1&quot; must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Go Cards URL &quot;%1&quot; uses plain http to another machine; only https is allowed there (http is accepted for this computer only, for the simulator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Go Cards URL &quot;%1&quot; must not contain a user name, password, query or fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Go Cards address, such as https://gocards.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Go Cards address is %1 characters long; at most %2 are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Go Cards address &quot;%1&quot; contains control characters or invisible formatting marks; type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Go Cards %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Go Cards %1 can have at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Go Cards %1 &quot;%2&quot; contains control characters or invisible formatting marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Go Cards client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Go Cards client secret can have at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Go Cards client secret contains control characters or invisible text-direction marks; type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret saved for another address is never sent to %1; give this address&apos;s own secret in TEMPCARDS_GOCARDS_CLIENT_SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::GoCardsConnectionCheckJob</name>
    <message>
        <source>Test the Go Cards connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: Nexus GO Cards at %1 accepted client %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::GoCardsConnectionPage</name>
    <message>
        <source>Go Cards address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a private CA: its certificates in PEM. The system&apos;s are always trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when Go Cards asks for one: the certificate in PEM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rusted certificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; type a new secret to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key is saved; paste or load a new one to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key of the client certificate, unencrypted PEM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: this workstation uses the connection it was started with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this workstation the command line or environment sets the %1; those win over the saved values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Nexus GO Cards for a token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s id at Nexus GO Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of the API client Nexus GO Cards issued for tempcards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates of the authorities that may sign Go Cards&apos; server certificate, in PEM; empty trusts the system&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate tempcards shows Go Cards when it asks for one, in PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key of the client certificate, in PEM; stored in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result of the last connection test or save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to Go Cards with these settings without saving them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (&amp;URL):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certi&amp;ficate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loa&amp;d…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lo&amp;ad…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which connection is saved, or that none is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::GoCardsConnectionService</name>
    <message>
        <source>The address changed: type the client secret again to use it with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Go Cards connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Go Cards connection was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this database only the batch sync can read the saved client secret and key: type them again to test the connection from here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::GoCardsEvents</name>
    <message>
        <source>the events page has no events list or no next cursor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::GoCardsMessages</name>
    <message>
        <source>the token type is not Bearer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;expiresIn&quot; is missing or out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;createdAt&quot; is missing or is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;cards&quot; is missing or is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a card has the unexpected state &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;orders&quot; is missing or is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the field &quot;more&quot; is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::GoCardsRequestJob</name>
    <message>
        <source>Nexus GO Cards did not answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to Nexus GO Cards was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nexus GO Cards stopped sending for more than %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nexus GO Cards refused the order as invalid%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nexus GO Cards refused the credentials (client id, client secret or organisation id). An administrator must correct them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nexus GO Cards no longer accepts the login token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nexus GO Cards is still working on this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nexus GO Cards reports that this order&apos;s key was used before with different content. This is a fault in tempcards: the order was stopped and must be reported%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nexus GO Cards asked to wait %1 seconds before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nexus GO Cards asked to slow down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nexus GO Cards reported a problem on its side (HTTP %1)%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nexus GO Cards could not be reached at %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nexus GO Cards answered with a redirect to %1; tempcards never follows redirects to Go Cards. Check the Go Cards URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nexus GO Cards sent an answer larger than 1 MiB; it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nexus GO Cards sent an answer that tempcards cannot read%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nexus GO Cards answered with the unexpected HTTP status %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be set up (%2). If Go Cards asks for a client certificate, an administrator must set one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If Go Cards asks for a client certificate, an administrator must set one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::GoCardsTls</name>
    <message>
        <source>The trusted certificates for Go Cards are not PEM certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client certificate needs its private key, and a key its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate for Go Cards is not a PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client key for Go Cards is not an unencrypted PEM RSA or EC private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 expired on %2, so the connection was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is valid only from %2, so the connection was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate presented by %1 is for another host (%2), so the connection was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: it is self-signed, or its issuer is not among the trusted certificates. An administrator can add the issuer&apos;s certificate in the Go Cards settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::HandOutDialog</name>
    <message>
        <source>Card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cards this process is for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::HandOutService</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n row exported to %1.</numerusform>
            <numerusform>%n rows exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was exported: the export could not be recorded in the audit trail. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::HeldBatchDecisionJob</name>
    <message>
        <source>The held order could not be read; see the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not failed, because Nexus GO Cards could not say whether it holds the cards: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not failed, because Nexus GO Cards holds its cards in %n orders.</source>
        <translation>
            <numerusform>Not failed, because Nexus GO Cards holds its cards in %n order.</numerusform>
            <numerusform>Not failed, because Nexus GO Cards holds its cards in %n orders.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not failed, because Nexus GO Cards holds an order of these cards that does not match it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The held order was not failed: Nexus GO Cards holds it, so its cards are ordered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrying out the decision was stopped; it is carried out at the next run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::HeldOrdersDialog</name>
    <message>
        <source>Held orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nexus GO Cards answered these orders in a way that sending them again cannot change, so they were set aside and the other orders went on. Send one again once the cause is fixed, or fail its cards with a reason. The batch sync carries out your decision, and asks Nexus GO Cards first whether it holds the cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the cards fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the cards fail (needed to fail them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fail the cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each held order: its cards, since when, why, and the decision the batch sync has yet to carry out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason the failed cards will show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected order again at the next batch sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail the selected order&apos;s cards with the reason, unless Nexus GO Cards holds them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to send again (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to fail (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order is held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::HoldingCells</name>
    <message>
        <source>holds it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::ImportPeopleDialog</name>
    <message>
        <source>Import people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;whole staff: people it leaves out become inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only some people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only some people: the others stay as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HR export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file, UTF-8, with a header naming the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People the file does not name become inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People the file does not name are left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each line of the file that was refused, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add and update the people of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::InitializeDialog</name>
    <message>
        <source>Chip UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UID of the card&apos;s chip, as hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chip &amp;UID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cards of this delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the UID from the card with your card reader, or type it from the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card to read now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where each card of the delivery stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initialize this card with the chip UID (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this card for later and go to the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop here; the cards done stay done (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 of %2: card %3, Go Cards card id %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready to hand out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 is initialized and ready to hand out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) initialized and ready to hand out.</source>
        <translation>
            <numerusform>%n card initialized and ready to hand out.</numerusform>
            <numerusform>%n cards initialized and ready to hand out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whether a card reader reads the UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for a card reader…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from the card on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Type the UID from the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Put the card on the reader again, or type its UID.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::InitializeTemporaryCard</name>
    <message>
        <source>Enter the chip UID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chip UID has only the hexadecimal digits 0-9 and A-F.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chip UID has 8, 14 or 20 hexadecimal digits (4, 7 or 10 bytes); this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no card %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 is %2; only produced cards can be initialized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chip UID %1 is not the one Nexus GO Cards reported for card %2 (%3). Check that this is the right card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 changed meanwhile; look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 is initialized and ready to hand out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tempcards will use %1 from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language could not be saved: %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::LdapClient</name>
    <message>
        <source>The directory at %1 cannot be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory at %1 did not prove who it is: its certificate is not trusted or does not name %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory at %1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory refused the bind DN or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory&apos;s address cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trusted certificates could not be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS could not be set up for the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StartTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding to the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::LockDialog</name>
    <message>
        <source>A locked card can never be used again. The reason is kept with the card and in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: damaged, stolen, not returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the cards are locked; required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the cards listed for good (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::LoginDialog</name>
    <message>
        <source>Log in to tempcards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in again when you are ready to choose a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your tempcards user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your tempcards password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with this user name and password (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close tempcards without logging in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::MailConfig</name>
    <message>
        <source>The mail server&apos;s host is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name is too long or holds control or invisible characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is missing (without a user, no AUTH is used).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password holds control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s address is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address for the sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address for the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trusted certificates are not PEM certificates (&quot;-----BEGIN CERTIFICATE-----&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server&apos;s time limits are out of range.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::MailConnectionService</name>
    <message>
        <source>Save the mail server settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server settings were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server was removed; due reminders are listed and not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail server is set; due reminders are listed and not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this database only the batch sync (tempcards-sync) can read the mail server&apos;s password, so the reminders are sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host, port or user changed: type the password again to use it with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this database only the batch sync can read the saved mail password: type it again to test the mail server from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the operators&apos; copy address: the test message goes there, as mail goes only to a card&apos;s holder or to that address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tempcards: test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message was sent by %1 from the tempcards settings to test the mail server %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::MailMessage</name>
    <message>
        <source>&quot;%1&quot; is not an e-mail address to send from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject is too long or holds control or invisible characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message id is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::MailPage</name>
    <message>
        <source>Mail server host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS from the start (SMTPS, usually port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the server takes mail without a login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the card desk&apos;s address, which gets a copy of every reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a private CA: its certificates in PEM. The system&apos;s are always trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;nder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rusted certificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s mail server, by host name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server&apos;s port: 587 for STARTTLS, 465 for SMTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the connection is encrypted; mail is never sent in the clear, and the server&apos;s certificate is always verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account tempcards logs in to the mail server as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write-only: stored in the database for the batch sync; leave empty to keep the saved one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address the reminders come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An operators&apos; address that gets a copy of every reminder, and the test message; optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates of the authorities that may sign the mail server&apos;s certificate, in PEM; empty trusts the system&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result of the last test or save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send one test message to the copy address with these settings, without saving them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail server any more: due reminders are listed and not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; type a new password to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required with a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server took the test message for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail server is set: due reminders are only listed, in View › Cards out and stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which mail server is saved, or that none is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::MailSendJob</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::MainWindow</name>
    <message>
        <source>tempcards — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to search for and which processes to offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to work on in Quick search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About tempcards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About tempcards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;tempcards %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Order temporary ID cards from Nexus GO Cards and follow them until they can be handed out.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0. Built with Qt %2.&lt;/p&gt;&lt;p&gt;Database: %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run the batch sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Held orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unknown cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards &amp;out and stock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tools that do not fit in the window&apos;s width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch sync, the database, the card stock and who is logged in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::Migrator</name>
    <message>
        <source>The database holds tables of another application, not of tempcards. Choose a new or a tempcards database; this one was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was created by a newer version of tempcards (schema version %1; this version knows up to %2). Use the newer version; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be brought up to date, so it was left as it was. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the account with these roles (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cr&amp;eate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::NotificationBar</name>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the last action did, or why it failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::NotificationsMenu</name>
    <message>
        <source>Desktop &amp;notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards &amp;produced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards &amp;failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch sync failing or working again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Low stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the desktop when this happens, also while the window is hidden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::OptionsScript</name>
    <message>
        <source>expected an option name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;=&apos; after the option name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the value; start a comment with //</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option &apos;%1&apos; is set twice (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value: a string in double quotes, a number, true, false or a list in [ ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown escape sequence \%1 in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the string is not closed before the end of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list is not closed with ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists are nested more than %1 deep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::OptionsScriptTab</name>
    <message>
        <source>Temporary card options script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, %2, by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the chosen version into the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ved versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The options script of the temporary card; it is checked as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier saved versions of the options script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the chosen earlier version into the editor; Save keeps it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore into the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;ript:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the script as typed can be saved, or where it is wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::OrderDialog</name>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many temporary cards to order, from 1 to 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for Nexus GO Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ordering %n card(s) from Nexus GO Cards…</source>
        <translation>
            <numerusform>Ordering %n card from Nexus GO Cards…</numerusform>
            <numerusform>Ordering %n cards from Nexus GO Cards…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order the chosen amount of temporary cards (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without ordering (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the same order to Nexus GO Cards again; no card is ordered twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this dialog; the cards stay as shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::OrderLog</name>
    <message>
        <source>in order %1 of Nexus GO Cards; not in this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in order %1 of Nexus GO Cards; shown aborted in this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in order %1 of Nexus GO Cards; shown failed in this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in order %1 of Nexus GO Cards; this database has no order for it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::OrderLogJob</name>
    <message>
        <source>Nexus GO Cards sent a page of its order log that tempcards cannot read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading Nexus GO Cards&apos; order log was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::OrderLookupJob</name>
    <message>
        <source>Nexus GO Cards sent a list of orders that tempcards cannot read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Nexus GO Cards for its orders was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::OrderTemporaryCards</name>
    <message>
        <source>The amount must be a whole number from %1 to %2; &quot;%3&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be a whole number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be a whole number from %1 to %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The production type &quot;%1&quot; cannot be ordered by this client.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::OrderTemporaryCardsJob</name>
    <message numerus="yes">
        <source>%n temporary card(s) put in the queue (processing), waiting to be ordered from Nexus GO Cards.</source>
        <translation>
            <numerusform>%n temporary card put in the queue (processing), waiting to be ordered from Nexus GO Cards.</numerusform>
            <numerusform>%n temporary cards put in the queue (processing), waiting to be ordered from Nexus GO Cards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n temporary card(s) ordered from Nexus GO Cards.</source>
        <translation>
            <numerusform>%n temporary card ordered from Nexus GO Cards.</numerusform>
            <numerusform>%n temporary cards ordered from Nexus GO Cards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 The %n card(s) of this order are now failed.</source>
        <translation>
            <numerusform>%1 The card of this order is now failed.</numerusform>
            <numerusform>%1 The %n cards of this order are now failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n card(s) stay in processing with their order saved. The batch sync sends it again with the same order key, so Nexus GO Cards cannot create the cards twice.</source>
        <translation>
            <numerusform>The card stays in processing with its order saved. The batch sync sends it again with the same order key, so Nexus GO Cards cannot create the card twice.</numerusform>
            <numerusform>The %n cards stay in processing with their order saved. The batch sync sends it again with the same order key, so Nexus GO Cards cannot create the cards twice.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent. The %n card(s) stay in processing with their order saved; the batch sync sends it as soon as Nexus GO Cards answers.</source>
        <translation>
            <numerusform>Nothing was sent. The card stays in processing with its order saved; the batch sync sends it as soon as Nexus GO Cards answers.</numerusform>
            <numerusform>Nothing was sent. The %n cards stay in processing with their order saved; the batch sync sends it as soon as Nexus GO Cards answers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every card of this order was aborted before it was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nexus GO Cards refused the order. The %n card(s) of this order are now failed.</source>
        <translation>
            <numerusform>Nexus GO Cards refused the order. The %n card of this order is now failed.</numerusform>
            <numerusform>Nexus GO Cards refused the order. The %n cards of this order are now failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The batch sync has not sent this order yet. The %n card(s) stay in processing with their order saved and are sent with the same order key.</source>
        <translation>
            <numerusform>The batch sync has not sent this order yet. The %n card stays in processing with their order saved and are sent with the same order key.</numerusform>
            <numerusform>The batch sync has not sent this order yet. The %n cards stay in processing with their order saved and are sent with the same order key.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No batch sync service is running (tempcards-sync; none has run for 10 minutes), and on this database only it sends orders. The %n card(s) stay in processing with their order saved and are sent when one runs.</source>
        <translation>
            <numerusform>No batch sync service is running (tempcards-sync; none has run for 10 minutes), and on this database only it sends orders. The %n card stays in processing with their order saved and are sent when one runs.</numerusform>
            <numerusform>No batch sync service is running (tempcards-sync; none has run for 10 minutes), and on this database only it sends orders. The %n cards stay in processing with their order saved and are sent when one runs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 The order was set aside for an administrator, who can send it again or fail it; the %n card(s) stay in processing until then.</source>
        <translation>
            <numerusform>%1 The order was set aside for an administrator, who can send it again or fail it; the %n card stays in processing until then.</numerusform>
            <numerusform>%1 The order was set aside for an administrator, who can send it again or fail it; the %n cards stay in processing until then.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tempcards::PemField</name>
    <message>
        <source>Load %1 from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the %1 from a PEM file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 1 MiB; that is not a PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::PeopleCsv</name>
    <message>
        <source>a quoted field that starts on line %1 is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text follows a closing double quote; a quote inside a quoted field is written twice (&quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a double quote inside a field that does not start with one; put the whole field in quotes and write the quote twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is UTF-16 text; save it as UTF-8 (CSV UTF-8) and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte 0x%1 at offset %2); save it as UTF-8 (CSV UTF-8) and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty; it needs a header line naming the columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header names the %1 column twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no %1 column (it names: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s), but the header names %1</source>
        <translation>
            <numerusform>%n field, but the header names %1</numerusform>
            <numerusform>%n fields, but the header names %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the employee id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person has neither a given name nor a surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the employee id %1 is also on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file lists more than %1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file names no people, only its header.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::PeopleImport</name>
    <message>
        <source>Import cardholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported: it has %n problem(s), and nothing was changed. The first: %2</source>
        <translation>
            <numerusform>%1 was not imported: it has %n problem, and nothing was changed. The first: %2</numerusform>
            <numerusform>%1 was not imported: it has %n problems, and nothing was changed. The first: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n added</numerusform>
            <numerusform>%n added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set inactive</source>
        <translation>
            <numerusform>%n set inactive</numerusform>
            <numerusform>%n set inactive</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 imported: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) are held by people who are inactive; see Cards needing attention.</source>
        <translation>
            <numerusform>%n card is held by someone who is inactive; see Cards needing attention.</numerusform>
            <numerusform>%n cards are held by people who are inactive; see Cards needing attention.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not used: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported, and nothing was changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring cardholders in from the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The people of %1 were not brought in: %n entry(s) cannot be taken, and nothing was changed. The first: %2</source>
        <translation>
            <numerusform>The people of %1 were not brought in: %n entry cannot be taken, and nothing was changed. The first: %2</numerusform>
            <numerusform>The people of %1 were not brought in: %n entries cannot be taken, and nothing was changed. The first: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The people of %1 were brought in: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people of %1 were not brought in, and nothing was changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::PeopleSyncJob</name>
    <message>
        <source>The people were not brought in from the directory, and nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people of %1 were not brought in, and nothing was changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) without an employee id, or with one already taken, were left out.</source>
        <translation>
            <numerusform>%n entry without an employee id, or with one already taken, was left out.</numerusform>
            <numerusform>%n entries without an employee id, or with one already taken, were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tempcards::PeopleView</name>
    <message>
        <source>Search people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or employee id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ssign temporary card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find people by the start of a name or the employee id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand one of the unassigned cards to the chosen person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people found; choose one to see their cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people were found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose cards are listed below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every card the person held, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add and update people from an HR export (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or an employee id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n people; type more to narrow it down.</source>
        <translation>
            <numerusform>The first %n person; type more to narrow it down.</numerusform>
            <numerusform>The first %n people; type more to narrow it down.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found.</source>
        <translation>
            <numerusform>%n person found.</numerusform>
            <numerusform>%n people found.</numerusform>
        </translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person to see their cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fi&amp;nd:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::PermissionsPage</name>
    <message>
        <source>Who may start each process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may start %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A process is offered to an account when it is enabled and one of the account&apos;s roles may start it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which role may start which process; check a box to allow it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::PersonFields</name>
    <message>
        <source>employee id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 holds a control or invisible character: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the e-mail address %1 is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state is &quot;%1&quot;; it is active or inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language &quot;%1&quot; is not a language tag such as de or sv-SE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the employee id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person has neither a given name nor a surname</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::PostgresParameters</name>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than 1,000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains &quot;;&quot;, which the PostgreSQL driver cannot pass on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the PostgreSQL server&apos;s host name, or a service from pg_service.conf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSL mode must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More options must be libpq keyword=value pairs; &quot;%1&quot; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not save the database password in the settings, where other programs can read it; type it in the Password field for this session, or use ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains control characters or invisible formatting marks; type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL mode verify-ca checks the server&apos;s certificate but not its name: any server with a certificate from the same authority is accepted. Use verify-full across a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL mode require encrypts the connection but does not check the server&apos;s certificate: whoever sits on the network path can pose as the server. Use verify-full across a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL mode %1 may connect without encryption and never checks the server: whoever sits on the network path can read and change everything, your password included. Use verify-full across a network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::PrivateFiles</name>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other users of this computer can read or change the database %1, which holds the accounts&apos; password hashes and the Go Cards client secret. To make it yours alone, run: chmod 600 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::ProcessListEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The process to add to the list below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the chosen process to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The processes offered here to operators, in this order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected process from the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::Processes</name>
    <message>
        <source>Order temporary cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort temporary card order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initialize temporary card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign temporary card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw temporary card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend temporary card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock temporary card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::ReadChipUidJob</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::ReconcileJob</name>
    <message>
        <source>The database could not be read; see the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nexus GO Cards could not say which orders it holds, so nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nexus GO Cards could not say whether it holds the cards of an order whose answer is unknown, so nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch sync was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::RefreshCardJob</name>
    <message>
        <source>Refresh from Go Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no card %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 has not been accepted by Nexus GO Cards yet, so there is nothing to ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nexus GO Cards sent a card that tempcards cannot read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 is unchanged: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No batch sync service answered, and on this database only it asks Nexus GO Cards. Card %1 was not refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::ReminderMail</name>
    <message>
        <source>Your temporary card %1 expires on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the temporary card %1 you were given expires on %2 at %3 UTC, in %n day(s).</source>
        <translation>
            <numerusform>the temporary card %1 you were given expires on %2 at %3 UTC, in %n day.</numerusform>
            <numerusform>the temporary card %1 you were given expires on %2 at %3 UTC, in %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please bring it back to the desk that gave it to you before then, or ask there for it to be extended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message was sent by tempcards, the temporary card service. Replies are not read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::ReminderSendJob</name>
    <message>
        <source>The reminders were stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminders to send could not be read; see the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder&apos;s send could not be recorded, so it was not sent; see the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder was sent but could not be recorded; see the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reminder&apos;s failure could not be recorded; see the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n reminder(s) could not be sent; they are tried again at the next run. The last reason: %1</source>
        <translation>
            <numerusform>%n reminder could not be sent; it is tried again at the next run. The last reason: %1</numerusform>
            <numerusform>%n reminders could not be sent; they are tried again at the next run. The last reason: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The mail server&apos;s settings could not be read; see the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry reminders were not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::ResetPasswordDialog</name>
    <message>
        <source>Reset the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will have to choose a new password at the next login. Resetting also lifts a lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s new password; its owner must change it at the next login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again, to catch a typing mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account this password (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repe&amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::RoleChecks</name>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders temporary cards and starts the processes an administrator enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manages accounts, permissions, the Go Cards connection and the options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads and exports the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dministrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aud&amp;itor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::Roles</name>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::ScriptError</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::ServiceCredential</name>
    <message>
        <source>The credential %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential %1 is larger than %2 bytes: it is not a client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary card settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;duced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command &amp;list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Options script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go Cards connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which settings to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings of the temporary card: general, its processes and its options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changed settings (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proc&amp;essing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ass&amp;igned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary card or Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard what you changed on %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::SettingsService</name>
    <message>
        <source>The options script was not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::SmtpClient</name>
    <message>
        <source>The mail client could not be set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server at %1 cannot be reached (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server at %1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server at %1 did not prove who it is, or would not use TLS (%2); nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server at %1 refused the user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server at %1 refused the message (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server at %1 cannot take the message now (%2); it is sent again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the mail server at %1 broke (%2); whether it kept the message is not known.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::StockStatus</name>
    <message>
        <source>Low stock: %1 unassigned, %2 on the way; the threshold is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Order %n…</source>
        <translation>
            <numerusform>Order %n…</numerusform>
            <numerusform>Order %n…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Order %n temporary card(s)</source>
        <translation>
            <numerusform>Order %n temporary card</numerusform>
            <numerusform>Order %n temporary cards</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Order temporary cards with the amount that brings the stock back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order temporary cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned cards and cards on their way, against the low-stock threshold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::SyncMonitor</name>
    <message>
        <source>database unreachable since %1, retrying; last success %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is unreachable (%1); retrying, with nothing sent meanwhile. Last success: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database answers again since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database answers again; the batch sync goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another batch sync holds the lease (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>last run %1: %n card(s) ordered</source>
        <translation>
            <numerusform>last run %1: %n card ordered</numerusform>
            <numerusform>last run %1: %n cards ordered</numerusform>
        </translation>
    </message>
    <message>
        <source>last run %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::SyncNotifier</name>
    <message>
        <source>The batch sync failed: %1 Cards wait in processing until it works again; it keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch sync works again; the waiting cards are being ordered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::SyncService</name>
    <message>
        <source>Say why the cards of this order fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide on a held order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order is no longer held, or a decision on it waits for the batch sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch sync sends the order again at its next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At its next run the batch sync asks Nexus GO Cards whether it holds the cards: if it does not, they fail; if it does, they are ordered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::SyncStatusLabel</name>
    <message numerus="yes">
        <source>%n card(s) waiting</source>
        <translation>
            <numerusform>%n card waiting</numerusform>
            <numerusform>%n cards waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no successful sync yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last attempt failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch sync is not running right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch sync is running in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) held for an administrator</source>
        <translation>
            <numerusform>%n order held for an administrator</numerusform>
            <numerusform>%n orders held for an administrator</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) at Nexus GO Cards unknown here</source>
        <translation>
            <numerusform>%n card at Nexus GO Cards unknown here</numerusform>
            <numerusform>%n cards at Nexus GO Cards unknown here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>database restored: %n order(s) wait for Nexus GO Cards&apos; word</source>
        <translation>
            <numerusform>database restored: %n order waits for Nexus GO Cards&apos; word</numerusform>
            <numerusform>database restored: %n orders wait for Nexus GO Cards&apos; word</numerusform>
        </translation>
    </message>
    <message>
        <source>The batch sync: cards waiting, its last run, and what needs an administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::TempCardOptions</name>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string of 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>option &apos;%1&apos; must be %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of at most %1 different whole numbers from 1 to 365, such as [7, 3]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::TemporaryCardView</name>
    <message>
        <source>Temporary cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No process is available to you here. An administrator can enable processes in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number, Go Cards card id or order id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sea&amp;rch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh from Go Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Nexus GO Cards for the state of the selected card now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the cards in this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order temporary cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Abort temporary card order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Initialize temporary card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find cards by number or Go Cards id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh from &amp;Go Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the card from &amp;Go Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ssign temporary card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw temporary card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtend temporary card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock temporary card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order new temporary cards from Nexus GO Cards, 1 to 9 at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the chosen queued cards out of the queue before they are ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the chosen unassigned card to a cardholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the chosen card back from its holder, as lost or as no longer needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen cards&apos; valid-until on by the validity option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the chosen cards for good, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the process for the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort the order of the cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the chip UIDs of the chosen produced cards, one after the other, and make them ready to hand out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The temporary cards that match the filter, newest first unless sorted by a column header</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::TrayIcon</name>
    <message>
        <source>&amp;Show tempcards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tempcards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tempcards: the batch sync is failing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::UnknownCardsDialog</name>
    <message>
        <source>Unknown cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nexus GO Cards reports these cards, which this database does not know: ordered after the backup it was restored from, or by another installation of your organisation. tempcards changes nothing for them; account for each with Nexus GO Cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go Cards card id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State at Go Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chip UID or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each card Nexus GO Cards reported that this database does not know, and what it last said of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nexus GO Cards has reported no card that this database does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) unknown here.</source>
        <translation>
            <numerusform>%n card unknown here.</numerusform>
            <numerusform>%n cards unknown here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tempcards::UnlockDialog</name>
    <message>
        <source>tempcards is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>tempcards was locked after %n minute(s) without use. Enter the password of %1 to go on.</source>
        <translation>
            <numerusform>tempcards was locked after %n minute without use. Enter the password of %1 to go on.</numerusform>
            <numerusform>tempcards was locked after %n minutes without use. Enter the password of %1 to go on.</numerusform>
        </translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the window is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your tempcards password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on with this password (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session; the next person logs in with their own name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tempcards::WithdrawDialog</name>
    <message>
        <source>Why does the card come back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lost: the person&apos;s own card stays out of use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No &amp;usage anymore: the person has their own card again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person lost their own card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person needs no temporary card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the card back, unassigned (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
