<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivePlaybook</name>
    <message>
        <source>The playbook “%1” stored in this workspace cannot be read: %2</source>
        <translation>Das in diesem Arbeitsbereich gespeicherte Playbook „%1“ kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>AgreementCommands</name>
    <message>
        <source>Could not change the workspace</source>
        <translation>Der Arbeitsbereich konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>%1 failed: nothing was changed.

%2</source>
        <translation>„%1“ ist fehlgeschlagen: Es wurde nichts geändert.

%2</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Edit subscription of %1</source>
        <translation>Abonnement von %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>AgreementEditor</name>
    <message>
        <source>Problem with %1</source>
        <translation>Problem bei %1</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>Angegeben</translation>
    </message>
    <message>
        <source>(no document)</source>
        <translation>(kein Dokument)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Aus %1 entfernen</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <source>Citation of %1</source>
        <translation>Fundstelle zu %1</translation>
    </message>
    <message>
        <source>Uncheck when the documents do not state this.</source>
        <translation>Deaktivieren Sie dies, wenn die Dokumente hierzu nichts enthalten.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Uncheck when the documents do not state this; checked with no entries, the documents say there are none.</source>
        <translation>Deaktivieren Sie dies, wenn die Dokumente hierzu nichts enthalten; aktiviert und ohne Einträge bedeutet es, dass laut den Dokumenten keine vorhanden sind.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Calendar month</source>
        <translation>Kalendermonat</translation>
    </message>
    <message>
        <source>Average month (43,830 minutes)</source>
        <translation>Durchschnittsmonat (43.830 Minuten)</translation>
    </message>
    <message>
        <source>Continuous</source>
        <translation>Kontinuierlich</translation>
    </message>
    <message>
        <source>Fixed intervals</source>
        <translation>Feste Intervalle</translation>
    </message>
    <message>
        <source>Any downtime in the interval</source>
        <translation>Beliebige Ausfallzeit im Intervall</translation>
    </message>
    <message>
        <source>Down for the whole interval</source>
        <translation>Ausfall während des gesamten Intervalls</translation>
    </message>
    <message>
        <source>Counts as available time</source>
        <translation>Zählt als verfügbare Zeit</translation>
    </message>
    <message>
        <source>Removed from the period</source>
        <translation>Wird vom Zeitraum abgezogen</translation>
    </message>
    <message>
        <source>No credits</source>
        <translation>Keine Gutschriften</translation>
    </message>
    <message>
        <source>Flat percentage</source>
        <translation>Pauschaler Prozentsatz</translation>
    </message>
    <message>
        <source>Tiers by availability</source>
        <translation>Stufen nach Verfügbarkeit</translation>
    </message>
    <message>
        <source>Steps per shortfall</source>
        <translation>Schritte je Unterschreitung</translation>
    </message>
    <message>
        <source>Percentage points</source>
        <translation>Prozentpunkte</translation>
    </message>
    <message>
        <source>Share of the target</source>
        <translation>Anteil am Zielwert</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Monatsentgelt</translation>
    </message>
    <message>
        <source>One twelfth of the annual fee</source>
        <translation>Ein Zwölftel des Jahresentgelts</translation>
    </message>
    <message>
        <source>Fee of the affected service</source>
        <translation>Entgelt des betroffenen Dienstes</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Keine Frist</translation>
    </message>
    <message>
        <source>End of the following month</source>
        <translation>Ende des Folgemonats</translation>
    </message>
    <message>
        <source>Days after the month</source>
        <translation>Tage nach dem Monat</translation>
    </message>
    <message>
        <source>End of the n-th following month</source>
        <translation>Ende des n-ten Folgemonats</translation>
    </message>
    <message>
        <source>Does not renew</source>
        <translation>Verlängert sich nicht</translation>
    </message>
    <message>
        <source>Renews for a fixed term</source>
        <translation>Verlängert sich um eine feste Laufzeit</translation>
    </message>
    <message>
        <source>Rolls on until ended</source>
        <translation>Läuft bis zur Beendigung weiter</translation>
    </message>
    <message>
        <source>Renews with each paid period</source>
        <translation>Verlängert sich mit jedem bezahlten Zeitraum</translation>
    </message>
    <message>
        <source>Fees paid in the previous contract year</source>
        <translation>Im vorangegangenen Vertragsjahr gezahlte Entgelte</translation>
    </message>
    <message>
        <source>Fees paid in the 12 months before the claim</source>
        <translation>In den 12 Monaten vor dem Anspruch gezahlte Entgelte</translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation>Fester Betrag</translation>
    </message>
    <message>
        <source>Fees paid in the first contract year</source>
        <translation>Im ersten Vertragsjahr gezahlte Entgelte</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>24×7</source>
        <translation>24×7</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Geschäftszeiten</translation>
    </message>
    <message>
        <source>Business days</source>
        <translation>Geschäftstage</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>General authorisation</source>
        <translation>Allgemeine Genehmigung</translation>
    </message>
    <message>
        <source>Specific authorisation</source>
        <translation>Gesonderte Genehmigung</translation>
    </message>
    <message>
        <source>None stated</source>
        <translation>Keine angegeben</translation>
    </message>
    <message>
        <source>Adequacy or safeguards</source>
        <translation>Angemessenheit oder Garantien</translation>
    </message>
    <message>
        <source>Consent required</source>
        <translation>Zustimmung erforderlich</translation>
    </message>
    <message>
        <source>Prohibited</source>
        <translation>Verboten</translation>
    </message>
    <message>
        <source>When posted</source>
        <translation>Durch Veröffentlichung</translation>
    </message>
    <message>
        <source>With notice</source>
        <translation>Mit Vorankündigung</translation>
    </message>
    <message>
        <source>Only in writing by both parties</source>
        <translation>Nur schriftlich durch beide Parteien</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Feiertage</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Availability below (%)</source>
        <translation>Verfügbarkeit unter (%)</translation>
    </message>
    <message>
        <source>Credit (%)</source>
        <translation>Gutschrift (%)</translation>
    </message>
    <message>
        <source>Credit schedule</source>
        <translation>Gutschriftsstaffel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>First band (shortfall)</source>
        <translation>Erster Bereich (Unterschreitung)</translation>
    </message>
    <message>
        <source>First band credit (%)</source>
        <translation>Gutschrift im ersten Bereich (%)</translation>
    </message>
    <message>
        <source>Each further step</source>
        <translation>Jeder weitere Schritt</translation>
    </message>
    <message>
        <source>Credit per step (%)</source>
        <translation>Gutschrift je Schritt (%)</translation>
    </message>
    <message>
        <source>Shortfall measured in</source>
        <translation>Unterschreitung gemessen in</translation>
    </message>
    <message>
        <source>Claim window</source>
        <translation>Anspruchsfrist</translation>
    </message>
    <message>
        <source>Months after</source>
        <translation>Monate danach</translation>
    </message>
    <message>
        <source>Service credits</source>
        <translation>Servicegutschriften</translation>
    </message>
    <message>
        <source>Credit base</source>
        <translation>Bemessungsgrundlage</translation>
    </message>
    <message>
        <source>Cap (% of the base)</source>
        <translation>Obergrenze (% der Bemessungsgrundlage)</translation>
    </message>
    <message>
        <source>Minimum amount</source>
        <translation>Mindestbetrag</translation>
    </message>
    <message>
        <source>Sole remedy</source>
        <translation>Ausschließlicher Rechtsbehelf</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Messung</translation>
    </message>
    <message>
        <source>Interval (minutes)</source>
        <translation>Intervall (Minuten)</translation>
    </message>
    <message>
        <source>Interval unavailable if</source>
        <translation>Intervall nicht verfügbar, wenn</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Wartungsfenster</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Wartungsfenster</translation>
    </message>
    <message>
        <source>Scheduled maintenance</source>
        <translation>Geplante Wartung</translation>
    </message>
    <message>
        <source>Notice (hours)</source>
        <translation>Vorankündigung (Stunden)</translation>
    </message>
    <message>
        <source>Counts as downtime in business hours</source>
        <translation>Zählt innerhalb der Geschäftszeiten als Ausfallzeit</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Target (%)</source>
        <translation>Zielwert (%)</translation>
    </message>
    <message>
        <source>e.g. 99.9</source>
        <translation>z. B. 99,9</translation>
    </message>
    <message>
        <source>Other targets offered (%)</source>
        <translation>Weitere angebotene Zielwerte (%)</translation>
    </message>
    <message>
        <source>Month length</source>
        <translation>Monatslänge</translation>
    </message>
    <message>
        <source>Excluded time</source>
        <translation>Ausgenommene Zeit</translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>Renewal term (months)</source>
        <translation>Verlängerungszeitraum (Monate)</translation>
    </message>
    <message>
        <source>Notice (days)</source>
        <translation>Kündigungsfrist (Tage)</translation>
    </message>
    <message>
        <source>Term and renewal</source>
        <translation>Laufzeit und Verlängerung</translation>
    </message>
    <message>
        <source>Initial term (months)</source>
        <translation>Erstlaufzeit (Monate)</translation>
    </message>
    <message>
        <source>Liability cap</source>
        <translation>Haftungsobergrenze</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>Multiplikator</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>In the first year</source>
        <translation>Im ersten Jahr</translation>
    </message>
    <message>
        <source>Carve-outs</source>
        <translation>Ausnahmen von der Obergrenze</translation>
    </message>
    <message>
        <source>Limited to insurance</source>
        <translation>Auf Versicherungsleistungen begrenzt</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Reaktionszeit</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Zeitbasis</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Termination</source>
        <translation>Kündigung</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Kündigungsrechte</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Kündigungsrecht</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Berechtigte Partei</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Kündigungsgrund</translation>
    </message>
    <message>
        <source>Cure period</source>
        <translation>Abhilfefrist</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Sub-processors</source>
        <translation>Unterauftragsverarbeiter</translation>
    </message>
    <message>
        <source>Sub-processor</source>
        <translation>Unterauftragsverarbeiter</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>ISO 3166 code, e.g. GB</source>
        <translation>ISO-3166-Code, z. B. GB</translation>
    </message>
    <message>
        <source>Sub-processor policy</source>
        <translation>Regelung zu Unterauftragsverarbeitern</translation>
    </message>
    <message>
        <source>Authorisation</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <source>Notice of changes</source>
        <translation>Vorankündigung von Änderungen</translation>
    </message>
    <message>
        <source>Right to object</source>
        <translation>Widerspruchsrecht</translation>
    </message>
    <message>
        <source>Data locations</source>
        <translation>Datenstandorte</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <source>Data transfers</source>
        <translation>Datenübermittlungen</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Beschränkung</translation>
    </message>
    <message>
        <source>Allowed regions</source>
        <translation>Zulässige Regionen</translation>
    </message>
    <message>
        <source>ISO 3166 code or EEA</source>
        <translation>ISO-3166-Code oder EEA</translation>
    </message>
    <message>
        <source>Data return</source>
        <translation>Datenrückgabe</translation>
    </message>
    <message>
        <source>Retrieval window after termination</source>
        <translation>Abruffrist nach Vertragsende</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Deletion within</source>
        <translation>Löschung innerhalb von</translation>
    </message>
    <message>
        <source>Backups provided</source>
        <translation>Datensicherungen vorgesehen</translation>
    </message>
    <message>
        <source>Breach notification</source>
        <translation>Meldung von Datenschutzverletzungen</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Innerhalb von</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Wortlaut</translation>
    </message>
    <message>
        <source>Governing law</source>
        <translation>Anwendbares Recht</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Recht</translation>
    </message>
    <message>
        <source>Law code</source>
        <translation>Code der Rechtsordnung</translation>
    </message>
    <message>
        <source>ISO 3166, e.g. GB-EAW or US-TX</source>
        <translation>ISO 3166, z. B. GB-EAW oder US-TX</translation>
    </message>
    <message>
        <source>Forum</source>
        <translation>Gerichtsstand</translation>
    </message>
    <message>
        <source>Arbitration</source>
        <translation>Schiedsverfahren</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Schiedsort</translation>
    </message>
    <message>
        <source>Changes to the terms</source>
        <translation>Änderungen der Bedingungen</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Notice only for adverse changes</source>
        <translation>Vorankündigung nur bei nachteiligen Änderungen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>a-z, 0-9 and -, e.g. msa</source>
        <translation>a-z, 0-9 und -, z. B. msa</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Quelldatei</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a-z, 0-9 and -, e.g. example-cloud</source>
        <translation>a-z, 0-9 und -, z. B. example-cloud</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>ISO 4217, e.g. GBP</source>
        <translation>ISO 4217, z. B. GBP</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Agreement and documents</source>
        <translation>Vertrag und Dokumente</translation>
    </message>
    <message>
        <source>Availability and credits</source>
        <translation>Verfügbarkeit und Gutschriften</translation>
    </message>
    <message>
        <source>Data locations and return</source>
        <translation>Datenstandorte und -rückgabe</translation>
    </message>
    <message>
        <source>Breach, law and changes</source>
        <translation>Datenschutzverletzungen, Recht und Änderungen</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Klausel</translation>
    </message>
    <message>
        <source>e.g. 13.5</source>
        <translation>z. B. 13.5</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Ambiguity</source>
        <translation>Mehrdeutigkeit</translation>
    </message>
    <message>
        <source>The document&apos;s full text: paste it here, then select words in it on the right to quote them</source>
        <translation>Der vollständige Text des Dokuments: Fügen Sie ihn hier ein und markieren Sie dann rechts Wörter darin, um sie zu zitieren</translation>
    </message>
</context>
<context>
    <name>AgreementRepository</name>
    <message>
        <source>The field %1 has no column in the workspace; nothing was saved.</source>
        <translation>Das Feld %1 hat keine Spalte im Arbeitsbereich; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The stored term %1 of agreement %2 is damaged.</source>
        <translation>Die gespeicherte Bedingung %1 des Vertrags %2 ist beschädigt.</translation>
    </message>
    <message>
        <source>The agreement %1 was not saved: %2</source>
        <translation>Der Vertrag %1 wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>The stored agreement %1 is no longer a valid term sheet: %2</source>
        <translation>Der gespeicherte Vertrag %1 ist kein gültiges Term Sheet mehr: %2</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>Use the desktop&apos;s own style and colours</source>
        <translation>Stil und Farben des Desktops verwenden</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>Dark text on a light background</source>
        <translation>Dunkler Text auf hellem Hintergrund</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Light text on a dark background</source>
        <translation>Heller Text auf dunklem Hintergrund</translation>
    </message>
</context>
<context>
    <name>Availability</name>
    <message>
        <source>The agreement states no availability terms.</source>
        <translation>Der Vertrag enthält keine Verfügbarkeitsbedingungen.</translation>
    </message>
    <message>
        <source>The month %1-%2 in time zone &quot;%3&quot; cannot be used: unknown time zone or month.</source>
        <translation>Der Monat %1-%2 in der Zeitzone „%3“ kann nicht verwendet werden: unbekannte Zeitzone oder unbekannter Monat.</translation>
    </message>
    <message>
        <source>The availability target %1 % is not between 0 and 100.</source>
        <translation>Das Verfügbarkeitsziel %1 % liegt nicht zwischen 0 und 100.</translation>
    </message>
    <message>
        <source>The measurement in fixed intervals states no interval length.</source>
        <translation>Die Messung in festen Intervallen gibt keine Intervalllänge an.</translation>
    </message>
    <message>
        <source>a period is unavailable if any counted downtime touches it</source>
        <translation>ein Intervall gilt als nicht verfügbar, wenn angerechnete Ausfallzeit es auch nur berührt</translation>
    </message>
    <message>
        <source>a period is unavailable only if counted downtime covers all of it</source>
        <translation>ein Intervall gilt nur als nicht verfügbar, wenn angerechnete Ausfallzeit es vollständig abdeckt</translation>
    </message>
    <message>
        <source>%1 of the unavailable periods is excluded time, which is removed from the period, so %2 counts as downtime.</source>
        <translation>%1 der nicht verfügbaren Intervalle ist ausgenommene Zeit, die vom Zeitraum abgezogen wird, daher zählen %2 als Ausfallzeit.</translation>
    </message>
    <message>
        <source>Continuous measurement: counted downtime is the total length of the counted outage time, %1.</source>
        <translation>Kontinuierliche Messung: Die angerechnete Ausfallzeit ist die Gesamtdauer der angerechneten Ausfälle, %1.</translation>
    </message>
    <message>
        <source>Period: %1, from %2 to %3 (%4).</source>
        <translation>Zeitraum: %1, von %2 bis %3 (%4).</translation>
    </message>
    <message>
        <source>Service: %1; records of other services are ignored.</source>
        <translation>Dienst: %1; Einträge anderer Dienste werden ignoriert.</translation>
    </message>
    <message>
        <source>Excluded time is removed from the period (&quot;excluding&quot; read strictly): %1 − %2 = %3.</source>
        <translation>Ausgenommene Zeit wird vom Zeitraum abgezogen („excluding“ streng gelesen): %1 − %2 = %3.</translation>
    </message>
    <message>
        <source>Excluded time (%1) is not downtime; the period stays %2.</source>
        <translation>Ausgenommene Zeit (%1) ist keine Ausfallzeit; der Zeitraum bleibt %2.</translation>
    </message>
    <message>
        <source>Counted downtime %1 is longer than the period used (%2): it is capped at the period, so availability does not go below 0 %.</source>
        <translation>Die angerechnete Ausfallzeit %1 ist länger als der verwendete Zeitraum (%2): Sie wird auf den Zeitraum begrenzt, sodass die Verfügbarkeit nicht unter 0 % fällt.</translation>
    </message>
    <message>
        <source>No time is left in the period once excluded time is removed; availability is taken as 100 %.</source>
        <translation>Nach Abzug der ausgenommenen Zeit bleibt vom Zeitraum nichts übrig; die Verfügbarkeit wird mit 100 % angesetzt.</translation>
    </message>
    <message>
        <source>Availability = 100 × (1 − %1 ÷ %2) = %3 % (shown to 4 decimals; thresholds are decided on the exact figures).</source>
        <translation>Verfügbarkeit = 100 × (1 − %1 ÷ %2) = %3 % (mit 4 Nachkommastellen angezeigt; über Schwellenwerte wird anhand der exakten Werte entschieden).</translation>
    </message>
    <message>
        <source>Target %1 % (%2): met; counted downtime %3 is within the allowance of %4.</source>
        <translation>Zielwert %1 % (%2): erreicht; die angerechnete Ausfallzeit %3 liegt innerhalb des zulässigen Umfangs von %4.</translation>
    </message>
    <message>
        <source>Target %1 % (%2): missed; counted downtime %3 is more than the allowance of %4.</source>
        <translation>Zielwert %1 % (%2): verfehlt; die angerechnete Ausfallzeit %3 überschreitet den zulässigen Umfang von %4.</translation>
    </message>
    <message>
        <source>The downtime %1 is not a length of time.</source>
        <translation>Die Ausfallzeit %1 ist keine Zeitdauer.</translation>
    </message>
    <message>
        <source>The excluded time is negative.</source>
        <translation>Die ausgenommene Zeit ist negativ.</translation>
    </message>
    <message>
        <source>Counted downtime given: %1.</source>
        <translation>Vorgegebene angerechnete Ausfallzeit: %1.</translation>
    </message>
    <message>
        <source>%1–%2 %3, %4</source>
        <translation>%1–%2 %3, %4</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>the availability clause</source>
        <translation>die Verfügbarkeitsklausel</translation>
    </message>
    <message>
        <source>clause %1</source>
        <translation>Klausel %1</translation>
    </message>
    <message>
        <source>%1 more overlaps between records (%2) are not listed one by one; each is counted once.</source>
        <translation>%1 weitere Überschneidungen zwischen Einträgen (%2) werden nicht einzeln aufgeführt; jede wird einmal gezählt.</translation>
    </message>
    <message>
        <source>%1 (%2, %3 to %4): %5 in this period counts as downtime.</source>
        <translation>%1 (%2, %3 bis %4): %5 in diesem Zeitraum zählen als Ausfallzeit.</translation>
    </message>
    <message>
        <source>%1 (%2, from %3, still ongoing): counted up to %4, %5 in this period counts as downtime.</source>
        <translation>%1 (%2, ab %3, noch andauernd): gezählt bis %4, %5 in diesem Zeitraum zählen als Ausfallzeit.</translation>
    </message>
    <message>
        <source>%1 (%2, %3 to %4): %5 excluded; the agreement lists %2 as an exclusion (%6).</source>
        <translation>%1 (%2, %3 bis %4): %5 ausgenommen; der Vertrag führt %2 als Ausnahme auf (%6).</translation>
    </message>
    <message>
        <source>%1 (scheduled maintenance, from %2): notice was given %3 before the start, meeting the %4 hours required (%5).</source>
        <translation>%1 (geplante Wartung, ab %2): Die Ankündigung erfolgte %3 vor Beginn und erfüllt damit die erforderlichen %4 Stunden (%5).</translation>
    </message>
    <message>
        <source>%1 (scheduled maintenance, %2 to %3): %4 inside the allowed maintenance windows (%5); %6 outside them counts as downtime.</source>
        <translation>%1 (geplante Wartung, %2 bis %3): %4 innerhalb der zulässigen Wartungsfenster (%5); %6 außerhalb davon zählen als Ausfallzeit.</translation>
    </message>
    <message>
        <source>%1: %2 fell inside Normal Business Hours (%3 %4, %5) and counts as downtime: maintenance there is downtime unless it is emergency maintenance or asked for by the customer (%6).</source>
        <translation>%1: %2 fielen in die normalen Geschäftszeiten („Normal Business Hours“, %3 %4, %5) und zählen als Ausfallzeit: Wartung in diesen Zeiten ist Ausfallzeit, sofern es sich nicht um eine Notfallwartung oder eine vom Kunden verlangte Wartung handelt (%6).</translation>
    </message>
    <message>
        <source>%1 (scheduled maintenance, %2 to %3): %4 excluded as scheduled maintenance (%5).</source>
        <translation>%1 (geplante Wartung, %2 bis %3): %4 als geplante Wartung ausgenommen (%5).</translation>
    </message>
    <message>
        <source>%1 (scheduled maintenance, from %2): no notice time is recorded, so the %3 hours&apos; notice the agreement requires (%4) is not shown; all %5 in this period count as downtime.</source>
        <translation>%1 (geplante Wartung, ab %2): Es ist kein Ankündigungszeitpunkt erfasst, daher ist die vom Vertrag verlangte Ankündigung von %3 Stunden (%4) nicht nachgewiesen; alle %5 in diesem Zeitraum zählen als Ausfallzeit.</translation>
    </message>
    <message>
        <source>%1 (scheduled maintenance, from %2): notice was given %3 before the start, less than the %4 hours required (%5); all %6 in this period count as downtime.</source>
        <translation>%1 (geplante Wartung, ab %2): Die Ankündigung erfolgte %3 vor Beginn, weniger als die erforderlichen %4 Stunden (%5); alle %6 in diesem Zeitraum zählen als Ausfallzeit.</translation>
    </message>
    <message>
        <source>%1 and %2 overlap by %3; that time is counted once.</source>
        <translation>%1 und %2 überschneiden sich um %3; diese Zeit wird einmal gezählt.</translation>
    </message>
    <message>
        <source>Excluded records %1 and %2 overlap by %3; that time is excluded once.</source>
        <translation>Die ausgenommenen Einträge %1 und %2 überschneiden sich um %3; diese Zeit wird einmal ausgenommen.</translation>
    </message>
    <message>
        <source>%1 of outage time that would count overlaps excluded time (%2 stretch(es), first %3 to %4); the overlap is excluded, not counted: where an excluded record overlaps a counted one, the overlap is excluded.</source>
        <translation>%1 an Ausfallzeit, die zählen würde, überschneidet sich mit ausgenommener Zeit (%2 Abschnitt(e), erster %3 bis %4); die Überschneidung wird ausgenommen, nicht gezählt: Wo ein ausgenommener Eintrag einen gezählten überschneidet, wird die Überschneidung ausgenommen.</translation>
    </message>
    <message>
        <source>%1 more counted records (%2 in this period) are not listed one by one.</source>
        <translation>%1 weitere gezählte Einträge (%2 in diesem Zeitraum) werden nicht einzeln aufgeführt.</translation>
    </message>
    <message>
        <source>%1 more excluded records (%2 in this period) are not listed one by one.</source>
        <translation>%1 weitere ausgenommene Einträge (%2 in diesem Zeitraum) werden nicht einzeln aufgeführt.</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>Record #%1</source>
        <translation>Eintrag #%1</translation>
    </message>
    <message>
        <source>Record %1 of the list</source>
        <translation>Eintrag %1 der Liste</translation>
    </message>
    <message>
        <source>A maintenance window (%1) cannot be used: it needs a known time zone and start and end times.</source>
        <translation>Ein Wartungsfenster (%1) kann nicht verwendet werden: Es benötigt eine bekannte Zeitzone sowie Beginn- und Endzeiten.</translation>
    </message>
    <message>
        <source>Maintenance in business hours is said to count as downtime, but no business hours are stated.</source>
        <translation>Wartung innerhalb der Geschäftszeiten soll als Ausfallzeit zählen, es sind jedoch keine Geschäftszeiten angegeben.</translation>
    </message>
    <message>
        <source>The business hours of the maintenance rule cannot be used: %1</source>
        <translation>Die Geschäftszeiten der Wartungsregel können nicht verwendet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Measured in %1-minute periods from the start of the month (%2 periods; %3): %n period(s) unavailable, %4 (%5).</source>
        <translation>
            <numerusform>Gemessen in %1-Minuten-Intervallen ab Monatsbeginn (%2 Intervalle; %3): %n Intervall nicht verfügbar, %4 (%5).</numerusform>
            <numerusform>Gemessen in %1-Minuten-Intervallen ab Monatsbeginn (%2 Intervalle; %3): %n Intervalle nicht verfügbar, %4 (%5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Measured in %1-minute periods: an outage of %2 that starts at the start of a period touches %n period(s), so %3 counts (starting inside a period, it could touch one more) (%4).</source>
        <translation>
            <numerusform>Gemessen in %1-Minuten-Intervallen: Ein Ausfall von %2, der zu Beginn eines Intervalls beginnt, berührt %n Intervall, daher zählen %3 (beginnt er innerhalb eines Intervalls, könnte er eines mehr berühren) (%4).</numerusform>
            <numerusform>Gemessen in %1-Minuten-Intervallen: Ein Ausfall von %2, der zu Beginn eines Intervalls beginnt, berührt %n Intervalle, daher zählen %3 (beginnt er innerhalb eines Intervalls, könnte er eines mehr berühren) (%4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Measured in %1-minute periods: an outage of %2 that starts at the start of a period covers %n whole period(s), so %3 counts (%4).</source>
        <translation>
            <numerusform>Gemessen in %1-Minuten-Intervallen: Ein Ausfall von %2, der zu Beginn eines Intervalls beginnt, deckt %n ganzes Intervall ab, daher zählen %3 (%4).</numerusform>
            <numerusform>Gemessen in %1-Minuten-Intervallen: Ein Ausfall von %2, der zu Beginn eines Intervalls beginnt, deckt %n ganze Intervalle ab, daher zählen %3 (%4).</numerusform>
        </translation>
    </message>
    <message>
        <source>Note on this term (%1): %2</source>
        <translation>Hinweis zu dieser Bedingung (%1): %2</translation>
    </message>
    <message>
        <source>%1 (%2, %3 to %4) has no length, so nothing of it counts.</source>
        <translation>%1 (%2, %3 bis %4) hat keine Dauer, daher zählt nichts davon.</translation>
    </message>
    <message>
        <source>%1 (scheduled maintenance, from %2): notice was given at %3, after the maintenance had started, so the %4 hours&apos; notice required (%5) was not given; all %6 in this period count as downtime.</source>
        <translation>%1 (geplante Wartung, ab %2): Die Ankündigung erfolgte am %3, nach Beginn der Wartung, daher wurde die erforderliche Ankündigung von %4 Stunden (%5) nicht eingehalten; alle %6 in diesem Zeitraum zählen als Ausfallzeit.</translation>
    </message>
    <message>
        <source>Availability = 100 × (1 − %1 ÷ %2) = %3 % (shown to %4 decimals, rounded down: to 4 decimals it would read as the target it misses; thresholds are decided on the exact figures).</source>
        <translation>Verfügbarkeit = 100 × (1 − %1 ÷ %2) = %3 % (mit %4 Nachkommastellen angezeigt, abgerundet: mit 4 Nachkommastellen sähe sie wie der verfehlte Zielwert aus; über Schwellenwerte wird anhand der exakten Werte entschieden).</translation>
    </message>
</context>
<context>
    <name>Citation</name>
    <message>
        <source>no clause cited</source>
        <translation>keine Klausel zitiert</translation>
    </message>
</context>
<context>
    <name>ClaimDeadline</name>
    <message>
        <source>the claims clause</source>
        <translation>die Klausel zur Geltendmachung</translation>
    </message>
    <message>
        <source>clause %1</source>
        <translation>Klausel %1</translation>
    </message>
    <message>
        <source>The agreement states no time limit for claiming a credit.</source>
        <translation>Der Vertrag enthält keine Frist für die Geltendmachung einer Gutschrift.</translation>
    </message>
    <message>
        <source>Claim deadline (%1): the end of the calendar month after %2, %3.</source>
        <translation>Anspruchsfrist (%1): das Ende des Kalendermonats nach %2, %3.</translation>
    </message>
    <message>
        <source>Claim deadline (%1): %2 days after the credit falls due, read as the last day of the month measured (%3), so %4.</source>
        <translation>Anspruchsfrist (%1): %2 Tage nach Fälligkeit der Gutschrift, gelesen als letzter Tag des gemessenen Monats (%3), also %4.</translation>
    </message>
    <message>
        <source>Claim deadline (%1): the end of the monthly billing cycle %2 month(s) after %3, %4.</source>
        <translation>Anspruchsfrist (%1): das Ende des monatlichen Abrechnungszyklus %2 Monat(e) nach %3, %4.</translation>
    </message>
    <message>
        <source>The claim window (%1) has a negative length and gives no deadline.</source>
        <translation>Die Anspruchsfrist (%1) hat eine negative Länge und ergibt keinen Fristablauf.</translation>
    </message>
</context>
<context>
    <name>ClaimDraft</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 %2 s</source>
        <translation>%1 %2 s</translation>
    </message>
    <message>
        <source>the agreement</source>
        <translation>der Vertrag</translation>
    </message>
    <message>
        <source>clause %1</source>
        <translation>Klausel %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>all services</source>
        <translation>alle Dienste</translation>
    </message>
    <message>
        <source>(our account with %1)</source>
        <translation>(unser Konto bei %1)</translation>
    </message>
    <message>
        <source>SLA Credit Request: %1, %2, %3</source>
        <translation>Antrag auf SLA-Gutschrift: %1, %2, %3</translation>
    </message>
    <message>
        <source>To %1,</source>
        <translation>An %1,</translation>
    </message>
    <message>
        <source>We request the service credit owed under %1 for the calendar month of %2 (%3 to %4, time zone %5).</source>
        <translation>Wir beantragen die nach %1 geschuldete Servicegutschrift für den Kalendermonat %2 (%3 bis %4, Zeitzone %5).</translation>
    </message>
    <message>
        <source>Affected account: %1</source>
        <translation>Betroffenes Konto: %1</translation>
    </message>
    <message>
        <source>Affected service: %1</source>
        <translation>Betroffener Dienst: %1</translation>
    </message>
    <message>
        <source>Monthly availability: %1 % against the committed %2 % (%3)</source>
        <translation>Monatliche Verfügbarkeit: %1 % gegenüber den zugesagten %2 % (%3)</translation>
    </message>
    <message>
        <source>Counted downtime: %1</source>
        <translation>Angerechnete Ausfallzeit: %1</translation>
    </message>
    <message>
        <source>Service credit: %1 % of %2 %3 = %4 %3</source>
        <translation>Servicegutschrift: %1 % von %2 %3 = %4 %3</translation>
    </message>
    <message>
        <source>Service credit: %1 % of the month&apos;s fees</source>
        <translation>Servicegutschrift: %1 % der Monatsentgelte</translation>
    </message>
    <message>
        <source>Incidents (local time in %1, with the UTC offset):</source>
        <translation>Vorfälle (Ortszeit in %1, mit UTC-Versatz):</translation>
    </message>
    <message>
        <source>record of %1</source>
        <translation>Aufzeichnung vom %1</translation>
    </message>
    <message>
        <source>- %1 (%2)</source>
        <translation>- %1 (%2)</translation>
    </message>
    <message>
        <source>- %1 (%2): %3</source>
        <translation>- %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1. %2 to %3, duration %4, service %5%6</source>
        <translation>%1. %2 bis %3, Dauer %4, Dienst %5%6</translation>
    </message>
    <message>
        <source>; our records %1</source>
        <translation>; unsere Aufzeichnungen: %1</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>(keine erfasst)</translation>
    </message>
    <message>
        <source>Evidence (attached; confidential or sensitive information in the logs is removed or replaced with asterisks):</source>
        <translation>Nachweise (beigefügt; vertrauliche oder sensible Informationen in den Protokollen sind entfernt oder durch Sternchen ersetzt):</translation>
    </message>
    <message>
        <source>- our monitoring records for the incidents above</source>
        <translation>- unsere Monitoring-Aufzeichnungen zu den oben genannten Vorfällen</translation>
    </message>
    <message>
        <source>This request is made within the claim window of %1, which closes on %2.</source>
        <translation>Dieser Antrag wird innerhalb der Anspruchsfrist von %1 gestellt, die am %2 endet.</translation>
    </message>
    <message>
        <source>Yours faithfully,</source>
        <translation>Mit freundlichen Grüßen</translation>
    </message>
    <message>
        <source>Clause %1</source>
        <translation>Klausel %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>FILE...</source>
        <translation>DATEI...</translation>
    </message>
    <message>
        <source>check term sheets (and *.subscription.json files); print every problem with its JSON path</source>
        <translation>Term Sheets (und *.subscription.json-Dateien) prüfen; jedes Problem mit seinem JSON-Pfad ausgeben</translation>
    </message>
    <message>
        <source>store term sheets, all or none; an agreement with the same id is replaced</source>
        <translation>Term Sheets speichern, alle oder keines; ein Vertrag mit derselben ID wird ersetzt</translation>
    </message>
    <message>
        <source>the stored agreements</source>
        <translation>die gespeicherten Verträge</translation>
    </message>
    <message>
        <source>ID [--out FILE]</source>
        <translation>ID [--out DATEI]</translation>
    </message>
    <message>
        <source>a stored agreement as a term sheet with its documents&apos; texts</source>
        <translation>einen gespeicherten Vertrag als Term Sheet mit den Texten seiner Dokumente</translation>
    </message>
    <message>
        <source>FILE --agreement ID [--service NAME] [--format csv|statuspage] [--mapping PRESET]</source>
        <translation>DATEI --agreement ID [--service NAME] [--format csv|statuspage] [--mapping VORLAGE]</translation>
    </message>
    <message>
        <source>import outages, all or none; outages already stored are skipped</source>
        <translation>Ausfälle importieren, alle oder keinen; bereits gespeicherte Ausfälle werden übersprungen</translation>
    </message>
    <message>
        <source>--agreement ID --month YYYY-MM [--fee AMOUNT] [--service NAME]</source>
        <translation>--agreement ID --month JJJJ-MM [--fee BETRAG] [--service NAME]</translation>
    </message>
    <message>
        <source>availability and service credit for a month from the stored outages</source>
        <translation>Verfügbarkeit und Servicegutschrift eines Monats aus den gespeicherten Ausfällen</translation>
    </message>
    <message>
        <source>(--agreement ID | --termsheet FILE) --month YYYY-MM --downtime-minutes N [--fee AMOUNT] [--service NAME]</source>
        <translation>(--agreement ID | --termsheet DATEI) --month JJJJ-MM --downtime-minutes N [--fee BETRAG] [--service NAME]</translation>
    </message>
    <message>
        <source>what-if: N minutes of counted downtime in that month</source>
        <translation>Was-wäre-wenn: N Minuten angerechnete Ausfallzeit in diesem Monat</translation>
    </message>
    <message>
        <source>--agreement ID --start YYYY-MM-DD [--as-of YYYY-MM-DD] [--ics FILE]</source>
        <translation>--agreement ID --start JJJJ-MM-TT [--as-of JJJJ-MM-TT] [--ics DATEI]</translation>
    </message>
    <message>
        <source>current term end, last day to give notice, next renewal</source>
        <translation>Ende der aktuellen Laufzeit, letzter Kündigungstag, nächste Verlängerung</translation>
    </message>
    <message>
        <source>--agreement ID --start YYYY-MM-DD --payments FILE.csv --claim-date YYYY-MM-DD</source>
        <translation>--agreement ID --start JJJJ-MM-TT --payments DATEI.csv --claim-date JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>the liability cap at a claim date (payments CSV: date,amount)</source>
        <translation>die Haftungsobergrenze zu einem Anspruchsdatum (Zahlungs-CSV: date,amount)</translation>
    </message>
    <message>
        <source>--agreement ID --level NAME --reported INSTANT</source>
        <translation>--agreement ID --level NAME --reported ZEITPUNKT</translation>
    </message>
    <message>
        <source>when the vendor&apos;s support response is due</source>
        <translation>wann die Support-Reaktion des Anbieters fällig ist</translation>
    </message>
    <message>
        <source>usage: termlens-cli [--db PATH] [--json] COMMAND [OPTIONS]</source>
        <translation>Aufruf: termlens-cli [--db PFAD] [--json] BEFEHL [OPTIONEN]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Options for every command:
  --db PATH      the workspace file (default: the desktop app&apos;s; a missing file is created
                 from the sample agreements)
  --json         print one JSON document on stdout
  --now INSTANT  take this ISO 8601 instant as the current time
  --help, -h     this help; COMMAND --help for one command
  --version      print the version

Exit status: 0 success, 1 user error (one line per problem on stderr), 2 bad usage.</source>
        <translation>Optionen für jeden Befehl:
  --db PFAD        die Arbeitsbereichsdatei (Standard: die der Desktop-App; eine fehlende
                   Datei wird aus den Beispielverträgen erstellt)
  --json           ein JSON-Dokument auf stdout ausgeben
  --now ZEITPUNKT  diesen ISO-8601-Zeitpunkt als aktuelle Zeit verwenden
  --help, -h       diese Hilfe; BEFEHL --help für einen einzelnen Befehl
  --version        die Version ausgeben

Exit-Status: 0 Erfolg, 1 Benutzerfehler (eine Zeile je Problem auf stderr), 2 falscher Aufruf.</translation>
    </message>
    <message>
        <source>usage: termlens-cli [--db PATH] [--json] %1</source>
        <translation>Aufruf: termlens-cli [--db PFAD] [--json] %1</translation>
    </message>
    <message>
        <source>option %1 needs a value</source>
        <translation>Option %1 benötigt einen Wert</translation>
    </message>
    <message>
        <source>--now: expected an ISO 8601 instant with a zone, not %1</source>
        <translation>--now: erwartet wird ein ISO-8601-Zeitpunkt mit Zeitzone, nicht %1</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>unbekannter Befehl %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: id %2 is also the id of %3</source>
        <translation>%1: ID %2 ist auch die ID von %3</translation>
    </message>
    <message>
        <source>%1: ok</source>
        <translation>%1: ok</translation>
    </message>
    <message>
        <source>%1: replaced the stored agreement %2 (%3)</source>
        <translation>%1: gespeicherten Vertrag %2 ersetzt (%3)</translation>
    </message>
    <message>
        <source>%1: imported %2 (%3)</source>
        <translation>%1: %2 importiert (%3)</translation>
    </message>
    <message>
        <source>%1	%2	%3	target %4	%5</source>
        <translation>%1	%2	%3	Zielwert %4	%5</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>exported %1 to %2</source>
        <translation>%1 nach %2 exportiert</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>option --%1 given twice</source>
        <translation>Option --%1 doppelt angegeben</translation>
    </message>
    <message>
        <source>option --%1 takes no value</source>
        <translation>Option --%1 nimmt keinen Wert an</translation>
    </message>
    <message>
        <source>option --%1 needs a value</source>
        <translation>Option --%1 benötigt einen Wert</translation>
    </message>
    <message>
        <source>termlens-cli: %1 (see termlens-cli %2--help)</source>
        <translation>termlens-cli: %1 (siehe termlens-cli %2--help)</translation>
    </message>
    <message>
        <source>termlens-cli: %1</source>
        <translation>termlens-cli: %1</translation>
    </message>
    <message>
        <source>termlens-cli: note: %1</source>
        <translation>termlens-cli: Hinweis: %1</translation>
    </message>
    <message>
        <source>created the sample workspace %1</source>
        <translation>Beispiel-Arbeitsbereich %1 erstellt</translation>
    </message>
    <message>
        <source>no agreement with id %1 in %2</source>
        <translation>kein Vertrag mit ID %1 in %2</translation>
    </message>
    <message>
        <source>missing --%1</source>
        <translation>--%1 fehlt</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>unerwartetes Argument %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Service %1:</source>
        <translation>Dienst %1:</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verfehlt</translation>
    </message>
    <message>
        <source> = %1 %2</source>
        <translation> = %1 %2</translation>
    </message>
    <message>
        <source>%1: availability %2 % (target %3 %, %4); downtime %5 min, excluded %6 min; credit %7 %%8</source>
        <translation>%1: Verfügbarkeit %2 % (Zielwert %3 %, %4); Ausfallzeit %5 min, ausgenommen %6 min; Gutschrift %7 %%8</translation>
    </message>
    <message>
        <source>%1, %2 %3 (%4)</source>
        <translation>%1, %2 %3 (%4)</translation>
    </message>
    <message>
        <source>Total credit: %1 %2</source>
        <translation>Gutschrift gesamt: %1 %2</translation>
    </message>
    <message>
        <source>Claim by: %1</source>
        <translation>Geltend zu machen bis: %1</translation>
    </message>
    <message>
        <source>Working:</source>
        <translation>Rechenweg:</translation>
    </message>
    <message>
        <source>--fee: %1 is not an amount in %2 (digits, at most %3 decimals)</source>
        <translation>--fee: %1 ist kein Betrag in %2 (Ziffern, höchstens %3 Nachkommastellen)</translation>
    </message>
    <message>
        <source>give either --agreement or --termsheet</source>
        <translation>geben Sie entweder --agreement oder --termsheet an</translation>
    </message>
    <message>
        <source>--%1: expected a date as YYYY-MM-DD, not %2</source>
        <translation>--%1: erwartet wird ein Datum als JJJJ-MM-TT, nicht %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>entfällt</translation>
    </message>
    <message>
        <source>%1: renewal %2</source>
        <translation>%1: Verlängerung %2</translation>
    </message>
    <message>
        <source>Term end: %1</source>
        <translation>Laufzeitende: %1</translation>
    </message>
    <message>
        <source>Notice deadline: %1</source>
        <translation>Letzter Kündigungstag: %1</translation>
    </message>
    <message>
        <source>Next renewal: %1</source>
        <translation>Nächste Verlängerung: %1</translation>
    </message>
    <message>
        <source>Cap: %1 %2</source>
        <translation>Obergrenze: %1 %2</translation>
    </message>
    <message>
        <source>Window: %1 to %2, paid %3 %4, multiplier %5</source>
        <translation>Zeitraum: %1 bis %2, gezahlt %3 %4, Multiplikator %5</translation>
    </message>
    <message>
        <source>Outside the cap: %1</source>
        <translation>Außerhalb der Obergrenze: %1</translation>
    </message>
    <message>
        <source>%1: nothing was imported</source>
        <translation>%1: es wurde nichts importiert</translation>
    </message>
    <message>
        <source>--format: expected csv or statuspage, not %1</source>
        <translation>--format: erwartet wird csv oder statuspage, nicht %1</translation>
    </message>
    <message>
        <source>--reported: expected an ISO 8601 instant with a zone such as 2026-12-24T16:00:00-06:00, not %1</source>
        <translation>--reported: erwartet wird ein ISO-8601-Zeitpunkt mit Zeitzone wie 2026-12-24T16:00:00-06:00, nicht %1</translation>
    </message>
    <message>
        <source>Response due: %1 (%2 minutes counted)</source>
        <translation>Reaktion fällig: %1 (%2 Minuten gezählt)</translation>
    </message>
    <message>
        <source>%1: stopped after %2 problems</source>
        <translation>%1: nach %2 Problemen abgebrochen</translation>
    </message>
    <message>
        <source>--mapping reads a CSV file; it does not go with --format statuspage</source>
        <translation>--mapping liest eine CSV-Datei; es lässt sich nicht mit --format statuspage kombinieren</translation>
    </message>
    <message>
        <source>%1: this CSV&apos;s header is not TermLens&apos;s own (service,start,end,category,notice_given,reference,notes); it looks like a %2 export: add --mapping &quot;%2&quot;</source>
        <translation>%1: Die Kopfzeile dieser CSV-Datei ist nicht die von TermLens (service,start,end,category,notice_given,reference,notes); sie sieht nach einem Export von %2 aus: Fügen Sie --mapping &quot;%2&quot; hinzu</translation>
    </message>
    <message>
        <source>%1: this CSV&apos;s header is not TermLens&apos;s own (service,start,end,category,notice_given,reference,notes); import it with --mapping PRESET (built in: %2, or one saved in the desktop app)</source>
        <translation>%1: Die Kopfzeile dieser CSV-Datei ist nicht die von TermLens (service,start,end,category,notice_given,reference,notes); importieren Sie sie mit --mapping VORLAGE (integriert: %2, oder eine in der Desktop-App gespeicherte)</translation>
    </message>
    <message>
        <source>no column mapping is called &quot;%1&quot; (known: %2)</source>
        <translation>es gibt keine Spaltenzuordnung namens „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>--out FILE.pdf [--agreements ID,...] [--from YYYY-MM --to YYYY-MM] [--sections NAME,...] [--page-size a4|letter] [--title TEXT] [--author TEXT]</source>
        <translation>--out DATEI.pdf [--agreements ID,...] [--from JJJJ-MM --to JJJJ-MM] [--sections NAME,...] [--page-size a4|letter] [--title TEXT] [--author TEXT]</translation>
    </message>
    <message>
        <source>the PDF report, as the desktop app exports it; sections: cover, summary, comparison, subprocessors, credits, appendix</source>
        <translation>der PDF-Bericht, wie ihn die Desktop-Anwendung exportiert; Abschnitte: cover, summary, comparison, subprocessors, credits, appendix</translation>
    </message>
    <message>
        <source>--sections: unknown section %1 (known: %2)</source>
        <translation>--sections: unbekannter Abschnitt %1 (bekannt: %2)</translation>
    </message>
    <message>
        <source>--sections: name at least one section</source>
        <translation>--sections: Nennen Sie mindestens einen Abschnitt</translation>
    </message>
    <message>
        <source>--%1: expected a month as YYYY-MM, not %2</source>
        <translation>--%1: erwartet wird ein Monat im Format JJJJ-MM, nicht %2</translation>
    </message>
    <message>
        <source>--agreements: name at least one agreement id</source>
        <translation>--agreements: Nennen Sie mindestens eine Vertrags-ID</translation>
    </message>
    <message>
        <source>give --from and --to together</source>
        <translation>geben Sie --from und --to gemeinsam an</translation>
    </message>
    <message>
        <source>--page-size: expected a4 or letter, not %1</source>
        <translation>--page-size: erwartet wird a4 oder letter, nicht %1</translation>
    </message>
    <message>
        <source>report: this program was started without its graphics layer</source>
        <translation>report: Dieses Programm wurde ohne seine Grafikschicht gestartet</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n page(s)</source>
        <translation>
            <numerusform>%1 geschrieben: %n Seite</numerusform>
            <numerusform>%1 geschrieben: %n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>termlens-cli: could not write to standard output: %1</source>
        <translation>termlens-cli: Schreiben auf die Standardausgabe nicht möglich: %1</translation>
    </message>
    <message>
        <source>the write failed</source>
        <translation>der Schreibvorgang ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Language:
  --lang LANG    en, de or fr for messages, text output and the report
                 (default: the desktop app&apos;s choice, else the system&apos;s)
  With --json the output is the same in every language: English texts,
  plain numbers (1234.50) and ISO dates.</source>
        <translation>Sprache:
  --lang SPRACHE   en, de oder fr für Meldungen, Textausgabe und den Bericht
                   (Standard: die Wahl der Desktop-App, sonst die des Systems)
  Mit --json ist die Ausgabe in jeder Sprache gleich: englische Texte,
  einfache Zahlen (1234.50) und ISO-Datumsangaben.</translation>
    </message>
    <message>
        <source>--lang: expected en, de or fr, not %1</source>
        <translation>--lang: erwartet wird en, de oder fr, nicht %1</translation>
    </message>
    <message>
        <source>--service: %1 names no service of %2, which has no stored outages and no subscription services; leave --service out</source>
        <translation>--service: %1 bezeichnet keinen Dienst von %2, bei dem weder Ausfälle gespeichert noch Dienste im Abonnement erfasst sind; lassen Sie --service weg</translation>
    </message>
    <message>
        <source>--service: %1 names no service of %2; its services are: %3</source>
        <translation>--service: %1 bezeichnet keinen Dienst von %2; seine Dienste sind: %3</translation>
    </message>
    <message>
        <source>--fee: %1 is too large an amount</source>
        <translation>--fee: %1 ist ein zu großer Betrag</translation>
    </message>
    <message>
        <source>%1 states no availability terms (terms.availability)</source>
        <translation>%1 enthält keine Verfügbarkeitsbedingungen (terms.availability)</translation>
    </message>
    <message>
        <source>--fee: the credit base of %1 is the affected service&apos;s own fee, and its subscription lists %2; name one with --service</source>
        <translation>--fee: Die Bemessungsgrundlage der Gutschrift von %1 ist das eigene Entgelt des betroffenen Dienstes, und sein Abonnement führt %2 auf; nennen Sie einen davon mit --service</translation>
    </message>
    <message>
        <source>give --agreement or --termsheet, not both</source>
        <translation>geben Sie --agreement oder --termsheet an, nicht beides</translation>
    </message>
    <message>
        <source>--downtime-minutes: %1 is too large a number</source>
        <translation>--downtime-minutes: %1 ist eine zu große Zahl</translation>
    </message>
    <message>
        <source>--downtime-minutes: expected minutes of zero or more with at most 6 decimals, such as 43.83, not %1</source>
        <translation>--downtime-minutes: erwartet wird eine Minutenzahl von null oder mehr mit höchstens 6 Nachkommastellen, z. B. 43.83, nicht %1</translation>
    </message>
    <message>
        <source>Fee: none given with --fee, and a term-sheet file has no subscription, so only the percentage is shown.</source>
        <translation>Entgelt: keines mit --fee angegeben, und eine Term-Sheet-Datei hat kein Abonnement, daher wird nur der Prozentsatz angezeigt.</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>fest</translation>
    </message>
    <message>
        <source>rolling</source>
        <translation>unbefristet</translation>
    </message>
    <message>
        <source>paid period</source>
        <translation>bezahlter Zeitraum</translation>
    </message>
    <message>
        <source>Earliest end (rolling, with notice): %1</source>
        <translation>Frühestes Ende (unbefristet, mit Kündigung): %1</translation>
    </message>
    <message>
        <source>--ics: expected the name of the file to write</source>
        <translation>--ics: erwartet wird der Name der zu schreibenden Datei</translation>
    </message>
    <message>
        <source>%1 states no term or renewal (terms.term)</source>
        <translation>%1 enthält weder Laufzeit noch Verlängerung (terms.term)</translation>
    </message>
    <message>
        <source>Calendar written to %1</source>
        <translation>Kalender in %1 geschrieben</translation>
    </message>
    <message>
        <source>--claim-date %1 is before --start %2: a claim cannot arise before the agreement starts</source>
        <translation>--claim-date %1 liegt vor --start %2: Ein Anspruch kann nicht vor Vertragsbeginn entstehen</translation>
    </message>
    <message>
        <source>%1 states no liability cap (terms.liabilityCap)</source>
        <translation>%1 enthält keine Haftungsobergrenze (terms.liabilityCap)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n outage(s) imported into %2, %3 already stored (skipped)</source>
        <translation>
            <numerusform>%1: %n Ausfall in %2 importiert, %3 bereits gespeichert (übersprungen)</numerusform>
            <numerusform>%1: %n Ausfälle in %2 importiert, %3 bereits gespeichert (übersprungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) not imported (filtered out, another service, or no duration)</source>
        <translation>
            <numerusform>%1: %n Eintrag nicht importiert (herausgefiltert, anderer Dienst oder keine Dauer)</numerusform>
            <numerusform>%1: %n Einträge nicht importiert (herausgefiltert, anderer Dienst oder keine Dauer)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 states no support response times (terms.support)</source>
        <translation>%1 enthält keine Support-Reaktionszeiten (terms.support)</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Availability target: %1 % a month (%2).</source>
        <translation>Verfügbarkeitsziel: %1 % pro Monat (%2).</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 pro Monat</translation>
    </message>
    <message>
        <source>The agreement measures in the average month of 43,830 minutes (730.5 hours).</source>
        <translation>Der Vertrag misst im Durchschnittsmonat von 43.830 Minuten (730,5 Stunden).</translation>
    </message>
    <message>
        <source>The agreement measures in the calendar month; a 30-day month of 43,200 minutes is used to compare (a 31-day month allows 1/30 more).</source>
        <translation>Der Vertrag misst im Kalendermonat; zum Vergleich wird ein 30-Tage-Monat mit 43.200 Minuten verwendet (ein 31-Tage-Monat erlaubt 1/30 mehr).</translation>
    </message>
    <message>
        <source>(100 % − %1 %) × %2 minutes = %3 minutes of downtime allowed (%4).</source>
        <translation>(100 % − %1 %) × %2 Minuten = %3 Minuten zulässige Ausfallzeit (%4).</translation>
    </message>
    <message>
        <source>Measured in %1-minute periods, each touched by downtime lost whole: at most %2 periods (%3 minutes) fit in the allowance.</source>
        <translation>Gemessen in %1-Minuten-Intervallen, von denen jedes von Ausfallzeit berührte vollständig verloren geht: Höchstens %2 Intervalle (%3 Minuten) passen in den zulässigen Umfang.</translation>
    </message>
    <message>
        <source>no service credits</source>
        <translation>keine Servicegutschriften</translation>
    </message>
    <message>
        <source>The agreement gives no service credits (%1): 0 %.</source>
        <translation>Der Vertrag gewährt keine Servicegutschriften (%1): 0 %.</translation>
    </message>
    <message>
        <source>month not valid</source>
        <translation>Monat ungültig</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Exactly %1 % availability in %2: %3 seconds of counted downtime, (100 − %1) % of the month.</source>
        <translation>Genau %1 % Verfügbarkeit in %2: %3 Sekunden angerechnete Ausfallzeit, (100 − %1) % des Monats.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>× annual fees</source>
        <translation>× Jahresentgelte</translation>
    </message>
    <message>
        <source>%1 × a year&apos;s fees</source>
        <translation>%1 × die Entgelte eines Jahres</translation>
    </message>
    <message>
        <source>Cap = %1 × the fees paid in the previous contract year (%2): %1 × a year&apos;s fees once a full year has been paid.</source>
        <translation>Obergrenze = %1 × die im vorangegangenen Vertragsjahr gezahlten Entgelte (%2): %1 × die Entgelte eines Jahres, sobald ein volles Jahr bezahlt ist.</translation>
    </message>
    <message>
        <source>Cap = %1 × the fees paid in the 12 months before the claim (%2): %1 × a year&apos;s fees once a full year has been paid.</source>
        <translation>Obergrenze = %1 × die in den 12 Monaten vor dem Anspruch gezahlten Entgelte (%2): %1 × die Entgelte eines Jahres, sobald ein volles Jahr bezahlt ist.</translation>
    </message>
    <message>
        <source>a fixed amount; the annual fee is not known</source>
        <translation>ein fester Betrag; das Jahresentgelt ist nicht bekannt</translation>
    </message>
    <message>
        <source>Cap = %1 × %2 %3 (a fixed amount, %4); the subscription&apos;s annual fee is %5 %3 (12 × the monthly fees): %6 × a year&apos;s fees.</source>
        <translation>Obergrenze = %1 × %2 %3 (ein fester Betrag, %4); das Jahresentgelt des Abonnements beträgt %5 %3 (12 × die Monatsentgelte): %6 × die Entgelte eines Jahres.</translation>
    </message>
    <message>
        <source>no subscription recorded</source>
        <translation>kein Abonnement erfasst</translation>
    </message>
    <message>
        <source>A claim made on %1, with the subscription&apos;s payments:</source>
        <translation>Ein am %1 geltend gemachter Anspruch, mit den Zahlungen des Abonnements:</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Response time, level %1</source>
        <translation>Reaktionszeit, Stufe %1</translation>
    </message>
    <message>
        <source>Business hours count only the vendor&apos;s opening hours, so a business hour can take much longer on the calendar than a 24×7 hour.</source>
        <translation>Geschäftsstunden zählen nur innerhalb der Geschäftszeiten des Anbieters, daher kann eine Geschäftsstunde im Kalender deutlich länger dauern als eine Stunde bei 24×7.</translation>
    </message>
    <message>
        <source>Availability target</source>
        <translation>Verfügbarkeitsziel</translation>
    </message>
    <message>
        <source>Downtime allowed a month</source>
        <translation>Zulässige Ausfallzeit pro Monat</translation>
    </message>
    <message>
        <source>Credit at 99 % availability</source>
        <translation>Gutschrift bei 99 % Verfügbarkeit</translation>
    </message>
    <message>
        <source>Credit at 95 % availability</source>
        <translation>Gutschrift bei 95 % Verfügbarkeit</translation>
    </message>
    <message>
        <source>Notice to stop renewal</source>
        <translation>Kündigungsfrist vor automatischer Verlängerung</translation>
    </message>
    <message>
        <source>Liability cap (× annual fees)</source>
        <translation>Haftungsobergrenze (× Jahresentgelte)</translation>
    </message>
    <message>
        <source>Liability cap for this customer</source>
        <translation>Haftungsobergrenze für diesen Kunden</translation>
    </message>
    <message>
        <source>Cure period before termination</source>
        <translation>Abhilfefrist vor Kündigung</translation>
    </message>
    <message>
        <source>Data retrieval after termination</source>
        <translation>Datenabruf nach Vertragsende</translation>
    </message>
    <message>
        <source>Breach notification within</source>
        <translation>Meldung von Datenschutzverletzungen innerhalb von</translation>
    </message>
    <message>
        <source>Notice of changes to terms</source>
        <translation>Vorankündigung von Änderungen der Bedingungen</translation>
    </message>
    <message>
        <source>Amounts in different currencies (%1) are not compared.</source>
        <translation>Beträge in unterschiedlichen Währungen (%1) werden nicht verglichen.</translation>
    </message>
    <message>
        <source>England and Wales bank holidays excluded</source>
        <translation>Bankfeiertage in England und Wales ausgenommen</translation>
    </message>
    <message>
        <source>US federal holidays excluded</source>
        <translation>US-Bundesfeiertage ausgenommen</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 %2–%3 (%4)</source>
        <translation>%1 %2–%3 (%4)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2): no figure to compare.</source>
        <translation>%1 (%2): kein vergleichbarer Wert.</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>Compared as its shortest length, %1.</source>
        <translation>Verglichen wird die kürzeste Dauer, %1.</translation>
    </message>
    <message>
        <source>Compared as its longest length, %1.</source>
        <translation>Verglichen wird die längste Dauer, %1.</translation>
    </message>
    <message>
        <source>%1 business days; business hours not stated</source>
        <translation>%1 Geschäftstage; Geschäftszeiten nicht angegeben</translation>
    </message>
    <message>
        <source>level %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>%1 business hours (%2)</source>
        <translation>%1 Geschäftsstunden (%2)</translation>
    </message>
    <message>
        <source>%1 hours, 24×7 (%2)</source>
        <translation>%1 Stunden, 24×7 (%2)</translation>
    </message>
    <message>
        <source>%1: response within %2 %3 on the %4 clock (%5).</source>
        <translation>%1: Reaktion innerhalb von %2 %3, Zeitbasis: %4 (%5).</translation>
    </message>
    <message>
        <source>business</source>
        <translation>Geschäftszeiten</translation>
    </message>
    <message>
        <source>24×7</source>
        <translation>24×7</translation>
    </message>
    <message>
        <source>A business day is the calendar&apos;s opening hours: %1 minutes.</source>
        <translation>Ein Geschäftstag umfasst die Geschäftszeiten des Kalenders: %1 Minuten.</translation>
    </message>
    <message>
        <source>A day is 24 hours.</source>
        <translation>Ein Tag hat 24 Stunden.</translation>
    </message>
    <message>
        <source>Business hours: %1.</source>
        <translation>Geschäftszeiten: %1.</translation>
    </message>
    <message>
        <source>In the first contract year: %1 × the fees paid for that year.</source>
        <translation>Im ersten Vertragsjahr: %1 × die für dieses Jahr gezahlten Entgelte.</translation>
    </message>
    <message>
        <source>Never more than the insurers pay.</source>
        <translation>Nie mehr, als die Versicherer zahlen.</translation>
    </message>
    <message>
        <source>Outside the cap: %1.</source>
        <translation>Außerhalb der Obergrenze: %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>ComparisonGrid</name>
    <message>
        <source>Cited: %1</source>
        <translation>Zitiert: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Ambiguity: %1</source>
        <translation>Mehrdeutigkeit: %1</translation>
    </message>
    <message>
        <source>Termination rights</source>
        <translation>Kündigungsrechte</translation>
    </message>
    <message>
        <source>Data locations</source>
        <translation>Datenstandorte</translation>
    </message>
    <message>
        <source>Sub-processors</source>
        <translation>Unterauftragsverarbeiter</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>As stated: %1</source>
        <translation>Wie angegeben: %1</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
    <message>
        <source>Playbook: %1</source>
        <translation>Playbook: %1</translation>
    </message>
    <message>
        <source>%1 %2 pass · %3 %4 warn · %5 %6 fail · %7 %8 not stated</source>
        <translation>%1 %2 erfüllt · %3 %4 mit Warnung · %5 %6 nicht erfüllt · %7 %8 nicht angegeben</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>▲ best</source>
        <translation>▲ bester Wert</translation>
    </message>
    <message>
        <source>▼ worst</source>
        <translation>▼ schlechtester Wert</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
</context>
<context>
    <name>CreditClaimCommand</name>
    <message>
        <source>Mark Credit Claimed</source>
        <translation>Gutschrift als beansprucht markieren</translation>
    </message>
    <message>
        <source>Unmark Credit Claim</source>
        <translation>Markierung „Gutschrift beansprucht“ aufheben</translation>
    </message>
</context>
<context>
    <name>CreditClaimRepository</name>
    <message>
        <source>A claim needs a month (YYYY-MM) and the date it was made; got &quot;%1&quot; and &quot;%2&quot;.</source>
        <translation>Ein Anspruch benötigt einen Monat (JJJJ-MM) und das Datum seiner Geltendmachung; erhalten: „%1“ und „%2“.</translation>
    </message>
</context>
<context>
    <name>Credits</name>
    <message>
        <source>the service credit clause</source>
        <translation>die Klausel zu Servicegutschriften</translation>
    </message>
    <message>
        <source>clause %1</source>
        <translation>Klausel %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 point(s)</source>
        <translation>%1 Prozentpunkt(e)</translation>
    </message>
    <message>
        <source>%1 % of the target</source>
        <translation>%1 % des Zielwerts</translation>
    </message>
    <message>
        <source>Flat credit (%1): the target was missed, so %2.</source>
        <translation>Pauschale Gutschrift (%1): Der Zielwert wurde verfehlt, daher %2.</translation>
    </message>
    <message>
        <source>Tiers (%1): availability %2 % is not below any tier&apos;s bound, so no credit.</source>
        <translation>Stufen (%1): Die Verfügbarkeit von %2 % liegt unter keiner Stufengrenze, daher keine Gutschrift.</translation>
    </message>
    <message>
        <source>Steps (%1): the shortfall is read as percentage points of availability: %2 − %3 = %4 points.</source>
        <translation>Schritte (%1): Die Unterschreitung wird in Prozentpunkten der Verfügbarkeit gelesen: %2 − %3 = %4 Prozentpunkte.</translation>
    </message>
    <message>
        <source>Steps (%1): the shortfall is read as a share of the target: 100 × (%2 − %3) ÷ %2 = %4 % of the target.</source>
        <translation>Schritte (%1): Die Unterschreitung wird als Anteil am Zielwert gelesen: 100 × (%2 − %3) ÷ %2 = %4 % des Zielwerts.</translation>
    </message>
    <message>
        <source>A shortfall of up to %1 earns %2.</source>
        <translation>Eine Unterschreitung um bis zu %1 ergibt %2.</translation>
    </message>
    <message>
        <source>The first %1 earns %2; each further full %3 earns %4 more: %5 full step(s), so %6; the remaining %7 earns nothing.</source>
        <translation>Bis %1 ergibt sich %2; jeder weitere volle Schritt von %3 ergibt %4 mehr: Anzahl voller Schritte: %5, daher %6; der Rest von %7 ergibt nichts.</translation>
    </message>
    <message>
        <source>The agreement sets no credit for a missed target (%1).</source>
        <translation>Der Vertrag legt für einen verfehlten Zielwert keine Gutschrift fest (%1).</translation>
    </message>
    <message>
        <source>Base (%1): the month&apos;s fee, %2 %3.</source>
        <translation>Bemessungsgrundlage (%1): das Monatsentgelt, %2 %3.</translation>
    </message>
    <message>
        <source>Base (%1): the month&apos;s fee of the affected service only, %2 %3.</source>
        <translation>Bemessungsgrundlage (%1): nur das Monatsentgelt des betroffenen Dienstes, %2 %3.</translation>
    </message>
    <message>
        <source>The credit base could not be computed from the fee %1.</source>
        <translation>Die Bemessungsgrundlage konnte aus dem Entgelt %1 nicht berechnet werden.</translation>
    </message>
    <message>
        <source>Credit: %1 of %2 = %3 %4 (rounded half away from zero to the minor unit).</source>
        <translation>Gutschrift: %1 von %2 = %3 %4 (kaufmännisch auf die kleinste Währungseinheit gerundet).</translation>
    </message>
    <message>
        <source>A credit is issued only if it is greater than %1 %2 (%3); %4 %2 is not, so no credit is issued.</source>
        <translation>Eine Gutschrift wird nur gewährt, wenn sie größer als %1 %2 ist (%3); %4 %2 ist es nicht, daher wird keine Gutschrift gewährt.</translation>
    </message>
    <message>
        <source>The agreement states no availability terms.</source>
        <translation>Der Vertrag enthält keine Verfügbarkeitsbedingungen.</translation>
    </message>
    <message>
        <source>The fee is not a valid amount.</source>
        <translation>Das Entgelt ist kein gültiger Betrag.</translation>
    </message>
    <message>
        <source>Note on this term: %1</source>
        <translation>Hinweis zu dieser Bedingung: %1</translation>
    </message>
    <message>
        <source>The target of %1 % was met, so no service credit is due.</source>
        <translation>Der Zielwert von %1 % wurde erreicht, daher ist keine Servicegutschrift fällig.</translation>
    </message>
    <message>
        <source>Credits are capped at %1 (%2): %3 becomes %1.</source>
        <translation>Gutschriften sind auf %1 begrenzt (%2): Aus %3 wird %1.</translation>
    </message>
    <message>
        <source>No fee was given, so only the percentage is shown.</source>
        <translation>Es wurde kein Entgelt angegeben, daher wird nur der Prozentsatz angezeigt.</translation>
    </message>
    <message>
        <source>Tiers (%1): availability %2 % is below %3 % (counted downtime %5 is more than the %6 that %3 % allows; the most severe tier it is under; &quot;below&quot; is strict, so exactly %3 % is not below it), so %4.</source>
        <translation>Stufen (%1): Die Verfügbarkeit von %2 % liegt unter %3 % (die angerechnete Ausfallzeit %5 überschreitet die %6, die %3 % zulassen; dies ist die strengste Stufe, die unterschritten wird; „unter“ ist strikt, daher liegt genau %3 % nicht darunter), daher %4.</translation>
    </message>
    <message>
        <source>Base (%1): the annual fee ÷ 12: %2 ÷ 12 = %3 %4 to the minor unit; the credit is worked on the exact twelfth and rounded once, at the end.</source>
        <translation>Bemessungsgrundlage (%1): das Jahresentgelt ÷ 12: %2 ÷ 12 = %3 %4, auf die kleinste Währungseinheit gerundet; die Gutschrift wird mit dem exakten Zwölftel berechnet und nur einmal, am Ende, gerundet.</translation>
    </message>
    <message>
        <source>Credit: %1 of %2 ÷ 12 = %3 %4 (rounded half away from zero to the minor unit).</source>
        <translation>Gutschrift: %1 von %2 ÷ 12 = %3 %4 (kaufmännisch auf die kleinste Währungseinheit gerundet).</translation>
    </message>
    <message>
        <source>The credit on the fee %1 is too large to compute.</source>
        <translation>Die Gutschrift auf das Entgelt %1 ist zu groß, um berechnet zu werden.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file is not valid UTF-8 text (byte %1)</source>
        <translation>die Datei ist kein gültiger UTF-8-Text (Byte %1)</translation>
    </message>
    <message>
        <source>a quoted field is never closed (a &quot; is missing)</source>
        <translation>ein Feld in Anführungszeichen wird nicht geschlossen (ein &quot; fehlt)</translation>
    </message>
    <message>
        <source>a field is longer than %1 characters</source>
        <translation>ein Feld ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation>unerwarteter Text nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation>ein Anführungszeichen in einem Feld ohne Anführungszeichen (setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie das Anführungszeichen)</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>%1 minutes after a date are counted as %2 whole days, since a date carries no time of day.</source>
        <translation>%1 Minuten nach einem Datum werden als %2 volle Tage gezählt, da ein Datum keine Uhrzeit trägt.</translation>
    </message>
    <message>
        <source>No business calendar is given: Monday to Friday count as business days and no holidays are taken out.</source>
        <translation>Kein Geschäftskalender angegeben: Montag bis Freitag zählen als Geschäftstage, und es werden keine Feiertage ausgenommen.</translation>
    </message>
    <message>
        <source>The business calendar has no business days, so the window has no end.</source>
        <translation>Der Geschäftskalender hat keine Geschäftstage, daher hat der Zeitraum kein Ende.</translation>
    </message>
</context>
<context>
    <name>DeadlineCalendar</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 for %2 in 14 days</source>
        <translation>%1 für %2 in 14 Tagen</translation>
    </message>
    <message>
        <source>%1 for %2 tomorrow</source>
        <translation>%1 für %2 morgen</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>Notice deadline: %1 renewal (renews %2)</source>
        <translation>Letzter Kündigungstag: Verlängerung von %1 (verlängert sich am %2)</translation>
    </message>
    <message>
        <source>Notice deadline: %1 (to end on %2)</source>
        <translation>Letzter Kündigungstag: %1 (Beendigung zum %2)</translation>
    </message>
    <message>
        <source>Renewal notice</source>
        <translation>Letzter Kündigungstag</translation>
    </message>
    <message>
        <source>Term ends: %1</source>
        <translation>Laufzeitende: %1</translation>
    </message>
    <message>
        <source>Last day of the current term of %1 (%2); the next term starts %3 unless notice was given.</source>
        <translation>Letzter Tag der aktuellen Laufzeit von %1 (%2); die nächste Laufzeit beginnt am %3, sofern nicht gekündigt wurde.</translation>
    </message>
    <message>
        <source>Last day of the current term of %1 (%2).</source>
        <translation>Letzter Tag der aktuellen Laufzeit von %1 (%2).</translation>
    </message>
    <message>
        <source>End of term</source>
        <translation>Laufzeitende</translation>
    </message>
    <message>
        <source>%1 days&apos; notice</source>
        <translation>Kündigungsfrist von %1 Tagen</translation>
    </message>
    <message>
        <source>no notice period stated</source>
        <translation>keine Kündigungsfrist angegeben</translation>
    </message>
    <message>
        <source>Last day to cancel %1 before the next period paid for; the current period ends %2.
Agreement: %3, %4 (%5).</source>
        <translation>Letzter Tag für die Kündigung bei %1 vor dem nächsten bezahlten Zeitraum; der aktuelle Zeitraum endet am %2.
Vertrag: %3, %4 (%5).</translation>
    </message>
    <message>
        <source>Last day to give notice to %1 for the term ending %2.
Agreement: %3, %4 (%5).</source>
        <translation>Letzter Tag für die Kündigung gegenüber %1 für die am %2 endende Laufzeit.
Vertrag: %3, %4 (%5).</translation>
    </message>
    <message>
        <source>Earliest end: %1</source>
        <translation>Frühestes Ende: %1</translation>
    </message>
    <message>
        <source>Earliest day %1 (%2) can end, if notice is given on or before %3; without notice it continues.</source>
        <translation>Frühester Tag, an dem %1 (%2) enden kann, sofern die Kündigung am oder vor dem %3 erklärt wird; ohne Kündigung läuft der Vertrag weiter.</translation>
    </message>
    <message>
        <source>Last day of the minimum term of %1 (%2); the agreement then continues until ended.</source>
        <translation>Letzter Tag der Mindestlaufzeit von %1 (%2); danach läuft der Vertrag bis zu seiner Beendigung weiter.</translation>
    </message>
    <message>
        <source>Earliest end</source>
        <translation>Frühestes Ende</translation>
    </message>
    <message>
        <source>Paid period ends: %1</source>
        <translation>Bezahlter Zeitraum endet: %1</translation>
    </message>
    <message>
        <source>Last day of the period paid for of %1 (%2); the next period starts %3 unless the subscription is cancelled.</source>
        <translation>Letzter Tag des bezahlten Zeitraums von %1 (%2); der nächste Zeitraum beginnt am %3, sofern das Abonnement nicht gekündigt wird.</translation>
    </message>
    <message>
        <source>End of the paid period</source>
        <translation>Ende des bezahlten Zeitraums</translation>
    </message>
</context>
<context>
    <name>EditOutageCommand</name>
    <message>
        <source>Edit Outage</source>
        <translation>Ausfall bearbeiten</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>The outage is no longer stored; nothing changed.</source>
        <translation>Der Ausfall ist nicht mehr gespeichert; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>ImportIssue</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System Default (%1)</source>
        <translation>&amp;Systemstandard (%1)</translation>
    </message>
    <message>
        <source>Use the language of the desktop session</source>
        <translation>Die Sprache der Desktop-Sitzung verwenden</translation>
    </message>
    <message>
        <source>Show TermLens in %1</source>
        <translation>TermLens auf %1 anzeigen</translation>
    </message>
</context>
<context>
    <name>Liability</name>
    <message>
        <source>Basis (%1): the claim date %2 falls in the first contract year (%3 to %4). There is no previous contract year and the agreement states no first-year rule, so the window is empty: no fees count and the cap is zero.</source>
        <translation>Grundlage (%1): Das Anspruchsdatum %2 fällt in das erste Vertragsjahr (%3 bis %4). Es gibt kein vorangegangenes Vertragsjahr, und der Vertrag enthält keine Regel für das erste Jahr, daher ist der Zeitraum leer: Es zählen keine Entgelte, und die Obergrenze ist null.</translation>
    </message>
    <message>
        <source>Basis (%1): fees paid in the 12 months before the claim: %2 to %3, both days included; the claim date %4 itself is outside the window.</source>
        <translation>Grundlage (%1): in den 12 Monaten vor dem Anspruch gezahlte Entgelte: %2 bis %3, beide Tage eingeschlossen; das Anspruchsdatum %4 selbst liegt außerhalb des Zeitraums.</translation>
    </message>
    <message>
        <source>Payment on %1: %2 %3.</source>
        <translation>Zahlung am %1: %2 %3.</translation>
    </message>
    <message>
        <source>Paid in the window: %1 %2; payments counted: %3.</source>
        <translation>Im Zeitraum gezahlt: %1 %2; gezählte Zahlungen: %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code.</source>
        <translation>„%1“ ist kein ISO-4217-Währungscode.</translation>
    </message>
    <message>
        <source>The claim date is missing or not a real date.</source>
        <translation>Das Anspruchsdatum fehlt oder ist kein gültiges Datum.</translation>
    </message>
    <message>
        <source>The cap&apos;s multiplier must be zero or more.</source>
        <translation>Der Multiplikator der Obergrenze muss null oder größer sein.</translation>
    </message>
    <message>
        <source>Contract years run from the start date: give the start date.</source>
        <translation>Vertragsjahre laufen ab dem Startdatum: Geben Sie das Startdatum an.</translation>
    </message>
    <message>
        <source>The claim date %1 is before the start date %2.</source>
        <translation>Das Anspruchsdatum %1 liegt vor dem Startdatum %2.</translation>
    </message>
    <message>
        <source>A payment of %1 %2 has no valid date.</source>
        <translation>Eine Zahlung von %1 %2 hat kein gültiges Datum.</translation>
    </message>
    <message>
        <source>The payment on %1 is in %2, but the agreement&apos;s currency is %3: convert it first, the cap adds up payments in one currency only.</source>
        <translation>Die Zahlung vom %1 lautet auf %2, die Währung des Vertrags ist jedoch %3: Rechnen Sie sie zuerst um; die Obergrenze addiert nur Zahlungen in einer einzigen Währung.</translation>
    </message>
    <message>
        <source>The cap is a fixed amount, but the amount is not stated.</source>
        <translation>Die Obergrenze ist ein fester Betrag, der Betrag ist jedoch nicht angegeben.</translation>
    </message>
    <message>
        <source>The fixed amount is too large.</source>
        <translation>Der feste Betrag ist zu groß.</translation>
    </message>
    <message>
        <source>Basis (%1): a fixed amount of %2 %3; the cap is %4 x %2 = %5 %3.</source>
        <translation>Grundlage (%1): ein fester Betrag von %2 %3; die Obergrenze beträgt %4 x %2 = %5 %3.</translation>
    </message>
    <message>
        <source>Outside the cap: %1.</source>
        <translation>Außerhalb der Obergrenze: %1.</translation>
    </message>
    <message>
        <source>The agreement never pays more than its insurers recover, which the customer cannot know: the figure is an upper bound.</source>
        <translation>Nach dem Vertrag wird nie mehr gezahlt, als die Versicherer erstatten, was der Kunde nicht wissen kann: Der Betrag ist ein Höchstwert.</translation>
    </message>
    <message>
        <source>The payments add up to too large a sum.</source>
        <translation>Die Zahlungen ergeben eine zu große Summe.</translation>
    </message>
    <message>
        <source>Cap: %1 x %2 %3 = %4 %3, rounded half away from zero to the minor unit.</source>
        <translation>Obergrenze: %1 x %2 %3 = %4 %3, kaufmännisch auf die kleinste Währungseinheit gerundet.</translation>
    </message>
    <message>
        <source>Basis (%1): fees paid in the previous contract year. Contract years run from the start date %2; a payment dated on an anniversary belongs to the year that begins that day. The claim date %3 falls in contract year %4 (%5 to %6), so the window is contract year %7: %8 to %9, both days included.</source>
        <translation>Grundlage (%1): im vorangegangenen Vertragsjahr gezahlte Entgelte. Vertragsjahre laufen ab dem Startdatum %2; eine auf einen Jahrestag datierte Zahlung gehört zu dem Jahr, das an diesem Tag beginnt. Das Anspruchsdatum %3 fällt in das Vertragsjahr %4 (%5 bis %6), daher ist der Zeitraum das Vertragsjahr %7: %8 bis %9, beide Tage eingeschlossen.</translation>
    </message>
    <message>
        <source>Basis (%1): the claim date %2 falls in the first contract year (%3 to %4), which has no previous year; the agreement&apos;s first-year rule uses the fees paid for the first contract year. Counted: payments dated from the start to the claim date, %3 to %2, both days included (later payments were not yet paid when the claim arose).</source>
        <translation>Grundlage (%1): Das Anspruchsdatum %2 fällt in das erste Vertragsjahr (%3 bis %4), das kein vorangegangenes Jahr hat; die Regel des Vertrags für das erste Jahr verwendet die für das erste Vertragsjahr gezahlten Entgelte. Gezählt: Zahlungen mit Datum vom Beginn bis zum Anspruchsdatum, %3 bis %2, beide Tage eingeschlossen (spätere Zahlungen waren bei Entstehen des Anspruchs noch nicht geleistet).</translation>
    </message>
    <message>
        <source>Refunds in the window exceed its payments (net %1 %2); no fees were paid in it, so the cap is %3 %2.</source>
        <translation>Die Erstattungen im Zeitraum übersteigen die Zahlungen darin (netto %1 %2); es wurden darin keine Entgelte gezahlt, daher beträgt die Obergrenze %3 %2.</translation>
    </message>
</context>
<context>
    <name>MappedCsv</name>
    <message numerus="yes">
        <source>the file has %n column(s), so there is no column %1</source>
        <translation>
            <numerusform>die Datei hat %n Spalte, daher gibt es keine Spalte %1</numerusform>
            <numerusform>die Datei hat %n Spalten, daher gibt es keine Spalte %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the header has no such column (it has: %1)</source>
        <translation>die Kopfzeile hat keine solche Spalte (vorhanden: %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time in the mapping&apos;s formats (%2)</source>
        <translation>„%1“ ist keine Zeitangabe in den Formaten der Zuordnung (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category and the mapping does not say what it means</source>
        <translation>„%1“ ist keine Kategorie, und die Zuordnung legt nicht fest, was es bedeutet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration in %2</source>
        <translation>„%1“ ist keine Dauer in %2</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile %2</translation>
    </message>
    <message>
        <source>the row names no service and no service was given for the import</source>
        <translation>die Zeile nennt keinen Dienst, und für den Import wurde kein Dienst angegeben</translation>
    </message>
    <message>
        <source>the service name is longer than 200 characters</source>
        <translation>der Dienstname ist länger als 200 Zeichen</translation>
    </message>
    <message>
        <source>the outage ends before it starts</source>
        <translation>der Ausfall endet vor seinem Beginn</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
</context>
<context>
    <name>MappingPreset</name>
    <message>
        <source>UptimeRobot monitor logs export (Down events)</source>
        <translation>UptimeRobot: Export der Monitor-Logs (Down-Ereignisse)</translation>
    </message>
    <message>
        <source>Pingdom outage summary (status, timefrom, timeto in Unix seconds)</source>
        <translation>Pingdom: Ausfallübersicht (status, timefrom, timeto in Unix-Sekunden)</translation>
    </message>
    <message>
        <source>Better Stack incidents (name, cause, started_at, resolved_at)</source>
        <translation>Better Stack: Vorfälle (name, cause, started_at, resolved_at)</translation>
    </message>
    <message>
        <source>The mapping has no name.</source>
        <translation>Die Zuordnung hat keinen Namen.</translation>
    </message>
    <message>
        <source>The delimiter must be one character other than a quote or a line break.</source>
        <translation>Das Trennzeichen muss genau ein Zeichen sein, jedoch weder ein Anführungszeichen noch ein Zeilenumbruch.</translation>
    </message>
    <message>
        <source>Choose the column that holds the start.</source>
        <translation>Wählen Sie die Spalte, die den Beginn enthält.</translation>
    </message>
    <message>
        <source>Choose an end column or a duration column, not both.</source>
        <translation>Wählen Sie eine Spalte für das Ende oder eine Spalte für die Dauer, nicht beides.</translation>
    </message>
    <message>
        <source>Give at least one time format.</source>
        <translation>Geben Sie mindestens ein Zeitformat an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time format (iso8601, epoch, epoch-ms, or a pattern such as yyyy-MM-dd HH:mm:ss).</source>
        <translation>„%1“ ist kein Zeitformat (iso8601, epoch, epoch-ms oder ein Muster wie yyyy-MM-dd HH:mm:ss).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IANA time zone such as Europe/London.</source>
        <translation>„%1“ ist keine IANA-Zeitzone wie Europe/London.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category.</source>
        <translation>„%1“ ist keine Kategorie.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; maps to &quot;%2&quot;, which is not a category.</source>
        <translation>„%1“ wird „%2“ zugeordnet, das keine Kategorie ist.</translation>
    </message>
    <message>
        <source>Without a header row, columns are numbers from 1, not &quot;%1&quot;.</source>
        <translation>Ohne Kopfzeile werden Spalten ab 1 nummeriert, nicht „%1“.</translation>
    </message>
    <message>
        <source>The saved column mappings are not readable (%1).</source>
        <translation>Die gespeicherten Spaltenzuordnungen sind nicht lesbar (%1).</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>unbekanntes Format</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of a built-in mapping; choose another name.</source>
        <translation>„%1“ ist der Name einer integrierten Zuordnung; wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>Month</name>
    <message>
        <source>%1 %2 (%3), average month of 43,830 minutes (730.5 hours)</source>
        <translation>%1 %2 (%3), Durchschnittsmonat von 43.830 Minuten (730,5 Stunden)</translation>
    </message>
    <message>
        <source>%1 %2 (%3), calendar month of %4 minutes (%5 hours)</source>
        <translation>%1 %2 (%3), Kalendermonat mit %4 Minuten (%5 Stunden)</translation>
    </message>
</context>
<context>
    <name>MonthlyCredits</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Fee: the subscription lists several services and none was named, so the affected service&apos;s fee is not known; only the percentage is shown.</source>
        <translation>Entgelt: Das Abonnement umfasst mehrere Dienste, und keiner wurde genannt, daher ist das Entgelt des betroffenen Dienstes nicht bekannt; es wird nur der Prozentsatz angezeigt.</translation>
    </message>
    <message>
        <source>Fee: the subscription lists no fee for %1, so only the percentage is shown.</source>
        <translation>Entgelt: Das Abonnement enthält kein Entgelt für %1, daher wird nur der Prozentsatz angezeigt.</translation>
    </message>
    <message>
        <source>the sum of the subscription&apos;s services</source>
        <translation>die Summe der Dienste des Abonnements</translation>
    </message>
    <message>
        <source>Fee: the credit base is one twelfth of the annual fee, taken as 12 × the monthly fee of %1: 12 × %2 = %3.</source>
        <translation>Entgelt: Die Bemessungsgrundlage ist ein Zwölftel des Jahresentgelts, angesetzt als 12 × das Monatsentgelt von %1: 12 × %2 = %3.</translation>
    </message>
    <message>
        <source>Fee: the subscription lists no services, so only the percentage is shown.</source>
        <translation>Entgelt: Das Abonnement enthält keine Dienste, daher wird nur der Prozentsatz angezeigt.</translation>
    </message>
    <message>
        <source>Fee: the month&apos;s fee, the sum of the subscription&apos;s services (%1) = %2.</source>
        <translation>Entgelt: das Monatsentgelt, die Summe der Dienste des Abonnements (%1) = %2.</translation>
    </message>
    <message>
        <source>Fee: the monthly fee of the affected service %1 = %2.</source>
        <translation>Entgelt: das Monatsentgelt des betroffenen Dienstes %1 = %2.</translation>
    </message>
    <message>
        <source>The agreement %1 states no availability terms.</source>
        <translation>Der Vertrag %1 enthält keine Verfügbarkeitsbedingungen.</translation>
    </message>
    <message>
        <source>The month %1-%2 in time zone %3 cannot be used.</source>
        <translation>Der Monat %1-%2 in der Zeitzone %3 kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Fee: %1, as given for the credit base.</source>
        <translation>Entgelt: %1, wie für die Bemessungsgrundlage angegeben.</translation>
    </message>
    <message>
        <source>Fee: no subscription is stored for this agreement, so only the percentage is shown.</source>
        <translation>Entgelt: Für diesen Vertrag ist kein Abonnement gespeichert, daher wird nur der Prozentsatz angezeigt.</translation>
    </message>
    <message>
        <source>no agreement with id %1</source>
        <translation>kein Vertrag mit ID %1</translation>
    </message>
</context>
<context>
    <name>Obligations</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n Geschäftstag</numerusform>
            <numerusform>%n Geschäftstage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>der Kunde</translation>
    </message>
    <message>
        <source>the vendor</source>
        <translation>der Anbieter</translation>
    </message>
    <message>
        <source>either party</source>
        <translation>jede Partei</translation>
    </message>
    <message>
        <source>Last day to give notice, or the agreement renews on %1</source>
        <translation>Letzter Tag für die Kündigung, sonst verlängert sich der Vertrag am %1</translation>
    </message>
    <message>
        <source>Last day to give notice to end the agreement on %1</source>
        <translation>Letzter Tag für die Kündigung zum Vertragsende am %1</translation>
    </message>
    <message>
        <source>Earliest end of the agreement if notice is given today</source>
        <translation>Frühestes Vertragsende bei Kündigung heute</translation>
    </message>
    <message>
        <source>Last day of the current term</source>
        <translation>Letzter Tag der laufenden Vertragslaufzeit</translation>
    </message>
    <message>
        <source>End of the %1 cure period for a breach notified on %2 (%3; %4 may then terminate)</source>
        <translation>Ende der Abhilfefrist von %1 für eine am %2 gemeldete Vertragsverletzung (%3; danach kann %4 kündigen)</translation>
    </message>
    <message>
        <source>Last day to retrieve the data (%1 after the agreement ends on %2)</source>
        <translation>Letzter Tag für den Datenabruf (%1 nach Vertragsende am %2)</translation>
    </message>
    <message>
        <source>Unclear: %1</source>
        <translation>Unklar: %1</translation>
    </message>
    <message>
        <source>all services</source>
        <translation>alle Dienste</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Claim the service credit for %1, %2 (%3)</source>
        <translation>Servicegutschrift für %1, %2 geltend machen (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Agreement %1, %2.</source>
        <translation>Vertrag %1, %2.</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>In 14 days: %1 (%2)</source>
        <translation>In 14 Tagen: %1 (%2)</translation>
    </message>
    <message>
        <source>Tomorrow: %1 (%2)</source>
        <translation>Morgen: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>OutageCsv</name>
    <message>
        <source>unknown column (expected: service, start, end, category, notice_given, reference, notes)</source>
        <translation>unbekannte Spalte (erwartet: service, start, end, category, notice_given, reference, notes)</translation>
    </message>
    <message>
        <source>the column appears twice</source>
        <translation>die Spalte kommt doppelt vor</translation>
    </message>
    <message>
        <source>the header has no such column</source>
        <translation>die Kopfzeile hat keine solche Spalte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no time zone: add Z or an offset such as +01:00</source>
        <translation>„%1“ hat keine Zeitzone: Fügen Sie Z oder einen Versatz wie +01:00 hinzu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 instant such as 2026-03-04T10:15:00Z</source>
        <translation>„%1“ ist kein ISO-8601-Zeitpunkt wie 2026-03-04T10:15:00Z</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header %2</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile %2</translation>
    </message>
    <message>
        <source>the service is empty</source>
        <translation>der Dienst ist leer</translation>
    </message>
    <message>
        <source>the service name is longer than 200 characters</source>
        <translation>der Dienstname ist länger als 200 Zeichen</translation>
    </message>
    <message>
        <source>the outage ends before or when it starts</source>
        <translation>der Ausfall endet vor oder bei seinem Beginn</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a category (expected one of: %2)</source>
        <translation>„%1“ ist keine Kategorie (erwartet wird eine von: %2)</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>the file is empty: expected a header line service,start,end,category,notice_given,reference,notes</source>
        <translation>die Datei ist leer: erwartet wird eine Kopfzeile service,start,end,category,notice_given,reference,notes</translation>
    </message>
</context>
<context>
    <name>OutageImport</name>
    <message>
        <source>choose a column mapping</source>
        <translation>wählen Sie eine Spaltenzuordnung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>OutageRepository</name>
    <message>
        <source>Stored outage %1 has an unknown category &quot;%2&quot;.</source>
        <translation>Der gespeicherte Ausfall %1 hat eine unbekannte Kategorie „%2“.</translation>
    </message>
    <message>
        <source>Another outage with the same service, start, end, category and reference is already stored.</source>
        <translation>Ein anderer Ausfall mit demselben Dienst, Beginn, Ende, derselben Kategorie und Referenz ist bereits gespeichert.</translation>
    </message>
    <message>
        <source>Outage %1 of %2 could not be stored, so none was: %3</source>
        <translation>Ausfall %1 von %2 konnte nicht gespeichert werden, daher wurde keiner gespeichert: %3</translation>
    </message>
    <message>
        <source>Reading the outages failed: %1 (%2).</source>
        <translation>Das Lesen der Ausfälle ist fehlgeschlagen: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;; expected date, amount and optionally reference</source>
        <translation>unbekannte Spalte „%1“; erwartet werden date, amount und optional reference</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice</source>
        <translation>die Spalte „%1“ kommt doppelt vor</translation>
    </message>
    <message>
        <source>the first line must be a header naming the columns date and amount</source>
        <translation>die erste Zeile muss eine Kopfzeile mit den Spalten date und amount sein</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>erwartet werden %1 Felder wie in der Kopfzeile, gefunden %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date as YYYY-MM-DD</source>
        <translation>„%1“ ist kein Datum im Format JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2 (digits with at most %3 decimal places, no grouping or currency symbol)</source>
        <translation>„%1“ ist kein Betrag in %2 (Ziffern mit höchstens %3 Nachkommastellen, ohne Tausendertrennzeichen oder Währungssymbol)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code</source>
        <translation>„%1“ ist kein ISO-4217-Währungscode</translation>
    </message>
    <message>
        <source>the file is empty; expected a header line: date,amount</source>
        <translation>die Datei ist leer; erwartet wird eine Kopfzeile: date,amount</translation>
    </message>
    <message>
        <source>(further problems not listed)</source>
        <translation>(weitere Probleme nicht aufgeführt)</translation>
    </message>
    <message>
        <source>without a header line the columns are date, amount and optionally reference; found %1 fields</source>
        <translation>ohne Kopfzeile lauten die Spalten date, amount und optional reference; gefunden %1 Felder</translation>
    </message>
    <message>
        <source>expected %1 fields as on line 1, found %2</source>
        <translation>erwartet werden %1 Felder wie in Zeile 1, gefunden %2</translation>
    </message>
</context>
<context>
    <name>Playbook</name>
    <message>
        <source>&quot;%1&quot; is not an identifier: use 1 to 64 lower-case letters, digits and hyphens</source>
        <translation>„%1“ ist kein Bezeichner: Verwenden Sie 1 bis 64 Kleinbuchstaben, Ziffern und Bindestriche</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-2 country code (upper case, such as GB or IE) or one of the groups EEA, EU</source>
        <translation>„%1“ ist weder ein Ländercode nach ISO 3166-1 alpha-2 (Großbuchstaben, z. B. GB oder IE) noch eine der Gruppen EEA, EU</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 code such as GB-EAW, GB-SCT, IE or US-TX</source>
        <translation>„%1“ ist kein ISO-3166-Code wie GB-EAW, GB-SCT, IE oder US-TX</translation>
    </message>
    <message>
        <source>expected one of: %1 (found &quot;%2&quot;)</source>
        <translation>erwartet wird eines von: %1 (gefunden: „%2“)</translation>
    </message>
    <message>
        <source>list at least one code</source>
        <translation>geben Sie mindestens einen Code an</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>„%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not apply to %2, which is a number: use minimum or maximum</source>
        <translation>„%1“ gilt nicht für %2, da es eine Zahl ist: Verwenden Sie minimum oder maximum</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not apply to %2, which is a list of codes: use allowed or forbidden</source>
        <translation>„%1“ gilt nicht für %2, da es eine Liste von Codes ist: Verwenden Sie allowed oder forbidden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not apply to %2, which is yes or no: use present or absent</source>
        <translation>„%1“ gilt nicht für %2, da es ja oder nein ist: Verwenden Sie present oder absent</translation>
    </message>
    <message>
        <source>only allowed and forbidden rules take a list of values</source>
        <translation>nur Regeln vom Typ allowed und forbidden nehmen eine Liste von Werten an</translation>
    </message>
    <message>
        <source>only minimum and maximum rules take a single value; use values</source>
        <translation>nur Regeln vom Typ minimum und maximum nehmen einen einzelnen Wert an; verwenden Sie values</translation>
    </message>
    <message>
        <source>present and absent rules take no value</source>
        <translation>Regeln vom Typ present und absent nehmen keinen Wert an</translation>
    </message>
    <message>
        <source>the rule id &quot;%1&quot; is already used by %2</source>
        <translation>die Regel-ID „%1“ wird bereits von %2 verwendet</translation>
    </message>
    <message>
        <source>not valid JSON at character %1: %2</source>
        <translation>kein gültiges JSON bei Zeichen %1: %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>erwartet wird ein JSON-Objekt</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, found &quot;%2&quot;</source>
        <translation>erwartet „%1“, gefunden „%2“</translation>
    </message>
</context>
<context>
    <name>PlaybookEvaluator</name>
    <message>
        <source>only %1</source>
        <translation>nur %1</translation>
    </message>
    <message>
        <source>none of %1</source>
        <translation>keines von %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1: %2 is outside the playbook&apos;s position (%3).</source>
        <translation>%1: %2 liegt außerhalb der Position des Playbooks (%3).</translation>
    </message>
    <message>
        <source>%1: %2 includes %3, outside the playbook&apos;s position (%4).</source>
        <translation>%1: %2 umfasst %3, außerhalb der Position des Playbooks (%4).</translation>
    </message>
    <message>
        <source>%1: %2 meets the playbook&apos;s position (%3) as far as stated, but %4 entries name no code.</source>
        <translation>%1: %2 entspricht, soweit angegeben, der Position des Playbooks (%3), aber %4 Einträge nennen keinen Code.</translation>
    </message>
    <message>
        <source>%1 is not stated in the term sheet; the playbook&apos;s position is %2.</source>
        <translation>%1 ist im Term Sheet nicht angegeben; die Position des Playbooks ist %2.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; gives no figure, so it cannot be held to the playbook&apos;s position (%3).</source>
        <translation>%1: „%2“ nennt keinen Wert, daher kann es nicht an der Position des Playbooks (%3) gemessen werden.</translation>
    </message>
    <message>
        <source>%1: %2 meets the playbook&apos;s position (%3).</source>
        <translation>%1: %2 entspricht der Position des Playbooks (%3).</translation>
    </message>
    <message>
        <source>%1: %2 does not meet the playbook&apos;s position (%3).</source>
        <translation>%1: %2 entspricht nicht der Position des Playbooks (%3).</translation>
    </message>
    <message>
        <source>The rule&apos;s kind does not fit its term, so it cannot be scored.</source>
        <translation>Die Art der Regel passt nicht zu ihrer Bedingung, daher kann sie nicht bewertet werden.</translation>
    </message>
    <message>
        <source>The agreement is unclear or contradicts itself here (%1); this verdict is on the term sheet&apos;s reading, see the note.</source>
        <translation>Der Vertrag ist hier unklar oder widersprüchlich (%1); diese Bewertung beruht auf der Auslegung im Term Sheet, siehe den Hinweis.</translation>
    </message>
    <message>
        <source>Unclear in the agreement (%1): %2</source>
        <translation>Unklar im Vertrag (%1): %2</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>At its least favourable it is %1.</source>
        <translation>Im ungünstigsten Fall sind es %1.</translation>
    </message>
</context>
<context>
    <name>PlaybookReading</name>
    <message>
        <source>a fixed amount that is not stated</source>
        <translation>ein fester Betrag, der nicht angegeben ist</translation>
    </message>
    <message>
        <source>The cap is a fixed amount (%1); comparing it with a year&apos;s fees needs the annual fee in %2.</source>
        <translation>Die Obergrenze ist ein fester Betrag (%1); für den Vergleich mit den Entgelten eines Jahres wird das Jahresentgelt in %2 benötigt.</translation>
    </message>
    <message>
        <source>%1 x %2, against an annual fee of %3 %4</source>
        <translation>%1 x %2, bei einem Jahresentgelt von %3 %4</translation>
    </message>
    <message>
        <source>%1 x the fees paid in the previous contract year</source>
        <translation>%1 x die im vorangegangenen Vertragsjahr gezahlten Entgelte</translation>
    </message>
    <message>
        <source>%1 x the fees paid in the 12 months before the claim</source>
        <translation>%1 x die in den 12 Monaten vor dem Anspruch gezahlten Entgelte</translation>
    </message>
    <message>
        <source>Read as a multiple of a year&apos;s fees, assuming a full year&apos;s fees are paid in the window.</source>
        <translation>Gelesen als Vielfaches der Entgelte eines Jahres, unter der Annahme, dass im Zeitraum die Entgelte eines vollen Jahres gezahlt werden.</translation>
    </message>
    <message>
        <source>the term does not renew</source>
        <translation>die Laufzeit verlängert sich nicht</translation>
    </message>
    <message>
        <source>no notice: the subscription ends with the period paid for</source>
        <translation>keine Kündigungsfrist: Das Abonnement endet mit dem bezahlten Zeitraum</translation>
    </message>
    <message>
        <source>No cure period is stated for the vendor&apos;s rights to terminate for breach or non-payment.</source>
        <translation>Für die Rechte des Anbieters zur Kündigung wegen Vertragsverletzung oder Nichtzahlung ist keine Abhilfefrist angegeben.</translation>
    </message>
    <message>
        <source>The agreement also offers other targets; the stated target is compared.</source>
        <translation>Der Vertrag bietet auch andere Zielwerte an; verglichen wird der angegebene Zielwert.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 can last from %2 to %3 %4; the length least favourable to the customer is compared.</source>
        <translation>%1 kann %2 bis %3 %4 dauern; verglichen wird die für den Kunden ungünstigste Dauer.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>%1 can last from %2 to %3 %4 counting Monday to Friday, longer over public holidays; the length least favourable to the customer is compared.</source>
        <translation>%1 kann %2 bis %3 %4 dauern, gezählt von Montag bis Freitag, über Feiertage länger; verglichen wird die für den Kunden ungünstigste Dauer.</translation>
    </message>
    <message>
        <source>The business hours are not stated, so a business day is read as 24 hours.</source>
        <translation>Die Geschäftszeiten sind nicht angegeben, daher wird ein Geschäftstag als 24 Stunden gelesen.</translation>
    </message>
    <message>
        <source>%1 on the business clock (%2)</source>
        <translation>%1 nach Geschäftszeit (%2)</translation>
    </message>
    <message>
        <source>%1 around the clock (%2)</source>
        <translation>%1 rund um die Uhr (%2)</translation>
    </message>
    <message>
        <source>Counted in business hours: the time on the calendar can be much longer over nights, weekends and holidays.</source>
        <translation>Gezählt in Geschäftszeit: Die Kalenderzeit kann über Nächte, Wochenenden und Feiertage deutlich länger sein.</translation>
    </message>
    <message>
        <source>%1 entries are listed, but none names a country.</source>
        <translation>%1 Einträge sind aufgeführt, aber keiner nennt ein Land.</translation>
    </message>
    <message>
        <source>changes need the customer&apos;s written agreement</source>
        <translation>Änderungen bedürfen der schriftlichen Zustimmung des Kunden</translation>
    </message>
    <message>
        <source>each sub-processor needs the customer&apos;s specific authorisation</source>
        <translation>jeder Unterauftragsverarbeiter bedarf der gesonderten Genehmigung des Kunden</translation>
    </message>
    <message>
        <source>no time stated</source>
        <translation>keine Zeit angegeben</translation>
    </message>
    <message>
        <source>%1 x the fees paid in the previous contract year (none in the first contract year)</source>
        <translation>%1 x die im vorangegangenen Vertragsjahr gezahlten Entgelte (keine im ersten Vertragsjahr)</translation>
    </message>
    <message>
        <source>Read as a multiple of a year&apos;s fees, assuming a full year&apos;s fees are paid in the window. In the first contract year there is no previous year and no first-year rule, so the cap is then zero: a minimum is held to that zero.</source>
        <translation>Gelesen als Vielfaches der Entgelte eines Jahres, unter der Annahme, dass im Zeitraum die Entgelte eines vollen Jahres gezahlt werden. Im ersten Vertragsjahr gibt es kein vorangegangenes Jahr und keine Regel für das erste Jahr, daher ist die Obergrenze dann null: Ein Mindestwert wird an dieser Null gemessen.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before the end of the period paid for</source>
        <translation>
            <numerusform>%n Tag vor Ende des bezahlten Zeitraums</numerusform>
            <numerusform>%n Tage vor Ende des bezahlten Zeitraums</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n Geschäftstag</numerusform>
            <numerusform>%n Geschäftstage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes take effect when they are posted, so %1 is the latest a change takes effect, not a notice the customer is sure to get: read as 0 to %1.</source>
        <translation>Änderungen werden mit ihrer Veröffentlichung wirksam, daher ist %1 der späteste Zeitpunkt, zu dem eine Änderung wirksam wird, und keine Vorankündigung, die der Kunde sicher erhält: gelesen als 0 bis %1.</translation>
    </message>
    <message>
        <source>The law is named (&quot;%1&quot;) but has no ISO 3166 code, so it cannot be checked against a list of codes: give its lawCode.</source>
        <translation>Das anwendbare Recht ist benannt („%1“), hat aber keinen ISO-3166-Code, daher kann es nicht mit einer Liste von Codes abgeglichen werden: Geben Sie seinen lawCode an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; read as %2 (the term sheet gives no lawCode).</source>
        <translation>„%1“ gelesen als %2 (das Term Sheet gibt keinen lawCode an).</translation>
    </message>
</context>
<context>
    <name>PlaybookRepository</name>
    <message>
        <source>The playbook %1 is not a JSON object (%2); it was not saved.</source>
        <translation>Das Playbook %1 ist kein JSON-Objekt (%2); es wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>PlaybookTerm</name>
    <message>
        <source>Liability cap</source>
        <translation>Haftungsobergrenze</translation>
    </message>
    <message>
        <source>Availability target</source>
        <translation>Verfügbarkeitsziel</translation>
    </message>
    <message>
        <source>Initial term</source>
        <translation>Erstlaufzeit</translation>
    </message>
    <message>
        <source>Notice to stop renewal</source>
        <translation>Kündigungsfrist vor automatischer Verlängerung</translation>
    </message>
    <message>
        <source>Cure period before the vendor may terminate</source>
        <translation>Abhilfefrist vor Kündigung durch den Anbieter</translation>
    </message>
    <message>
        <source>Data retrieval window after termination</source>
        <translation>Frist zum Datenabruf nach Vertragsende</translation>
    </message>
    <message>
        <source>Breach notification</source>
        <translation>Meldung von Datenschutzverletzungen</translation>
    </message>
    <message>
        <source>Response to the most severe support issue</source>
        <translation>Reaktion auf den schwerwiegendsten Supportfall</translation>
    </message>
    <message>
        <source>Notice of changes to the terms</source>
        <translation>Vorankündigung von Änderungen der Bedingungen</translation>
    </message>
    <message>
        <source>Notice of new sub-processors</source>
        <translation>Vorankündigung neuer Unterauftragsverarbeiter</translation>
    </message>
    <message>
        <source>Data locations</source>
        <translation>Datenstandorte</translation>
    </message>
    <message>
        <source>Sub-processor countries</source>
        <translation>Länder der Unterauftragsverarbeiter</translation>
    </message>
    <message>
        <source>Governing law</source>
        <translation>Anwendbares Recht</translation>
    </message>
    <message>
        <source>Restriction on data transfers</source>
        <translation>Beschränkung von Datenübermittlungen</translation>
    </message>
    <message>
        <source>How the terms may be changed</source>
        <translation>Wie die Bedingungen geändert werden dürfen</translation>
    </message>
    <message>
        <source>Authorisation of sub-processors</source>
        <translation>Genehmigung von Unterauftragsverarbeitern</translation>
    </message>
    <message>
        <source>Clock of the most severe support response</source>
        <translation>Zeitbasis der Reaktion auf den schwerwiegendsten Supportfall</translation>
    </message>
    <message>
        <source>Service credits</source>
        <translation>Servicegutschriften</translation>
    </message>
    <message>
        <source>Credits as the sole remedy</source>
        <translation>Gutschriften als ausschließlicher Rechtsbehelf</translation>
    </message>
    <message>
        <source>Right to object to sub-processors</source>
        <translation>Widerspruchsrecht gegen Unterauftragsverarbeiter</translation>
    </message>
    <message>
        <source>Liability limited to insurance recoveries</source>
        <translation>Haftung begrenzt auf Versicherungsleistungen</translation>
    </message>
    <message>
        <source>Backups of customer data</source>
        <translation>Datensicherungen der Kundendaten</translation>
    </message>
    <message>
        <source>x annual fees</source>
        <translation>x Jahresentgelte</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>%1 x annual fees</source>
        <translation>%1 x Jahresentgelte</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln Monat</numerusform>
            <numerusform>%Ln Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln Stunde</numerusform>
            <numerusform>%Ln Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>The agreement states no term or renewal.</source>
        <translation>Der Vertrag enthält weder Laufzeit noch Verlängerung.</translation>
    </message>
    <message>
        <source>No subscription start date is recorded.</source>
        <translation>Es ist kein Startdatum des Abonnements erfasst.</translation>
    </message>
    <message>
        <source>The agreement states no availability terms.</source>
        <translation>Der Vertrag enthält keine Verfügbarkeitsbedingungen.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>no agreement with id %1 in %2</source>
        <translation>kein Vertrag mit ID %1 in %2</translation>
    </message>
    <message>
        <source>the workspace %1 holds no agreements</source>
        <translation>der Arbeitsbereich %1 enthält keine Verträge</translation>
    </message>
    <message>
        <source>Computing %1</source>
        <translation>%1 wird berechnet</translation>
    </message>
    <message>
        <source>give both the first and the last month of the period</source>
        <translation>geben Sie sowohl den ersten als auch den letzten Monat des Zeitraums an</translation>
    </message>
    <message>
        <source>the period ends (%1) before it starts (%2)</source>
        <translation>der Zeitraum endet (%1), bevor er beginnt (%2)</translation>
    </message>
    <message numerus="yes">
        <source>the period is %n month(s) long; a report covers at most %1</source>
        <translation>
            <numerusform>der Zeitraum ist %n Monat lang; ein Bericht umfasst höchstens %1</numerusform>
            <numerusform>der Zeitraum ist %n Monate lang; ein Bericht umfasst höchstens %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Agreement report</source>
        <translation>Vertragsbericht</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Warn</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Agreements included</source>
        <translation>Einbezogene Verträge</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Playbook:</source>
        <translation>Playbook:</translation>
    </message>
    <message>
        <source>Date generated:</source>
        <translation>Erstellungsdatum:</translation>
    </message>
    <message>
        <source>Every figure is computed by TermLens from the agreements&apos; own words and names the clause it comes from; the quoted clauses are in the appendix.</source>
        <translation>Jede Zahl wird von TermLens aus dem Wortlaut der Verträge selbst berechnet und nennt die Klausel, aus der sie stammt; die zitierten Klauseln stehen im Anhang.</translation>
    </message>
    <message>
        <source>Last day to give notice</source>
        <translation>Letzter Tag für die Kündigung</translation>
    </message>
    <message>
        <source>Last day to give notice (next term)</source>
        <translation>Letzter Tag für die Kündigung (nächste Laufzeit)</translation>
    </message>
    <message>
        <source>End of the current term</source>
        <translation>Ende der laufenden Vertragslaufzeit</translation>
    </message>
    <message>
        <source>Next renewal</source>
        <translation>Nächste Verlängerung</translation>
    </message>
    <message>
        <source>Claim the service credit for %1</source>
        <translation>Servicegutschrift für %1 geltend machen</translation>
    </message>
    <message>
        <source>Each agreement scored against the playbook &quot;%1&quot;, the terms that miss its positions, and the deadlines from %2 on.</source>
        <translation>Jeder Vertrag, bewertet anhand des Playbooks „%1“, die Bedingungen, die dessen Positionen verfehlen, und die Fristen ab %2.</translation>
    </message>
    <message>
        <source>Playbook score:</source>
        <translation>Playbook-Bewertung:</translation>
    </message>
    <message>
        <source>%1 pass, %2 warn, %3 fail, %4 not stated (of %5 rules)</source>
        <translation>%1 erfüllt, %2 mit Warnung, %3 nicht erfüllt, %4 nicht angegeben (von %5 Regeln)</translation>
    </message>
    <message>
        <source>No term misses the playbook&apos;s positions.</source>
        <translation>Keine Bedingung verfehlt die Positionen des Playbooks.</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Klausel</translation>
    </message>
    <message>
        <source>No upcoming deadlines.</source>
        <translation>Keine anstehenden Fristen.</translation>
    </message>
    <message>
        <source>No upcoming deadlines: %1</source>
        <translation>Keine anstehenden Fristen: %1</translation>
    </message>
    <message>
        <source>Upcoming deadline</source>
        <translation>Nächste Frist</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Each term normalised to one unit per row, with the clause it comes from. The best figure of a row is marked on green, the worst on red; rows without comparable figures carry no marks.</source>
        <translation>Jede Bedingung ist je Zeile auf eine Einheit normalisiert, mit der Klausel, aus der sie stammt. Der beste Wert einer Zeile ist grün markiert, der schlechteste rot; Zeilen ohne vergleichbare Werte tragen keine Markierung.</translation>
    </message>
    <message>
        <source>Agreements %1 to %2 of %3</source>
        <translation>Verträge %1 bis %2 von %3</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Bester Wert</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Schlechtester Wert</translation>
    </message>
    <message>
        <source>The agreement lists no sub-processors.</source>
        <translation>Der Vertrag nennt keine Unterauftragsverarbeiter.</translation>
    </message>
    <message>
        <source>Sub-processors: not stated.</source>
        <translation>Unterauftragsverarbeiter: nicht angegeben.</translation>
    </message>
    <message>
        <source>Sub-processor</source>
        <translation>Unterauftragsverarbeiter</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Data locations: not stated.</source>
        <translation>Datenstandorte: nicht angegeben.</translation>
    </message>
    <message>
        <source>Data location</source>
        <translation>Datenstandort</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <source>What if: credit against monthly downtime</source>
        <translation>Was-wäre-wenn: Gutschrift abhängig von der monatlichen Ausfallzeit</translation>
    </message>
    <message>
        <source>No agreement states availability terms.</source>
        <translation>Kein Vertrag enthält Verfügbarkeitsbedingungen.</translation>
    </message>
    <message>
        <source>Counted downtime in %1 (hours)</source>
        <translation>Angerechnete Ausfallzeit in %1 (Stunden)</translation>
    </message>
    <message>
        <source>Counted downtime in %1 (minutes)</source>
        <translation>Angerechnete Ausfallzeit in %1 (Minuten)</translation>
    </message>
    <message>
        <source>Service credit (%)</source>
        <translation>Servicegutschrift (%)</translation>
    </message>
    <message>
        <source>The credit each agreement&apos;s schedule gives for minutes of counted downtime in one month, in its own time zone, as the credits screen computes it.</source>
        <translation>Die Gutschrift, die die Staffel jedes Vertrags für Minuten angerechneter Ausfallzeit in einem Monat gewährt, in der eigenen Zeitzone des Vertrags, wie sie die Gutschriftenansicht berechnet.</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Zielwert: %1</translation>
    </message>
    <message>
        <source>credits: %1</source>
        <translation>Gutschriften: %1</translation>
    </message>
    <message>
        <source>claims: %1</source>
        <translation>Ansprüche: %1</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Availability (%)</source>
        <translation>Verfügbarkeit (%)</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Downtime (min)</source>
        <translation>Ausfallzeit (min)</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Claim by</source>
        <translation>Geltend zu machen bis</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>no fee known</source>
        <translation>kein Entgelt bekannt</translation>
    </message>
    <message>
        <source>cap applied</source>
        <translation>Obergrenze angewendet</translation>
    </message>
    <message>
        <source>below the minimum</source>
        <translation>unter dem Mindestbetrag</translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>keine angegeben</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>some months without a fee</source>
        <translation>einige Monate ohne Entgelt</translation>
    </message>
    <message>
        <source>No outages are recorded in the period.</source>
        <translation>Im Zeitraum sind keine Ausfälle erfasst.</translation>
    </message>
    <message>
        <source>Outages recorded in the period (times in %1):</source>
        <translation>Im Zeitraum erfasste Ausfälle (Zeiten in %1):</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>andauernd</translation>
    </message>
    <message>
        <source>%1 more outages of the period are not listed; the outages screen and `termlens-cli credits` show them all.</source>
        <translation>%1 weitere Ausfälle des Zeitraums sind nicht aufgeführt; die Ausfallansicht und `termlens-cli credits` zeigen sie alle.</translation>
    </message>
    <message>
        <source>Availability and service credits for %1, from the outages stored in the workspace; ongoing outages are counted up to %2.</source>
        <translation>Verfügbarkeit und Servicegutschriften für %1, aus den im Arbeitsbereich gespeicherten Ausfällen; andauernde Ausfälle werden bis %2 gezählt.</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>No service credit is due for the period.</source>
        <translation>Für den Zeitraum ist keine Servicegutschrift fällig.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Service credits due</source>
        <translation>Fällige Servicegutschriften</translation>
    </message>
    <message>
        <source>Without a known fee (credits in percent only): %1</source>
        <translation>Ohne bekanntes Entgelt (Gutschriften nur in Prozent): %1</translation>
    </message>
    <message>
        <source>The words of every clause cited in this report, as the agreements state them.</source>
        <translation>Der Wortlaut jeder in diesem Bericht zitierten Klausel, wie ihn die Verträge enthalten.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>dated %1</source>
        <translation>vom %1</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Dokument: %1</translation>
    </message>
    <message>
        <source>Unclear: %1</source>
        <translation>Unklar: %1</translation>
    </message>
    <message>
        <source>The agreement&apos;s terms quote no clause.</source>
        <translation>Die Bedingungen des Vertrags zitieren keine Klausel.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Comparison of terms</source>
        <translation>Vergleich der Bedingungen</translation>
    </message>
    <message>
        <source>Sub-processors and data locations</source>
        <translation>Unterauftragsverarbeiter und Datenstandorte</translation>
    </message>
    <message>
        <source>SLA and service credits</source>
        <translation>SLA und Servicegutschriften</translation>
    </message>
    <message>
        <source>Appendix: quoted clauses</source>
        <translation>Anhang: zitierte Klauseln</translation>
    </message>
    <message numerus="yes">
        <source>Terms, playbook scores, deadlines and service credits of %n agreement(s): %1</source>
        <translation>
            <numerusform>Bedingungen, Playbook-Bewertungen, Fristen und Servicegutschriften von %n Vertrag: %1</numerusform>
            <numerusform>Bedingungen, Playbook-Bewertungen, Fristen und Servicegutschriften von %n Verträgen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated %1 by TermLens</source>
        <translation>Erstellt am %1 von TermLens</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>a PDF report needs the graphical application object (the offscreen platform will do)</source>
        <translation>ein PDF-Bericht benötigt das grafische Anwendungsobjekt (die Plattform offscreen genügt)</translation>
    </message>
    <message>
        <source>Composing the report</source>
        <translation>Bericht wird zusammengestellt</translation>
    </message>
    <message>
        <source>Laying out the pages</source>
        <translation>Seiten werden gesetzt</translation>
    </message>
    <message>
        <source>the PDF writer could not start</source>
        <translation>der PDF-Writer konnte nicht starten</translation>
    </message>
    <message>
        <source>Writing page %1 of %2</source>
        <translation>Seite %1 von %2 wird geschrieben</translation>
    </message>
    <message>
        <source>the PDF writer failed</source>
        <translation>der PDF-Writer ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>no file to write the report to</source>
        <translation>keine Datei, in die der Bericht geschrieben werden kann</translation>
    </message>
    <message>
        <source>choose at least one section of the report</source>
        <translation>wählen Sie mindestens einen Abschnitt des Berichts</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Earliest end if notice is given today</source>
        <translation>Frühestes Ende bei Kündigung heute</translation>
    </message>
</context>
<context>
    <name>ReportExportDialog</name>
    <message>
        <source>Cover page</source>
        <translation>Deckblatt</translation>
    </message>
    <message>
        <source>Summary: playbook scores and deadlines</source>
        <translation>Zusammenfassung: Playbook-Bewertungen und Fristen</translation>
    </message>
    <message>
        <source>Comparison of terms</source>
        <translation>Vergleich der Bedingungen</translation>
    </message>
    <message>
        <source>Sub-processors and data locations</source>
        <translation>Unterauftragsverarbeiter und Datenstandorte</translation>
    </message>
    <message>
        <source>SLA and service credits, with charts</source>
        <translation>SLA und Servicegutschriften, mit Diagrammen</translation>
    </message>
    <message>
        <source>Appendix: quoted clauses</source>
        <translation>Anhang: zitierte Klauseln</translation>
    </message>
</context>
<context>
    <name>SampleWorkspace</name>
    <message>
        <source>the subscription is for %1, not %2</source>
        <translation>das Abonnement gilt für %1, nicht für %2</translation>
    </message>
    <message>
        <source>no sample term sheets found</source>
        <translation>keine Beispiel-Term-Sheets gefunden</translation>
    </message>
    <message>
        <source>The sample workspace could not be made: %1</source>
        <translation>Der Beispiel-Arbeitsbereich konnte nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>%1 states no availability terms</source>
        <translation>%1 enthält keine Verfügbarkeitsbedingungen</translation>
    </message>
    <message>
        <source>Every service is down for the whole downtime; the credit base is each service&apos;s own fee, so each service is computed and the credits summed.</source>
        <translation>Jeder Dienst ist während der gesamten Ausfallzeit ausgefallen; Bemessungsgrundlage der Gutschrift ist das eigene Entgelt jedes Dienstes, daher wird jeder Dienst einzeln berechnet und die Gutschriften werden addiert.</translation>
    </message>
    <message>
        <source>Service %1:</source>
        <translation>Dienst %1:</translation>
    </message>
</context>
<context>
    <name>StatuspageImport</name>
    <message>
        <source>the field is missing</source>
        <translation>das Feld fehlt</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>the field is empty</source>
        <translation>das Feld ist leer</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>erwartet wird Text</translation>
    </message>
    <message>
        <source>expected an ISO 8601 instant such as &quot;2026-03-04T10:15:00.000Z&quot; in quotes</source>
        <translation>erwartet wird ein ISO-8601-Zeitpunkt wie &quot;2026-03-04T10:15:00.000Z&quot; in Anführungszeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 instant with a time zone, such as 2026-03-04T10:15:00.000Z</source>
        <translation>„%1“ ist kein ISO-8601-Zeitpunkt mit Zeitzone wie 2026-03-04T10:15:00.000Z</translation>
    </message>
    <message>
        <source>expected a list of components</source>
        <translation>erwartet wird eine Liste von Komponenten</translation>
    </message>
    <message>
        <source>expected a component object with a name</source>
        <translation>erwartet wird ein Komponentenobjekt mit einem Namen</translation>
    </message>
    <message>
        <source>the service name is longer than 200 characters</source>
        <translation>der Dienstname ist länger als 200 Zeichen</translation>
    </message>
    <message>
        <source>expected an incident object</source>
        <translation>erwartet wird ein Vorfallsobjekt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an impact (expected one of: %2)</source>
        <translation>„%1“ ist keine Auswirkungsstufe (erwartet wird eine von: %2)</translation>
    </message>
    <message>
        <source>the incident is resolved before it starts (%1)</source>
        <translation>der Vorfall ist vor seinem Beginn behoben (%1)</translation>
    </message>
    <message>
        <source>the incident is %1 but has no resolved_at</source>
        <translation>der Vorfall hat den Status %1, aber kein resolved_at</translation>
    </message>
    <message>
        <source>the incident names no component and no service was given for the import</source>
        <translation>der Vorfall nennt keine Komponente, und für den Import wurde kein Dienst angegeben</translation>
    </message>
    <message>
        <source>expected a JSON object with incidents</source>
        <translation>erwartet wird ein JSON-Objekt mit Vorfällen</translation>
    </message>
    <message>
        <source>the field is missing: this is not a Statuspage incident history (/api/v2/incidents.json)</source>
        <translation>das Feld fehlt: Dies ist kein Statuspage-Vorfallsverlauf (/api/v2/incidents.json)</translation>
    </message>
    <message>
        <source>expected a list of incidents</source>
        <translation>erwartet wird eine Liste von Vorfällen</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8 text (byte %1)</source>
        <translation>die Datei ist kein gültiger UTF-8-Text (Byte %1)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>not valid JSON: %1 (column %2)</source>
        <translation>kein gültiges JSON: %1 (Spalte %2)</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Schema step %1 is out of order (after %2).</source>
        <translation>Schemaschritt %1 steht an der falschen Stelle (nach %2).</translation>
    </message>
    <message>
        <source>The workspace was written by a newer version of TermLens (schema version %1; this version knows up to %2). It was left untouched.</source>
        <translation>Der Arbeitsbereich wurde von einer neueren Version von TermLens geschrieben (Schemaversion %1; diese Version kennt Versionen bis %2). Er wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The workspace is damaged (SQLite: %1). It was left untouched; restore it from a backup.</source>
        <translation>Der Arbeitsbereich ist beschädigt (SQLite: %1). Er wurde nicht verändert; stellen Sie ihn aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>This file is not a TermLens workspace (SQLite: %1).</source>
        <translation>Diese Datei ist kein TermLens-Arbeitsbereich (SQLite: %1).</translation>
    </message>
    <message>
        <source>The disk is full (SQLite: %1). Nothing was saved; free some space and try again.</source>
        <translation>Der Datenträger ist voll (SQLite: %1). Es wurde nichts gespeichert; geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The workspace is busy in another program (SQLite: %1). Nothing was saved.</source>
        <translation>Der Arbeitsbereich wird von einem anderen Programm verwendet (SQLite: %1). Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The workspace reported an error: %1</source>
        <translation>Der Arbeitsbereich hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>The workspace returned no result for: %1</source>
        <translation>Der Arbeitsbereich hat kein Ergebnis geliefert für: %1</translation>
    </message>
    <message>
        <source>There is no transaction to commit.</source>
        <translation>Es gibt keine Transaktion, die abgeschlossen werden kann.</translation>
    </message>
    <message>
        <source>Could not write the backup %1: %2</source>
        <translation>Die Sicherung %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not save a copy here: %1</source>
        <translation>Hier konnte keine Kopie gespeichert werden: %1</translation>
    </message>
    <message>
        <source>no workspace is open.</source>
        <translation>es ist kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>this is the open workspace itself; choose another file.</source>
        <translation>dies ist der geöffnete Arbeitsbereich selbst; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>another TermLens window has this workspace open.</source>
        <translation>ein anderes TermLens-Fenster hat diesen Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Could not upgrade the workspace to version %1; it was left at version %2, unchanged. %3</source>
        <translation>Der Arbeitsbereich konnte nicht auf Version %1 aktualisiert werden; er wurde unverändert auf Version %2 belassen. %3</translation>
    </message>
    <message>
        <source>The workspace as it was before is kept in %1.</source>
        <translation>Der vorherige Stand des Arbeitsbereichs ist in %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>The workspace is read-only, so nothing was saved (SQLite: %1). Check the file&apos;s permissions, or save a copy.</source>
        <translation>Der Arbeitsbereich ist schreibgeschützt, daher wurde nichts gespeichert (SQLite: %1). Prüfen Sie die Berechtigungen der Datei, oder speichern Sie eine Kopie.</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the workspace (SQLite: %1). Nothing was saved; check the disk and try again.</source>
        <translation>Der Datenträger hat beim Lesen oder Schreiben des Arbeitsbereichs einen Fehler gemeldet (SQLite: %1). Es wurde nichts gespeichert; prüfen Sie den Datenträger und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>it cannot be read as a TermLens workspace (SQLite: %1)</source>
        <translation>die Datei kann nicht als TermLens-Arbeitsbereich gelesen werden (SQLite: %1)</translation>
    </message>
    <message>
        <source>it is not a TermLens workspace</source>
        <translation>die Datei ist kein TermLens-Arbeitsbereich</translation>
    </message>
    <message>
        <source>it fails the integrity check (%1)</source>
        <translation>die Datei besteht die Integritätsprüfung nicht (%1)</translation>
    </message>
    <message>
        <source>Could not restore the backup %1: %2 The workspace was left as it was.</source>
        <translation>Die Sicherung %1 konnte nicht wiederhergestellt werden: %2 Der Arbeitsbereich wurde nicht verändert.</translation>
    </message>
    <message>
        <source>the workspace is open in a TermLens window.</source>
        <translation>der Arbeitsbereich ist in einem TermLens-Fenster geöffnet.</translation>
    </message>
    <message>
        <source>it was written by a newer version of TermLens (schema version %1; this version knows up to %2).</source>
        <translation>die Datei wurde von einer neueren Version von TermLens geschrieben (Schemaversion %1; diese Version kennt Versionen bis %2).</translation>
    </message>
    <message>
        <source>the current file could not be renamed.</source>
        <translation>die aktuelle Datei konnte nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist.</source>
        <translation>der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>could not create the lock file %1 (%2).</source>
        <translation>die Sperrdatei %1 konnte nicht erstellt werden (%2).</translation>
    </message>
    <message>
        <source>the system gave no reason</source>
        <translation>das System hat keinen Grund angegeben</translation>
    </message>
    <message>
        <source>SQLite: %1</source>
        <translation>SQLite: %1</translation>
    </message>
    <message>
        <source>the backup was cancelled</source>
        <translation>die Sicherung wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>SubscriptionJson</name>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>%1 is not an amount in %2 (at most %3 decimals)</source>
        <translation>%1 ist kein Betrag in %2 (höchstens %3 Nachkommastellen)</translation>
    </message>
    <message>
        <source>expected an agreement id of up to 64 characters a-z, 0-9 and -</source>
        <translation>erwartet wird eine Vertrags-ID aus bis zu 64 Zeichen a-z, 0-9 und -</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code</source>
        <translation>„%1“ ist kein ISO-4217-Währungscode</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>„%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>die Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>kein gültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>erwartet wird ein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>SubscriptionRepository</name>
    <message>
        <source>The fee of service %1 is in %2, but the subscription is in %3; nothing was saved.</source>
        <translation>Das Entgelt für den Dienst %1 lautet auf %2, das Abonnement jedoch auf %3; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The payment of %1 is in %2, but the subscription is in %3; nothing was saved.</source>
        <translation>Die Zahlung vom %1 lautet auf %2, das Abonnement jedoch auf %3; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The stored subscription of %1 has an unknown billing cycle &quot;%2&quot;.</source>
        <translation>Das gespeicherte Abonnement von %1 hat einen unbekannten Abrechnungszyklus „%2“.</translation>
    </message>
</context>
<context>
    <name>TermDeadlines</name>
    <message>
        <source>Initial term (%1): %2 months from %3, ending on %4, the day before the %2-month anniversary (%5).</source>
        <translation>Erstlaufzeit (%1): %2 Monate ab %3, endet am %4, dem Tag vor dem Datum %2 Monate nach Beginn (%5).</translation>
    </message>
    <message>
        <source>The agreement starts on %1, after the as-of date %2: its first term is shown.</source>
        <translation>Der Vertrag beginnt am %1, nach dem Stichtag %2: Seine erste Laufzeit wird angezeigt.</translation>
    </message>
    <message>
        <source>Notice (%1): at least %2 days&apos; notice before the end of the term. Read literally, the last day to give notice is the term&apos;s last day minus %2 days: %3 - %2 days = %4.</source>
        <translation>Kündigung (%1): Kündigungsfrist von mindestens %2 Tagen vor Ende der Laufzeit. Wörtlich gelesen ist der letzte Kündigungstag der letzte Tag der Laufzeit minus %2 Tage: %3 - %2 Tage = %4.</translation>
    </message>
    <message>
        <source>The term renews for fixed terms, but its initial term is not stated: the term sheet needs initialMonths.</source>
        <translation>Die Laufzeit verlängert sich um feste Zeiträume, die Erstlaufzeit ist jedoch nicht angegeben: Das Term Sheet benötigt initialMonths.</translation>
    </message>
    <message>
        <source>The term renews for fixed terms, but the length of a renewal term is not stated (renewal months must be at least 1).</source>
        <translation>Die Laufzeit verlängert sich um feste Zeiträume, die Dauer eines Verlängerungszeitraums ist jedoch nicht angegeben (die Verlängerungsmonate müssen mindestens 1 betragen).</translation>
    </message>
    <message>
        <source>Renewal (%1): renews automatically for terms of %2 months each, counted from the start date, so the terms do not drift after a short month.</source>
        <translation>Verlängerung (%1): verlängert sich automatisch um jeweils %2 Monate, gezählt ab dem Startdatum, sodass sich die Laufzeiten nach einem kurzen Monat nicht verschieben.</translation>
    </message>
    <message>
        <source>As of %1 the current term is the initial term, %2 to %3.</source>
        <translation>Zum %1 ist die aktuelle Laufzeit die Erstlaufzeit, %2 bis %3.</translation>
    </message>
    <message>
        <source>As of %1 the current term is renewal term %2, %3 to %4.</source>
        <translation>Zum %1 ist die aktuelle Laufzeit der Verlängerungszeitraum %2, %3 bis %4.</translation>
    </message>
    <message>
        <source>Notice (%1): no notice period is stated, so no last day to give notice can be computed; the term renews on %2.</source>
        <translation>Kündigung (%1): Es ist keine Kündigungsfrist angegeben, daher kann kein letzter Kündigungstag berechnet werden; die Laufzeit verlängert sich am %2.</translation>
    </message>
    <message>
        <source>Rolling (%1): the agreement continues until ended, but no notice period is stated, so its earliest end cannot be computed.</source>
        <translation>Unbefristet (%1): Der Vertrag läuft bis zu seiner Beendigung, es ist jedoch keine Kündigungsfrist angegeben, daher kann sein frühestes Ende nicht berechnet werden.</translation>
    </message>
    <message>
        <source>Rolling (%1): the agreement continues until ended with %2 days&apos; notice.</source>
        <translation>Unbefristet (%1): Der Vertrag läuft, bis er mit einer Frist von %2 Tagen gekündigt wird.</translation>
    </message>
    <message>
        <source>Notice given on %1 would expire on %2, inside the minimum term, so the agreement can end with the minimum term on %3; the last day to give notice for that is %3 - %4 days = %5.</source>
        <translation>Eine am %1 erklärte Kündigung würde am %2 ablaufen, also innerhalb der Mindestlaufzeit, daher kann der Vertrag mit der Mindestlaufzeit am %3 enden; der letzte Kündigungstag dafür ist %3 - %4 Tage = %5.</translation>
    </message>
    <message>
        <source>Notice given on %1 ends the agreement %2 days later, on %3. There is no deadline to miss: notice can be given on any day, and the end moves with it.</source>
        <translation>Eine am %1 erklärte Kündigung beendet den Vertrag %2 Tage später, am %3. Es gibt keine Frist, die versäumt werden kann: Die Kündigung ist an jedem Tag möglich, und das Ende verschiebt sich entsprechend.</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>vierteljährlich</translation>
    </message>
    <message>
        <source>annual</source>
        <translation>jährlich</translation>
    </message>
    <message>
        <source>The subscription runs to the end of the period paid for, so its end depends on the billing cycle: record the subscription&apos;s billing cycle.</source>
        <translation>Das Abonnement läuft bis zum Ende des bezahlten Zeitraums, daher hängt sein Ende vom Abrechnungszyklus ab: Erfassen Sie den Abrechnungszyklus des Abonnements.</translation>
    </message>
    <message>
        <source>Paid period (%1): the subscription runs to the end of the period paid for and ends there once cancelled; billing is %2, and the periods are counted from %3.</source>
        <translation>Bezahlter Zeitraum (%1): Das Abonnement läuft bis zum Ende des bezahlten Zeitraums und endet dort nach einer Kündigung; die Abrechnung erfolgt %2, und die Zeiträume werden ab %3 gezählt.</translation>
    </message>
    <message>
        <source>As of %1 the current period runs from %2 to %3. No notice period is stated, so no notice is needed: reading the last day to cancel as the last day paid for, cancelling on or before %3 stops the next period (%4 to %5).</source>
        <translation>Zum %1 läuft der aktuelle Zeitraum vom %2 bis %3. Es ist keine Kündigungsfrist angegeben, daher ist keine Frist einzuhalten: Wird der letzte Kündigungstag als der letzte bezahlte Tag gelesen, verhindert eine Kündigung am oder vor dem %3 den nächsten Zeitraum (%4 bis %5).</translation>
    </message>
    <message>
        <source>Term (%1): no term length and no renewal are stated; the agreement runs until ended under its termination clauses.</source>
        <translation>Laufzeit (%1): Weder Laufzeit noch Verlängerung sind angegeben; der Vertrag läuft, bis er nach seinen Kündigungsklauseln beendet wird.</translation>
    </message>
    <message>
        <source>Renewal (%1): the term does not renew, so no notice is needed to stop it.</source>
        <translation>Verlängerung (%1): Die Laufzeit verlängert sich nicht, daher ist keine Kündigung nötig, um sie zu beenden.</translation>
    </message>
    <message>
        <source>The term ended on %1, before the as-of date %2.</source>
        <translation>Die Laufzeit endete am %1, vor dem Stichtag %2.</translation>
    </message>
    <message>
        <source>The start date is missing or not a real date.</source>
        <translation>Das Startdatum fehlt oder ist kein gültiges Datum.</translation>
    </message>
    <message>
        <source>The as-of date is missing or not a real date.</source>
        <translation>Der Stichtag fehlt oder ist kein gültiges Datum.</translation>
    </message>
    <message>
        <source>The initial term must be from 1 to %1 months.</source>
        <translation>Die Erstlaufzeit muss 1 bis %1 Monate betragen.</translation>
    </message>
    <message>
        <source>The notice period must not be negative.</source>
        <translation>Die Kündigungsfrist darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Unknown renewal kind.</source>
        <translation>Unbekannte Verlängerungsart.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) remain until the last day to give notice (%1).</source>
        <translation>
            <numerusform>Bis zum letzten Kündigungstag (%1) bleibt %n Tag.</numerusform>
            <numerusform>Bis zum letzten Kündigungstag (%1) bleiben %n Tage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last day to give notice passed %n day(s) ago: the agreement renews on %1 for %2 months, until %3. The next last day to give notice is %3 - %4 days = %5.</source>
        <translation>
            <numerusform>Der letzte Kündigungstag liegt %n Tag zurück: Der Vertrag verlängert sich am %1 um %2 Monate bis zum %3. Der nächste letzte Kündigungstag ist %3 - %4 Tage = %5.</numerusform>
            <numerusform>Der letzte Kündigungstag liegt %n Tage zurück: Der Vertrag verlängert sich am %1 um %2 Monate bis zum %3. Der nächste letzte Kündigungstag ist %3 - %4 Tage = %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>Notice given on %1 would expire on %2, before the agreement starts on %3: the earliest end is the start date.</source>
        <translation>Eine am %1 erklärte Kündigung würde am %2 ablaufen, vor dem Vertragsbeginn am %3: Das früheste Ende ist das Startdatum.</translation>
    </message>
    <message>
        <source>As of %1 the current period runs from %2 to %3. Notice (%4): at least %5 days before the end of the period paid for, read as the period&apos;s last day minus %5 days: %3 - %5 days = %6.</source>
        <translation>Zum %1 läuft der aktuelle Zeitraum vom %2 bis %3. Kündigung (%4): mindestens %5 Tage vor Ende des bezahlten Zeitraums, gelesen als letzter Tag des Zeitraums minus %5 Tage: %3 - %5 Tage = %6.</translation>
    </message>
    <message numerus="yes">
        <source>The last day to cancel before the next period passed %n day(s) ago: the next period (%1 to %2) follows, and the last day to cancel before the one after it is %2 - %3 days = %4.</source>
        <translation>
            <numerusform>Der letzte Kündigungstag vor dem nächsten Zeitraum ist seit %n Tag verstrichen: Der nächste Zeitraum (%1 bis %2) folgt, und der letzte Kündigungstag vor dem darauf folgenden ist %2 - %3 Tage = %4.</numerusform>
            <numerusform>Der letzte Kündigungstag vor dem nächsten Zeitraum ist seit %n Tagen verstrichen: Der nächste Zeitraum (%1 bis %2) folgt, und der letzte Kündigungstag vor dem darauf folgenden ist %2 - %3 Tage = %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling on or before %1 stops the next period (%2 to %3).</source>
        <translation>Eine Kündigung am oder vor dem %1 verhindert den nächsten Zeitraum (%2 bis %3).</translation>
    </message>
</context>
<context>
    <name>TermRows</name>
    <message>
        <source>cure period %1</source>
        <translation>Abhilfefrist %1</translation>
    </message>
    <message>
        <source>no notice needed</source>
        <translation>keine Kündigungsfrist erforderlich</translation>
    </message>
    <message>
        <source>notice %1</source>
        <translation>Kündigungsfrist %1</translation>
    </message>
    <message>
        <source>no details stated</source>
        <translation>keine Einzelheiten angegeben</translation>
    </message>
    <message>
        <source>general authorisation: the vendor may appoint sub-processors without asking</source>
        <translation>allgemeine Genehmigung: Der Anbieter darf Unterauftragsverarbeiter ohne Rückfrage beauftragen</translation>
    </message>
    <message>
        <source>specific authorisation: each sub-processor needs the customer&apos;s consent</source>
        <translation>gesonderte Genehmigung: Jeder Unterauftragsverarbeiter bedarf der Zustimmung des Kunden</translation>
    </message>
    <message>
        <source>authorisation not stated</source>
        <translation>Genehmigung nicht angegeben</translation>
    </message>
    <message>
        <source>notice of changes: %1</source>
        <translation>Vorankündigung von Änderungen: %1</translation>
    </message>
    <message>
        <source>right to object: %1</source>
        <translation>Widerspruchsrecht: %1</translation>
    </message>
    <message>
        <source>no restriction stated</source>
        <translation>keine Beschränkung angegeben</translation>
    </message>
    <message>
        <source>only to countries with adequate protection or under safeguards such as standard contractual clauses</source>
        <translation>nur in Länder mit angemessenem Schutzniveau oder mit Garantien wie Standardvertragsklauseln</translation>
    </message>
    <message>
        <source>only with the customer&apos;s consent</source>
        <translation>nur mit Zustimmung des Kunden</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>nicht erlaubt</translation>
    </message>
    <message>
        <source>not allowed outside the permitted regions</source>
        <translation>außerhalb der zulässigen Regionen nicht erlaubt</translation>
    </message>
    <message>
        <source>%1; permitted: %2</source>
        <translation>%1; zulässig: %2</translation>
    </message>
    <message>
        <source>retrieval within %1 after termination</source>
        <translation>Abruf innerhalb von %1 nach Vertragsende</translation>
    </message>
    <message>
        <source>format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <source>deleted within %1</source>
        <translation>Löschung innerhalb von %1</translation>
    </message>
    <message>
        <source>backups provided</source>
        <translation>Datensicherungen vorgesehen</translation>
    </message>
    <message>
        <source>no backups</source>
        <translation>keine Datensicherungen</translation>
    </message>
    <message>
        <source>within %1</source>
        <translation>innerhalb von %1</translation>
    </message>
    <message>
        <source>within %1: %2</source>
        <translation>innerhalb von %1: %2</translation>
    </message>
    <message>
        <source>no fixed time stated</source>
        <translation>keine feste Frist angegeben</translation>
    </message>
    <message>
        <source>no fixed time: %1</source>
        <translation>keine feste Frist: %1</translation>
    </message>
    <message>
        <source>law not stated</source>
        <translation>Recht nicht angegeben</translation>
    </message>
    <message>
        <source>forum: %1</source>
        <translation>Gerichtsstand: %1</translation>
    </message>
    <message>
        <source>arbitration</source>
        <translation>Schiedsverfahren</translation>
    </message>
    <message>
        <source>arbitration seated in %1</source>
        <translation>Schiedsverfahren mit Sitz in %1</translation>
    </message>
    <message>
        <source>how the terms may change is not stated</source>
        <translation>nicht angegeben, wie die Bedingungen geändert werden dürfen</translation>
    </message>
    <message>
        <source>the vendor may change them by posting new terms</source>
        <translation>der Anbieter darf sie durch Veröffentlichung neuer Bedingungen ändern</translation>
    </message>
    <message>
        <source>the vendor may change them with notice</source>
        <translation>der Anbieter darf sie mit Vorankündigung ändern</translation>
    </message>
    <message>
        <source>only by written agreement of both parties</source>
        <translation>nur durch schriftliche Vereinbarung beider Parteien</translation>
    </message>
    <message>
        <source>notice: %1</source>
        <translation>Vorankündigung: %1</translation>
    </message>
    <message>
        <source>the notice applies to changes against the customer only</source>
        <translation>die Vorankündigung gilt nur für Änderungen zulasten des Kunden</translation>
    </message>
    <message>
        <source>Termination rights</source>
        <translation>Kündigungsrechte</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sub-processor policy</source>
        <translation>Regelung zu Unterauftragsverarbeitern</translation>
    </message>
    <message>
        <source>Sub-processors</source>
        <translation>Unterauftragsverarbeiter</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>keine genannt</translation>
    </message>
    <message>
        <source>purpose not stated</source>
        <translation>Zweck nicht angegeben</translation>
    </message>
    <message>
        <source>%1; data in %2</source>
        <translation>%1; Daten in %2</translation>
    </message>
    <message>
        <source>Data locations</source>
        <translation>Datenstandorte</translation>
    </message>
    <message>
        <source>none stated</source>
        <translation>keine angegeben</translation>
    </message>
    <message>
        <source>Transfers abroad</source>
        <translation>Übermittlungen ins Ausland</translation>
    </message>
    <message>
        <source>Data return and deletion</source>
        <translation>Datenrückgabe und -löschung</translation>
    </message>
    <message>
        <source>Breach notification</source>
        <translation>Meldung von Datenschutzverletzungen</translation>
    </message>
    <message>
        <source>Governing law and disputes</source>
        <translation>Anwendbares Recht und Streitbeilegung</translation>
    </message>
    <message>
        <source>Changes to terms</source>
        <translation>Änderungen der Bedingungen</translation>
    </message>
    <message>
        <source>continuously</source>
        <translation>kontinuierlich</translation>
    </message>
    <message>
        <source>in %1-minute periods</source>
        <translation>in %1-Minuten-Intervallen</translation>
    </message>
    <message>
        <source>%1 a month, measured %2</source>
        <translation>%1 pro Monat, gemessen %2</translation>
    </message>
    <message>
        <source>%1 a month, measured %2; also offered: %3</source>
        <translation>%1 pro Monat, gemessen %2; ebenfalls angeboten: %3</translation>
    </message>
    <message>
        <source>continuous: downtime is the total time the service was unavailable</source>
        <translation>kontinuierlich: Ausfallzeit ist die gesamte Zeit, in der der Dienst nicht verfügbar war</translation>
    </message>
    <message>
        <source>%1-minute periods from the start of the month; a period with any downtime counts as unavailable</source>
        <translation>%1-Minuten-Intervalle ab Monatsbeginn; ein Intervall mit beliebiger Ausfallzeit gilt als nicht verfügbar</translation>
    </message>
    <message>
        <source>%1-minute periods from the start of the month; a period counts as unavailable only if it was down throughout</source>
        <translation>%1-Minuten-Intervalle ab Monatsbeginn; ein Intervall gilt nur als nicht verfügbar, wenn es durchgehend ausgefallen war</translation>
    </message>
    <message>
        <source>scheduled maintenance is not excluded: it counts as downtime</source>
        <translation>geplante Wartung ist nicht ausgenommen: Sie zählt als Ausfallzeit</translation>
    </message>
    <message>
        <source>excluded only when notified at least %1 in advance</source>
        <translation>nur ausgenommen, wenn mindestens %1 im Voraus angekündigt</translation>
    </message>
    <message>
        <source>counts as downtime inside business hours</source>
        <translation>zählt innerhalb der Geschäftszeiten als Ausfallzeit</translation>
    </message>
    <message>
        <source>excluded; no conditions stated</source>
        <translation>ausgenommen; keine Bedingungen angegeben</translation>
    </message>
    <message>
        <source>Availability target</source>
        <translation>Verfügbarkeitsziel</translation>
    </message>
    <message>
        <source>Month length</source>
        <translation>Monatslänge</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Messung</translation>
    </message>
    <message>
        <source>Excluded time</source>
        <translation>Ausgenommene Zeit</translation>
    </message>
    <message>
        <source>Exclusions</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <source>Scheduled maintenance</source>
        <translation>Geplante Wartung</translation>
    </message>
    <message>
        <source>calendar month (its real length)</source>
        <translation>Kalendermonat (tatsächliche Länge)</translation>
    </message>
    <message>
        <source>average month of 43,830 minutes (730.5 hours)</source>
        <translation>Durchschnittsmonat von 43.830 Minuten (730,5 Stunden)</translation>
    </message>
    <message>
        <source>not counted as downtime</source>
        <translation>nicht als Ausfallzeit gezählt</translation>
    </message>
    <message>
        <source>removed from the month before the percentage is taken</source>
        <translation>vor der Prozentberechnung vom Monat abgezogen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>1 percentage point</source>
        <translation>1 Prozentpunkt</translation>
    </message>
    <message>
        <source>%1 percentage points</source>
        <translation>%1 Prozentpunkte</translation>
    </message>
    <message>
        <source>no service credits</source>
        <translation>keine Servicegutschriften</translation>
    </message>
    <message>
        <source>%1 if the target is missed</source>
        <translation>%1 bei Verfehlen des Zielwerts</translation>
    </message>
    <message>
        <source>below %1: %2</source>
        <translation>unter %1: %2</translation>
    </message>
    <message>
        <source>%1 for a shortfall of up to %2, plus %3 for each further full %4</source>
        <translation>%1 bei einer Unterschreitung um bis zu %2, zuzüglich %3 für jeden weiteren vollen Schritt von %4</translation>
    </message>
    <message>
        <source>%1 for a shortfall of up to %2 of the target, plus %3 for each further full %4 of the target</source>
        <translation>%1 bei einer Unterschreitung um bis zu %2 des Zielwerts, zuzüglich %3 für jeden weiteren vollen Schritt von %4 des Zielwerts</translation>
    </message>
    <message>
        <source>the month&apos;s fee</source>
        <translation>das Monatsentgelt</translation>
    </message>
    <message>
        <source>one twelfth of the annual fee</source>
        <translation>ein Zwölftel des Jahresentgelts</translation>
    </message>
    <message>
        <source>the month&apos;s fee for the affected service</source>
        <translation>das Monatsentgelt des betroffenen Dienstes</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>keine Frist</translation>
    </message>
    <message>
        <source>by the end of the month after the month measured</source>
        <translation>bis zum Ende des Monats nach dem gemessenen Monat</translation>
    </message>
    <message>
        <source>within %1 after the end of the month measured</source>
        <translation>innerhalb von %1 nach Ende des gemessenen Monats</translation>
    </message>
    <message>
        <source>by the end of month %1 after the month measured</source>
        <translation>bis zum Ende des %1. Monats nach dem gemessenen Monat</translation>
    </message>
    <message>
        <source>Credit schedule</source>
        <translation>Gutschriftsstaffel</translation>
    </message>
    <message>
        <source>Credit base</source>
        <translation>Bemessungsgrundlage</translation>
    </message>
    <message>
        <source>Credit cap</source>
        <translation>Gutschriftsobergrenze</translation>
    </message>
    <message>
        <source>Minimum credit</source>
        <translation>Mindestgutschrift</translation>
    </message>
    <message>
        <source>Claim window</source>
        <translation>Anspruchsfrist</translation>
    </message>
    <message>
        <source>Sole remedy</source>
        <translation>Ausschließlicher Rechtsbehelf</translation>
    </message>
    <message>
        <source>at most %1 of the base</source>
        <translation>höchstens %1 der Bemessungsgrundlage</translation>
    </message>
    <message>
        <source>issued only if more than %1</source>
        <translation>nur gewährt, wenn mehr als %1</translation>
    </message>
    <message>
        <source>yes: credits are the only remedy for missed availability</source>
        <translation>ja: Gutschriften sind der einzige Rechtsbehelf bei verfehlter Verfügbarkeit</translation>
    </message>
    <message>
        <source>no: other remedies remain</source>
        <translation>nein: andere Rechtsbehelfe bleiben bestehen</translation>
    </message>
    <message>
        <source>does not renew</source>
        <translation>verlängert sich nicht</translation>
    </message>
    <message>
        <source>renews automatically for terms of %1; notice period not stated</source>
        <translation>verlängert sich automatisch um jeweils %1; Kündigungsfrist nicht angegeben</translation>
    </message>
    <message>
        <source>renews automatically for terms of %1 unless notice is given at least %2 before the term ends</source>
        <translation>verlängert sich automatisch um jeweils %1, sofern nicht mindestens %2 vor Laufzeitende gekündigt wird</translation>
    </message>
    <message>
        <source>continues until ended; notice period not stated</source>
        <translation>läuft bis zur Beendigung; Kündigungsfrist nicht angegeben</translation>
    </message>
    <message>
        <source>continues until ended; notice period: %1</source>
        <translation>läuft bis zur Beendigung; Kündigungsfrist: %1</translation>
    </message>
    <message>
        <source>runs to the end of each period paid for</source>
        <translation>läuft jeweils bis zum Ende des bezahlten Zeitraums</translation>
    </message>
    <message>
        <source>Initial term</source>
        <translation>Erstlaufzeit</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>%1 × the fees paid in the previous contract year</source>
        <translation>%1 × die im vorangegangenen Vertragsjahr gezahlten Entgelte</translation>
    </message>
    <message>
        <source>%1 × the fees paid in the 12 months before the claim</source>
        <translation>%1 × die in den 12 Monaten vor dem Anspruch gezahlten Entgelte</translation>
    </message>
    <message>
        <source>%1 × %2 (a fixed amount)</source>
        <translation>%1 × %2 (ein fester Betrag)</translation>
    </message>
    <message>
        <source>a fixed amount (not stated)</source>
        <translation>ein fester Betrag (nicht angegeben)</translation>
    </message>
    <message>
        <source>in the first contract year: %1 × the fees paid for that year</source>
        <translation>im ersten Vertragsjahr: %1 × die für dieses Jahr gezahlten Entgelte</translation>
    </message>
    <message>
        <source>never more than the insurers pay</source>
        <translation>nie mehr, als die Versicherer zahlen</translation>
    </message>
    <message>
        <source>Liability cap</source>
        <translation>Haftungsobergrenze</translation>
    </message>
    <message>
        <source>Outside the cap</source>
        <translation>Außerhalb der Obergrenze</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Geschäftszeiten</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Reaktionszeiten</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Service credits</source>
        <translation>Servicegutschriften</translation>
    </message>
    <message>
        <source>Term and renewal</source>
        <translation>Laufzeit und Verlängerung</translation>
    </message>
    <message>
        <source>Liability</source>
        <translation>Haftung</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Termination</source>
        <translation>Kündigung</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Governing law</source>
        <translation>Anwendbares Recht</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>%1 × fees of previous contract year</source>
        <translation>%1 × Entgelte des vorangegangenen Vertragsjahrs</translation>
    </message>
    <message>
        <source>%1 × fees of 12 months before claim</source>
        <translation>%1 × Entgelte der 12 Monate vor dem Anspruch</translation>
    </message>
    <message>
        <source>fixed amount, not stated</source>
        <translation>fester Betrag, nicht angegeben</translation>
    </message>
    <message>
        <source>%1 × %2 %3</source>
        <translation>%1 × %2 %3</translation>
    </message>
    <message>
        <source>No renewal</source>
        <translation>Keine Verlängerung</translation>
    </message>
    <message>
        <source>Fixed %1; notice %2</source>
        <translation>Fest %1; Kündigungsfrist %2</translation>
    </message>
    <message>
        <source>Fixed %1</source>
        <translation>Fest %1</translation>
    </message>
    <message>
        <source>Rolling; notice %1</source>
        <translation>Unbefristet; Kündigungsfrist %1</translation>
    </message>
    <message>
        <source>Rolling</source>
        <translation>Unbefristet</translation>
    </message>
    <message>
        <source>To end of paid period</source>
        <translation>Bis Ende des bezahlten Zeitraums</translation>
    </message>
    <message>
        <source>unplanned downtime</source>
        <translation>ungeplanter Ausfall</translation>
    </message>
    <message>
        <source>scheduled maintenance</source>
        <translation>geplante Wartung</translation>
    </message>
    <message>
        <source>emergency maintenance</source>
        <translation>Notfallwartung</translation>
    </message>
    <message>
        <source>customer&apos;s cause</source>
        <translation>vom Kunden verursacht</translation>
    </message>
    <message>
        <source>force majeure</source>
        <translation>höhere Gewalt</translation>
    </message>
    <message>
        <source>security attacks</source>
        <translation>Sicherheitsangriffe</translation>
    </message>
    <message>
        <source>hosting provider failures</source>
        <translation>Ausfälle des Hosting-Anbieters</translation>
    </message>
    <message>
        <source>internet problems</source>
        <translation>Internetprobleme</translation>
    </message>
    <message>
        <source>third parties</source>
        <translation>Dritte</translation>
    </message>
    <message>
        <source>suspension</source>
        <translation>Sperrung</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Either party</source>
        <translation>Jede Partei</translation>
    </message>
    <message>
        <source>material breach</source>
        <translation>wesentliche Vertragsverletzung</translation>
    </message>
    <message>
        <source>non-payment</source>
        <translation>Nichtzahlung</translation>
    </message>
    <message>
        <source>insolvency</source>
        <translation>Insolvenz</translation>
    </message>
    <message>
        <source>convenience</source>
        <translation>ohne Grund</translation>
    </message>
    <message>
        <source>other grounds</source>
        <translation>sonstige Gründe</translation>
    </message>
    <message>
        <source>Primary location</source>
        <translation>Primärer Standort</translation>
    </message>
    <message>
        <source>Failover location</source>
        <translation>Ausweichstandort</translation>
    </message>
    <message>
        <source>Backup location</source>
        <translation>Standort der Datensicherung</translation>
    </message>
    <message>
        <source>Processing location</source>
        <translation>Verarbeitungsort</translation>
    </message>
    <message>
        <source>Support location</source>
        <translation>Supportstandort</translation>
    </message>
    <message>
        <source>no public holidays excluded</source>
        <translation>keine Feiertage ausgenommen</translation>
    </message>
    <message>
        <source>England and Wales bank holidays excluded</source>
        <translation>Bankfeiertage in England und Wales ausgenommen</translation>
    </message>
    <message>
        <source>US federal holidays excluded</source>
        <translation>US-Bundesfeiertage ausgenommen</translation>
    </message>
    <message>
        <source>no days</source>
        <translation>keine Tage</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 %2–%3 (%4), %5</source>
        <translation>%1 %2–%3 (%4), %5</translation>
    </message>
    <message>
        <source>%1 %2–%3 (%4)</source>
        <translation>%1 %2–%3 (%4)</translation>
    </message>
    <message>
        <source>1 business minute</source>
        <translation>1 Geschäftsminute</translation>
    </message>
    <message>
        <source>%1 business minutes</source>
        <translation>%1 Geschäftsminuten</translation>
    </message>
    <message>
        <source>1 business hour</source>
        <translation>1 Geschäftsstunde</translation>
    </message>
    <message>
        <source>%1 business hours</source>
        <translation>%1 Geschäftsstunden</translation>
    </message>
    <message>
        <source>1 business day</source>
        <translation>1 Geschäftstag</translation>
    </message>
    <message>
        <source>%1 business days</source>
        <translation>%1 Geschäftstage</translation>
    </message>
    <message>
        <source>1 minute, 24×7</source>
        <translation>1 Minute, 24×7</translation>
    </message>
    <message>
        <source>%1 minutes, 24×7</source>
        <translation>%1 Minuten, 24×7</translation>
    </message>
    <message>
        <source>1 hour, 24×7</source>
        <translation>1 Stunde, 24×7</translation>
    </message>
    <message>
        <source>%1 hours, 24×7</source>
        <translation>%1 Stunden, 24×7</translation>
    </message>
    <message>
        <source>1 day, 24×7</source>
        <translation>1 Tag, 24×7</translation>
    </message>
    <message>
        <source>%1 days, 24×7</source>
        <translation>%1 Tage, 24×7</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 Wochen</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 Jahre</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>ungültige Zahl</translation>
    </message>
    <message>
        <source>only in the window %1</source>
        <translation>nur im Fenster %1</translation>
    </message>
    <message>
        <source>only in the windows %1</source>
        <translation>nur in den Fenstern %1</translation>
    </message>
    <message>
        <source>counts as downtime inside business hours: %1</source>
        <translation>zählt innerhalb der Geschäftszeiten als Ausfallzeit: %1</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
</context>
<context>
    <name>TermSheet</name>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>„%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>must divide a day (1440 minutes) evenly, such as 1, 5, 15 or 60</source>
        <translation>muss einen Tag (1440 Minuten) ohne Rest teilen, z. B. 1, 5, 15 oder 60</translation>
    </message>
    <message>
        <source>must be lower than the tier before (%1): tiers run from the mildest shortfall to the most severe</source>
        <translation>muss niedriger als die vorherige Stufe sein (%1): Die Stufen reichen von der geringsten bis zur stärksten Unterschreitung</translation>
    </message>
    <message>
        <source>must list at least one tier</source>
        <translation>muss mindestens eine Stufe enthalten</translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>erwartet wird true oder false</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation>erwartet wird ein Datum als JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date</source>
        <translation>„%1“ ist kein gültiges Datum</translation>
    </message>
    <message>
        <source>expected a time of day as HH:MM, from 00:00 to 23:59</source>
        <translation>erwartet wird eine Uhrzeit als HH:MM, von 00:00 bis 23:59</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>erwartet wird ein Array</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>erwartet wird eine Zeichenkette</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>the number is too large or too precise to hold exactly</source>
        <translation>die Zahl ist zu groß oder zu genau, um exakt gespeichert zu werden</translation>
    </message>
    <message>
        <source>expected a decimal such as &quot;99.95&quot;, found &quot;%1&quot;</source>
        <translation>erwartet wird eine Dezimalzahl wie &quot;99.95&quot;, gefunden „%1“</translation>
    </message>
    <message>
        <source>expected a decimal</source>
        <translation>erwartet wird eine Dezimalzahl</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>erwartet wird eine ganze Zahl</translation>
    </message>
    <message>
        <source>must be at least %1</source>
        <translation>muss mindestens %1 sein</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>darf höchstens %1 sein</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;; use an IANA name such as Europe/London or Etc/GMT</source>
        <translation>unbekannte Zeitzone „%1“; verwenden Sie einen IANA-Namen wie Europe/London oder Etc/GMT</translation>
    </message>
    <message>
        <source>expected one of: %1</source>
        <translation>erwartet wird eines von: %1</translation>
    </message>
    <message>
        <source>expected one of: %1 (found &quot;%2&quot;)</source>
        <translation>erwartet wird eines von: %1 (gefunden: „%2“)</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>erwartet wird ein Objekt</translation>
    </message>
    <message>
        <source>must be more than %1 and at most %2</source>
        <translation>muss größer als %1 und höchstens %2 sein</translation>
    </message>
    <message>
        <source>must be from %1 to %2</source>
        <translation>muss zwischen %1 und %2 liegen (einschließlich)</translation>
    </message>
    <message>
        <source>must be more than %1</source>
        <translation>muss größer als %1 sein</translation>
    </message>
    <message>
        <source>not used when kind is &quot;%1&quot;</source>
        <translation>wird nicht verwendet, wenn kind „%1“ ist</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unbekanntes Feld</translation>
    </message>
    <message>
        <source>unknown field; did you mean &quot;%1&quot;?</source>
        <translation>unbekanntes Feld; meinten Sie „%1“?</translation>
    </message>
    <message>
        <source>the field appears more than once in its object</source>
        <translation>das Feld kommt in seinem Objekt mehrfach vor</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB, too large to be a term sheet</source>
        <translation>die Datei ist größer als %1 MB und damit zu groß für ein Term Sheet</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>erwartet wird ein JSON-Objekt auf oberster Ebene</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at %2</source>
        <translation>kein gültiges JSON: %1 bei %2</translation>
    </message>
    <message>
        <source>unsupported format &quot;%1&quot;; expected &quot;%2&quot;</source>
        <translation>nicht unterstütztes Format „%1“; erwartet wird „%2“</translation>
    </message>
    <message>
        <source>document id &quot;%1&quot; is already used by documents[%2]</source>
        <translation>die Dokument-ID „%1“ wird bereits von documents[%2] verwendet</translation>
    </message>
    <message>
        <source>must list at least one document</source>
        <translation>muss mindestens ein Dokument enthalten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code (three capital letters, such as GBP)</source>
        <translation>„%1“ ist kein ISO-4217-Währungscode (drei Großbuchstaben, z. B. GBP)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: use 1 to 64 characters from a-z, 0-9 and -</source>
        <translation>„%1“ ist keine gültige ID: Verwenden Sie 1 bis 64 Zeichen aus a-z, 0-9 und -</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no document of this agreement (documents: %2)</source>
        <translation>„%1“ bezeichnet kein Dokument dieses Vertrags (Dokumente: %2)</translation>
    </message>
    <message>
        <source>must name at least one day</source>
        <translation>muss mindestens einen Tag nennen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code (two capital letters, such as GB or US)</source>
        <translation>„%1“ ist kein ISO-3166-Ländercode (zwei Großbuchstaben, z. B. GB oder US)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 country code (two capital letters, such as GB) or EEA</source>
        <translation>„%1“ ist weder ein ISO-3166-Ländercode (zwei Großbuchstaben, z. B. GB) noch EEA</translation>
    </message>
    <message>
        <source>only used when basis is &quot;%1&quot;</source>
        <translation>wird nur verwendet, wenn basis „%1“ ist</translation>
    </message>
    <message>
        <source>level name &quot;%1&quot; is already used by levels[%2]</source>
        <translation>der Stufenname „%1“ wird bereits von levels[%2] verwendet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166 code (a country such as GB, or a subdivision such as US-TX)</source>
        <translation>„%1“ ist kein ISO-3166-Code (ein Land wie GB oder eine Untergliederung wie US-TX)</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>not valid UTF-8 text at %1 (byte %2)</source>
        <translation>kein gültiger UTF-8-Text bei %1 (Byte %2)</translation>
    </message>
    <message>
        <source>missing: required when countsInBusinessHours is true</source>
        <translation>fehlt: erforderlich, wenn countsInBusinessHours true ist</translation>
    </message>
</context>
<context>
    <name>TermSheetFile</name>
    <message>
        <source>must be a file name next to the term sheet, not %1</source>
        <translation>muss ein Dateiname im selben Ordner wie das Term Sheet sein, nicht %1</translation>
    </message>
    <message>
        <source>file not found: %1</source>
        <translation>Datei nicht gefunden: %1</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text</source>
        <translation>%1 ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB</source>
        <translation>%1 ist größer als %2 MiB</translation>
    </message>
</context>
<context>
    <name>ViewRegistry</name>
    <message>
        <source>Agreements</source>
        <translation>Verträge</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Sub-processors</source>
        <translation>Unterauftragsverarbeiter</translation>
    </message>
    <message>
        <source>Data Locations</source>
        <translation>Datenstandorte</translation>
    </message>
    <message>
        <source>Outages</source>
        <translation>Ausfälle</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Gutschriften</translation>
    </message>
    <message>
        <source>What-If</source>
        <translation>Was-wäre-wenn</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Fristen</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>Playbook</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The workspace is in use by another program.</source>
        <translation>Der Arbeitsbereich wird von einem anderen Programm verwendet.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>ein anderes Programm</translation>
    </message>
    <message>
        <source>The workspace is in use by %1 (process %2 on %3). Close it there first.</source>
        <translation>Der Arbeitsbereich wird von %1 verwendet (Prozess %2 auf %3). Schließen Sie ihn dort zuerst.</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is not installed (package libqt6sql6-sqlite).</source>
        <translation>Der SQLite-Treiber von Qt ist nicht installiert (Paket libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>This file is not a TermLens workspace: it is an SQLite database of another program (application id 0x%1).</source>
        <translation>Diese Datei ist kein TermLens-Arbeitsbereich: Sie ist eine SQLite-Datenbank eines anderen Programms (Anwendungs-ID 0x%1).</translation>
    </message>
    <message>
        <source>The workspace is damaged (%1). It was left untouched; restore it from a backup.</source>
        <translation>Der Arbeitsbereich ist beschädigt (%1). Er wurde nicht verändert; stellen Sie ihn aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The workspace could not be opened with safe settings.</source>
        <translation>Der Arbeitsbereich konnte nicht mit sicheren Einstellungen geöffnet werden.</translation>
    </message>
    <message>
        <source>The workspace is closed.</source>
        <translation>Der Arbeitsbereich ist geschlossen.</translation>
    </message>
    <message>
        <source>A file with this name already exists; it was not overwritten.</source>
        <translation>Eine Datei mit diesem Namen existiert bereits; sie wurde nicht überschrieben.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Could not create the workspace: %1</source>
        <translation>Der Arbeitsbereich konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>The workspace file does not exist.</source>
        <translation>Die Arbeitsbereichsdatei existiert nicht.</translation>
    </message>
    <message>
        <source>This is not a file, so it is not a TermLens workspace.</source>
        <translation>Dies ist keine Datei und daher kein TermLens-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>This file is empty: it is not a TermLens workspace.</source>
        <translation>Diese Datei ist leer: Sie ist kein TermLens-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The workspace was written by a newer version of TermLens (schema version %1; this version knows up to %2). It was left untouched.</source>
        <translation>Der Arbeitsbereich wurde von einer neueren Version von TermLens geschrieben (Schemaversion %1; diese Version kennt Versionen bis %2). Er wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Could not create the lock file %1 (%2): TermLens needs to write in the workspace&apos;s folder.</source>
        <translation>Die Sperrdatei %1 konnte nicht erstellt werden (%2): TermLens benötigt Schreibzugriff auf den Ordner des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>the system gave no reason</source>
        <translation>das System hat keinen Grund angegeben</translation>
    </message>
    <message>
        <source>the file is %1 bytes long, its header says %2 pages of %3 bytes: it was cut short or written over</source>
        <translation>die Datei ist %1 Byte lang, ihr Header gibt %2 Seiten zu je %3 Byte an: Sie wurde abgeschnitten oder überschrieben</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Compare SaaS agreements and compute the service credits they owe.</source>
        <translation>Vergleicht SaaS-Verträge und berechnet die danach geschuldeten Servicegutschriften.</translation>
    </message>
    <message>
        <source>The workspace file to open (default: the last one).</source>
        <translation>Die zu öffnende Arbeitsbereichsdatei (Standard: die zuletzt verwendete).</translation>
    </message>
    <message>
        <source>Open on one screen: %1.</source>
        <translation>Mit dieser Ansicht öffnen: %1.</translation>
    </message>
    <message>
        <source>Exit once the main window has been shown and painted.</source>
        <translation>Beenden, sobald das Hauptfenster angezeigt und gezeichnet wurde.</translation>
    </message>
    <message>
        <source>Save the main window as a PNG after it is painted, then exit.</source>
        <translation>Das Hauptfenster nach dem Zeichnen als PNG speichern, dann beenden.</translation>
    </message>
    <message>
        <source>Give at most one workspace file.</source>
        <translation>Geben Sie höchstens eine Arbeitsbereichsdatei an.</translation>
    </message>
    <message>
        <source>Unknown view “%1”. Views: %2.</source>
        <translation>Unbekannte Ansicht „%1“. Ansichten: %2.</translation>
    </message>
    <message>
        <source>Could not open the workspace</source>
        <translation>Der Arbeitsbereich konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not open or create the sample workspace.

%1

File: %2</source>
        <translation>Der Beispiel-Arbeitsbereich konnte weder geöffnet noch erstellt werden.

%1

Datei: %2</translation>
    </message>
    <message>
        <source>Could not save the screenshot %1.</source>
        <translation>Der Screenshot %1 konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>termlens::AgreementActions</name>
    <message>
        <source>&amp;Agreement</source>
        <translation>&amp;Vertrag</translation>
    </message>
    <message>
        <source>&amp;New Agreement…</source>
        <translation>&amp;Neuer Vertrag…</translation>
    </message>
    <message>
        <source>Enter a new agreement term by term, with its documents&apos; text</source>
        <translation>Einen neuen Vertrag Bedingung für Bedingung erfassen, mit dem Text seiner Dokumente</translation>
    </message>
    <message>
        <source>&amp;Import from Term Sheets…</source>
        <translation>Aus Term Sheets &amp;importieren…</translation>
    </message>
    <message>
        <source>Add agreements from term-sheet files (.termsheet.json); an agreement with the same id is replaced</source>
        <translation>Verträge aus Term-Sheet-Dateien (.termsheet.json) hinzufügen; ein Vertrag mit derselben ID wird ersetzt</translation>
    </message>
    <message>
        <source>&amp;Edit Terms…</source>
        <translation>Bedingungen &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the terms, citations and documents of the chosen agreement</source>
        <translation>Bedingungen, Fundstellen und Dokumente des gewählten Vertrags bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Subscription…</source>
        <translation>&amp;Abonnement…</translation>
    </message>
    <message>
        <source>Edit what the customer pays under the chosen agreement: start date, billing cycle, services with fees, payments</source>
        <translation>Bearbeiten, was der Kunde im Rahmen des gewählten Vertrags zahlt: Startdatum, Abrechnungszyklus, Dienste mit Entgelten, Zahlungen</translation>
    </message>
    <message>
        <source>&amp;Delete Agreement</source>
        <translation>Vertrag &amp;löschen</translation>
    </message>
    <message>
        <source>Delete the chosen agreement with its outages, subscription and claims (Edit &gt; Undo brings all of it back)</source>
        <translation>Den gewählten Vertrag mit seinen Ausfällen, seinem Abonnement und seinen Ansprüchen löschen (Bearbeiten &gt; Rückgängig stellt alles wieder her)</translation>
    </message>
    <message>
        <source>Import Agreements</source>
        <translation>Verträge importieren</translation>
    </message>
    <message>
        <source>Term sheets (*.termsheet.json *.json);;All files (*)</source>
        <translation>Term Sheets (*.termsheet.json *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: id: &quot;%2&quot; is also the id of %3; one import cannot hold an agreement twice</source>
        <translation>%1: id: „%2“ ist auch die ID von %3; ein Import kann einen Vertrag nicht zweimal enthalten</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… und %n weiteres Problem.</numerusform>
            <numerusform>… und %n weitere Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not import the agreements</source>
        <translation>Die Verträge konnten nicht importiert werden</translation>
    </message>
    <message>
        <source>Nothing was imported: fix these problems in the term sheets and import them again.

%1

Files: %2</source>
        <translation>Es wurde nichts importiert: Beheben Sie diese Probleme in den Term Sheets und importieren Sie sie erneut.

%1

Dateien: %2</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message numerus="yes">
        <source>Import %n agreement(s)</source>
        <translation>
            <numerusform>%n Vertrag importieren</numerusform>
            <numerusform>%n Verträge importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1; %2 replaced an agreement with the same id (Edit &gt; Undo puts it back).</source>
        <translation>%1 importiert; %2 hat einen Vertrag mit derselben ID ersetzt (Bearbeiten &gt; Rückgängig stellt ihn wieder her).</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importiert.</translation>
    </message>
    <message>
        <source>Created agreement %1.</source>
        <translation>Vertrag %1 angelegt.</translation>
    </message>
    <message>
        <source>Saved the terms of %1 (Edit &gt; Undo takes the change back).</source>
        <translation>Die Bedingungen von %1 wurden gespeichert (Bearbeiten &gt; Rückgängig nimmt die Änderung zurück).</translation>
    </message>
    <message>
        <source>Could not read the subscription</source>
        <translation>Das Abonnement konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not read the subscription of %1.

%2</source>
        <translation>Das Abonnement von %1 konnte nicht gelesen werden.

%2</translation>
    </message>
    <message>
        <source>Saved the subscription of %1 (Edit &gt; Undo takes the change back).</source>
        <translation>Das Abonnement von %1 wurde gespeichert (Bearbeiten &gt; Rückgängig nimmt die Änderung zurück).</translation>
    </message>
    <message>
        <source>Deleted %1 with its outages, subscription and claims; Edit &gt; Undo brings all of it back.</source>
        <translation>%1 mit seinen Ausfällen, seinem Abonnement und seinen Ansprüchen gelöscht; Bearbeiten &gt; Rückgängig stellt alles wieder her.</translation>
    </message>
</context>
<context>
    <name>termlens::AgreementEditor</name>
    <message>
        <source>Agreement editor</source>
        <translation>Vertragseditor</translation>
    </message>
    <message>
        <source>Groups of terms</source>
        <translation>Gruppen von Bedingungen</translation>
    </message>
    <message>
        <source>Use as &amp;Quote</source>
        <translation>Als &amp;Zitat verwenden</translation>
    </message>
    <message>
        <source>Use the selected words as the quote</source>
        <translation>Ausgewählten Wortlaut als Zitat verwenden</translation>
    </message>
    <message>
        <source>Copy the words selected in the document into the quote of the term being edited (Ctrl+Shift+Q)</source>
        <translation>Den im Dokument ausgewählten Wortlaut in das Zitat der bearbeiteten Bedingung übernehmen (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <source>Click in a term&apos;s fields to choose where quotes go.</source>
        <translation>Klicken Sie in die Felder einer Bedingung, um festzulegen, wohin Zitate übernommen werden.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>An agreement keeps its id; import or create a new one to change it.</source>
        <translation>Ein Vertrag behält seine ID; importieren oder erstellen Sie einen neuen Vertrag, um sie zu ändern.</translation>
    </message>
    <message>
        <source>New Agreement</source>
        <translation>Neuer Vertrag</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>an agreement with this id is stored already; choose another id, or import a term sheet to replace it</source>
        <translation>ein Vertrag mit dieser ID ist bereits gespeichert; wählen Sie eine andere ID oder importieren Sie ein Term Sheet, um ihn zu ersetzen</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving.</source>
        <translation>
            <numerusform>%n Problem muss vor dem Speichern behoben werden.</numerusform>
            <numerusform>%n Probleme müssen vor dem Speichern behoben werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>No changes to save.</source>
        <translation>Keine Änderungen zu speichern.</translation>
    </message>
    <message>
        <source>Quotes go to: %1</source>
        <translation>Zitate werden übernommen in: %1</translation>
    </message>
    <message>
        <source>Click in the fields of a term first: the quote goes to that term.</source>
        <translation>Klicken Sie zuerst in die Felder einer Bedingung: Das Zitat wird dieser Bedingung zugeordnet.</translation>
    </message>
    <message>
        <source>Select the words to quote in the document text first.</source>
        <translation>Markieren Sie zuerst den zu zitierenden Wortlaut im Dokumenttext.</translation>
    </message>
    <message>
        <source>Quote set for %1.</source>
        <translation>Zitat für %1 übernommen.</translation>
    </message>
    <message>
        <source>New agreement %1</source>
        <translation>Neuer Vertrag %1</translation>
    </message>
</context>
<context>
    <name>termlens::AgreementListModel</name>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>SLA target</source>
        <translation>SLA-Zielwert</translation>
    </message>
    <message>
        <source>Liability cap</source>
        <translation>Haftungsobergrenze</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>Verlängerung</translation>
    </message>
</context>
<context>
    <name>termlens::AgreementMatrixModel</name>
    <message>
        <source>not listed by this agreement</source>
        <translation>von diesem Vertrag nicht aufgeführt</translation>
    </message>
    <message>
        <source>not listed</source>
        <translation>nicht aufgeführt</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Cited: %1</source>
        <translation>Zitiert: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Ambiguity: %1</source>
        <translation>Mehrdeutigkeit: %1</translation>
    </message>
</context>
<context>
    <name>termlens::AgreementPage</name>
    <message>
        <source>%1 (version %2, %3)</source>
        <translation>%1 (Version %2, %3)</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (Version %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>Dokumente: %1</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>No agreement selected</source>
        <translation>Kein Vertrag ausgewählt</translation>
    </message>
    <message>
        <source>About this agreement</source>
        <translation>Über diesen Vertrag</translation>
    </message>
    <message>
        <source>Choose a term to see the clause it cites.</source>
        <translation>Wählen Sie eine Bedingung, um die zitierte Klausel zu sehen.</translation>
    </message>
    <message>
        <source>The documents do not state this term.</source>
        <translation>Die Dokumente enthalten diese Bedingung nicht.</translation>
    </message>
</context>
<context>
    <name>termlens::AgreementsScreen</name>
    <message>
        <source>Filter agreements</source>
        <translation>Verträge filtern</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Verträge</translation>
    </message>
    <message>
        <source>No workspace is open. Use File &gt; Open or File &gt; New.</source>
        <translation>Kein Arbeitsbereich geöffnet. Verwenden Sie Datei &gt; Öffnen oder Datei &gt; Neuer leerer Arbeitsbereich.</translation>
    </message>
    <message>
        <source>This workspace has no agreements yet.</source>
        <translation>Dieser Arbeitsbereich enthält noch keine Verträge.</translation>
    </message>
    <message>
        <source>No agreement matches the filter.</source>
        <translation>Kein Vertrag entspricht dem Filter.</translation>
    </message>
    <message>
        <source>Choose an agreement from the list.</source>
        <translation>Wählen Sie einen Vertrag aus der Liste.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Agreement tools</source>
        <translation>Vertragswerkzeuge</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>What the customer pays under this agreement (Agreement &gt; Subscription… changes it)</source>
        <translation>Was der Kunde im Rahmen dieses Vertrags zahlt (Vertrag &gt; Abonnement… ändert es)</translation>
    </message>
    <message>
        <source>Subscription: could not be read (%1)</source>
        <translation>Abonnement: konnte nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>No subscription stored (Agreement &gt; Subscription…)</source>
        <translation>Kein Abonnement gespeichert (Vertrag &gt; Abonnement…)</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n Dienst</numerusform>
            <numerusform>%n Dienste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n Zahlung</numerusform>
            <numerusform>%n Zahlungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Subscription since %1: %2, %3 a month, %4</source>
        <translation>Abonnement seit %1: %2, %3 pro Monat, %4</translation>
    </message>
    <message>
        <source>Subscription: %1, %2 a month, %3</source>
        <translation>Abonnement: %1, %2 pro Monat, %3</translation>
    </message>
</context>
<context>
    <name>termlens::AvailabilityChart</name>
    <message>
        <source>Monthly availability chart</source>
        <translation>Diagramm der monatlichen Verfügbarkeit</translation>
    </message>
    <message>
        <source>Choose a month to see its agreement&apos;s chart</source>
        <translation>Wählen Sie einen Monat, um das Diagramm seines Vertrags zu sehen</translation>
    </message>
    <message>
        <source>Availability %</source>
        <translation>Verfügbarkeit %</translation>
    </message>
    <message>
        <source>Target %1 %</source>
        <translation>Zielwert %1 %</translation>
    </message>
    <message>
        <source>Availability (%)</source>
        <translation>Verfügbarkeit (%)</translation>
    </message>
</context>
<context>
    <name>termlens::BusinessCalendar</name>
    <message>
        <source>The business hours&apos; time zone &quot;%1&quot; is not a known IANA time zone.</source>
        <translation>Die Zeitzone „%1“ der Geschäftszeiten ist keine bekannte IANA-Zeitzone.</translation>
    </message>
    <message>
        <source>The business hours have no opening or closing time.</source>
        <translation>Für die Geschäftszeiten fehlt der Beginn oder das Ende.</translation>
    </message>
    <message>
        <source>The business hours list no valid weekdays.</source>
        <translation>Die Geschäftszeiten enthalten keine gültigen Wochentage.</translation>
    </message>
    <message>
        <source>%1 %2–%3 %4, %5</source>
        <translation>%1 %2–%3 %4, %5</translation>
    </message>
</context>
<context>
    <name>termlens::CitationPanel</name>
    <message>
        <source>Term</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Cited clause</source>
        <translation>Zitierte Klausel</translation>
    </message>
    <message>
        <source>Quoted words</source>
        <translation>Zitierter Wortlaut</translation>
    </message>
    <message>
        <source>Reading chosen</source>
        <translation>Gewählte Auslegung</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Mehrdeutig</translation>
    </message>
    <message>
        <source>Ambiguity</source>
        <translation>Mehrdeutigkeit</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No clause cited.</source>
        <translation>Keine Klausel zitiert.</translation>
    </message>
    <message>
        <source>Cited: %1</source>
        <translation>Zitiert: %1</translation>
    </message>
    <message>
        <source>The agreement&apos;s documents do not state this term.</source>
        <translation>Die Dokumente des Vertrags enthalten diese Bedingung nicht.</translation>
    </message>
</context>
<context>
    <name>termlens::ClaimDraftDialog</name>
    <message>
        <source>Draft Credit Claim</source>
        <translation>Gutschriftsanspruch entwerfen</translation>
    </message>
    <message>
        <source>What the agreement requires:</source>
        <translation>Was der Vertrag verlangt:</translation>
    </message>
    <message>
        <source>Claim requirements</source>
        <translation>Anforderungen an den Anspruch</translation>
    </message>
    <message>
        <source>Subject line</source>
        <translation>Betreffzeile</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>Claim text</source>
        <translation>Text des Anspruchs</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the subject and text to the clipboard</source>
        <translation>Betreff und Text in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the claim</source>
        <translation>Den Anspruch drucken</translation>
    </message>
    <message>
        <source>Print Claim</source>
        <translation>Anspruch drucken</translation>
    </message>
</context>
<context>
    <name>termlens::CompareScreen</name>
    <message>
        <source>Citation</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <source>Choose a cell to see the clause it cites.</source>
        <translation>Wählen Sie eine Zelle, um die zitierte Klausel zu sehen.</translation>
    </message>
    <message>
        <source>Filter terms and values</source>
        <translation>Bedingungen und Werte filtern</translation>
    </message>
    <message>
        <source>Group of terms</source>
        <translation>Gruppe von Bedingungen</translation>
    </message>
    <message>
        <source>All terms</source>
        <translation>Alle Bedingungen</translation>
    </message>
    <message>
        <source>Only rows that differ</source>
        <translation>Nur abweichende Zeilen</translation>
    </message>
    <message>
        <source>Copy Table</source>
        <translation>Tabelle kopieren</translation>
    </message>
    <message>
        <source>Copy the table as text</source>
        <translation>Tabelle als Text kopieren</translation>
    </message>
    <message>
        <source>Copy the rows shown, with the agreements&apos; names, as tab-separated text</source>
        <translation>Die angezeigten Zeilen mit den Namen der Verträge als tabulatorgetrennten Text kopieren</translation>
    </message>
    <message>
        <source>▲ best  ▼ worst  ·  playbook: ✔ pass  ⚠ warn  ✖ fail  ? not stated</source>
        <translation>▲ bester Wert  ▼ schlechtester Wert  ·  Playbook: ✔ erfüllt  ⚠ Warnung  ✖ nicht erfüllt  ? nicht angegeben</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Agreements compared</source>
        <translation>Verglichene Verträge</translation>
    </message>
    <message>
        <source>Tick to compare; drag to reorder.</source>
        <translation>Zum Vergleichen anhaken; zum Umordnen ziehen.</translation>
    </message>
    <message>
        <source>Compare All</source>
        <translation>Alle vergleichen</translation>
    </message>
    <message>
        <source>Compare all agreements</source>
        <translation>Alle Verträge vergleichen</translation>
    </message>
    <message>
        <source>Comparison of agreements</source>
        <translation>Vergleich der Verträge</translation>
    </message>
    <message>
        <source>No workspace is open. Use File &gt; Open or File &gt; New.</source>
        <translation>Kein Arbeitsbereich geöffnet. Verwenden Sie Datei &gt; Öffnen oder Datei &gt; Neuer leerer Arbeitsbereich.</translation>
    </message>
    <message>
        <source>This workspace has no agreements to compare.</source>
        <translation>Dieser Arbeitsbereich enthält keine Verträge zum Vergleichen.</translation>
    </message>
    <message>
        <source>Playbook:
%1</source>
        <translation>Playbook:
%1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The documents do not state this term.</source>
        <translation>Die Dokumente enthalten diese Bedingung nicht.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s) of the comparison.</source>
        <translation>
            <numerusform>%n Zeile des Vergleichs kopiert.</numerusform>
            <numerusform>%n Zeilen des Vergleichs kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only the rows whose term or values contain these words</source>
        <translation>Nur die Zeilen anzeigen, deren Bedingung oder Werte diese Wörter enthalten</translation>
    </message>
    <message>
        <source>Show one group of terms, or all of them</source>
        <translation>Eine Gruppe von Bedingungen oder alle anzeigen</translation>
    </message>
    <message>
        <source>Hide the rows where every agreement compared says the same</source>
        <translation>Die Zeilen ausblenden, in denen alle verglichenen Verträge dasselbe sagen</translation>
    </message>
    <message>
        <source>Cap for a claim on</source>
        <translation>Obergrenze für einen Anspruch am</translation>
    </message>
    <message>
        <source>Claim date for the liability cap</source>
        <translation>Anspruchsdatum für die Haftungsobergrenze</translation>
    </message>
    <message>
        <source>The liability cap in money is worked out for a claim made on this day, from the subscription&apos;s payments</source>
        <translation>Die Haftungsobergrenze als Geldbetrag wird für einen an diesem Tag geltend gemachten Anspruch aus den Zahlungen des Abonnements berechnet</translation>
    </message>
    <message>
        <source>Compare every agreement of the workspace, in the list&apos;s order</source>
        <translation>Alle Verträge des Arbeitsbereichs in der Reihenfolge der Liste vergleichen</translation>
    </message>
</context>
<context>
    <name>termlens::ComparisonModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (playbook: %2)</source>
        <translation>%1 (Playbook: %2)</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Bedingung</translation>
    </message>
</context>
<context>
    <name>termlens::CreditLedgerModel</name>
    <message>
        <source>Target met</source>
        <translation>Zielwert erreicht</translation>
    </message>
    <message>
        <source>Missed; no credit terms</source>
        <translation>Verfehlt; keine Gutschriftsbedingungen</translation>
    </message>
    <message>
        <source>Missed; below the minimum</source>
        <translation>Verfehlt; unter dem Mindestbetrag</translation>
    </message>
    <message>
        <source>Missed; no credit</source>
        <translation>Verfehlt; keine Gutschrift</translation>
    </message>
    <message>
        <source>Month in progress</source>
        <translation>Monat läuft noch</translation>
    </message>
    <message>
        <source>Open, no deadline stated</source>
        <translation>Offen, keine Frist angegeben</translation>
    </message>
    <message>
        <source>Open, last day today</source>
        <translation>Offen, letzter Tag heute</translation>
    </message>
    <message numerus="yes">
        <source>Open, %n day(s) left</source>
        <translation>
            <numerusform>Offen, noch %n Tag</numerusform>
            <numerusform>Offen, noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Claimed %1</source>
        <translation>Beansprucht am %1</translation>
    </message>
    <message>
        <source>Claimed %1 (%2)</source>
        <translation>Beansprucht am %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Expired %n day(s) ago</source>
        <translation>
            <numerusform>Vor %n Tag abgelaufen</numerusform>
            <numerusform>Vor %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>no fee known</source>
        <translation>kein Entgelt bekannt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Downtime (min)</source>
        <translation>Ausfallzeit (min)</translation>
    </message>
    <message>
        <source>Credit %</source>
        <translation>Gutschrift %</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Claim by</source>
        <translation>Geltend zu machen bis</translation>
    </message>
    <message>
        <source>Claim status</source>
        <translation>Anspruchsstatus</translation>
    </message>
</context>
<context>
    <name>termlens::CreditsScreen</name>
    <message>
        <source>Filter by agreement, month, service or status</source>
        <translation>Nach Vertrag, Monat, Dienst oder Status filtern</translation>
    </message>
    <message>
        <source>Filter credits</source>
        <translation>Gutschriften filtern</translation>
    </message>
    <message>
        <source>&amp;Mark Claimed…</source>
        <translation>Als beansprucht &amp;markieren…</translation>
    </message>
    <message>
        <source>Record that this month&apos;s credit was claimed, with the date and the vendor&apos;s reference</source>
        <translation>Erfassen, dass die Gutschrift dieses Monats beansprucht wurde, mit Datum und Referenz des Anbieters</translation>
    </message>
    <message>
        <source>&amp;Unmark Claim</source>
        <translation>Markierung &amp;aufheben</translation>
    </message>
    <message>
        <source>Remove the claim recorded for this month</source>
        <translation>Den für diesen Monat erfassten Anspruch entfernen</translation>
    </message>
    <message>
        <source>&amp;Draft Claim…</source>
        <translation>Anspruch &amp;entwerfen…</translation>
    </message>
    <message>
        <source>Write the claim the agreement asks for, to copy or print</source>
        <translation>Den vom Vertrag verlangten Anspruch verfassen, zum Kopieren oder Drucken</translation>
    </message>
    <message>
        <source>Credits by agreement and month</source>
        <translation>Gutschriften nach Vertrag und Monat</translation>
    </message>
    <message>
        <source>Working of the selected month</source>
        <translation>Rechenweg des ausgewählten Monats</translation>
    </message>
    <message>
        <source>Select a month to see how its credit was worked out.</source>
        <translation>Wählen Sie einen Monat, um zu sehen, wie seine Gutschrift berechnet wurde.</translation>
    </message>
    <message>
        <source>all services</source>
        <translation>alle Dienste</translation>
    </message>
    <message>
        <source>%1, %2, %3: %4</source>
        <translation>%1, %2, %3: %4</translation>
    </message>
    <message>
        <source>%1, %2: monthly availability</source>
        <translation>%1, %2: monatliche Verfügbarkeit</translation>
    </message>
    <message>
        <source>Mark Credit Claimed</source>
        <translation>Gutschrift als beansprucht markieren</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Date claimed</source>
        <translation>Datum des Anspruchs</translation>
    </message>
    <message>
        <source>&amp;Claimed on:</source>
        <translation>&amp;Beansprucht am:</translation>
    </message>
    <message>
        <source>Claim reference</source>
        <translation>Referenz des Anspruchs</translation>
    </message>
    <message>
        <source>The vendor&apos;s case or ticket number</source>
        <translation>Die Vorgangs- oder Ticketnummer des Anbieters</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referenz:</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Gutschriften</translation>
    </message>
</context>
<context>
    <name>termlens::DataLocationMatrixModel</name>
    <message>
        <source>Country not stated</source>
        <translation>Land nicht angegeben</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n vendor(s)</source>
        <translation>
            <numerusform>%n Anbieter</numerusform>
            <numerusform>%n Anbieter</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ outside the UK/EEA · %1</source>
        <translation>⚠ außerhalb UK/EWR · %1</translation>
    </message>
    <message>
        <source>UK/EEA · %1</source>
        <translation>UK/EWR · %1</translation>
    </message>
    <message>
        <source>%1
Outside the UK and the EEA: storing personal data here is a restricted transfer under UK and EU GDPR.</source>
        <translation>%1
Außerhalb des Vereinigten Königreichs und des EWR: Die Speicherung personenbezogener Daten hier ist eine eingeschränkte Übermittlung nach UK- und EU-DSGVO.</translation>
    </message>
    <message>
        <source>Transfers abroad</source>
        <translation>Übermittlungen ins Ausland</translation>
    </message>
    <message>
        <source>Each agreement&apos;s restriction on moving the data to other countries</source>
        <translation>Die Einschränkungen jedes Vertrags für die Übermittlung der Daten in andere Länder</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) state it</source>
        <translation>
            <numerusform>%n Vertrag gibt dies an</numerusform>
            <numerusform>%n Verträge geben dies an</numerusform>
        </translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
</context>
<context>
    <name>termlens::DeadlinesScreen</name>
    <message>
        <source>Filter deadlines</source>
        <translation>Fristen filtern</translation>
    </message>
    <message>
        <source>&amp;Breach notified on:</source>
        <translation>&amp;Vertragsverletzung gemeldet am:</translation>
    </message>
    <message>
        <source>Show the cure periods a breach notice on this day would open</source>
        <translation>Die Abhilfefristen anzeigen, die eine an diesem Tag gemeldete Vertragsverletzung auslösen würde</translation>
    </message>
    <message>
        <source>Date the breach was notified</source>
        <translation>Datum der Meldung der Vertragsverletzung</translation>
    </message>
    <message>
        <source>Agreement &amp;ends on:</source>
        <translation>Vertrag &amp;endet am:</translation>
    </message>
    <message>
        <source>Count data-retrieval windows from this day instead of the end of the current term</source>
        <translation>Fristen für den Datenabruf ab diesem Tag statt ab dem Ende der laufenden Vertragslaufzeit berechnen</translation>
    </message>
    <message>
        <source>Date the agreement ends</source>
        <translation>Datum des Vertragsendes</translation>
    </message>
    <message>
        <source>E&amp;xport Calendar…</source>
        <translation>Kalender e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save every deadline as an .ics calendar with reminders</source>
        <translation>Alle Fristen als .ics-Kalender mit Erinnerungen speichern</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Fristen</translation>
    </message>
    <message>
        <source>Working of the selected deadline</source>
        <translation>Rechenweg der ausgewählten Frist</translation>
    </message>
    <message>
        <source>Select a deadline to see how its date was worked out.</source>
        <translation>Wählen Sie eine Frist, um zu sehen, wie ihr Datum berechnet wurde.</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Could not write the calendar “%1”: %2</source>
        <translation>Der Kalender „%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n deadline(s) to %1</source>
        <translation>
            <numerusform>%n Frist in %1 gespeichert</numerusform>
            <numerusform>%n Fristen in %1 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Deadlines</source>
        <translation>Fristen exportieren</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
</context>
<context>
    <name>termlens::DocumentView</name>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Quote status</source>
        <translation>Zitatstatus</translation>
    </message>
    <message>
        <source>Document text</source>
        <translation>Dokumenttext</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (Version %2)</translation>
    </message>
    <message>
        <source>This document&apos;s text is not stored.</source>
        <translation>Der Text dieses Dokuments ist nicht gespeichert.</translation>
    </message>
    <message>
        <source>No quote cited for this term.</source>
        <translation>Für diese Bedingung ist kein Zitat angegeben.</translation>
    </message>
    <message>
        <source>Quote not found in the text.</source>
        <translation>Zitat nicht im Text gefunden.</translation>
    </message>
    <message>
        <source>Quote highlighted.</source>
        <translation>Zitat hervorgehoben.</translation>
    </message>
    <message>
        <source>Quote highlighted (found with spacing or punctuation differences).</source>
        <translation>Zitat hervorgehoben (mit Abweichungen bei Leerzeichen oder Satzzeichen gefunden).</translation>
    </message>
</context>
<context>
    <name>termlens::Holidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Neujahr</translation>
    </message>
    <message>
        <source>New Year&apos;s Day (substitute day)</source>
        <translation>Neujahr (Ersatzfeiertag)</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Karfreitag</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Ostermontag</translation>
    </message>
    <message>
        <source>Early May bank holiday (VE day)</source>
        <translation>Bankfeiertag Anfang Mai (VE Day)</translation>
    </message>
    <message>
        <source>Early May bank holiday</source>
        <translation>Bankfeiertag Anfang Mai</translation>
    </message>
    <message>
        <source>Spring bank holiday</source>
        <translation>Bankfeiertag im Frühjahr</translation>
    </message>
    <message>
        <source>Summer bank holiday</source>
        <translation>Bankfeiertag im Sommer</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Erster Weihnachtstag</translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation>Zweiter Weihnachtstag</translation>
    </message>
    <message>
        <source>Christmas Day (substitute day)</source>
        <translation>Erster Weihnachtstag (Ersatzfeiertag)</translation>
    </message>
    <message>
        <source>Boxing Day (substitute day)</source>
        <translation>Zweiter Weihnachtstag (Ersatzfeiertag)</translation>
    </message>
    <message>
        <source>Royal wedding</source>
        <translation>Königliche Hochzeit</translation>
    </message>
    <message>
        <source>Millennium celebrations</source>
        <translation>Millenniumsfeier</translation>
    </message>
    <message>
        <source>Golden Jubilee bank holiday</source>
        <translation>Bankfeiertag zum Goldenen Thronjubiläum</translation>
    </message>
    <message>
        <source>Diamond Jubilee bank holiday</source>
        <translation>Bankfeiertag zum Diamantenen Thronjubiläum</translation>
    </message>
    <message>
        <source>Platinum Jubilee bank holiday</source>
        <translation>Bankfeiertag zum Platin-Thronjubiläum</translation>
    </message>
    <message>
        <source>Bank holiday for the State Funeral of Queen Elizabeth II</source>
        <translation>Bankfeiertag zum Staatsbegräbnis von Königin Elisabeth II.</translation>
    </message>
    <message>
        <source>Bank holiday for the coronation of King Charles III</source>
        <translation>Bankfeiertag zur Krönung von König Charles III.</translation>
    </message>
    <message>
        <source>Juneteenth National Independence Day</source>
        <translation>Juneteenth (Nationaler Unabhängigkeitstag)</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>Unabhängigkeitstag</translation>
    </message>
    <message>
        <source>Veterans Day</source>
        <translation>Veterans Day</translation>
    </message>
    <message>
        <source>Washington&apos;s Birthday</source>
        <translation>Washingtons Geburtstag</translation>
    </message>
    <message>
        <source>Memorial Day</source>
        <translation>Memorial Day</translation>
    </message>
    <message>
        <source>Labor Day</source>
        <translation>Labor Day</translation>
    </message>
    <message>
        <source>Columbus Day</source>
        <translation>Columbus Day</translation>
    </message>
    <message>
        <source>Thanksgiving Day</source>
        <translation>Thanksgiving</translation>
    </message>
    <message>
        <source>Birthday of Martin Luther King, Jr.</source>
        <translation>Geburtstag von Martin Luther King, Jr.</translation>
    </message>
    <message>
        <source>%1 (observed)</source>
        <translation>%1 (Ersatzfeiertag)</translation>
    </message>
    <message>
        <source>no public holidays</source>
        <translation>keine Feiertage</translation>
    </message>
    <message>
        <source>England and Wales bank holidays</source>
        <translation>Bankfeiertage in England und Wales</translation>
    </message>
    <message>
        <source>US federal holidays</source>
        <translation>US-Bundesfeiertage</translation>
    </message>
</context>
<context>
    <name>termlens::LocalTime</name>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Dienstag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mittwoch</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Donnerstag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Freitag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>no days</source>
        <translation>keine Tage</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>termlens::MainWindow</name>
    <message>
        <source>Screens</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Number of agreements</source>
        <translation>Anzahl der Verträge</translation>
    </message>
    <message>
        <source>Open a workspace with File &gt; Open, or start one with File &gt; New.</source>
        <translation>Öffnen Sie einen Arbeitsbereich mit Datei &gt; Öffnen, oder legen Sie mit Datei &gt; Neuer leerer Arbeitsbereich einen neuen an.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About TermLens</source>
        <translation>Ü&amp;ber TermLens</translation>
    </message>
    <message>
        <source>Show the version and purpose of TermLens</source>
        <translation>Version und Zweck von TermLens anzeigen</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Show the version of the Qt toolkit</source>
        <translation>Version des Qt-Toolkits anzeigen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Empty Workspace…</source>
        <translation>&amp;Neuer leerer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>Create a new workspace file with no agreements</source>
        <translation>Neue Arbeitsbereichsdatei ohne Verträge erstellen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a workspace file</source>
        <translation>Arbeitsbereichsdatei öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Open a workspace used recently</source>
        <translation>Zuletzt verwendeten Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <source>Write a copy of the open workspace to another file</source>
        <translation>Kopie des geöffneten Arbeitsbereichs in eine andere Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close TermLens</source>
        <translation>TermLens beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows or text</source>
        <translation>Ausgewählte Zeilen oder ausgewählten Text kopieren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Filter the list on this screen</source>
        <translation>Liste in dieser Ansicht filtern</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show the %1 screen</source>
        <translation>Ansicht %1 anzeigen</translation>
    </message>
    <message>
        <source>Could not open the workspace</source>
        <translation>Der Arbeitsbereich konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not open the workspace “%1”.

%2

File: %3</source>
        <translation>Der Arbeitsbereich „%1“ konnte nicht geöffnet werden.

%2

Datei: %3</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Could not read the workspace</source>
        <translation>Der Arbeitsbereich konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not read the agreements of “%1”.

%2

File: %3</source>
        <translation>Die Verträge von „%1“ konnten nicht gelesen werden.

%2

Datei: %3</translation>
    </message>
    <message>
        <source>1 agreement</source>
        <translation>1 Vertrag</translation>
    </message>
    <message>
        <source>%1 agreements</source>
        <translation>%1 Verträge</translation>
    </message>
    <message>
        <source>TermLens</source>
        <translation>TermLens</translation>
    </message>
    <message>
        <source>%1 — TermLens</source>
        <translation>%1 — TermLens</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt verwendeten Arbeitsbereiche</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>New Empty Workspace</source>
        <translation>Neuer leerer Arbeitsbereich</translation>
    </message>
    <message>
        <source>TermLens workspaces (*.termlens)</source>
        <translation>TermLens-Arbeitsbereiche (*.termlens)</translation>
    </message>
    <message>
        <source>Could not create the workspace</source>
        <translation>Der Arbeitsbereich konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>“%1” already exists. A new workspace never replaces a file: choose another name.

File: %2</source>
        <translation>„%1“ existiert bereits. Ein neuer Arbeitsbereich ersetzt nie eine vorhandene Datei: Wählen Sie einen anderen Namen.

Datei: %2</translation>
    </message>
    <message>
        <source>Could not create the workspace “%1”.

%2

File: %3</source>
        <translation>Der Arbeitsbereich „%1“ konnte nicht erstellt werden.

%2

Datei: %3</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>TermLens workspaces (*.termlens);;All files (*)</source>
        <translation>TermLens-Arbeitsbereiche (*.termlens);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Could not save a copy</source>
        <translation>Die Kopie konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not save a copy as “%1”.

%2

File: %3</source>
        <translation>Die Kopie konnte nicht als „%1“ gespeichert werden.

%2

Datei: %3</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Kopie als %1 gespeichert</translation>
    </message>
    <message>
        <source>About TermLens</source>
        <translation>Über TermLens</translation>
    </message>
    <message>
        <source>TermLens %1

Compares SaaS agreements term by term, computes the service credits each contract owes by its own rules, and tracks the deadlines that cost money when missed. Everything stays on this computer.</source>
        <translation>TermLens %1

Vergleicht SaaS-Verträge Bedingung für Bedingung, berechnet die Servicegutschriften, die jeder Vertrag nach seinen eigenen Regeln schuldet, und überwacht die Fristen, deren Versäumnis Geld kostet. Alle Daten bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>Import &amp;Agreements…</source>
        <translation>&amp;Verträge importieren…</translation>
    </message>
    <message>
        <source>Add agreements from term-sheet files (.termsheet.json)</source>
        <translation>Verträge aus Term-Sheet-Dateien (.termsheet.json) hinzufügen</translation>
    </message>
    <message>
        <source>Import &amp;Outages…</source>
        <translation>&amp;Ausfälle importieren…</translation>
    </message>
    <message>
        <source>Add outages from a CSV file or a Statuspage incident history</source>
        <translation>Ausfälle aus einer CSV-Datei oder einem Statuspage-Vorfallsverlauf hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write a PDF report of the workspace</source>
        <translation>Einen PDF-Bericht über den Arbeitsbereich erstellen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change to the workspace</source>
        <translation>Letzte Änderung am Arbeitsbereich rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Redo the change last undone</source>
        <translation>Zuletzt rückgängig gemachte Änderung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore &amp;Backup…</source>
        <translation>&amp;Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Replace the open workspace with one of its backups (the current state is kept)</source>
        <translation>Den geöffneten Arbeitsbereich durch eine seiner Sicherungen ersetzen (der aktuelle Stand bleibt erhalten)</translation>
    </message>
    <message>
        <source>Could not change the language</source>
        <translation>Die Sprache konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>Close the open dialog “%1” first: the screens are rebuilt in the new language.</source>
        <translation>Schließen Sie zuerst den geöffneten Dialog „%1“: Die Ansichten werden in der neuen Sprache neu aufgebaut.</translation>
    </message>
    <message>
        <source>Change the Language</source>
        <translation>Sprache ändern</translation>
    </message>
    <message>
        <source>The screens are rebuilt in the new language, on the same workspace. Edit &gt; Undo cannot take back the changes made so far afterwards.

Change the language now?</source>
        <translation>Die Ansichten werden in der neuen Sprache neu aufgebaut, mit demselben Arbeitsbereich. Bearbeiten &gt; Rückgängig kann die bis dahin vorgenommenen Änderungen danach nicht mehr zurücknehmen.

Sprache jetzt ändern?</translation>
    </message>
    <message>
        <source>TermLens is now shown in %1.</source>
        <translation>TermLens wird jetzt auf %1 angezeigt.</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>“%1” is read-only: its permissions do not let TermLens write to it. You can read it, but changes cannot be saved; use File &gt; Save a Copy to work on a copy.

File: %2</source>
        <translation>„%1“ ist schreibgeschützt: Die Berechtigungen der Datei erlauben TermLens nicht, in sie zu schreiben. Sie können sie lesen, aber Änderungen können nicht gespeichert werden; verwenden Sie Datei &gt; Kopie speichern, um an einer Kopie zu arbeiten.

Datei: %2</translation>
    </message>
    <message>
        <source>%1 (read-only) — TermLens</source>
        <translation>%1 (schreibgeschützt) — TermLens</translation>
    </message>
    <message>
        <source>Could not back up the workspace</source>
        <translation>Der Arbeitsbereich konnte nicht gesichert werden</translation>
    </message>
    <message>
        <source>The session&apos;s backup of “%1” could not be written; the workspace is open and unchanged.

%2

File: %3</source>
        <translation>Die Sitzungssicherung von „%1“ konnte nicht geschrieben werden; der Arbeitsbereich ist geöffnet und unverändert.

%2

Datei: %3</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace “%1” with the backup taken %2?

The workspace as it is now is kept as a backup first, so you can restore it again from File &gt; Restore Backup. Undo history is cleared.</source>
        <translation>„%1“ durch die Sicherung vom %2 ersetzen?

Der aktuelle Stand des Arbeitsbereichs wird zuerst als Sicherung aufbewahrt, sodass Sie ihn über Datei &gt; Sicherung wiederherstellen erneut wiederherstellen können. Der Rückgängig-Verlauf wird gelöscht.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Could not restore the backup</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>%1

File: %2</source>
        <translation>%1

Datei: %2</translation>
    </message>
    <message>
        <source>Restored %1; the workspace as it was is kept as %2</source>
        <translation>%1 wiederhergestellt; der vorherige Stand des Arbeitsbereichs ist als %2 aufbewahrt</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Fortschritt der Sicherung</translation>
    </message>
    <message>
        <source>Backing up %1…</source>
        <translation>%1 wird gesichert…</translation>
    </message>
    <message>
        <source>The session&apos;s backup of the workspace is being written beside it; you can keep working</source>
        <translation>Die Sicherung des Arbeitsbereichs für diese Sitzung wird neben ihm geschrieben; Sie können weiterarbeiten</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Gesichert in %1</translation>
    </message>
    <message>
        <source>Could not change the number of backups kept</source>
        <translation>Die Anzahl der aufbewahrten Sicherungen konnte nicht geändert werden</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n backup(s) of %1 are kept</source>
        <translation>
            <numerusform>Die neueste Sicherung von %1 wird aufbewahrt</numerusform>
            <numerusform>Die neuesten %n Sicherungen von %1 werden aufbewahrt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>termlens::MatrixScreen</name>
    <message>
        <source>Sub-processors by vendor</source>
        <translation>Unterauftragsverarbeiter nach Anbieter</translation>
    </message>
    <message>
        <source>Data locations by vendor</source>
        <translation>Datenstandorte nach Anbieter</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <source>Choose a cell to see the clause it cites.</source>
        <translation>Wählen Sie eine Zelle, um die zitierte Klausel zu sehen.</translation>
    </message>
    <message>
        <source>Filter sub-processors, purposes and countries</source>
        <translation>Unterauftragsverarbeiter, Zwecke und Länder filtern</translation>
    </message>
    <message>
        <source>Filter countries, regions and providers</source>
        <translation>Länder, Regionen und Dienstleister filtern</translation>
    </message>
    <message>
        <source>Only shared sub-processors</source>
        <translation>Nur gemeinsame Unterauftragsverarbeiter</translation>
    </message>
    <message>
        <source>Only outside the UK/EEA</source>
        <translation>Nur außerhalb UK/EWR</translation>
    </message>
    <message>
        <source>Show only providers behind more than one vendor</source>
        <translation>Nur Dienstleister anzeigen, die hinter mehr als einem Anbieter stehen</translation>
    </message>
    <message>
        <source>Show only countries outside the UK and the EEA</source>
        <translation>Nur Länder außerhalb des Vereinigten Königreichs und des EWR anzeigen</translation>
    </message>
    <message>
        <source>✔ named by the vendor  ·  ⚠ behind several vendors (concentration risk)</source>
        <translation>✔ vom Anbieter genannt  ·  ⚠ hinter mehreren Anbietern (Konzentrationsrisiko)</translation>
    </message>
    <message>
        <source>⚠ outside the UK/EEA  ·  last row: each agreement&apos;s transfer restriction</source>
        <translation>⚠ außerhalb UK/EWR  ·  letzte Zeile: Übermittlungsbeschränkung jedes Vertrags</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Copy Table</source>
        <translation>Tabelle kopieren</translation>
    </message>
    <message>
        <source>Copy the table as text</source>
        <translation>Tabelle als Text kopieren</translation>
    </message>
    <message>
        <source>Copy the rows shown as tab-separated text</source>
        <translation>Die angezeigten Zeilen als tabulatorgetrennten Text kopieren</translation>
    </message>
    <message>
        <source>This workspace has no agreements.</source>
        <translation>Dieser Arbeitsbereich enthält keine Verträge.</translation>
    </message>
    <message>
        <source>No agreement names its sub-processors.</source>
        <translation>Kein Vertrag nennt seine Unterauftragsverarbeiter.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The documents do not state this term.</source>
        <translation>Die Dokumente enthalten diese Bedingung nicht.</translation>
    </message>
    <message>
        <source>No quoted words for this entry.</source>
        <translation>Kein zitierter Wortlaut für diesen Eintrag.</translation>
    </message>
</context>
<context>
    <name>termlens::ObligationListModel</name>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Seit %n Tag überfällig</numerusform>
            <numerusform>Seit %n Tagen überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message numerus="yes">
        <source>In %n day(s)</source>
        <translation>
            <numerusform>In %n Tag</numerusform>
            <numerusform>In %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewal notice</source>
        <translation>Letzter Kündigungstag</translation>
    </message>
    <message>
        <source>Term end</source>
        <translation>Laufzeitende</translation>
    </message>
    <message>
        <source>Credit claim</source>
        <translation>Gutschriftsanspruch</translation>
    </message>
    <message>
        <source>Cure period</source>
        <translation>Abhilfefrist</translation>
    </message>
    <message>
        <source>Data retrieval</source>
        <translation>Datenabruf</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Klausel</translation>
    </message>
</context>
<context>
    <name>termlens::OutageImportController</name>
    <message>
        <source>Open a workspace before importing outages.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, bevor Sie Ausfälle importieren.</translation>
    </message>
    <message>
        <source>Import Outages</source>
        <translation>Ausfälle importieren</translation>
    </message>
    <message>
        <source>Outage files (*.csv *.json *.txt);;All files (*)</source>
        <translation>Ausfalldateien (*.csv *.json *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 outages imported into %2; %3 were already stored.</source>
        <translation>%1 Ausfälle in %2 importiert; %3 waren bereits gespeichert.</translation>
    </message>
</context>
<context>
    <name>termlens::OutageImportDialog</name>
    <message>
        <source>Import Outages</source>
        <translation>Ausfälle importieren</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>As named in the file</source>
        <translation>Wie in der Datei benannt</translation>
    </message>
    <message>
        <source>Only this service&apos;s outages are imported, and records that name no service are this service&apos;s. Leave empty to import every service named in the file.</source>
        <translation>Nur die Ausfälle dieses Dienstes werden importiert, und Einträge ohne Dienstangabe werden diesem Dienst zugeordnet. Lassen Sie das Feld leer, um alle in der Datei genannten Dienste zu importieren.</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>TermLens outage CSV</source>
        <translation>TermLens-Ausfall-CSV</translation>
    </message>
    <message>
        <source>Statuspage incident history (JSON)</source>
        <translation>Statuspage-Vorfallsverlauf (JSON)</translation>
    </message>
    <message>
        <source>Other CSV, through a column mapping</source>
        <translation>Andere CSV, über eine Spaltenzuordnung</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the column mapping</source>
        <translation>Spaltenzuordnung bearbeiten</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>New column mapping</source>
        <translation>Neue Spaltenzuordnung</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>&amp;Agreement:</source>
        <translation>&amp;Vertrag:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>&amp;Zuordnung:</translation>
    </message>
    <message>
        <source>Preview: nothing is stored until you choose Import</source>
        <translation>Vorschau: Es wird nichts gespeichert, bis Sie „Importieren“ wählen</translation>
    </message>
    <message>
        <source>What the import brings</source>
        <translation>Was importiert wird</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Probleme in der Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Copy Problems</source>
        <translation>Probleme &amp;kopieren</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing can be imported until the file or the choices above are corrected.</source>
        <translation>
            <numerusform>%n Problem: Es kann nichts importiert werden, bis die Datei oder die Auswahl oben korrigiert ist.</numerusform>
            <numerusform>%n Probleme: Es kann nichts importiert werden, bis die Datei oder die Auswahl oben korrigiert ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no outage to import.</source>
        <translation>Die Datei enthält keinen Ausfall zum Importieren.</translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation>Bereit zum Import.</translation>
    </message>
    <message>
        <source>%1 records read: %2 outages to import, %3 left out (filtered out by the mapping, another service, or no duration).</source>
        <translation>%1 Einträge gelesen: %2 Ausfälle zu importieren, %3 ausgelassen (durch die Zuordnung herausgefiltert, anderer Dienst oder keine Dauer).</translation>
    </message>
    <message numerus="yes">
        <source>Period covered (UTC): %1 to %2; %n still ongoing.</source>
        <translation>
            <numerusform>Erfasster Zeitraum (UTC): %1 bis %2; %n noch andauernd.</numerusform>
            <numerusform>Erfasster Zeitraum (UTC): %1 bis %2; %n noch andauernd.</numerusform>
        </translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Services: %1</source>
        <translation>Dienste: %1</translation>
    </message>
    <message>
        <source>Categories: %1</source>
        <translation>Kategorien: %1</translation>
    </message>
    <message>
        <source>Already stored: %1 of them (importing them again adds nothing).</source>
        <translation>Bereits gespeichert: %1 davon (ein erneuter Import fügt nichts hinzu).</translation>
    </message>
    <message>
        <source>None of them is stored yet.</source>
        <translation>Davon ist noch keiner gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Stop Import</source>
        <translation>Import &amp;stoppen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n outage(s)…</source>
        <translation>
            <numerusform>%n Ausfall wird importiert…</numerusform>
            <numerusform>%n Ausfälle werden importiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Import stopped: nothing was stored.</source>
        <translation>Import gestoppt: Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The import failed and nothing was stored: %1</source>
        <translation>Der Import ist fehlgeschlagen, es wurde nichts gespeichert: %1</translation>
    </message>
    <message>
        <source>My mapping</source>
        <translation>Meine Zuordnung</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1 (bearbeitet)</translation>
    </message>
</context>
<context>
    <name>termlens::OutageImportMappingEditor</name>
    <message>
        <source>Column Mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <source>Mapping name</source>
        <translation>Name der Zuordnung</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>The first line names the columns</source>
        <translation>Die erste Zeile benennt die Spalten</translation>
    </message>
    <message>
        <source>Start column</source>
        <translation>Spalte für den Beginn</translation>
    </message>
    <message>
        <source>End column</source>
        <translation>Spalte für das Ende</translation>
    </message>
    <message>
        <source>Duration column</source>
        <translation>Spalte für die Dauer</translation>
    </message>
    <message>
        <source>Duration unit</source>
        <translation>Einheit der Dauer</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>H:MM:SS</source>
        <translation>H:MM:SS</translation>
    </message>
    <message>
        <source>Time formats</source>
        <translation>Zeitformate</translation>
    </message>
    <message>
        <source>Tried in order, separated by semicolons: iso8601, epoch, epoch-ms, or a pattern such as yyyy-MM-dd HH:mm:ss or M/d/yyyy h:mm AP.</source>
        <translation>Der Reihe nach versucht, durch Semikolons getrennt: iso8601, epoch, epoch-ms oder ein Muster wie yyyy-MM-dd HH:mm:ss oder M/d/yyyy h:mm AP.</translation>
    </message>
    <message>
        <source>Time zone of times without an offset</source>
        <translation>Zeitzone für Zeiten ohne Versatz</translation>
    </message>
    <message>
        <source>Service column</source>
        <translation>Dienstspalte</translation>
    </message>
    <message>
        <source>Service when the row names none</source>
        <translation>Dienst, wenn die Zeile keinen nennt</translation>
    </message>
    <message>
        <source>Category column</source>
        <translation>Kategoriespalte</translation>
    </message>
    <message>
        <source>What the category column&apos;s words mean</source>
        <translation>Bedeutung der Wörter in der Kategoriespalte</translation>
    </message>
    <message>
        <source>One per line: Maintenance = scheduled-maintenance</source>
        <translation>Eine Zuordnung pro Zeile: Maintenance = scheduled-maintenance</translation>
    </message>
    <message>
        <source>Category when there is no category column</source>
        <translation>Kategorie, wenn es keine Kategoriespalte gibt</translation>
    </message>
    <message>
        <source>Reference column</source>
        <translation>Referenzspalte</translation>
    </message>
    <message>
        <source>Notes column</source>
        <translation>Notizspalte</translation>
    </message>
    <message>
        <source>Filter column</source>
        <translation>Filterspalte</translation>
    </message>
    <message>
        <source>Values of the filter column to import</source>
        <translation>Zu importierende Werte der Filterspalte</translation>
    </message>
    <message>
        <source>Comma separated, e.g. Down</source>
        <translation>Durch Kommas getrennt, z. B. Down</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>or &amp;Duration:</source>
        <translation>oder &amp;Dauer:</translation>
    </message>
    <message>
        <source>Time &amp;formats:</source>
        <translation>Zeit&amp;formate:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Zeit&amp;zone:</translation>
    </message>
    <message>
        <source>Ser&amp;vice column:</source>
        <translation>Dienst&amp;spalte:</translation>
    </message>
    <message>
        <source>or fi&amp;xed service:</source>
        <translation>oder fester D&amp;ienst:</translation>
    </message>
    <message>
        <source>&amp;Category column:</source>
        <translation>&amp;Kategoriespalte:</translation>
    </message>
    <message>
        <source>Category &amp;words:</source>
        <translation>Kategorie&amp;wörter:</translation>
    </message>
    <message>
        <source>or fixed c&amp;ategory:</source>
        <translation>oder feste K&amp;ategorie:</translation>
    </message>
    <message>
        <source>&amp;Reference column:</source>
        <translation>&amp;Referenzspalte:</translation>
    </message>
    <message>
        <source>N&amp;otes column:</source>
        <translation>N&amp;otizspalte:</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>ist einer von</translation>
    </message>
    <message>
        <source>Only rows where:</source>
        <translation>Nur Zeilen, in denen:</translation>
    </message>
    <message>
        <source>The first rows as the mapping reads them</source>
        <translation>Die ersten Zeilen, wie die Zuordnung sie liest</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Beginn (UTC)</translation>
    </message>
    <message>
        <source>End (UTC)</source>
        <translation>Ende (UTC)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>The first rows of the file as this mapping reads them:</source>
        <translation>Die ersten Zeilen der Datei, wie diese Zuordnung sie liest:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>andauernd</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read without a problem.</source>
        <translation>
            <numerusform>%n Zeile ohne Problem gelesen.</numerusform>
            <numerusform>%n Zeilen ohne Problem gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The mapping was not saved: %1</source>
        <translation>Die Zuordnung wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>termlens::OutageLedgerModel</name>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Start (UTC)</source>
        <translation>Beginn (UTC)</translation>
    </message>
    <message>
        <source>End (UTC)</source>
        <translation>Ende (UTC)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Notice Given (UTC)</source>
        <translation>Meldung erfolgt (UTC)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has no time zone: add Z for UTC or an offset such as +01:00.</source>
        <translation>%1 „%2“ hat keine Zeitzone: Fügen Sie Z für UTC oder einen Versatz wie +01:00 hinzu.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date and time; write it as ISO 8601 with a zone, e.g. 2026-03-04T10:15:00Z.</source>
        <translation>%1 „%2“ ist kein Datum mit Uhrzeit; schreiben Sie es nach ISO 8601 mit Zone, z. B. 2026-03-04T10:15:00Z.</translation>
    </message>
    <message>
        <source>The end (%1) is not after the start (%2).</source>
        <translation>Das Ende (%1) liegt nicht nach dem Beginn (%2).</translation>
    </message>
    <message>
        <source>Unplanned</source>
        <translation>Ungeplant</translation>
    </message>
    <message>
        <source>Scheduled maintenance</source>
        <translation>Geplante Wartung</translation>
    </message>
    <message>
        <source>Emergency maintenance</source>
        <translation>Notfallwartung</translation>
    </message>
    <message>
        <source>Customer cause</source>
        <translation>Vom Kunden verursacht</translation>
    </message>
    <message>
        <source>Force majeure</source>
        <translation>Höhere Gewalt</translation>
    </message>
    <message>
        <source>Security attack</source>
        <translation>Sicherheitsangriff</translation>
    </message>
    <message>
        <source>Hosting provider</source>
        <translation>Hosting-Anbieter</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>Dritte</translation>
    </message>
    <message>
        <source>Suspension</source>
        <translation>Sperrung</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>andauernd</translation>
    </message>
    <message>
        <source>Hours, minutes and seconds from start to end</source>
        <translation>Stunden, Minuten und Sekunden vom Beginn bis zum Ende</translation>
    </message>
    <message>
        <source>Every outage names its service.</source>
        <translation>Jeder Ausfall nennt seinen Dienst.</translation>
    </message>
    <message>
        <source>The start</source>
        <translation>Der Beginn</translation>
    </message>
    <message>
        <source>The end</source>
        <translation>Das Ende</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an outage category; use one of: %2.</source>
        <translation>„%1“ ist keine Ausfallkategorie; verwenden Sie eine der folgenden: %2.</translation>
    </message>
    <message>
        <source>The notice</source>
        <translation>Die Meldung</translation>
    </message>
    <message>
        <source>The duration follows from the start and the end; edit those.</source>
        <translation>Die Dauer ergibt sich aus Beginn und Ende; bearbeiten Sie diese.</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <translation>Zeile %1, %2: %3</translation>
    </message>
</context>
<context>
    <name>termlens::OutagesScreen</name>
    <message>
        <source>Agreement</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Whose outages the ledger shows</source>
        <translation>Wessen Ausfälle das Verzeichnis zeigt</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Show one service&apos;s outages, or every service&apos;s</source>
        <translation>Die Ausfälle eines Dienstes oder aller Dienste anzeigen</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Show the outages that overlap one month, in the agreement&apos;s time zone</source>
        <translation>Die Ausfälle anzeigen, die einen Monat überschneiden, in der Zeitzone des Vertrags</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Show one category of outage</source>
        <translation>Eine Ausfallkategorie anzeigen</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>&amp;Agreement:</source>
        <translation>&amp;Vertrag:</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Monat:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ka&amp;tegorie:</translation>
    </message>
    <message>
        <source>Why the last edit was refused</source>
        <translation>Warum die letzte Bearbeitung abgelehnt wurde</translation>
    </message>
    <message>
        <source>Outages</source>
        <translation>Ausfälle</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it; Edit &gt; Undo takes an edit back</source>
        <translation>Doppelklicken Sie auf eine Zelle, um sie zu bearbeiten; Bearbeiten &gt; Rückgängig nimmt eine Bearbeitung zurück</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected outages as tab-separated text</source>
        <translation>Die ausgewählten Ausfälle als tabulatorgetrennten Text kopieren</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>Alle Monate</translation>
    </message>
    <message>
        <source>No agreement to show.</source>
        <translation>Kein Vertrag anzuzeigen.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>%1 outage(s)</source>
        <translation>Ausfälle: %1</translation>
    </message>
    <message>
        <source>The edit was not stored: %1</source>
        <translation>Die Bearbeitung wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>termlens::PlaybookResultsModel</name>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Why the playbook asks this: %1</source>
        <translation>Warum das Playbook danach fragt: %1</translation>
    </message>
    <message>
        <source>Cited: %1</source>
        <translation>Zitiert: %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Agreement says</source>
        <translation>Vertrag sagt</translation>
    </message>
    <message>
        <source>Playbook position</source>
        <translation>Position des Playbooks</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>termlens::PlaybookRulesModel</name>
    <message>
        <source>✖ fail if missed</source>
        <translation>✖ nicht erfüllt, wenn verfehlt</translation>
    </message>
    <message>
        <source>⚠ warn if missed</source>
        <translation>⚠ Warnung, wenn verfehlt</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>If missed</source>
        <translation>Wenn verfehlt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>termlens::PlaybookScoresModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vertrag</translation>
    </message>
</context>
<context>
    <name>termlens::PlaybookScreen</name>
    <message>
        <source>The playbook could not be stored: %1</source>
        <translation>Das Playbook konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Playbook rules</source>
        <translation>Playbook-Regeln</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Kind of position</source>
        <translation>Art der Position</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>If missed</source>
        <translation>Wenn verfehlt</translation>
    </message>
    <message>
        <source>✖ fail</source>
        <translation>✖ nicht erfüllt</translation>
    </message>
    <message>
        <source>⚠ warn</source>
        <translation>⚠ Warnung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Why the organisation takes this position</source>
        <translation>Warum die Organisation diese Position einnimmt</translation>
    </message>
    <message>
        <source>Apply to Rule</source>
        <translation>Auf Regel anwenden</translation>
    </message>
    <message>
        <source>Change the chosen rule to the position in the form (undoable)</source>
        <translation>Die gewählte Regel auf die Position im Formular ändern (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Add Rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>Add the position in the form as a new rule (undoable)</source>
        <translation>Die Position im Formular als neue Regel hinzufügen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Remove Rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <source>Remove the chosen rule (undoable)</source>
        <translation>Die gewählte Regel entfernen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Use Default Playbook</source>
        <translation>Standard-Playbook verwenden</translation>
    </message>
    <message>
        <source>Replace the workspace&apos;s playbook by the shipped default (undoable)</source>
        <translation>Das Playbook des Arbeitsbereichs durch den mitgelieferten Standard ersetzen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>&amp;Bedingung:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>If &amp;missed:</source>
        <translation>Wenn &amp;verfehlt:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Be&amp;gründung:</translation>
    </message>
    <message>
        <source>Agreements scored against the playbook</source>
        <translation>Anhand des Playbooks bewertete Verträge</translation>
    </message>
    <message>
        <source>Scores by agreement</source>
        <translation>Bewertungen nach Vertrag</translation>
    </message>
    <message>
        <source>Choose an agreement to see each rule&apos;s verdict and reason.</source>
        <translation>Wählen Sie einen Vertrag, um Ergebnis und Begründung jeder Regel zu sehen.</translation>
    </message>
    <message>
        <source>Verdicts and reasons</source>
        <translation>Ergebnisse und Begründungen</translation>
    </message>
    <message>
        <source>Playbook: %1 (this workspace&apos;s own)</source>
        <translation>Playbook: %1 (eigenes Playbook dieses Arbeitsbereichs)</translation>
    </message>
    <message>
        <source>Playbook: %1 (shipped default)</source>
        <translation>Playbook: %1 (mitgelieferter Standard)</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>mindestens</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>höchstens</translation>
    </message>
    <message>
        <source>only these codes</source>
        <translation>nur diese Codes</translation>
    </message>
    <message>
        <source>none of these codes</source>
        <translation>keiner dieser Codes</translation>
    </message>
    <message>
        <source>must be yes</source>
        <translation>muss ja sein</translation>
    </message>
    <message>
        <source>must be no</source>
        <translation>muss nein sein</translation>
    </message>
    <message>
        <source>a number, in %1</source>
        <translation>eine Zahl, in %1</translation>
    </message>
    <message>
        <source>codes separated by commas, e.g. GB, EEA</source>
        <translation>durch Kommas getrennte Codes, z. B. GB, EEA</translation>
    </message>
    <message>
        <source>no value needed</source>
        <translation>kein Wert erforderlich</translation>
    </message>
    <message>
        <source>Value: “%1” is not a number (write it like 99.9 or 60).</source>
        <translation>Wert: „%1“ ist keine Zahl (schreiben Sie sie wie 99.9 oder 60).</translation>
    </message>
    <message>
        <source>Value: name at least one code, e.g. GB, EEA.</source>
        <translation>Wert: Nennen Sie mindestens einen Code, z. B. GB, EEA.</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <source>Not changed: no workspace is open.</source>
        <translation>Nicht geändert: Es ist kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Change Playbook Rule</source>
        <translation>Playbook-Regel ändern</translation>
    </message>
    <message>
        <source>Add Playbook Rule</source>
        <translation>Playbook-Regel hinzufügen</translation>
    </message>
    <message>
        <source>Remove Playbook Rule</source>
        <translation>Playbook-Regel entfernen</translation>
    </message>
</context>
<context>
    <name>termlens::ReportExportController</name>
    <message>
        <source>Open a workspace before exporting a report.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, bevor Sie einen Bericht exportieren.</translation>
    </message>
    <message>
        <source>Could not export the report</source>
        <translation>Der Bericht konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>%1 report.pdf</source>
        <translation>%1 Bericht.pdf</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Bericht wird vorbereitet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Report export cancelled; nothing was written.</source>
        <translation>Berichtsexport abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The report was not written to %1:
%2</source>
        <translation>Der Bericht wurde nicht nach %1 geschrieben:
%2</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Bericht nach %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>termlens::ReportExportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Agreements in the report</source>
        <translation>Verträge im Bericht</translation>
    </message>
    <message>
        <source>Tick the agreements the report covers</source>
        <translation>Haken Sie die Verträge an, die der Bericht umfasst</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <source>Select &amp;None</source>
        <translation>&amp;Keine auswählen</translation>
    </message>
    <message>
        <source>Include every agreement</source>
        <translation>Alle Verträge einbeziehen</translation>
    </message>
    <message>
        <source>Include no agreement</source>
        <translation>Keinen Vertrag einbeziehen</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Verträge</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Include this section in the report</source>
        <translation>Diesen Abschnitt in den Bericht aufnehmen</translation>
    </message>
    <message>
        <source>&amp;Limit to months:</source>
        <translation>Auf Monate &amp;beschränken:</translation>
    </message>
    <message>
        <source>Without a period: the last complete month back to the first stored outage, at most a year</source>
        <translation>Ohne Zeitraum: der letzte vollständige Monat zurück bis zum ersten gespeicherten Ausfall, höchstens ein Jahr</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>Erster Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Report title</source>
        <translation>Berichtstitel</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Written into the PDF&apos;s properties</source>
        <translation>Wird in die Eigenschaften der PDF-Datei geschrieben</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose where to save the PDF</source>
        <translation>Wählen Sie, wo die PDF-Datei gespeichert wird</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Paper size:</source>
        <translation>Papierformat:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Author:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Choose at least one agreement.</source>
        <translation>Wählen Sie mindestens einen Vertrag.</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Wählen Sie mindestens einen Abschnitt.</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Zeitraum: %1</translation>
    </message>
    <message>
        <source>Choose the file to save the report in.</source>
        <translation>Wählen Sie die Datei, in der der Bericht gespeichert wird.</translation>
    </message>
    <message>
        <source>Save Report As</source>
        <translation>Bericht speichern unter</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
</context>
<context>
    <name>termlens::ResponseDue</name>
    <message>
        <source>clause not stated</source>
        <translation>Klausel nicht angegeben</translation>
    </message>
    <message>
        <source>clause %1</source>
        <translation>Klausel %1</translation>
    </message>
    <message numerus="yes">
        <source>%n business minute</source>
        <translation>
            <numerusform>%n Geschäftsminute</numerusform>
            <numerusform>%n Geschäftsminuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business minutes</source>
        <translation>
            <numerusform>%n Geschäftsminute</numerusform>
            <numerusform>%n Geschäftsminuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business hour</source>
        <translation>
            <numerusform>%n Geschäftsstunde</numerusform>
            <numerusform>%n Geschäftsstunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business hours</source>
        <translation>
            <numerusform>%n Geschäftsstunde</numerusform>
            <numerusform>%n Geschäftsstunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day</source>
        <translation>
            <numerusform>%n Geschäftstag</numerusform>
            <numerusform>%n Geschäftstage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business days</source>
        <translation>
            <numerusform>%n Geschäftstag</numerusform>
            <numerusform>%n Geschäftstage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Clock: 24×7, elapsed wall time (a day is 24 hours); no business hours or holidays apply.</source>
        <translation>Zeitbasis: 24×7, verstrichene Echtzeit (ein Tag hat 24 Stunden); Geschäftszeiten und Feiertage gelten nicht.</translation>
    </message>
    <message>
        <source>Reported %1 + %2 minutes = due %3.</source>
        <translation>Gemeldet %1 + %2 Minuten = fällig %3.</translation>
    </message>
    <message>
        <source>Skipped %1: not a business day (weekend).</source>
        <translation>Übersprungen %1: kein Geschäftstag (Wochenende).</translation>
    </message>
    <message>
        <source>Skipped %1: %2 (%3).</source>
        <translation>Übersprungen %1: %2 (%3).</translation>
    </message>
    <message>
        <source>Counted %1: %2 to %3, %4 minutes.</source>
        <translation>Gezählt %1: %2 bis %3, %4 Minuten.</translation>
    </message>
    <message>
        <source>Level %1 is measured in business time, but the agreement states no business hours.</source>
        <translation>Stufe %1 wird in Geschäftszeit gemessen, der Vertrag gibt jedoch keine Geschäftszeiten an.</translation>
    </message>
    <message>
        <source>The business hours never open, so no response time can be computed.</source>
        <translation>Die Geschäftszeiten beginnen nie, daher kann keine Reaktionszeit berechnet werden.</translation>
    </message>
    <message>
        <source>Clock: business hours, %1 (%2).</source>
        <translation>Zeitbasis: Geschäftszeiten, %1 (%2).</translation>
    </message>
    <message>
        <source>Reading: N business days are N full business days of open time: from inside the hours, the same point in the hours of the Nth business day after; from an opening or out of hours, the closing of the Nth business day.</source>
        <translation>Auslegung: N Geschäftstage sind N volle Geschäftstage an Geschäftszeit: bei Meldung innerhalb der Geschäftszeiten derselbe Zeitpunkt in den Geschäftszeiten des N-ten folgenden Geschäftstags; bei Meldung zu Geschäftsbeginn oder außerhalb der Geschäftszeiten das Geschäftsende des N-ten Geschäftstags.</translation>
    </message>
    <message>
        <source>Reading: N business hours are N × 60 minutes of open time, counted from the report, or from the next opening when reported out of hours.</source>
        <translation>Auslegung: N Geschäftsstunden sind N × 60 Minuten Geschäftszeit, gezählt ab der Meldung oder, bei Meldung außerhalb der Geschäftszeiten, ab dem nächsten Geschäftsbeginn.</translation>
    </message>
    <message>
        <source>Reported %1 (%2).</source>
        <translation>Gemeldet %1 (%2).</translation>
    </message>
    <message>
        <source>Reported out of hours: the clock starts at the next opening, %1 (%2).</source>
        <translation>Außerhalb der Geschäftszeiten gemeldet: Die Frist beginnt mit dem nächsten Geschäftsbeginn, %1 (%2).</translation>
    </message>
    <message>
        <source>Due %1 (%2), after %3 business minutes.</source>
        <translation>Fällig %1 (%2), nach %3 Geschäftsminuten.</translation>
    </message>
    <message>
        <source>No support level named &quot;%1&quot;: the agreement states no support levels.</source>
        <translation>Keine Supportstufe namens „%1“: Der Vertrag gibt keine Supportstufen an.</translation>
    </message>
    <message>
        <source>No support level named &quot;%1&quot;; the agreement&apos;s levels are: %2.</source>
        <translation>Keine Supportstufe namens „%1“; die Stufen des Vertrags sind: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Level %1 has a negative response time.</source>
        <translation>Stufe %1 hat eine negative Reaktionszeit.</translation>
    </message>
    <message>
        <source>%1 (%2): response within %3.</source>
        <translation>%1 (%2): Reaktion innerhalb von %3.</translation>
    </message>
    <message>
        <source>Skipped %1: not a business day (open %2).</source>
        <translation>Übersprungen %1: kein Geschäftstag (Geschäftstage: %2).</translation>
    </message>
    <message>
        <source>Level %1&apos;s response time, %2, is longer than a century: check the term sheet.</source>
        <translation>Die Reaktionszeit von Stufe %1, %2, ist länger als ein Jahrhundert: Prüfen Sie das Term Sheet.</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 days, not itemised): %4 business minutes counted, weekends and holidays skipped.</source>
        <translation>%1 bis %2 (%3 Tage, nicht einzeln aufgeführt): %4 Geschäftsminuten gezählt, Wochenenden und Feiertage übersprungen.</translation>
    </message>
</context>
<context>
    <name>termlens::RestoreBackupDialog</name>
    <message>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>There are no backups of %1 yet. TermLens keeps one from each session and one before every upgrade, beside the workspace file.</source>
        <translation>Es gibt noch keine Sicherungen von %1. TermLens bewahrt neben der Arbeitsbereichsdatei eine Sicherung aus jeder Sitzung und eine vor jeder Aktualisierung auf.</translation>
    </message>
    <message>
        <source>Backups of %1, newest first. Restoring one replaces the open workspace with it; the workspace as it is now is kept as a backup first, so it can be restored in turn.</source>
        <translation>Sicherungen von %1, die neueste zuerst. Beim Wiederherstellen einer Sicherung wird der geöffnete Arbeitsbereich durch sie ersetzt; der aktuelle Stand des Arbeitsbereichs wird zuerst als Sicherung aufbewahrt, sodass auch er wiederhergestellt werden kann.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schemaversion</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Replace the open workspace with the chosen backup</source>
        <translation>Den geöffneten Arbeitsbereich durch die gewählte Sicherung ersetzen</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Ordner der Sicherungen</translation>
    </message>
    <message>
        <source>Backups are kept beside the workspace file, named %1.backup-v…</source>
        <translation>Sicherungen liegen neben der Arbeitsbereichsdatei und heißen %1.backup-v…</translation>
    </message>
    <message>
        <source>Kept in:</source>
        <translation>Abgelegt in:</translation>
    </message>
    <message>
        <source>Number of backups kept</source>
        <translation>Anzahl der aufbewahrten Sicherungen</translation>
    </message>
    <message>
        <source>How many backups of this workspace are kept (%1 to %2). Older ones are removed when the next session&apos;s backup is written.</source>
        <translation>Wie viele Sicherungen dieses Arbeitsbereichs aufbewahrt werden (%1 bis %2). Ältere werden entfernt, wenn die Sicherung der nächsten Sitzung geschrieben wird.</translation>
    </message>
    <message>
        <source>Backups &amp;kept:</source>
        <translation>&amp;Aufbewahrte Sicherungen:</translation>
    </message>
    <message>
        <source>The workspace is read-only: the number of backups kept cannot be changed.</source>
        <translation>Der Arbeitsbereich ist schreibgeschützt: Die Anzahl der aufbewahrten Sicherungen kann nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>termlens::SubprocessorMatrixModel</name>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>%1 (as %2 names it)</source>
        <translation>%1 (wie %2 ihn nennt)</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Zweck: %1</translation>
    </message>
    <message>
        <source>Data in: %1</source>
        <translation>Daten in: %1</translation>
    </message>
    <message numerus="yes">
        <source>⚠ behind %n vendor(s)</source>
        <translation>
            <numerusform>⚠ hinter %n Anbieter</numerusform>
            <numerusform>⚠ hinter %n Anbietern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vendor(s)</source>
        <translation>
            <numerusform>%n Anbieter</numerusform>
            <numerusform>%n Anbieter</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Named as: %2</source>
        <translation>%1
Genannt als: %2</translation>
    </message>
    <message numerus="yes">
        <source>Concentration risk: an outage or a breach at this provider reaches %n of the agreements compared.</source>
        <translation>
            <numerusform>Konzentrationsrisiko: Ein Ausfall oder eine Datenschutzverletzung bei diesem Dienstleister betrifft %n der verglichenen Verträge.</numerusform>
            <numerusform>Konzentrationsrisiko: Ein Ausfall oder eine Datenschutzverletzung bei diesem Dienstleister betrifft %n der verglichenen Verträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sub-processor</source>
        <translation>Unterauftragsverarbeiter</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
</context>
<context>
    <name>termlens::SubscriptionEditor</name>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>Subscription editor</source>
        <translation>Abonnement-Editor</translation>
    </message>
    <message>
        <source>Stated</source>
        <translation>Angegeben</translation>
    </message>
    <message>
        <source>Start date stated</source>
        <translation>Startdatum angegeben</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>The day the subscription began: contract years and payment windows count from it</source>
        <translation>Der Tag, an dem das Abonnement begann: Vertragsjahre und Zahlungszeiträume zählen ab diesem Tag</translation>
    </message>
    <message>
        <source>Billing cycle</source>
        <translation>Abrechnungszyklus</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>ISO 4217 code, e.g. GBP</source>
        <translation>ISO-4217-Code, z. B. GBP</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Your account name with the vendor (claims quote it)</source>
        <translation>Ihr Kontoname beim Anbieter (Ansprüche zitieren ihn)</translation>
    </message>
    <message>
        <source>Start date:</source>
        <translation>Startdatum:</translation>
    </message>
    <message>
        <source>Billing cycle *:</source>
        <translation>Abrechnungszyklus *:</translation>
    </message>
    <message>
        <source>Currency *:</source>
        <translation>Währung *:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Monthly fee</source>
        <translation>Monatsentgelt</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add Service</source>
        <translation>Dienst hinzufügen</translation>
    </message>
    <message>
        <source>Add a service the customer pays for, with its fee per month</source>
        <translation>Einen Dienst hinzufügen, für den der Kunde zahlt, mit seinem Entgelt pro Monat</translation>
    </message>
    <message>
        <source>Add Payment</source>
        <translation>Zahlung hinzufügen</translation>
    </message>
    <message>
        <source>Add a payment made to the vendor (the liability cap counts them)</source>
        <translation>Eine an den Anbieter geleistete Zahlung hinzufügen (die Haftungsobergrenze berücksichtigt sie)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Remove Subscription</source>
        <translation>Abonnement entfernen</translation>
    </message>
    <message>
        <source>Forget this agreement&apos;s subscription, its services and payments (Edit &gt; Undo brings it back)</source>
        <translation>Das Abonnement dieses Vertrags mit seinen Diensten und Zahlungen verwerfen (Bearbeiten &gt; Rückgängig stellt es wieder her)</translation>
    </message>
    <message>
        <source>Subscription to %1</source>
        <translation>Abonnement bei %1</translation>
    </message>
    <message>
        <source>What the customer pays %1 under agreement %2.</source>
        <translation>Was der Kunde %1 im Rahmen des Vertrags %2 zahlt.</translation>
    </message>
    <message>
        <source>No subscription to %1 is stored yet (agreement %2): enter what the customer pays.</source>
        <translation>Es ist noch kein Abonnement bei %1 gespeichert (Vertrag %2): Erfassen Sie, was der Kunde zahlt.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is &quot;Service&quot; or &quot;Payment&quot;, %2 its row number as shown</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving.</source>
        <translation>
            <numerusform>%n Problem muss vor dem Speichern behoben werden.</numerusform>
            <numerusform>%n Probleme müssen vor dem Speichern behoben werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>No changes to save.</source>
        <translation>Keine Änderungen zu speichern.</translation>
    </message>
    <message>
        <source>Monthly fees in total: %1 %2</source>
        <translation>Monatsentgelte insgesamt: %1 %2</translation>
    </message>
    <message>
        <source>Remove the selected services</source>
        <translation>Die ausgewählten Dienste entfernen</translation>
    </message>
    <message>
        <source>Remove the selected payments</source>
        <translation>Die ausgewählten Zahlungen entfernen</translation>
    </message>
</context>
<context>
    <name>termlens::TermTableModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Mehrdeutig</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Klausel</translation>
    </message>
</context>
<context>
    <name>termlens::WhatIfChart</name>
    <message>
        <source>Credit against monthly downtime chart</source>
        <translation>Diagramm: Gutschrift abhängig von der monatlichen Ausfallzeit</translation>
    </message>
    <message>
        <source>Downtime %1 min</source>
        <translation>Ausfallzeit %1 min</translation>
    </message>
    <message>
        <source>Credit against downtime in the month</source>
        <translation>Gutschrift abhängig von der Ausfallzeit im Monat</translation>
    </message>
    <message>
        <source>Downtime in the month (minutes)</source>
        <translation>Ausfallzeit im Monat (Minuten)</translation>
    </message>
    <message>
        <source>%1 allowance</source>
        <translation>%1: zulässige Ausfallzeit</translation>
    </message>
</context>
<context>
    <name>termlens::WhatIfScreen</name>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Monat:</translation>
    </message>
    <message>
        <source>Month of the scenario</source>
        <translation>Monat des Szenarios</translation>
    </message>
    <message>
        <source>The calendar month the downtime falls in (its length matters)</source>
        <translation>Der Kalendermonat, in den die Ausfallzeit fällt (seine Länge ist maßgeblich)</translation>
    </message>
    <message>
        <source>&amp;Downtime:</source>
        <translation>&amp;Ausfallzeit:</translation>
    </message>
    <message>
        <source>Downtime in the month, minutes</source>
        <translation>Ausfallzeit im Monat, Minuten</translation>
    </message>
    <message>
        <source>Drag to move every agreement&apos;s credit at once</source>
        <translation>Ziehen, um die Gutschrift aller Verträge gleichzeitig zu verändern</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Downtime in minutes, exact</source>
        <translation>Ausfallzeit in Minuten, exakt</translation>
    </message>
    <message>
        <source>Credit %</source>
        <translation>Gutschrift %</translation>
    </message>
    <message>
        <source>Credit amount</source>
        <translation>Gutschriftsbetrag</translation>
    </message>
    <message>
        <source>Show the credit as a percentage or an amount</source>
        <translation>Die Gutschrift als Prozentsatz oder als Betrag anzeigen</translation>
    </message>
    <message>
        <source>Downtime shown on the chart</source>
        <translation>Im Diagramm gezeigte Ausfallzeit</translation>
    </message>
    <message>
        <source>How much monthly downtime the chart&apos;s axis covers</source>
        <translation>Wie viel monatliche Ausfallzeit die Achse des Diagramms abdeckt</translation>
    </message>
    <message>
        <source>Chart: 2 hours</source>
        <translation>Diagramm: 2 Stunden</translation>
    </message>
    <message>
        <source>Chart: 12 hours</source>
        <translation>Diagramm: 12 Stunden</translation>
    </message>
    <message>
        <source>Chart: 1 day</source>
        <translation>Diagramm: 1 Tag</translation>
    </message>
    <message>
        <source>Chart: 2 days</source>
        <translation>Diagramm: 2 Tage</translation>
    </message>
    <message>
        <source>Chart: 5 days</source>
        <translation>Diagramm: 5 Tage</translation>
    </message>
    <message>
        <source>Each agreement&apos;s credit at the chosen downtime</source>
        <translation>Die Gutschrift jedes Vertrags bei der gewählten Ausfallzeit</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <source>Allowed downtime (min)</source>
        <translation>Zulässige Ausfallzeit (min)</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>Hypothetical year</source>
        <translation>Hypothetisches Jahr</translation>
    </message>
    <message>
        <source>Year of the scenario</source>
        <translation>Jahr des Szenarios</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <source>Downtime per month, minutes</source>
        <translation>Ausfallzeit pro Monat, Minuten</translation>
    </message>
    <message>
        <source>Downtime (min)</source>
        <translation>Ausfallzeit (min)</translation>
    </message>
    <message>
        <source>Yearly credit totals by agreement</source>
        <translation>Jährliche Gutschriftssummen nach Vertrag</translation>
    </message>
    <message>
        <source>Months below target</source>
        <translation>Monate unter dem Zielwert</translation>
    </message>
    <message>
        <source>Credits in the year</source>
        <translation>Gutschriften im Jahr</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Credit (each agreement&apos;s currency)</source>
        <translation>Gutschrift (Währung des jeweiligen Vertrags)</translation>
    </message>
    <message>
        <source>Credit (%)</source>
        <translation>Gutschrift (%)</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>no credit terms</source>
        <translation>keine Gutschriftsbedingungen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>no fee known</source>
        <translation>kein Entgelt bekannt</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number of minutes from 0 to 44640 with at most 2 decimals.</source>
        <translation>%1: „%2“ ist keine Minutenzahl von 0 bis 44640 mit höchstens 2 Dezimalstellen.</translation>
    </message>
    <message>
        <source>%1: %2 %, %3</source>
        <translation>%1: %2 %, %3</translation>
    </message>
</context>
</TS>
