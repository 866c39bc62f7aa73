<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ChangeMarks</name>
    <message>
        <source>New: not in the compared file</source>
        <translation>Neu: nicht in der verglichenen Datei</translation>
    </message>
    <message>
        <source>Was: %1</source>
        <translation>Vorher: %1</translation>
    </message>
    <message>
        <source>Its note was: %1</source>
        <translation>Ihre Notiz war: %1</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>%1 (%2, %3–%4)</source>
        <translation>%1 (%2, %3–%4)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No such metric in the compared file</source>
        <translation>Diese Metrik fehlt in der verglichenen Datei</translation>
    </message>
    <message>
        <source>No such framework in the compared file</source>
        <translation>Dieses Framework fehlt in der verglichenen Datei</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>the size must be 1 to %1 pixels on each side, not %2 × %3</source>
        <translation>die Größe muss auf jeder Seite 1 bis %1 Pixel betragen, nicht %2 × %3</translation>
    </message>
    <message>
        <source>the scale must be 1 to %1, not %2</source>
        <translation>die Skalierung muss 1 bis %1 sein, nicht %2</translation>
    </message>
    <message>
        <source>a PNG has at most %1 pixels on each side, and %2 × %3 at %4× has more</source>
        <translation>ein PNG hat auf jeder Seite höchstens %1 Pixel, und %2 × %3 bei %4× hat mehr</translation>
    </message>
    <message>
        <source>a transparent background is only for PNG</source>
        <translation>ein transparenter Hintergrund ist nur bei PNG möglich</translation>
    </message>
    <message>
        <source>no framework has the id %1</source>
        <translation>kein Framework hat die ID %1</translation>
    </message>
    <message>
        <source>there is not enough memory for an image of %1 × %2 pixels</source>
        <translation>für ein Bild von %1 × %2 Pixeln reicht der Speicher nicht</translation>
    </message>
    <message>
        <source>the PNG could not be encoded</source>
        <translation>das PNG konnte nicht kodiert werden</translation>
    </message>
    <message>
        <source>Radar chart</source>
        <translation>Netzdiagramm</translation>
    </message>
    <message>
        <source>A radar chart drawn by Versus</source>
        <translation>Ein mit Versus gezeichnetes Netzdiagramm</translation>
    </message>
    <message>
        <source>the picture could not be started</source>
        <translation>das Bild konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>the picture could not be finished</source>
        <translation>das Bild konnte nicht fertiggestellt werden</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the name must end in .png, .svg or .pdf</source>
        <translation>der Name muss auf .png, .svg oder .pdf enden</translation>
    </message>
    <message>
        <source>it is a directory, not a file</source>
        <translation>es ist ein Ordner, keine Datei</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>is a directory, not a table</source>
        <translation>ist ein Ordner, keine Tabelle</translation>
    </message>
    <message>
        <source>not UTF-8; save the table as CSV in UTF-8</source>
        <translation>kein UTF-8; speichern Sie die Tabelle als CSV in UTF-8</translation>
    </message>
    <message>
        <source>the quote that starts this field is never closed</source>
        <translation>das Anführungszeichen am Anfang dieses Felds wird nie geschlossen</translation>
    </message>
    <message>
        <source>a quoted field must end at its closing quote; write a quote inside quotes as two quotes (&quot;&quot;)</source>
        <translation>ein Feld in Anführungszeichen muss am schließenden Anführungszeichen enden; ein Anführungszeichen darin wird doppelt geschrieben (&quot;&quot;)</translation>
    </message>
</context>
<context>
    <name>DataReader</name>
    <message>
        <source>an array of scores</source>
        <translation>ein Array von Bewertungen</translation>
    </message>
    <message>
        <source>a whole number or null</source>
        <translation>eine ganze Zahl oder null</translation>
    </message>
    <message>
        <source>votes need the data set&apos;s &quot;raters&quot;, whom they follow</source>
        <translation>Stimmen brauchen die „raters“ des Datensatzes, deren Reihenfolge sie folgen</translation>
    </message>
    <message>
        <source>%1 votes for %2 raters</source>
        <translation>%1 Stimmen für %2 Bewertende</translation>
    </message>
    <message>
        <source>a date of the form YYYY-MM-DD</source>
        <translation>ein Datum der Form JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day written YYYY-MM-DD</source>
        <translation>„%1“ ist kein als JJJJ-MM-TT geschriebener Tag</translation>
    </message>
    <message>
        <source>an array of two whole numbers</source>
        <translation>ein Array aus zwei ganzen Zahlen</translation>
    </message>
    <message>
        <source>a range holds two levels, [LOW, HIGH], found %1</source>
        <translation>ein Bereich besteht aus zwei Stufen, [UNTEN, OBEN], gefunden: %1</translation>
    </message>
    <message>
        <source>level %1 is not a whole number</source>
        <translation>Stufe %1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>the range %1 is reversed: the lower level comes first</source>
        <translation>der Bereich %1 ist vertauscht: die niedrigere Stufe kommt zuerst</translation>
    </message>
    <message>
        <source>the range %1 is outside the %2 levels of metric &apos;%3&apos; (1 to %2)</source>
        <translation>der Bereich %1 liegt außerhalb der %2 Stufen der Metrik „%3“ (1 bis %2)</translation>
    </message>
    <message>
        <source>the range %1 does not include the score %2</source>
        <translation>der Bereich %1 schließt die Bewertung %2 nicht ein</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>erwartet: %1, gefunden: %2</translation>
    </message>
    <message>
        <source>required member &quot;%1&quot; is missing</source>
        <translation>das Pflichtfeld „%1“ fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty</source>
        <translation>„%1“ darf nicht leer sein</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>ein Array von Zeichenketten</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; must be lower-case letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit</source>
        <translation>die ID „%1“ darf nur aus Kleinbuchstaben, Ziffern, „-“ und „_“ bestehen und muss mit einem Buchstaben oder einer Ziffer beginnen</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; is used twice</source>
        <translation>die ID „%1“ wird zweimal verwendet</translation>
    </message>
    <message>
        <source>there must be 1 to %1 metrics, found %2</source>
        <translation>es muss 1 bis %1 Metriken geben, gefunden: %2</translation>
    </message>
    <message>
        <source>a metric has %1 to %2 levels, found %3</source>
        <translation>eine Metrik hat %1 bis %2 Stufen, gefunden: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the id of a metric</source>
        <translation>„%1“ ist nicht die ID einer Metrik</translation>
    </message>
    <message>
        <source>an object with a &quot;score&quot;</source>
        <translation>ein Objekt mit „score“</translation>
    </message>
    <message>
        <source>required member &quot;score&quot; is missing</source>
        <translation>das Pflichtfeld „score“ fehlt</translation>
    </message>
    <message>
        <source>score %1 is outside the %2 levels of metric &apos;%3&apos; (1 to %2)</source>
        <translation>die Bewertung %1 liegt außerhalb der %2 Stufen der Metrik „%3“ (1 bis %2)</translation>
    </message>
    <message>
        <source>score %1 is not a whole number</source>
        <translation>die Bewertung %1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>erwartet: eine ganze Zahl, gefunden: %1</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>eine Jahreszahl</translation>
    </message>
    <message>
        <source>colour &quot;%1&quot; is not of the form #RRGGBB</source>
        <translation>die Farbe „%1“ hat nicht die Form #RRGGBB</translation>
    </message>
    <message>
        <source>schema version %1 is not supported; this version of Versus reads 1</source>
        <translation>Schemaversion %1 wird nicht unterstützt; diese Version von Versus liest Version 1</translation>
    </message>
    <message>
        <source>there can be at most %1 frameworks, found %2</source>
        <translation>es kann höchstens %1 Frameworks geben, gefunden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the id of a framework</source>
        <translation>„%1“ ist nicht die ID eines Frameworks</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>„%1“ ist zweimal aufgeführt</translation>
    </message>
    <message>
        <source>is a directory, not a data file</source>
        <translation>ist ein Ordner, keine Datendatei</translation>
    </message>
    <message>
        <source>is larger than 16 MiB</source>
        <translation>ist größer als 16 MiB</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is UTF-16; data files must be UTF-8</source>
        <translation>ist in UTF-16 kodiert; Datendateien müssen UTF-8 sein</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>expected a JSON object at the top, found an array</source>
        <translation>erwartet: ein JSON-Objekt auf oberster Ebene, gefunden: ein Array</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; occurs twice in the same object</source>
        <translation>der Schlüssel „%1“ kommt im selben Objekt zweimal vor</translation>
    </message>
    <message numerus="yes">
        <source>%n more problems not listed</source>
        <translation>
            <numerusform>%n weiteres Problem nicht aufgeführt</numerusform>
            <numerusform>%n weitere Probleme nicht aufgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>weight %1 is outside 0 to %2</source>
        <translation>Gewicht %1 liegt nicht zwischen 0 und %2</translation>
    </message>
    <message>
        <source>weight %1 is not a whole number</source>
        <translation>Gewicht %1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>schema version must be the number 1, found %1</source>
        <translation>die Schemaversion muss die Zahl 1 sein, gefunden: %1</translation>
    </message>
</context>
<context>
    <name>DataSetEditor</name>
    <message>
        <source>Change the title to “%1”</source>
        <translation>Titel in „%1“ ändern</translation>
    </message>
    <message>
        <source>Add framework “%1”</source>
        <translation>Framework „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Duplicate framework “%1”</source>
        <translation>Framework „%1“ duplizieren</translation>
    </message>
    <message>
        <source>Delete framework “%1”</source>
        <translation>Framework „%1“ löschen</translation>
    </message>
    <message>
        <source>Move “%1” left</source>
        <translation>„%1“ nach links verschieben</translation>
    </message>
    <message>
        <source>Move “%1” right</source>
        <translation>„%1“ nach rechts verschieben</translation>
    </message>
    <message>
        <source>Add metric “%1”</source>
        <translation>Metrik „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit metric “%1”</source>
        <translation>Metrik „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Rename metric “%1” to “%2”</source>
        <translation>Metrik „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Delete metric “%1”</source>
        <translation>Metrik „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>DataStore</name>
    <message>
        <source>Your saved data in %1 could not be read, so the bundled data is used.</source>
        <translation>Ihre gespeicherten Daten in %1 konnten nicht gelesen werden; daher werden die mitgelieferten Daten verwendet.</translation>
    </message>
    <message>
        <source>Your saved data could not be read, so the bundled data is shown. Your file was kept as %1.</source>
        <translation>Ihre gespeicherten Daten konnten nicht gelesen werden; daher werden die mitgelieferten Daten angezeigt. Ihre Datei wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Your saved data in %1 could not be read, so the bundled data is shown. The file was left where it is.</source>
        <translation>Ihre gespeicherten Daten in %1 konnten nicht gelesen werden; daher werden die mitgelieferten Daten angezeigt. Die Datei wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>DataWriter</name>
    <message>
        <source>not all of the data could be written; the disk may be full</source>
        <translation>nicht alle Daten konnten geschrieben werden; der Datenträger ist vielleicht voll</translation>
    </message>
    <message>
        <source>it is a directory, not a file</source>
        <translation>es ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>Could not save &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>the data would be %1 MiB; data files are limited to %2 MiB</source>
        <translation>die Daten wären %1 MiB groß; Datendateien dürfen höchstens %2 MiB groß sein</translation>
    </message>
</context>
<context>
    <name>FileBytes</name>
    <message>
        <source>no such file</source>
        <translation>die Datei gibt es nicht</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ist keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>is %1 MiB; data files are limited to 16 MiB</source>
        <translation>ist %1 MiB groß; Datendateien dürfen höchstens 16 MiB groß sein</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is larger than 16 MiB</source>
        <translation>ist größer als 16 MiB</translation>
    </message>
</context>
<context>
    <name>FrameworkEdit</name>
    <message>
        <source>Change %1: %2</source>
        <translation>%1 ändern: %2</translation>
    </message>
    <message>
        <source>Set %1&apos;s %2 to %3</source>
        <translation>%2 von %1 auf %3 setzen</translation>
    </message>
    <message>
        <source>Range of %1</source>
        <translation>Spanne von %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Begründung zu %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Homepage</source>
        <translation>Homepage</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>JsonSyntax</name>
    <message>
        <source>values are nested more than %1 deep</source>
        <translation>Werte sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>%1 is not a JSON value (is a string missing its double quotes?)</source>
        <translation>%1 ist kein JSON-Wert (fehlen einer Zeichenkette die doppelten Anführungszeichen?)</translation>
    </message>
    <message>
        <source>%1 is not a number JSON can hold (no NaN, no Infinity, nothing beyond ±1.8e308)</source>
        <translation>%1 ist keine Zahl, die JSON darstellen kann (kein NaN, kein Infinity, nichts jenseits von ±1,8e308)</translation>
    </message>
    <message>
        <source>a string is not closed with a double quote</source>
        <translation>eine Zeichenkette wird nicht mit einem doppelten Anführungszeichen geschlossen</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 here</source>
        <translation>der Text ist hier kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>a string holds an escape sequence that JSON does not have</source>
        <translation>eine Zeichenkette enthält eine Escape-Sequenz, die es in JSON nicht gibt</translation>
    </message>
    <message>
        <source>there is more text after the end of the JSON document</source>
        <translation>nach dem Ende des JSON-Dokuments folgt weiterer Text</translation>
    </message>
    <message>
        <source>the file ends before the JSON document is complete</source>
        <translation>die Datei endet, bevor das JSON-Dokument vollständig ist</translation>
    </message>
    <message>
        <source>comments are not allowed in JSON</source>
        <translation>Kommentare sind in JSON nicht erlaubt</translation>
    </message>
    <message>
        <source>expected a JSON object at the top</source>
        <translation>auf oberster Ebene wird ein JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>expected a JSON object at the top, found %1</source>
        <translation>auf oberster Ebene wird ein JSON-Objekt erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>a comma before &quot;%1&quot; has nothing after it: JSON allows no trailing comma</source>
        <translation>auf ein Komma vor „%1“ folgt nichts: JSON erlaubt kein abschließendes Komma</translation>
    </message>
    <message>
        <source>expected a member&apos;s name in double quotes</source>
        <translation>erwartet wird der Name eines Eintrags in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;}&quot; after a member (is a comma missing?)</source>
        <translation>nach einem Eintrag wird „,“ oder „}“ erwartet (fehlt ein Komma?)</translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;]&quot; after an element (is a comma missing?)</source>
        <translation>nach einem Element wird „,“ oder „]“ erwartet (fehlt ein Komma?)</translation>
    </message>
    <message>
        <source>expected &quot;:&quot; after a member&apos;s name</source>
        <translation>nach dem Namen eines Eintrags wird „:“ erwartet</translation>
    </message>
    <message>
        <source>expected a value: a string, a number, an object, an array, true, false or null</source>
        <translation>erwartet wird ein Wert: eine Zeichenkette, eine Zahl, ein Objekt, ein Array, true, false oder null</translation>
    </message>
    <message>
        <source>a line break inside a string must be written as \n (is a closing quote missing?)</source>
        <translation>ein Zeilenumbruch in einer Zeichenkette muss als \n geschrieben werden (fehlt ein schließendes Anführungszeichen?)</translation>
    </message>
    <message>
        <source>the control character U+%1 must be written as an escape (such as \n or \t) inside a string</source>
        <translation>das Steuerzeichen U+%1 muss in einer Zeichenkette als Escape-Sequenz (etwa \n oder \t) geschrieben werden</translation>
    </message>
</context>
<context>
    <name>LevelScales</name>
    <message>
        <source>Very low</source>
        <translation>Sehr niedrig</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mäßig</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>Sehr hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Minimal</source>
        <translation>Minimal</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Begrenzt</translation>
    </message>
    <message>
        <source>Growing</source>
        <translation>Wachsend</translation>
    </message>
    <message>
        <source>Established</source>
        <translation>Etabliert</translation>
    </message>
    <message>
        <source>Extensive</source>
        <translation>Umfassend</translation>
    </message>
</context>
<context>
    <name>QIODevice</name>
    <message>
        <source>Unknown error</source>
        <translation>Unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>RaterMerge</name>
    <message>
        <source>there is no metric &apos;%1&apos;, which %2 has</source>
        <translation>es gibt keine Metrik „%1“, die %2 hat</translation>
    </message>
    <message>
        <source>metric &apos;%1&apos; has %2 levels, but %3 in %4</source>
        <translation>Metrik „%1“ hat %2 Stufen, in %4 aber %3</translation>
    </message>
    <message>
        <source>metric &apos;%1&apos; is not in %2, the first file</source>
        <translation>Metrik „%1“ fehlt in %2, der ersten Datei</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>en</source>
        <extracomment>The language code of the report&apos;s headings (HTML&apos;s lang attribute): &quot;de&quot; in German.</extracomment>
        <translation>de</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangfolge</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Framework</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Chance of coming first</source>
        <translation>Chance auf Platz 1</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Fakten</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>No sources given.</source>
        <translation>Keine Quellen angegeben.</translation>
    </message>
    <message>
        <source>No frameworks are compared.</source>
        <translation>Es werden keine Frameworks verglichen.</translation>
    </message>
    <message>
        <source>* The score leaves out weighted metrics this framework is not rated on.</source>
        <translation>* Der Wert lässt gewichtete Metriken aus, in denen dieses Framework nicht bewertet ist.</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Homepage</source>
        <translation>Homepage</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Made on %1 from %2.</source>
        <translation>Erstellt am %1 aus %2.</translation>
    </message>
    <message>
        <source>Facts checked on %1.</source>
        <translation>Fakten geprüft am %1.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>Web page (*.html *.htm)</source>
        <translation>Webseite (*.html *.htm)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>no framework has the id %1</source>
        <translation>kein Framework hat die ID %1</translation>
    </message>
    <message>
        <source>the pages could not be drawn</source>
        <translation>die Seiten konnten nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the name must end in .html or .pdf</source>
        <translation>der Name muss auf .html oder .pdf enden</translation>
    </message>
    <message>
        <source>it is a directory, not a file</source>
        <translation>es ist ein Ordner, keine Datei</translation>
    </message>
</context>
<context>
    <name>TableExporter</name>
    <message>
        <source>Facts checked</source>
        <translation>Angaben geprüft</translation>
    </message>
    <message>
        <source>Facts checked: %1</source>
        <translation>Angaben geprüft: %1</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>%1 score</source>
        <translation>%1 Wert</translation>
    </message>
    <message>
        <source>Framework comparison</source>
        <translation>Vergleich von Frameworks</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown)</source>
        <translation>Markdown (*.md *.markdown)</translation>
    </message>
    <message>
        <source>HTML (*.html *.htm)</source>
        <translation>HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not export the table to &quot;%1&quot;: %2</source>
        <translation>Die Tabelle konnte nicht nach „%1“ exportiert werden: %2</translation>
    </message>
    <message>
        <source>it is a directory, not a file</source>
        <translation>es ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>unknown file type; the name must end in .csv, .md, .markdown, .html, .htm or .json</source>
        <translation>unbekannter Dateityp; der Name muss auf .csv, .md, .markdown, .html, .htm oder .json enden</translation>
    </message>
</context>
<context>
    <name>TableImporter</name>
    <message>
        <source>&quot;%1&quot; is not a date written YYYY-MM-DD</source>
        <translation>„%1“ ist kein als JJJJ-MM-TT geschriebenes Datum</translation>
    </message>
    <message>
        <source>Homepage</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>the table is empty; it needs a header row and a row per framework</source>
        <translation>die Tabelle ist leer; sie braucht eine Kopfzeile und eine Zeile je Framework</translation>
    </message>
    <message>
        <source>no column holds ratings: a metric needs whole numbers from 1 to 10 or the labels of a scale such as Very low … Very high</source>
        <translation>keine Spalte enthält Bewertungen: eine Metrik braucht ganze Zahlen von 1 bis 10 oder die Stufen einer Skala wie Sehr niedrig … Sehr hoch</translation>
    </message>
    <message>
        <source>there can be at most %1 metrics, found %2</source>
        <translation>es kann höchstens %1 Metriken geben, gefunden: %2</translation>
    </message>
    <message>
        <source>there can be at most %1 frameworks, found %2</source>
        <translation>es kann höchstens %1 Frameworks geben, gefunden: %2</translation>
    </message>
    <message>
        <source>this row has %1 cells, the header only %2</source>
        <translation>diese Zeile hat %1 Zellen, die Kopfzeile nur %2</translation>
    </message>
    <message>
        <source>%1 is not a year</source>
        <translation>%1 ist keine Jahreszahl</translation>
    </message>
    <message>
        <source>a framework has no name</source>
        <translation>ein Framework hat keinen Namen</translation>
    </message>
    <message>
        <source>Row %1 (line %2) is no fact Versus knows; it was left out.</source>
        <translation>Die Zeile %1 (Zeile %2 der Datei) ist keine Angabe, die Versus kennt; sie wurde ausgelassen.</translation>
    </message>
    <message>
        <source>a metric has no name</source>
        <translation>eine Metrik hat keinen Namen</translation>
    </message>
    <message>
        <source>%1 has no score beside it; a rating needs its score, a cell not rated says Not rated</source>
        <translation>neben %1 steht keine Punktzahl; eine Bewertung braucht ihre Punktzahl, eine nicht bewertete Zelle lautet „Nicht bewertet“</translation>
    </message>
    <message>
        <source>%1 is no level: a score is a whole number from 1 to %2</source>
        <translation>%1 ist keine Stufe: eine Punktzahl ist eine ganze Zahl von 1 bis %2</translation>
    </message>
    <message>
        <source>score %1 has no level label</source>
        <translation>die Punktzahl %1 hat keine Stufenbezeichnung</translation>
    </message>
    <message>
        <source>score %1 is %2 here but %3 before in this row</source>
        <translation>die Punktzahl %1 heißt hier %2, vorher in dieser Zeile aber %3</translation>
    </message>
    <message>
        <source>The weighted scores of %1 differ from the file&apos;s: the table does not say the weights or how many levels a metric has, so check them in Data Set Properties.</source>
        <translation>Die gewichteten Bewertungen von %1 weichen von denen der Datei ab: Die Tabelle nennt weder die Gewichte noch die Zahl der Stufen einer Metrik; prüfen Sie sie unter Datensatz-Eigenschaften.</translation>
    </message>
    <message>
        <source>this row has no name in its first column</source>
        <translation>diese Zeile hat in ihrer ersten Spalte keinen Namen</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Column %1 is empty; it was left out.</source>
        <translation>Die Spalte %1 ist leer; sie wurde ausgelassen.</translation>
    </message>
    <message>
        <source>Column %1 holds neither ratings nor a fact Versus knows; it was left out.</source>
        <translation>Die Spalte %1 enthält weder Bewertungen noch eine Angabe, die Versus kennt; sie wurde ausgelassen.</translation>
    </message>
    <message>
        <source>this column of ratings has no name</source>
        <translation>diese Spalte mit Bewertungen hat keinen Namen</translation>
    </message>
    <message>
        <source>%1 is no level of %2, whose levels are %3</source>
        <translation>%1 ist keine Stufe von %2; die Stufen sind %3</translation>
    </message>
    <message>
        <source>%1 is no level of %2: a level is a whole number from 1 to %3</source>
        <translation>%1 ist keine Stufe von %2: eine Stufe ist eine ganze Zahl von 1 bis %3</translation>
    </message>
</context>
<context>
    <name>Versus::BarsChart</name>
    <message>
        <source>One group of bars per metric, one bar per compared framework.</source>
        <translation>Eine Gruppe von Balken je Metrik, ein Balken je verglichenem Framework.</translation>
    </message>
    <message>
        <source>No framework is compared; check one in the Frameworks list.</source>
        <translation>Kein Framework wird verglichen; kreuzen Sie eines in der Frameworks-Liste an.</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Error bars: the range a rating could be in</source>
        <translation>Fehlerbalken: die Spanne, in der eine Bewertung liegen kann</translation>
    </message>
</context>
<context>
    <name>Versus::ChanceModel</name>
    <message>
        <source>Being computed</source>
        <translation>Wird berechnet</translation>
    </message>
    <message>
        <source>%1 — chance of coming first: %2 %</source>
        <translation>%1 — Chance, Erster zu werden: %2 %</translation>
    </message>
    <message>
        <source>%1 — chance of a place in the first three: %2 %</source>
        <translation>%1 — Chance auf einen der ersten drei Plätze: %2 %</translation>
    </message>
    <message>
        <source>P(first)</source>
        <translation>P(Erster)</translation>
    </message>
    <message>
        <source>P(top 3)</source>
        <translation>P(Top 3)</translation>
    </message>
    <message>
        <source>The chance of coming first when each ranged rating may be any level of its range</source>
        <translation>Die Chance, Erster zu werden, wenn jede Bewertung mit Spanne jede Stufe ihrer Spanne sein kann</translation>
    </message>
    <message>
        <source>The chance of a place in the first three when each ranged rating may be any level of its range</source>
        <translation>Die Chance auf einen der ersten drei Plätze, wenn jede Bewertung mit Spanne jede Stufe ihrer Spanne sein kann</translation>
    </message>
</context>
<context>
    <name>Versus::ChartDrawing</name>
    <message>
        <source>%1: %2.</source>
        <comment>framework: its ratings</comment>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1 not rated</source>
        <comment>metric</comment>
        <translation>%1 nicht bewertet</translation>
    </message>
    <message>
        <source>%1 %2 (%3 of %4)</source>
        <comment>metric, level, score, levels</comment>
        <translation>%1 %2 (%3 von %4)</translation>
    </message>
    <message>
        <source>%1 %2 (%3 of %4, could be %5 to %6)</source>
        <comment>metric, level, score, levels, lowest level, highest level</comment>
        <translation>%1 %2 (%3 von %4, könnte %5 bis %6 sein)</translation>
    </message>
</context>
<context>
    <name>Versus::ChartStack</name>
    <message>
        <source>&amp;Overlay</source>
        <translation>Über&amp;lagert</translation>
    </message>
    <message>
        <source>Every compared framework in one radar chart</source>
        <translation>Alle verglichenen Frameworks in einem Netzdiagramm</translation>
    </message>
    <message>
        <source>&amp;Small Multiples</source>
        <translation>&amp;Kleine Vielfache</translation>
    </message>
    <message>
        <source>One small radar chart per compared framework, on the same scale</source>
        <translation>Ein kleines Netzdiagramm je verglichenem Framework, mit gleicher Skala</translation>
    </message>
    <message>
        <source>&amp;Bars</source>
        <translation>&amp;Balken</translation>
    </message>
    <message>
        <source>A group of bars per metric, a bar per compared framework: exact at any number</source>
        <translation>Eine Gruppe von Balken je Metrik, ein Balken je verglichenem Framework: genau bei jeder Anzahl</translation>
    </message>
    <message>
        <source>S&amp;core</source>
        <translation>Be&amp;wertung</translation>
    </message>
    <message>
        <source>The weighted score of each compared framework, best first, a segment per metric</source>
        <translation>Die gewichtete Bewertung jedes verglichenen Frameworks, die beste zuerst, ein Abschnitt je Metrik</translation>
    </message>
    <message>
        <source>Bar chart</source>
        <translation>Balkendiagramm</translation>
    </message>
    <message>
        <source>Weighted score chart</source>
        <translation>Diagramm der gewichteten Bewertung</translation>
    </message>
</context>
<context>
    <name>Versus::CompareActions</name>
    <message>
        <source>Compare Wit&amp;h File…</source>
        <translation>Mit Datei ver&amp;gleichen…</translation>
    </message>
    <message>
        <source>C&amp;lear Comparison Marks</source>
        <translation>Vergleichsmarkierungen &amp;entfernen</translation>
    </message>
    <message>
        <source>Mark every rating and fact that differs from another data file</source>
        <translation>Jede Bewertung und jede Angabe markieren, die sich von einer anderen Datendatei unterscheidet</translation>
    </message>
    <message>
        <source>Remove the marks of the comparison with a file</source>
        <translation>Die Markierungen des Vergleichs mit einer Datei entfernen</translation>
    </message>
    <message>
        <source>Compare With File</source>
        <translation>Mit Datei vergleichen</translation>
    </message>
    <message>
        <source>JSON data (*.json);;Versus data (*.versus.json);;All files (*)</source>
        <translation>JSON-Daten (*.json);;Versus-Daten (*.versus.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Versus</source>
        <translation>Versus</translation>
    </message>
    <message>
        <source>“%1” could not be compared with: it has problems. The marks have not changed.</source>
        <translation>Mit „%1“ konnte nicht verglichen werden: Die Datei hat Fehler. Die Markierungen sind unverändert.</translation>
    </message>
    <message>
        <source>Compared with %1</source>
        <translation>Verglichen mit %1</translation>
    </message>
</context>
<context>
    <name>Versus::ComparisonBar</name>
    <message>
        <source>Clear</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Comparison with a file</source>
        <translation>Vergleich mit einer Datei</translation>
    </message>
    <message>
        <source>Compared with %1.</source>
        <translation>Verglichen mit %1.</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message>
        <source>Higher: %1</source>
        <translation>Höher: %1</translation>
    </message>
    <message>
        <source>Lower: %1</source>
        <translation>Niedriger: %1</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Hinzugekommen: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Entfallen: %1</translation>
    </message>
    <message>
        <source>Other: %1</source>
        <translation>Andere: %1</translation>
    </message>
    <message>
        <source>New: %1.</source>
        <translation>Neu: %1.</translation>
    </message>
    <message>
        <source>Removed: %1.</source>
        <translation>Entfallen: %1.</translation>
    </message>
</context>
<context>
    <name>Versus::ComparisonTable</name>
    <message>
        <source>Comparison table</source>
        <translation>Vergleichstabelle</translation>
    </message>
    <message>
        <source>Metrics and facts as rows, frameworks as columns. Arrow keys move between cells, F2 or Enter changes one.</source>
        <translation>Metriken und Fakten als Zeilen, Frameworks als Spalten. Die Pfeiltasten wechseln die Zelle, F2 oder Eingabe ändert sie.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The comparison table: a row per metric and fact, a column per framework. A rating shows its level and a row of pips in the framework&apos;s colour.&lt;/p&gt;&lt;p&gt;Click a column header for the framework, a row header for the metric. F2, Enter or a double-click changes a cell.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Vergleichstabelle: eine Zeile je Metrik und Angabe, eine Spalte je Framework. Eine Bewertung zeigt ihre Stufe und eine Reihe Punkte in der Farbe des Frameworks.&lt;/p&gt;&lt;p&gt;Ein Klick auf einen Spaltenkopf wählt das Framework, auf einen Zeilenkopf die Metrik. F2, Eingabe oder ein Doppelklick ändert eine Zelle.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Versus::DataError</name>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
</context>
<context>
    <name>Versus::DataSetPropertiesDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Data Set Properties</source>
        <translation>Datensatz-Eigenschaften</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Metrics:</source>
        <translation>&amp;Metriken:</translation>
    </message>
    <message>
        <source>Change data set properties</source>
        <translation>Datensatz-Eigenschaften ändern</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n levels)</source>
        <translation>
            <numerusform>%1 (%n Stufe)</numerusform>
            <numerusform>%1 (%n Stufen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Metric</source>
        <translation>Metrik hinzufügen</translation>
    </message>
    <message>
        <source>Edit Metric</source>
        <translation>Metrik bearbeiten</translation>
    </message>
    <message>
        <source>Delete the metric “%1”?</source>
        <translation>Die Metrik „%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n rating(s) are deleted with it.</source>
        <translation>
            <numerusform>Ihre %n Bewertung wird mit gelöscht.</numerusform>
            <numerusform>Ihre %n Bewertungen werden mit gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Versus::DescriptionPane</name>
    <message>
        <source>Raters:</source>
        <translation>Bewerter:</translation>
    </message>
    <message>
        <source>could be %1 to %2</source>
        <translation>könnte %1 bis %2 sein</translation>
    </message>
    <message>
        <source>1 rating unsourced: no note says why, or no source is listed.</source>
        <translation>1 Bewertung ohne Beleg: keine Notiz sagt warum, oder keine Quelle ist genannt.</translation>
    </message>
    <message>
        <source>%1 ratings unsourced: no note says why, or no source is listed.</source>
        <translation>%1 Bewertungen ohne Beleg: keine Notiz sagt warum, oder keine Quelle ist genannt.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Only web links (http and https) are opened; &quot;%1&quot; was not.</source>
        <translation>Nur Weblinks (http und https) werden geöffnet; „%1“ wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>Frameworks: %1. Metrics: %2.</source>
        <translation>Frameworks: %1. Metriken: %2.</translation>
    </message>
    <message>
        <source>Facts last checked: %1.</source>
        <translation>Angaben zuletzt geprüft: %1.</translation>
    </message>
    <message>
        <source>Select a framework&apos;s column or a metric&apos;s row in the table to read about it here.</source>
        <translation>Wählen Sie in der Tabelle die Spalte eines Frameworks oder die Zeile einer Metrik, um hier mehr darüber zu lesen.</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <source>Homepage</source>
        <translation>Homepage</translation>
    </message>
    <message>
        <source>Source code</source>
        <translation>Quellcode</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>About the selected framework or metric: its summary, facts, ratings with their reasons, and sources</source>
        <translation>Zum ausgewählten Framework oder zur ausgewählten Metrik: Zusammenfassung, Fakten, Bewertungen mit Begründung und Quellen</translation>
    </message>
    <message>
        <source>&lt;p&gt;About what is selected: a framework&apos;s summary, facts, ratings with their reasons and its sources, or a metric&apos;s description and scale.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Über die Auswahl: die Zusammenfassung eines Frameworks, seine Angaben, Bewertungen mit Begründung und Quellen, oder die Beschreibung und Skala einer Metrik.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Versus::Document</name>
    <message>
        <source>Could not keep a backup of “%1”: %2. Nothing was changed.</source>
        <translation>Von „%1“ konnte keine Sicherungskopie angelegt werden: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The bundled data is shown.</source>
        <translation>Die mitgelieferten Daten werden angezeigt.</translation>
    </message>
    <message>
        <source>The bundled data is shown. Your previous data was kept as %1.</source>
        <translation>Die mitgelieferten Daten werden angezeigt. Ihre bisherigen Daten wurden als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>Versus::DocumentActions</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Import Table…</source>
        <translation>Tabelle &amp;importieren…</translation>
    </message>
    <message>
        <source>Data &amp;Set Properties…</source>
        <translation>&amp;Datensatz-Eigenschaften…</translation>
    </message>
    <message>
        <source>Start a new comparison from a template</source>
        <translation>Einen neuen Vergleich aus einer Vorlage beginnen</translation>
    </message>
    <message>
        <source>Make a comparison from a spreadsheet&apos;s CSV, or from a table Versus exported</source>
        <translation>Einen Vergleich aus der CSV-Datei einer Tabellenkalkulation oder aus einer von Versus exportierten Tabelle machen</translation>
    </message>
    <message>
        <source>Change the title and the metrics of the data set</source>
        <translation>Titel und Metriken des Datensatzes ändern</translation>
    </message>
    <message>
        <source>New comparison: add frameworks with Edit &gt; Add Framework</source>
        <translation>Neuer Vergleich: Frameworks fügen Sie mit Bearbeiten &gt; Framework hinzufügen hinzu</translation>
    </message>
    <message>
        <source>Import Table</source>
        <translation>Tabelle importieren</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Tabellen (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>“%1” could not be imported. The data shown has not changed.</source>
        <translation>„%1“ konnte nicht importiert werden. Die angezeigten Daten sind unverändert.</translation>
    </message>
    <message>
        <source>Imported %1; save it to keep it</source>
        <translation>%1 importiert; speichern Sie, um es zu behalten</translation>
    </message>
    <message>
        <source>Versus</source>
        <translation>Versus</translation>
    </message>
    <message>
        <source>“%1” was imported, but not all of it:</source>
        <translation>„%1“ wurde importiert, aber nicht vollständig:</translation>
    </message>
</context>
<context>
    <name>Versus::EditActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Add Framework…</source>
        <translation>Framework &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Delete Framework…</source>
        <translation>Framework &amp;löschen…</translation>
    </message>
    <message>
        <source>Move Framework &amp;Left</source>
        <translation>Framework nach l&amp;inks verschieben</translation>
    </message>
    <message>
        <source>Add &amp;Metric…</source>
        <translation>&amp;Metrik hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit Metric…</source>
        <translation>Metrik &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Delete Me&amp;tric…</source>
        <translation>Metrik lö&amp;schen…</translation>
    </message>
    <message>
        <source>Add Framework</source>
        <translation>Framework hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name of the framework:</source>
        <translation>&amp;Name des Frameworks:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Its rating and sources go with it. You can undo this.</source>
        <translation>Seine Bewertung und seine Quellen werden mit gelöscht. Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete the framework “%1”?</source>
        <translation>Das Framework „%1“ löschen?</translation>
    </message>
    <message>
        <source>&amp;Delete Framework</source>
        <translation>Framework &amp;löschen</translation>
    </message>
    <message>
        <source>Add Metric</source>
        <translation>Metrik hinzufügen</translation>
    </message>
    <message>
        <source>Edit Metric</source>
        <translation>Metrik bearbeiten</translation>
    </message>
    <message>
        <source>1 framework is rated on it; that rating and its note go with it. You can undo this.</source>
        <translation>Ein Framework ist darin bewertet; diese Bewertung und ihre Begründung werden mit gelöscht. Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete the metric “%1”?</source>
        <translation>Die Metrik „%1“ löschen?</translation>
    </message>
    <message>
        <source>&amp;Delete Metric</source>
        <translation>Metrik &amp;löschen</translation>
    </message>
    <message>
        <source>Versus</source>
        <translation>Versus</translation>
    </message>
    <message numerus="yes">
        <source>Its %n ratings and its sources go with it. You can undo this.</source>
        <translation>
            <numerusform>Seine %n Bewertung und seine Quellen werden mit gelöscht. Sie können das rückgängig machen.</numerusform>
            <numerusform>Seine %n Bewertungen und seine Quellen werden mit gelöscht. Sie können das rückgängig machen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n frameworks are rated on it; their ratings and notes go with it. You can undo this.</source>
        <translation>
            <numerusform>%n Framework ist darin bewertet; diese Bewertung und ihre Begründung werden mit gelöscht. Sie können das rückgängig machen.</numerusform>
            <numerusform>%n Frameworks sind darin bewertet; ihre Bewertungen und Begründungen werden mit gelöscht. Sie können das rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Du&amp;plicate Framework</source>
        <translation>Framework d&amp;uplizieren</translation>
    </message>
    <message>
        <source>Move Framework Ri&amp;ght</source>
        <translation>Framework nach r&amp;echts verschieben</translation>
    </message>
    <message>
        <source>Add a framework, named as you choose, with no ratings</source>
        <translation>Ein Framework mit frei gewähltem Namen und ohne Bewertungen hinzufügen</translation>
    </message>
    <message>
        <source>Add a copy of the selected framework beside it</source>
        <translation>Eine Kopie des ausgewählten Frameworks daneben einfügen</translation>
    </message>
    <message>
        <source>Delete the selected framework and its ratings</source>
        <translation>Das ausgewählte Framework mit seinen Bewertungen löschen</translation>
    </message>
    <message>
        <source>Move the selected framework one column to the left</source>
        <translation>Das ausgewählte Framework eine Spalte nach links verschieben</translation>
    </message>
    <message>
        <source>Move the selected framework one column to the right</source>
        <translation>Das ausgewählte Framework eine Spalte nach rechts verschieben</translation>
    </message>
    <message>
        <source>Add a metric, with its levels, that frameworks can be rated on</source>
        <translation>Eine Metrik mit ihren Stufen hinzufügen, nach der Frameworks bewertet werden können</translation>
    </message>
    <message>
        <source>Rename the selected metric, or change its description or levels</source>
        <translation>Die ausgewählte Metrik umbenennen oder ihre Beschreibung oder Stufen ändern</translation>
    </message>
    <message>
        <source>Delete the selected metric and every rating on it</source>
        <translation>Die ausgewählte Metrik mit allen Bewertungen darin löschen</translation>
    </message>
</context>
<context>
    <name>Versus::ExportActions</name>
    <message>
        <source>Export &amp;Chart…</source>
        <translation>&amp;Diagramm exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Table…</source>
        <translation>&amp;Tabelle exportieren…</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>Diagramm &amp;kopieren</translation>
    </message>
    <message>
        <source>Write the radar chart as a PNG, SVG or PDF file</source>
        <translation>Das Netzdiagramm als PNG-, SVG- oder PDF-Datei speichern</translation>
    </message>
    <message>
        <source>Write the comparison table as CSV, Markdown, HTML or JSON</source>
        <translation>Die Vergleichstabelle als CSV, Markdown, HTML oder JSON speichern</translation>
    </message>
    <message>
        <source>Put the radar chart on the clipboard as a picture</source>
        <translation>Das Netzdiagramm als Bild in die Zwischenablage legen</translation>
    </message>
    <message>
        <source>Exported the chart to %1</source>
        <translation>Diagramm nach %1 exportiert</translation>
    </message>
    <message>
        <source>The chart could not be copied: too large for the memory available</source>
        <translation>Das Diagramm konnte nicht kopiert werden: zu groß für den verfügbaren Speicher</translation>
    </message>
    <message>
        <source>Copied the chart (%1 × %2 pixels)</source>
        <translation>Diagramm kopiert (%1 × %2 Pixel)</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>Tabelle exportieren</translation>
    </message>
    <message>
        <source>Versus</source>
        <translation>Versus</translation>
    </message>
    <message>
        <source>Exported the table to %1</source>
        <translation>Tabelle nach %1 exportiert</translation>
    </message>
</context>
<context>
    <name>Versus::ExportChartDialog</name>
    <message>
        <source>Weighted score, best first</source>
        <translation>Gewichtete Bewertung, beste zuerst</translation>
    </message>
    <message>
        <source>Bars, a group per metric</source>
        <translation>Balken, eine Gruppe je Metrik</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>The format follows the extension: .png, .svg or .pdf</source>
        <translation>Das Format richtet sich nach der Endung: .png, .svg oder .pdf</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>PNG: pixels per point. 2× or 3× stays sharp on high-resolution screens and projectors.</source>
        <translation>PNG: Pixel pro Punkt. 2× oder 3× bleibt auf hochauflösenden Bildschirmen und Projektoren scharf.</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Weiß</translation>
    </message>
    <message>
        <source>Transparent (PNG)</source>
        <translation>Transparent (PNG)</translation>
    </message>
    <message>
        <source>The compared frameworks, overlaid</source>
        <translation>Die verglichenen Frameworks übereinander</translation>
    </message>
    <message>
        <source>One small chart per framework</source>
        <translation>Ein kleines Diagramm je Framework</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>S&amp;kalierung:</translation>
    </message>
    <message>
        <source>B&amp;ackground:</source>
        <translation>&amp;Hintergrund:</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>Diagra&amp;mm:</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Wählen Sie die Datei, die geschrieben werden soll.</translation>
    </message>
    <message>
        <source>The file name must end in .png, .svg or .pdf.</source>
        <translation>Der Dateiname muss auf .png, .svg oder .pdf enden.</translation>
    </message>
    <message>
        <source>Versus</source>
        <translation>Versus</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>Light theme</source>
        <translation>Helles Design</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Dunkles Design</translation>
    </message>
</context>
<context>
    <name>Versus::FileActions</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the data; the bundled data is saved as your own data file</source>
        <translation>Die Daten speichern; die mitgelieferten Daten werden als Ihre eigene Datendatei gespeichert</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the data to another file and go on editing that file</source>
        <translation>Die Daten in einer anderen Datei speichern und mit dieser Datei weiterarbeiten</translation>
    </message>
    <message>
        <source>&amp;Export Data…</source>
        <translation>Daten e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write a copy of the data to a file</source>
        <translation>Eine Kopie der Daten in eine Datei schreiben</translation>
    </message>
    <message>
        <source>Re&amp;vert to Bundled Data…</source>
        <translation>Auf &amp;mitgelieferte Daten zurücksetzen…</translation>
    </message>
    <message>
        <source>Show the bundled data again, keeping your data file as a backup</source>
        <translation>Wieder die mitgelieferten Daten anzeigen und Ihre Datendatei als Sicherungskopie behalten</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <source>Save Data As</source>
        <translation>Daten speichern unter</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <source>Exported the data to %1</source>
        <translation>Daten nach %1 exportiert</translation>
    </message>
    <message>
        <source>Versus</source>
        <translation>Versus</translation>
    </message>
    <message>
        <source>Show the bundled data again?</source>
        <translation>Wieder die mitgelieferten Daten anzeigen?</translation>
    </message>
    <message>
        <source>Your data file is kept as a backup beside it.</source>
        <translation>Ihre Datendatei wird daneben als Sicherungskopie aufbewahrt.</translation>
    </message>
    <message>
        <source>Changes you have not saved are lost.</source>
        <translation>Nicht gespeicherte Änderungen gehen verloren.</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>Die Änderungen an „%1“ vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>They will be saved to %1. If you don&apos;t save, they are lost.</source>
        <translation>Sie werden in %1 gespeichert. Wenn Sie nicht speichern, gehen sie verloren.</translation>
    </message>
    <message>
        <source>Versus found changes left from a previous session, but they could not be read:
%1</source>
        <translation>Versus hat Änderungen aus einer früheren Sitzung gefunden, konnte sie aber nicht lesen:
%1</translation>
    </message>
    <message>
        <source>Versus was closed without saving your last changes.</source>
        <translation>Versus wurde beendet, ohne Ihre letzten Änderungen zu speichern.</translation>
    </message>
    <message>
        <source>Restore the changes made up to %1, or discard them?</source>
        <translation>Die bis %1 vorgenommenen Änderungen wiederherstellen oder verwerfen?</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Restored your unsaved changes</source>
        <translation>Ihre nicht gespeicherten Änderungen wurden wiederhergestellt</translation>
    </message>
    <message>
        <source>Versus data (*.versus.json);;JSON data (*.json);;All files (*)</source>
        <translation>Versus-Daten (*.versus.json);;JSON-Daten (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>If you don&apos;t save, they are lost.</source>
        <translation>Wenn Sie nicht speichern, gehen sie verloren.</translation>
    </message>
</context>
<context>
    <name>Versus::FrameworkEditor</name>
    <message>
        <source>certain</source>
        <translation>sicher</translation>
    </message>
    <message>
        <source>The span you are unsure over, in levels (1 = %1); &quot;certain&quot; for none</source>
        <translation>Die Spanne, über die Sie unsicher sind, in Stufen (1 = %1); „sicher“ für keine</translation>
    </message>
    <message>
        <source>Lowest level %1 could be</source>
        <translation>Niedrigste Stufe, die %1 sein könnte</translation>
    </message>
    <message>
        <source>Highest level %1 could be</source>
        <translation>Höchste Stufe, die %1 sein könnte</translation>
    </message>
    <message>
        <source>range</source>
        <translation>Spanne</translation>
    </message>
    <message>
        <source>A&amp;utomatic</source>
        <translation>A&amp;utomatisch</translation>
    </message>
    <message>
        <source>Select a framework in the table or the list to edit it.</source>
        <translation>Wählen Sie ein Framework in der Tabelle oder der Liste aus, um es zu bearbeiten.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Developer:</source>
        <translation>&amp;Entwickler:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>&amp;First release:</source>
        <translation>Erste &amp;Veröffentlichung:</translation>
    </message>
    <message>
        <source>&amp;License:</source>
        <translation>&amp;Lizenz:</translation>
    </message>
    <message>
        <source>Core lan&amp;guage:</source>
        <translation>Kern&amp;sprache:</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;APIs:</source>
        <translation>&amp;APIs:</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Maintenance only</source>
        <translation>Nur noch Wartung</translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation>Eingestellt</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Homepage:</source>
        <translation>&amp;Homepage:</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>&amp;Repository:</translation>
    </message>
    <message>
        <source>The framework&apos;s colour in the chart and the table</source>
        <translation>Die Farbe des Frameworks im Diagramm und in der Tabelle</translation>
    </message>
    <message>
        <source>Use a colour from the colour-blind-safe palette</source>
        <translation>Eine Farbe aus der für Farbenblinde geeigneten Palette verwenden</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>One paragraph of plain text</source>
        <translation>Ein Absatz reiner Text</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Begründung zu %1</translation>
    </message>
    <message>
        <source>Why this rating: a benchmark, a source, an experience</source>
        <translation>Warum diese Bewertung: ein Benchmark, eine Quelle, eine Erfahrung</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Farbe von %1</translation>
    </message>
    <message>
        <source>Colour %1</source>
        <translation>Farbe %1</translation>
    </message>
    <message>
        <source>The year of the first public release, or Unknown (the lowest value)</source>
        <translation>Das Jahr der ersten öffentlichen Veröffentlichung, oder Unbekannt (der niedrigste Wert)</translation>
    </message>
    <message>
        <source>Last r&amp;elease:</source>
        <translation>Letzte Veröffentlichun&amp;g:</translation>
    </message>
    <message>
        <source>Choose a state or type your own words</source>
        <translation>Einen Zustand wählen oder eigene Worte eingeben</translation>
    </message>
</context>
<context>
    <name>Versus::FrameworkModel</name>
    <message>
        <source>Raters:</source>
        <translation>Bewerter:</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: not rated</source>
        <translation>%1: nicht bewertet</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>Could be %1 to %2</source>
        <translation>Könnte %1 bis %2 sein</translation>
    </message>
    <message>
        <source>Unsourced: no note says why, or the framework lists no source</source>
        <translation>Ohne Beleg: keine Notiz sagt warum, oder das Framework nennt keine Quelle</translation>
    </message>
    <message>
        <source>%1 — %2: Not rated</source>
        <translation>%1 — %2: nicht bewertet</translation>
    </message>
    <message>
        <source>%1 — %2: %3 (%4 of %5)</source>
        <translation>%1 — %2: %3 (%4 von %5)</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Entwickler</translation>
    </message>
    <message>
        <source>First release</source>
        <translation>Erste Veröffentlichung</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Core language</source>
        <translation>Kernsprache</translation>
    </message>
    <message>
        <source>APIs</source>
        <translation>APIs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Last release</source>
        <translation>Letzte Veröffentlichung</translation>
    </message>
    <message>
        <source>%1 — Weighted score: none, no weighted metric is rated</source>
        <translation>%1 — Gewichtete Bewertung: keine, keine gewichtete Metrik ist bewertet</translation>
    </message>
    <message>
        <source>%1 — Weighted score: %2 of 10</source>
        <translation>%1 — Gewichtete Bewertung: %2 von 10</translation>
    </message>
    <message>
        <source>Partial: %1 not rated</source>
        <translation>Unvollständig: %1 nicht bewertet</translation>
    </message>
    <message>
        <source>Set the weight of %1 to %2</source>
        <translation>Gewicht von %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>Gewichtete Bewertung</translation>
    </message>
    <message>
        <source>The mean of the ratings, each as a fraction of its scale, weighted by the metrics&apos; weights: 0 to 10. A * marks a score that leaves out weighted metrics that are not rated.</source>
        <translation>Der Mittelwert der Bewertungen, jede als Anteil ihrer Skala, gewichtet mit den Gewichten der Metriken: 0 bis 10. Ein * kennzeichnet einen Wert, der gewichtete, aber nicht bewertete Metriken auslässt.</translation>
    </message>
</context>
<context>
    <name>Versus::GridChart</name>
    <message>
        <source>One radar chart per compared framework, on the same scale.</source>
        <translation>Ein Netzdiagramm je verglichenem Framework, alle im selben Maßstab.</translation>
    </message>
    <message>
        <source>No framework is compared; check one in the Frameworks list.</source>
        <translation>Kein Framework wird verglichen; kreuzen Sie eines in der Frameworks-Liste an.</translation>
    </message>
</context>
<context>
    <name>Versus::MainWindow</name>
    <message>
        <source>A column in the table for every framework, not only the compared ones</source>
        <translation>Eine Spalte in der Tabelle für jedes Framework, nicht nur für die verglichenen</translation>
    </message>
    <message>
        <source>Show &amp;All Frameworks</source>
        <translation>&amp;Alle Frameworks zeigen</translation>
    </message>
    <message>
        <source>Frameworks</source>
        <translation>Frameworks</translation>
    </message>
    <message>
        <source>&amp;Frameworks List</source>
        <translation>&amp;Frameworks-Liste</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>&amp;Editor</source>
        <translation>&amp;Editor</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>&lt;opened data&gt;</source>
        <translation>&lt;geöffnete Daten&gt;</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>Änderungs&amp;verlauf</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a Versus data file</source>
        <translation>Eine Versus-Datendatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Versus</source>
        <translation>Ü&amp;ber Versus</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>“%1” could not be opened. The data shown has not changed.</source>
        <translation>„%1“ konnte nicht geöffnet werden. Die angezeigten Daten sind unverändert.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Open Data File</source>
        <translation>Datendatei öffnen</translation>
    </message>
    <message>
        <source>Versus</source>
        <translation>Versus</translation>
    </message>
    <message>
        <source>1 problem found:</source>
        <translation>Ein Problem gefunden:</translation>
    </message>
    <message>
        <source>About Versus</source>
        <translation>Über Versus</translation>
    </message>
    <message>
        <source>Compare deep-learning frameworks side by side.</source>
        <translation>Deep-Learning-Frameworks nebeneinander vergleichen.</translation>
    </message>
    <message>
        <source>Data shown: %1</source>
        <translation>Angezeigte Daten: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problems found:</source>
        <translation>
            <numerusform>%n Problem gefunden:</numerusform>
            <numerusform>%n Probleme gefunden:</numerusform>
        </translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>What&apos;s &amp;This?</source>
        <translation>&amp;Direkthilfe</translation>
    </message>
    <message>
        <source>JSON data (*.json);;Versus data (*.versus.json);;All files (*)</source>
        <translation>JSON-Daten (*.json);;Versus-Daten (*.versus.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later): see Show Details for its text.</source>
        <translation>Lizenziert unter der GNU General Public License, Version 3 oder später (GPL-3.0-or-later); der Text steht unter „Details anzeigen“.</translation>
    </message>
    <message>
        <source>The bundled data set, “%1”, compares %2 frameworks and takes Caffe&apos;s and Theano&apos;s ratings from the article “Caffe vs. Theano: Deep Learning Frameworks”; every other rating&apos;s note says what it rests on. Its facts were last checked on %3 against the projects&apos; own repositories, cited in each framework&apos;s sources.</source>
        <translation>Der mitgelieferte Datensatz „%1“ vergleicht %2 Frameworks und übernimmt die Bewertungen von Caffe und Theano aus dem Artikel „Caffe vs. Theano: Deep Learning Frameworks“; bei jeder anderen Bewertung sagt ihre Notiz, worauf sie beruht. Seine Angaben wurden zuletzt am %3 an den Repositorys der Projekte geprüft, die in den Quellen jedes Frameworks genannt sind.</translation>
    </message>
    <message>
        <source>Its facts were last checked on %1.</source>
        <translation>Seine Angaben wurden zuletzt am %1 geprüft.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, läuft mit Qt %2.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>Versus::MergeActions</name>
    <message>
        <source>&amp;Merge Raters&apos; Files…</source>
        <translation>Dateien mehrerer Be&amp;werter zusammenführen…</translation>
    </message>
    <message>
        <source>Make one comparison of several people&apos;s ratings: the median of their scores, with the spread as a range</source>
        <translation>Einen Vergleich aus den Bewertungen mehrerer Personen machen: der Median ihrer Stufen, die Streuung als Spanne</translation>
    </message>
    <message>
        <source>Merge Raters&apos; Files</source>
        <translation>Dateien mehrerer Bewerter zusammenführen</translation>
    </message>
    <message>
        <source>Versus data (*.json);;All files (*)</source>
        <translation>Versus-Daten (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose two or more raters&apos; files to merge.</source>
        <translation>Wählen Sie zwei oder mehr Dateien von Bewertern zum Zusammenführen.</translation>
    </message>
    <message>
        <source>The files could not be merged. The data shown has not changed.</source>
        <translation>Die Dateien konnten nicht zusammengeführt werden. Die angezeigten Daten sind unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>Merged %n raters&apos; files; save the result to keep it</source>
        <translation>
            <numerusform>Die Datei von %n Bewerter zusammengeführt; speichern Sie das Ergebnis, um es zu behalten</numerusform>
            <numerusform>Die Dateien von %n Bewertern zusammengeführt; speichern Sie das Ergebnis, um es zu behalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Versus::MetricDialog</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>What the metric measures and what a high rating means</source>
        <translation>Was die Metrik misst und was eine hohe Bewertung bedeutet</translation>
    </message>
    <message>
        <source>Lowest level first. Double-click a level to rename it.</source>
        <translation>Niedrigste Stufe zuerst. Doppelklicken Sie auf eine Stufe, um sie umzubenennen.</translation>
    </message>
    <message>
        <source>&amp;Add Level</source>
        <translation>Stufe &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Levels:</source>
        <translation>&amp;Stufen:</translation>
    </message>
    <message>
        <source>Very low</source>
        <translation>Sehr niedrig</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>Sehr hoch</translation>
    </message>
    <message>
        <source>Versus</source>
        <translation>Versus</translation>
    </message>
    <message>
        <source>Remove levels that frameworks are rated on?</source>
        <translation>Stufen entfernen, auf denen Frameworks bewertet sind?</translation>
    </message>
    <message>
        <source>1 rating uses a removed level and will become “Not rated”. You can undo this.</source>
        <translation>Eine Bewertung verwendet eine entfernte Stufe und wird zu „Nicht bewertet“. Sie können das rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Remove Levels</source>
        <translation>Stufen &amp;entfernen</translation>
    </message>
    <message>
        <source>New level</source>
        <translation>Neue Stufe</translation>
    </message>
    <message numerus="yes">
        <source>%n ratings use removed levels and will become “Not rated”. You can undo this.</source>
        <translation>
            <numerusform>%n Bewertung verwendet eine entfernte Stufe und wird zu „Nicht bewertet“. Sie können das rückgängig machen.</numerusform>
            <numerusform>%n Bewertungen verwenden entfernte Stufen und werden zu „Nicht bewertet“. Sie können das rückgängig machen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Versus::NewDataSetDialog</name>
    <message>
        <source>New comparison</source>
        <translation>Neuer Vergleich</translation>
    </message>
    <message>
        <source>&amp;Deep-learning metrics: Performance, Scalability, Ease of Use, Ecosystem</source>
        <translation>&amp;Deep-Learning-Metriken: Performance, Scalability, Ease of Use, Ecosystem</translation>
    </message>
    <message>
        <source>&amp;Metrics I name, one a line:</source>
        <translation>&amp;Eigene Metriken, eine je Zeile:</translation>
    </message>
    <message>
        <source>New Comparison</source>
        <translation>Neuer Vergleich</translation>
    </message>
    <message>
        <source>Price
Support
Documentation</source>
        <translation>Preis
Support
Dokumentation</translation>
    </message>
    <message>
        <source>Five numbered levels, 1 to 5</source>
        <translation>Fünf nummerierte Stufen, 1 bis 5</translation>
    </message>
    <message>
        <source>Very low, Low, Moderate, High, Very high</source>
        <translation>Sehr niedrig, Niedrig, Mäßig, Hoch, Sehr hoch</translation>
    </message>
    <message>
        <source>Labels of my own</source>
        <translation>Eigene Bezeichnungen</translation>
    </message>
    <message>
        <source>Lowest first, separated by commas: Poor, Fair, Good</source>
        <translation>Niedrigste zuerst, durch Kommas getrennt: Schwach, Mittel, Gut</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Start with:</source>
        <translation>Beginnen mit:</translation>
    </message>
    <message>
        <source>&amp;Levels of each:</source>
        <translation>&amp;Stufen jeder Metrik:</translation>
    </message>
    <message>
        <source>Name at least one metric.</source>
        <translation>Nennen Sie mindestens eine Metrik.</translation>
    </message>
    <message>
        <source>There can be at most %1 metrics.</source>
        <translation>Es kann höchstens %1 Metriken geben.</translation>
    </message>
    <message>
        <source>Give %1 to %2 level labels, separated by commas, none empty.</source>
        <translation>Geben Sie %1 bis %2 Stufenbezeichnungen an, durch Kommas getrennt, keine leer.</translation>
    </message>
</context>
<context>
    <name>Versus::RadarChart</name>
    <message>
        <source>One polygon per compared framework, one spoke per metric.</source>
        <translation>Ein Vieleck je verglichenem Framework, eine Achse je Metrik.</translation>
    </message>
    <message>
        <source>No framework is compared; check one in the Frameworks list.</source>
        <translation>Kein Framework wird verglichen; kreuzen Sie eines in der Frameworks-Liste an.</translation>
    </message>
    <message>
        <source>The comparison table holds the same ratings as text.</source>
        <translation>Die Vergleichstabelle enthält dieselben Bewertungen als Text.</translation>
    </message>
    <message>
        <source>%1 vs. %2</source>
        <translation>%1 vs. %2</translation>
    </message>
    <message>
        <source>%1 vs. %2 vs. %3</source>
        <translation>%1 vs. %2 vs. %3</translation>
    </message>
    <message>
        <source>Whiskers along a spoke: the range a rating could be in</source>
        <translation>Striche entlang einer Achse: die Spanne, in der eine Bewertung liegen kann</translation>
    </message>
    <message>
        <source>Could be %1 to %2</source>
        <translation>Könnte %1 bis %2 sein</translation>
    </message>
</context>
<context>
    <name>Versus::RadarChartView</name>
    <message>
        <source>Radar chart</source>
        <translation>Netzdiagramm</translation>
    </message>
    <message>
        <source>&lt;p&gt;The radar chart: one polygon per compared framework, one spoke per metric, one ring per level. A rating that is not rated has no point.&lt;/p&gt;&lt;p&gt;Point at a corner for its rating. Choose the frameworks it compares in the Frameworks list.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das Netzdiagramm: ein Polygon je verglichenem Framework, eine Achse je Metrik, ein Ring je Stufe. Eine fehlende Bewertung hat keinen Punkt.&lt;/p&gt;&lt;p&gt;Zeigen Sie auf eine Ecke, um ihre Bewertung zu sehen. Welche Frameworks verglichen werden, wählen Sie in der Frameworks-Liste.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Versus::RankingPanel</name>
    <message>
        <source>Scores as one &amp;weight goes 0–5</source>
        <translation>Bewertung, wenn ein &amp;Gewicht 0–5 durchläuft</translation>
    </message>
    <message>
        <source>Show a chart of the compared frameworks&apos; scores as the weight of one metric goes from 0 to 5</source>
        <translation>Ein Diagramm der Bewertungen der verglichenen Frameworks zeigen, während das Gewicht einer Metrik von 0 bis 5 geht</translation>
    </message>
    <message>
        <source>&amp;Sourced only</source>
        <translation>N&amp;ur belegte</translation>
    </message>
    <message>
        <source>List only frameworks whose every rating has a note and whose sources are listed</source>
        <translation>Nur Frameworks zeigen, deren Bewertungen alle eine Notiz haben und die Quellen nennen</translation>
    </message>
    <message>
        <source>What would change the winner</source>
        <translation>Was den Sieger ändern würde</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtern</translation>
    </message>
    <message>
        <source>Filter by name, developer, language</source>
        <translation>Nach Name, Entwickler, Sprache filtern</translation>
    </message>
    <message>
        <source>Filter frameworks</source>
        <translation>Frameworks filtern</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation>Eingestellt</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Frameworks ranked by weighted score</source>
        <translation>Frameworks nach gewichteter Bewertung geordnet</translation>
    </message>
    <message>
        <source>Check the frameworks to show in the radar chart</source>
        <translation>Die Frameworks ankreuzen, die das Netzdiagramm zeigen soll</translation>
    </message>
    <message>
        <source>Compare &amp;These</source>
        <translation>Diese &amp;vergleichen</translation>
    </message>
    <message>
        <source>Compare exactly the frameworks listed</source>
        <translation>Genau die aufgelisteten Frameworks vergleichen</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>A&amp;lle</translation>
    </message>
    <message>
        <source>Compare every framework</source>
        <translation>Alle Frameworks vergleichen</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Keine</translation>
    </message>
    <message>
        <source>Compare no framework</source>
        <translation>Kein Framework vergleichen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Weights&lt;/b&gt; in the weighted score (0–5)</source>
        <translation>&lt;b&gt;Gewichte&lt;/b&gt; in der gewichteten Bewertung (0–5)</translation>
    </message>
    <message>
        <source>Check a framework to show it in the radar chart; select one to read about it.</source>
        <translation>Ein Framework ankreuzen, um es im Netzdiagramm zu zeigen; eines auswählen, um darüber zu lesen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every framework of the data, best weighted score first; click a column header to sort by it. A checked framework is drawn in the radar chart; click a name to read about it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Alle Frameworks der Daten, die beste gewichtete Bewertung zuerst; ein Klick auf einen Spaltenkopf sortiert danach. Ein angekreuztes Framework wird im Netzdiagramm gezeichnet; ein Klick auf einen Namen zeigt, was es darüber zu lesen gibt.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Versus::RankingProxyModel</name>
    <message>
        <source>Score</source>
        <comment>weighted score, short</comment>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>1st</source>
        <comment>chance of coming first, short</comment>
        <translation>1.</translation>
    </message>
    <message>
        <source>Top 3</source>
        <comment>chance of a place in the first three, short</comment>
        <translation>Top 3</translation>
    </message>
</context>
<context>
    <name>Versus::RatingDelegate</name>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Maintenance only</source>
        <translation>Nur noch Wartung</translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation>Eingestellt</translation>
    </message>
</context>
<context>
    <name>Versus::RecentFiles</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>%1 %2 (missing)</source>
        <translation>%1 %2 (fehlt)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Remove &amp;Missing Files</source>
        <translation>&amp;Fehlende Dateien entfernen</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
</context>
<context>
    <name>Versus::ReportActions</name>
    <message>
        <source>&amp;Print…</source>
        <translation>Druc&amp;ken…</translation>
    </message>
    <message>
        <source>Print Previe&amp;w…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>E&amp;xport Report…</source>
        <translation>Be&amp;richt exportieren…</translation>
    </message>
    <message>
        <source>Print the report of the comparison: chart, table, ranking and every framework&apos;s ratings with their notes and sources</source>
        <translation>Den Bericht des Vergleichs drucken: Diagramm, Tabelle, Rangfolge und die Bewertungen jedes Frameworks mit Begründungen und Quellen</translation>
    </message>
    <message>
        <source>See the report&apos;s pages before printing them</source>
        <translation>Die Seiten des Berichts vor dem Drucken ansehen</translation>
    </message>
    <message>
        <source>Write the report of the comparison as a web page (HTML) or a PDF</source>
        <translation>Den Bericht des Vergleichs als Webseite (HTML) oder PDF schreiben</translation>
    </message>
    <message>
        <source>the bundled data</source>
        <translation>den mitgelieferten Daten</translation>
    </message>
    <message>
        <source>The report could not be printed</source>
        <translation>Der Bericht konnte nicht gedruckt werden</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Versus</source>
        <translation>Versus</translation>
    </message>
    <message>
        <source>Exported the report to %1</source>
        <translation>Bericht nach %1 exportiert</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s)</source>
        <translation>
            <numerusform>%n Seite gedruckt</numerusform>
            <numerusform>%n Seiten gedruckt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Versus::ScoreChart</name>
    <message>
        <source>The weighted score of each compared framework, best first, in bars made of each metric&apos;s share.</source>
        <translation>Die gewichtete Bewertung jedes verglichenen Frameworks, die beste zuerst, in Balken aus dem Anteil jeder Metrik.</translation>
    </message>
    <message>
        <source>No framework is compared; check one in the Frameworks list.</source>
        <translation>Kein Framework wird verglichen; kreuzen Sie eines in der Frameworks-Liste an.</translation>
    </message>
    <message>
        <source>%1: no score.</source>
        <comment>framework</comment>
        <translation>%1: keine Bewertung.</translation>
    </message>
    <message>
        <source>%1: %2 of 10.</source>
        <comment>framework, weighted score</comment>
        <translation>%1: %2 von 10.</translation>
    </message>
    <message>
        <source>%1 — weighted score: %2</source>
        <comment>framework, score</comment>
        <translation>%1 — gewichtete Bewertung: %2</translation>
    </message>
    <message>
        <source>%1 — %2: %3 of the weighted score %4 (weight %5; %6)</source>
        <comment>framework, metric, contribution, score, weight, rating</comment>
        <translation>%1 — %2: %3 der gewichteten Bewertung %4 (Gewicht %5; %6)</translation>
    </message>
    <message>
        <source>* partial: not rated on every weighted metric; the score is of the rated ones</source>
        <translation>* unvollständig: nicht in jeder gewichteten Metrik bewertet; die Bewertung gilt den bewerteten</translation>
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <comment>metric, weight</comment>
        <translation>%1 (Gewicht %2)</translation>
    </message>
    <message>
        <source>Weighted score</source>
        <translation>Gewichtete Bewertung</translation>
    </message>
</context>
<context>
    <name>Versus::SmallMultiplesView</name>
    <message>
        <source>Small multiples</source>
        <translation>Kleine Vielfache</translation>
    </message>
</context>
<context>
    <name>Versus::SourcesEditor</name>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>Neue Quelle</translation>
    </message>
    <message>
        <source>Remo&amp;ve Source</source>
        <translation>Quelle l&amp;öschen</translation>
    </message>
    <message>
        <source>Add &amp;Source</source>
        <translation>&amp;Quelle hinzufügen</translation>
    </message>
</context>
<context>
    <name>Versus::WeightSweepChart</name>
    <message>
        <source>Metric whose weight is swept</source>
        <translation>Kriterium, dessen Gewicht durchlaufen wird</translation>
    </message>
    <message>
        <source>Weighted scores as one weight goes from 0 to 5</source>
        <translation>Gewichtete Punktzahlen, während ein Gewicht von 0 bis 5 läuft</translation>
    </message>
    <message>
        <source>A line per compared framework: its weighted score at each weight of the chosen metric, the others kept</source>
        <translation>Eine Linie je verglichenem Framework: seine gewichtete Punktzahl bei jedem Gewicht des gewählten Kriteriums, die anderen unverändert</translation>
    </message>
    <message>
        <source>Weight of</source>
        <translation>Gewicht von</translation>
    </message>
</context>
<context>
    <name>Versus::WeightsEditor</name>
    <message>
        <source>Metric weights</source>
        <translation>Gewichte der Metriken</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Gewicht von %1</translation>
    </message>
    <message>
        <source>How much %1 counts in the weighted score: 0 leaves it out, 5 counts it five times as much as a metric of weight 1.</source>
        <translation>Wie stark %1 in die gewichtete Bewertung eingeht: 0 lässt sie aus, 5 zählt sie fünfmal so viel wie eine Metrik mit Gewicht 1.</translation>
    </message>
</context>
<context>
    <name>Versus::WinnerSensitivity</name>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 first</source>
        <translation>%1 auf Platz 1</translation>
    </message>
    <message>
        <source>%1 level first</source>
        <translation>%1 gleichauf auf Platz 1</translation>
    </message>
    <message>
        <source>%1 weight %2 or more puts %3</source>
        <translation>%1 mit Gewicht %2 oder mehr bringt %3</translation>
    </message>
    <message>
        <source>%1 weight %2 or less puts %3</source>
        <translation>%1 mit Gewicht %2 oder weniger bringt %3</translation>
    </message>
    <message>
        <source>%1 weight %2 puts %3</source>
        <translation>%1 mit Gewicht %2 bringt %3</translation>
    </message>
    <message>
        <source>%1&apos;s %2 at %3 of %4 puts %5</source>
        <translation>%2 von %1 auf %3 von %4 bringt %5</translation>
    </message>
    <message>
        <source>No framework has a weighted score.</source>
        <translation>Kein Framework hat eine gewichtete Punktzahl.</translation>
    </message>
    <message>
        <source>%1 leads</source>
        <translation>%1 führt</translation>
    </message>
    <message>
        <source>%1 tie</source>
        <translation>%1 liegen gleichauf</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <translation>%1; %2.</translation>
    </message>
    <message>
        <source>%1; no one weight changes that, but %2.</source>
        <translation>%1; kein einzelnes Gewicht ändert das, aber %2.</translation>
    </message>
    <message>
        <source>%1; no one weight or rating changes that.</source>
        <translation>%1; kein einzelnes Gewicht und keine einzelne Bewertung ändert das.</translation>
    </message>
</context>
</TS>
