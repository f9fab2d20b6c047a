<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
    <context>
        <name>HemaSteden</name>
        <message>
            <location filename="../../algorithms/data_load.py" />
            <source>

Indicator maps (optional): per chosen theme a group with a graduated map of each key CBS indicator (or the indicators named), classified by quantiles, natural breaks, equal interval or pretty breaks, coloured around the NL value where higher is better or worse, the HEMA and reference cities outlined.</source>
            <translation>

Indicatorkaarten (optioneel): per gekozen thema een groep met een klassenkaart van elke CBS-kernindicator (of de genoemde indicatoren), ingedeeld in kwantielen, natuurlijke grenzen, gelijke intervallen of ronde grenzen, gekleurd rond de NL-waarde waar hoger beter of slechter is, met de HEMA- en referentiesteden omlijnd.</translation>
        </message>
        <message>
            <location filename="../../algorithms/base.py" />
            <source> (use a point as decimal separator)</source>
            <translation> (gebruik een punt als decimaalteken)</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_comparecities.py" />
            <location filename="../../algorithms/data_load.py" />
            <source> in {}</source>
            <translation> in {}</translation>
        </message>
        <message>
            <location filename="../../qgis_io/dataio.py" />
            <source>'{}' is neither a QGIS PostgreSQL connection nor a DSN with dbname=...; check the name.</source>
            <translation>'{}' is geen PostgreSQL-verbinding van QGIS en ook geen DSN met dbname=...; controleer de naam.</translation>
        </message>
        <message>
            <location filename="../../ui/sources.py" />
            <source>'{}' is neither a stored PostGIS connection nor a connection string such as {}.</source>
            <translation>'{}' is geen opgeslagen PostGIS-verbinding en ook geen verbindingstekst zoals {}.</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_export.py" />
            <source>A .qpt print-layout template; the bundled ones are in the plugin's resources/layouts.</source>
            <translation>Een .qpt-sjabloon voor de afdruklay-out; de meegeleverde staan in resources/layouts van de plugin.</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" />
            <source>A PostGIS connection stored in QGIS, or a connection string</source>
            <translation>Een in QGIS opgeslagen PostGIS-verbinding, of een verbindingstekst</translation>
        </message>
        <message>
            <location filename="../../algorithms/base.py" />
            <source>A coordinate transformation failed ({}): the declared CRS of an input layer does not fit its coordinates. Check the CRS of every input layer (Layer Properties &gt; Source).</source>
            <translation>Een coördinatentransformatie is mislukt ({}): het opgegeven CRS van een invoerlaag past niet bij de coördinaten. Controleer het CRS van elke invoerlaag (Laageigenschappen &gt; Bron).</translation>
        </message>
        <message>
            <location filename="../../ui/dock.py" />
            <source>A run is in progress; wait for it or cancel it.</source>
            <translation>Er loopt al een berekening; wacht tot die klaar is of annuleer hem.</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_periods.py" />
            <source>A year present in the year field; the first year must come before the second.</source>
            <translation>Een jaar dat in het jaarveld voorkomt; het eerste jaar moet voor het tweede liggen.</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchment_base.py" />
            <source>A zone whose two largest shares differ by less than this is contested.</source>
            <translation>Een zone waarvan de twee grootste aandelen minder dan dit verschillen, is betwist.</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_routes.py" />
            <source>Access (connector) speed (km/h, 0 = not counted)</source>
            <translation>Toegangssnelheid (aansluitsnelheid, km/u, 0 = niet meegeteld)</translation>
        </message>
        <message>
            <location filename="../../algorithms/indicators_base.py" />
            <source>Add a group per chosen theme with a choropleth per CBS indicator (HEMA and reference cities outlined; diverging colours around the NL value where higher is better or worse).</source>
            <translation>Voeg per gekozen thema een groep toe met een choropleet per CBS-indicator (HEMA- en referentiesteden omlijnd; tweezijdige kleuren rond de NL-waarde waar hoger beter of slechter is).</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" />
            <source>Adds the PDOK BRT-Achtergrondkaart under the HEMA layers when loading</source>
            <translation>Voegt bij het laden de PDOK BRT-Achtergrondkaart onder de HEMA-lagen toe</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_flows.py" />
            <source>After the other filters keep only the N largest lines of the whole map.</source>
            <translation>Houd na de andere filters alleen de N grootste lijnen van de hele kaart over.</translation>
        </message>
        <message>
            <location filename="../../ui/controller.py" />
            <location filename="../../ui/tasks.py" />
            <source>Algorithm {} is not available.</source>
            <translation>Algoritme {} is niet beschikbaar.</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_calibrate.py" />
            <source>All observed flows to the cities go to one city ({}); α and β cannot be estimated from a single destination. Use flows that reach at least two of the cities, or the theme presets in 'Huff catchments' instead of a calibration.</source>
            <translation>Alle waargenomen stromen naar de steden gaan naar één stad ({}); α en β zijn niet te schatten uit één bestemming. Gebruik stromen die minstens twee van de steden bereiken, of de themawaarden in 'Huff-verzorgingsgebieden' in plaats van een kalibratie.</translation>
        </message>
        <message>
            <location filename="../../ui/dock.py" />
            <source>Atlas</source>
            <translation>Atlas</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_export.py" />
            <source>Atlas coverage layer</source>
            <translation>Atlas-dekkingslaag</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_export.py" />
            <source>Atlas of {} page(s) over '{}'.</source>
            <translation>Atlas van {} pagina('s) over '{}'.</translation>
        </message>
        <message>
            <location filename="../../ui/dock.py" />
            <source>Atlas written to {}</source>
            <translation>Atlas opgeslagen als {}</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchment_base.py" />
            <location filename="../../algorithms/change_base.py" />
            <source>Attractiveness field</source>
            <translation>Aantrekkelijkheidsveld</translation>
        </message>
        <message>
            <location filename="../../ui/background.py" />
            <source>Background map (PDOK BRT)</source>
            <translation>Achtergrondkaart (PDOK BRT)</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" />
            <source>Background map (PDOK BRT, needs internet)</source>
            <translation>Achtergrondkaart (PDOK BRT, internet nodig)</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" />
            <source>Band</source>
            <translation>Band</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_polygons.py" />
            <location filename="../../algorithms/catchments_style.py" />
            <source>Band field</source>
            <translation>Bandveld</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_polygons.py" />
            <source>Band of each zone (own/primary/secondary/contested/none).</source>
            <translation>Band van elke zone (eigen/primair/secundair/betwist/geen).</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_boundaries.py" />
            <source>Base URL of the CBS gebiedsindelingen service; &lt;year&gt;/wfs/v1_0 is appended.</source>
            <translation>Basis-URL van de dienst CBS gebiedsindelingen; &lt;year&gt;/wfs/v1_0 wordt toegevoegd.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_boundaries.py" />
            <source>Boundaries</source>
            <translation>Grenzen</translation>
        </message>
        <message>
            <location filename="../../printlayout/mapbook_pages.py" />
            <source>Building page {} of {}</source>
            <translation>Pagina {} van {} opbouwen</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_mapbook.py" />
            <source>Building the change pages, contents and page numbers</source>
            <translation>Veranderingspagina's, inhoud en paginanummers opbouwen</translation>
        </message>
        <message>
            <location filename="../../printlayout/mapbook_pages.py" />
            <source>Building the indicator pages</source>
            <translation>Indicatorpagina's opbouwen</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_mapbook.py" />
            <source>Builds the complete map book from cities, zones and flows (default: the bundled GeoPackage: the 77 municipalities of Groningen, Fryslân, Drenthe and Overijssel, division 2018, with CBS flows). Every theme that has flows in the flow table gets observed catchments from its latest year (hema:catchmentsobserved; bundled: werk &amp; studie = jobs 2014, wonen = moves 2018, vervoer = commuting 2016 by train and other public transport); the other themes get Huff-modelled catchments with the theme presets (hema:catchmentshuff), footnoted as modelled. Shares use each zone's complete total, including flows to municipalities outside the zones. Also: commuting links between the cities (hema:flowlines, gross), city profiles (hema:cityprofile: self-containment f_ii / Σ_j f_ij, top partners, suggested perspective), key figures per city (population, catchment population per theme, train and public-transport share of commuting when the flows have modes, CBS indicators) and a chart of each HEMA city's share of the region per theme.
Output: one PDF with a cover, a contents page, an overview map of the HEMA network, one catchment page per theme, one fact sheet per HEMA city, a comparison table, one indicator page per theme (CBS indicators against Drenthe and the Netherlands) with their comparison table and, for every theme whose flows cover two or more years, a change page (hema:compareperiods, first against last year). Every page carries its page number and a provenance line: data source and year, method and parameters, plugin version. With scenarios given, one page per what-if scenario (hema:scenario). Map text in Dutch (default) or English. An existing PDF is only replaced when 'Overwrite existing file' is set.</source>
            <translation>Maakt het complete kaartenboek uit steden, zones en stromen (standaard: de meegeleverde GeoPackage: de 77 gemeenten van Groningen, Fryslân, Drenthe en Overijssel, indeling 2018, met CBS-stromen). Elk thema met stromen in de stromentabel krijgt waargenomen verzorgingsgebieden uit het laatste jaar (hema:catchmentsobserved; meegeleverd: werk &amp; studie = banen 2014, wonen = verhuizingen 2018, vervoer = woon-werkpendel 2016 per trein en overig ov); de andere thema's krijgen met het Huff-model gemodelleerde verzorgingsgebieden met de themavoorinstellingen (hema:catchmentshuff), met een voetnoot 'gemodelleerd'. Aandelen gebruiken het volledige totaal van elke zone, ook stromen naar gemeenten buiten de zones. Verder: pendelrelaties tussen de steden (hema:flowlines, bruto), stadsprofielen (hema:cityprofile: zelfvoorziening f_ii / Σ_j f_ij, belangrijkste partners, voorgesteld perspectief), kerncijfers per stad (inwoners, inwoners van het verzorgingsgebied per thema, trein- en ov-aandeel van de woon-werkpendel als de stromen vervoerwijzen hebben, CBS-indicatoren) en een grafiek van het aandeel van elke HEMA-stad in de regio per thema.
Uitvoer: één pdf met een omslag, een inhoudsopgave, een overzichtskaart van het HEMA-netwerk, één pagina verzorgingsgebieden per thema, één stadsblad per HEMA-stad, een vergelijkingstabel, één indicatorpagina per thema (CBS-indicatoren vergeleken met Drenthe en Nederland) met hun vergelijkingstabel en, voor elk thema waarvan de stromen twee of meer jaren beslaan, een veranderingspagina (hema:compareperiods, eerste tegen laatste jaar). Elke pagina draagt haar paginanummer en een herkomstregel: gegevensbron en jaar, methode en parameters, pluginversie. Met opgegeven scenario's één pagina per wat-als-scenario (hema:scenario). Kaarttekst in het Nederlands (standaard) of Engels. Een bestaande pdf wordt alleen vervangen als 'Bestaand bestand overschrijven' aan staat.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_load.py" />
            <location filename="../../ui/form.py" />
            <source>Bundled HEMA data</source>
            <translation>Meegeleverde HEMA-gegevens</translation>
        </message>
        <message>
            <location filename="../../ui/indicator_results.py" />
            <source>CBS indicator maps loaded with the HEMA layers (a group per theme)</source>
            <translation>CBS-indicatorkaarten die met de HEMA-lagen worden geladen (een groep per thema)</translation>
        </message>
        <message>
            <location filename="../../ui/indicator_results.py" />
            <source>CBS indicators of the theme: value per city (rank among the cities), Drenthe and NL</source>
            <translation>CBS-indicatoren van het thema: waarde per stad (rang onder de steden), Drenthe en NL</translation>
        </message>
        <message>
            <location filename="../../ui/resultstab.py" />
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_calibrate.py" />
            <source>Calibrate Huff model</source>
            <translation>Huff-model kalibreren</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_huff.py" />
            <location filename="../../algorithms/change_scenario.py" />
            <source>Calibrated parameter file</source>
            <translation>Bestand met gekalibreerde parameters</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_mapbook.py" />
            <source>Calibrated parameter file for the scenarios</source>
            <translation>Gekalibreerd parameterbestand voor de scenario's</translation>
        </message>
        <message>
            <location filename="../../ui/dock.py" />
            <location filename="../../ui/export.py" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_load.py" />
            <location filename="../../printlayout/export.py" />
            <location filename="../../qgis_io/frames.py" />
            <location filename="../../ui/dock.py" />
            <location filename="../../ui/tasks.py" />
            <source>Canceled.</source>
            <translation>Geannuleerd.</translation>
        </message>
        <message>
            <location filename="../../ui/dock.py" />
            <source>Cancelling… the algorithm stops at its next check.</source>
            <translation>Bezig met annuleren… het algoritme stopt bij de volgende controle.</translation>
        </message>
        <message>
            <location filename="../../ui/sources.py" />
            <source>Cannot connect to PostGIS ({}): {}. Check the server, database, user and password.</source>
            <translation>Geen verbinding met PostGIS ({}): {}. Controleer de server, database, gebruiker en het wachtwoord.</translation>
        </message>
        <message>
            <location filename="../../qgis_io/dataio.py" />
            <source>Cannot connect to the PostGIS server {} ({}). Start the server or correct host, port, database, user and password.</source>
            <translation>Geen verbinding met de PostGIS-server {} ({}). Start de server of verbeter host, poort, database, gebruiker en wachtwoord.</translation>
        </message>
        <message>
            <location filename="../../ui/resultstab.py" />
            <source>Catchment</source>
            <translation>Verz.gebied</translation>
        </message>
        <message>
            <location filename="../../algorithms/base.py" />
            <location filename="../../algorithms/data_comparecities.py" />
            <location filename="../../ui/dock.py" />
            <location filename="../../ui/form.py" />
            <location filename="../../ui/mapstate.py" />
            <source>Catchment areas</source>
            <translation>Verzorgingsgebieden</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_comparecities.py" />
            <source>Catchment areas (functional comparison)</source>
            <translation>Verzorgingsgebieden (functionele vergelijking)</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_observed.py" />
            <source>Catchment areas from observed flows</source>
            <translation>Verzorgingsgebieden uit waargenomen stromen</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_huff.py" />
            <source>Catchment areas, Huff model</source>
            <translation>Verzorgingsgebieden, Huff-model</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_mapbook.py" />
            <source>Catchment areas: {}</source>
            <translation>Verzorgingsgebieden: {}</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_polygons.py" />
            <location filename="../../algorithms/catchments_style.py" />
            <source>Catchment layer</source>
            <translation>Laag met verzorgingsgebieden</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_mapbook.py" />
            <source>Catchment method</source>
            <translation>Methode verzorgingsgebieden</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_polygons.py" />
            <source>Catchment polygons</source>
            <translation>Polygonen van verzorgingsgebieden</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_polygons.py" />
            <source>Catchment polygons per city and band</source>
            <translation>Polygonen van verzorgingsgebieden per stad en band</translation>
        </message>
        <message>
            <location filename="../../ui/resultstab.py" />
            <source>Catchment population</source>
            <translation>Inwoners verzorgingsgebied</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" />
            <source>Catchments</source>
            <translation>Verzorgingsgebieden</translation>
        </message>
        <message>
            <location filename="../../algorithms/base.py" />
            <source>Change and scenarios</source>
            <translation>Verandering en scenario's</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_comparecities.py" />
            <location filename="../../algorithms/layout_export.py" />
            <source>Chart folder</source>
            <translation>Grafiekenmap</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_mapbook.py" />
            <source>Chart folder (&lt;code&gt;.png per city)</source>
            <translation>Grafiekenmap (&lt;code&gt;.png per stad)</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_mapbook.py" />
            <source>Chart for {}</source>
            <translation>Grafiek voor {}</translation>
        </message>
        <message>
            <location filename="../../ui/resultstab.py" />
            <source>Chart written to {}</source>
            <translation>Grafiek opgeslagen als {}</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_comparecities.py" />
            <source>Chart: {}</source>
            <translation>Grafiek: {}</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_mapbook.py" />
            <source>Checking the inputs</source>
            <translation>Invoer controleren</translation>
        </message>
        <message>
            <location filename="../../ui/controller.py" />
            <source>Choose a GeoPackage file to load.</source>
            <translation>Kies een GeoPackage-bestand om te laden.</translation>
        </message>
        <message>
            <location filename="../../ui/workbench.py" />
            <source>Choose a GeoPackage for the results: the panel does not keep results only in memory.</source>
            <translation>Kies een GeoPackage voor de resultaten: het paneel houdt resultaten niet alleen in het geheugen.</translation>
        </message>
        <message>
            <location filename="../../ui/controller.py" />
            <source>Choose a PostGIS connection to load from.</source>
            <translation>Kies een PostGIS-verbinding om uit te laden.</translation>
        </message>
        <message>
            <location filename="../../ui/dock.py" />
            <source>Choose the project layers to use (cities, zones, flows).</source>
            <translation>Kies de projectlagen die u wilt gebruiken (steden, zones, stromen).</translation>
        </message>
        <message>
            <location filename="../../ui/controller.py" />
            <source>Choose where to save the atlas PDF.</source>
            <translation>Kies waar de atlas-PDF moet worden opgeslagen.</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_base.py" />
            <location filename="../../algorithms/flow_base.py" />
            <location filename="../../algorithms/layout_mapbook.py" />
            <location filename="../../ui/form.py" />
            <source>Cities</source>
            <translation>Steden</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchment_base.py" />
            <location filename="../../algorithms/change_base.py" />
            <location filename="../../algorithms/network_base.py" />
            <source>Cities layer</source>
            <translation>Stedenlaag</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_periods.py" />
            <source>Cities whose change and series are reported (empty = HEMA and reference cities).</source>
            <translation>Steden waarvan verandering en reeks worden gerapporteerd (leeg = HEMA- en referentiesteden).</translation>
        </message>
        <message>
            <location filename="../../ui/resultstab.py" />
            <source>City</source>
            <translation>Stad</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchment_base.py" />
            <location filename="../../algorithms/change_base.py" />
            <source>City attractiveness A_j &gt; 0 (population, jobs, retail floor space).</source>
            <translation>Aantrekkelijkheid van de stad A_j &gt; 0 (inwoners, banen, winkelvloeroppervlak).</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchment_base.py" />
            <source>City centres (points) competing for the zones, e.g. the HEMA cities and their neighbours.</source>
            <translation>Stadscentra (punten) die om de zones concurreren, bijv. de HEMA-steden en hun buren.</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_base.py" />
            <source>City centres (points), e.g. the HEMA cities and their neighbours.</source>
            <translation>Stadscentra (punten), bijv. de HEMA-steden en hun buren.</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_periods.py" />
            <source>City changes</source>
            <translation>Verandering per stad</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_base.py" />
            <source>City code '{}' occurs more than once; city codes must be unique.</source>
            <translation>Stadscode '{}' komt meer dan eens voor; stadscodes moeten uniek zijn.</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_style.py" />
            <location filename="../../algorithms/change_base.py" />
            <location filename="../../algorithms/flow_base.py" />
            <source>City code field</source>
            <translation>Veld met stadscode</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_polygons.py" />
            <source>City code of each zone's dominant city.</source>
            <translation>Stadscode van de dominante stad van elke zone.</translation>
        </message>
        <message>
            <location filename="../../algorithms/flow_base.py" />
            <source>City code(s) {} are not in the cities layer; add them or fix the codes.</source>
            <translation>Stadscode(s) {} staan niet in de stedenlaag; voeg ze toe of verbeter de codes.</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_base.py" />
            <source>City code(s) {} are not in the cities layer; codes present: {}.</source>
            <translation>Stadscode(s) {} staan niet in de stedenlaag; aanwezige codes: {}.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_comparecities.py" />
            <source>City codes</source>
            <translation>Stadscodes</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_base.py" />
            <location filename="../../algorithms/flow_base.py" />
            <source>City codes (comma separated)</source>
            <translation>Stadscodes (kommagescheiden)</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_style.py" />
            <location filename="../../algorithms/change_base.py" />
            <location filename="../../algorithms/flow_base.py" />
            <source>City name field</source>
            <translation>Veld met stadsnaam</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_polygons.py" />
            <source>City name for the output and legend.</source>
            <translation>Stadsnaam voor de uitvoer en de legenda.</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_base.py" />
            <source>City name, used in outputs, labels and the chart.</source>
            <translation>Stadsnaam, gebruikt in uitvoer, labels en de grafiek.</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchment_base.py" />
            <source>City name, used in the output and the legend.</source>
            <translation>Stadsnaam, gebruikt in de uitvoer en de legenda.</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_base.py" />
            <source>City points whose codes match the flow table's origin and destination codes (a polygon layer given by a script, e.g. municipalities, is placed at a point on each polygon).</source>
            <translation>Stadspunten waarvan de codes overeenkomen met de herkomst- en bestemmingscodes van de stromentabel (een vlakkenlaag die een script opgeeft, bijv. gemeenten, wordt op een punt van elk vlak geplaatst).</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_periods.py" />
            <source>City points with flows, share, rank, self-containment, orientation.</source>
            <translation>Stadspunten met stromen, aandeel, rang, zelfvoorziening en oriëntatie.</translation>
        </message>
        <message>
            <location filename="../../ui/dock.py" />
            <location filename="../../ui/form.py" />
            <location filename="../../ui/mapstate.py" />
            <source>City profile</source>
            <translation>Stadsprofiel</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_profile.py" />
            <source>City profile and perspective</source>
            <translation>Stadsprofiel en perspectief</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_mapbook.py" />
            <location filename="../../algorithms/network_profile.py" />
            <source>City profiles</source>
            <translation>Stadsprofielen</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_periods.py" />
            <source>City series</source>
            <translation>Reeks per stad</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_base.py" />
            <source>City weight field (e.g. population)</source>
            <translation>Veld met gewicht van de stad (bijv. inwoners)</translation>
        </message>
        <message>
            <location filename="../../ui/dock.py" />
            <source>City {} is not on the map; load the data first.</source>
            <translation>Stad {} staat niet op de kaart; laad eerst de gegevens.</translation>
        </message>
        <message>
            <location filename="../../algorithms/indicators_base.py" />
            <source>Classification</source>
            <translation>Klassenindeling</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_periods.py" />
            <source>Code conversion table</source>
            <translation>Codeconversietabel</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_periods.py" />
            <source>Code conversion: {} → {}</source>
            <translation>Codeconversie: {} → {}</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_routes.py" />
            <source>Code field</source>
            <translation>Codeveld</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_profile.py" />
            <source>Codes of the cities to profile; empty = the HEMA cities and their reference cities present.</source>
            <translation>Codes van de te profileren steden; leeg = de aanwezige HEMA-steden en hun referentiesteden.</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchment_base.py" />
            <source>Codes of the competing cities to use, e.g. GM0106,GM0114 (empty = every city in the layer).</source>
            <translation>Codes van de concurrerende steden die meedoen, bijv. GM0106,GM0114 (leeg = elke stad in de laag).</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <location filename="../../algorithms/data_importindicators.py" />
            <source>Column delimiter of the CSV file.</source>
            <translation>Scheidingsteken tussen kolommen in het CSV-bestand.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_comparecities.py" />
            <source>Comma-separated CBS municipality codes of the cities to compare (GM0106 or 106).</source>
            <translation>CBS-gemeentecodes van de te vergelijken steden, gescheiden door komma's (GM0106 of 106).</translation>
        </message>
        <message>
            <location filename="../../algorithms/indicators_base.py" />
            <source>Comma-separated indicator ids (e.g. employment_rate, dist_hospital), each mapped in its own theme's group; empty = the key indicators of the chosen themes.</source>
            <translation>Indicator-id's gescheiden door komma's (bijv. employment_rate, dist_hospital), elk in de groep van het eigen thema; leeg = de kernindicatoren van de gekozen thema's.</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_mapbook.py" />
            <source>Commuting links (both directions summed) below this many jobs are left off the maps.</source>
            <translation>Pendelverbindingen (beide richtingen opgeteld) onder dit aantal banen blijven van de kaarten weg.</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_mapbook.py" />
            <source>Commuting links between the cities</source>
            <translation>Pendelrelaties tussen de steden</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_comparecities.py" />
            <source>Compare cities on indicators (Quickscan)</source>
            <translation>Steden vergelijken op indicatoren (Quickscan)</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_periods.py" />
            <source>Compare two years (change over time)</source>
            <translation>Twee jaren vergelijken (verandering in de tijd)</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_periods.py" />
            <source>Compares two years of one flow table (e.g. CBS jobs by home and work municipality 2006 and 2014, or moves 2015 and 2018) on one municipal division.

Re-divisions: a code conversion table (old code → new code, e.g. the bundled gemeenten_2015_naar_2018.csv) is applied to both years first; merged municipalities are summed, flows between them become self-contained flow. The log names every merged pair.

Outputs: links with value, share of the origin's outflow (without self) and rank within the origin in both years, change, relative change and status (new, gone, grew, shrank; unobserved when a code does not occur at all in one year, e.g. a municipality reported only from its founding year), drawn in a diverging style (blue grew, red shrank) whose widths use one scale for both years; zones with the dominant city, its share and band in both years (the same band thresholds) and whether the zone switched city; per city inflow, outflow, share of the cities' inflow, rank, self-containment and orientation in both years; and the self-containment and orientation of each city over ALL years in the table, as a table and a small-multiples chart (PNG). The output SCALE_MAX (largest link value of both years) can be given to 'Flow lines between cities' of each year so both maps share one width scale.</source>
            <translation>Vergelijkt twee jaren van één stromentabel (bijv. CBS-banen naar woon- en werkgemeente 2006 en 2014, of verhuizingen 2015 en 2018) op één gemeentelijke indeling.

Herindelingen: eerst wordt op beide jaren een codeconversietabel toegepast (oude code → nieuwe code, bijv. de meegeleverde gemeenten_2015_naar_2018.csv); samengevoegde gemeenten worden opgeteld, stromen daartussen worden stromen binnen de gemeente. Het logboek noemt elk samengevoegd paar.

Uitvoer: relaties met waarde, aandeel in de uitgaande stroom van de herkomst (zonder eigen gemeente) en rang binnen de herkomst in beide jaren, verandering, relatieve verandering en status (nieuw, verdwenen, gegroeid, gekrompen; niet waargenomen als een code in een van de jaren helemaal niet voorkomt, bijv. een gemeente die pas vanaf haar oprichtingsjaar wordt gerapporteerd), getekend in een divergerende stijl (blauw gegroeid, rood gekrompen) met één breedteschaal voor beide jaren; zones met de dominante stad, haar aandeel en band in beide jaren (dezelfde bandgrenzen) en of de zone van stad wisselde; per stad inkomende en uitgaande stroom, aandeel in de inkomende stroom van de steden, rang, zelfvoorziening en oriëntatie in beide jaren; en de zelfvoorziening en oriëntatie van elke stad over ALLE jaren in de tabel, als tabel en als grafiek met kleine veelvouden (PNG). De uitvoer SCALE_MAX (grootste relatiewaarde van beide jaren) kan aan 'Stroomlijnen tussen steden' van elk jaar worden gegeven, zodat beide kaarten één breedteschaal delen.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_comparecities.py" />
            <source>Comparison</source>
            <translation>Vergelijking</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_mapbook.py" />
            <source>Comparison of the cities</source>
            <translation>Vergelijking van de steden</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" />
            <source>Connection</source>
            <translation>Verbinding</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchment_base.py" />
            <source>Contested: top two shares closer than</source>
            <translation>Betwist: twee grootste aandelen dichter bij elkaar dan</translation>
        </message>
        <message>
            <location filename="../../ui/resultstab.py" />
            <source>Copy</source>
            <translation>Kopiëren</translation>
        </message>
        <message>
            <location filename="../../ui/resultstab.py" />
            <source>Copy the table (tab-separated) and the chart to the clipboard</source>
            <translation>Kopieer de tabel (tab-gescheiden) en de grafiek naar het klembord</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_routes.py" />
            <source>Cost</source>
            <translation>Kosten</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_scenario.py" />
            <location filename="../../algorithms/huff_base.py" />
            <source>Cost destination field</source>
            <translation>Veld met kostenbestemming</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_scenario.py" />
            <location filename="../../algorithms/huff_base.py" />
            <source>Cost field</source>
            <translation>Kostenveld</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_routes.py" />
            <source>Cost lines</source>
            <translation>Kostenlijnen</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_scenario.py" />
            <location filename="../../algorithms/huff_base.py" />
            <source>Cost origin field</source>
            <translation>Veld met kostenherkomst</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_scenario.py" />
            <location filename="../../algorithms/huff_base.py" />
            <location filename="../../algorithms/network_routes.py" />
            <source>Cost table</source>
            <translation>Kostentabel</translation>
        </message>
        <message>
            <location filename="../../algorithms/huff_base.py" />
            <source>Cost table (optional)</source>
            <translation>Kostentabel (optioneel)</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_boundaries.py" />
            <source>Could not download the {} boundaries of {} from {} ({}). Are you offline? Check the internet connection or the proxy in Settings &gt; Options &gt; Network, or load boundaries from a file.</source>
            <translation>De {}-grenzen van {} konden niet worden gedownload van {} ({}). Bent u offline? Controleer de internetverbinding of de proxy in Instellingen &gt; Opties &gt; Netwerk, of laad grenzen uit een bestand.</translation>
        </message>
        <message>
            <location filename="../../ui/storage.py" />
            <source>Could not keep the result {} in {}: {}</source>
            <translation>Kon het resultaat {} niet bewaren in {}: {}</translation>
        </message>
        <message>
            <location filename="../../ui/tasks.py" />
            <source>Could not load the result {}.</source>
            <translation>Het resultaat {} kon niet worden geladen.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_boundaries.py" />
            <source>Could not write the boundaries: {}</source>
            <translation>De grenzen konden niet worden geschreven: {}</translation>
        </message>
        <message>
            <location filename="../../qgis_io/frames.py" />
            <source>Could not write to the output: {}.</source>
            <translation>Kan niet naar de uitvoer schrijven: {}.</translation>
        </message>
        <message>
            <location filename="../../qgis_io/outputs.py" />
            <source>Could not write {}: it is a folder.</source>
            <translation>Kan {} niet schrijven: het is een map.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_load.py" />
            <source>Could not write {}: {}</source>
            <translation>Kon {} niet schrijven: {}</translation>
        </message>
        <message>
            <location filename="../../qgis_io/outputs.py" />
            <source>Could not write {}: {}.</source>
            <translation>Kan {} niet schrijven: {}.</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_flows.py" />
            <source>Cumulative share per origin (0 = all)</source>
            <translation>Cumulatief aandeel per herkomst (0 = alle)</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_base.py" />
            <source>Curvature</source>
            <translation>Kromming</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" />
            <source>Curved lines</source>
            <translation>Gebogen lijnen</translation>
        </message>
        <message>
            <location filename="../../algorithms/base.py" />
            <location filename="../../ui/dock.py" />
            <location filename="../../ui/form.py" />
            <source>Data</source>
            <translation>Gegevens</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_routes.py" />
            <source>Default speed (km/h)</source>
            <translation>Standaardsnelheid (km/u)</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <location filename="../../algorithms/data_importindicators.py" />
            <source>Delimiter</source>
            <translation>Scheidingsteken</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_observed.py" />
            <source>Derives catchment areas (verzorgingsgebieden) from observed flows, e.g. CBS commuting home → work.

Share s_ij = F_ij / Σ_k F_ik, where the sum runs over ALL destinations k of zone i (its own municipality, the cities and everything else), so s_ij is the share of the zone's residents going to city j. Tick 'Shares over cities only' to divide by the flows to the cities instead.
Dominant city = largest share (a city's own zone always belongs to that city: band 'own'). Bands: contested (top share ≥ secondary threshold and top two closer than the margin), primary (≥ 0.5), secondary (≥ 0.25), none.

Output: the zones with code, name, outflow (total flows leaving the zone), dom_code/dom_name/dom_share, sec_code/sec_name/sec_share, margin, band and one wide field s_&lt;city code&gt; per city plus s_rest (share to destinations that are not cities). Styled by dominant city and band.</source>
            <translation>Leidt verzorgingsgebieden af uit waargenomen stromen, bijv. CBS-pendel woon → werk.

Aandeel s_ij = F_ij / Σ_k F_ik, waarbij de som loopt over ALLE bestemmingen k van zone i (de eigen gemeente, de steden en al het andere), zodat s_ij het aandeel is van de inwoners van de zone dat naar stad j gaat. Vink 'Aandelen alleen over steden' aan om in plaats daarvan te delen door de stromen naar de steden.
Dominante stad = grootste aandeel (de eigen zone van een stad hoort altijd bij die stad: band 'eigen'). Banden: betwist (grootste aandeel ≥ secundaire drempel en de twee grootste dichter bij elkaar dan de marge), primair (≥ 0,5), secundair (≥ 0,25), geen.

Uitvoer: de zones met code, naam, outflow (totale uitgaande stroom van de zone), dom_code/dom_name/dom_share, sec_code/sec_name/sec_share, margin, band en per stad één breed veld s_&lt;stadscode&gt; plus s_rest (aandeel naar bestemmingen die geen stad zijn). Gestileerd naar dominante stad en band.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" />
            <source>Destination</source>
            <translation>Bestemming</translation>
        </message>
        <message>
            <location filename="../../algorithms/flow_base.py" />
            <source>Destination code (work).</source>
            <translation>Bestemmingscode (werk).</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_periods.py" />
            <location filename="../../algorithms/flow_base.py" />
            <source>Destination field</source>
            <translation>Bestemmingsveld</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_links.py" />
            <source>Destination mass exponent b</source>
            <translation>Massa-exponent bestemming b</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_routes.py" />
            <source>Destinations</source>
            <translation>Bestemmingen</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_routes.py" />
            <source>Destinations (empty = the origins)</source>
            <translation>Bestemmingen (leeg = de herkomsten)</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <location filename="../../algorithms/data_importindicators.py" />
            <source>Detect</source>
            <translation>Automatisch</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_polygons.py" />
            <source>Dissolves the zones of an observed or Huff catchment layer into one (multi)polygon per dominant city and band (own, primary, secondary, contested, none).

Fields: city_code, city_name, band, zones, population (served), area_km2, inflow (flows from these zones to the city) and inflow_share = inflow / the city's total inflow from all zones: how much of the city's reach each band supplies. Flows per zone and city come from the e_&lt;code&gt; fields (Huff expected flows) or else s_&lt;code&gt; × the volume field (observed shares × outflow).</source>
            <translation>Voegt de zones van een laag met waargenomen of Huff-verzorgingsgebieden samen tot één (multi)polygoon per dominante stad en band (eigen, primair, secundair, betwist, geen).

Velden: city_code, city_name, band, zones, population (bediend), area_km2, inflow (stromen van deze zones naar de stad) en inflow_share = inflow / de totale instroom van de stad uit alle zones: hoeveel van het bereik van de stad elke band levert. Stromen per zone en stad komen uit de velden e_&lt;code&gt; (verwachte Huff-stromen) of anders s_&lt;code&gt; × het volumeveld (waargenomen aandelen × uitstroom).</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_scenario.py" />
            <location filename="../../algorithms/huff_base.py" />
            <location filename="../../algorithms/network_links.py" />
            <source>Distance decay</source>
            <translation>Afstandsverval</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_links.py" />
            <source>Distance decay β</source>
            <translation>Afstandsverval β</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_links.py" />
            <source>Distance-decay exponent used when no flow table is given (1.5 as R spopt).</source>
            <translation>Exponent van het afstandsverval als er geen stromentabel is (1,5 zoals R spopt).</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_links.py" />
            <source>Distances below this are raised to it, so very close nodes do not explode.</source>
            <translation>Afstanden kleiner dan dit worden hierop gezet, zodat zeer dichte knooppunten niet exploderen.</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_observed.py" />
            <source>Divide by the zone's flows to the cities (shares sum to 1) instead of by all its flows.</source>
            <translation>Deel door de stromen van de zone naar de steden (aandelen tellen op tot 1) in plaats van door al haar stromen.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" />
            <source>Dominant city</source>
            <translation>Dominante stad</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" />
            <source>Dominant city (code)</source>
            <translation>Dominante stad (code)</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_polygons.py" />
            <source>Dominant city field</source>
            <translation>Veld met dominante stad</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_polygons.py" />
            <source>Dominant city name field</source>
            <translation>Veld met naam van de dominante stad</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_links.py" />
            <location filename="../../ui/mapstate.py" />
            <source>Dominant flows</source>
            <translation>Dominante stromen</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_links.py" />
            <source>Dominant flows (urban hierarchy)</source>
            <translation>Dominante stromen (stedelijke hiërarchie)</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_export.py" />
            <source>Dots per inch for images and rasterised parts of a PDF.</source>
            <translation>Punten per inch voor afbeeldingen en gerasterde delen van een PDF.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_boundaries.py" />
            <source>Download again (ignore the cache)</source>
            <translation>Opnieuw downloaden (cache negeren)</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_boundaries.py" />
            <source>Download even when a cached copy exists.</source>
            <translation>Download ook als er een kopie in de cache staat.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_boundaries.py" />
            <source>Download failed ({}); using the cached copy {}.</source>
            <translation>Download mislukt ({}); de kopie in de cache {} wordt gebruikt.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_boundaries.py" />
            <source>Download municipality or province boundaries (PDOK)</source>
            <translation>Gemeente- of provinciegrenzen downloaden (PDOK)</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_boundaries.py" />
            <source>Downloading {}</source>
            <translation>Bezig met downloaden van {}</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_boundaries.py" />
            <source>Downloads the generalised CBS boundaries of Dutch municipalities (gemeenten) or provinces of a year from PDOK's 'CBS gebiedsindelingen' WFS (service.pdok.nl/cbs/gebiedsindelingen/&lt;year&gt;/wfs/v1_0, GeoJSON in EPSG:28992, through the QGIS network settings and proxy).

Downloads are cached in the QGIS profile folder (hema_steden/cache); later runs read the cache unless 'Download again' is ticked. Without a connection a cached copy is used, otherwise the algorithm stops with a message.

Output: polygons with code (GMxxxx / PVxx), name, year and source, ready as HEMA zones. The service URL can be changed (advanced parameter or environment variable HEMA_PDOK_URL).
Source: Kadaster / Centraal Bureau voor de Statistiek, CC BY 4.0.</source>
            <translation>Downloadt de gegeneraliseerde CBS-grenzen van Nederlandse gemeenten of provincies van een jaar uit de WFS 'CBS gebiedsindelingen' van PDOK (service.pdok.nl/cbs/gebiedsindelingen/&lt;year&gt;/wfs/v1_0, GeoJSON in EPSG:28992, via de netwerkinstellingen en proxy van QGIS).

Downloads worden bewaard in de profielmap van QGIS (hema_steden/cache); volgende runs lezen de cache, tenzij 'Opnieuw downloaden' is aangevinkt. Zonder verbinding wordt een kopie uit de cache gebruikt, anders stopt het algoritme met een melding.

Uitvoer: polygonen met code (GMxxxx / PVxx), naam, jaar en bron, direct bruikbaar als HEMA-zones. De URL van de dienst kan worden gewijzigd (geavanceerde parameter of omgevingsvariabele HEMA_PDOK_URL).
Bron: Kadaster / Centraal Bureau voor de Statistiek, CC BY 4.0.</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_flows.py" />
            <source>Draws a flow table (origin, destination, value) as lines between nodes (cities or zones) and computes each node's totals.

Line types (as FlowMapper): two-way = every i→j; gross = f_ij + f_ji; net = f_ij − f_ji, drawn from the larger sender. Filters (as the R package flows), applied in order: value ≥ threshold, the top-k lines per origin, and per origin the largest lines until they cover a cumulative share of its outflow. Lines are quadratic Bézier curves bending to the right of travel, so i→j and j→i never overlap (curvature 0 = straight).

Outputs: lines with origin, destination, value, share of the origin's outflow (without its self-contained flow), rank within the origin (1 = largest); styled with graduated arrow widths and the origin city's colour. Node totals: outflow, inflow (both without self), self-contained flow f_ii, gross, net = in − out, in/out ratio. An empty selection gives empty layers and a warning.</source>
            <translation>Tekent een stromentabel (herkomst, bestemming, waarde) als lijnen tussen knooppunten (steden of zones) en berekent de totalen per knooppunt.

Lijnsoorten (zoals FlowMapper): tweerichtings = elke i→j; bruto = f_ij + f_ji; netto = f_ij − f_ji, getekend vanaf de grootste zender. Filters (zoals het R-pakket flows), in deze volgorde: waarde ≥ drempel, de top-k lijnen per herkomst, en per herkomst de grootste lijnen tot ze samen een cumulatief aandeel van de uitstroom dekken. Lijnen zijn kwadratische Bézier-krommen die naar rechts van de reisrichting buigen, zodat i→j en j→i nooit overlappen (kromming 0 = recht).

Uitvoer: lijnen met origin, destination, value, aandeel van de uitstroom van de herkomst (zonder de interne stroom), rang binnen de herkomst (1 = grootste); gestileerd met pijlbreedtes in klassen en de kleur van de herkomststad. Knooppunttotalen: uitstroom, instroom (beide zonder intern), interne stroom f_ii, bruto, netto = in − uit, verhouding in/uit. Een lege selectie geeft lege lagen en een waarschuwing.</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_base.py" />
            <source>Drop flows whose codes are not in the cities layer</source>
            <translation>Stromen weglaten waarvan de codes niet in de stedenlaag staan</translation>
        </message>
        <message>
            <location filename="../../ui/results.py" />
            <source>Elsewhere</source>
            <translation>Elders</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_mapbook.py" />
            <source>Empty: the bundled GeoPackage.</source>
            <translation>Leeg: de meegeleverde GeoPackage.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <source>Encoding</source>
            <translation>Codering</translation>
        </message>
        <message>
            <location filename="../../algorithms/indicators_base.py" />
            <source>Equal interval</source>
            <translation>Gelijke intervallen</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_scenario.py" />
            <location filename="../../algorithms/huff_base.py" />
            <source>Exponential exp(-β D)</source>
            <translation>Exponentieel exp(-β D)</translation>
        </message>
        <message>
            <location filename="../../ui/resultstab.py" />
            <source>Export CSV…</source>
            <translation>CSV exporteren…</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" />
            <source>Export atlas</source>
            <translation>Atlas exporteren</translation>
        </message>
        <message>
            <location filename="../../ui/resultstab.py" />
            <source>Export chart PNG…</source>
            <translation>Grafiek als PNG…</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_export.py" />
            <source>Export layout or atlas</source>
            <translation>Lay-out of atlas exporteren</translation>
        </message>
        <message>
            <location filename="../../ui/resultstab.py" />
            <source>Export the results</source>
            <translation>Resultaten exporteren</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_mapbook.py" />
            <source>Exporting {} pages to {}</source>
            <translation>Bezig met exporteren van {} pagina's naar {}</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_export.py" />
            <source>Exports a print-layout template (.qpt) to PDF, PNG or SVG. With a coverage layer the layout is exported as an atlas: one page per feature (optionally filtered by an expression), e.g. one fact sheet per city with the bundled 'hema_stadsblad.qpt'. Texts come from the template's layout variables (@hema_title, @hema_subtitle, @hema_sources, @hema_footnote) in Dutch or English.
Inputs: template, coverage layer, filter, layers to show on maps that have no fixed layer set (and the key-figures table of hema:mapbook for the city sheet), format, resolution.
Outputs: the written files (OUTPUT is the PDF or the first file), FILES (all files, ';'-separated) and PAGES. Existing files are never replaced unless 'Overwrite existing files' is set.
HEMA layers among the layers to show that have no style yet (a single symbol, e.g. the outputs of other steps in a model) are drawn in the plugin's default style for the export: cities and zones as hema:loadlayers styles them, catchment layers (dom_code, band) in the city colours, named in the map text language in the legend (Steden, Zones, ...); the layers keep their own style and name afterwards.</source>
            <translation>Exporteert een sjabloon voor de afdruklay-out (.qpt) naar PDF, PNG of SVG. Met een dekkingslaag wordt de lay-out als atlas geëxporteerd: één pagina per object (eventueel gefilterd met een expressie), bijv. één stadsblad per stad met het meegeleverde 'hema_stadsblad.qpt'. Teksten komen uit de lay-outvariabelen van het sjabloon (@hema_title, @hema_subtitle, @hema_sources, @hema_footnote) in het Nederlands of Engels.
Invoer: sjabloon, dekkingslaag, filter, lagen voor kaarten zonder vaste lagenset (en de kerncijferstabel van hema:mapbook voor het stadsblad), formaat, resolutie.
Uitvoer: de geschreven bestanden (OUTPUT is de PDF of het eerste bestand), FILES (alle bestanden, gescheiden door ';') en PAGES. Bestaande bestanden worden nooit vervangen, tenzij 'Bestaande bestanden overschrijven' aan staat.
HEMA-lagen onder de te tonen lagen die nog geen stijl hebben (één symbool, bijv. de uitvoer van andere stappen in een model) worden voor de export in de standaardstijl van de plugin getekend: steden en zones zoals hema:loadlayers ze opmaakt, verzorgingsgebieden (dom_code, band) in de stadskleuren, in de legenda genoemd in de taal van de kaarttekst (Steden, Zones, ...); de lagen houden daarna hun eigen stijl en naam.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <source>Factor applied to every value, e.g. 1000 for CBS tables in thousands.</source>
            <translation>Factor waarmee elke waarde wordt vermenigvuldigd, bijv. 1000 voor CBS-tabellen in duizendtallen.</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_flows.py" />
            <source>Fade lines below this share of the maximum</source>
            <translation>Lijnen onder dit aandeel van het maximum vervagen</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_style.py" />
            <source>Field of the catchment layer (catchment polygons: city_code, city_name, band).</source>
            <translation>Veld van de laag met verzorgingsgebieden (polygonen van verzorgingsgebieden: city_code, city_name, band).</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_periods.py" />
            <source>Field of the code conversion table.</source>
            <translation>Veld van de codeconversietabel.</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_scenario.py" />
            <location filename="../../algorithms/huff_base.py" />
            <source>Field of the cost table.</source>
            <translation>Veld van de kostentabel.</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_periods.py" />
            <source>Field of the flow table.</source>
            <translation>Veld van de stromentabel.</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_scenario.py" />
            <source>Field of the road network (class: nlda, nldr, nldp as TravelMapping).</source>
            <translation>Veld van het wegennet (klasse: nlda, nldr, nldp zoals TravelMapping).</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_base.py" />
            <source>Field with the city code (CBS GMxxxx code for municipalities).</source>
            <translation>Veld met de code van de stad (CBS-code GMxxxx voor gemeenten).</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_base.py" />
            <source>Field with the city name used in labels (empty = known city names, else the code).</source>
            <translation>Veld met de naam van de stad voor labels (leeg = bekende stadsnamen, anders de code).</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_routes.py" />
            <source>Field with the code written to the output table.</source>
            <translation>Veld met de code die in de uitvoertabel wordt geschreven.</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_routes.py" />
            <source>Field with the road class used to look up the speed per class.</source>
            <translation>Veld met de wegklasse waarmee de snelheid per klasse wordt opgezocht.</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_routes.py" />
            <source>Field with the speed in km/h; empty = speeds per road class.</source>
            <translation>Veld met de snelheid in km/u; leeg = snelheden per wegklasse.</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_periods.py" />
            <source>Field with the theme code; rows of other themes are skipped. Ignored if the table lacks it.</source>
            <translation>Veld met de themacode; rijen van andere thema's worden overgeslagen. Genegeerd als de tabel het niet heeft.</translation>
        </message>
        <message>
            <location filename="../../algorithms/flow_base.py" />
            <source>Field with the theme code; the THEME filter is skipped when the table lacks the default field.</source>
            <translation>Veld met de themacode; het themafilter vervalt als de tabel het standaardveld niet heeft.</translation>
        </message>
        <message>
            <location filename="../../algorithms/flow_base.py" />
            <location filename="../../algorithms/network_flows.py" />
            <source>Field with the transport mode of each flow row.</source>
            <translation>Veld met de vervoerswijze van elke stroomrij.</translation>
        </message>
        <message>
            <location filename="../../algorithms/flow_base.py" />
            <source>Field with the year of each flow row; the YEAR filter is skipped when the table lacks it.</source>
            <translation>Veld met het jaar van elke stroomrij; het jaarfilter vervalt als de tabel het niet heeft.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <source>Field with the zone codes; empty = the first of code, statcode, gm_code, id.</source>
            <translation>Veld met de zonecodes; leeg = het eerste van code, statcode, gm_code, id.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <source>Field with the zone names for matching by name; empty = the first of name, statnaam, naam.</source>
            <translation>Veld met de zonenamen om op naam te koppelen; leeg = het eerste van name, statnaam, naam.</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_huff.py" />
            <source>Fields per city</source>
            <translation>Velden per stad</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_export.py" />
            <source>Filter expression</source>
            <translation>Filterexpressie</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_periods.py" />
            <source>First year</source>
            <translation>Eerste jaar</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_calibrate.py" />
            <source>Fits α and β of the Huff model (β alone when α is fixed) to observed flows by maximum likelihood: each zone's flows to the cities are multinomial with the Huff probabilities (conditional logit, as the production-constrained model in PySAL spint). Flows to destinations that are not cities are left out of the likelihood. Standard errors come from the analytic Hessian and assume independent trips: use 'Multiply flow values by' to turn e.g. 'jobs × 1000' into counts.

Reports: α, β, standard errors, McFadden pseudo-R² against equal shares to every city (PSEUDO_R2) and against the attractiveness-only model β = 0 (PSEUDO_R2_ATTR), SRMSE of modelled flows, number of zones, and the share of zones where the modelled and the observed dominant city agree (AGREEMENT).

Outputs: a parameter table, a JSON parameter file for 'Catchment areas, Huff model' (its 'Calibrated parameter file' input), and a residual layer: per zone and city r_&lt;code&gt; = observed − modelled share over the cities, obs_dom, mod_dom, agree and r_max (largest absolute residual).</source>
            <translation>Schat α en β van het Huff-model (alleen β als α vastligt) op waargenomen stromen met de meest aannemelijke schatting: de stromen van elke zone naar de steden zijn multinomiaal met de Huff-kansen (conditionele logit, zoals het productiebeperkte model in PySAL spint). Stromen naar bestemmingen die geen stad zijn, tellen niet mee in de aannemelijkheid. Standaardfouten komen uit de analytische Hessiaan en veronderstellen onafhankelijke verplaatsingen: gebruik 'Stroomwaarden vermenigvuldigen met' om bijv. 'banen × 1000' in aantallen om te zetten.

Rapporteert: α, β, standaardfouten, McFadden pseudo-R² ten opzichte van gelijke aandelen voor elke stad (PSEUDO_R2) en ten opzichte van het model met alleen aantrekkelijkheid β = 0 (PSEUDO_R2_ATTR), SRMSE van de gemodelleerde stromen, aantal zones, en het aandeel zones waar de gemodelleerde en de waargenomen dominante stad overeenkomen (AGREEMENT).

Uitvoer: een parametertabel, een JSON-parameterbestand voor 'Verzorgingsgebieden, Huff-model' (de invoer 'Bestand met gekalibreerde parameters') en een residuenlaag: per zone en stad r_&lt;code&gt; = waargenomen − gemodelleerd aandeel over de steden, obs_dom, mod_dom, agree en r_max (grootste absolute residu).</translation>
        </message>
        <message>
            <location filename="../../ui/workbench.py" />
            <source>Fitted to the observed flows; pseudo-R² = {}.</source>
            <translation>Geschat op de waargenomen stromen; pseudo-R² = {}.</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" />
            <source>Fitted: α = {}, β = {}</source>
            <translation>Geschat: α = {}, β = {}</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_flows.py" />
            <source>Fixed value of the widest arrow: give the same number to maps of other years or selections so their widths compare; larger values keep the widest arrow.</source>
            <translation>Vaste waarde van de breedste pijl: geef kaarten van andere jaren of selecties hetzelfde getal, dan zijn hun breedtes vergelijkbaar; grotere waarden houden de breedste pijl.</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_calibrate.py" />
            <source>Fixed α (optional)</source>
            <translation>Vaste α (optioneel)</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <source>Flow import: {}</source>
            <translation>Stromen importeren: {}</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_flows.py" />
            <location filename="../../ui/mapstate.py" />
            <source>Flow lines</source>
            <translation>Stroomlijnen</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_flows.py" />
            <source>Flow lines between cities</source>
            <translation>Stroomlijnen tussen steden</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_periods.py" />
            <source>Flow table</source>
            <translation>Stromentabel</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <source>Flow table (CSV)</source>
            <translation>Stromentabel (CSV)</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_periods.py" />
            <source>Flow table in long format with a year field: one row per origin, destination and year.</source>
            <translation>Stromentabel in lang formaat met een jaarveld: één rij per herkomst, bestemming en jaar.</translation>
        </message>
        <message>
            <location filename="../../algorithms/flow_base.py" />
            <source>Flow table in long format, one row per origin (home) → destination (work) pair.</source>
            <translation>Stromentabel in lang formaat, één rij per paar herkomst (wonen) → bestemming (werk).</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_periods.py" />
            <location filename="../../algorithms/data_importflows.py" />
            <location filename="../../algorithms/layout_mapbook.py" />
            <location filename="../../ui/form.py" />
            <source>Flows</source>
            <translation>Stromen</translation>
        </message>
        <message>
            <location filename="../../algorithms/flow_base.py" />
            <source>Flows (table)</source>
            <translation>Stromen (tabel)</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchment_base.py" />
            <source>Flows go to cities only</source>
            <translation>Stromen gaan alleen naar steden</translation>
        </message>
        <message>
            <location filename="../../algorithms/flow_base.py" />
            <source>Flows table</source>
            <translation>Stromentabel</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_load.py" />
            <source>Folder</source>
            <translation>Map</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_comparecities.py" />
            <source>Folder for the charts comparison_&lt;theme&gt;.png (small multiples per theme); empty = no charts.</source>
            <translation>Map voor de grafieken comparison_&lt;thema&gt;.png (kleine veelvouden per thema); leeg = geen grafieken.</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_export.py" />
            <source>Folder with &lt;code&gt;.png charts for the city sheet's chart item (made by hema:mapbook).</source>
            <translation>Map met &lt;code&gt;.png-grafieken voor het grafiekelement van het stadsblad (gemaakt door hema:mapbook).</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_load.py" />
            <source>Folder with steden/zones/flows/provinces .gpkg or .csv files (Source = Folder).</source>
            <translation>Map met .gpkg- of .csv-bestanden steden/zones/flows/provinces (Bron = Map).</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_flows.py" />
            <source>For the vervoer (transport) theme: from commuting flows by mode (e.g. CBS 2016 by mode: car, carpool, train, other_pt, moped, (e-)bicycle, walk, other) computes per link origin→destination the total over modes, the share of every mode (share_&lt;mode&gt; = f_ij,mode / Σ_modes f_ij) and the main mode. Links whose total is below the minimum are left out. Output: curved lines, width by total, colour by the share of the chosen mode (light = low, dark = high).</source>
            <translation>Voor het thema vervoer: berekent uit pendelstromen per vervoerswijze (bijv. CBS 2016 per wijze: auto, carpool, trein, overig ov, bromfiets, (e-)fiets, lopen, overig) per verbinding herkomst→bestemming het totaal over de wijzen, het aandeel van elke wijze (share_&lt;mode&gt; = f_ij,wijze / Σ_wijzen f_ij) en de hoofdwijze. Verbindingen met een totaal onder het minimum blijven weg. Uitvoer: gebogen lijnen, breedte naar totaal, kleur naar het aandeel van de gekozen wijze (licht = laag, donker = hoog).</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_export.py" />
            <source>Format</source>
            <translation>Formaat</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_base.py" />
            <source>Gap at the nodes (map units)</source>
            <translation>Ruimte bij de knooppunten (kaarteenheden)</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_load.py" />
            <location filename="../../ui/form.py" />
            <source>GeoPackage</source>
            <translation>GeoPackage</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" />
            <location filename="../../ui/workbench.py" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_load.py" />
            <source>GeoPackage with the HEMA tables (Source = GeoPackage).</source>
            <translation>GeoPackage met de HEMA-tabellen (Bron = GeoPackage).</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_calibrate.py" />
            <source>Give α to fit β alone; leave empty to fit both.</source>
            <translation>Geef α om alleen β te schatten; laat leeg om beide te schatten.</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_links.py" />
            <source>Gravity interaction I_ij = k · P_i^a · P_j^b · f(D_ij) between all pairs of nodes, with f = D^−β (power) or exp(−β·D) (exponential), D = straight-line distance in km (floored at the minimum distance).

With a flow table the model is fitted to the observed flows between different nodes (pairs without a row count as 0) by a Poisson GLM on ln P_i, ln P_j and −ln D (or −D), solved by iteratively reweighted least squares; the masses are the weight field (e.g. population) or, when empty, each node's observed outflow and inflow (incl. self). The estimates, their standard errors and the pseudo-R² (1 − deviance / null deviance) are logged and returned. Without flows a = b = 1, β is the given value and the interaction is scaled to an index with the largest link = 100.

Output: lines with distance_km, observed (NULL without flows), modelled, residual = observed − modelled and the Pearson residual (o − m)/√m.</source>
            <translation>Zwaartekrachtinteractie I_ij = k · P_i^a · P_j^b · f(D_ij) tussen alle paren knooppunten, met f = D^−β (macht) of exp(−β·D) (exponentieel), D = hemelsbrede afstand in km (met de minimumafstand als ondergrens).

Met een stromentabel wordt het model geschat op de waargenomen stromen tussen verschillende knooppunten (paren zonder rij tellen als 0) met een Poisson-GLM op ln P_i, ln P_j en −ln D (of −D), opgelost met iteratief herwogen kleinste kwadraten; de massa's zijn het gewichtsveld (bijv. inwoners) of, als dat leeg is, de waargenomen uit- en instroom van elk knooppunt (inclusief intern). De schattingen, hun standaardfouten en de pseudo-R² (1 − deviantie / nuldeviantie) worden gelogd en teruggegeven. Zonder stromen is a = b = 1, is β de opgegeven waarde en wordt de interactie geschaald tot een index met de grootste verbinding = 100.

Uitvoer: lijnen met distance_km, observed (NULL zonder stromen), modelled, residual = waargenomen − gemodelleerd en het Pearson-residu (o − m)/√m.</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_links.py" />
            <source>Gravity links</source>
            <translation>Zwaartekrachtverbindingen</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_links.py" />
            <source>Gravity links between cities</source>
            <translation>Zwaartekrachtverbindingen tussen steden</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" />
            <source>Gross</source>
            <translation>Bruto</translation>
        </message>
        <message>
            <location filename="../../plugin.py" />
            <source>HEMA Steden panel</source>
            <translation>HEMA Steden-paneel</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_load.py" />
            <source>HEMA cities</source>
            <translation>HEMA-steden</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_load.py" />
            <source>HEMA flows</source>
            <translation>HEMA-stromen</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_load.py" />
            <source>HEMA provinces</source>
            <translation>HEMA-provincies</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_load.py" />
            <source>HEMA zones</source>
            <translation>HEMA-zones</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <location filename="../../algorithms/data_importindicators.py" />
            <source>HTML files (*.html)</source>
            <translation>HTML-bestanden (*.html)</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <source>HTML report of counts, totals, unmatched labels, duplicates and negatives.</source>
            <translation>HTML-rapport met aantallen, totalen, niet-gekoppelde labels, dubbele rijen en negatieve waarden.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importindicators.py" />
            <source>HTML report: rows read and written, missing cells, skipped codes, duplicates, themes.</source>
            <translation>HTML-rapport: gelezen en geschreven rijen, ontbrekende cellen, overgeslagen codes, dubbele rijen, thema's.</translation>
        </message>
        <message>
            <location filename="../../ui/dock.py" />
            <source>Help: how to use the panel and every HEMA algorithm</source>
            <translation>Help: hoe u het paneel en elk HEMA-algoritme gebruikt</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_links.py" />
            <source>Hierarchy nodes</source>
            <translation>Hiërarchieknooppunten</translation>
        </message>
        <message>
            <location filename="../../algorithms/indicators_base.py" />
            <source>How the indicator values are divided into classes.</source>
            <translation>Hoe de indicatorwaarden in klassen worden verdeeld.</translation>
        </message>
        <message>
            <location filename="../../ui/mapstate.py" />
            <source>Huff</source>
            <translation>Huff</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_huff.py" />
            <source>Huff catchments</source>
            <translation>Huff-verzorgingsgebieden</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" />
            <source>Huff model</source>
            <translation>Huff-model</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_mapbook.py" />
            <source>Huff model for every theme</source>
            <translation>Huff-model voor elk thema</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_huff.py" />
            <location filename="../../algorithms/change_scenario.py" />
            <source>Huff model: α = {:.4g}, β = {:.4g}, {} decay</source>
            <translation>Huff-model: α = {:.4g}, β = {:.4g}, verval {}</translation>
        </message>
        <message>
            <location filename="../../ui/controller.py" />
            <source>Huff needs α &gt; 0 and β &gt; 0.</source>
            <translation>Huff vraagt α &gt; 0 en β &gt; 0.</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_mapbook.py" />
            <source>Huff parameter of every modelled page; empty = each theme's preset.</source>
            <translation>Huff-parameter van elke gemodelleerde pagina; leeg = de standaardwaarde van elk thema.</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_calibrate.py" />
            <source>Huff parameters</source>
            <translation>Huff-parameters</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_calibrate.py" />
            <source>Huff residuals</source>
            <translation>Huff-residuen</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" />
            <source>Huff, fitted to observed</source>
            <translation>Huff, gekalibreerd op waarnemingen</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <source>Import flow table</source>
            <translation>Stromentabel importeren</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importindicators.py" />
            <source>Import indicator table</source>
            <translation>Indicatortabel importeren</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <location filename="../../algorithms/data_importindicators.py" />
            <source>Import report</source>
            <translation>Importrapport</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <source>Imports a flow table (commuting, moves, visits) from a CSV file into the HEMA flows format (origin, destination, theme, value, year, mode, unit, source).

Input: a long CSV with one row per pair (columns origin, destination, value and optionally theme, year, mode; Dutch names such as van/naar/waarde/jaar and CBS names such as woon_code/werk_code and vertrek/vestiging are recognised) or a square matrix (rows = origins, columns = destinations), such as a CBS StatLine export without header. Delimiter ';' or ',', decimal comma or point, UTF-8, UTF-8 with BOM or cp1252 are detected. CBS '-' (nil) counts as 0; zero cells are left out.

Origins and destinations are matched to the zones layer by code (GM0106, 0106 or 106) or by name (case, accents and '(gemeente)' suffixes ignored). Duplicate pairs are summed. Flows from a zone to a destination outside the zones layer (a municipality beyond the study area, or one merged since) are kept under the destination's own label, so every origin's total stays complete and self-containment, shares and catchment bands are not biased upwards; the report gives, per origin, how much of its total lies outside the zones (untick 'Keep flows to destinations outside the zones' to drop them). Other unmatched labels and negative values stop the import with an error, or are skipped and listed in the report.

Output: the flows table (GeoPackage, PostGIS or temporary) and an HTML report with row counts, totals, unmatched labels, duplicates and negatives. Existing outputs are only replaced when 'Overwrite existing output' is ticked.</source>
            <translation>Importeert een stromentabel (pendel, verhuizingen, bezoeken) uit een CSV-bestand in het HEMA-stromenformaat (origin, destination, theme, value, year, mode, unit, source).

Invoer: een lange CSV met één rij per paar (kolommen origin, destination, value en eventueel theme, year, mode; Nederlandse namen zoals van/naar/waarde/jaar en CBS-namen zoals woon_code/werk_code en vertrek/vestiging worden herkend) of een vierkante matrix (rijen = herkomsten, kolommen = bestemmingen), zoals een CBS StatLine-export zonder kop. Scheidingsteken ';' of ',', decimale komma of punt, UTF-8, UTF-8 met BOM of cp1252 worden herkend. CBS '-' (nihil) telt als 0; nulcellen worden weggelaten.

Herkomsten en bestemmingen worden aan de zonelaag gekoppeld op code (GM0106, 0106 of 106) of op naam (hoofdletters, accenten en '(gemeente)' genegeerd). Dubbele paren worden opgeteld. Stromen van een zone naar een bestemming buiten de zonelaag (een gemeente buiten het studiegebied, of een sindsdien opgeheven gemeente) blijven behouden onder het eigen label van de bestemming, zodat het totaal van elke herkomst volledig blijft en zelfvoorziening, aandelen en verzorgingsbanden niet te hoog uitvallen; het verslag geeft per herkomst hoeveel van het totaal buiten de zones ligt (vink 'Stromen naar bestemmingen buiten de zones behouden' uit om ze weg te laten). Andere niet-gekoppelde labels en negatieve waarden stoppen de import met een fout, of worden overgeslagen en in het verslag vermeld.

Uitvoer: de stromentabel (GeoPackage, PostGIS of tijdelijk) en een HTML-verslag met aantallen rijen, totalen, niet-gekoppelde labels, dubbele paren en negatieve waarden. Bestaande uitvoer wordt alleen vervangen als 'Bestaande uitvoer overschrijven' is aangevinkt.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importindicators.py" />
            <source>Imports indicators of your own into the HEMA indicator format (code, theme, indicator, value, unit, year, source), for hema:comparecities and the indicator maps.

Input: a long CSV (columns code, indicator, value, year and optionally theme and unit; Dutch names such as waarde, jaar, thema are recognised) or a wide CBS StatLine or Wijk- en buurtkaart export (one row per area, a code column such as GM_CODE, RegioS or Codering_3, one column per indicator). CBS column names (AF_ARTSPR, WOZ, P_KOOPWON, ...) are matched to the catalogue and take its theme and unit. Decimal commas and CBS missing-value codes ('.', 'x', '-', -99997, -99999999, ...) are read; missing cells are left out and counted.

Checks: area codes must look like GM0106, WK010600 or BU01060000 and exist in the bundled CBS areas (unknown codes are skipped and listed); text in a number column and duplicate (code, indicator, year) rows stop the import with the row and column named, or are skipped and reported; indicators outside the catalogue need a theme column or the Theme parameter, otherwise they are skipped and listed (a file with no known theme at all stops the import).</source>
            <translation>Importeert eigen indicatoren in het HEMA-indicatorformaat (code, theme, indicator, value, unit, year, source), voor hema:comparecities en de indicatorkaarten.

Invoer: een lange CSV (kolommen code, indicator, value, year en eventueel theme en unit; Nederlandse namen als waarde, jaar, thema worden herkend) of een brede export uit CBS StatLine of de Wijk- en buurtkaart (een rij per gebied, een codekolom zoals GM_CODE, RegioS of Codering_3, een kolom per indicator). CBS-kolomnamen (AF_ARTSPR, WOZ, P_KOOPWON, ...) worden aan de catalogus gekoppeld en krijgen daar hun thema en eenheid. Decimale komma's en CBS-codes voor ontbrekende waarden ('.', 'x', '-', -99997, -99999999, ...) worden gelezen; ontbrekende cellen worden weggelaten en geteld.

Controles: gebiedscodes moeten eruitzien als GM0106, WK010600 of BU01060000 en bestaan in de meegeleverde CBS-gebieden (onbekende codes worden overgeslagen en vermeld); tekst in een getalkolom en dubbele rijen (code, indicator, jaar) stoppen de import met de rij en kolom erbij, of worden overgeslagen en gerapporteerd; indicatoren buiten de catalogus hebben een themakolom of de parameter Thema nodig, anders worden ze overgeslagen en vermeld (een bestand zonder enig bekend thema stopt de import).</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importindicators.py" />
            <source>Indicator file (CSV)</source>
            <translation>Indicatorbestand (CSV)</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importindicators.py" />
            <source>Indicator import: {}</source>
            <translation>Indicatorimport: {}</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" />
            <source>Indicator maps</source>
            <translation>Indicatorkaarten</translation>
        </message>
        <message>
            <location filename="../../algorithms/indicators_base.py" />
            <source>Indicator maps: {}</source>
            <translation>Indicatorkaarten: {}</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importindicators.py" />
            <location filename="../../algorithms/indicators_base.py" />
            <source>Indicators</source>
            <translation>Indicatoren</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_mapbook.py" />
            <source>Indicators of the cities</source>
            <translation>Indicatoren van de steden</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_calibrate.py" />
            <source>JSON file with α, β and decay, read by 'Catchment areas, Huff model'.</source>
            <translation>JSON-bestand met α, β en verval, gelezen door 'Verzorgingsgebieden, Huff-model'.</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_mapbook.py" />
            <source>JSON file written by 'Calibrate Huff model' (empty = the werk &amp; studie preset).</source>
            <translation>JSON-bestand geschreven door 'Huff-model kalibreren' (leeg = de voorinstelling van werk &amp; studie).</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_huff.py" />
            <location filename="../../algorithms/change_scenario.py" />
            <source>JSON file written by 'Calibrate Huff model'; overrides α, β and the decay.</source>
            <translation>JSON-bestand geschreven door 'Huff-model kalibreren'; gaat vóór α, β en het verval.</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_calibrate.py" />
            <source>JSON files (*.json)</source>
            <translation>JSON-bestanden (*.json)</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_boundaries.py" />
            <source>Kadaster / Centraal Bureau voor de Statistiek, {} (PDOK, CC BY 4.0)</source>
            <translation>Kadaster / Centraal Bureau voor de Statistiek, {} (PDOK, CC BY 4.0)</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_flows.py" />
            <source>Keep an origin's largest lines until they cover this share of its outflow (e.g. 0.8).</source>
            <translation>Houd de grootste lijnen van een herkomst tot ze dit aandeel van de uitstroom dekken (bijv. 0,8).</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <source>Keep flows to destinations outside the zones</source>
            <translation>Stromen naar bestemmingen buiten de zones behouden</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_flows.py" />
            <source>Keep lines with a value of at least this (in the unit of the value field).</source>
            <translation>Houd lijnen met een waarde van ten minste dit (in de eenheid van het waardeveld).</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_flows.py" />
            <source>Keep only lines whose destination is one of these cities, e.g. GM0106,GM0114 (empty = all).</source>
            <translation>Houd alleen lijnen waarvan de bestemming een van deze steden is, bijv. GM0106,GM0114 (leeg = alle).</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_flows.py" />
            <source>Keep only links whose destination is one of these cities, e.g. GM0106,GM0114 (empty = all).</source>
            <translation>Houd alleen verbindingen waarvan de bestemming een van deze steden is, bijv. GM0106,GM0114 (leeg = alle).</translation>
        </message>
        <message>
            <location filename="../../algorithms/flow_base.py" />
            <source>Keep only mode</source>
            <translation>Alleen vervoerwijze</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_periods.py" />
            <source>Keep only the N observed links with the largest absolute change.</source>
            <translation>Houd alleen de N waargenomen relaties met de grootste absolute verandering.</translation>
        </message>
        <message>
            <location filename="../../algorithms/flow_base.py" />
            <source>Keep only the flows of this theme (empty = all themes).</source>
            <translation>Houd alleen de stromen van dit thema (leeg = alle thema's).</translation>
        </message>
        <message>
            <location filename="../../algorithms/flow_base.py" />
            <source>Keep only the flows of this transport mode, e.g. train (empty = all modes).</source>
            <translation>Houd alleen de stromen van deze vervoerwijze, bijv. train (leeg = alle vervoerwijzen).</translation>
        </message>
        <message>
            <location filename="../../algorithms/flow_base.py" />
            <source>Keep only the flows of this year, e.g. 2014 (empty = all years).</source>
            <translation>Houd alleen de stromen van dit jaar, bijv. 2014 (leeg = alle jaren).</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_flows.py" />
            <source>Keep only the k largest lines of every origin.</source>
            <translation>Houd alleen de k grootste lijnen van elke herkomst.</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_links.py" />
            <source>Keep only the k links with the largest modelled value per origin.</source>
            <translation>Houd alleen de k verbindingen met de grootste gemodelleerde waarde per herkomst.</translation>
        </message>
        <message>
            <location filename="../../ui/workbench.py" />
            <source>Keep the HEMA results in this GeoPackage</source>
            <translation>Bewaar de HEMA-resultaten in deze GeoPackage</translation>
        </message>
        <message>
            <location filename="../../ui/dock.py" />
            <source>Kept the earlier result layer(s) you edited: {}; the new results are added beside them.</source>
            <translation>De eerdere resultaatlaag/-lagen die u bewerkte zijn bewaard: {}; de nieuwe resultaten staan ernaast.</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_mapbook.py" />
            <source>Key figures</source>
            <translation>Kerncijfers</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_mapbook.py" />
            <source>Key figures of the cities</source>
            <translation>Kerncijfers van de steden</translation>
        </message>
        <message>
            <location filename="../../ui/indicator_results.py" />
            <source>Key indicators of the theme</source>
            <translation>Kernindicatoren van het thema</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_flows.py" />
            <source>Label the largest lines (0 = none)</source>
            <translation>Grootste lijnen labelen (0 = geen)</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_comparecities.py" />
            <source>Language</source>
            <translation>Taal</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_mapbook.py" />
            <source>Language of all map text, legends and number formatting (Dutch 1.234,5).</source>
            <translation>Taal van alle kaarttekst, legenda's en getalnotatie (Nederlands 1.234,5).</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_periods.py" />
            <source>Language of legends and the chart.</source>
            <translation>Taal van de legenda's en de grafiek.</translation>
        </message>
        <message>
            <location filename="../../algorithms/indicators_base.py" />
            <source>Language of the indicator layer names and legends.</source>
            <translation>Taal van de namen en legenda's van de indicatorlagen.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_comparecities.py" />
            <source>Language of the labels in the table and the charts.</source>
            <translation>Taal van de labels in de tabel en de grafieken.</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_style.py" />
            <source>Language of the legend and labels.</source>
            <translation>Taal van de legenda en de labels.</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_observed.py" />
            <source>Language of the legend and map labels of the styled output.</source>
            <translation>Taal van de legenda en de kaartlabels van de gestileerde uitvoer.</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_scenario.py" />
            <source>Language of the legends.</source>
            <translation>Taal van de legenda's.</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_export.py" />
            <source>Language of titles, sources and footnotes of the bundled templates.</source>
            <translation>Taal van titels, bronnen en voetnoten van de meegeleverde sjablonen.</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_periods.py" />
            <source>Largest changes kept (0 = all)</source>
            <translation>Grootste veranderingen behouden (0 = alle)</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_flows.py" />
            <source>Largest lines on the map (0 = all)</source>
            <translation>Grootste lijnen op de kaart (0 = alle)</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_periods.py" />
            <source>Largest link value of both years</source>
            <translation>Grootste relatiewaarde van beide jaren</translation>
        </message>
        <message>
            <location filename="../../ui/controller.py" />
            <source>Layer '{}' cannot be used as {}: field(s) {} missing. Available fields: {}.</source>
            <translation>Laag '{}' kan niet als {} dienen: veld(en) {} ontbreken. Beschikbare velden: {}.</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_style.py" />
            <source>Layer to style (its style is changed in place).</source>
            <translation>Laag die wordt gestileerd (de stijl wordt ter plekke aangepast).</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_export.py" />
            <source>Layers for map items without a fixed layer set (first = top). Empty: the project's layers. Unstyled HEMA layers among them get the plugin's default style.</source>
            <translation>Lagen voor kaartelementen zonder vaste lagenset (eerste = bovenaan). Leeg: de lagen van het project. HEMA-lagen zonder stijl daaronder krijgen de standaardstijl van de plugin.</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" />
            <source>Layers in the project</source>
            <translation>Lagen in het project</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_export.py" />
            <source>Layers to show</source>
            <translation>Te tonen lagen</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_export.py" />
            <source>Layout template</source>
            <translation>Lay-outsjabloon</translation>
        </message>
        <message>
            <location filename="../../printlayout/export.py" />
            <source>Layout template '{}' could not be read as a print layout.</source>
            <translation>Lay-outsjabloon '{}' kon niet als afdruklay-out worden gelezen.</translation>
        </message>
        <message>
            <location filename="../../printlayout/export.py" />
            <source>Layout template '{}' does not exist; choose a .qpt file.</source>
            <translation>Lay-outsjabloon '{}' bestaat niet; kies een .qpt-bestand.</translation>
        </message>
        <message>
            <location filename="../../printlayout/export.py" />
            <source>Layout template '{}' has no map item; add a map item (id 'map') in the layout designer or choose one of the bundled templates.</source>
            <translation>Lay-outsjabloon '{}' heeft geen kaartelement; voeg in de lay-outontwerper een kaartelement (id 'map') toe of kies een van de meegeleverde sjablonen.</translation>
        </message>
        <message>
            <location filename="../../printlayout/export.py" />
            <source>Layout template '{}' is not UTF-8 text (byte 0x{:02x} at position {}); QGIS writes .qpt files as UTF-8: save the layout again from QGIS (Layout &gt; Save as Template) or convert the file to UTF-8.</source>
            <translation>Lay-outsjabloon '{}' is geen UTF-8-tekst (byte 0x{:02x} op positie {}); QGIS schrijft .qpt-bestanden als UTF-8: sla de lay-out opnieuw op vanuit QGIS (Lay-out &gt; Opslaan als sjabloon) of zet het bestand om naar UTF-8.</translation>
        </message>
        <message>
            <location filename="../../printlayout/export.py" />
            <source>Layout template '{}' is not valid XML; save it again from QGIS.</source>
            <translation>Lay-outsjabloon '{}' is geen geldige XML; sla het opnieuw op vanuit QGIS.</translation>
        </message>
        <message>
            <location filename="../../algorithms/base.py" />
            <source>Layouts and atlas</source>
            <translation>Kaartopmaak en atlas</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_huff.py" />
            <location filename="../../algorithms/change_scenario.py" />
            <source>Leave empty to use the theme preset or the parameter file.</source>
            <translation>Laat leeg om de themavoorinstelling of het parameterbestand te gebruiken.</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_flows.py" />
            <source>Leave out links whose total over all modes is below this.</source>
            <translation>Laat verbindingen weg waarvan het totaal over alle wijzen onder dit ligt.</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_observed.py" />
            <location filename="../../algorithms/catchments_style.py" />
            <location filename="../../algorithms/change_periods.py" />
            <location filename="../../algorithms/change_scenario.py" />
            <location filename="../../algorithms/indicators_base.py" />
            <source>Legend language</source>
            <translation>Taal van de legenda</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_base.py" />
            <source>Length cut off both ends of every line so arrow heads stay visible next to the node symbols.</source>
            <translation>Lengte die van beide uiteinden van elke lijn wordt afgeknipt, zodat pijlpunten naast de knooppuntsymbolen zichtbaar blijven.</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_flows.py" />
            <source>Line type</source>
            <translation>Lijnsoort</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_links.py" />
            <source>Lines with observed, modelled and residual flow.</source>
            <translation>Lijnen met waargenomen, gemodelleerde en residuele stroom.</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_periods.py" />
            <source>Lines with the value, share, rank of both years and the change.</source>
            <translation>Lijnen met waarde, aandeel en rang van beide jaren en de verandering.</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_flows.py" />
            <source>Lines with total and share per mode.</source>
            <translation>Lijnen met totaal en aandeel per vervoerswijze.</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_periods.py" />
            <source>Link changes</source>
            <translation>Verandering per relatie</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" />
            <source>Link type</source>
            <translation>Soort verbinding</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" />
            <source>Links</source>
            <translation>Verbindingen</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" />
            <source>Links and profile</source>
            <translation>Verbindingen en profiel</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_periods.py" />
            <source>Links whose value is below this in both years are left out of the link output.</source>
            <translation>Relaties waarvan de waarde in beide jaren hieronder ligt, blijven uit de relatie-uitvoer.</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" />
            <source>Load</source>
            <translation>Laden</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_load.py" />
            <source>Load HEMA indicator layers</source>
            <translation>HEMA-indicatorlagen laden</translation>
        </message>
        <message>
            <location filename="../../algorithms/indicators_base.py" />
            <source>Load indicator maps</source>
            <translation>Indicatorkaarten laden</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_load.py" />
            <source>Load only flows of this year; empty = all years.</source>
            <translation>Laad alleen stromen van dit jaar; leeg = alle jaren.</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" />
            <source>Load the HEMA layers into the project</source>
            <translation>De HEMA-lagen in het project laden</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_load.py" />
            <source>Loads the HEMA layers — cities (steden), zones, flows (stromen) and provinces (provincies) — from the bundled default data, a GeoPackage, a folder of GeoPackage/CSV files or a PostGIS database, checks them against the HEMA data model and adds them to the project, styled, in a group per theme.

Tables are found by name: steden/cities, zones/gemeenten, flows/stromen, provinces/provincies (in a folder: files with these names, .gpkg or .csv; CSV cities/zones need x and y columns in EPSG:28992). Required fields: cities code, name, role, population; zones code, name, population; flows origin, destination, theme, value; provinces name. Layers in a geographic CRS are refused; other projected CRSs are reprojected to EPSG:28992.

PostGIS: give the name of a QGIS PostgreSQL connection or a DSN such as 'host=127.0.0.1 port=5432 dbname=hema_test user=hema password=...'.

Flows are filtered to the chosen themes and, when given, the year. Outputs: OUTPUT_CITIES, OUTPUT_ZONES, OUTPUT_FLOWS (all chosen themes) and OUTPUT_PROVINCES, usable by later algorithms and in the Graphical Modeler. Cities get the fixed HEMA palette: one colour per city everywhere.</source>
            <translation>Laadt de HEMA-lagen — steden, zones, stromen en provincies — uit de meegeleverde standaardgegevens, een GeoPackage, een map met GeoPackage-/CSV-bestanden of een PostGIS-database, toetst ze aan het HEMA-gegevensmodel en voegt ze gestileerd aan het project toe, in een groep per thema.

Tabellen worden op naam gevonden: steden/cities, zones/gemeenten, flows/stromen, provinces/provincies (in een map: bestanden met deze namen, .gpkg of .csv; CSV-steden/-zones hebben kolommen x en y in EPSG:28992 nodig). Verplichte velden: steden code, name, role, population; zones code, name, population; stromen origin, destination, theme, value; provincies name. Lagen in een geografisch CRS worden geweigerd; andere geprojecteerde CRS'en worden naar EPSG:28992 geprojecteerd.

PostGIS: geef de naam van een PostgreSQL-verbinding van QGIS of een DSN zoals 'host=127.0.0.1 port=5432 dbname=hema_test user=hema password=...'.

Stromen worden gefilterd op de gekozen thema's en, indien opgegeven, het jaar. Uitvoer: OUTPUT_CITIES, OUTPUT_ZONES, OUTPUT_FLOWS (alle gekozen thema's) en OUTPUT_PROVINCES, bruikbaar in volgende algoritmen en in de grafische modelbouwer. Steden krijgen het vaste HEMA-palet: overal één kleur per stad.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <source>Long</source>
            <translation>Lang</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <source>Long (one row per pair) or square matrix; Detect decides from the cells.</source>
            <translation>Lang (één rij per paar) of vierkante matrix; Automatisch beslist op basis van de cellen.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importindicators.py" />
            <source>Long CSV or wide CBS StatLine / Wijk- en buurtkaart export.</source>
            <translation>Lange CSV of brede export uit CBS StatLine / de Wijk- en buurtkaart.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <source>Long or square-matrix CSV file with the flows.</source>
            <translation>Lang of vierkant-matrix CSV-bestand met de stromen.</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_routes.py" />
            <source>Long table origin, destination, cost.</source>
            <translation>Lange tabel herkomst, bestemming, kosten.</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_scenario.py" />
            <source>Long table zone → city with a cost (e.g. the output of 'Travel times'); used without roads.</source>
            <translation>Lange tabel zone → stad met een kostenwaarde (bijv. de uitvoer van 'Reistijden over een wegennetwerk'); gebruikt zonder wegennet.</translation>
        </message>
        <message>
            <location filename="../../algorithms/huff_base.py" />
            <source>Long table zone → city with a cost (e.g. travel time in minutes from 'Travel times'). Without it, distances are straight lines in km from a point on each zone to each city.</source>
            <translation>Lange tabel zone → stad met kosten (bijv. reistijd in minuten uit 'Reistijden'). Zonder deze tabel zijn afstanden hemelsbreed in km van een punt in elke zone naar elke stad.</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_mapbook.py" />
            <source>Map book 'Perspectief op Drentse steden'</source>
            <translation>Kaartboek 'Perspectief op Drentse steden'</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_mapbook.py" />
            <source>Map book (PDF)</source>
            <translation>Kaartboek (PDF)</translation>
        </message>
        <message>
            <location filename="../../algorithms/provider.py" />
            <source>Map book and city atlas (model)</source>
            <translation>Kaartenboek en stadsatlas (model)</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_export.py" />
            <location filename="../../algorithms/layout_mapbook.py" />
            <source>Map text language</source>
            <translation>Taal van de kaarttekst</translation>
        </message>
        <message>
            <location filename="../../ui/workbench.py" />
            <source>Map: {}</source>
            <translation>Kaart: {}</translation>
        </message>
        <message>
            <location filename="../../ui/workbench.py" />
            <source>Map: {} (no catchment areas yet)</source>
            <translation>Kaart: {} (nog geen verzorgingsgebieden)</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" />
            <source>Margin first − second</source>
            <translation>Marge eerste − tweede</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_links.py" />
            <source>Mass of each node (e.g. population); empty = observed totals.</source>
            <translation>Massa van elk knooppunt (bijv. inwoners); leeg = waargenomen totalen.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <source>Matrix rows are destinations</source>
            <translation>Matrixrijen zijn bestemmingen</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" />
            <source>Method</source>
            <translation>Methode</translation>
        </message>
        <message>
            <location filename="../../ui/workbench.py" />
            <source>Method: {}.</source>
            <translation>Methode: {}.</translation>
        </message>
        <message>
            <location filename="../../algorithms/huff_base.py" />
            <source>Minimum distance (m)</source>
            <translation>Minimumafstand (m)</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_links.py" />
            <source>Minimum distance (map units)</source>
            <translation>Minimumafstand (kaarteenheden)</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_flows.py" />
            <source>Minimum total per link</source>
            <translation>Minimumtotaal per verbinding</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_flows.py" />
            <source>Minimum value</source>
            <translation>Minimumwaarde</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <source>Mode</source>
            <translation>Vervoerswijze</translation>
        </message>
        <message>
            <location filename="../../algorithms/flow_base.py" />
            <location filename="../../algorithms/network_flows.py" />
            <source>Mode field</source>
            <translation>Veld met vervoerswijze</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_flows.py" />
            <source>Mode shares</source>
            <translation>Aandelen per vervoerswijze</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_flows.py" />
            <source>Mode shares per link (vervoer)</source>
            <translation>Aandelen per vervoerswijze per verbinding (vervoer)</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_flows.py" />
            <source>Mode to colour by</source>
            <translation>Wijze waarnaar wordt ingekleurd</translation>
        </message>
        <message>
            <location filename="../../algorithms/provider.py" />
            <source>Models</source>
            <translation>Modellen</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <source>Multiplier</source>
            <translation>Vermenigvuldiger</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchment_base.py" />
            <source>Multiply flow values by</source>
            <translation>Stroomwaarden vermenigvuldigen met</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_boundaries.py" />
            <source>Municipalities</source>
            <translation>Gemeenten</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_boundaries.py" />
            <source>Municipalities (gemeenten) or provinces.</source>
            <translation>Gemeenten of provincies.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_load.py" />
            <source>Name of a QGIS PostgreSQL connection, or a DSN 'host=... port=... dbname=... user=...'.</source>
            <translation>Naam van een PostgreSQL-verbinding van QGIS, of een DSN 'host=... port=... dbname=... user=...'.</translation>
        </message>
        <message>
            <location filename="../../algorithms/indicators_base.py" />
            <source>Natural breaks (Jenks)</source>
            <translation>Natuurlijke grenzen (Jenks)</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" />
            <source>Net</source>
            <translation>Netto</translation>
        </message>
        <message>
            <location filename="../../algorithms/base.py" />
            <location filename="../../ui/dock.py" />
            <source>Network links</source>
            <translation>Netwerkverbindingen</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_routes.py" />
            <source>Network: {} segments, {} junctions, {} connected part(s).</source>
            <translation>Netwerk: {} segmenten, {} knooppunten, {} samenhangende delen.</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_periods.py" />
            <source>New code field</source>
            <translation>Veld nieuwe code</translation>
        </message>
        <message>
            <location filename="../../qgis_io/dataio.py" />
            <source>No PostGIS database given; enter a QGIS PostgreSQL connection name or a DSN like '{}'.</source>
            <translation>Geen PostGIS-database opgegeven; vul de naam van een PostgreSQL-verbinding van QGIS in of een DSN zoals '{}'.</translation>
        </message>
        <message>
            <location filename="../../ui/chart.py" />
            <source>No city profile yet</source>
            <translation>Nog geen stadsprofiel</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_export.py" />
            <source>No feature of '{}' matches the filter '{}'; loosen the filter.</source>
            <translation>Geen object van '{}' voldoet aan het filter '{}'; maak het filter ruimer.</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_flows.py" />
            <source>No flow passes the filters (largest value {:g}, minimum value {:g}); the lines are empty.</source>
            <translation>Geen stroom komt door de filters (grootste waarde {:g}, minimumwaarde {:g}); de lijnen zijn leeg.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_load.py" />
            <source>No flows for theme {}; its group is left out.</source>
            <translation>Geen stromen voor thema {}; de groep ervan wordt weggelaten.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_comparecities.py" />
            <source>No indicators for themes {}{}; choose other themes or leave the year empty.</source>
            <translation>Geen indicatoren voor thema's {}{}; kies andere thema's of laat het jaar leeg.</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_flows.py" />
            <source>No link has a total of at least {:g}; the output is empty.</source>
            <translation>Geen verbinding heeft een totaal van ten minste {:g}; de uitvoer is leeg.</translation>
        </message>
        <message>
            <location filename="../../ui/controller.py" />
            <source>No {} layer is loaded. Click 'Load' first or choose a layer.</source>
            <translation>Er is geen laag met {} geladen. Klik eerst op 'Laden' of kies een laag.</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_flows.py" />
            <source>Node circles show the within-zone flow</source>
            <translation>Knoopcirkels tonen de stroom binnen de zone</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_flows.py" />
            <source>Node totals</source>
            <translation>Knooppunttotalen</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_links.py" />
            <source>Nodes with their class, parent, level and root.</source>
            <translation>Knooppunten met hun klasse, ouder, niveau en wortel.</translation>
        </message>
        <message>
            <location filename="../../ui/indicator_results.py" />
            <source>None</source>
            <translation>Geen</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_huff.py" />
            <source>None (dominant city and band only)</source>
            <translation>Geen (alleen dominante stad en band)</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_mapbook.py" />
            <source>None of the cities has a HEMA code ({}); check the cities' code field.</source>
            <translation>Geen van de steden heeft een HEMA-code ({}); controleer het codeveld van de steden.</translation>
        </message>
        <message>
            <location filename="../../algorithms/indicators_base.py" />
            <source>Number of classes</source>
            <translation>Aantal klassen</translation>
        </message>
        <message>
            <location filename="../../algorithms/indicators_base.py" />
            <source>Number of classes of each choropleth (2-9; the NL value adds a break where it splits a class).</source>
            <translation>Aantal klassen per choropleet (2-9; de NL-waarde voegt een grens toe waar die een klasse splitst).</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <source>Number of flows</source>
            <translation>Aantal stromen</translation>
        </message>
        <message>
            <location filename="../../algorithms/indicators_base.py" />
            <source>Number of indicator maps</source>
            <translation>Aantal indicatorkaarten</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importindicators.py" />
            <source>Number of indicator rows</source>
            <translation>Aantal indicatorrijen</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_export.py" />
            <location filename="../../algorithms/layout_mapbook.py" />
            <source>Number of pages</source>
            <translation>Aantal pagina's</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_comparecities.py" />
            <source>Number of rows</source>
            <translation>Aantal rijen</translation>
        </message>
        <message>
            <location filename="../../algorithms/flow_base.py" />
            <source>Number of trips/jobs/persons (&gt;= 0).</source>
            <translation>Aantal verplaatsingen/banen/personen (&gt;= 0).</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importindicators.py" />
            <source>Number of unknown area codes</source>
            <translation>Aantal onbekende gebiedscodes</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <source>Number of unmatched labels</source>
            <translation>Aantal niet-gekoppelde labels</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_calibrate.py" />
            <source>Number of zones</source>
            <translation>Aantal zones</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_links.py" />
            <source>Nystuen &amp; Dacey (1961) dominant flows. Self-contained flows are set to zero; each node's largest outflow f_ij is kept when node j is larger: w_j &gt; w_i, with w = the total inflow of a node including its own flow f_jj (for commuting: the jobs in the node held by residents of the nodes) or the node weight field (e.g. population) when given. The own flow counts so that a large, self-contained city ranks above a smaller, more open one (on CBS commuting Emmen does not hang from Hoogeveen, as the essay reads them). Nodes without a kept outflow are dominant; nodes with a kept outflow that also receive kept flows are intermediate; the rest are dominated. Because weights grow strictly along every kept link the links form a forest: the urban hierarchy. level = number of links up to the root (root = 0); root = the dominant node a node hangs from.

Outputs: the kept links as lines (coloured by root) and the nodes with class, parent, level and root.</source>
            <translation>Dominante stromen volgens Nystuen &amp; Dacey (1961). Stromen binnen een knoop worden op nul gezet; de grootste uitgaande stroom f_ij van elke knoop blijft behouden als knoop j groter is: w_j &gt; w_i, met w = de totale instroom van een knoop inclusief de eigen stroom f_jj (bij pendel: de banen in de knoop van inwoners van de knopen) of het gewichtveld van de knopen (bijv. inwoners) als dat is gegeven. De eigen stroom telt mee zodat een grote, zelfvoorzienende stad boven een kleinere, meer open stad komt (op CBS-pendel hangt Emmen niet onder Hoogeveen, zoals het essay ze leest). Knopen zonder behouden uitstroom zijn dominant; knopen met een behouden uitstroom die ook behouden stromen ontvangen zijn tussenliggend; de rest is gedomineerd. Omdat de gewichten langs elke behouden verbinding strikt toenemen, vormen de verbindingen een bos: de stedelijke hiërarchie. level = aantal verbindingen tot de wortel (wortel = 0); root = de dominante knoop waaronder een knoop hangt.

Uitvoer: de behouden verbindingen als lijnen (gekleurd naar wortel) en de knopen met klasse, ouder, niveau en wortel.</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_observed.py" />
            <source>Observed catchments</source>
            <translation>Waargenomen verzorgingsgebieden</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_mapbook.py" />
            <source>Observed catchments for themes with flows (werk &amp; studie) or Huff-modelled pages for every theme.</source>
            <translation>Waargenomen verzorgingsgebieden voor thema's met stromen (werk &amp; studie) of met het Huff-model berekende pagina's voor elk thema.</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" />
            <source>Observed flows</source>
            <translation>Waargenomen stromen</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_mapbook.py" />
            <source>Observed flows for {}: {} {}</source>
            <translation>Waargenomen stromen voor {}: {} {}</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_mapbook.py" />
            <source>Observed flows where the flows have the theme, else Huff</source>
            <translation>Waargenomen stromen waar de stromen het thema hebben, anders Huff</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_base.py" />
            <source>Offset of the curve's control point to the right of travel, as a fraction of the line length (0 = straight lines); opposite directions bend to opposite sides.</source>
            <translation>Verschuiving van het controlepunt van de kromme naar rechts van de reisrichting, als fractie van de lijnlengte (0 = rechte lijnen); tegengestelde richtingen buigen naar tegengestelde kanten.</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_periods.py" />
            <source>Old code field</source>
            <translation>Veld oude code</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_export.py" />
            <source>One PDF (all pages)</source>
            <translation>Eén PDF (alle pagina's)</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_export.py" />
            <source>One PDF per page</source>
            <translation>Eén PDF per pagina</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_export.py" />
            <source>One PDF with all pages, one PDF per page, or a PNG or SVG file per page.</source>
            <translation>Eén PDF met alle pagina's, één PDF per pagina, of een PNG- of SVG-bestand per pagina.</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_scenario.py" />
            <source>One change per line: id, kind, target, value[, x, y[, x2, y2]]; e.g. 'a, attractiveness, GM0106, 1.2'.</source>
            <translation>Eén wijziging per regel: id, soort, doel, waarde[, x, y[, x2, y2]]; bijv. 'a, attractiveness, GM0106, 1.2'.</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_scenario.py" />
            <source>One feature per scenario and zone: base and scenario dominant city, switch, dp_&lt;code&gt;.</source>
            <translation>Eén object per scenario en zone: dominante stad in basis en scenario, wissel, dp_&lt;code&gt;.</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_export.py" />
            <source>One page per feature of this layer (cities, themes or any layer). Empty: a single layout.</source>
            <translation>Eén pagina per object van deze laag (steden, thema's of elke andere laag). Leeg: één enkele lay-out.</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_scenario.py" />
            <source>One point per scenario and city: catchment population before and after and its change.</source>
            <translation>Eén punt per scenario en stad: inwoners van het verzorgingsgebied voor en na en de verandering.</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_polygons.py" />
            <source>One polygon per city and band.</source>
            <translation>Eén polygoon per stad en band.</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_export.py" />
            <source>Only features matching this expression get a page, e.g. "role" = 'hema'.</source>
            <translation>Alleen objecten die aan deze expressie voldoen krijgen een pagina, bijv. "role" = 'hema'.</translation>
        </message>
        <message>
            <location filename="../../ui/export.py" />
            <source>Open PDF</source>
            <translation>PDF openen</translation>
        </message>
        <message>
            <location filename="../../ui/export.py" />
            <source>Open folder</source>
            <translation>Map openen</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_style.py" />
            <source>Optional QML file to save the style to.</source>
            <translation>Optioneel QML-bestand om de stijl in op te slaan.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_comparecities.py" />
            <source>Optional catchment output (zones with code and dom_code): indicators over each city's zones.</source>
            <translation>Optionele uitvoer van een verzorgingsgebiedalgoritme (zones met code en dom_code): indicatoren over de zones van elke stad.</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_routes.py" />
            <source>Optional straight lines origin → destination with the cost.</source>
            <translation>Optionele rechte lijnen herkomst → bestemming met de kosten.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_comparecities.py" />
            <source>Optional table code, indicator, value, year (theme, unit): added to the bundled CBS indicators.</source>
            <translation>Optionele tabel code, indicator, value, year (theme, unit): toegevoegd aan de meegeleverde CBS-indicatoren.</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_profile.py" />
            <source>Orientation per partner</source>
            <translation>Oriëntatie per partner</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" />
            <source>Origin</source>
            <translation>Herkomst</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_periods.py" />
            <location filename="../../algorithms/flow_base.py" />
            <source>Origin field</source>
            <translation>Herkomstveld</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_links.py" />
            <source>Origin mass exponent a</source>
            <translation>Massa-exponent herkomst a</translation>
        </message>
        <message>
            <location filename="../../algorithms/flow_base.py" />
            <source>Origin zone code (home).</source>
            <translation>Herkomstzonecode (wonen).</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_routes.py" />
            <source>Origins</source>
            <translation>Herkomsten</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_routes.py" />
            <source>Origins (cities or zones)</source>
            <translation>Herkomsten (steden of zones)</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_mapbook.py" />
            <source>Outlines with name.</source>
            <translation>Omtrekken met naam.</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_export.py" />
            <source>Output file</source>
            <translation>Uitvoerbestand</translation>
        </message>
        <message>
            <location filename="../../printlayout/export.py" />
            <source>Output file '{}' already exists ({} of {} files); set 'Overwrite existing files' or choose another name.</source>
            <translation>Uitvoerbestand '{}' bestaat al ({} van {} bestanden); zet 'Bestaande bestanden overschrijven' aan of kies een andere naam.</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_polygons.py" />
            <source>Output of 'Catchment areas from observed flows' or 'Catchment areas, Huff model'.</source>
            <translation>Uitvoer van 'Verzorgingsgebieden uit waargenomen stromen' of 'Verzorgingsgebieden, Huff-model'.</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_mapbook.py" />
            <source>Overwrite existing file</source>
            <translation>Bestaand bestand overschrijven</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_export.py" />
            <source>Overwrite existing files</source>
            <translation>Bestaande bestanden overschrijven</translation>
        </message>
        <message>
            <location filename="../../algorithms/base.py" />
            <location filename="../../algorithms/data_boundaries.py" />
            <location filename="../../algorithms/data_comparecities.py" />
            <location filename="../../algorithms/data_importflows.py" />
            <location filename="../../algorithms/data_importindicators.py" />
            <source>Overwrite existing output</source>
            <translation>Bestaande uitvoer overschrijven</translation>
        </message>
        <message>
            <location filename="../../ui/results.py" />
            <source>Own city</source>
            <translation>Eigen stad</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_comparecities.py" />
            <source>Own indicator table</source>
            <translation>Eigen indicatortabel</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_mapbook.py" />
            <location filename="../../ui/dock.py" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_export.py" />
            <source>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</source>
            <translation>PDF (*.pdf);;PNG (*.png);;SVG (*.svg)</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_periods.py" />
            <location filename="../../ui/resultstab.py" />
            <source>PNG image (*.png)</source>
            <translation>PNG-afbeelding (*.png)</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_export.py" />
            <source>PNG image per page</source>
            <translation>PNG-afbeelding per pagina</translation>
        </message>
        <message>
            <location filename="../../printlayout/export.py" />
            <source>Page {} of {}: {}</source>
            <translation>Pagina {} van {}: {}</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_calibrate.py" />
            <source>Parameter file</source>
            <translation>Parameterbestand</translation>
        </message>
        <message>
            <location filename="../../algorithms/base.py" />
            <source>Parameter {} is {!r}, which is not a number{}; enter {}.</source>
            <translation>Parameter {} is {!r}, en dat is geen getal{}; vul {} in.</translation>
        </message>
        <message>
            <location filename="../../algorithms/base.py" />
            <source>Parameter {} is {}, outside its range; enter {}.</source>
            <translation>Parameter {} is {}, buiten het bereik; vul {} in.</translation>
        </message>
        <message>
            <location filename="../../algorithms/base.py" />
            <source>Parameter {} is {}, which is not a finite number; enter {}.</source>
            <translation>Parameter {} is {}, en dat is geen eindig getal; vul {} in.</translation>
        </message>
        <message>
            <location filename="../../algorithms/base.py" />
            <source>Parameter {} is {}, which is not a whole number; enter {}.</source>
            <translation>Parameter {} is {}, en dat is geen geheel getal; vul {} in.</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" />
            <source>Parameters</source>
            <translation>Parameters</translation>
        </message>
        <message>
            <location filename="../../ui/resultstab.py" />
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_profile.py" />
            <source>Per city (and per theme when the flow table has a theme field and no theme is chosen):
self-containment = f_ii / Σ_j f_ij (residents working in their own city); job self-sufficiency = f_ii / Σ_k f_ki (jobs filled by residents); openness = 1 − self-containment; orientation to a partner = f_i,partner / Σ_j≠i f_ij; the top-3 partners; embeddedness = share of the external outflow going to larger cities (larger = more jobs, or a larger node weight when given).

Suggested perspective (the essay's three; the thresholds are written into every row), in this order: 'wonen' when the largest partner is a larger city receiving ≥ the orientation threshold of the external outflow, whatever the self-containment (e.g. Assen → Groningen, Meppel → Zwolle); otherwise 'eigen bevolking' when self-containment ≥ its threshold (self-reliant, e.g. Emmen, Hoogeveen); otherwise 'samenwerking' (open, links spread over similar partners: alliances). When several partners receive exactly the same largest flow, top_tie gives their number and tied_partners their codes, the reason names the tie, the larger of them is partner1 and tied partners share a rank in the partner table. The reason column spells out the numbers.

All flows count, also those to places outside the cities layer (complete totals); the cities layer only places the cities. Outputs: points with the profile and a table with the orientation to every partner.</source>
            <translation>Per stad (en per thema als de stromentabel een themaveld heeft en geen thema is gekozen):
zelfvoorziening = f_ii / Σ_j f_ij (inwoners die in hun eigen stad werken); banenzelfvoorziening = f_ii / Σ_k f_ki (banen bezet door eigen inwoners); openheid = 1 − zelfvoorziening; oriëntatie op een partner = f_i,partner / Σ_j≠i f_ij; de top-3 partners; inbedding = aandeel van de externe uitstroom naar grotere steden (groter = meer banen, of een groter knoopgewicht als dat is gegeven).

Voorgesteld perspectief (de drie van het essay; de drempels staan in elke rij), in deze volgorde: 'wonen' als de grootste partner een grotere stad is die ≥ de oriëntatiedrempel van de externe uitstroom ontvangt, ongeacht de zelfvoorziening (bijv. Assen → Groningen, Meppel → Zwolle); anders 'eigen bevolking' als de zelfvoorziening ≥ haar drempel is (zelfstandig, bijv. Emmen, Hoogeveen); anders 'samenwerking' (open, relaties verdeeld over vergelijkbare partners: allianties). Als meerdere partners precies dezelfde grootste stroom ontvangen, geeft top_tie hun aantal en tied_partners hun codes, noemt de reden de gelijke stand, is de grootste van hen partner1 en delen gelijke partners een rang in de partnertabel. De kolom reason geeft de getallen.

Alle stromen tellen, ook die naar plaatsen buiten de stedenlaag (volledige totalen); de stedenlaag plaatst alleen de steden. Uitvoer: punten met het profiel en een tabel met de oriëntatie op elke partner.</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_huff.py" />
            <source>Per-city fields for every city</source>
            <translation>Velden per stad voor elke stad</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_huff.py" />
            <source>Per-city fields for {} of {} cities: {}.</source>
            <translation>Velden per stad voor {} van {} steden: {}.</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_huff.py" />
            <source>Per-city fields to write; with many cities 'None' keeps the output small and fast.</source>
            <translation>Velden per stad die worden geschreven; met veel steden houdt 'Geen' de uitvoer klein en snel.</translation>
        </message>
        <message>
            <location filename="../../printlayout/export.py" />
            <source>Per-page export of a {}-page layout without atlas is not supported; export it as one PDF.</source>
            <translation>Exporteren per pagina van een lay-out van {} pagina's zonder atlas wordt niet ondersteund; exporteer die als één PDF.</translation>
        </message>
        <message>
            <location filename="../../ui/resultstab.py" />
            <source>Perspective</source>
            <translation>Perspectief</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_routes.py" />
            <source>Points farther than this from the network are listed in a warning.</source>
            <translation>Punten die verder dan dit van het netwerk liggen, worden in een waarschuwing genoemd.</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_routes.py" />
            <source>Points farther than this from the road network (e.g. towns outside the network's country) are not on it: all their pairs get a NULL cost and a warning names them. Map units of the network's CRS: metres for EPSG:28992. 0 snaps every point, however far.</source>
            <translation>Punten die verder dan dit van het wegennet liggen (bijv. steden buiten het land van het netwerk) liggen er niet op: al hun paren krijgen kosten NULL en een waarschuwing noemt ze. Kaarteenheden van het CRS van het netwerk: meter voor EPSG:28992. 0 verplaatst elk punt naar het netwerk, hoe ver ook.</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_routes.py" />
            <source>Points off the network beyond (map units, 0 = none)</source>
            <translation>Punten buiten het netwerk vanaf (kaarteenheden, 0 = geen)</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_routes.py" />
            <source>Points or polygons with a code field.</source>
            <translation>Punten of polygonen met een codeveld.</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_mapbook.py" />
            <source>Points with code, name, role, population.</source>
            <translation>Punten met code, naam, rol, inwoners.</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_flows.py" />
            <source>Points with the in, out, self-contained, gross and net flow of every node.</source>
            <translation>Punten met de in-, uit-, interne, bruto- en nettostroom van elk knooppunt.</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_mapbook.py" />
            <source>Polygons with code, name, population.</source>
            <translation>Polygonen met code, naam, inwoners.</translation>
        </message>
        <message>
            <location filename="../../ui/resultstab.py" />
            <source>Pop.</source>
            <translation>Inw.</translation>
        </message>
        <message>
            <location filename="../../ui/resultstab.py" />
            <location filename="../../ui/texts.py" />
            <source>Population</source>
            <translation>Inwoners</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_polygons.py" />
            <source>Population field</source>
            <translation>Inwonersveld</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_base.py" />
            <source>Population of each zone (&gt;= 0): catchment population = Σ population × probability.</source>
            <translation>Inwoners van elke zone (&gt;= 0): inwoners verzorgingsgebied = Σ inwoners × kans.</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchment_base.py" />
            <source>Population of each zone (&gt;= 0): the origin mass; expected flows = population × probability.</source>
            <translation>Inwoners van elke zone (&gt;= 0): de herkomstmassa; verwachte stromen = inwoners × kans.</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_polygons.py" />
            <source>Population of each zone (summed).</source>
            <translation>Inwoners van elke zone (opgeteld).</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" />
            <source>PostGIS</source>
            <translation>PostGIS</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_load.py" />
            <source>PostGIS connection or DSN</source>
            <translation>PostGIS-verbinding of DSN</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_load.py" />
            <source>PostGIS database</source>
            <translation>PostGIS-database</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_load.py" />
            <source>PostGIS schema</source>
            <translation>PostGIS-schema</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_load.py" />
            <source>PostGIS schema {}</source>
            <translation>PostGIS-schema {}</translation>
        </message>
        <message>
            <location filename="../../qgis_io/dataio.py" />
            <source>PostGIS table {}.{} on {}</source>
            <translation>PostGIS-tabel {}.{} op {}</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_scenario.py" />
            <location filename="../../algorithms/huff_base.py" />
            <source>Power D^-β</source>
            <translation>Macht D^-β</translation>
        </message>
        <message>
            <location filename="../../algorithms/huff_base.py" />
            <source>Power decay D^-β (scale-free) or exponential exp(-β·D) with D in km or in the cost table's unit.</source>
            <translation>Machtsverval D^-β (schaalvrij) of exponentieel exp(-β·D) met D in km of in de eenheid van de kostentabel.</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_scenario.py" />
            <source>Power or exponential decay (a parameter file's decay wins).</source>
            <translation>Macht- of exponentieel verval (het verval uit een parameterbestand gaat voor).</translation>
        </message>
        <message>
            <location filename="../../ui/export.py" />
            <source>Preparing the pages…</source>
            <translation>Pagina's voorbereiden…</translation>
        </message>
        <message>
            <location filename="../../algorithms/indicators_base.py" />
            <source>Pretty breaks</source>
            <translation>Ronde grenzen</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchment_base.py" />
            <source>Primary band: share at least</source>
            <translation>Primaire band: aandeel ten minste</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_huff.py" />
            <source>Probabilities p_&lt;code&gt;</source>
            <translation>Kansen p_&lt;code&gt;</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_huff.py" />
            <source>Probabilities p_&lt;code&gt; and expected flows e_&lt;code&gt;</source>
            <translation>Kansen p_&lt;code&gt; en verwachte stromen e_&lt;code&gt;</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_huff.py" />
            <source>Probability catchments (Huff 1963): P_ij = A_j^α·f(D_ij) / Σ_k A_k^α·f(D_ik), with f = D^-β (power) or exp(-β·D) (exponential). A = city attractiveness, D = straight-line distance in km from a point on the zone to the city (a city's own zone: at least 2/3·√(area/π)) or the cost from a cost table.

Cost table (e.g. the output of 'Travel times over a road network'): a NULL or missing cost means the city cannot be reached from that zone, so it gets probability 0 there and the other cities share the zone; a warning counts those pairs and names the cities. A zone that reaches no city at all gets probability 0 for every city, no dominant city and band 'none', with a warning naming the zone.

Parameters, first found wins: a parameter file written by 'Calibrate Huff model'; α and β given here; the theme presets ({}).

Output: the zones with population, dom_code/dom_name/dom_share (largest P), second city, margin, band (as for observed catchments) and per city p_&lt;code&gt; (probability) and e_&lt;code&gt; (expected flow = population × P), unless 'Fields per city' says otherwise. Computed in chunks of zones, so memory stays bounded.</source>
            <translation>Kansgebaseerde verzorgingsgebieden (Huff 1963): P_ij = A_j^α·f(D_ij) / Σ_k A_k^α·f(D_ik), met f = D^-β (macht) of exp(-β·D) (exponentieel). A = aantrekkelijkheid van de stad, D = hemelsbrede afstand in km van een punt in de zone tot de stad (de eigen zone van een stad: ten minste 2/3·√(oppervlakte/π)) of de kosten uit een kostentabel.

Kostentabel (bijv. de uitvoer van 'Reistijden over een wegennetwerk'): kosten NULL of ontbrekend betekent dat de stad vanuit die zone niet bereikbaar is; ze krijgt daar kans 0 en de andere steden delen de zone; een waarschuwing telt die paren en noemt de steden. Een zone die geen enkele stad bereikt krijgt kans 0 voor elke stad, geen dominante stad en band 'none', met een waarschuwing die de zone noemt.

Parameters, de eerste die gevonden wordt telt: een parameterbestand geschreven door 'Huff-model kalibreren'; α en β die hier zijn opgegeven; de themavoorinstellingen ({}).

Uitvoer: de zones met inwoners, dom_code/dom_name/dom_share (grootste P), tweede stad, marge, band (zoals bij waargenomen verzorgingsgebieden) en per stad p_&lt;code&gt; (kans) en e_&lt;code&gt; (verwachte stroom = inwoners × P), tenzij 'Velden per stad' anders zegt. Berekend in blokken van zones, zodat het geheugengebruik begrensd blijft.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" />
            <source>Probability {}</source>
            <translation>Kans {}</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_profile.py" />
            <source>Profile points.</source>
            <translation>Profielpunten.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_boundaries.py" />
            <location filename="../../algorithms/layout_mapbook.py" />
            <source>Provinces</source>
            <translation>Provincies</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_links.py" />
            <source>Pseudo-R²</source>
            <translation>Pseudo-R²</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_calibrate.py" />
            <source>Pseudo-R² against attractiveness only</source>
            <translation>Pseudo-R² ten opzichte van alleen aantrekkelijkheid</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_calibrate.py" />
            <source>Pseudo-R² against equal shares</source>
            <translation>Pseudo-R² ten opzichte van gelijke aandelen</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_links.py" />
            <source>Pseudo-R² {:.3f}, dispersion {:.1f}, {} IRLS iterations.</source>
            <translation>Pseudo-R² {:.3f}, dispersie {:.1f}, {} IRLS-iteraties.</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_style.py" />
            <source>QGIS style (*.qml)</source>
            <translation>QGIS-stijl (*.qml)</translation>
        </message>
        <message>
            <location filename="../../algorithms/indicators_base.py" />
            <source>Quantiles</source>
            <translation>Kwantielen</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_mapbook.py" />
            <source>Reading the flows</source>
            <translation>Stromen lezen</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <source>Reading {}</source>
            <translation>Bezig met lezen van {}</translation>
        </message>
        <message>
            <location filename="../../ui/dock.py" />
            <source>Ready</source>
            <translation>Gereed</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_boundaries.py" />
            <source>Replace an existing output file or table.</source>
            <translation>Een bestaand uitvoerbestand of een bestaande tabel vervangen.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <location filename="../../algorithms/data_importindicators.py" />
            <source>Replace an existing output file or table; without it an existing output stops the import.</source>
            <translation>Een bestaand uitvoerbestand of een bestaande tabel vervangen; zonder deze optie stopt bestaande uitvoer de import.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_comparecities.py" />
            <source>Replace an existing output table or chart; without it an existing output stops the run.</source>
            <translation>Vervang een bestaande uitvoertabel of grafiek; zonder dit stopt een bestaande uitvoer de run.</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_export.py" />
            <source>Replace output files that already exist. Off: stop with an error instead.</source>
            <translation>Uitvoerbestanden vervangen die al bestaan. Uit: in plaats daarvan stoppen met een fout.</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_mapbook.py" />
            <source>Replace the PDF if it exists. Off: stop with an error instead.</source>
            <translation>De PDF vervangen als die bestaat. Uit: in plaats daarvan stoppen met een fout.</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_export.py" />
            <location filename="../../algorithms/layout_mapbook.py" />
            <source>Resolution (dpi)</source>
            <translation>Resolutie (dpi)</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_mapbook.py" />
            <source>Resolution of rasterised parts (charts, transparent layers) in the PDF.</source>
            <translation>Resolutie van gerasterde delen (grafieken, transparante lagen) in de PDF.</translation>
        </message>
        <message>
            <location filename="../../ui/dock.py" />
            <source>Results</source>
            <translation>Resultaten</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_scenario.py" />
            <location filename="../../algorithms/network_routes.py" />
            <source>Road class field</source>
            <translation>Veld met wegklasse</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_routes.py" />
            <source>Road end points closer than this are treated as one junction.</source>
            <translation>Eindpunten van wegen die dichter bij elkaar liggen dan dit, worden als één knooppunt behandeld.</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_scenario.py" />
            <source>Road id field</source>
            <translation>Veld weg-id</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_routes.py" />
            <source>Road lines in a projected CRS (e.g. EPSG:28992); junctions must share vertices.</source>
            <translation>Weglijnen in een geprojecteerd CRS (bijv. EPSG:28992); knooppunten moeten hoekpunten delen.</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_scenario.py" />
            <source>Road lines; costs become travel minutes over them (needed for speed and road changes).</source>
            <translation>Weglijnen; kosten worden reisminuten daarover (nodig voor snelheids- en wegwijzigingen).</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_scenario.py" />
            <location filename="../../algorithms/network_routes.py" />
            <source>Road network</source>
            <translation>Wegennetwerk</translation>
        </message>
        <message>
            <location filename="../../ui/dock.py" />
            <source>Running: {}…</source>
            <translation>Bezig: {}…</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_calibrate.py" />
            <source>SRMSE of modelled flows</source>
            <translation>SRMSE van de gemodelleerde stromen</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_export.py" />
            <source>SVG drawing per page</source>
            <translation>SVG-tekening per pagina</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_style.py" />
            <source>Save style as</source>
            <translation>Stijl opslaan als</translation>
        </message>
        <message>
            <location filename="../../ui/dock.py" />
            <source>Save the atlas as</source>
            <translation>Atlas opslaan als</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchment_base.py" />
            <source>Scale factor to counts, e.g. 1000 for CBS 'banen × 1000'. Shares do not change; standard errors do.</source>
            <translation>Schaalfactor naar aantallen, bijv. 1000 voor CBS 'banen × 1000'. Aandelen veranderen niet; standaardfouten wel.</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_scenario.py" />
            <source>Scenario cities</source>
            <translation>Scenario-steden</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_scenario.py" />
            <source>Scenario table</source>
            <translation>Scenariotabel</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_scenario.py" />
            <source>Scenario zones</source>
            <translation>Scenario-zones</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_scenario.py" />
            <source>Scenario {}: {} zone(s) change dominant city: {}</source>
            <translation>Scenario {}: {} zone(s) wisselen van dominante stad: {}</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_scenario.py" />
            <source>Scenarios</source>
            <translation>Scenario's</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_mapbook.py" />
            <source>Scenarios (a page each)</source>
            <translation>Scenario's (elk een pagina)</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" />
            <source>Schema</source>
            <translation>Schema</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_load.py" />
            <source>Schema holding the HEMA tables (Source = PostGIS).</source>
            <translation>Schema met de HEMA-tabellen (Bron = PostGIS).</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" />
            <source>Second city</source>
            <translation>Tweede stad</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" />
            <source>Second city (code)</source>
            <translation>Tweede stad (code)</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_periods.py" />
            <source>Second year</source>
            <translation>Tweede jaar</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchment_base.py" />
            <source>Secondary band: share at least</source>
            <translation>Secundaire band: aandeel ten minste</translation>
        </message>
        <message>
            <location filename="../../ui/controller.py" />
            <source>Select at least one city.</source>
            <translation>Kies ten minste één stad.</translation>
        </message>
        <message>
            <location filename="../../ui/resultstab.py" />
            <source>Self-cont.</source>
            <translation>Zelfv.</translation>
        </message>
        <message>
            <location filename="../../ui/results.py" />
            <location filename="../../ui/resultstab.py" />
            <location filename="../../ui/texts.py" />
            <source>Self-containment</source>
            <translation>Zelfvoorziening</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_periods.py" />
            <source>Self-containment and orientation, {} – {}</source>
            <translation>Zelfvoorziening en oriëntatie, {} – {}</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_profile.py" />
            <source>Self-containment at or above this counts as self-reliant ('eigen bevolking').</source>
            <translation>Zelfvoorziening op of boven dit telt als zelfstandig ('eigen bevolking').</translation>
        </message>
        <message>
            <location filename="../../ui/results.py" />
            <source>Self-containment per theme</source>
            <translation>Zelfvoorziening per thema</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_periods.py" />
            <source>Series chart</source>
            <translation>Reeksgrafiek</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_boundaries.py" />
            <source>Service URL</source>
            <translation>URL van de dienst</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchment_base.py" />
            <source>Share from which a zone is primary.</source>
            <translation>Aandeel vanaf waar een zone primair is.</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchment_base.py" />
            <source>Share from which a zone is secondary.</source>
            <translation>Aandeel vanaf waar een zone secundair is.</translation>
        </message>
        <message>
            <location filename="../../ui/results.py" />
            <source>Share of outflow</source>
            <translation>Aandeel van de uitgaande stroom</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" />
            <source>Share of the dominant city</source>
            <translation>Aandeel dominante stad</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_profile.py" />
            <source>Share of the external outflow to the largest (and larger) partner that makes a city 'wonen'.</source>
            <translation>Aandeel van de externe uitstroom naar de grootste (en grotere) partner waardoor een stad 'wonen' krijgt.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" />
            <source>Share of the second city</source>
            <translation>Aandeel tweede stad</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_calibrate.py" />
            <source>Share of zones with the same dominant city</source>
            <translation>Aandeel zones met dezelfde dominante stad</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" />
            <source>Share to elsewhere</source>
            <translation>Aandeel elders</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" />
            <source>Share to {}</source>
            <translation>Aandeel naar {}</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_observed.py" />
            <source>Shares over cities only</source>
            <translation>Aandelen alleen over steden</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_routes.py" />
            <source>Shortest travel time (minutes) or network distance (km) from every origin to every destination over a road line layer. Every vertex-to-vertex segment is an undirected edge; end points closer than the tolerance are joined. Speed per road: the speed field (km/h) when given, else the speed of its class in 'speeds per class' (default for the TravelMapping systems: {}; A-roads at an effective 100 km/h), else the default speed ({:g} km/h).

Points (polygons: a point on the surface) are snapped to the nearest point on the nearest segment; the snap distance is reported per pair and counted at the access (connector) speed, default {:g} km/h: the snap leg stands for the local roads a coarse network leaves out, driven at ~40 km/h over a route ~1.3 times the straight leg; 0 leaves the snap leg out of the cost, as native:shortestpathpointtolayer does. The graph is built once and road nodes that no point needs are contracted away; scipy.sparse.csgraph's Dijkstra then runs from every origin (or every destination, when there are fewer), 64 sources per call, instead of one QGIS graph search per origin. Pairs in unconnected parts of the network get a NULL cost and a warning, as do all pairs of a point farther from the network than 'points off the network beyond' (default {:g} map units of the network's CRS, i.e. metres for EPSG:28992; e.g. German towns on a Dutch network), instead of being silently moved onto a distant road. 0 snaps every point, however far.

Output: a long table origin, destination, cost (usable as the cost input of hema:catchmentshuff), origin_snap_m, destination_snap_m; optionally straight lines per pair.</source>
            <translation>Kortste reistijd (minuten) of netwerkafstand (km) van elke herkomst naar elke bestemming over een laag met weglijnen. Elk segment van hoekpunt tot hoekpunt is een ongerichte kant; eindpunten die dichter bij elkaar liggen dan de tolerantie worden verbonden. Snelheid per weg: het snelheidsveld (km/u) indien opgegeven, anders de snelheid van de wegklasse in 'snelheden per klasse' (standaard voor de TravelMapping-systemen: {}; A-wegen met effectief 100 km/u), anders de standaardsnelheid ({:g} km/u).

Punten (polygonen: een punt op het oppervlak) worden naar het dichtstbijzijnde punt op het dichtstbijzijnde segment verplaatst; de verplaatsingsafstand wordt per paar gerapporteerd en meegeteld tegen de toegangssnelheid (aansluitsnelheid), standaard {:g} km/u: het stuk staat voor de lokale wegen die een grof netwerk weglaat, gereden met ~40 km/u over een route ~1,3 keer zo lang als het rechte stuk; 0 laat het stuk buiten de kosten, zoals native:shortestpathpointtolayer doet. De graaf wordt één keer opgebouwd en wegknooppunten die geen enkel punt nodig heeft worden weggewerkt; daarna rekent Dijkstra uit scipy.sparse.csgraph vanuit elke herkomst (of elke bestemming, als dat er minder zijn), 64 bronnen per aanroep, in plaats van één QGIS-graafzoektocht per herkomst. Paren in niet-verbonden delen van het netwerk krijgen kosten NULL en een waarschuwing, net als alle paren van een punt dat verder van het netwerk ligt dan 'punten buiten het netwerk vanaf' (standaard {:g} kaarteenheden van het CRS van het netwerk, d.w.z. meter voor EPSG:28992; bijv. Duitse steden op een Nederlands wegennet), in plaats van ongemerkt naar een verre weg verplaatst te worden. 0 verplaatst elk punt, hoe ver ook.

Uitvoer: een lange tabel origin, destination, cost (bruikbaar als kosteninvoer van hema:catchmentshuff), origin_snap_m, destination_snap_m; optioneel rechte lijnen per paar.</translation>
        </message>
        <message>
            <location filename="../../plugin.py" />
            <source>Show or hide the HEMA Steden panel</source>
            <translation>Het HEMA Steden-paneel tonen of verbergen</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_flows.py" />
            <source>Size the node circles by the self-contained (intrazonal) flow f_ii instead of the total inflow, on the same scale maximum as the lines.</source>
            <translation>Maak de knoopcirkels zo groot als de stroom binnen de zone f_ii in plaats van de totale inkomende stroom, op hetzelfde schaalmaximum als de lijnen.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <location filename="../../algorithms/data_importindicators.py" />
            <source>Skip and report</source>
            <translation>Overslaan en rapporteren</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_periods.py" />
            <source>Small multiples of self-containment and orientation per city over all years.</source>
            <translation>Kleine veelvouden van zelfvoorziening en oriëntatie per stad over alle jaren.</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_periods.py" />
            <source>Smallest link drawn</source>
            <translation>Kleinste getekende relatie</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_mapbook.py" />
            <source>Smallest link shown (jobs)</source>
            <translation>Kleinste getoonde verbinding (banen)</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_routes.py" />
            <source>Snap distance to the network: mean {:.0f}, max {:.0f} map units.</source>
            <translation>Verplaatsingsafstand naar het netwerk: gemiddeld {:.0f}, maximaal {:.0f} kaarteenheden.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importindicators.py" />
            <source>Some rows were skipped; see the log or the report.</source>
            <translation>Sommige rijen zijn overgeslagen; zie het logboek of het rapport.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_load.py" />
            <location filename="../../ui/form.py" />
            <source>Source</source>
            <translation>Bron</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_load.py" />
            <source>Source is Folder, but no folder was given; choose one.</source>
            <translation>Bron is Map, maar er is geen map opgegeven; kies er een.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_load.py" />
            <source>Source is GeoPackage, but no GeoPackage was given; choose one.</source>
            <translation>Bron is GeoPackage, maar er is geen GeoPackage opgegeven; kies er een.</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_routes.py" />
            <source>Speed field (km/h)</source>
            <translation>Snelheidsveld (km/u)</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_routes.py" />
            <source>Speed of each road class, e.g. nlda=100; nldr=80; nldp=70.</source>
            <translation>Snelheid van elke wegklasse, bijv. nlda=100; nldr=80; nldp=70.</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_routes.py" />
            <source>Speed of roads without a speed value or a known class.</source>
            <translation>Snelheid van wegen zonder snelheidswaarde of bekende klasse.</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_routes.py" />
            <source>Speed over the straight snap leg from a point to the network (local roads the network leaves out); 0 leaves the snap leg out of the cost, like QGIS's shortest path algorithms.</source>
            <translation>Snelheid over het rechte stuk van een punt naar het netwerk (lokale wegen die het netwerk weglaat); 0 laat dat stuk buiten de kosten, zoals de kortste-route-algoritmen van QGIS.</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_routes.py" />
            <source>Speeds per class (class=km/h; …)</source>
            <translation>Snelheden per klasse (klasse=km/u; …)</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <source>Square matrix</source>
            <translation>Vierkante matrix</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_calibrate.py" />
            <source>Standard error of α</source>
            <translation>Standaardfout van α</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_calibrate.py" />
            <source>Standard error of β</source>
            <translation>Standaardfout van β</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_scenario.py" />
            <source>Starts from a Huff model (α, β from a parameter file written by 'Calibrate Huff model', given here, or the theme preset) and compares one or more scenarios with it. Distances: a road network (travel minutes as 'Travel times over a road network' computes them: A-roads 100, N-rijkswegen 80, provincial roads 70 km/h, snap legs at 30 km/h), else a cost table, else straight lines.

Scenarios, one change per line 'id, kind, target, value[, x, y[, x2, y2]]' (or a table with those columns); lines sharing an id form one scenario, applied together:
attractiveness: city target × value (1.2 = +20 %); centre: new city target with attractiveness value at x, y; speed: roads whose id is target at value km/h; road: a new road target from x, y to x2, y2 at value km/h, its ends joined to the nearest junctions; cost: costs to city target (or 'zone&gt;city') × value.

Outputs: per scenario and zone the dominant city of the base model and of the scenario, whether it switched, and per city the change in probability dp_&lt;code&gt;; per scenario and city the catchment population Σ population × P before and after, its change and the number of zones it dominates. The log lists the zones that change dominant city.</source>
            <translation>Gaat uit van een Huff-model (α, β uit een parameterbestand van 'Huff-model kalibreren', hier opgegeven, of de themavoorinstelling) en vergelijkt er één of meer scenario's mee. Afstanden: een wegennet (reisminuten zoals 'Reistijden over een wegennetwerk' ze berekent: A-wegen 100, N-rijkswegen 80, provinciale wegen 70 km/u, aansluitstukken 30 km/u), anders een kostentabel, anders rechte lijnen.

Scenario's, één wijziging per regel 'id, soort, doel, waarde[, x, y[, x2, y2]]' (of een tabel met die kolommen); regels met hetzelfde id vormen één scenario en worden samen toegepast:
attractiveness: aantrekkelijkheid van stad doel × waarde (1,2 = +20 %); centre: nieuwe stad doel met aantrekkelijkheid waarde op x, y; speed: wegen met id doel met waarde km/u; road: een nieuwe weg doel van x, y naar x2, y2 met waarde km/u, de uiteinden verbonden met de dichtstbijzijnde knooppunten; cost: kosten naar stad doel (of 'zone&gt;stad') × waarde.

Uitvoer: per scenario en zone de dominante stad van het basismodel en van het scenario, of die wisselde, en per stad de verandering in kans dp_&lt;code&gt;; per scenario en stad de inwoners van het verzorgingsgebied Σ inwoners × P voor en na, de verandering en het aantal zones waar de stad dominant is. Het logboek noemt de zones die van dominante stad wisselen.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <location filename="../../algorithms/data_importindicators.py" />
            <source>Stop with an error</source>
            <translation>Stoppen met een fout</translation>
        </message>
        <message>
            <location filename="../../algorithms/huff_base.py" />
            <source>Straight-line distances below this are raised to it. A city's own zone always gets a floor of 2/3·√(area/π), the mean distance within a disc of the zone's area.</source>
            <translation>Hemelsbrede afstanden kleiner dan dit worden hierop gezet. De eigen zone van een stad krijgt altijd een ondergrens van 2/3·√(oppervlakte/π), de gemiddelde afstand binnen een schijf met de oppervlakte van de zone.</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_style.py" />
            <source>Style catchment layer</source>
            <translation>Laag met verzorgingsgebieden stileren</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_style.py" />
            <source>Styled layer</source>
            <translation>Gestileerde laag</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_style.py" />
            <source>Styles a catchment layer (zones or catchment polygons) by dominant city and band: the fixed HEMA colour of each city, full for own and primary zones, lighter for secondary zones, hatched for contested zones, light grey without a catchment; labels the cities' own zones; legend in Dutch (or English). The catchment algorithms apply this style to their outputs automatically. Optionally saves the style as a QML file.</source>
            <translation>Stileert een laag met verzorgingsgebieden (zones of polygonen van verzorgingsgebieden) naar dominante stad en band: de vaste HEMA-kleur van elke stad, vol voor eigen en primaire zones, lichter voor secundaire zones, gearceerd voor betwiste zones, lichtgrijs zonder verzorgingsgebied; labelt de eigen zones van de steden; legenda in het Nederlands (of Engels). De algoritmen voor verzorgingsgebieden passen deze stijl automatisch op hun uitvoer toe. Slaat de stijl optioneel op als QML-bestand.</translation>
        </message>
        <message>
            <location filename="../../ui/resultstab.py" />
            <location filename="../../ui/texts.py" />
            <source>Suggested perspective</source>
            <translation>Voorgesteld perspectief</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <location filename="../../algorithms/data_importindicators.py" />
            <source>Tab</source>
            <translation>Tab</translation>
        </message>
        <message>
            <location filename="../../ui/resultstab.py" />
            <source>Table and chart copied.</source>
            <translation>Tabel en grafiek gekopieerd.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_comparecities.py" />
            <source>Table code, name, theme, indicator, label, unit, year, value, drenthe, nl, index_nl, rank, verdict.</source>
            <translation>Tabel code, name, theme, indicator, label, unit, year, value, drenthe, nl, index_nl, rank, verdict.</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_mapbook.py" />
            <source>Table code, rank, indicator, value (formatted text): the city sheet template's table.</source>
            <translation>Tabel code, rang, indicator, waarde (opgemaakte tekst): de tabel van het stadsbladsjabloon.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <source>Table layout</source>
            <translation>Tabelindeling</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_periods.py" />
            <source>Table old code → new code for municipal re-divisions, applied to both years before comparing.</source>
            <translation>Tabel oude code → nieuwe code voor gemeentelijke herindelingen, vóór het vergelijken op beide jaren toegepast.</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_mapbook.py" />
            <source>Table origin, destination, theme, value.</source>
            <translation>Tabel origin, destination, theme, value.</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_scenario.py" />
            <source>Table with the columns scenario, kind, target, value (and x, y, x2, y2 where needed).</source>
            <translation>Tabel met de kolommen scenario, kind, target, value (en x, y, x2, y2 waar nodig).</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_calibrate.py" />
            <source>Table with the estimates, standard errors and fit measures.</source>
            <translation>Tabel met de schattingen, standaardfouten en maten voor de fit.</translation>
        </message>
        <message>
            <location filename="../../ui/resultstab.py" />
            <source>Table written to {}</source>
            <translation>Tabel opgeslagen als {}</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_periods.py" />
            <source>Table year, city, indicator, partner, value over all years.</source>
            <translation>Tabel jaar, stad, kenmerk, partner, waarde over alle jaren.</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_profile.py" />
            <source>Table: city, partner, flow, orientation, whether the partner is larger, rank.</source>
            <translation>Tabel: stad, partner, stroom, oriëntatie, of de partner groter is, rang.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importindicators.py" />
            <source>Text cells and duplicate rows</source>
            <translation>Tekstcellen en dubbele rijen</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <source>Text encoding; Detect tries UTF-8 (with or without BOM), then Windows-1252.</source>
            <translation>Tekstcodering; Automatisch probeert UTF-8 (met of zonder BOM) en daarna Windows-1252.</translation>
        </message>
        <message>
            <location filename="../../qgis_io/sources.py" />
            <source>The GeoPackage {} cannot be read ({}); check the file's permissions.</source>
            <translation>De GeoPackage {} is niet te lezen ({}); controleer de rechten van het bestand.</translation>
        </message>
        <message>
            <location filename="../../qgis_io/sources.py" />
            <source>The GeoPackage {} does not exist; choose an existing file.</source>
            <translation>De GeoPackage {} bestaat niet; kies een bestaand bestand.</translation>
        </message>
        <message>
            <location filename="../../qgis_io/sources.py" />
            <source>The GeoPackage {} is corrupt or empty: GDAL finds no tables in it; restore it from a backup.</source>
            <translation>De GeoPackage {} is beschadigd of leeg: GDAL vindt er geen tabellen in; zet een reservekopie terug.</translation>
        </message>
        <message>
            <location filename="../../qgis_io/sources.py" />
            <source>The GeoPackage {} is corrupt: it is truncated ({} of {} bytes); restore it from a backup or download it again.</source>
            <translation>De GeoPackage {} is beschadigd: het bestand is afgekapt ({} van {} bytes); zet een reservekopie terug of download het opnieuw.</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_huff.py" />
            <source>The Huff model gave no probabilities for zone {} (α = {:g}, β = {:g}); its distances or the attractiveness are degenerate. Check the zone's distance to the cities and the parameters.</source>
            <translation>Het Huff-model gaf geen kansen voor zone {} (α = {:g}, β = {:g}); de afstanden of de aantrekkingskracht zijn ontaard. Controleer de afstand van de zone tot de steden en de parameters.</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_export.py" />
            <source>The PDF, or the base name of the per-page files (&lt;name&gt;_&lt;nn&gt;_&lt;page&gt;.&lt;ext&gt;).</source>
            <translation>De PDF, of de basisnaam van de bestanden per pagina (&lt;name&gt;_&lt;nn&gt;_&lt;page&gt;.&lt;ext&gt;).</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_comparecities.py" />
            <source>The Quickscan comparison of the essay: for the chosen cities (default the HEMA cities Assen, Emmen, Hoogeveen and Meppel and the reference cities Groningen, Zwolle and Leeuwarden) and themes, every indicator's value for the municipality, the Drenthe and NL values, an index (NL = 100), the rank among the chosen cities (1 = best; for indicators without a better direction: the highest) and whether the city does better or worse than NL by the indicator's sense.

Indicators: the bundled CBS table (kerncijfers 2022, Wijk- en buurtkaart 2015 and 2018); a table of your own (code, indicator, value, year, e.g. from 'Import indicator table') adds or replaces rows. Each indicator uses the given year, or its latest year. NL and Drenthe are weighted means over the municipalities with the indicator's base (inhabitants, inhabitants 15-64, dwellings, households, firms, area); counts are summed.

Functional versus administrative: with a catchment layer (any output of the catchment algorithms, observed or modelled: zones with code and dom_code) every city's indicators are also computed over the zones of its catchment, weighted the same way, next to the municipality alone.

Outputs: the comparison table and, when a folder is given, one chart per theme (small multiples, cities in their fixed colours, NL and Drenthe as lines) in the chosen language.</source>
            <translation>De Quickscan-vergelijking uit het essay: voor de gekozen steden (standaard de HEMA-steden Assen, Emmen, Hoogeveen en Meppel en de referentiesteden Groningen, Zwolle en Leeuwarden) en thema's de waarde van elke indicator voor de gemeente, de waarden van Drenthe en NL, een index (NL = 100), de rang onder de gekozen steden (1 = gunstigst; bij indicatoren zonder gunstige richting: de hoogste) en of de stad het beter of slechter doet dan NL volgens de richting van de indicator.

Indicatoren: de meegeleverde CBS-tabel (kerncijfers 2022, Wijk- en buurtkaart 2015 en 2018); een eigen tabel (code, indicator, value, year, bijv. uit 'Indicatortabel importeren') voegt rijen toe of vervangt ze. Elke indicator gebruikt het opgegeven jaar of zijn laatste jaar. NL en Drenthe zijn gewogen gemiddelden over de gemeenten met de basis van de indicator (inwoners, inwoners 15-64, woningen, huishoudens, vestigingen, oppervlakte); aantallen worden opgeteld.

Functioneel versus bestuurlijk: met een laag met verzorgingsgebieden (elke uitvoer van de verzorgingsgebiedalgoritmen, waargenomen of gemodelleerd: zones met code en dom_code) worden de indicatoren van elke stad ook berekend over de zones van haar verzorgingsgebied, op dezelfde manier gewogen, naast de gemeente alleen.

Uitvoer: de vergelijkingstabel en, als een map is opgegeven, een grafiek per thema (kleine veelvouden, steden in hun vaste kleuren, NL en Drenthe als lijnen) in de gekozen taal.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_boundaries.py" />
            <source>The boundaries as polygons in EPSG:28992.</source>
            <translation>De grenzen als polygonen in EPSG:28992.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_load.py" />
            <source>The bundled data {} is missing; reinstall the plugin or run 'make data'.</source>
            <translation>De meegeleverde gegevens {} ontbreken; installeer de plugin opnieuw of voer 'make data' uit.</translation>
        </message>
        <message>
            <location filename="../../qgis_io/indicators.py" />
            <source>The bundled indicator data {} is missing; reinstall the plugin.</source>
            <translation>De meegeleverde indicatorgegevens {} ontbreken; installeer de plug-in opnieuw.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_boundaries.py" />
            <source>The cached copy {} is damaged (incomplete); downloading again.</source>
            <translation>De bewaarde kopie {} is beschadigd (onvolledig); opnieuw downloaden.</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_calibrate.py" />
            <source>The calibration did not converge: treat α and β as unreliable (check flows and distances).</source>
            <translation>De kalibratie is niet geconvergeerd: beschouw α en β als onbetrouwbaar (controleer stromen en afstanden).</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_calibrate.py" />
            <source>The calibration gave no finite α/β (α = {}, β = {}); the flows do not identify the model. Check that the flows vary with distance, or fix α.</source>
            <translation>De kalibratie gaf geen eindige α/β (α = {}, β = {}); de stromen leggen het model niet vast. Controleer dat de stromen met de afstand variëren, of zet α vast.</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_polygons.py" />
            <source>The catchment layer has no e_&lt;city&gt; or s_&lt;city&gt; fields; use an output of the catchment algorithms.</source>
            <translation>De laag met verzorgingsgebieden heeft geen velden e_&lt;city&gt; of s_&lt;city&gt;; gebruik uitvoer van de algoritmen voor verzorgingsgebieden.</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_polygons.py" />
            <source>The catchment layer has {} geometries; dissolving into catchment polygons needs polygon zones. Run the catchment algorithm on polygon zones (e.g. municipalities), not on points.</source>
            <translation>De verzorgingsgebiedenlaag heeft {}-geometrieën; samenvoegen tot verzorgingsgebieden vraagt vlakzones. Draai het verzorgingsgebiedenalgoritme op vlakzones (bijv. gemeenten), niet op punten.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_comparecities.py" />
            <source>The chart {} already exists; choose another folder or tick 'Overwrite existing output'.</source>
            <translation>De grafiek {} bestaat al; kies een andere map of vink 'Bestaande uitvoer overschrijven' aan.</translation>
        </message>
        <message>
            <location filename="../../algorithms/huff_base.py" />
            <source>The cost table has no cost (NULL or missing) for {} zone-city pair(s), cities: {}. The calibration needs a cost for every pair: remove those cities or fill in their costs.</source>
            <translation>De kostentabel heeft geen kosten (NULL of ontbrekend) voor {} paren zone-stad, steden: {}. De kalibratie heeft kosten voor elk paar nodig: verwijder die steden of vul hun kosten in.</translation>
        </message>
        <message>
            <location filename="../../algorithms/huff_base.py" />
            <source>The cost table has no cost (NULL or missing) for {} zone-city pair(s); those cities get probability 0 in those zones. Cities concerned ({}): {}.</source>
            <translation>De kostentabel heeft geen kosten (NULL of ontbrekend) voor {} paren zone-stad; die steden krijgen in die zones kans 0. Betrokken steden ({}): {}.</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_export.py" />
            <source>The coverage layer '{}' is empty; an atlas needs at least one feature.</source>
            <translation>De dekkingslaag '{}' is leeg; een atlas heeft ten minste één object nodig.</translation>
        </message>
        <message>
            <location filename="../../printlayout/export.py" />
            <source>The filter expression '{}' does not parse: {}. Correct it in the expression builder.</source>
            <translation>De filterexpressie '{}' is ongeldig: {}. Verbeter haar in de expressiebouwer.</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_periods.py" />
            <source>The first year must come before the second year.</source>
            <translation>Het eerste jaar moet voor het tweede jaar liggen.</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_links.py" />
            <source>The fitted distance decay β = {:.3g} lies outside 0…10; the flows hardly identify it.</source>
            <translation>Het geschatte afstandsverval β = {:.3g} ligt buiten 0…10; de stromen leggen het nauwelijks vast.</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_links.py" />
            <source>The fitted gravity model is worse than a constant flow (pseudo-R² {:.3g}).</source>
            <translation>Het geschatte zwaartekrachtmodel is slechter dan een constante stroom (pseudo-R² {:.3g}).</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_calibrate.py" />
            <source>The fitted model is worse than equal shares to every city (pseudo-R² {:.3g}): the parameters do not describe these flows; check the flows, the cities and a fixed α.</source>
            <translation>Het geschatte model is slechter dan gelijke aandelen voor elke stad (pseudo-R² {:.3g}): de parameters beschrijven deze stromen niet; controleer de stromen, de steden en een vaste α.</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_flows.py" />
            <source>The flow lines.</source>
            <translation>De stroomlijnen.</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_flows.py" />
            <source>The flows are all self-contained (origin = destination): there are no lines to draw.</source>
            <translation>De stromen zijn allemaal intern (herkomst = bestemming): er zijn geen lijnen te tekenen.</translation>
        </message>
        <message>
            <location filename="../../algorithms/flow_base.py" />
            <source>The flows cover several years ({}); choose one with the Year parameter.</source>
            <translation>De stromen beslaan meerdere jaren ({}); kies er een met de parameter Jaar.</translation>
        </message>
        <message>
            <location filename="../../algorithms/flow_base.py" />
            <source>The flows have {} origin → destination pair(s) on more than one row ({}); their values are summed. If the rows are different years, themes or modes, select one with the filters.</source>
            <translation>De stromen hebben {} herkomst → bestemming-paar (paren) op meer dan één rij ({}); hun waarden worden opgeteld. Zijn de rijen verschillende jaren, thema's of vervoerwijzen, kies er dan één met de filters.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_load.py" />
            <source>The flows of the chosen themes and year (table).</source>
            <translation>De stromen van de gekozen thema's en het gekozen jaar (tabel).</translation>
        </message>
        <message>
            <location filename="../../algorithms/flow_base.py" />
            <source>The flows table has no field '{}': the {} filter '{}' is skipped.</source>
            <translation>De stromentabel heeft geen veld '{}': het {}-filter '{}' vervalt.</translation>
        </message>
        <message>
            <location filename="../../qgis_io/sources.py" />
            <source>The folder {} does not exist; choose an existing folder.</source>
            <translation>De map {} bestaat niet; kies een bestaande map.</translation>
        </message>
        <message>
            <location filename="../../ui/storage.py" />
            <source>The folder {} for the results does not exist; choose another.</source>
            <translation>De map {} voor de resultaten bestaat niet; kies een andere.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importindicators.py" />
            <source>The indicator table code, theme, indicator, value, unit, year, source.</source>
            <translation>De indicatortabel code, theme, indicator, value, unit, year, source.</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_links.py" />
            <source>The kept (dominant) links as lines.</source>
            <translation>De behouden (dominante) verbindingen als lijnen.</translation>
        </message>
        <message>
            <location filename="../../ui/workbench.py" />
            <source>The loaded flows hold no observed flows for this theme; use the Huff model.</source>
            <translation>De geladen stromen bevatten geen waargenomen stromen voor dit thema; gebruik het Huff-model.</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_mapbook.py" />
            <source>The map book PDF.</source>
            <translation>De PDF van het kaartboek.</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_mapbook.py" />
            <source>The map book needs the algorithm {}, which is not available; update the HEMA Steden plugin.</source>
            <translation>Het kaartboek heeft het algoritme {} nodig, maar dat is niet beschikbaar; werk de HEMA Steden-plugin bij.</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_flows.py" />
            <source>The mode whose share colours the lines (e.g. train, car, e_bicycle).</source>
            <translation>De vervoerswijze waarvan het aandeel de lijnen inkleurt (bijv. train, car, e_bicycle).</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_calibrate.py" />
            <source>The optimiser did not converge; treat the estimates with care.</source>
            <translation>De optimalisatie is niet geconvergeerd; gebruik de schattingen met zorg.</translation>
        </message>
        <message>
            <location filename="../../qgis_io/dataio.py" />
            <location filename="../../qgis_io/outputs.py" />
            <source>The output {} already exists and would be overwritten. Choose another output, or tick 'Overwrite existing output' to replace it.</source>
            <translation>De uitvoer {} bestaat al en zou worden overschreven. Kies een andere uitvoer, of vink 'Bestaande uitvoer overschrijven' aan om haar te vervangen.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_load.py" />
            <source>The province outlines in EPSG:28992.</source>
            <translation>De provincieomtrekken in EPSG:28992.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <location filename="../../algorithms/data_importindicators.py" />
            <source>The report {} already exists; choose another file or tick 'Overwrite existing output'.</source>
            <translation>Het rapport {} bestaat al; kies een ander bestand of vink 'Bestaande uitvoer overschrijven' aan.</translation>
        </message>
        <message>
            <location filename="../../ui/storage.py" />
            <source>The result {} written to {} cannot be read back.</source>
            <translation>Het resultaat {} dat naar {} is geschreven, kan niet worden teruggelezen.</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_scenario.py" />
            <source>The road network ({}) and the zones ({}) must share one CRS; reproject one of them.</source>
            <translation>Het wegennet ({}) en de zones ({}) moeten één CRS delen; herprojecteer een van beide.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_boundaries.py" />
            <source>The service answered with a {} geometry for {} where boundaries must be polygons; check the service URL (it must serve municipality or province areas).</source>
            <translation>De dienst antwoordde met een {}-geometrie voor {} waar grenzen vlakken moeten zijn; controleer de URL van de dienst (die moet gemeente- of provinciegebieden leveren).</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_boundaries.py" />
            <source>The service answered without the CBS fields statcode/statnaam (first fields: {}); check the service URL.</source>
            <translation>De dienst antwoordde zonder de CBS-velden statcode/statnaam (eerste velden: {}); controleer de URL van de dienst.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_boundaries.py" />
            <source>The service did not answer with GeoJSON ({}): {}. Check the year and the service URL.</source>
            <translation>De dienst antwoordde niet met GeoJSON ({}): {}. Controleer het jaar en de URL van de dienst.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_boundaries.py" />
            <source>The service returned no {} boundaries for {}; check the year.</source>
            <translation>De dienst gaf geen {}-grenzen voor {}; controleer het jaar.</translation>
        </message>
        <message>
            <location filename="../../ui/tasks.py" />
            <source>The step stopped because its input layer '{}' was removed from the project.</source>
            <translation>De stap is gestopt omdat de invoerlaag '{}' uit het project is verwijderd.</translation>
        </message>
        <message>
            <location filename="../../ui/tasks.py" />
            <source>The step stopped because the project was closed or cleared.</source>
            <translation>De stap is gestopt omdat het project is gesloten of leeggemaakt.</translation>
        </message>
        <message>
            <location filename="../../ui/controller.py" />
            <source>The threshold must be zero or more.</source>
            <translation>De drempel moet nul of meer zijn.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_load.py" />
            <source>The validated cities (points) in EPSG:28992.</source>
            <translation>De gecontroleerde steden (punten) in EPSG:28992.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <source>The validated flows table (GeoPackage, PostGIS table or temporary).</source>
            <translation>De gecontroleerde stromentabel (GeoPackage, PostGIS-tabel of tijdelijk).</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_load.py" />
            <source>The validated zones in EPSG:28992.</source>
            <translation>De gecontroleerde zones in EPSG:28992.</translation>
        </message>
        <message>
            <location filename="../../algorithms/flow_base.py" />
            <source>The {} filter '{}' needs the field '{}', which the flows table lacks.</source>
            <translation>Het {}-filter '{}' heeft het veld '{}' nodig, dat de stromentabel niet heeft.</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchment_base.py" />
            <location filename="../../algorithms/change_periods.py" />
            <location filename="../../algorithms/change_scenario.py" />
            <location filename="../../algorithms/data_importflows.py" />
            <location filename="../../algorithms/flow_base.py" />
            <location filename="../../ui/form.py" />
            <location filename="../../ui/texts.py" />
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_periods.py" />
            <location filename="../../algorithms/flow_base.py" />
            <source>Theme field</source>
            <translation>Themaveld</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importindicators.py" />
            <source>Theme given to indicators that are not in the catalogue and have no theme column; empty = from the file or the catalogue.</source>
            <translation>Thema voor indicatoren die niet in de catalogus staan en geen themakolom hebben; leeg = uit het bestand of de catalogus.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importindicators.py" />
            <source>Theme of indicators outside the catalogue</source>
            <translation>Thema van indicatoren buiten de catalogus</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_periods.py" />
            <source>Theme of the flows to compare.</source>
            <translation>Thema van de te vergelijken stromen.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <source>Theme of the flows when the file has no theme column.</source>
            <translation>Thema van de stromen als het bestand geen themakolom heeft.</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_huff.py" />
            <location filename="../../algorithms/change_scenario.py" />
            <source>Theme whose preset α and β are used when none are given.</source>
            <translation>Thema waarvan de voorinstelling voor α en β wordt gebruikt als die niet zijn opgegeven.</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_profile.py" />
            <source>Theme {} left out: {}</source>
            <translation>Thema {} weggelaten: {}</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_profile.py" />
            <source>Theme {}: none of the cities has outgoing flows.</source>
            <translation>Thema {}: geen van de steden heeft uitgaande stromen.</translation>
        </message>
        <message>
            <location filename="../../algorithms/flow_base.py" />
            <source>Theme: selects the flows (theme field) and the default Huff parameters.</source>
            <translation>Thema: kiest de stromen (themaveld) en de standaardparameters van Huff.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_comparecities.py" />
            <location filename="../../algorithms/data_load.py" />
            <source>Themes</source>
            <translation>Thema's</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_load.py" />
            <source>Themes whose flows are loaded; each theme gets its own layer group.</source>
            <translation>Thema's waarvan de stromen worden geladen; elk thema krijgt een eigen lagengroep.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_comparecities.py" />
            <source>Themes whose indicators are compared.</source>
            <translation>Thema's waarvan de indicatoren worden vergeleken.</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" />
            <source>Threshold</source>
            <translation>Drempel</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_profile.py" />
            <source>Threshold: orientation to a larger city</source>
            <translation>Drempel: oriëntatie op een grotere stad</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_profile.py" />
            <source>Threshold: self-containment</source>
            <translation>Drempel: zelfvoorziening</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <source>Tick when a matrix has destinations in the rows and origins in the columns.</source>
            <translation>Vink aan als een matrix bestemmingen in de rijen en herkomsten in de kolommen heeft.</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchment_base.py" />
            <source>Ticked: a destination that is not in the cities layer is an error. Unticked: such destinations (own municipality, other places) count as 'elsewhere' in each zone's total outflow.</source>
            <translation>Aangevinkt: een bestemming die niet in de stedenlaag staat, is een fout. Niet aangevinkt: zulke bestemmingen (eigen gemeente, andere plaatsen) tellen als 'elders' in de totale uitstroom van elke zone.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <source>Ticked: a destination that matches no zone is kept under its own label, so each origin's total stays complete. Unticked: it is treated as an unmatched label.</source>
            <translation>Aangevinkt: een bestemming die bij geen zone past blijft behouden onder haar eigen label, zodat het totaal van elke herkomst volledig blijft. Uitgevinkt: ze telt als niet-gekoppeld label.</translation>
        </message>
        <message>
            <location filename="../../algorithms/base.py" />
            <source>Ticked: replace an existing output file or GeoPackage table. Unticked: refuse (a new table is still added to an existing GeoPackage, leaving its other tables as they are).</source>
            <translation>Aangevinkt: een bestaand uitvoerbestand of GeoPackage-tabel vervangen. Niet aangevinkt: weigeren (een nieuwe tabel wordt nog wel aan een bestaand GeoPackage toegevoegd; de andere tabellen blijven zoals ze zijn).</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_export.py" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_export.py" />
            <source>Title for pages without an atlas page name; empty keeps the template's title.</source>
            <translation>Titel voor pagina's zonder atlaspaginanaam; leeg behoudt de titel van het sjabloon.</translation>
        </message>
        <message>
            <location filename="../../ui/results.py" />
            <location filename="../../ui/resultstab.py" />
            <source>Top partner</source>
            <translation>Belangrijkste partner</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_flows.py" />
            <source>Top-k lines per origin (0 = all)</source>
            <translation>Top-k lijnen per herkomst (0 = alle)</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_links.py" />
            <source>Top-k links per origin (0 = all)</source>
            <translation>Top-k verbindingen per herkomst (0 = alle)</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_routes.py" />
            <source>Topology tolerance (map units)</source>
            <translation>Topologietolerantie (kaarteenheden)</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_polygons.py" />
            <source>Total outflow of each zone (multiplies s_ shares).</source>
            <translation>Totale uitstroom van elke zone (vermenigvuldigt de s_-aandelen).</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <source>Total value</source>
            <translation>Totale waarde</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <source>Travel mode written when the file has no mode column (e.g. totaal, auto, fiets, ov).</source>
            <translation>Vervoerswijze die wordt geschreven als het bestand geen wijzekolom heeft (bijv. totaal, auto, fiets, ov).</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_routes.py" />
            <source>Travel times over a road network</source>
            <translation>Reistijden over een wegennetwerk</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_links.py" />
            <source>Treat the parameters as unreliable: give flows between more node pairs.</source>
            <translation>Beschouw de parameters als onbetrouwbaar: geef stromen tussen meer paren knooppunten.</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" />
            <source>Two-way</source>
            <translation>Tweerichtings</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchment_base.py" />
            <source>Unique city code: the CBS code of the city's municipality, as in the flows' destinations.</source>
            <translation>Unieke stadscode: de CBS-code van de gemeente van de stad, zoals in de bestemmingen van de stromen.</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_base.py" />
            <source>Unique city code: the CBS code of the city's municipality, as in the flows.</source>
            <translation>Unieke stadscode: de CBS-code van de gemeente van de stad, zoals in de stromen.</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_base.py" />
            <source>Unique zone code (CBS GMxxxx for municipalities); a city's own zone has the city's code.</source>
            <translation>Unieke zonecode (CBS GMxxxx voor gemeenten); de eigen zone van een stad heeft de code van de stad.</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchment_base.py" />
            <source>Unique zone code, matching the flows' origins (e.g. GM0106); equal to a city code for a city's own zone.</source>
            <translation>Unieke zonecode, gelijk aan de herkomsten van de stromen (bijv. GM0106); gelijk aan een stadscode voor de eigen zone van een stad.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <location filename="../../ui/texts.py" />
            <source>Unit</source>
            <translation>Eenheid</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <source>Unit of the values after the multiplier (e.g. banen, personen, x1000 banen).</source>
            <translation>Eenheid van de waarden na de vermenigvuldiger (bijv. banen, personen, x1000 banen).</translation>
        </message>
        <message>
            <location filename="../../algorithms/indicators_base.py" />
            <source>Unknown indicators {}; known are: {}</source>
            <translation>Onbekende indicatoren {}; bekend zijn: {}</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <source>Unmatched codes and negative values</source>
            <translation>Niet-gekoppelde codes en negatieve waarden</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_export.py" />
            <source>Unstyled HEMA layer(s) drawn in the plugin's default style: {}</source>
            <translation>HEMA-laag/lagen zonder stijl getekend in de standaardstijl van de plugin: {}</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchment_base.py" />
            <source>Unticked: a zone without any outgoing flow is an error (usually a code or year mismatch).</source>
            <translation>Niet aangevinkt: een zone zonder enige uitgaande stroom is een fout (meestal een verschil in code of jaar).</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_huff.py" />
            <source>Unticked: the per-city fields are written for the HEMA and reference cities only (for every city when the cities layer holds none of them), which keeps the output small and fast. Ticked: for every city (needed for 'Catchment polygons' when other cities dominate zones).</source>
            <translation>Uitgevinkt: de velden per stad worden alleen voor de HEMA- en referentiesteden geschreven (voor elke stad als de stedenlaag daar geen van bevat); zo blijft de uitvoer klein en snel. Aangevinkt: voor elke stad (nodig voor 'Polygonen van verzorgingsgebieden' als andere steden zones domineren).</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_comparecities.py" />
            <source>Use only indicators of this year; empty = each indicator's latest year.</source>
            <translation>Gebruik alleen indicatoren van dit jaar; leeg = het laatste jaar van elke indicator.</translation>
        </message>
        <message>
            <location filename="../../algorithms/flow_base.py" />
            <source>Use only these cities of the cities layer, e.g. GM0106,GM0114 (empty = every city).</source>
            <translation>Gebruik alleen deze steden uit de stedenlaag, bijv. GM0106,GM0114 (leeg = elke stad).</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_boundaries.py" />
            <source>Using the cached copy {}</source>
            <translation>De kopie in de cache {} wordt gebruikt</translation>
        </message>
        <message>
            <location filename="../../ui/dock.py" />
            <source>Using the chosen project layers.</source>
            <translation>De gekozen projectlagen worden gebruikt.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" />
            <source>Value</source>
            <translation>Waarde</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_periods.py" />
            <location filename="../../algorithms/flow_base.py" />
            <source>Value field</source>
            <translation>Waardeveld</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_polygons.py" />
            <source>Volume field</source>
            <translation>Volumeveld</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_routes.py" />
            <source>Warn for snap distances above (map units)</source>
            <translation>Waarschuwen bij verplaatsingsafstanden boven (kaarteenheden)</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_calibrate.py" />
            <location filename="../../algorithms/network_links.py" />
            <source>Warnings about the fit</source>
            <translation>Waarschuwingen over de schatting</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_links.py" />
            <source>Weight deciding which node is larger (empty = total inflow including the own flow).</source>
            <translation>Gewicht dat bepaalt welke knoop groter is (leeg = totale instroom inclusief de eigen stroom).</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_profile.py" />
            <source>Weight deciding which partner is larger (empty = jobs).</source>
            <translation>Gewicht dat bepaalt welke partner groter is (leeg = banen).</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_routes.py" />
            <source>What the cost column holds.</source>
            <translation>Wat de kostenkolom bevat.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <source>What to do with labels that match no zone and with negative values.</source>
            <translation>Wat er gebeurt met labels die bij geen zone horen en met negatieve waarden.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importindicators.py" />
            <source>What to do with text in a number column and with duplicate (code, indicator, year) rows.</source>
            <translation>Wat te doen met tekst in een getalkolom en met dubbele rijen (code, indicator, jaar).</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_scenario.py" />
            <source>What-if scenarios (Huff model)</source>
            <translation>Wat-als-scenario's (Huff-model)</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_mapbook.py" />
            <source>What-if scenarios as in 'What-if scenarios (Huff model)', one change per line; each scenario gets a page (empty = none).</source>
            <translation>Wat-als-scenario's zoals in 'Wat-als-scenario's (Huff-model)', één wijziging per regel; elk scenario krijgt een pagina (leeg = geen).</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_base.py" />
            <source>When on, flows to or from codes missing in the cities layer are dropped with a warning; when off, they are an error.</source>
            <translation>Indien aan, worden stromen van of naar codes die niet in de stedenlaag staan met een waarschuwing weggelaten; indien uit, zijn ze een fout.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_load.py" />
            <source>Where the HEMA layers come from.</source>
            <translation>Waar de HEMA-lagen vandaan komen.</translation>
        </message>
        <message>
            <location filename="../../ui/results.py" />
            <source>Where the outflow goes — {}</source>
            <translation>Waar de uitstroom heen gaat — {}</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_flows.py" />
            <source>Width classes whose upper bound is below this share of the scale maximum are drawn faded; larger flows are always drawn on top of smaller ones.</source>
            <translation>Breedteklassen waarvan de bovengrens onder dit aandeel van het schaalmaximum ligt, worden vervaagd getekend; grotere stromen liggen altijd boven kleinere.</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_flows.py" />
            <source>Width scale maximum (0 = largest line)</source>
            <translation>Maximum van de breedteschaal (0 = grootste lijn)</translation>
        </message>
        <message>
            <location filename="../../ui/dock.py" />
            <source>Workflow</source>
            <translation>Werkwijze</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_flows.py" />
            <source>Write the value on the N largest lines (for print).</source>
            <translation>Schrijf de waarde bij de N grootste lijnen (voor print).</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <source>Writing {} flows</source>
            <translation>Bezig met schrijven van {} stromen</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_export.py" />
            <source>Written files</source>
            <translation>Geschreven bestanden</translation>
        </message>
        <message>
            <location filename="../../algorithms/layout_export.py" />
            <source>Wrote {} file(s): {}</source>
            <translation>{} bestand(en) geschreven: {}</translation>
        </message>
        <message>
            <location filename="../../algorithms/base.py" />
            <location filename="../../algorithms/data_boundaries.py" />
            <location filename="../../ui/texts.py" />
            <source>Year</source>
            <translation>Jaar</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_periods.py" />
            <location filename="../../algorithms/flow_base.py" />
            <source>Year field</source>
            <translation>Jaarveld</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <source>Year of the flows when the file has no year column; with a year column: keep only this year.</source>
            <translation>Jaar van de stromen als het bestand geen jaarkolom heeft; met een jaarkolom: alleen dit jaar houden.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_boundaries.py" />
            <source>Year of the municipal division (1 January).</source>
            <translation>Jaar van de gemeentelijke indeling (1 januari).</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importindicators.py" />
            <source>Year of the values when the file has no year (or Perioden) column.</source>
            <translation>Jaar van de waarden als het bestand geen jaar- (of Perioden-)kolom heeft.</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_periods.py" />
            <source>Zone changes</source>
            <translation>Verandering per zone</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchment_base.py" />
            <location filename="../../algorithms/change_base.py" />
            <source>Zone code '{}' occurs more than once; zone codes must be unique.</source>
            <translation>Zonecode '{}' komt meer dan eens voor; zonecodes moeten uniek zijn.</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchment_base.py" />
            <location filename="../../algorithms/change_base.py" />
            <location filename="../../algorithms/data_importflows.py" />
            <source>Zone code field</source>
            <translation>Veld met zonecode</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchment_base.py" />
            <location filename="../../algorithms/change_base.py" />
            <location filename="../../algorithms/data_importflows.py" />
            <source>Zone name field</source>
            <translation>Veld met zonenaam</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchment_base.py" />
            <source>Zone name, copied to the output.</source>
            <translation>Zonenaam, gekopieerd naar de uitvoer.</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_base.py" />
            <source>Zone name, copied to the outputs.</source>
            <translation>Zonenaam, overgenomen in de uitvoer.</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchment_base.py" />
            <location filename="../../algorithms/change_base.py" />
            <source>Zone population field</source>
            <translation>Veld met inwoners van de zone</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchment_base.py" />
            <location filename="../../algorithms/change_base.py" />
            <location filename="../../algorithms/data_importflows.py" />
            <location filename="../../algorithms/layout_mapbook.py" />
            <location filename="../../ui/form.py" />
            <source>Zones</source>
            <translation>Zones</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_base.py" />
            <source>Zones (e.g. municipalities) whose codes match the flows' origins or the cost table's origins.</source>
            <translation>Zones (bijv. gemeenten) waarvan de codes overeenkomen met de herkomsten van de stromen of van de kostentabel.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <source>Zones (municipalities, polygons or points) whose codes or names the flow table uses.</source>
            <translation>Zones (gemeenten, vlakken of punten) waarvan de stromentabel de codes of namen gebruikt.</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchment_base.py" />
            <source>Zones (origins), e.g. municipalities; polygons or points. Distances use a point on the zone.</source>
            <translation>Zones (herkomsten), bijv. gemeenten; polygonen of punten. Afstanden gaan uit van een punt in de zone.</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchment_base.py" />
            <location filename="../../algorithms/change_base.py" />
            <location filename="../../algorithms/change_scenario.py" />
            <location filename="../../algorithms/data_importflows.py" />
            <source>Zones layer</source>
            <translation>Zonelaag</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <source>Zones layer has none of the code fields {}; choose the zone code field.</source>
            <translation>De zonelaag heeft geen van de codevelden {}; kies het veld met de zonecode.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <source>Zones layer: zone code(s) {} occur more than once in field '{}'; the flows of those zones would be summed into one. Give every zone a unique code (dissolve or remove the duplicates).</source>
            <translation>Zoneslaag: zonecode(s) {} komen meer dan eens voor in veld '{}'; de stromen van die zones zouden tot één worden opgeteld. Geef elke zone een unieke code (voeg de dubbele samen of verwijder ze).</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_observed.py" />
            <source>Zones per band: {}</source>
            <translation>Zones per band: {}</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_calibrate.py" />
            <source>Zones with observed − modelled share per city.</source>
            <translation>Zones met waargenomen − gemodelleerd aandeel per stad.</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_huff.py" />
            <source>Zones with probabilities and expected flows per city, dominant city and band.</source>
            <translation>Zones met kansen en verwachte stromen per stad, dominante stad en band.</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_observed.py" />
            <source>Zones with shares per city, dominant city and band.</source>
            <translation>Zones met aandelen per stad, dominante stad en band.</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_periods.py" />
            <source>Zones with the dominant city and band of both years.</source>
            <translation>Zones met de dominante stad en band van beide jaren.</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchment_base.py" />
            <source>Zones without flows get band 'none'</source>
            <translation>Zones zonder stromen krijgen band 'geen'</translation>
        </message>
        <message>
            <location filename="../../algorithms/base.py" />
            <source>a finite number</source>
            <translation>een eindig getal</translation>
        </message>
        <message>
            <location filename="../../algorithms/base.py" />
            <source>a number</source>
            <translation>een getal</translation>
        </message>
        <message>
            <location filename="../../algorithms/base.py" />
            <source>a number from {} to {}</source>
            <translation>een getal van {} tot {}</translation>
        </message>
        <message>
            <location filename="../../algorithms/base.py" />
            <source>a number of at least {}</source>
            <translation>een getal van minstens {}</translation>
        </message>
        <message>
            <location filename="../../algorithms/base.py" />
            <source>a number of at most {}</source>
            <translation>een getal van hoogstens {}</translation>
        </message>
        <message>
            <location filename="../../algorithms/base.py" />
            <source>a whole number</source>
            <translation>een geheel getal</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_load.py" />
            <source>bundled HEMA data</source>
            <translation>meegeleverde HEMA-gegevens</translation>
        </message>
        <message>
            <location filename="../../ui/controller.py" />
            <location filename="../../ui/texts.py" />
            <source>cities</source>
            <translation>steden</translation>
        </message>
        <message>
            <location filename="../../ui/layerorder.py" />
            <location filename="../../ui/texts.py" />
            <source>cities, zones and provinces</source>
            <translation>steden, zones en provincies</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_routes.py" />
            <source>distance (km)</source>
            <translation>afstand (km)</translation>
        </message>
        <message>
            <location filename="../../ui/mapstate.py" />
            <source>fitted Huff</source>
            <translation>geschatte Huff</translation>
        </message>
        <message>
            <location filename="../../ui/controller.py" />
            <location filename="../../ui/texts.py" />
            <source>flows</source>
            <translation>stromen</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" />
            <source>flows (all themes)</source>
            <translation>stromen (alle thema's)</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_flows.py" />
            <source>gross</source>
            <translation>bruto</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" />
            <source>jobs</source>
            <translation>banen</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_links.py" />
            <source>ln k</source>
            <translation>ln k</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" />
            <source>moves</source>
            <translation>verhuizingen</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_flows.py" />
            <source>net</source>
            <translation>netto</translation>
        </message>
        <message>
            <location filename="../../ui/mapstate.py" />
            <source>network cost</source>
            <translation>netwerkkosten</translation>
        </message>
        <message>
            <location filename="../../ui/mapstate.py" />
            <source>observed</source>
            <translation>waargenomen</translation>
        </message>
        <message>
            <location filename="../../qgis_io/outputs.py" />
            <source>part of the path is a file, not a folder</source>
            <translation>een deel van het pad is een bestand, geen map</translation>
        </message>
        <message>
            <location filename="../../qgis_io/outputs.py" />
            <source>permission was denied</source>
            <translation>toegang is geweigerd</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" />
            <source>persons</source>
            <translation>personen</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_links.py" />
            <source>power: D^−β; exponential: exp(−β·D) with D in km.</source>
            <translation>macht: D^−β; exponentieel: exp(−β·D) met D in km.</translation>
        </message>
        <message>
            <location filename="../../ui/texts.py" />
            <source>provinces</source>
            <translation>provincies</translation>
        </message>
        <message>
            <location filename="../../ui/form.py" />
            <source>pseudo-R² = {}</source>
            <translation>pseudo-R² = {}</translation>
        </message>
        <message>
            <location filename="../../qgis_io/dataio.py" />
            <location filename="../../qgis_io/outputs.py" />
            <source>table '{}' in {}</source>
            <translation>tabel '{}' in {}</translation>
        </message>
        <message>
            <location filename="../../qgis_io/outputs.py" />
            <source>the disk is full</source>
            <translation>de schijf is vol</translation>
        </message>
        <message>
            <location filename="../../qgis_io/outputs.py" />
            <source>the disk quota is exceeded</source>
            <translation>het schijfquotum is overschreden</translation>
        </message>
        <message>
            <location filename="../../qgis_io/outputs.py" />
            <source>the file could not be written</source>
            <translation>het bestand kon niet worden geschreven</translation>
        </message>
        <message>
            <location filename="../../qgis_io/outputs.py" />
            <source>the file is locked by another program</source>
            <translation>het bestand is vergrendeld door een ander programma</translation>
        </message>
        <message>
            <location filename="../../qgis_io/outputs.py" />
            <source>the folder does not exist</source>
            <translation>de map bestaat niet</translation>
        </message>
        <message>
            <location filename="../../qgis_io/outputs.py" />
            <source>the folder is read-only</source>
            <translation>de map is alleen-lezen</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_routes.py" />
            <source>travel time (minutes)</source>
            <translation>reistijd (minuten)</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_flows.py" />
            <source>two-way</source>
            <translation>tweerichtings</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_flows.py" />
            <source>two-way: every direction; gross: both directions summed; net: difference, from the larger sender.</source>
            <translation>tweerichtings: elke richting; bruto: beide richtingen opgeteld; netto: verschil, vanaf de grootste zender.</translation>
        </message>
        <message>
            <location filename="../../ui/controller.py" />
            <location filename="../../ui/texts.py" />
            <source>zones</source>
            <translation>zones</translation>
        </message>
        <message>
            <location filename="../../ui/layerorder.py" />
            <location filename="../../ui/texts.py" />
            <source>zones and provinces</source>
            <translation>zones en provincies</translation>
        </message>
        <message>
            <location filename="../../ui/tasks.py" />
            <source>{} (details in the Log Messages panel, tab HEMA Steden)</source>
            <translation>{} (details in het paneel Logberichten, tab HEMA Steden)</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_links.py" />
            <source>{} = {:.4f} (se {:.4f})</source>
            <translation>{} = {:.4f} (sf {:.4f})</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_load.py" />
            <source>{} cannot be opened; check the file or table.</source>
            <translation>{} kan niet worden geopend; controleer het bestand of de tabel.</translation>
        </message>
        <message>
            <location filename="../../ui/storage.py" />
            <source>{} cannot be written; choose another place for the results.</source>
            <translation>{} kan niet worden geschreven; kies een andere plek voor de resultaten.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_comparecities.py" />
            <source>{} catchment zones have no indicator values and are left out: {}</source>
            <translation>{} zones van de verzorgingsgebieden hebben geen indicatorwaarden en zijn weggelaten: {}</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_base.py" />
            <source>{} code(s) of the flow table are not in the cities layer ({}); their flows ({:.1%} of the total) were dropped.</source>
            <translation>{} code(s) van de stromentabel staan niet in de stedenlaag ({}); hun stromen ({:.1%} van het totaal) zijn weggelaten.</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_links.py" />
            <source>{} dominant, {} intermediate, {} dominated nodes.</source>
            <translation>{} dominante, {} tussenliggende, {} gedomineerde knooppunten.</translation>
        </message>
        <message>
            <location filename="../../ui/dock.py" />
            <source>{} failed: {}</source>
            <translation>{} mislukt: {}</translation>
        </message>
        <message>
            <location filename="../../ui/tasks.py" />
            <source>{} failed; see the Processing log.</source>
            <translation>{} mislukt; zie het Processing-logboek.</translation>
        </message>
        <message>
            <location filename="../../ui/dock.py" />
            <source>{} finished.</source>
            <translation>{} klaar.</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_periods.py" />
            <source>{} flow row(s) without an origin or destination code were left out (total value {:g}).</source>
            <translation>{} stroomrij(en) zonder herkomst- of bestemmingscode zijn weggelaten (totale waarde {:g}).</translation>
        </message>
        <message>
            <location filename="../../algorithms/base.py" />
            <source>{} has no coordinate reference system; assign one (e.g. EPSG:28992) first.</source>
            <translation>{} heeft geen coördinaatreferentiesysteem; ken er eerst een toe (bijv. EPSG:28992).</translation>
        </message>
        <message>
            <location filename="../../qgis_io/frames.py" />
            <source>{} has no field '{}'. Available fields: {}. Choose the right field in the parameters.</source>
            <translation>{} heeft geen veld '{}'. Beschikbare velden: {}. Kies het juiste veld in de parameters.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_load.py" />
            <source>{} has no geometries; it needs {}.</source>
            <translation>{} heeft geen geometrieën; er is {} nodig.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_load.py" />
            <source>{} has no provinces table; no province outlines are loaded.</source>
            <translation>{} heeft geen provincietabel; er worden geen provincieomtrekken geladen.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_load.py" />
            <source>{} has no {} table; name the tables steden, zones, flows and provincies.</source>
            <translation>{} heeft geen tabel {}; noem de tabellen steden, zones, flows en provincies.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_load.py" />
            <source>{} has {} geometries; it needs {} geometries.</source>
            <translation>{} heeft {}-geometrieën; nodig zijn {}-geometrieën.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_load.py" />
            <source>{} holds no flows for themes {}{}; choose other themes or another year.</source>
            <translation>{} bevat geen stromen voor de thema's {}{}; kies andere thema's of een ander jaar.</translation>
        </message>
        <message>
            <location filename="../../algorithms/base.py" />
            <location filename="../../algorithms/flow_base.py" />
            <source>{} is empty; it needs at least one feature.</source>
            <translation>{} is leeg; er is ten minste één object nodig.</translation>
        </message>
        <message>
            <location filename="../../algorithms/base.py" />
            <source>{} is in a geographic CRS ({}); distances need a projected CRS. Reproject it to EPSG:28992 (Amersfoort / RD New) first.</source>
            <translation>{} staat in een geografisch CRS ({}); afstanden vragen een geprojecteerd CRS. Projecteer de laag eerst naar EPSG:28992 (Amersfoort / RD New).</translation>
        </message>
        <message>
            <location filename="../../qgis_io/sources.py" />
            <source>{} is not a GeoPackage or is corrupt (no SQLite header); choose a valid .gpkg file or restore it from a backup.</source>
            <translation>{} is geen GeoPackage of is beschadigd (geen SQLite-kop); kies een geldig .gpkg-bestand of zet een reservekopie terug.</translation>
        </message>
        <message>
            <location filename="../../ui/storage.py" />
            <source>{} is not a GeoPackage the results can be added to ({}); choose another file.</source>
            <translation>{} is geen GeoPackage waaraan de resultaten kunnen worden toegevoegd ({}); kies een ander bestand.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_importflows.py" />
            <source>{} labels matched no zone and were skipped; see the report.</source>
            <translation>{} labels hoorden bij geen zone en zijn overgeslagen; zie het rapport.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_load.py" />
            <source>{} layer '{}' in {}</source>
            <translation>{}laag '{}' in {}</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_periods.py" />
            <source>{} links kept; statuses: {}</source>
            <translation>{} relaties behouden; status: {}</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_links.py" />
            <source>{} node(s) without a positive mass were left out.</source>
            <translation>{} knooppunt(en) zonder positieve massa zijn weggelaten.</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_flows.py" />
            <source>{} of {} lines kept.</source>
            <translation>{} van {} lijnen behouden.</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_routes.py" />
            <source>{} of {} pairs cannot be reached over the network (unconnected parts); their cost is NULL.</source>
            <translation>{} van {} paren zijn niet over het netwerk bereikbaar (niet-verbonden delen); hun kosten zijn NULL.</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_routes.py" />
            <source>{} point(s) lie more than {:g} from the road network and are left off it (NULL costs): {}.</source>
            <translation>{} punt(en) liggen meer dan {:g} van het wegennet en blijven erbuiten (kosten NULL): {}.</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_routes.py" />
            <source>{} point(s) lie more than {:g} from the road network: {}.</source>
            <translation>{} punt(en) liggen meer dan {:g} van het wegennetwerk: {}.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_boundaries.py" />
            <source>{} sent an empty answer or did not answer in time; try again later, or raise the network timeout in Settings &gt; Options &gt; Network.</source>
            <translation>{} stuurde een leeg antwoord of antwoordde niet op tijd; probeer het later opnieuw, of verhoog de netwerktime-out in Instellingen &gt; Opties &gt; Netwerk.</translation>
        </message>
        <message>
            <location filename="../../algorithms/base.py" />
            <source>{} stopped on an unexpected error ({}: {}). Check the inputs; if they are right, report this with the details from the message log (tab '{}').</source>
            <translation>{} stopte door een onverwachte fout ({}: {}). Controleer de invoer; klopt die, meld dit dan met de details uit het berichtenlogboek (tabblad '{}').</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_scenario.py" />
            <source>{} zone(s) reach no city (off the road network or without costs) and stay out: {}.</source>
            <translation>{} zone(s) bereiken geen enkele stad (buiten het wegennet of zonder kosten) en doen niet mee: {}.</translation>
        </message>
        <message>
            <location filename="../../algorithms/huff_base.py" />
            <source>{} zone(s) reach no city at all and get band 'none' without a dominant city: {}.</source>
            <translation>{} zone(s) bereiken geen enkele stad en krijgen band 'none' zonder dominante stad: {}.</translation>
        </message>
        <message>
            <location filename="../../algorithms/change_periods.py" />
            <source>{} zone(s) switched dominant city between {} and {}: {}</source>
            <translation>{} zone(s) wisselden van dominante stad tussen {} en {}: {}</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_boundaries.py" />
            <source>{} {} boundaries of {}</source>
            <translation>{}-grenzen ({}) van {}</translation>
        </message>
        <message>
            <location filename="../../algorithms/base.py" />
            <source>{}: cannot read or write {}: {}. Check the path, its permissions and the free disk space.</source>
            <translation>{}: kan {} niet lezen of schrijven: {}. Controleer het pad, de rechten en de vrije schijfruimte.</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_routes.py" />
            <source>{}: code(s) {} occur more than once in field '{}'; every cost row would be ambiguous. Give every point a unique code (remove or rename the duplicates).</source>
            <translation>{}: code(s) {} komen meer dan eens voor in veld '{}'; elke kostenrij zou dubbelzinnig zijn. Geef elk punt een unieke code (verwijder of hernoem de dubbele).</translation>
        </message>
        <message>
            <location filename="../../qgis_io/frames.py" />
            <source>{}: feature {} has an invalid geometry; run 'Fix geometries' first.</source>
            <translation>{}: object {} heeft een ongeldige geometrie; voer eerst 'Geometrieën repareren' uit.</translation>
        </message>
        <message>
            <location filename="../../qgis_io/frames.py" />
            <source>{}: feature {} has no geometry; remove it or give it one.</source>
            <translation>{}: object {} heeft geen geometrie; verwijder het of geef het er een.</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_load.py" />
            <source>{}: field '{}' holds text, it must be numeric; convert it to a number field.</source>
            <translation>{}: veld '{}' bevat tekst, het moet numeriek zijn; zet het om naar een getalveld.</translation>
        </message>
        <message>
            <location filename="../../qgis_io/frames.py" />
            <source>{}: field '{}' of feature {} is empty or not a number ({}); fill in a number.</source>
            <translation>{}: veld '{}' van object {} is leeg of geen getal ({}); vul een getal in.</translation>
        </message>
        <message>
            <location filename="../../algorithms/base.py" />
            <source>{}: its coordinates ({}) lie far outside the area of use of its CRS {} ({}). The declared CRS does not fit the coordinates: set the layer's real CRS (Layer Properties &gt; Source) or reproject it.</source>
            <translation>{}: de coördinaten ({}) liggen ver buiten het gebruiksgebied van het CRS {} ({}). Het opgegeven CRS past niet bij de coördinaten: stel het echte CRS van de laag in (Laageigenschappen &gt; Bron) of projecteer de laag opnieuw.</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_profile.py" />
            <source>{}: no within-city flow (origin = destination) for {}; their self-containment is 0 %.</source>
            <translation>{}: geen stroom binnen de stad (herkomst = bestemming) voor {}; hun zelfvoorziening is 0 %.</translation>
        </message>
        <message>
            <location filename="../../algorithms/base.py" />
            <source>{}: out of memory. Use fewer zones or cities, or choose fewer fields per city.</source>
            <translation>{}: onvoldoende geheugen. Gebruik minder zones of steden, of kies minder velden per stad.</translation>
        </message>
        <message>
            <location filename="../../qgis_io/indicators.py" />
            <source>{}: row {} has no valid year; fill in the year column.</source>
            <translation>{}: rij {} heeft geen geldig jaar; vul de jaarkolom in.</translation>
        </message>
        <message>
            <location filename="../../qgis_io/sources.py" />
            <source>{}: {}</source>
            <translation>{}: {}</translation>
        </message>
        <message>
            <location filename="../../algorithms/data_load.py" />
            <source>{}: {} features</source>
            <translation>{}: {} objecten</translation>
        </message>
        <message>
            <location filename="../../algorithms/base.py" />
            <location filename="../../algorithms/catchments_calibrate.py" />
            <source>α (attractiveness exponent)</source>
            <translation>α (exponent van de aantrekkelijkheid)</translation>
        </message>
        <message>
            <location filename="../../algorithms/catchments_calibrate.py" />
            <source>α = {:.4f} (se {:.4f}), β = {:.4f} (se {:.4f}), pseudo-R² {:.3f}, SRMSE {:.3f}, agreement {:.1%}</source>
            <translation>α = {:.4f} (sf {:.4f}), β = {:.4f} (sf {:.4f}), pseudo-R² {:.3f}, SRMSE {:.3f}, overeenstemming {:.1%}</translation>
        </message>
        <message>
            <location filename="../../ui/workbench.py" />
            <source>α = {}, β = {}.</source>
            <translation>α = {}, β = {}.</translation>
        </message>
        <message>
            <location filename="../../algorithms/base.py" />
            <location filename="../../algorithms/catchments_calibrate.py" />
            <source>β (distance decay)</source>
            <translation>β (afstandsverval)</translation>
        </message>
        <message>
            <location filename="../../algorithms/network_links.py" />
            <source>β without flows</source>
            <translation>β zonder stromen</translation>
        </message>
    </context>
</TS>
