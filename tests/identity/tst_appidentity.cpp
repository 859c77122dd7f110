// SPDX-FileCopyrightText: 2026 FOTA Campaign Monitor developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "identity/AppIdentity.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QIcon>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using fota::AppIdentity;

// The identity and the one-time settings move, against a scratch XDG_CONFIG_HOME that main()
// sets before any Qt object exists (QSettings reads it once per process).
class AppIdentityTest : public QObject
{
    Q_OBJECT
public:
    explicit AppIdentityTest(QString configHome)
        : m_configHome(std::move(configHome))
    {}

private:
    QString legacyFile() const
    {
        return m_configHome + u"/FOTA Campaign Monitor/fota-monitor.conf"_s;
    }
    QString currentFile() const { return m_configHome + u"/org.fotamonitor/fota-monitor.conf"_s; }

    // Written as the 0.1.0 release wrote it: QSettings with the legacy names.
    void writeLegacySettings(const QString &account)
    {
        QSettings legacy(QSettings::NativeFormat, QSettings::UserScope,
                         AppIdentity::legacyOrganizationName(),
                         AppIdentity::legacyApplicationName());
        legacy.setValue(u"campaign/accounts"_s, QStringList{account});
        legacy.setValue(u"accounts/lastProfile"_s, u"Production"_s);
        legacy.sync();
        QCOMPARE(legacy.status(), QSettings::NoError);
        QCOMPARE(legacy.fileName(), legacyFile());
    }

private slots:
    void init()
    {
        QDir(m_configHome).removeRecursively();
        QVERIFY(QDir().mkpath(m_configHome));
        QCoreApplication::setOrganizationName(QString());
        QCoreApplication::setApplicationName(QString());
    }

    void oneReverseDnsIdNamesEverything()
    {
        const QString id = AppIdentity::applicationId();
        // Lower case, no hyphen: valid as a D-Bus name, and appstreamcli --pedantic accepts it.
        QVERIFY2(
            QRegularExpression(u"^[a-z][a-z0-9]*(\\.[a-z][a-z0-9]*){2,}$"_s).match(id).hasMatch(),
            qPrintable(id));
        QCOMPARE(id, u"org.fotamonitor.monitor"_s);
        QCOMPARE(AppIdentity::desktopFileName(), id);
        QCOMPARE(AppIdentity::keychainService(), id);
        QVERIFY(id.startsWith(AppIdentity::organizationName() + u'.'));
        QVERIFY(!AppIdentity::organizationName().contains(u' '));
        // The domain is the organisation read backwards.
        QStringList parts = AppIdentity::organizationName().split(u'.');
        std::reverse(parts.begin(), parts.end());
        QCOMPARE(parts.join(u'.'), AppIdentity::organizationDomain());
        QVERIFY(AppIdentity::legacyKeychainService() != AppIdentity::keychainService());
    }

    void applySetsTheApplicationsNames()
    {
        AppIdentity::apply();
        QCOMPARE(QCoreApplication::organizationName(), u"org.fotamonitor"_s);
        QCOMPARE(QCoreApplication::organizationDomain(), u"fotamonitor.org"_s);
        QCOMPARE(QCoreApplication::applicationName(), u"fota-monitor"_s);
        QCOMPARE(QCoreApplication::applicationVersion(), QStringLiteral(FOTA_VERSION));
        // The settings file the rest of the program uses, in a directory without spaces.
        QCOMPARE(QSettings().fileName(), currentFile());
    }

    void legacySettingsMoveOnce()
    {
        writeLegacySettings(u"0000123456-00001"_s);
        AppIdentity::apply(); // moves them, as main() does before anything reads a setting
        QVERIFY(QFile::exists(currentFile()));
        QVERIFY(!QFile::exists(legacyFile()));
        QVERIFY2(!QDir(m_configHome + u"/FOTA Campaign Monitor"_s).exists(),
                 "the emptied legacy directory stays behind");
        {
            const QSettings settings;
            QCOMPARE(settings.value(u"campaign/accounts"_s).toStringList(),
                     QStringList{u"0000123456-00001"_s});
            QCOMPARE(settings.value(u"accounts/lastProfile"_s).toString(), u"Production"_s);
        }

        // An old release run again writes its file anew: the settings already moved win and the
        // old file is left as it is.
        writeLegacySettings(u"0000999999-00009"_s);
        QVERIFY(!AppIdentity::migrateLegacySettings());
        QVERIFY(QFile::exists(legacyFile()));
        const QSettings settings;
        QCOMPARE(settings.value(u"campaign/accounts"_s).toStringList(),
                 QStringList{u"0000123456-00001"_s});
    }

    void currentSettingsAreNeverReplaced()
    {
        AppIdentity::apply();
        {
            QSettings current;
            current.setValue(u"view/useUtc"_s, true);
        }
        writeLegacySettings(u"0000123456-00001"_s);
        QVERIFY(!AppIdentity::migrateLegacySettings());
        const QSettings settings;
        QVERIFY(settings.value(u"view/useUtc"_s).toBool());
        QVERIFY(!settings.contains(u"campaign/accounts"_s));
        QVERIFY(QFile::exists(legacyFile()));
    }

    void otherFilesKeepTheLegacyDirectory()
    {
        writeLegacySettings(u"0000123456-00001"_s);
        QFile other(m_configHome + u"/FOTA Campaign Monitor/notes.txt"_s);
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("not ours to delete\n");
        other.close();
        AppIdentity::apply();
        QVERIFY(QFile::exists(currentFile()));
        QVERIFY(!QFile::exists(legacyFile()));
        QVERIFY(other.exists());
    }

    void nothingToMoveCreatesNothing()
    {
        AppIdentity::apply();
        QVERIFY(!AppIdentity::migrateLegacySettings());
        QVERIFY(!QFile::exists(currentFile()));
        QVERIFY(QDir(m_configHome).isEmpty());
    }

    void windowIconAndDesktopFileName()
    {
        AppIdentity::applyToGui();
        QCOMPARE(QGuiApplication::desktopFileName(), u"org.fotamonitor.monitor"_s);
        const QIcon icon = QGuiApplication::windowIcon();
        QVERIFY(!icon.isNull());
        const QList<QSize> sizes = icon.availableSizes();
        for (const int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
            QVERIFY2(sizes.contains(QSize(size, size)), qPrintable(QString::number(size)));
            QCOMPARE(icon.pixmap(size, size).size(), QSize(size, size));
        }
        // The 16 px icon shows its three coloured segments, not a blank tile.
        const QImage small = icon.pixmap(16, 16).toImage();
        QSet<QRgb> colours;
        for (int x = 0; x < 16; ++x)
            colours.insert(small.pixel(x, 11) | 0xff000000u);
        QVERIFY2(colours.size() >= 4, "the progress bar is not legible at 16 px");
    }

private:
    QString m_configHome;
};

int main(int argc, char **argv)
{
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return 1;
    const QString configHome = scratch.path() + u"/config"_s;
    qputenv("XDG_CONFIG_HOME", configHome.toUtf8());
    qputenv("HOME", scratch.path().toUtf8());
    QGuiApplication app(argc, argv);
    AppIdentityTest test(configHome);
    return QTest::qExec(&test, argc, argv);
}

#include "tst_appidentity.moc"
