/// The help texts in Dutch (see `HelpText`), worded as a teacher reads them.
extension HelpText {
    /// The help in Dutch.
    var dutch: String {
        switch self {
        case .analyse: "Toon de netwerkcijfers van een lijst verbindingen (CSV met de kolommen bron en doel)."
        case .analyseDiscussion:
            """
            Het bestand is CSV met een kopregel die de kolommen bron en doel noemt (of source en target, van \
            en naar; in elke volgorde), met eventueel onderwerp (topic) en gewicht (weight). Het wordt \
            gelezen zoals knooppunt import survey bestanden leest: gescheiden door komma, puntkomma of tab; \
            UTF-8 (met of zonder byte-order mark), UTF-16 of Windows-1252. Elke regel is één verbinding van \
            bron naar doel; de namen zijn de mensen. \
            Cijfers: hechtheid (dichtheid), wederkerigheid, componenten, geïsoleerden, subgroepen (Louvain, \
            vaste seed) met hun modulariteit, en per persoon de in- en uitgraad, tussenpositie en rol. Een \
            fout in het bestand geeft één regel die de regel van het bestand noemt, en afsluitstatus 2.
            """
        case .analyseFile:
            "De lijst verbindingen: een CSV-bestand met een kopregel die bron en doel noemt (of source en target)."
        case .analyseUndirected:
            "Lees verbindingen als wederzijdse banden in plaats van keuzes in één richting."
        case .analyseJson: "Toon de cijfers als één JSON-object in plaats van tekst."
        case .analyseTopic:
            "Gebruik alleen de regels met dit onderwerp; iedereen in het bestand blijft een knoop."
        case .conflicts: "Toon de open samenvoegconflicten van een sectie, of beslis er één."
        case .conflictsId: "Beslis het conflict met deze id (de eerste kolom van de lijst)."
        case .conflictsKeep: "Met --id: houd de huidige waarde (current) of neem de andere (other)."
        case .demo:
            "Maak de demosectie \"Sectie Engels\" (slug sectie-engels): de sectie Engels uit de casus van de methode."
        case .demoDiscussion:
            """
            Zeven docenten, vier initiatieven in hun stap met hun geschiedenis, zes overleggen en de \
            jaaragenda van figuur 3.3. Zonder --force blijft een bestaande sectie sectie-engels onaangeroerd \
            en mislukt de opdracht; met --force wordt ze vervangen en blijft het oude bestand bewaard als \
            eerdere versie (zie `knooppunt restore`).
            """
        case .demoForce:
            "Vervang een bestaande sectie sectie-engels door een nieuwe demo (het oude bestand blijft bewaard)."
        case .dimensies: "Leg de kruisjes van één lid vast op de elf indicatoren van het dimensieraamwerk."
        case .dimensiesDiscussion:
            """
            Elf posities van 0 (de eerste pool) tot 10 (de tweede), in de volgorde 1a 1b 2a 2b 3a 3b 3c 4a \
            4b 4c 4d (zie `knooppunt show dimensies` voor de polen). Het is een gespreksinstrument, geen \
            toets: geen positie is goed of fout. Net als bij de thermometer bewaart de sectie het antwoord \
            zonder de persoon, en onthoudt deze computer welk antwoord van wie is.
            """
        case .dimensiesScores: "Elf posities 0-10 in de volgorde 1a-4d."
        case .exportAgenda: "De agenda van één overleg, om naar de sectie te mailen."
        case .meetingNumber: "Het nummer van het overleg (overleg N)."
        case .exportCalendar:
            "De overleggen (en met --with-tasks de routinetaken) als iCalendar-bestand (.ics)."
        case .exportCalendarDiscussion:
            """
            Elk overleg houdt zijn UID; is een overleg veranderd sinds de vorige export op deze computer, \
            dan gaat zijn SEQUENCE omhoog, zodat agenda's de afspraak bijwerken in plaats van er een tweede \
            bij te zetten. Wat het laatst geëxporteerd is, staat in $XDG_STATE_HOME/knooppunt (anders \
            ~/.local/state/knooppunt).
            """
        case .exportCalendarWithTasks: "Ook de routinetaken, als taken met hun datum."
        case .export:
            "Exporteer een agenda, notulen, de jaaragenda, een initiatief, de kalender, een netwerk of een instrument."
        case .exportDiscussion:
            """
            Elke export schrijft naar standaarduitvoer, tenzij -o BESTAND gegeven is. Negatieve banden en \
            privénotities blijven weg, tenzij erom gevraagd wordt (--sensitive, --private); --pseudonyms \
            vervangt elke naam door een vast pseudoniem.
            """
        case .exportInitiative:
            "Eén pagina over een initiatief: eigenaar, doel, aanpak, proef, ervaringen, geschiedenis, mensen."
        case .exportThermometer:
            "De relatie-thermometer: per groep en ronde het aantal per score en de gemiddelden."
        case .exportThermometerGroup: "Alleen deze groep (standaard: elke groep)."
        case .exportDimensies:
            "Het dimensieraamwerk: per ronde en indicator de kruisjes per plek en het gemiddelde."
        case .exportReview: "De halfjaarlijkse terugblik op één pagina."
        case .exportInterventies: "De interventies die bij elke sociogrammeting zijn afgesproken."
        case .exportJaaragenda: "De jaaragenda: elk overleg met zijn vier kolommen."
        case .exportMinutes:
            "De notulen van één overleg: wie er waren, aantekeningen, besluiten, actiepunten."
        case .exportNetwork:
            "Een sociogram, ecogram of netwerkanalyse voor Gephi, yEd, Graphviz, een rekenblad of op papier."
        case .exportNetworkDiscussion:
            """
            De posities zijn die van het scherm. CSV geeft de tabel van de knopen, --ties die van de banden \
            en --matrix de sociomatrix. Negatieve banden en privénotities blijven weg, tenzij --sensitive of \
            --private gegeven is.
            """
        case .exportNetworkSociogram: "Een sociogram, bij (een deel van) zijn naam."
        case .exportNetworkEcogram: "Een ecogram, bij (een deel van) zijn naam."
        case .exportNetworkAnalysis: "Een netwerkanalyse, bij (een deel van) haar naam."
        case .exportNetworkTopic: "Alleen bij een sociogram: één onderwerp; standaard alle onderwerpen samen."
        case .exportNetworkMeasurement:
            "Alleen bij een sociogram: de meting bij haar datum (JJJJ-MM-DD of DD-MM-JJJJ) of nummer (1 = de eerste); standaard de laatste."
        case .exportNetworkFormat: "gexf, graphml, dot, svg of csv."
        case .exportNetworkGexf: "GEXF-versie: 1.3 (standaard) of 1.2 (voor NetworkX en oudere programma's)."
        case .exportNetworkTies: "CSV: de tabel van de banden in plaats van die van de knopen."
        case .exportNetworkMatrix: "CSV: de sociomatrix (wie koos wie) in plaats van de tabel van de knopen."
        case .exportNetworkSensitive: "Neem negatieve banden op (R, negatieve vragen)."
        case .exportNetworkPrivateNotes: "Neem privénotities op."
        case .exportOutput:
            "Schrijf naar dit bestand (helemaal vervangen, nooit half geschreven) in plaats van naar standaarduitvoer."
        case .exportPseudonyms: "Geef elke persoon een vast pseudoniem in plaats van de naam."
        case .forget:
            "Wis een persoon uit een sectie, uit de notities en uit de bewaarde versies op deze computer."
        case .forgetDiscussion:
            """
            Haalt de persoon weg met elke verwijzing naar haar (initiatiefnemer, betrokkene, eigenaar van \
            een taak, netwerken), vervangt haar volledige naam, een voornaam die alleen zij heeft en haar \
            initialen door [naam verwijderd] waar een tekst haar noemt, en herschrijft de bewaarde versies \
            van de sectie op deze computer op dezelfde manier. Zonder --yes toont de opdracht wat er zou \
            veranderen en vraagt ze het eerst (of verandert ze, zonder terminal, niets). Kopieën elders \
            (laptops van collega's, een gedeelde map, de geschiedenis van git) zijn buiten bereik en worden \
            aan het eind genoemd.
            """
        case .forgetPerson:
            "De persoon: volledige naam, initialen, voornaam of achternaam (hoofdletters en accenten tellen niet)."
        case .withoutAsking: "Doe het zonder te vragen."
        case .globalDataDir:
            "Map met de sectiebestanden (standaard: $KNOOPPUNT_DATA_DIR, anders $XDG_DATA_HOME/knooppunt, anders ~/.local/share/knooppunt)."
        case .globalLang:
            "Taal van de meldingen, weergaven en exports: nl of en (standaard: uit LANG, anders nl)."
        case .groslijst:
            "Houd de groslijst van een persoon bij: contacten die er zijn en gewenste, vóór een ecogram."
        case .groslijstDiscussion:
            """
            Elk contact is er al of is gewenst, positief of negatief, met een notitie. Gewenste contacten \
            staan gestippeld in het ecogram van de persoon; `schakel` maakt van een contact in één stap een \
            schakel van een netwerkanalyse. Negatieve markeringen en notities zijn gevoelig: `show \
            groslijst` laat ze weg, tenzij --sensitive gegeven is.
            """
        case .groslijstTargetPerson: "Van wie de lijst is: een persoon van de sectie."
        case .groslijstTargetContact: "Het contact: een persoon van de sectie of een andere naam."
        case .groslijstAdd: "Zet een contact op de groslijst van een persoon."
        case .groslijstAddWished: "Een contact dat de persoon graag zou hebben (standaard: een dat er al is)."
        case .groslijstAddNegative: "Markeer het contact als negatief (gevoelig)."
        case .groslijstAddNote: "Een notitie (gevoelig)."
        case .groslijstEdit: "Wijzig een contact: er al of gewenst, positief of negatief, de notitie."
        case .groslijstEditKind: "now (er al) of wished (gewenst)."
        case .groslijstEditMark: "positive (positief) of negative (negatief)."
        case .groslijstEditNote: "De notitie (leeg wist haar)."
        case .groslijstRemove: "Haal een contact van de groslijst van een persoon."
        case .groslijstSchakel: "Maak in één stap van een contact een schakel van een netwerkanalyse."
        case .groslijstSchakelAnalysis: "De netwerkanalyse (haar naam, of een deel ervan)."
        case .importData: "Lees gegevens in een sectie in."
        case .importPeople:
            "Lees een personeelslijst (CSV) in: werk de mensen bij die erin staan, voeg nieuwe toe, verwijder niemand."
        case .importPeopleDiscussion:
            """
            Kolommen: Naam (of Voornaam, Tussenvoegsel, Achternaam), Afkorting of Initialen, Vak; elke \
            andere kolom (bouw, team, gender, …) wordt een kenmerk, dat het sociogram gebruikt voor de \
            kleuren en de E-I-index. Mensen worden gevonden zoals overal (volledige naam, initialen, \
            voornaam, achternaam; hoofdletters, accenten en IJ tellen niet). Namen worden nooit veranderd en \
            niemand wordt verwijderd. Een naam die bij meer mensen past, of twee regels voor één persoon, \
            houden de import tegen. Gelezen zoals de import van een enquête bestanden leest.
            """
        case .importPeopleFile: "De personeelslijst zoals een rekenblad haar schreef."
        case .importPeopleDryRun: "Toon wat er zou veranderen; schrijf niets."
        case .importSurvey:
            "Lees een sociogram-enquête in (de CSV-export van een formulier): één onderwerp per vraagkolom."
        case .importSurveyDiscussion:
            """
            Leest de export zoals hij komt: UTF-8 (met of zonder BOM), UTF-16 (Unicode-tekst van Excel) of \
            Windows-1252; gescheiden door komma, puntkomma of tab. De kolommen die Microsoft Forms, Google \
            Forms en LimeSurvey toevoegen (ID, Begintijd/Start time, Tijd van voltooien/Completion time, \
            E-mail, Tijdstempel/Timestamp, …) worden overgeslagen; de kolom van de invuller wordt gevonden \
            aan haar kop (Naam, Name, Wat is je naam?) of genoemd met --name-column. Elke andere kolom is een \
            vraag; haar onderwerp komt uit de tekst van de vraag ("… advies over didactiek?" → didactiek), \
            uit --column, of uit --topic als er één vraag is. Cellen met meer namen worden gesplitst op ; en \
            op komma's. Namen worden gekoppeld aan de mensen van de sectie zonder op hoofdletters, accenten \
            en IJ te letten, op volledige naam, initialen, voornaam of achternaam; een naam die bij niemand \
            past houdt de import tegen (met een voorstel als er een dichtbij ligt), tenzij --add-unknown of \
            --skip-unknown. De meting is die met een datum binnen de tijden van invullen in het bestand, \
            anders een nieuwe met de laatste van die tijden als datum. Wie twee keer antwoordde telt één \
            keer, met het laatste antwoord. Hetzelfde bestand twee keer inlezen verandert niets. --dry-run \
            toont dit alles en schrijft niets.
            """
        case .importSurveyFile: "Het CSV-bestand zoals het formulierprogramma of rekenblad het schreef."
        case .importSurveyTopic: "Het onderwerp van de enige vraag in het bestand, bijvoorbeeld zorg."
        case .importSurveyNameColumn: "De kop (of letter) van de kolom met de naam van de invuller."
        case .importSurveyColumns: "Het onderwerp van één vraagkolom, bij haar kop of letter (mag vaker)."
        case .importSurveyMeasurement:
            "Voeg toe aan de bestaande meting van deze datum (2027-01-15 of 15-1-2027)."
        case .importSurveyNewMeasurement: "Begin een nieuwe meting op deze datum (2027-01-15 of 15-1-2027)."
        case .importSurveySociogram:
            "Het sociogram om in in te lezen (standaard: het eerste; er wordt er een gemaakt als er geen is)."
        case .importSurveyAddUnknown: "Voeg namen die bij niemand passen toe als nieuwe mensen van de sectie."
        case .importSurveySkipUnknown: "Laat namen die bij niemand passen weg, en noem ze."
        case .importSurveyDryRun:
            "Toon hoe het bestand gelezen wordt en wat er ingelezen zou worden; schrijf niets."
        case .respondentPerson:
            "Wie antwoordt: volledige naam, initialen, voornaam of achternaam (hoofdletters en accenten tellen niet)."
        case .respondentDate: "De dag van de ronde (standaard: vandaag)."
        case .interface: "Open de interface (dat doet `knooppunt` alleen ook)."
        case .interfaceDiscussion:
            """
            Toetsen: ? hulp · q stoppen (alles is al bewaard) · 1 stappenplan · 2 jaaragenda · \
            m overlegstand · u ongedaan maken · Ctrl-R opnieuw. NO_COLOR=1 tekent zonder kleur.
            """
        case .interfaceSection:
            "Open meteen deze sectie (haar bestandsnaam zonder .json, zoals `knooppunt sections` die toont)."
        case .interventie: "Leg vast wat de sectie na een sociogrammeting heeft afgesproken."
        case .interventieDiscussion:
            """
            Interventies horen bij één meting van een sociogram (standaard: het eerste sociogram en zijn \
            laatste meting). `knooppunt show interventies` toont ze met hun nummers en wat er bij de \
            volgende meting veranderd is.
            """
        case .interventionSociogram: "Het sociogram (standaard: het eerste)."
        case .measurementNumber: "Welke meting, 1 = de eerste; standaard de laatste."
        case .numberedInterventionNumber: "Welke interventie, met het nummer dat `show interventies` geeft."
        case .interventieAdd: "Spreek een nieuwe interventie af bij een meting."
        case .interventieAddWhat: "Wat de sectie gaat doen."
        case .interventieAddWho:
            "Wie het oppakt: een persoon van de sectie (volledige naam, initialen, voornaam) of woorden als \"de mentoren\"."
        case .interventieAddBy: "Uiterlijk wanneer, bijvoorbeeld 2027-03-15 of 15-3-2027."
        case .interventieEdit:
            "Wijzig wat, wie of uiterlijk wanneer van een interventie (leeg wist wie en wanneer)."
        case .interventieEditWho: "Wie het oppakt (leeg: niemand in het bijzonder)."
        case .interventieEditBy: "Uiterlijk wanneer (leeg: geen datum)."
        case .interventieDone: "Markeer een interventie als gedaan (of weer open met --undo)."
        case .interventieDoneUndo: "Markeer haar weer als open."
        case .interventieRemove: "Verwijder een interventie."
        case .knooppunt:
            "Netwerkleren voor een sectie van docenten: stappenplan, jaaragenda, ecogram en sociogram."
        case .mergeDriver:
            "Voeg drie versies van een sectiebestand samen (git roept dit aan; zie `knooppunt share init`)."
        case .mergeDriverBase: "Het bestand van de gemeenschappelijke voorganger (%O)."
        case .mergeDriverOurs: "Onze versie (%A); het resultaat komt hier te staan."
        case .mergeDriverTheirs: "Hun versie (%B)."
        case .mergeDriverPath: "Het pad van het bestand in de repository (%P), voor de meldingen."
        case .networkShowName: "Welk netwerk, bij (een deel van) zijn naam; standaard het eerste."
        case .networkShowHeight: "Hoogte van de tekening in regels (12-500)."
        case .networkShowSensitive:
            "Toon ook negatieve banden en privénotities (nooit op een gedeeld scherm)."
        case .newSection: "Maak een lege sectie en toon haar slug (de naam van haar bestand)."
        case .newSectionDiscussion:
            """
            De slug wordt gemaakt uit de naam: kleine letters, cijfers en streepjes, zonder accenten \
            ("Sectie Économie" → sectie-economie). Namen zijn hoogstens 200 tekens lang en mogen geen \
            stuurtekens of tekens voor de schrijfrichting bevatten.
            """
        case .newSectionName: "De naam van de sectie, bijvoorbeeld \"Sectie Frans\"."
        case .newSectionSchool: "De naam van de school."
        case .newSectionSchoolYear: "Het schooljaar, bijvoorbeeld 2026-2027."
        case .purge: "Verwijder sociogrammetingen en bewaarde versies van vóór een datum."
        case .purgeDiscussion:
            """
            Toont wat er weggaat en vraagt het eerst (--yes doet het zonder te vragen). De metingen gaan uit \
            de sectie en uit haar bewaarde versies; bewaarde versies van vóór de datum worden gewist.
            """
        case .purgeBefore: "Verwijder wat ouder is dan deze dag (JJJJ-MM-DD of DD-MM-JJJJ)."
        case .restore:
            "Toon de bewaarde versies van een sectie, of ga terug naar de versie die op een tijdstip bewaard was."
        case .restoreDiscussion:
            """
            Bij elke keer opslaan wordt op deze computer een versie bewaard: alle van het laatste kwartier, \
            één per uur gedurende twee dagen, één per dag gedurende 60 dagen, en altijd de nieuwste 20. \
            Tijden zijn plaatselijke tijd.
            """
        case .restoreList: "Toon de bewaarde versies, elk met wat er anders is dan in de sectie nu."
        case .restoreAt: "Ga terug naar de nieuwste versie die op of vóór deze plaatselijke tijd bewaard is."
        case .sectionSection: "De slug of naam van de sectie (zie `knooppunt sections`)."
        case .sections: "Toon de secties: slug, naam, aantal mensen, initiatieven en overleggen."
        case .sectionsDiscussion:
            """
            Een bestand dat niet te lezen is, staat er ook bij, met één regel op stderr die het bestand en \
            de plek van de fout noemt; de andere secties worden gewoon getoond, en de afsluitstatus is dan \
            1, zodat scripts het merken.
            """
        case .sectionsJson: "Toon JSON: {\"sections\": [...], \"unreadable\": [{\"slug\", \"error\"}]}."
        case .share: "Deel de gegevensmap met collega's via git."
        case .shareInit:
            "Maak van de gegevensmap een gedeelde git-repository (of neem er een over), eventueel met een remote."
        case .shareInitRemote:
            "Waar collega's haar delen: elke git-remote (een kale repository op een netwerkschijf, een server)."
        case .shareClone:
            "Haal een gedeelde gegevensmap op van haar remote en meld de samenvoeger bij git aan."
        case .shareCloneUrl: "De gedeelde repository (elke git-remote)."
        case .show: "Toon een weergave als platte tekst (voor verslagen, mail en scripts)."
        case .showDimensies: "Toon het dimensieraamwerk: waar de kruisjes vallen per indicator, per ronde."
        case .roundsJson: "Toon de rondes als JSON."
        case .showEcogram:
            "Toon een ecogram: het netwerk van een persoon in ringen, met relatieletters (K G E R)."
        case .showEcogramDiscussion:
            "Negatieve banden (R) en privénotities blijven weg, tenzij --sensitive gegeven is."
        case .showGroslijst: "Toon de groslijst van een persoon: contacten die er zijn en gewenste."
        case .showGroslijstDiscussion:
            "Negatieve markeringen en notities blijven weg, tenzij --sensitive gegeven is."
        case .showGroslijstSensitive: "Toon negatieve markeringen en notities."
        case .showInitiative: "Toon één initiatief met elk veld, zijn geschiedenis en ervaringen."
        case .chosenInitiative:
            "Het initiatief: zijn id, zijn titel, of een uniek deel van de titel van minstens drie letters (hoofdletters en accenten tellen niet)."
        case .showInterventies:
            "Toon de interventies die bij een sociogrammeting zijn afgesproken en wat er bij de volgende veranderd is."
        case .showInterventiesJson: "Toon de interventies als JSON."
        case .showJaaragenda: "Toon de jaaragenda: overleggen als regels, de vier kolommen van de jaaragenda."
        case .showJaaragendaFormat: "text (de agenda), tsv of json (één regel of object per punt)."
        case .showMeeting: "Toon één overleg: zijn punten per kolom en de routinetaken."
        case .showMeetingNumber: "Het nummer van het overleg (overleg K)."
        case .showMetrics: "Toon de cijfers van een sociogram, elk met wat het voor de sectie betekent."
        case .showNetwerkanalyse:
            "Toon een netwerkanalyse: het initiatief, zijn schakels (i p s l g) en ingrediënten."
        case .showPerson: "Toon de initiatieven van één persoon: stap, wat er nu komt, het volgende overleg."
        case .showPersonName:
            "De persoon: volledige naam, initialen, voornaam, achternaam, of een deel van de naam (hoofdletters en accenten tellen niet)."
        case .showPersonShowPrivate: "Toon ook de privénotitie van de persoon (niet om te delen)."
        case .showReview:
            "Toon de halfjaarlijkse terugblik: open initiatieven, verstreken streefdata, evaluaties van overleggen, de laatste rondes van de instrumenten, successen."
        case .showSociogram: "Toon een sociogram: wie kiest wie, per onderwerp of alle onderwerpen samen."
        case .showSociogramDiscussion:
            "Negatieve keuzes en privénotities blijven weg, tenzij --sensitive gegeven is."
        case .sociogramSelectionTopic:
            "Alleen dit onderwerp (bijvoorbeeld zorg); standaard alle onderwerpen samen."
        case .showStappenplan: "Toon het bord van het stappenplan: elk initiatief in zijn stap."
        case .showStappenplanDiscussion:
            "Als tekst is het het bord van de interface in banen van kolommen; `!` markeert een stap waarvan het verslag ontbreekt."
        case .showStappenplanFormat: "text (het bord), tsv of json (één regel of object per initiatief)."
        case .showStappenplanDropped: "Toon ook losgelaten initiatieven op het bord als tekst."
        case .showThermometer:
            "Toon de relatie-thermometer van een groep: spreiding en gemiddelde per stelling, per ronde."
        case .showThermometerGroup: "De groep (standaard: de hele sectie)."
        case .showViewWidth: "Breedte van de tekst in kolommen (40-1000)."
        case .showViewPseudonyms:
            "Noem mensen bij een vast pseudoniem in plaats van hun naam (voor een beamer of een verslag)."
        case .showViewInitials: "Noem mensen bij hun initialen in plaats van hun naam."
        case .step: "Zet een initiatief een stap verder of terug, of sluit het af of laat het los."
        case .stepDiscussion:
            """
            Mag: één stap vooruit, terug naar elke eerdere stap (back --to 8 na stap 10 voor een nieuwe \
            proef), afsluiten vanaf stap 9 of 10, loslaten vanuit elke stap, en terug vanuit een afgesloten \
            of losgelaten initiatief om het weer te openen. Een stap waarvan het verslag nog leeg is \
            (eigenaar bij 1, betrokkenen bij 2, doel en datum bij 4, proefafspraken bij 8, ervaringen bij 9, \
            een criterium om af te sluiten) houdt een stap vooruit of het afsluiten tegen, tenzij --force \
            gegeven is. De stap wordt bewaard met de versie die gelezen was: heeft iemand anders de sectie \
            intussen opgeslagen, dan wordt er niets geschreven en hoor je het opnieuw te proberen.
            """
        case .stepMove: "next (verder), back (terug), close (afsluiten) of drop (loslaten)."
        case .stepTo: "Met back: de stap (0-10) om naar terug te gaan, bijvoorbeeld 8 voor een nieuwe proef."
        case .stepNote: "Een notitie voor de geschiedenis: wat er besloten is, of waarom."
        case .stepOn:
            "De dag van de stap, JJJJ-MM-DD of DD-MM-JJJJ (standaard: vandaag); niet vóór de laatst vastgelegde wijziging. Een dag na vandaag wordt eerst gevraagd (of heeft --yes nodig)."
        case .stepForce: "Zet de stap ook als verslagen die de stap vraagt nog leeg zijn."
        case .stepYes: "Met --on: neem een dag na vandaag aan zonder te vragen."
        case .sync:
            "Deel je wijzigingen en haal die van collega's binnen (git), of voeg de conflictkopieën van een gesynchroniseerde map samen."
        case .syncMessage: "De commitboodschap (standaard: een samenvatting van wat er veranderd is)."
        case .thermometer: "Leg de scores van één lid op de relatie-thermometer vast en toon hun som en band."
        case .thermometerDiscussion:
            """
            Vier scores van 1 tot 5, in de volgorde vertrouwen, normen, werkafspraken, identificatie. De som \
            (4-20) valt in band 1 (4-8, bijna failliet), 2 (9-13, gemiddeld) of 3 (14-20, rijk aan \
            relaties). Het sectiebestand bewaart het antwoord onder een willekeurige id, zonder de persoon; \
            deze computer onthoudt welke id van wie is (in $XDG_STATE_HOME/knooppunt), zodat wie in dezelfde \
            ronde opnieuw antwoordt het antwoord verandert.
            """
        case .thermometerGroup:
            "De groep die je voor ogen hebt (standaard: de hele sectie); een nieuwe naam begint een nieuwe groep."
        case .thermometerScores: "Vier scores 1-5, bijvoorbeeld 4,3,5,2."
        case .thermometerJson: "Toon {\"sum\": N, \"band\": 1|2|3} in plaats van een zin."
        }
    }
}
