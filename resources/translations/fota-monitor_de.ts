<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AlertRule</name>
    <message>
        <location filename="../../app/alerts/AlertRule.cpp" line="+31"/>
        <source>use failed&gt;N%, new-failures&gt;N, new-reason, overdue&gt;N, stalled&gt;DURATION (e.g. 2h; s, m, h or d) or complete</source>
        <translation>verwenden Sie failed&gt;N%, new-failures&gt;N, new-reason, overdue&gt;N, stalled&gt;DAUER (z. B. 2h; s, m, h oder d) oder complete</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 d %2 h</source>
        <translation>%1 T. %2 Std.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 d</source>
        <translation>%1 T.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>alert rule %1: %2</source>
        <translation>Alarmregel %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>empty; </source>
        <translation>leer; </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 takes no threshold</source>
        <translation>%1 nimmt keinen Schwellenwert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>needs a threshold, e.g. %1</source>
        <translation>braucht einen Schwellenwert, z. B. %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a percentage below 100, e.g. failed&gt;5% or failed&gt;2.5%</source>
        <translation>erwartet wird ein Prozentwert unter 100, z. B. failed&gt;5% oder failed&gt;2.5%</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a whole number of devices, e.g. %1&gt;100</source>
        <translation>erwartet wird eine ganze Zahl von Geräten, z. B. %1&gt;100</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a duration up to a year with a unit s, m, h or d, e.g. stalled&gt;2h</source>
        <translation>erwartet wird eine Dauer bis zu einem Jahr mit der Einheit s, m, h oder d, z. B. stalled&gt;2h</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown rule; </source>
        <translation>unbekannte Regel; </translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 of %2 devices failed (%3 %), above %4 %</source>
        <translation>%L1 von %L2 Geräten fehlgeschlagen (%3 %), über %4 %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 new failures since the previous load, more than %2</source>
        <translation>%L1 neue Fehlschläge seit dem vorigen Laden, mehr als %L2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no reason given)</source>
        <translation>(kein Grund angegeben)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new failure reason: </source>
        <translation>neuer Fehlergrund: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new failure reasons: </source>
        <translation>neue Fehlergründe: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 pending devices are past their next attempt, more than %2</source>
        <translation>%L1 ausstehende Geräte haben ihren nächsten Versuch überschritten, mehr als %L2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no device changed status for %1, longer than %2</source>
        <translation>seit %1 hat kein Gerät seinen Status geändert, länger als %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>campaign complete: %1 succeeded, %2 failed, nothing pending or in progress</source>
        <translation>Kampagne abgeschlossen: %L1 erfolgreich, %L2 fehlgeschlagen, nichts ausstehend oder in Arbeit</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <location filename="../../app/thingspace/ApiClient.cpp" line="+39"/>
        <source>the timeout and the per-attempt deadline must be positive</source>
        <translation>die Zeitüberschreitung und die Frist je Versuch müssen positiv sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the number of connections must be from 1 to %1</source>
        <translation>die Zahl der Verbindungen muss zwischen 1 und %1 liegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the Retry-After scale must be between 0 and 1</source>
        <translation>der Retry-After-Faktor muss zwischen 0 und 1 liegen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the extra CA certificate file %1 cannot be read</source>
        <translation>die zusätzliche CA-Zertifikatsdatei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the extra CA certificate file %1 holds no PEM or DER certificate</source>
        <translation>die zusätzliche CA-Zertifikatsdatei %1 enthält kein PEM- oder DER-Zertifikat</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <location filename="../../app/thingspace/ApiError.cpp" line="+83"/>
        <source>ThingSpace is limiting the request rate</source>
        <translation>ThingSpace begrenzt die Anfragerate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ThingSpace answered with a server error</source>
        <translation>ThingSpace antwortete mit einem Serverfehler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ThingSpace rejected the access token</source>
        <translation>ThingSpace hat das Zugriffstoken abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ThingSpace rejected the request</source>
        <translation>ThingSpace hat die Anfrage abgelehnt</translation>
    </message>
</context>
<context>
    <name>ApiReply</name>
    <message>
        <location filename="../../app/thingspace/ApiReply.cpp" line="+42"/>
        <source>ThingSpace answered with an HTML page instead of JSON</source>
        <translation>ThingSpace antwortete mit einer HTML-Seite statt mit JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ThingSpace answered with malformed JSON (%1 at byte %2)</source>
        <translation>ThingSpace antwortete mit fehlerhaftem JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>ThingSpace sent more than %1 MB for one request; refusing to buffer it</source>
        <translation>ThingSpace sandte mehr als %1 MB für eine Anfrage; die Antwort wird nicht angenommen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ThingSpace did not complete its answer within %1 s</source>
        <translation>ThingSpace hat seine Antwort nicht innerhalb von %1 s abgeschlossen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>ThingSpace sent nothing for %1 s</source>
        <translation>ThingSpace hat %1 s lang nichts gesendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>network error talking to %1: %2</source>
        <translation>Netzwerkfehler bei der Verbindung mit %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the answer was cut short</source>
        <translation>die Antwort brach vorzeitig ab</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>gave up after %1 attempts: %2</source>
        <translation>nach %1 Versuchen aufgegeben: %2</translation>
    </message>
</context>
<context>
    <name>BaseUrlPolicy</name>
    <message>
        <location filename="../../app/thingspace/BaseUrlPolicy.cpp" line="+29"/>
        <source>the base URL &quot;%1&quot; is not a valid URL</source>
        <translation>die Basis-URL „%1“ ist keine gültige URL</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>refusing plain http:// for %1: tokens would travel unencrypted; use https://</source>
        <translation>unverschlüsseltes http:// für %1 wird abgelehnt: die Token würden unverschlüsselt übertragen; verwenden Sie https://</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the base URL must start with https:// (got &quot;%1&quot;)</source>
        <translation>die Basis-URL muss mit https:// beginnen (erhalten: „%1“)</translation>
    </message>
</context>
<context>
    <name>CampaignDirectory</name>
    <message>
        <location filename="../../app/thingspace/CampaignDirectory.cpp" line="+87"/>
        <source>an account name is needed</source>
        <translation>ein Kontoname wird benötigt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>listing campaigns was stopped</source>
        <translation>das Auflisten der Kampagnen wurde angehalten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>campaigns in status %1: %2; attempt %3 of %4 in %5 s</source>
        <translation>Kampagnen im Status %1: %2; Versuch %3 von %4 in %5 s</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>campaigns in status %1: %2</source>
        <translation>Kampagnen im Status %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>campaigns in status %1: not a campaign list: %2</source>
        <translation>Kampagnen im Status %1: keine Kampagnenliste: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>campaigns in status %1: the cursor did not advance after page %2 (lastSeenCampaignId &quot;%3&quot; again); stopped to avoid looping forever</source>
        <translation>Kampagnen im Status %1: der Cursor ist nach Seite %2 nicht weitergerückt (wieder lastSeenCampaignId „%3“); angehalten, um eine Endlosschleife zu vermeiden</translation>
    </message>
</context>
<context>
    <name>CampaignInfoFetcher</name>
    <message>
        <location filename="../../app/thingspace/CampaignInfoFetcher.cpp" line="+51"/>
        <source>both an account name and a campaign ID are needed</source>
        <translation>Kontoname und Kampagnen-ID werden beide benötigt</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>campaign %1: %2</source>
        <translation>Kampagne %1: %2</translation>
    </message>
</context>
<context>
    <name>CampaignInfoParser</name>
    <message>
        <location filename="../../app/thingspace/CampaignInfoParser.cpp" line="+65"/>
        <source>the answer is not a campaign (no id, no campaignName)</source>
        <translation>die Antwort ist keine Kampagne (keine id, kein campaignName)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>unreadable startDate &quot;%1&quot;</source>
        <translation>unlesbares startDate „%1“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unreadable endDate &quot;%1&quot;</source>
        <translation>unlesbares endDate „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>campaignTimeWindowList is not an array</source>
        <translation>campaignTimeWindowList ist kein Array</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>time window %1 has no readable hours; skipped</source>
        <translation>Zeitfenster %1 hat keine lesbaren Stunden; übersprungen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the campaign list is not a JSON object</source>
        <translation>die Kampagnenliste ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the campaign list&apos;s campaignList is not an array</source>
        <translation>campaignList der Kampagnenliste ist kein Array</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the response is not a campaign list (no campaignList, no hasMoreData)</source>
        <translation>die Antwort ist keine Kampagnenliste (kein campaignList, kein hasMoreData)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>entry %1 is not a campaign with an id; skipped</source>
        <translation>Eintrag %1 ist keine Kampagne mit id; übersprungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>campaign %1: %2</source>
        <translation>Kampagne %1: %2</translation>
    </message>
</context>
<context>
    <name>CampaignLoader</name>
    <message>
        <location filename="../../app/campaign/CampaignLoader.cpp" line="+118"/>
        <source>both an account name and a campaign ID are needed</source>
        <translation>Kontoname und Kampagnen-ID werden beide benötigt</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../../app/campaign/CampaignSession.cpp" line="+39"/>
        <location line="+119"/>
        <source>loading was stopped</source>
        <translation>das Laden wurde angehalten</translation>
    </message>
    <message>
        <location line="+346"/>
        <source>page %1 failed: %2</source>
        <translation>Seite %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>page %1 is not a campaign report: %2</source>
        <translation>Seite %1 ist kein Kampagnenbericht: %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>the server refused a cursor it had not handed out, so its cursors are not ID filters: loading the rest over one connection</source>
        <translation>der Server hat einen Cursor abgelehnt, den er nicht selbst ausgegeben hatte, seine Cursor sind also keine ID-Filter: der Rest wird über eine Verbindung geladen</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>page %1 said more devices follow but had neither devices nor a lastSeenDeviceId to continue from; stopped with %2 devices</source>
        <translation>Seite %1 kündigte weitere Geräte an, enthielt aber weder Geräte noch eine lastSeenDeviceId zum Fortsetzen; angehalten mit %2 Geräten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the report&apos;s cursor did not advance after page %1 (lastSeenDeviceId %2 after %3); stopped to avoid looping forever</source>
        <translation>der Cursor des Berichts ist nach Seite %1 nicht weitergerückt (lastSeenDeviceId %2 nach %3); angehalten, um eine Endlosschleife zu vermeiden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 pages in a row brought no new device although the cursor moved on (now %2); stopped after page %3 with %4 devices to avoid looping forever</source>
        <translation>%1 Seiten in Folge brachten kein neues Gerät, obwohl der Cursor weiterrückte (jetzt %2); nach Seite %3 mit %4 Geräten angehalten, um eine Endlosschleife zu vermeiden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the report announced no totalDevice and has not ended after %1 pages and %2 devices; stopped</source>
        <translation>der Bericht nannte kein totalDevice und endete nach %1 Seiten und %2 Geräten noch nicht; angehalten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the report announced %1 devices (totalDevice), but after %2 pages and %3 devices it still says more follow; stopped</source>
        <translation>der Bericht kündigte %1 Geräte an (totalDevice), meldet aber nach %2 Seiten und %3 Geräten noch immer weitere; angehalten</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <location filename="../../app/thingspace/Credentials.cpp" line="+28"/>
        <source>no ThingSpace credentials: set THINGSPACE_BEARER_TOKEN and THINGSPACE_SESSION_TOKEN, or THINGSPACE_CLIENT_ID, THINGSPACE_CLIENT_SECRET, THINGSPACE_USERNAME and THINGSPACE_PASSWORD</source>
        <translation>keine ThingSpace-Zugangsdaten: setzen Sie THINGSPACE_BEARER_TOKEN und THINGSPACE_SESSION_TOKEN oder THINGSPACE_CLIENT_ID, THINGSPACE_CLIENT_SECRET, THINGSPACE_USERNAME und THINGSPACE_PASSWORD</translation>
    </message>
</context>
<context>
    <name>DemoCredentials</name>
    <message>
        <location filename="../../app/credentials/DemoCredentials.cpp" line="+38"/>
        <source>refusing to send the built-in demo credentials to %1: they work only with the simulator on this machine (--demo)</source>
        <translation>die eingebauten Demo-Zugangsdaten werden nicht an %1 gesendet: sie gelten nur für den Simulator auf diesem Rechner (--demo)</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <location filename="../../app/notifications/DesktopNotifier.cpp" line="+49"/>
        <source>no D-Bus session bus</source>
        <translation>kein D-Bus-Sitzungsbus</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the notification service went away</source>
        <translation>der Benachrichtigungsdienst ist nicht mehr da</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>no notification service: </source>
        <translation>kein Benachrichtigungsdienst: </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the notification service failed: </source>
        <translation>der Benachrichtigungsdienst ist fehlgeschlagen: </translation>
    </message>
</context>
<context>
    <name>DeviceColumn</name>
    <message>
        <location filename="../../app/campaign/DeviceColumn.cpp" line="+16"/>
        <source>Device ID (IMEI)</source>
        <translation>Geräte-ID (IMEI)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result reason</source>
        <translation>Ergebnisgrund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status time</source>
        <translation>Statuszeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last attempt</source>
        <translation>Letzter Versuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bucket</source>
        <extracomment>Column title: the status bucket (Succeeded, Failed, Pending, ...) a device is in.</extracomment>
        <translation>Statusgruppe</translation>
    </message>
</context>
<context>
    <name>DeviceHistoryFetcher</name>
    <message>
        <location filename="../../app/thingspace/DeviceHistoryFetcher.cpp" line="+70"/>
        <source>both an account name and a device ID are needed</source>
        <translation>Kontoname und Geräte-ID werden beide benötigt</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>history of device %1: %2</source>
        <translation>Verlauf von Gerät %1: %2</translation>
    </message>
</context>
<context>
    <name>DeviceHistoryParser</name>
    <message>
        <location filename="../../app/thingspace/DeviceHistoryParser.cpp" line="+43"/>
        <source>the response is not a device history (no list in it)</source>
        <translation>die Antwort ist kein Geräteverlauf (keine Liste darin)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the device history is not JSON</source>
        <translation>der Geräteverlauf ist kein JSON</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>history entry %1 is not an object; skipped</source>
        <translation>Verlaufseintrag %1 ist kein Objekt; übersprungen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>history entry %1: unreadable startDate &quot;%2&quot;</source>
        <translation>Verlaufseintrag %1: unlesbares startDate „%2“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>history entry %1: unreadable reportUpdatedTime &quot;%2&quot;</source>
        <translation>Verlaufseintrag %1: unlesbare reportUpdatedTime „%2“</translation>
    </message>
</context>
<context>
    <name>EtaText</name>
    <message>
        <location filename="../../app/progress/EtaText.cpp" line="+43"/>
        <source>min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>h</source>
        <translation>Std.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>d</source>
        <translation>T.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>≈ %1 devices resolved per hour (last 6 h)</source>
        <translation>≈ %1 Geräte pro Stunde abgeschlossen (letzte 6 Std.)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>done since %1: nothing pending or in progress</source>
        <translation>fertig seit %1: nichts ausstehend oder in Arbeit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not converging: the pending count is not falling</source>
        <translation>kein Fortschritt absehbar: die Zahl der ausstehenden Geräte sinkt nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no estimate yet: it needs two loads 15 min or more apart in the last 6 h</source>
        <translation>noch keine Schätzung: nötig sind zwei Ladevorgänge im Abstand von mindestens 15 Min. in den letzten 6 Std.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>done ≈ now (%1 devices remain)</source>
        <translation>fertig ≈ jetzt (%1 Geräte übrig)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done ≈ %1, in %2</source>
        <translation>fertig ≈ %1, in %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>bound by the latest next attempt of a pending device (%1): none can finish before it</source>
        <translation>begrenzt durch den spätesten nächsten Versuch eines ausstehenden Geräts (%1): keines kann vorher fertig werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bound by the throughput</source>
        <translation>begrenzt durch den Durchsatz</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <location filename="../../app/export/ExportJob.cpp" line="+47"/>
        <location filename="../../app/export/OutputBuffer.cpp" line="+22"/>
        <source>could not write: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../app/export/CsvWriter.cpp" line="+111"/>
        <location line="+8"/>
        <location filename="../../app/export/JsonWriter.cpp" line="+146"/>
        <location line="+9"/>
        <source>export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <location filename="../../app/export/ExportJob.cpp" line="+3"/>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+6"/>
        <location line="+30"/>
        <location line="+7"/>
        <location line="+10"/>
        <location line="+7"/>
        <location line="+16"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>standard output</source>
        <translation>Standardausgabe</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <location filename="../../app/history/HistorySchema.cpp" line="+99"/>
        <source>no migration from schema version %1</source>
        <translation>keine Migration von Schemaversion %1</translation>
    </message>
    <message>
        <location filename="../../app/history/HistoryStore.cpp" line="+134"/>
        <source>History file %1: %2</source>
        <translation>Verlaufsdatei %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot be read: </source>
        <translation>nicht lesbar: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not an SQLite database, so not a history file; it was left as it is</source>
        <translation>keine SQLite-Datenbank, also keine Verlaufsdatei; sie wurde unverändert gelassen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create the folder </source>
        <translation>der Ordner kann nicht angelegt werden: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Qt&apos;s SQLite driver is missing (libqt6sql6-sqlite)</source>
        <translation>der SQLite-Treiber von Qt fehlt (libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>damaged (%1); it was left as it is</source>
        <translation>beschädigt (%1); sie wurde unverändert gelassen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an SQLite database of another program, not a history file; it was left as it is</source>
        <translation>eine SQLite-Datenbank eines anderen Programms, keine Verlaufsdatei; sie wurde unverändert gelassen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>written by a newer FOTA Campaign Monitor (history schema %1, this one reads up to %2); it was left as it is</source>
        <translation>von einem neueren FOTA Campaign Monitor geschrieben (Verlaufsschema %1, dieser liest bis %2); sie wurde unverändert gelassen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>still locked by another process after %1 ms</source>
        <translation>nach %1 ms noch immer von einem anderen Prozess gesperrt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot use write-ahead logging: </source>
        <translation>Write-Ahead-Logging nicht möglich: </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>busy or read-only: </source>
        <translation>belegt oder schreibgeschützt: </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>tables are missing; it was left as it is</source>
        <translation>Tabellen fehlen; sie wurde unverändert gelassen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot create or upgrade the tables: </source>
        <translation>die Tabellen können nicht angelegt oder aktualisiert werden: </translation>
    </message>
    <message>
        <location line="+80"/>
        <source>not open</source>
        <translation>nicht geöffnet</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+203"/>
        <source>the table to record is damaged</source>
        <translation>die aufzuzeichnende Tabelle ist beschädigt</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>busy: </source>
        <translation>belegt: </translation>
    </message>
    <message>
        <location line="+478"/>
        <source>the stored table has an unknown format</source>
        <translation>die gespeicherte Tabelle hat ein unbekanntes Format</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the stored table of this campaign is damaged</source>
        <translation>die gespeicherte Tabelle dieser Kampagne ist beschädigt</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <location filename="../../app/keychain/KeychainSecretStore.cpp" line="+34"/>
        <source>the system keychain refused the request</source>
        <translation>der Schlüsselbund des Systems hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>the system keychain</source>
        <translation>der Schlüsselbund des Systems</translation>
    </message>
</context>
<context>
    <name>LoadDiagnostics</name>
    <message>
        <location filename="../../app/campaign/LoadDiagnostics.cpp" line="+25"/>
        <source>page %1: %2</source>
        <translation>Seite %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>skipped %n device entry (%1 not an object, %2 without a deviceId)</source>
        <translation>
            <numerusform>%n Geräteeintrag übersprungen (%1 kein Objekt, %2 ohne deviceId)</numerusform>
            <numerusform>%n Geräteeinträge übersprungen (%1 kein Objekt, %2 ohne deviceId)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>skipped %n device entries (%1 not an object, %2 without a deviceId)</source>
        <translation>
            <numerusform>%n Geräteeintrag übersprungen (%1 kein Objekt, %2 ohne deviceId)</numerusform>
            <numerusform>%n Geräteeinträge übersprungen (%1 kein Objekt, %2 ohne deviceId)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>left %n unreadable time blank</source>
        <translation>
            <numerusform>%n unlesbare Zeitangabe leer gelassen</numerusform>
            <numerusform>%n unlesbare Zeitangaben leer gelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>left %n unreadable times blank</source>
        <translation>
            <numerusform>%n unlesbare Zeitangabe leer gelassen</numerusform>
            <numerusform>%n unlesbare Zeitangaben leer gelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>ignored %n unreadable page field</source>
        <translation>
            <numerusform>%n unlesbares Seitenfeld ignoriert</numerusform>
            <numerusform>%n unlesbare Seitenfelder ignoriert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>ignored %n unreadable page fields</source>
        <translation>
            <numerusform>%n unlesbares Seitenfeld ignoriert</numerusform>
            <numerusform>%n unlesbare Seitenfelder ignoriert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n device was listed again with another status (the later listing was kept)</source>
        <translation>
            <numerusform>%n Gerät wurde erneut mit anderem Status aufgeführt (der spätere Eintrag gilt)</numerusform>
            <numerusform>%n Geräte wurden erneut mit anderem Status aufgeführt (der spätere Eintrag gilt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n devices were listed again with another status (the later listing was kept)</source>
        <translation>
            <numerusform>%n Gerät wurde erneut mit anderem Status aufgeführt (der spätere Eintrag gilt)</numerusform>
            <numerusform>%n Geräte wurden erneut mit anderem Status aufgeführt (der spätere Eintrag gilt)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; first: %1</source>
        <translation>; erstes: %1</translation>
    </message>
</context>
<context>
    <name>OutputTarget</name>
    <message>
        <location filename="../../app/export/OutputTarget.cpp" line="+58"/>
        <source>no output file named</source>
        <translation>keine Ausgabedatei angegeben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>descriptor %1 is not open</source>
        <translation>Deskriptor %1 ist nicht geöffnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>descriptor %1 is open for reading only</source>
        <translation>Deskriptor %1 ist nur zum Lesen geöffnet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>too many levels of symbolic links</source>
        <translation>zu viele Ebenen symbolischer Verknüpfungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is a symbolic link to %1, which does not exist</source>
        <translation>es ist eine symbolische Verknüpfung auf %1, das nicht existiert</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>it is a directory</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a block device; an export is never written onto a disk</source>
        <translation>es ist ein Blockgerät; ein Export wird nie auf einen Datenträger geschrieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is a socket, which cannot be opened as a file</source>
        <translation>es ist ein Socket, der nicht als Datei geöffnet werden kann</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the directory %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a directory</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot create a file in %1: %2</source>
        <translation>in %1 kann keine Datei angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>ProgressChartRenderer</name>
    <message>
        <location filename="../../app/drawing/ProgressChartRenderer.cpp" line="+88"/>
        <source>times in %1</source>
        <translation>Zeiten in %1</translation>
    </message>
    <message>
        <location line="+267"/>
        <source>No history yet: every complete load or refresh adds a point.</source>
        <translation>Noch kein Verlauf: jedes vollständige Laden oder Aktualisieren fügt einen Punkt hinzu.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1: %2 (%3 %)</source>
        <extracomment>The chart&apos;s tooltip, one line a bucket: %1 the bucket, %2 its device count, %3 its share in per cent with one decimal.</extracomment>
        <translation>%1: %2 (%3 %)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 devices</source>
        <translation>%1 Geräte</translation>
    </message>
</context>
<context>
    <name>ReplyReader</name>
    <message>
        <location filename="../../app/thingspace/ReplyReader.cpp" line="+61"/>
        <source>more than %1 redirects in a row (a loop)</source>
        <translation>mehr als %1 Weiterleitungen in Folge (eine Schleife)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a redirect to another host, port or scheme (such as https to http), which could expose the tokens</source>
        <translation>eine Weiterleitung auf einen anderen Host, Port oder ein anderes Schema (etwa von https auf http), die die Token preisgeben könnte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ThingSpace at %1 answered with %2; not followed</source>
        <translation>ThingSpace unter %1 antwortete mit %2; nicht gefolgt</translation>
    </message>
</context>
<context>
    <name>ReportHistoryReader</name>
    <message>
        <location filename="../../app/report/ReportHistoryReader.cpp" line="+51"/>
        <source>The history has no snapshot of this campaign from before this load.</source>
        <translation>Der Verlauf hat keine Momentaufnahme dieser Kampagne von vor diesem Ladevorgang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The history has no snapshot of this campaign from that time or earlier.</source>
        <translation>Der Verlauf hat keine Momentaufnahme dieser Kampagne von diesem oder einem früheren Zeitpunkt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The history keeps no table of this campaign to compare with.</source>
        <translation>Der Verlauf enthält keine Tabelle dieser Kampagne zum Vergleich.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The history&apos;s changes since that snapshot could not be read.</source>
        <translation>Die Änderungen im Verlauf seit dieser Momentaufnahme konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>ReportHtmlWriter</name>
    <message>
        <location filename="../../app/report/ReportHtmlWriter.cpp" line="+89"/>
        <source>%1 %2 (%3)</source>
        <extracomment>The stacked bar&apos;s text for one bucket: %1 the bucket (&quot;Succeeded&quot;), %2 its device count, %3 its share (&quot;41%&quot;).</extracomment>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No devices</source>
        <translation>Keine Geräte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status distribution: %1</source>
        <translation>Statusverteilung: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Devices per status over time</source>
        <translation>Geräte je Status im Zeitverlauf</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — campaign report</source>
        <translation>%1 – Kampagnenbericht</translation>
    </message>
</context>
<context>
    <name>ReportMarkup</name>
    <message>
        <location filename="../../app/report/ReportMarkup.cpp" line="+76"/>
        <source>Campaign %1</source>
        <translation>Kampagne %1</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+1"/>
        <source>Campaign report</source>
        <translation>Kampagnenbericht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>?</source>
        <extracomment>Shown for the campaign&apos;s total when the server did not give it.</extracomment>
        <translation>?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incomplete: this report covers the %1 devices loaded, but the campaign report announced %2. Its numbers are not the whole campaign.</source>
        <translation>Unvollständig: dieser Bericht umfasst die %1 geladenen Geräte, der Kampagnenbericht kündigte aber %2 an. Seine Zahlen sind nicht die ganze Kampagne.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign ID</source>
        <translation>Kampagnen-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign status</source>
        <translation>Kampagnenstatus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 → %2</source>
        <extracomment>The firmware upgrade: %1 the version from, %2 the version to.</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (file %1)</source>
        <translation> (Datei %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+40"/>
        <location line="+57"/>
        <location line="+27"/>
        <location line="+64"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Time windows</source>
        <translation>Zeitfenster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>any time</source>
        <translation>jederzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign details</source>
        <translation>Kampagnendetails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unavailable: %1</source>
        <translation>nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data as of</source>
        <translation>Datenstand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All devices</source>
        <translation>Alle Geräte</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+57"/>
        <location line="+55"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-112"/>
        <location line="+57"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>The campaign report announced %1 devices; %2 were loaded.</source>
        <translation>Der Kampagnenbericht kündigte %1 Geräte an; %2 wurden geladen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Over time</source>
        <translation>Im Zeitverlauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No history of this campaign was available, so there is no progress over time, estimate or comparison with an earlier load.</source>
        <translation>Für diese Kampagne war kein Verlauf verfügbar, daher gibt es keinen Fortschritt im Zeitverlauf, keine Schätzung und keinen Vergleich mit einem früheren Ladevorgang.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Snapshot (%1)</source>
        <translation>Momentaufnahme (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The latest %1 of %2 snapshots, newest first.</source>
        <translation>Die letzten %1 von %2 Momentaufnahmen, neueste zuerst.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Devices per status</source>
        <translation>Geräte je Status</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No devices.</source>
        <translation>Keine Geräte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bucket</source>
        <translation>Statusgruppe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Failure reasons</source>
        <translation>Fehlergründe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No failed devices.</source>
        <translation>Keine fehlgeschlagenen Geräte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed devices, %2 distinct reasons. Dates, times and counts in a reason are set aside to group them: N stands for a number.</source>
        <translation>%1 fehlgeschlagene Geräte, %2 verschiedene Gründe. Datums-, Zeit- und Zahlenangaben in einem Grund werden zum Gruppieren beiseitegelassen: N steht für eine Zahl.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no reason given)</source>
        <translation>(kein Grund angegeben)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For example: %1</source>
        <translation>Zum Beispiel: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Share of failed</source>
        <translation>Anteil an fehlgeschlagenen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+29"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Example devices</source>
        <translation>Beispielgeräte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 most frequent of %2 reasons are listed; the other %3 failed devices have one of the remaining %4.</source>
        <translation>Die %1 häufigsten von %2 Gründen sind aufgeführt; die übrigen %3 fehlgeschlagenen Geräte haben einen der restlichen %4.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Overdue devices</source>
        <translation>Überfällige Geräte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 pending devices were past their next attempt when the data was loaded (%2).</source>
        <translation>%1 ausstehende Geräte hatten ihren nächsten Versuch überschritten, als die Daten geladen wurden (%2).</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+48"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Next attempt (%1)</source>
        <translation>Nächster Versuch (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue by</source>
        <translation>Überfällig seit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first %1 of %2 overdue devices are listed, longest overdue first.</source>
        <translation>Die ersten %1 von %2 überfälligen Geräten sind aufgeführt, am längsten überfällige zuerst.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No earlier snapshot was chosen to compare with.</source>
        <translation>Es wurde keine frühere Momentaufnahme zum Vergleich gewählt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes since %1</source>
        <translation>Änderungen seit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 devices changed status since the snapshot of %2, which had %3 devices.</source>
        <translation>%1 Geräte haben seit der Momentaufnahme vom %2, die %3 Geräte hatte, ihren Status geändert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+12"/>
        <source>From</source>
        <extracomment>Column titles: the status a device had before, and the one it has now.</extracomment>
        <translation>Von</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+12"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Devices that changed</source>
        <translation>Geänderte Geräte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first %1 of %2 devices that changed are listed, by device ID.</source>
        <translation>Die ersten %1 von %2 geänderten Geräten sind aufgeführt, nach Geräte-ID.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Made by FOTA Campaign Monitor %1 on %2 from the data as of %3. Times are in %4.</source>
        <translation>Erstellt von FOTA Campaign Monitor %1 am %2 aus den Daten mit Stand %3. Zeiten in %4.</translation>
    </message>
</context>
<context>
    <name>ReportParser</name>
    <message>
        <location filename="../../app/thingspace/PageDiagnostics.cpp" line="+44"/>
        <source>entry %1 is not an object; skipped</source>
        <translation>Eintrag %1 ist kein Objekt; übersprungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>entry %1 has no deviceId; skipped</source>
        <translation>Eintrag %1 hat keine deviceId; übersprungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unreadable %1 &quot;%2&quot;; ignored</source>
        <translation>unlesbares %1 „%2“; ignoriert</translation>
    </message>
    <message>
        <location filename="../../app/thingspace/ReportPageDecoder.cpp" line="+568"/>
        <location filename="../../app/thingspace/ReportParser.cpp" line="+203"/>
        <source>the report page&apos;s deviceList is not an array</source>
        <translation>deviceList der Berichtsseite ist kein Array</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/thingspace/ReportParser.cpp" line="+5"/>
        <source>the response is not a campaign report (no deviceList, no hasMoreData)</source>
        <translation>die Antwort ist kein Kampagnenbericht (kein deviceList, kein hasMoreData)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>ThingSpace answered with malformed JSON (%1)</source>
        <translation>ThingSpace antwortete mit fehlerhaftem JSON (%1)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>ThingSpace answered with an HTML page instead of JSON</source>
        <translation>ThingSpace antwortete mit einer HTML-Seite statt mit JSON</translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../../app/thingspace/ReportParser.cpp" line="-17"/>
        <source>the report page is not a JSON object</source>
        <translation>die Berichtsseite ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../../app/thingspace/PageDiagnostics.cpp" line="-5"/>
        <source>device %1: unreadable %2 &quot;%3&quot;; left blank</source>
        <translation>Gerät %1: unlesbares %2 „%3“; leer gelassen</translation>
    </message>
</context>
<context>
    <name>ReportPdfWriter</name>
    <message>
        <location filename="../../app/report/ReportPdfWriter.cpp" line="+218"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — campaign report</source>
        <translation>%1 – Kampagnenbericht</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Data as of %1 · generated %2</source>
        <translation>Datenstand %1 · erstellt %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the PDF writer could not start</source>
        <translation>der PDF-Schreiber konnte nicht starten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the PDF writer could not start a new page</source>
        <translation>der PDF-Schreiber konnte keine neue Seite beginnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the PDF writer could not finish the file</source>
        <translation>der PDF-Schreiber konnte die Datei nicht abschließen</translation>
    </message>
</context>
<context>
    <name>ReportSince</name>
    <message>
        <location filename="../../app/report/ReportSince.cpp" line="+59"/>
        <source>--since takes &quot;previous&quot;, &quot;none&quot;, a span back from now (90m, 6h, 2d, 1w) or an ISO 8601 date or time (2026-11-20, 2026-11-20T08:00Z), not &quot;%1&quot;</source>
        <translation>--since nimmt „previous“, „none“, eine Spanne zurück ab jetzt (90m, 6h, 2d, 1w) oder ein Datum bzw. eine Zeit nach ISO 8601 (2026-11-20, 2026-11-20T08:00Z), nicht „%1“</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <location filename="../../app/report/ReportText.cpp" line="+42"/>
        <location line="+18"/>
        <location line="+11"/>
        <source>—</source>
        <extracomment>A time that is not known (no time was reported).</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>%1 (%2)</source>
        <comment>offset (zone)</comment>
        <extracomment>%1 the UTC offset (&quot;UTC+01:00&quot;), %2 the time zone&apos;s name (&quot;Europe/Paris&quot;).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2 %3</source>
        <comment>date, time and zone</comment>
        <extracomment>%1 the date in words, %2 the time of day, %3 its zone (&quot;UTC&quot; or &quot;UTC+01:00 (Europe/Paris)&quot;).</extracomment>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>local time, %1</source>
        <translation>Ortszeit, %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>less than a minute</source>
        <translation>weniger als eine Minute</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 d %2 h</source>
        <comment>days and hours</comment>
        <translation>%1 T. %2 Std.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d</source>
        <comment>days</comment>
        <translation>%1 T.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 h %2 min</source>
        <comment>hours and minutes</comment>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h</source>
        <comment>hours</comment>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <comment>minutes</comment>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no status)</source>
        <translation>(kein Status)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(not in the campaign)</source>
        <translation>(nicht in der Kampagne)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Done: nothing is pending or in progress (since %1).</source>
        <translation>Fertig: nichts ist ausstehend oder in Arbeit (seit %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expected to be done around %1; %2 devices to go.</source>
        <translation>Voraussichtlich fertig gegen %1; noch %2 Geräte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected to be done around %1 (between %2 and %3); %4 devices to go.</source>
        <translation>Voraussichtlich fertig gegen %1 (zwischen %2 und %3); noch %4 Geräte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not converging: the number of pending and in-progress devices (%1) is not falling.</source>
        <translation>Kein Fortschritt absehbar: die Zahl der ausstehenden und laufenden Geräte (%1) sinkt nicht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No estimate yet: the history needs two snapshots at least 15 minutes apart within the last 6 hours.</source>
        <translation>Noch keine Schätzung: der Verlauf braucht zwei Momentaufnahmen im Abstand von mindestens 15 Minuten innerhalb der letzten 6 Stunden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bounded by the latest next attempt scheduled for a pending device: no estimate can be earlier. At the recent rate (%1 devices an hour) it would be sooner.</source>
        <translation>Begrenzt durch den spätesten geplanten nächsten Versuch eines ausstehenden Geräts: keine Schätzung kann früher liegen. Bei der jüngsten Rate (%1 Geräte pro Stunde) wäre es eher.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From the rate over the last 6 hours: %1 devices resolved an hour (least squares over the snapshots; the range comes from the older and newer halves of that window).</source>
        <translation>Aus der Rate der letzten 6 Stunden: %1 Geräte pro Stunde abgeschlossen (kleinste Quadrate über die Momentaufnahmen; die Spanne ergibt sich aus der älteren und der neueren Hälfte dieses Zeitraums).</translation>
    </message>
</context>
<context>
    <name>RetryNotice</name>
    <message>
        <location filename="../../app/campaign/RetryNotice.cpp" line="+36"/>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate limited</source>
        <translation>Anfragerate begrenzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unreadable answer</source>
        <translation>Unlesbare Antwort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>in %1 s</source>
        <translation>in %1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now</source>
        <comment>retrying now</comment>
        <translation>jetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — retrying %2 (attempt %3 of %4)</source>
        <translation>%1 – neuer Versuch %2 (Versuch %3 von %4)</translation>
    </message>
</context>
<context>
    <name>RoundTripStats</name>
    <message>
        <location filename="../../app/campaign/RoundTripStats.cpp" line="+40"/>
        <source>round trip per page: median %1 ms, worst %2 ms</source>
        <translation>Antwortzeit je Seite: Median %1 ms, längste %2 ms</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 page</source>
        <translation>
            <numerusform>%1 Seite</numerusform>
            <numerusform>%1 Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 pages</source>
        <translation>
            <numerusform>%1 Seite</numerusform>
            <numerusform>%1 Seiten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>round trip per page: median %1 ms, worst %2 ms (%3)</source>
        <translation>Antwortzeit je Seite: Median %1 ms, längste %2 ms (%3)</translation>
    </message>
</context>
<context>
    <name>StatusBucket</name>
    <message>
        <location filename="../../app/campaign/StatusBucket.cpp" line="+70"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/DeviceTableView.cpp" line="+238"/>
        <source>In progress</source>
        <extracomment>A status bucket: devices whose upgrade is running now.</extracomment>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Other</source>
        <extracomment>A status bucket: devices whose status fits none of the others.</extracomment>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>TimeDisplay</name>
    <message>
        <location filename="../../app/campaign/TimeDisplay.cpp" line="+91"/>
        <source>local</source>
        <translation>lokal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>local, %1</source>
        <translation>lokal, %1</translation>
    </message>
</context>
<context>
    <name>TlsErrors</name>
    <message>
        <location filename="../../app/thingspace/TlsErrors.cpp" line="+22"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>subject %1; issued by %2; valid %3 to %4; SHA-256 %5</source>
        <translation>Inhaber %1; ausgestellt von %2; gültig von %3 bis %4; SHA-256 %5</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>TLS error with %1: the connection was refused because the server&apos;s certificate is not trusted (%2). If a corporate proxy inspects TLS, trust its CA certificate file explicitly.</source>
        <translation>TLS-Fehler bei %1: die Verbindung wurde abgelehnt, weil dem Zertifikat des Servers nicht vertraut wird (%2). Wenn ein Firmen-Proxy TLS untersucht, vertrauen Sie dessen CA-Zertifikatsdatei ausdrücklich.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>. Certificate: </source>
        <translation>. Zertifikat: </translation>
    </message>
</context>
<context>
    <name>TokenManager</name>
    <message>
        <location filename="../../app/thingspace/TokenManager.cpp" line="+44"/>
        <source>ThingSpace at %1 did not complete its answer within %2 s</source>
        <translation>ThingSpace unter %1 hat seine Antwort nicht innerhalb von %2 s abgeschlossen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ThingSpace at %1 sent more than %2 KB for a token or login answer; refusing it</source>
        <translation>ThingSpace unter %1 sandte mehr als %2 KB als Token- oder Anmeldeantwort; abgelehnt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the answer was cut short</source>
        <translation>die Antwort brach vorzeitig ab</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/AccountController.cpp" line="+200"/>
        <source>could not reach ThingSpace at %1: %2</source>
        <translation>ThingSpace unter %1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>no access token and no client key/secret to obtain one</source>
        <translation>kein Zugriffstoken und kein Client-Schlüssel/-Geheimnis, um eines zu erhalten</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+46"/>
        <source>the username or password was rejected earlier; sign in again</source>
        <translation>Benutzername oder Passwort wurden bereits abgelehnt; melden Sie sich erneut an</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>no session token and no username/password to log in with</source>
        <translation>kein Sitzungstoken und kein Benutzername/Passwort für die Anmeldung</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ThingSpace rejected the access token and there is no client key/secret to obtain a new one; supply a current token or sign in again</source>
        <translation>ThingSpace hat das Zugriffstoken abgelehnt, und es gibt keinen Client-Schlüssel/kein Client-Geheimnis für ein neues; geben Sie ein aktuelles Token an oder melden Sie sich erneut an</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the ThingSpace session has expired and there is no username/password to log in again; supply a current session token or sign in again</source>
        <translation>die ThingSpace-Sitzung ist abgelaufen, und es gibt keinen Benutzernamen/kein Passwort für eine neue Anmeldung; geben Sie ein aktuelles Sitzungstoken an oder melden Sie sich erneut an</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>ThingSpace rejected the client key or secret: </source>
        <translation>ThingSpace hat Client-Schlüssel oder -Geheimnis abgelehnt: </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the OAuth token answer carries no access_token</source>
        <translation>die OAuth-Token-Antwort enthält kein access_token</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>ThingSpace rejected the username or password (%1). It was not retried: five failed logins lock the account.</source>
        <translation>ThingSpace hat Benutzername oder Passwort abgelehnt (%1). Es wurde nicht erneut versucht: fünf fehlgeschlagene Anmeldungen sperren das Konto.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the session login answer carries no sessionToken</source>
        <translation>die Antwort auf die Sitzungsanmeldung enthält kein sessionToken</translation>
    </message>
</context>
<context>
    <name>TransitionGroups</name>
    <message>
        <location filename="../../app/watching/TransitionGroups.cpp" line="+45"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gone</source>
        <translation>verschwunden</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 %2 → %3</source>
        <extracomment>One group of changes: %1 how many devices, %2 the status they had, %3 the status they have now.</extracomment>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 more</source>
        <translation>%1 weitere</translation>
    </message>
</context>
<context>
    <name>fota::AccountController</name>
    <message>
        <location filename="../../ui/AccountController.cpp" line="-167"/>
        <source>&amp;Sign in…</source>
        <translation>Anm&amp;elden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in to a ThingSpace account, or switch profile</source>
        <translation>Bei einem ThingSpace-Konto anmelden oder das Profil wechseln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End the ThingSpace session and forget the tokens</source>
        <translation>Die ThingSpace-Sitzung beenden und die Token vergessen</translation>
    </message>
    <message>
        <location line="+219"/>
        <source>Signed out here, but ThingSpace could not be told: %1</source>
        <translation>Hier abgemeldet, aber ThingSpace konnte nicht benachrichtigt werden: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pasted tokens</source>
        <translation>eingefügte Token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (sign in again)</source>
        <translation>%1 (erneut anmelden)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Account</source>
        <translation>K&amp;onto</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Signed-in account</source>
        <translation>Angemeldetes Konto</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No keychain available, so your secrets are kept in memory only: you stay signed in until you quit, then sign in again next time.</source>
        <translation>Kein Schlüsselbund verfügbar, daher bleiben Ihre Geheimnisse nur im Arbeitsspeicher: Sie bleiben angemeldet, bis Sie das Programm beenden, und melden sich beim nächsten Mal erneut an.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sign in to load campaigns.</source>
        <translation>Melden Sie sich an, um Kampagnen zu laden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please sign in again: %1. The devices loaded so far stay.</source>
        <translation>Bitte melden Sie sich erneut an: %1. Die bisher geladenen Geräte bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>fota::ActiveFiltersBar</name>
    <message>
        <location filename="../../ui/ActiveFiltersBar.cpp" line="+24"/>
        <source>Active filters</source>
        <translation>Aktive Filter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Devices shown</source>
        <translation>Angezeigte Geräte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sho&amp;w all devices</source>
        <translation>Alle Geräte &amp;zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every filter</source>
        <translation>Alle Filter entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove every filter: show all devices</source>
        <translation>Alle Filter entfernen: alle Geräte zeigen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove filter %1</source>
        <translation>Filter %1 entfernen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Showing %1 of %2 devices; filtered by:</source>
        <translation>%1 von %2 Geräten angezeigt; gefiltert nach:</translation>
    </message>
</context>
<context>
    <name>fota::AlertRulesDialog</name>
    <message>
        <location filename="../../ui/AlertRulesDialog.cpp" line="+24"/>
        <source>Alert rules — %1</source>
        <translation>Alarmregeln – %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One rule a line. A rule notifies you once when it becomes true after a load or a refresh:
  failed&gt;5%         failed devices above 5 % of those loaded
  new-failures&gt;100  more than 100 new failures since the previous load
  new-reason        a failure reason never seen before in this campaign
  overdue&gt;500       more than 500 pending devices past their next attempt
  stalled&gt;2h        no status change for 2 h (s, m, h, d) while devices remain
  complete          nothing pending or in progress</source>
        <translation>Eine Regel pro Zeile. Eine Regel benachrichtigt Sie einmal, wenn sie nach einem Laden oder Aktualisieren zutrifft:
  failed&gt;5%         fehlgeschlagene Geräte über 5 % der geladenen
  new-failures&gt;100  mehr als 100 neue Fehlschläge seit dem vorigen Laden
  new-reason        ein Fehlergrund, der in dieser Kampagne noch nie vorkam
  overdue&gt;500       mehr als 500 ausstehende Geräte nach ihrem nächsten Versuch
  stalled&gt;2h        2 Std. lang keine Statusänderung (s, m, h, d), solange Geräte übrig sind
  complete          nichts ist ausstehend oder in Arbeit</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Alert rules, one a line</source>
        <translation>Alarmregeln, eine pro Zeile</translation>
    </message>
</context>
<context>
    <name>fota::BucketSummary</name>
    <message>
        <location filename="../../ui/BucketSummary.cpp" line="+29"/>
        <source>Status summary</source>
        <translation>Statusübersicht</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1
%2 · %3</source>
        <extracomment>A bucket&apos;s tile, two lines: %1 the bucket (&quot;Succeeded&quot;), then %2 its device count and %3 its share.</extracomment>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 devices, %3</source>
        <translation>%1: %2 Geräte, %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only %1 devices (%2)</source>
        <translation>Nur Geräte mit Status „%1“ zeigen (%2)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Shares of the %1 devices loaded so far, of %2 in the campaign</source>
        <translation>Anteile an den bisher geladenen %1 Geräten, von %2 in der Kampagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shares of the %1 devices loaded so far</source>
        <translation>Anteile an den bisher geladenen %1 Geräten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shares of the %1 devices loaded; the load did not complete (%2 in the campaign)</source>
        <translation>Anteile an den %1 geladenen Geräten; das Laden wurde nicht abgeschlossen (%2 in der Kampagne)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shares of the %1 devices loaded; the load did not complete</source>
        <translation>Anteile an den %1 geladenen Geräten; das Laden wurde nicht abgeschlossen</translation>
    </message>
</context>
<context>
    <name>fota::CampaignBar</name>
    <message>
        <location filename="../../ui/CampaignBar.cpp" line="+26"/>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Acc&amp;ount:</source>
        <translation>Ko&amp;nto:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The ThingSpace account that owns the campaign</source>
        <translation>Das ThingSpace-Konto, dem die Kampagne gehört</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Campa&amp;ign:</source>
        <translation>Kam&amp;pagne:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Campaign ID</source>
        <translation>Kampagnen-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The FOTA campaign whose per-device report to load</source>
        <translation>Die FOTA-Kampagne, deren Gerätebericht geladen werden soll</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Browse campaigns</source>
        <translation>Kampagnen durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the account&apos;s campaigns and pick one (Ctrl+B)</source>
        <translation>Die Kampagnen des Kontos auflisten und eine auswählen (Strg+B)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load campaign</source>
        <translation>Kampagne laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load every page of the campaign report (F5)</source>
        <translation>Alle Seiten des Kampagnenberichts laden (F5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop loading or refreshing</source>
        <translation>Laden oder Aktualisieren anhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop loading or refreshing; the devices already loaded stay (Esc)</source>
        <translation>Laden oder Aktualisieren anhalten; die bereits geladenen Geräte bleiben (Esc)</translation>
    </message>
</context>
<context>
    <name>fota::CampaignBrowserDialog</name>
    <message>
        <location filename="../../ui/CampaignBrowserDialog.cpp" line="+56"/>
        <source>Campaigns of %1</source>
        <translation>Kampagnen von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <extracomment>Column titles of the campaign list; Start and End are the campaign&apos;s dates.</extracomment>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make / model</source>
        <translation>Hersteller / Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaign ID</source>
        <translation>Kampagnen-ID</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Filter by name, firmware, device, date, status or ID…</source>
        <translation>Nach Name, Firmware, Gerät, Datum, Status oder ID filtern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter campaigns</source>
        <translation>Kampagnen filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Retrying: %1</source>
        <translation>Neuer Versuch: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Listing the campaigns of %1…</source>
        <translation>Die Kampagnen von %1 werden aufgelistet…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 → %2</source>
        <extracomment>The firmware upgrade: %1 the version from, %2 the version to.</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <extracomment>The devices&apos; kind: %1 the make, %2 the model (&quot;Sierra Wireless RV55&quot;).</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Listing… %1 campaigns so far</source>
        <translation>Auflisten… bisher %1 Kampagnen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 campaigns; some could not be listed: %2</source>
        <translation>%1 Kampagnen; einige konnten nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No campaigns found for %1.</source>
        <translation>Keine Kampagnen für %1 gefunden.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 campaign. Double-click it, or select it and press Open.</source>
        <translation>
            <numerusform>%1 Kampagne. Doppelklicken Sie darauf, oder wählen Sie sie aus und drücken Sie Öffnen.</numerusform>
            <numerusform>%1 Kampagnen. Doppelklicken Sie auf eine, oder wählen Sie eine aus und drücken Sie Öffnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 campaigns. Double-click one, or select it and press Open.</source>
        <translation>
            <numerusform>%1 Kampagne. Doppelklicken Sie darauf, oder wählen Sie sie aus und drücken Sie Öffnen.</numerusform>
            <numerusform>%1 Kampagnen. Doppelklicken Sie auf eine, oder wählen Sie eine aus und drücken Sie Öffnen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fota::CampaignHeader</name>
    <message>
        <location filename="../../ui/CampaignHeader.cpp" line="+38"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+72"/>
        <source>Campaign %1</source>
        <translation>Kampagne %1</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Fetching the campaign&apos;s details…</source>
        <translation>Die Details der Kampagne werden abgerufen…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No campaign</source>
        <translation>Keine Kampagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter an account and a campaign ID, or Browse campaigns (Ctrl+B).</source>
        <translation>Geben Sie ein Konto und eine Kampagnen-ID ein, oder durchsuchen Sie die Kampagnen (Strg+B).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>any time</source>
        <translation>jederzeit</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Campaign details unavailable (tried again at the next load or refresh): %1</source>
        <translation>Kampagnendetails nicht verfügbar (neuer Versuch beim nächsten Laden oder Aktualisieren): %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1  ·  %2</source>
        <extracomment>%1 the campaign&apos;s name, %2 its status as the server gives it (&quot;CampaignActive&quot;).</extracomment>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Firmware %1 → %2</source>
        <translation>Firmware %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <extracomment>The devices&apos; kind: %1 the make, %2 the model (&quot;Sierra Wireless RV55&quot;).</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1   ·   %2   ·   protocol %3   ·   %4   ·   time windows %5   ·   status %6   ·   ID %7</source>
        <translation>%1   ·   %2   ·   Protokoll %3   ·   %4   ·   Zeitfenster %5   ·   Status %6   ·   ID %7</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Firmware file %1</source>
        <translation>Firmware-Datei %1</translation>
    </message>
</context>
<context>
    <name>fota::CampaignMemory</name>
    <message>
        <location filename="../../app/watching/CampaignMemory.cpp" line="+46"/>
        <source>This load was not recorded in the history: %1</source>
        <translation>Dieser Ladevorgang wurde nicht im Verlauf gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>fota::ConnectionsMenu</name>
    <message>
        <location filename="../../ui/ConnectionsMenu.cpp" line="+40"/>
        <source>&amp;1 (one page after another)</source>
        <translation>&amp;1 (eine Seite nach der anderen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;%1 (default)</source>
        <translation>&amp;%1 (Standard)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Walk the report as up to %n ranges of device IDs at once</source>
        <translation>
            <numerusform>Den Bericht in bis zu %n Bereich von Geräte-IDs zugleich laden</numerusform>
            <numerusform>Den Bericht in bis zu %n Bereichen von Geräte-IDs zugleich laden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fota::DesktopNotifier</name>
    <message>
        <location filename="../../app/notifications/DesktopNotifier.cpp" line="-15"/>
        <source>Show campaign</source>
        <translation>Kampagne zeigen</translation>
    </message>
</context>
<context>
    <name>fota::DeviceDetailPane</name>
    <message>
        <location filename="../../ui/DeviceDetailPane.cpp" line="+36"/>
        <source>Select a device to see its details and upgrade history.</source>
        <translation>Wählen Sie ein Gerät, um seine Details und seinen Aktualisierungsverlauf zu sehen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Device details</source>
        <translation>Gerätedetails</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Cop&amp;y IMEI</source>
        <translation>IMEI kop&amp;ieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy IMEI</source>
        <translation>IMEI kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy this device&apos;s IMEI to the clipboard</source>
        <translation>Die IMEI dieses Geräts in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy whole reason</source>
        <translation>Ganzen Grund kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the whole result reason, however long, to the clipboard</source>
        <translation>Den ganzen Ergebnisgrund, wie lang er auch ist, in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeline: upgrade history across campaigns and recorded changes in this one</source>
        <translation>Zeitleiste: Aktualisierungsverlauf über alle Kampagnen und gespeicherte Änderungen in dieser</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location line="+221"/>
        <source>first seen: %1</source>
        <translation>zuerst gesehen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 → gone from the report</source>
        <translation>%1 → aus dem Bericht verschwunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this campaign (recorded)</source>
        <translation>diese Kampagne (gespeichert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seen by the load of %1</source>
        <translation>gesehen beim Laden vom %1</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n status change(s) recorded in this campaign.</source>
        <translation>
            <numerusform>%n Statusänderung in dieser Kampagne gespeichert.</numerusform>
            <numerusform>%n Statusänderungen in dieser Kampagne gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-265"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+216"/>
        <source>Looking up the history…</source>
        <translation>Verlauf wird abgefragt…</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>%1… (%2 characters in all; Copy whole reason copies them)</source>
        <translation>%1… (%2 Zeichen insgesamt; „Ganzen Grund kopieren“ kopiert sie)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>● Status changed from %1 (not yet marked seen)</source>
        <translation>● Status geändert von %1 (noch nicht als gesehen markiert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no status)</source>
        <translation>(kein Status)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ Overdue: still pending after its next attempt</source>
        <translation>⚠ Überfällig: nach dem nächsten Versuch noch immer ausstehend</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>No account: the history cannot be looked up.</source>
        <translation>Kein Konto: der Verlauf kann nicht abgefragt werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>History unavailable: %1</source>
        <translation>Verlauf nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+13"/>
        <source>%1 → %2</source>
        <extracomment>A change: %1 the firmware version or status before, %2 the one after.</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>No upgrade history for this device.</source>
        <translation>Kein Aktualisierungsverlauf für dieses Gerät.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n campaign(s) in this device&apos;s history.</source>
        <translation>
            <numerusform>%n Kampagne im Verlauf dieses Geräts.</numerusform>
            <numerusform>%n Kampagnen im Verlauf dieses Geräts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fota::DeviceTableModel</name>
    <message>
        <location filename="../../app/campaign/DeviceTableModel.cpp" line="+143"/>
        <source>%1, changed from %2 (not yet marked seen)</source>
        <translation>%1, geändert von %2 (noch nicht als gesehen markiert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no status)</source>
        <translation>(kein Status)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 — overdue: still pending after its next attempt</source>
        <translation>%1 – überfällig: nach dem nächsten Versuch noch immer ausstehend</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 (%2)</source>
        <extracomment>A time column&apos;s header: %1 the column&apos;s title (&quot;Status time&quot;), %2 its time zone (&quot;UTC&quot; or &quot;local, Europe/Paris&quot;).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>&lt;1 min</source>
        <extracomment>A span of time in the next-attempt column, as short as possible (&quot;in &lt;1 min&quot;).</extracomment>
        <translation>&lt;1 Min.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min</source>
        <extracomment>%1 minutes, abbreviated (the column is narrow).</extracomment>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 h</source>
        <extracomment>%1 hours, abbreviated (the column is narrow).</extracomment>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%L1 d</source>
        <extracomment>%L1 days, abbreviated (the column is narrow).</extracomment>
        <translation>%L1 T.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in %1</source>
        <extracomment>A next attempt still to come; %1 is a span such as &quot;3 h&quot;.</extracomment>
        <translation>in %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue %1</source>
        <extracomment>%1 is how long ago a pending device should have been attempted again.</extracomment>
        <translation>seit %1 überfällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>%L1 → %2</source>
        <extracomment>What a refresh changed, one part per bucket: %L1 how many devices, %2 the bucket they moved to, lower case (&quot;120 → succeeded&quot;).</extracomment>
        <translation>%L1 → %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No status changed since the last refresh</source>
        <translation>Seit der letzten Aktualisierung hat sich kein Status geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%L1 changed: %2</source>
        <translation>%L1 geändert: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; %L1 unseen in all: %2</source>
        <translation>; insgesamt %L1 ungesehen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %L1 new devices</source>
        <translation>; %L1 neue Geräte</translation>
    </message>
</context>
<context>
    <name>fota::DeviceTableView</name>
    <message>
        <location filename="../../ui/DeviceTableView.cpp" line="-207"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Next attempt, relative</source>
        <translation>Nächster Versuch, relativ</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;Copy rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy &amp;IMEIs</source>
        <translation>&amp;IMEIs kopieren</translation>
    </message>
</context>
<context>
    <name>fota::ExportDialog</name>
    <message>
        <location filename="../../ui/ExportDialog.cpp" line="+50"/>
        <source>&amp;CSV (RFC 4180, UTF-8; LibreOffice, scripts)</source>
        <translation>&amp;CSV (RFC 4180, UTF-8; LibreOffice, Skripte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV for E&amp;xcel (UTF-8 with BOM)</source>
        <translation>CSV für E&amp;xcel (UTF-8 mit BOM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;JSON (scripts; the API&apos;s field names)</source>
        <translation>&amp;JSON (Skripte; die Feldnamen der API)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export devices</source>
        <translation>Geräte exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rows shown, filtered and sorted as in the table (%1 devices)</source>
        <translation>Angezeigte &amp;Zeilen, gefiltert und sortiert wie in der Tabelle (%1 Geräte)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;All devices of the campaign, by device ID (%1 devices)</source>
        <translation>&amp;Alle Geräte der Kampagne, nach Geräte-ID (%1 Geräte)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What to write</source>
        <translation>Was geschrieben wird</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Excel opens a CSV without a byte-order mark in the computer&apos;s old code page and garbles accented and non-Latin reasons</source>
        <translation>Excel öffnet eine CSV-Datei ohne Byte-Order-Mark in der alten Codepage des Rechners und verstümmelt Gründe mit Akzenten und nichtlateinischen Zeichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>File to write</source>
        <translation>Zu schreibende Datei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the file to write</source>
        <translation>Die zu schreibende Datei wählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;All devices loaded, by device ID (%1 devices)</source>
        <translation>&amp;Alle geladenen Geräte, nach Geräte-ID (%1 Geräte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ The load did not complete: the table holds %1 of the campaign&apos;s %2 devices, and an export holds only those.</source>
        <translation>⚠ Das Laden wurde nicht abgeschlossen: die Tabelle enthält %1 der %2 Geräte der Kampagne, und ein Export enthält nur diese.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ The load did not complete: the table holds %1 devices, not the whole campaign, and an export holds only those.</source>
        <translation>⚠ Das Laden wurde nicht abgeschlossen: die Tabelle enthält %1 Geräte, nicht die ganze Kampagne, und ein Export enthält nur diese.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Choose a file to write.</source>
        <translation>Wählen Sie eine Datei zum Schreiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is a folder; add a file name.</source>
        <translation>Das ist ein Ordner; ergänzen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file exists and will be replaced.</source>
        <translation>Die Datei existiert und wird ersetzt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>fota::ExportRunner</name>
    <message>
        <location filename="../../ui/ExportRunner.cpp" line="+87"/>
        <source>campaign</source>
        <translation>kampagne</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>another export is still running</source>
        <translation>ein anderer Export läuft noch</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Exporting</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing %1 devices to %2…</source>
        <translation>%1 Geräte werden nach %2 geschrieben…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>fota::FailureReasonsPanel</name>
    <message>
        <location filename="../../ui/FailureReasonsPanel.cpp" line="+42"/>
        <source>Failure reasons</source>
        <translation>Fehlergründe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failure reasons: click one to show its devices</source>
        <translation>Fehlergründe: klicken Sie auf einen, um seine Geräte zu zeigen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all reasons</source>
        <translation>Alle Gründe zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop narrowing the table to one failure reason</source>
        <translation>Die Tabelle nicht mehr auf einen Fehlergrund einschränken</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>(no reason given)</source>
        <translation>(kein Grund angegeben)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1 failed device has no result reason.</source>
        <translation>
            <numerusform>%1 fehlgeschlagenes Gerät hat keinen Ergebnisgrund.</numerusform>
            <numerusform>%1 fehlgeschlagene Geräte haben keinen Ergebnisgrund.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 failed devices have no result reason.</source>
        <translation>
            <numerusform>%1 fehlgeschlagenes Gerät hat keinen Ergebnisgrund.</numerusform>
            <numerusform>%1 fehlgeschlagene Geräte haben keinen Ergebnisgrund.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1

N stands for a number, ‹time› and ‹date› for a time and a date that vary.
For example: %2</source>
        <translation>%1

N steht für eine Zahl, ‹time› und ‹date› für eine Uhrzeit und ein Datum, die sich unterscheiden.
Zum Beispiel: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 devices: %2</source>
        <translation>%1 Geräte: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No failed devices.</source>
        <translation>Keine fehlgeschlagenen Geräte.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 failed device, %2 reason</source>
        <translation>
            <numerusform>%1 fehlgeschlagenes Gerät, %2 Grund</numerusform>
            <numerusform>%1 fehlgeschlagene Geräte, %2 Gründe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 failed devices, %2 distinct reasons</source>
        <translation>
            <numerusform>%1 fehlgeschlagenes Gerät, %2 Grund</numerusform>
            <numerusform>%1 fehlgeschlagene Geräte, %2 Gründe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fota::FilterBar</name>
    <message>
        <location filename="../../ui/FilterBar.cpp" line="+40"/>
        <source>Over&amp;due only</source>
        <translation>Nur &amp;überfällige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chan&amp;ged, not yet seen</source>
        <translation>&amp;Geändert, noch nicht gesehen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search IMEI or reason…</source>
        <translation>IMEI oder Grund suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search devices</source>
        <translation>Geräte suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of an IMEI, or words in the result reason, in any case and with or without accents (Ctrl+F)</source>
        <translation>Teil einer IMEI oder Wörter im Ergebnisgrund, in beliebiger Schreibweise und mit oder ohne Akzente (Strg+F)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Overdue only</source>
        <translation>Nur überfällige</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only pending devices whose next attempt is already past (marked with ⚠)</source>
        <translation>Nur ausstehende Geräte, deren nächster Versuch schon vorbei ist (mit ⚠ markiert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed since last refresh only</source>
        <translation>Nur seit der letzten Aktualisierung geänderte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only devices whose status changed and that are not marked seen yet (marked with ● and bold)</source>
        <translation>Nur Geräte, deren Status sich geändert hat und die noch nicht als gesehen markiert sind (mit ● und fett markiert)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show one status bucket only; the sidebar can tick several</source>
        <translation>Nur eine Statusgruppe zeigen; in der Seitenleiste lassen sich mehrere ankreuzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Several (see sidebar)</source>
        <translation>Mehrere (siehe Seitenleiste)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fi&amp;nd:</source>
        <translation>S&amp;uchen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stat&amp;us:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>All statuses (%1)</source>
        <translation>Alle Status (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <extracomment>An entry of the bucket filter: %1 the bucket (&quot;Failed&quot;), %2 how many devices it holds.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>fota::HistoryController</name>
    <message>
        <location filename="../../ui/HistoryController.cpp" line="+38"/>
        <source>The history is off: this window was started without one.</source>
        <translation>Der Verlauf ist aus: dieses Fenster wurde ohne einen gestartet.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The alert was for campaign %1 on %2; this window is connected to another server.</source>
        <translation>Die Warnung galt der Kampagne %1 auf %2; dieses Fenster ist mit einem anderen Server verbunden.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>History: %1</source>
        <translation>Verlauf: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No history: %1. The window works without one.</source>
        <translation>Kein Verlauf: %1. Das Fenster funktioniert auch ohne.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Open a campaign first: alert rules are per campaign.</source>
        <translation>Öffnen Sie zuerst eine Kampagne: Alarmregeln gelten je Kampagne.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Alert for campaign %1: %2</source>
        <translation>Alarm für Kampagne %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>FOTA campaign %1: %n alert(s)</source>
        <translation>
            <numerusform>FOTA-Kampagne %1: %n Alarm</numerusform>
            <numerusform>FOTA-Kampagne %1: %n Alarme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fota::HistoryPanel</name>
    <message>
        <location filename="../../ui/HistoryPanel.cpp" line="+53"/>
        <source>Campaign history</source>
        <translation>Kampagnenverlauf</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Alert rules (&amp;K)…</source>
        <translation>Alarmregeln (&amp;B)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rules that notify you about this campaign, e.g. failed&gt;5%</source>
        <translation>Regeln, die Sie über diese Kampagne benachrichtigen, z. B. failed&gt;5%</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Throughput and ETA</source>
        <translation>Durchsatz, Prognose</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+11"/>
        <source>What changed since</source>
        <translation>Geändert seit</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>the previous refresh</source>
        <translation>dem letzten Laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this morning</source>
        <translation>heute Morgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a chosen time</source>
        <translation>einem Zeitpunkt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed since this time</source>
        <translation>Seit diesem Zeitpunkt geändert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show &amp;just these devices</source>
        <translation>Nur diese Ger&amp;äte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter the table to the devices that changed since then</source>
        <translation>Die Tabelle auf die seitdem geänderten Geräte filtern</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>since the first snapshot, %1</source>
        <translation>seit der ersten Momentaufnahme, %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing recorded yet.</source>
        <translation>Noch nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No earlier snapshot: the first one is %1.</source>
        <translation>Keine frühere Momentaufnahme: die erste ist vom %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing changed %1.</source>
        <translation>Nichts geändert %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 changed %2: %3</source>
        <translation>%1 geändert %2: %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No alert rules for this campaign.</source>
        <translation>Keine Alarmregeln für diese Kampagne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts: %1</source>
        <translation>Alarme: %1</translation>
    </message>
</context>
<context>
    <name>fota::HistoryRecorder</name>
    <message>
        <location filename="../../app/history/HistoryRecorder.cpp" line="+72"/>
        <source>the history file is not open</source>
        <translation>die Verlaufsdatei ist nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>fota::LoadProgressPanel</name>
    <message>
        <location filename="../../ui/LoadProgressPanel.cpp" line="+43"/>
        <source>Load progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Devices loaded</source>
        <translation>Geladene Geräte</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>No campaign loaded</source>
        <translation>Keine Kampagne geladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter an account and a campaign ID, then Load.</source>
        <translation>Geben Sie ein Konto und eine Kampagnen-ID ein und wählen Sie dann Laden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loading page 1…</source>
        <translation>Seite 1 wird geladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign %1 (Esc stops)</source>
        <translation>Kampagne %1 (Esc hält an)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign %1; the table shows %2 until the first page arrives (Esc stops)</source>
        <translation>Kampagne %1; die Tabelle zeigt %2, bis die erste Seite eintrifft (Esc hält an)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refreshing page 1…</source>
        <translation>Seite 1 wird aktualisiert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table keeps its rows until the refresh is complete (Esc stops)</source>
        <translation>Die Tabelle behält ihre Zeilen, bis die Aktualisierung abgeschlossen ist (Esc hält an)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Refreshing page %1… %2 of %3 devices</source>
        <translation>Seite %1 wird aktualisiert… %2 von %3 Geräten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refreshing page %1… %2 devices</source>
        <translation>Seite %1 wird aktualisiert… %2 Geräte</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Loading page %1… %2 of %3 devices</source>
        <translation>Seite %1 wird geladen… %2 von %3 Geräten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading page %1… %2 devices</source>
        <translation>Seite %1 wird geladen… %2 Geräte</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>page %1: %2</source>
        <translation>Seite %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 devices, from the history</source>
        <translation>%1 Geräte, aus dem Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored table of %1</source>
        <translation>Gespeicherte Tabelle vom %1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1 page</source>
        <translation>
            <numerusform>%1 Seite</numerusform>
            <numerusform>%1 Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 pages</source>
        <translation>
            <numerusform>%1 Seite</numerusform>
            <numerusform>%1 Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n ID ranges over up to %1 connections</source>
        <translation>
            <numerusform>%n ID-Bereich über bis zu %1 Verbindungen</numerusform>
            <numerusform>%n ID-Bereiche über bis zu %1 Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1 device loaded</source>
        <translation>
            <numerusform>%1 Gerät geladen</numerusform>
            <numerusform>%1 Geräte geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 devices loaded</source>
        <translation>
            <numerusform>%1 Gerät geladen</numerusform>
            <numerusform>%1 Geräte geladen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complete: %1</source>
        <translation>Vollständig: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Incomplete: %1 of %2 devices loaded</source>
        <translation>Unvollständig: %1 von %2 Geräten geladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report&apos;s last page came after %1, but it announced %2 devices</source>
        <translation>Die letzte Seite des Berichts kam nach %1, er kündigte aber %2 Geräte an</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 of %3 loaded (incomplete)</source>
        <translation>%1: %2 von %3 geladen (unvollständig)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 loaded (incomplete)</source>
        <translation>%1: %2 geladen (unvollständig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load again to fetch the rest</source>
        <translation>Erneut laden, um den Rest abzurufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the message above; Retry continues the load</source>
        <translation>Siehe die Meldung oben; „Wiederholen“ setzt das Laden fort</translation>
    </message>
</context>
<context>
    <name>fota::MainWindow</name>
    <message>
        <location filename="../../app/main.cpp" line="+164"/>
        <source>%1 — demo (simulated ThingSpace)</source>
        <translation>%1 – Demo (simuliertes ThingSpace)</translation>
    </message>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="+75"/>
        <source>FOTA Campaign Monitor</source>
        <translation>FOTA Campaign Monitor</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message numerus="yes">
        <location line="+109"/>
        <source>Exported %1 device to %2</source>
        <translation>
            <numerusform>%1 Gerät nach %2 exportiert</numerusform>
            <numerusform>%1 Geräte nach %2 exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Exported %1 devices to %2</source>
        <translation>
            <numerusform>%1 Gerät nach %2 exportiert</numerusform>
            <numerusform>%1 Geräte nach %2 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export cancelled; %1 was not written</source>
        <translation>Export abgebrochen; %1 wurde nicht geschrieben</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Showing campaign %1 from the history</source>
        <translation>Kampagne %1 aus dem Verlauf angezeigt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign in to refresh the campaign shown from the history.</source>
        <translation>Melden Sie sich an, um die aus dem Verlauf angezeigte Kampagne zu aktualisieren.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Statuses</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>Failure reasons</source>
        <translation>Fehlergründe</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+21"/>
        <source>Device details</source>
        <translation>Gerätedetails</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Progress over time</source>
        <translation>Fortschritt im Zeitverlauf</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search: “%1”</source>
        <translation>Suche: „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Overdue only</source>
        <translation>Nur überfällige</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed, not yet seen</source>
        <translation>Geändert, noch nicht gesehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed %1</source>
        <translation>Geändert %1</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Refreshed: %1</source>
        <translation>Aktualisiert: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Refresh stopped; the table keeps its rows</source>
        <translation>Aktualisierung angehalten; die Tabelle behält ihre Zeilen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter an account first, then Browse.</source>
        <translation>Geben Sie zuerst ein Konto ein und wählen Sie dann Durchsuchen.</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the rows shown (filtered and sorted) or all devices to CSV or JSON</source>
        <translation>Die angezeigten Zeilen (gefiltert und sortiert) oder alle Geräte als CSV oder JSON schreiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy selected rows</source>
        <translation>Ausgewählte Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy the selected rows as tab-separated text with a header row, for a spreadsheet</source>
        <translation>Die ausgewählten Zeilen als tabulatorgetrennten Text mit Kopfzeile kopieren, für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recent campaigns</source>
        <translation>&amp;Zuletzt geöffnete Kampagnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About FOTA Campaign Monitor</source>
        <translation>Ü&amp;ber FOTA Campaign Monitor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times in &amp;UTC</source>
        <translation>Zeiten in &amp;UTC</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show times in UTC; untick for the local time zone</source>
        <translation>Zeiten in UTC zeigen; abwählen für die lokale Zeitzone</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Sort by</source>
        <translation>&amp;Sortieren nach</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Descending</source>
        <translation>Ab&amp;steigend</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Columns</source>
        <translation>S&amp;palten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Campaign</source>
        <translation>&amp;Kampagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Load / Refresh</source>
        <translation>&amp;Laden / Aktualisieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh the campaign shown in the background, or load the one in the fields</source>
        <translation>Die angezeigte Kampagne im Hintergrund aktualisieren oder die in den Feldern angegebene laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop</source>
        <translation>An&amp;halten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop loading or refreshing; the devices already loaded stay</source>
        <translation>Laden oder Aktualisieren anhalten; die bereits geladenen Geräte bleiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse campaigns…</source>
        <translation>Kampagnen &amp;durchsuchen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List the account&apos;s campaigns and open one</source>
        <translation>Die Kampagnen des Kontos auflisten und eine öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mark all seen</source>
        <translation>Alle als gesehen &amp;markieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forget the change marks (● and bold) of every device</source>
        <translation>Die Änderungsmarkierungen (● und fett) aller Geräte vergessen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Auto-refresh</source>
        <translation>&amp;Automatisch aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;nnections</source>
        <translation>Verbi&amp;ndungen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;History: keep every snapshot for</source>
        <translation>&amp;Verlauf: jede Momentaufnahme behalten für</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Connection refused: %1</source>
        <translation>Verbindung abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Opening campaign %1…</source>
        <translation>Kampagne %1 wird geöffnet…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sign in to load campaigns.</source>
        <translation>Melden Sie sich an, um Kampagnen zu laden.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Campaign incomplete: %1 devices loaded, but the report announced %2. The table, the counts and an export hold only the devices loaded.</source>
        <translation>Kampagne unvollständig: %1 Geräte geladen, der Bericht kündigte aber %2 an. Die Tabelle, die Zahlen und ein Export enthalten nur die geladenen Geräte.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Refresh failed; the table shows the previous data: %1</source>
        <translation>Aktualisierung fehlgeschlagen; die Tabelle zeigt die vorherigen Daten: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign %1 could not be loaded: %2. The table still shows campaign %3.</source>
        <translation>Kampagne %1 konnte nicht geladen werden: %2. Die Tabelle zeigt weiterhin Kampagne %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campaign %1 could not be loaded: %2. Check the ID, or pick one from Browse (Ctrl+B) or the recent campaigns.</source>
        <translation>Kampagne %1 konnte nicht geladen werden: %2. Prüfen Sie die ID, oder wählen Sie eine über Durchsuchen (Strg+B) oder die zuletzt geöffneten Kampagnen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Loading campaign %1…</source>
        <translation>Kampagne %1 wird geladen…</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>Loaded %1 device</source>
        <translation>
            <numerusform>%1 Gerät geladen</numerusform>
            <numerusform>%1 Geräte geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Loaded %1 devices</source>
        <translation>
            <numerusform>%1 Gerät geladen</numerusform>
            <numerusform>%1 Geräte geladen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped; the table still shows campaign %1</source>
        <translation>Angehalten; die Tabelle zeigt weiterhin Kampagne %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped; the table is incomplete</source>
        <translation>Angehalten; die Tabelle ist unvollständig</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No devices match the filter.</source>
        <translation>Keine Geräte entsprechen dem Filter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No campaign loaded.
Enter an account and a campaign ID above, then Load (F5).</source>
        <translation>Keine Kampagne geladen.
Geben Sie oben ein Konto und eine Kampagnen-ID ein und wählen Sie dann Laden (F5).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copyright 2026 FOTA Campaign Monitor developers.&lt;br&gt;This program comes with ABSOLUTELY NO WARRANTY. It is free software: you may redistribute and modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version; see https://www.gnu.org/licenses/ and the file copyright in /usr/share/doc/fota-monitor/.</source>
        <translation>Copyright 2026 FOTA Campaign Monitor developers.&lt;br&gt;Dieses Programm kommt OHNE JEGLICHE GARANTIE. Es ist freie Software: Sie dürfen es unter den Bedingungen der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version, weitergeben und verändern; siehe https://www.gnu.org/licenses/ und die Datei copyright in /usr/share/doc/fota-monitor/.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About FOTA Campaign Monitor</source>
        <translation>Über FOTA Campaign Monitor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h3&gt;FOTA Campaign Monitor&lt;/h3&gt;&lt;p&gt;Version %1&lt;/p&gt;</source>
        <translation>&lt;h3&gt;FOTA Campaign Monitor&lt;/h3&gt;&lt;p&gt;Version %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loads Verizon ThingSpace FOTA campaign reports and shows the firmware-upgrade status of every device.&lt;br&gt;Built with Qt %1.</source>
        <translation>Lädt Berichte von Verizon-ThingSpace-FOTA-Kampagnen und zeigt den Status der Firmware-Aktualisierung jedes Geräts.&lt;br&gt;Erstellt mit Qt %1.</translation>
    </message>
</context>
<context>
    <name>fota::MessageBar</name>
    <message>
        <location filename="../../ui/MessageBar.cpp" line="+41"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign in…</source>
        <translation>Anm&amp;elden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent cam&amp;paigns…</source>
        <translation>Zuletzt geö&amp;ffnete Kampagnen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Retry loading</source>
        <translation>Laden wiederholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a recent campaign</source>
        <translation>Eine zuletzt geöffnete Kampagne öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>fota::ProgressChartView</name>
    <message>
        <location filename="../../ui/ProgressChartView.cpp" line="+17"/>
        <source>Progress over time</source>
        <translation>Fortschritt im Zeitverlauf</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No history yet</source>
        <translation>Noch kein Verlauf</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n snapshot(s)</source>
        <translation>
            <numerusform>%n Momentaufnahme</numerusform>
            <numerusform>%n Momentaufnahmen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fota::RecentCampaigns</name>
    <message>
        <location filename="../../ui/RecentCampaigns.cpp" line="+121"/>
        <source>Campaign %1 of account %2</source>
        <translation>Kampagne %1 von Konto %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Clear list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>fota::RefreshBar</name>
    <message>
        <location filename="../../ui/RefreshBar.cpp" line="+28"/>
        <source>Off</source>
        <extracomment>Auto-refresh interval: none.</extracomment>
        <translation>Aus</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Every %n min</source>
        <translation>
            <numerusform>Alle %n Min.</numerusform>
            <numerusform>Alle %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Mark all seen</source>
        <translation>Alle als gesehen &amp;markieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Auto-refresh</source>
        <translation>Automatisch aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auto-r&amp;efresh:</source>
        <translation>Automatis&amp;ch aktualisieren:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Auto-refresh interval</source>
        <translation>Intervall der automatischen Aktualisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load the campaign again in the background at this interval; what changed is shown in bold with ●</source>
        <translation>Die Kampagne in diesem Abstand im Hintergrund neu laden; Geändertes wird fett mit ● gezeigt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last refresh</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mark all changes seen</source>
        <translation>Alle Änderungen als gesehen markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the change marks (● and bold) of every device</source>
        <translation>Die Änderungsmarkierungen (● und fett) aller Geräte vergessen</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>As of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Forget the change marks of %1 devices (● and bold)</source>
        <translation>Die Änderungsmarkierungen von %1 Geräten vergessen (● und fett)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No changes to mark seen</source>
        <translation>Keine Änderungen zum Markieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loaded at %1.</source>
        <translation>Geladen um %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refreshed at %1: %2</source>
        <translation>Aktualisiert um %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Refreshes every %n min once a campaign is loaded.</source>
        <translation>
            <numerusform>Aktualisiert alle %n Minute, sobald eine Kampagne geladen ist.</numerusform>
            <numerusform>Aktualisiert alle %n Minuten, sobald eine Kampagne geladen ist.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press F5 to refresh; changes are shown in bold.</source>
        <translation>F5 drücken zum Aktualisieren; Änderungen werden fett gezeigt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refreshing… %1 pages so far (Esc stops)</source>
        <translation>Aktualisieren… bisher %1 Seiten (Esc hält an)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refreshing… (Esc stops)</source>
        <translation>Aktualisieren… (Esc hält an)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refresh failed at %1; the table is stale: it shows the data of %2</source>
        <translation>Aktualisierung um %1 fehlgeschlagen; die Tabelle ist veraltet: sie zeigt die Daten von %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refresh failed at %1; the table is stale: it shows the last complete load</source>
        <translation>Aktualisierung um %1 fehlgeschlagen; die Tabelle ist veraltet: sie zeigt den letzten vollständigen Ladevorgang</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh stopped; the table shows the data it had.</source>
        <translation>Aktualisierung angehalten; die Tabelle zeigt die Daten, die sie hatte.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 — refreshing… %2 pages so far (Esc stops)</source>
        <translation>%1 – wird aktualisiert… bisher %2 Seiten (Esc hält an)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — refreshing… (Esc stops)</source>
        <translation>%1 – wird aktualisiert… (Esc hält an)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, from the history: the refresh failed at %2, so the table shows the campaign as it was then</source>
        <translation>%1, aus dem Verlauf: die Aktualisierung um %2 ist fehlgeschlagen, daher zeigt die Tabelle die Kampagne, wie sie damals war</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh stopped. %1, from the history.</source>
        <translation>Aktualisierung angehalten. %1, aus dem Verlauf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, from the history. Press F5 to refresh.</source>
        <translation>%1, aus dem Verlauf. F5 drücken zum Aktualisieren.</translation>
    </message>
</context>
<context>
    <name>fota::ReportDialog</name>
    <message>
        <location filename="../../ui/ReportDialog.cpp" line="+49"/>
        <source>&amp;HTML: one file for a browser or an e-mail</source>
        <translation>&amp;HTML: eine Datei für einen Browser oder eine E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PDF: pages for printing or attaching</source>
        <translation>&amp;PDF: Seiten zum Drucken oder Anhängen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Campaign report</source>
        <translation>Kampagnenbericht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File to write</source>
        <translation>Zu schreibende Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Snapshot to compare with</source>
        <translation>Momentaufnahme zum Vergleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the history…</source>
        <translation>Verlauf wird gelesen …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data as of:</source>
        <translation>Datenstand:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Compare with:</source>
        <translation>&amp;Vergleichen mit:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Long lists are cut, and the report says so: the 20 most frequent failure reasons, the first 100 overdue devices and the first 100 devices that changed.</source>
        <translation>Lange Listen werden gekürzt, und der Bericht sagt es: die 20 häufigsten Fehlergründe, die ersten 100 überfälligen Geräte und die ersten 100 geänderten Geräte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Write report</source>
        <translation>Bericht &amp;schreiben</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No earlier snapshot in the history</source>
        <translation>Keine frühere Momentaufnahme im Verlauf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The previous snapshot (%1)</source>
        <translation>Die vorige Momentaufnahme (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No comparison</source>
        <translation>Kein Vergleich</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose a file to write.</source>
        <translation>Wählen Sie eine Datei zum Schreiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is a folder; add a file name.</source>
        <translation>Das ist ein Ordner; ergänzen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file exists and will be replaced.</source>
        <translation>Die Datei existiert und wird ersetzt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Write the report to</source>
        <translation>Bericht schreiben nach</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>fota::ReportRunner</name>
    <message>
        <location filename="../../ui/ReportRunner.cpp" line="+88"/>
        <source>Campaign &amp;report…</source>
        <translation>Kampagnenbe&amp;richt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write an HTML or PDF report of the campaign shown, to send to people who never open the tool</source>
        <translation>Einen HTML- oder PDF-Bericht der angezeigten Kampagne schreiben, für Empfänger, die das Programm nie öffnen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>not loaded yet</source>
        <translation>noch nicht geladen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — the load did not complete: the report covers the %2 devices loaded and says so</source>
        <translation>%1 – das Laden wurde nicht abgeschlossen: der Bericht umfasst die %2 geladenen Geräte und sagt es</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>campaign</source>
        <translation>kampagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 report %2</source>
        <translation>%1 Bericht %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>another report is still being written</source>
        <translation>ein anderer Bericht wird noch geschrieben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No history file: nothing to compare with</source>
        <translation>Keine Verlaufsdatei: nichts zum Vergleichen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>the campaign&apos;s details were not fetched</source>
        <translation>die Details der Kampagne wurden nicht abgerufen</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No history file was found, so there is no progress over time, estimate or comparison with an earlier load.</source>
        <translation>Es wurde keine Verlaufsdatei gefunden, daher gibt es keinen Fortschritt im Zeitverlauf, keine Schätzung und keinen Vergleich mit einem früheren Ladevorgang.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+7"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+76"/>
        <source>Campaign report</source>
        <translation>Kampagnenbericht</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading the history…</source>
        <translation>Verlauf wird gelesen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counting…</source>
        <translation>Zählen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laying out the report…</source>
        <translation>Bericht wird gesetzt …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the file…</source>
        <translation>Datei wird geschrieben …</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Wrote the campaign report to %1</source>
        <translation>Kampagnenbericht nach %1 geschrieben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Report cancelled; %1 was not written</source>
        <translation>Bericht abgebrochen; %1 wurde nicht geschrieben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report was not written: %1</source>
        <translation>Der Bericht wurde nicht geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>fota::RetentionMenu</name>
    <message numerus="yes">
        <location filename="../../ui/RetentionMenu.cpp" line="+51"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Keep every snapshot of the last %n day(s) and one a day before that; fota-monitor watch follows this setting too</source>
        <translation>
            <numerusform>Jede Momentaufnahme des letzten %n Tages behalten, davor eine pro Tag; fota-monitor watch folgt dieser Einstellung ebenfalls</numerusform>
            <numerusform>Jede Momentaufnahme der letzten %n Tage behalten, davor eine pro Tag; fota-monitor watch folgt dieser Einstellung ebenfalls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fota::SignInDialog</name>
    <message>
        <location filename="../../ui/SignInDialog.cpp" line="+47"/>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra CA certificate file</source>
        <translation>Zusätzliche CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remember me (secrets in the system keychain)</source>
        <translation>Angemeldet b&amp;leiben (Geheimnisse im Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign in to ThingSpace</source>
        <translation>Bei ThingSpace anmelden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved by name with the environment, account, username and key; never with a secret</source>
        <translation>Unter seinem Namen mit Umgebung, Konto, Benutzername und Schlüssel gespeichert; nie mit einem Geheimnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production (thingspace.verizon.com)</source>
        <translation>Produktion (thingspace.verizon.com)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom base URL</source>
        <translation>Eigene Basis-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: PEM file of a corporate CA to trust</source>
        <translation>Optional: PEM-Datei einer Firmen-CA, der vertraut werden soll</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>…</source>
        <extracomment>The button that opens a file dialog to choose the CA certificate file.</extracomment>
        <translation>…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a CA certificate file</source>
        <translation>Eine CA-Zertifikatsdatei wählen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xtra CA file:</source>
        <translation>Zusätzliche CA-Date&amp;i:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account name:</source>
        <translation>&amp;Kontoname:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Without it, secrets and tokens are kept in memory only and forgotten when the program ends</source>
        <translation>Ohne diese Option bleiben Geheimnisse und Token nur im Arbeitsspeicher und werden beim Beenden des Programms vergessen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Client &amp;key:</source>
        <translation>Client-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client secre&amp;t:</source>
        <translation>Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Username:</source>
        <translation>Be&amp;nutzername:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key and login</source>
        <translation>Schlüssel und Anmeldung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session token</source>
        <translation>Sitzungstoken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access t&amp;oken:</source>
        <translation>&amp;Zugriffstoken:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sessio&amp;n token:</source>
        <translation>Sitzungs&amp;token:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pasted tokens cannot be renewed: when they expire you are asked to sign in again.</source>
        <translation>Eingefügte Token können nicht erneuert werden: wenn sie ablaufen, werden Sie gebeten, sich erneut anzumelden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paste tokens</source>
        <translation>Token einfügen</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type the password again first</source>
        <translation>Geben Sie zuerst das Passwort erneut ein</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Certificate presented by the server: %1</source>
        <translation>Vom Server vorgelegtes Zertifikat: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Paste both the access token and the session token.</source>
        <translation>Fügen Sie das Zugriffstoken und das Sitzungstoken ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fill in the client key and secret, the username and the password.</source>
        <translation>Füllen Sie Client-Schlüssel und -Geheimnis, Benutzername und Passwort aus.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>https://host[:port]</source>
        <translation>https://host[:port]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trust an extra CA certificate</source>
        <translation>Einem zusätzlichen CA-Zertifikat vertrauen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>fota::StackedBucketBar</name>
    <message>
        <location filename="../../ui/StackedBucketBar.cpp" line="+24"/>
        <source>Status distribution</source>
        <translation>Statusverteilung</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 %2</source>
        <extracomment>For screen readers, one part a bucket: %1 the bucket (&quot;Succeeded&quot;), %2 its device count.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1: %2 devices (%3) — click to show only these</source>
        <translation>%1: %2 Geräte (%3) – klicken, um nur diese zu zeigen</translation>
    </message>
</context>
<context>
    <name>fota::StatusSidebar</name>
    <message>
        <location filename="../../ui/StatusSidebar.cpp" line="+38"/>
        <source>Statuses</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Status filter: tick buckets or statuses to show</source>
        <translation>Statusfilter: Gruppen oder Status zum Anzeigen ankreuzen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all statuses</source>
        <translation>Alle Status zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untick every status: show all devices</source>
        <translation>Alle Status abwählen: alle Geräte zeigen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: %2 devices</source>
        <translation>%1: %2 Geräte</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(no status)</source>
        <translation>(kein Status)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Raw status &quot;%1&quot;, in bucket %2</source>
        <translation>Rohstatus „%1“, in Gruppe %2</translation>
    </message>
</context>
</TS>
