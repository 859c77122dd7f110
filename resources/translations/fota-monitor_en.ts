<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>LoadDiagnostics</name>
    <message numerus="yes">
        <source>skipped %n device entry (%1 not an object, %2 without a deviceId)</source>
        <translation>
            <numerusform>skipped %n device entry (%1 not an object, %2 without a deviceId)</numerusform>
            <numerusform>skipped %n device entries (%1 not an object, %2 without a deviceId)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n device entries (%1 not an object, %2 without a deviceId)</source>
        <translation>
            <numerusform>skipped %n device entry (%1 not an object, %2 without a deviceId)</numerusform>
            <numerusform>skipped %n device entries (%1 not an object, %2 without a deviceId)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>left %n unreadable time blank</source>
        <translation>
            <numerusform>left %n unreadable time blank</numerusform>
            <numerusform>left %n unreadable times blank</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>left %n unreadable times blank</source>
        <translation>
            <numerusform>left %n unreadable time blank</numerusform>
            <numerusform>left %n unreadable times blank</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ignored %n unreadable page field</source>
        <translation>
            <numerusform>ignored %n unreadable page field</numerusform>
            <numerusform>ignored %n unreadable page fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ignored %n unreadable page fields</source>
        <translation>
            <numerusform>ignored %n unreadable page field</numerusform>
            <numerusform>ignored %n unreadable page fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device was listed again with another status (the later listing was kept)</source>
        <translation>
            <numerusform>%n device was listed again with another status (the later listing was kept)</numerusform>
            <numerusform>%n devices were listed again with another status (the later listing was kept)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n devices were listed again with another status (the later listing was kept)</source>
        <translation>
            <numerusform>%n device was listed again with another status (the later listing was kept)</numerusform>
            <numerusform>%n devices were listed again with another status (the later listing was kept)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundTripStats</name>
    <message numerus="yes">
        <source>%1 page</source>
        <translation>
            <numerusform>%1 page</numerusform>
            <numerusform>%1 pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 pages</source>
        <translation>
            <numerusform>%1 page</numerusform>
            <numerusform>%1 pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fota::CampaignBrowserDialog</name>
    <message numerus="yes">
        <source>%1 campaign. Double-click it, or select it and press Open.</source>
        <translation>
            <numerusform>%1 campaign. Double-click it, or select it and press Open.</numerusform>
            <numerusform>%1 campaigns. Double-click one, or select it and press Open.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 campaigns. Double-click one, or select it and press Open.</source>
        <translation>
            <numerusform>%1 campaign. Double-click it, or select it and press Open.</numerusform>
            <numerusform>%1 campaigns. Double-click one, or select it and press Open.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fota::ConnectionsMenu</name>
    <message numerus="yes">
        <source>Walk the report as up to %n ranges of device IDs at once</source>
        <translation>
            <numerusform>Walk the report as up to %n range of device IDs at once</numerusform>
            <numerusform>Walk the report as up to %n ranges of device IDs at once</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fota::DeviceDetailPane</name>
    <message numerus="yes">
        <source>%n campaign(s) in this device&apos;s history.</source>
        <translation>
            <numerusform>%n campaign in this device&apos;s history.</numerusform>
            <numerusform>%n campaigns in this device&apos;s history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n status change(s) recorded in this campaign.</source>
        <translation>
            <numerusform>%n status change recorded in this campaign.</numerusform>
            <numerusform>%n status changes recorded in this campaign.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fota::FailureReasonsPanel</name>
    <message numerus="yes">
        <source>%1 failed device, %2 reason</source>
        <translation>
            <numerusform>%1 failed device, %2 reason</numerusform>
            <numerusform>%1 failed devices, %2 distinct reasons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 failed devices, %2 distinct reasons</source>
        <translation>
            <numerusform>%1 failed device, %2 reason</numerusform>
            <numerusform>%1 failed devices, %2 distinct reasons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 failed device has no result reason.</source>
        <translation>
            <numerusform>%1 failed device has no result reason.</numerusform>
            <numerusform>%1 failed devices have no result reason.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 failed devices have no result reason.</source>
        <translation>
            <numerusform>%1 failed device has no result reason.</numerusform>
            <numerusform>%1 failed devices have no result reason.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fota::HistoryController</name>
    <message numerus="yes">
        <source>FOTA campaign %1: %n alert(s)</source>
        <translation>
            <numerusform>FOTA campaign %1: %n alert</numerusform>
            <numerusform>FOTA campaign %1: %n alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fota::LoadProgressPanel</name>
    <message numerus="yes">
        <source>%1 page</source>
        <translation>
            <numerusform>%1 page</numerusform>
            <numerusform>%1 pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 pages</source>
        <translation>
            <numerusform>%1 page</numerusform>
            <numerusform>%1 pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 device loaded</source>
        <translation>
            <numerusform>%1 device loaded</numerusform>
            <numerusform>%1 devices loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 devices loaded</source>
        <translation>
            <numerusform>%1 device loaded</numerusform>
            <numerusform>%1 devices loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ID ranges over up to %1 connections</source>
        <translation>
            <numerusform>%n ID range over up to %1 connections</numerusform>
            <numerusform>%n ID ranges over up to %1 connections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fota::MainWindow</name>
    <message numerus="yes">
        <source>Exported %1 device to %2</source>
        <translation>
            <numerusform>Exported %1 device to %2</numerusform>
            <numerusform>Exported %1 devices to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 devices to %2</source>
        <translation>
            <numerusform>Exported %1 device to %2</numerusform>
            <numerusform>Exported %1 devices to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1 device</source>
        <translation>
            <numerusform>Loaded %1 device</numerusform>
            <numerusform>Loaded %1 devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1 devices</source>
        <translation>
            <numerusform>Loaded %1 device</numerusform>
            <numerusform>Loaded %1 devices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fota::ProgressChartView</name>
    <message numerus="yes">
        <source>%n snapshot(s)</source>
        <translation>
            <numerusform>%n snapshot</numerusform>
            <numerusform>%n snapshots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fota::RefreshBar</name>
    <message numerus="yes">
        <source>Every %n min</source>
        <translation>
            <numerusform>Every %n min</numerusform>
            <numerusform>Every %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refreshes every %n min once a campaign is loaded.</source>
        <translation>
            <numerusform>Refreshes every %n min once a campaign is loaded.</numerusform>
            <numerusform>Refreshes every %n min once a campaign is loaded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fota::RetentionMenu</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keep every snapshot of the last %n day(s) and one a day before that; fota-monitor watch follows this setting too</source>
        <translation>
            <numerusform>Keep every snapshot of the last %n day and one a day before that; fota-monitor watch follows this setting too</numerusform>
            <numerusform>Keep every snapshot of the last %n days and one a day before that; fota-monitor watch follows this setting too</numerusform>
        </translation>
    </message>
</context>
</TS>
