<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
    <context>
        <name>HemaSteden</name>
        <message>
            <location filename="../../ui/sources.py" line="21" />
            <source>'{}' is neither a stored PostGIS connection nor a connection string such as {}.</source>
            <translation>'{}' is geen opgeslagen PostGIS-verbinding en ook geen verbindingstekst zoals {}.</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" line="100" />
            <source>A PostGIS connection stored in QGIS, or a connection string</source>
            <translation>Een in QGIS opgeslagen PostGIS-verbinding, of een verbindingstekst</translation>
        </message>
        <message>
            <location filename="../../ui/dock.py" line="155" />
            <source>A run is in progress; wait for it or cancel it.</source>
            <translation>Er loopt al een berekening; wacht tot die klaar is of annuleer hem.</translation>
        </message>
        <message>
            <location filename="../../ui/dock.py" line="199" />
            <location filename="../../ui/tasks.py" line="170" />
            <source>Algorithm {} is not available.</source>
            <translation>Algoritme {} is niet beschikbaar.</translation>
        </message>
        <message>
            <location filename="../../ui/dock.py" line="216" />
            <source>Atlas</source>
            <translation>Atlas</translation>
        </message>
        <message>
            <location filename="../../ui/dock.py" line="247" />
            <source>Atlas written to {}</source>
            <translation>Atlas opgeslagen als {}</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" line="77" />
            <source>Bundled HEMA data</source>
            <translation>Meegeleverde HEMA-gegevens</translation>
        </message>
        <message>
            <location filename="../../ui/dock.py" line="75" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../../algorithms/base.py" line="246" />
            <location filename="../../algorithms/base.py" line="322" />
            <location filename="../../ui/dock.py" line="233" />
            <location filename="../../ui/tasks.py" line="218" />
            <source>Canceled.</source>
            <translation>Geannuleerd.</translation>
        </message>
        <message>
            <location filename="../../ui/sources.py" line="44" />
            <source>Cannot connect to PostGIS ({}): {}. Check the server, database, user and password.</source>
            <translation>Geen verbinding met PostGIS ({}): {}. Controleer de server, database, gebruiker en het wachtwoord.</translation>
        </message>
        <message>
            <location filename="../../ui/dock.py" line="92" />
            <source>Catchment</source>
            <translation>Verz.gebied</translation>
        </message>
        <message>
            <location filename="../../algorithms/base.py" line="40" />
            <location filename="../../ui/dock.py" line="213" />
            <location filename="../../ui/form.py" line="129" />
            <source>Catchment areas</source>
            <translation>Verzorgingsgebieden</translation>
        </message>
        <message>
            <location filename="../../ui/dock.py" line="92" />
            <source>Catchment population</source>
            <translation>Inwoners verzorgingsgebied</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" line="154" />
            <source>Catchments</source>
            <translation>Verzorgingsgebieden</translation>
        </message>
        <message>
            <location filename="../../ui/controller.py" line="209" />
            <source>Choose a GeoPackage file to load.</source>
            <translation>Kies een GeoPackage-bestand om te laden.</translation>
        </message>
        <message>
            <location filename="../../ui/controller.py" line="211" />
            <source>Choose a PostGIS connection to load from.</source>
            <translation>Kies een PostGIS-verbinding om uit te laden.</translation>
        </message>
        <message>
            <location filename="../../ui/controller.py" line="220" />
            <source>Choose where to save the atlas PDF.</source>
            <translation>Kies waar de atlas-PDF moet worden opgeslagen.</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" line="111" />
            <location filename="../../ui/form.py" line="142" />
            <source>Cities</source>
            <translation>Steden</translation>
        </message>
        <message>
            <location filename="../../ui/dock.py" line="90" />
            <location filename="../../ui/dock.py" line="90" />
            <source>City</source>
            <translation>Stad</translation>
        </message>
        <message>
            <location filename="../../ui/dock.py" line="215" />
            <location filename="../../ui/form.py" line="170" />
            <source>City profile</source>
            <translation>Stadsprofiel</translation>
        </message>
        <message>
            <location filename="../../ui/dock.py" line="288" />
            <source>City {} is not on the map; load the data first.</source>
            <translation>Stad {} staat niet op de kaart; laad eerst de gegevens.</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" line="101" />
            <source>Connection</source>
            <translation>Verbinding</translation>
        </message>
        <message>
            <location filename="../../ui/tasks.py" line="116" />
            <source>Could not load the result {}.</source>
            <translation>Het resultaat {} kon niet worden geladen.</translation>
        </message>
        <message>
            <location filename="../../algorithms/base.py" line="328" />
            <source>Could not write to the output: {}</source>
            <translation>Kon niet naar de uitvoer schrijven: {}</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" line="166" />
            <source>Curved lines</source>
            <translation>Gebogen lijnen</translation>
        </message>
        <message>
            <location filename="../../algorithms/base.py" line="39" />
            <location filename="../../ui/dock.py" line="212" />
            <location filename="../../ui/form.py" line="74" />
            <source>Data</source>
            <translation>Gegevens</translation>
        </message>
        <message>
            <location filename="../../ui/results.py" line="191" />
            <source>Elsewhere</source>
            <translation>Elders</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" line="171" />
            <source>Export atlas</source>
            <translation>Atlas exporteren</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" line="111" />
            <source>Flows</source>
            <translation>Stromen</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" line="78" />
            <location filename="../../ui/form.py" line="95" />
            <source>GeoPackage</source>
            <translation>GeoPackage</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" line="94" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" line="161" />
            <source>Gross</source>
            <translation>Bruto</translation>
        </message>
        <message>
            <location filename="../../plugin.py" line="39" />
            <source>HEMA Steden panel</source>
            <translation>HEMA Steden-paneel</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" line="143" />
            <source>Huff model</source>
            <translation>Huff-model</translation>
        </message>
        <message>
            <location filename="../../ui/controller.py" line="216" />
            <source>Huff needs α &gt; 0 and β &gt; 0.</source>
            <translation>Huff vraagt α &gt; 0 en β &gt; 0.</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" line="143" />
            <source>Huff, fitted to observed</source>
            <translation>Huff, gekalibreerd op waarnemingen</translation>
        </message>
        <message>
            <location filename="../../ui/controller.py" line="189" />
            <source>Layer '{}' cannot be used as {}: field(s) {} missing. Available fields: {}.</source>
            <translation>Laag '{}' kan niet als {} dienen: veld(en) {} ontbreken. Beschikbare velden: {}.</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" line="80" />
            <source>Layers in the project</source>
            <translation>Lagen in het project</translation>
        </message>
        <message>
            <location filename="../../algorithms/base.py" line="42" />
            <source>Layouts and atlas</source>
            <translation>Kaartopmaak en atlas</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" line="163" />
            <source>Link type</source>
            <translation>Soort verbinding</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" line="169" />
            <source>Links</source>
            <translation>Verbindingen</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" line="159" />
            <source>Links and profile</source>
            <translation>Verbindingen en profiel</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" line="83" />
            <source>Load</source>
            <translation>Laden</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" line="84" />
            <source>Load the HEMA layers into the project</source>
            <translation>De HEMA-lagen in het project laden</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" line="145" />
            <source>Method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" line="161" />
            <source>Net</source>
            <translation>Netto</translation>
        </message>
        <message>
            <location filename="../../algorithms/base.py" line="41" />
            <location filename="../../ui/dock.py" line="214" />
            <source>Network links</source>
            <translation>Netwerkverbindingen</translation>
        </message>
        <message>
            <location filename="../../ui/chart.py" line="30" />
            <source>No city profile yet</source>
            <translation>Nog geen stadsprofiel</translation>
        </message>
        <message>
            <location filename="../../ui/controller.py" line="183" />
            <source>No {} layer is loaded. Click 'Load' first or choose a layer.</source>
            <translation>Er is geen laag met {} geladen. Klik eerst op 'Laden' of kies een laag.</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" line="143" />
            <source>Observed flows</source>
            <translation>Waargenomen stromen</translation>
        </message>
        <message>
            <location filename="../../ui/results.py" line="189" />
            <source>Own city</source>
            <translation>Eigen stad</translation>
        </message>
        <message>
            <location filename="../../ui/dock.py" line="186" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" line="153" />
            <source>Parameters</source>
            <translation>Parameters</translation>
        </message>
        <message>
            <location filename="../../ui/dock.py" line="94" />
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <location filename="../../ui/dock.py" line="95" />
            <source>Perspective</source>
            <translation>Perspectief</translation>
        </message>
        <message>
            <location filename="../../ui/dock.py" line="91" />
            <source>Pop.</source>
            <translation>Inw.</translation>
        </message>
        <message>
            <location filename="../../ui/dock.py" line="91" />
            <source>Population</source>
            <translation>Inwoners</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" line="79" />
            <source>PostGIS</source>
            <translation>PostGIS</translation>
        </message>
        <message>
            <location filename="../../ui/dock.py" line="80" />
            <source>Ready</source>
            <translation>Gereed</translation>
        </message>
        <message>
            <location filename="../../ui/dock.py" line="69" />
            <source>Results</source>
            <translation>Resultaten</translation>
        </message>
        <message>
            <location filename="../../ui/dock.py" line="207" />
            <source>Running {}…</source>
            <translation>Bezig met {}…</translation>
        </message>
        <message>
            <location filename="../../ui/dock.py" line="186" />
            <source>Save the atlas as</source>
            <translation>Atlas opslaan als</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" line="103" />
            <source>Schema</source>
            <translation>Schema</translation>
        </message>
        <message>
            <location filename="../../ui/controller.py" line="214" />
            <source>Select at least one city.</source>
            <translation>Kies ten minste één stad.</translation>
        </message>
        <message>
            <location filename="../../ui/dock.py" line="93" />
            <source>Self-cont.</source>
            <translation>Zelfv.</translation>
        </message>
        <message>
            <location filename="../../ui/dock.py" line="93" />
            <location filename="../../ui/results.py" line="174" />
            <source>Self-containment</source>
            <translation>Zelfvoorziening</translation>
        </message>
        <message>
            <location filename="../../ui/results.py" line="186" />
            <source>Share of outflow</source>
            <translation>Aandeel van de uitgaande stroom</translation>
        </message>
        <message>
            <location filename="../../plugin.py" line="42" />
            <source>Show or hide the HEMA Steden panel</source>
            <translation>Het HEMA Steden-paneel tonen of verbergen</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" line="86" />
            <source>Source</source>
            <translation>Bron</translation>
        </message>
        <message>
            <location filename="../../ui/dock.py" line="95" />
            <source>Suggested perspective</source>
            <translation>Voorgesteld perspectief</translation>
        </message>
        <message>
            <location filename="../../ui/controller.py" line="291" />
            <source>The panel cannot fill parameter(s) {} of {}; run it from the Processing toolbox instead.</source>
            <translation>Het paneel kan parameter(s) {} van {} niet invullen; start het algoritme via de Processing-toolbox.</translation>
        </message>
        <message>
            <location filename="../../ui/controller.py" line="218" />
            <source>The threshold must be zero or more.</source>
            <translation>De drempel moet nul of meer zijn.</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" line="133" />
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" line="165" />
            <source>Threshold</source>
            <translation>Drempel</translation>
        </message>
        <message>
            <location filename="../../ui/dock.py" line="94" />
            <location filename="../../ui/results.py" line="190" />
            <source>Top partner</source>
            <translation>Belangrijkste partner</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" line="161" />
            <source>Two-way</source>
            <translation>Tweerichtings</translation>
        </message>
        <message>
            <location filename="../../ui/dock.py" line="181" />
            <source>Using the chosen project layers.</source>
            <translation>De gekozen projectlagen worden gebruikt.</translation>
        </message>
        <message>
            <location filename="../../ui/dock.py" line="68" />
            <source>Workflow</source>
            <translation>Werkwijze</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" line="111" />
            <source>Zones</source>
            <translation>Zones</translation>
        </message>
        <message>
            <location filename="../../ui/controller.py" line="140" />
            <source>cities</source>
            <translation>steden</translation>
        </message>
        <message>
            <location filename="../../ui/controller.py" line="140" />
            <source>flows</source>
            <translation>stromen</translation>
        </message>
        <message>
            <location filename="../../ui/controller.py" line="140" />
            <source>zones</source>
            <translation>zones</translation>
        </message>
        <message>
            <location filename="../../ui/tasks.py" line="226" />
            <source>{} (details in the Log Messages panel, tab HEMA Steden)</source>
            <translation>{} (details in het paneel Logberichten, tab HEMA Steden)</translation>
        </message>
        <message>
            <location filename="../../ui/dock.py" line="235" />
            <source>{} failed: {}</source>
            <translation>{} mislukt: {}</translation>
        </message>
        <message>
            <location filename="../../ui/tasks.py" line="222" />
            <source>{} failed; see the Processing log.</source>
            <translation>{} mislukt; zie het Processing-logboek.</translation>
        </message>
        <message>
            <location filename="../../ui/dock.py" line="249" />
            <source>{} finished.</source>
            <translation>{} klaar.</translation>
        </message>
        <message>
            <location filename="../../algorithms/base.py" line="181" />
            <source>{} has no coordinate reference system; assign one (e.g. EPSG:28992) first.</source>
            <translation>{} heeft geen coördinaatreferentiesysteem; ken er eerst een toe (bijv. EPSG:28992).</translation>
        </message>
        <message>
            <location filename="../../algorithms/base.py" line="197" />
            <source>{} has no field '{}'. Available fields: {}. Choose the right field in the parameters.</source>
            <translation>{} heeft geen veld '{}'. Beschikbare velden: {}. Kies het juiste veld in de parameters.</translation>
        </message>
        <message>
            <location filename="../../algorithms/base.py" line="205" />
            <source>{} is empty; it needs at least one feature.</source>
            <translation>{} is leeg; er is ten minste één object nodig.</translation>
        </message>
        <message>
            <location filename="../../algorithms/base.py" line="185" />
            <source>{} is in a geographic CRS ({}); distances need a projected CRS. Reproject it to EPSG:28992 (Amersfoort / RD New) first.</source>
            <translation>{} staat in een geografisch CRS ({}); afstanden vragen een geprojecteerd CRS. Projecteer de laag eerst naar EPSG:28992 (Amersfoort / RD New).</translation>
        </message>
        <message>
            <location filename="../../algorithms/base.py" line="272" />
            <source>{}: feature {} has an invalid geometry; run 'Fix geometries' first.</source>
            <translation>{}: object {} heeft een ongeldige geometrie; voer eerst 'Geometrieën repareren' uit.</translation>
        </message>
        <message>
            <location filename="../../algorithms/base.py" line="268" />
            <source>{}: feature {} has no geometry; remove it or give it one.</source>
            <translation>{}: object {} heeft geen geometrie; verwijder het of geef het er een.</translation>
        </message>
        <message>
            <location filename="../../algorithms/base.py" line="292" />
            <source>{}: field '{}' of feature {} is empty or not a number ({!r}); fill in a number.</source>
            <translation>{}: veld '{}' van object {} is leeg of geen getal ({!r}); vul een getal in.</translation>
        </message>
    </context>
</TS>
