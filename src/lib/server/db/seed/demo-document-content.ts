// Demo content of the draft concept "Fortschreibung Handlungskonzept Wohnen" (Bochum): two versions of
// seven chapters and the citizen/Allianz comments on them. Written in our own words from the facts in the
// seed documents (shared/seeds/000_… and 004_…); all figures are plausible round draft estimates, not
// official statistics. Every paragraph is a single Markdown line; chapters use headings from level 2 only.
//
// Version 2 ("Entwurf, Fassung 2") is derived from version 1 by the edits below (see buildVersion2()).
// Exactly these edits, nothing else:
//   1. quartiere (3) – first paragraph "Alle Bochumerinnen und Bochumer sollen …": small wording change
//      ("gut und gesund" → "gut, sicher und gesund"; "…sie leben und wie hoch…" → "…sie leben, wie alt sie
//      sind und wie hoch…"); all words of version 1 are kept, so its comments re-attach.
//   2. bestand (5) – typo fix in "Die Stadt wird gemeinsam mit den Stadtwerken …": "Beratungstelle" →
//      "Beratungsstelle".
//   3. bilanz (1) – two paragraphs swapped in "## Was gut funktioniert hat": "Als größter Erfolg gilt …"
//      and "Die jährliche Wohnungsmarktbeobachtung …" change places.
//   4. bestand (5) – paragraph split: "Für ältere Menschen ist neben der Wohnung …" becomes two paragraphs;
//      the second one starts "Zugleich braucht es mehr Wohnungen mit Service …".
//   5. wohnformen (6) – paragraph deleted: "Denkbar ist auch, leerstehende Ladenlokale …" (its comment
//      cannot be re-attached and becomes "nicht zugeordnet").
//   6. markt (2) – new paragraph added after "Mit der Ruhr-Universität, der Hochschule …":
//      "Auszubildende haben es oft noch schwerer …".
//   7. bezahlbar (4) – quota changed from 30 % to 25 % in "Der Entwurf schlägt vor, dass bei allen …",
//      with an added sentence explaining why ("In der Werkstatt der Allianz …"); the programme item 1 in
//      programm (7) follows ("mindestens 30 %" → "mindestens 25 %").
//   8. programm (7) – measure added: "11. **Wohnraum für Studierende und Auszubildende:** …".

export interface DemoChapter {
	key: string;
	number: string;
	title: string;
	markdown: string;
}

export interface DemoVersion {
	label: string;
	chapters: DemoChapter[];
}

export interface DemoComment {
	chapterKey: string;
	version: 1 | 2;
	/** The first 20–40 characters of the paragraph's text (without list/quote markers) in that version. */
	paragraphStartsWith?: string;
	author: 'buerger' | 'allianz' | 'citizen2' | 'citizen3';
	body: string;
	state: 'published' | 'pending' | 'rejected';
	rejectionReason?: string;
	/** Index into DEMO_COMMENTS of the parent comment (always an earlier entry). */
	replyTo?: number;
}

// ---------------------------------------------------------------------------------------------------
// Version 1
// ---------------------------------------------------------------------------------------------------

const BILANZ_V1 = `Im November 2017 hat der Rat der Stadt Bochum das Handlungskonzept Wohnen beschlossen. Es war seit vielen Jahren die erste umfassende wohnungspolitische Strategie der Stadt und verband Ziele für den Neubau, für den Wohnungsbestand und für die soziale Wohnraumversorgung. Sein Handlungsprogramm wurde zur Grundlage der Kernaktivität „In Bochum zu Hause – Wohnungsbauoffensive“ der Bochum Strategie. Damit erhielt das Thema Wohnen einen festen Platz in der gesamtstädtischen Steuerung, mit Zielzahlen, regelmäßigen Berichten und klaren Zuständigkeiten.

Mit dem Einstieg in die Evaluation und Fortschreibung wurde die Kernaktivität abgeschlossen. Ein Abschlussbericht fasst ihre Ergebnisse zusammen; er ist im Jahresbericht 2023 zu den Kernaktivitäten der Bochum Strategie nachzulesen. Die folgende Bilanz greift diesen Bericht auf und ergänzt ihn um die Rückmeldungen aus der Beteiligung. Sie betrachtet die Maßnahmen, die zwischen Ende 2017 und Ende 2022 angestoßen wurden, und fragt jeweils, was erreicht wurde, wo es hakte und was daraus für das neue Konzept folgt.

## Wie die Bilanz entstanden ist

Zu Beginn des Jahres 2023 hat die Verwaltung alle Maßnahmen des Handlungsprogramms intern gesichtet und bewertet. Grundlage waren Förderstatistiken, Baufertigstellungen, Angaben der Wohnungsunternehmen und Einschätzungen der beteiligten Fachämter. Dabei zeigte sich, dass nicht jede Maßnahme mit Kennzahlen messbar ist: Beratungsangebote oder Netzwerke wirken oft indirekt und zeitversetzt. Wo belastbare Zahlen fehlen, stützt sich die Bewertung deshalb auf die Einschätzungen der Beteiligten.

Der Prozess wird von einem Begleitgremium begleitet, das der Rat im Jahr 2022 eingesetzt hat. Ihm gehören Politikerinnen und Politiker, Bürgerinnen und Bürger, Fachleute aus Wissenschaft und Wohnungswirtschaft sowie Mitarbeitende der Verwaltung an. Das Gremium hat die Zwischenergebnisse der Bilanz beraten, Fragen zur Methodik gestellt und empfohlen, welche Themen im neuen Konzept vertieft werden sollen.

Hinzu kam eine breite Beteiligung. Im Mai und Juni 2023 konnten sich alle Interessierten online und bei Terminen vor Ort einbringen; in drei Wochen gingen rund 450 Beiträge ein. Im September 2023 diskutierten die Akteurinnen und Akteure der Bochumer Allianz für Wohnen in einer Werkstatt, welche Instrumente sich bewährt haben und wo nachgesteuert werden muss. Anfang 2024 folgt eine abschließende Informations- und Beteiligungsphase zu diesem Entwurf.

## Umsetzungsstand ausgewählter Maßnahmen

Die Tabelle zeigt eine Auswahl von Maßnahmen aus dem Handlungsprogramm 2017 mit ihrem Umsetzungsstand zum Jahresende 2022. Die Einstufung ist bewusst grob gehalten und wird im weiteren Verfahren mit dem Begleitgremium abgestimmt. Die vollständige Liste aller Maßnahmen mit ihren Indikatoren wird als Anlage zum Konzept veröffentlicht.

| Maßnahme aus dem Handlungsprogramm 2017 | Stand Ende 2022 | Anmerkung (Entwurf) |
| --- | --- | --- |
| Bochumer Allianz für Wohnen gründen und verstetigen | umgesetzt | regelmäßige Treffen, gemeinsame Erklärung der Mitglieder |
| Jährlicher Bericht zur Wohnungsmarktbeobachtung | umgesetzt | wird von Politik und Wohnungswirtschaft genutzt |
| Baulandprogramm mit jährlicher Flächenbereitstellung | teilweise | Flächen oft später verfügbar als geplant |
| Quote für geförderten Wohnungsbau auf städtischen Flächen | teilweise | nur in einem Teil der Verfahren angewendet |
| Quartiersbezogenes Leerstandsmanagement | teilweise | Pilotvorhaben in Wattenscheid-Mitte |
| Förderprogramm für barrierearmen Umbau im Bestand | nicht umgesetzt | keine Haushaltsmittel bereitgestellt |

## Was gut funktioniert hat

Als größter Erfolg gilt, dass Wohnungsbau wieder ein gemeinsames Anliegen von Stadt, Wohnungswirtschaft und Politik geworden ist. Die Bochumer Allianz für Wohnen hat sich als Forum etabliert, in dem auch schwierige Fragen offen besprochen werden. Die Zahl der Baugenehmigungen ist im Bilanzzeitraum gegenüber den Jahren davor deutlich gestiegen, und mehrere größere Wohnbauflächen, etwa in Gerthe und Querenburg, sind planerisch vorangekommen.

Die jährliche Wohnungsmarktbeobachtung hat sich bewährt. Sie liefert verlässliche Daten zu Mieten, Leerständen, Bautätigkeit und zum Bestand an geförderten Wohnungen und wird von Politik, Verwaltung und Wohnungswirtschaft gleichermaßen genutzt. Ohne diese Datengrundlage wäre die vorliegende Fortschreibung kaum möglich gewesen.

## Was nicht funktioniert hat

Deutlich hinter den Erwartungen blieb der geförderte Wohnungsbau. Steigende Baukosten, höhere Zinsen und lange Planungsverfahren haben dazu geführt, dass weniger geförderte Wohnungen entstanden sind, als Jahr für Jahr aus der Bindung gefallen sind. Der Bestand an preisgebundenen Wohnungen ist damit weiter geschrumpft. Verwaltung, Begleitgremium und Allianz sehen hier übereinstimmend den größten Handlungsbedarf.

Kaum Fortschritte gab es außerdem beim altersgerechten Umbau im Bestand und bei der Aktivierung von Baulücken. Viele Eigentümerinnen und Eigentümer kleiner Grundstücke wurden nicht erreicht, und das geplante Förderprogramm für den barrierearmen Umbau kam mangels Haushaltsmitteln nicht zustande. Aus der Beteiligung kam zudem der Hinweis, dass viele Ziele des Konzepts von 2017 zu allgemein formuliert waren, um ihren Erfolg überprüfen zu können.

## Folgerungen für die Fortschreibung

Das neue Konzept soll deshalb weniger, dafür aber überprüfbare Ziele enthalten. Aus der Bilanz ergeben sich vier Grundsätze für die Fortschreibung:

- Jede Maßnahme erhält eine federführende Stelle, einen Zeithorizont und mindestens einen Indikator.
- Maßnahmen werden nur aufgenommen, wenn Personal und Haushaltsmittel für ihre Umsetzung absehbar sind.
- Die Umsetzung wird alle zwei Jahre in einem kurzen Bericht an den Rat dargestellt.
- Die Bochumer Allianz für Wohnen und das Begleitgremium werden bei der Erfolgskontrolle beteiligt.
`;

const MARKT_V1 = `Dieses Kapitel beschreibt, wie sich die Nachfrage nach Wohnungen in Bochum bis zum Jahr 2035 voraussichtlich entwickelt. Es stützt sich auf die Bevölkerungsprognose der Stadt, die Wohnungsmarktbeobachtung und Auswertungen von Mietangeboten. Die Ergebnisse bilden die Grundlage für die Ziele und Maßnahmen in den folgenden Kapiteln, insbesondere für den Neubaubedarf und die Quote für geförderten Wohnungsbau.

> **Hinweis zum Entwurf:** Alle Zahlen in diesem Kapitel sind vorläufige, gerundete Schätzungen. Sie werden bis zur Fertigstellung des Konzepts mit der aktuellen Bevölkerungsprognose und dem Wohnungsmarktbericht abgeglichen.

## Bevölkerung und Haushalte

Bochum hat rund 366.000 Einwohnerinnen und Einwohner. Nach Jahren des leichten Rückgangs ist die Bevölkerung seit etwa 2015 weitgehend stabil, vor allem durch Zuwanderung und die Anziehungskraft der Hochschulen. Die vorläufige Prognose geht davon aus, dass die Einwohnerzahl bis 2035 annähernd gleich bleibt, die Zahl der Haushalte aber um etwa 4.000 wächst, weil die Haushalte im Durchschnitt kleiner werden.

Schon heute lebt in fast jeder zweiten Bochumer Wohnung nur eine Person. Die durchschnittliche Haushaltsgröße liegt bei knapp 1,9 Personen und sinkt weiter. Gleichzeitig fehlen große, bezahlbare Wohnungen für Familien mit drei und mehr Kindern. Der Wohnungsmarkt muss also beides leisten: mehr kleine Wohnungen für Alleinlebende und gezielt große Wohnungen für Familien.

| Kennzahl (Entwurf, gerundet) | 2022 | Prognose 2035 |
| --- | --- | --- |
| Einwohnerinnen und Einwohner | rund 366.000 | rund 365.000 |
| Haushalte | rund 193.000 | rund 197.000 |
| Anteil der Menschen über 65 Jahre | rund 22 % | rund 25 % |
| Studierende an Bochumer Hochschulen | rund 55.000 | rund 50.000 |

## Ältere Menschen

Der Anteil der Menschen über 65 Jahre wird bis 2035 von rund 22 auf etwa 25 Prozent steigen; die Zahl der Hochbetagten über 80 Jahre wächst besonders stark. Die meisten älteren Menschen möchten so lange wie möglich in ihrer vertrauten Umgebung bleiben. Dafür fehlen vielerorts barrierearme Wohnungen, denn nur ein kleiner Teil des Bestands ist stufenlos erreichbar. Der Entwurf schätzt den zusätzlichen Bedarf auf mehrere tausend barrierearme Wohnungen bis 2035.

## Studierende und Auszubildende

Mit der Ruhr-Universität, der Hochschule Bochum und weiteren Hochschulen studieren in der Stadt rund 55.000 Menschen. Viele wohnen in Querenburg, in der Innenstadt und in Wiemelhausen, andere pendeln aus den Nachbarstädten. Das Angebot an Wohnheimplätzen deckt nur einen kleinen Teil der Nachfrage. Studierende konkurrieren deshalb mit anderen Haushalten mit geringem Einkommen um kleine, günstige Wohnungen.

## Mieten und Preise

Die Angebotsmieten sind zwischen 2017 und 2022 deutlich gestiegen, nach vorläufiger Auswertung um rund ein Viertel. Im Durchschnitt lagen sie zuletzt bei etwa 7,50 Euro je Quadratmeter nettokalt, im Neubau häufig bei 11 bis 13 Euro. Damit ist Bochum im Vergleich mit Düsseldorf oder Köln weiterhin günstig. Für Haushalte mit kleinem Einkommen wird die Suche nach einer passenden Wohnung aber spürbar schwieriger.

Auch die Preise für Eigentumswohnungen und Häuser sind im Bilanzzeitraum stark gestiegen und seit 2022 nur leicht gesunken. Für junge Familien mit mittlerem Einkommen bleibt der Erwerb einer eigenen Wohnung deshalb oft außer Reichweite. Viele von ihnen ziehen ins Umland, obwohl sie lieber in Bochum bleiben würden.

## Bedarf an neuen Wohnungen

Aus der Entwicklung der Haushalte, dem Ersatz nicht mehr nutzbarer Wohnungen und einer angemessenen Fluktuationsreserve ergibt sich ein vorläufiger Neubaubedarf von rund 800 bis 1.000 Wohnungen pro Jahr bis 2035. Etwa ein Drittel davon sollte im preisgebundenen Segment entstehen. Diese Spanne wird im weiteren Verfahren mit der Wohnungsmarktbeobachtung und den Einschätzungen der Allianz abgeglichen.

Der Leerstand ist mit rund 2,5 Prozent insgesamt niedrig, in einigen Quartieren wie Wattenscheid-Mitte oder Hamme aber höher als im städtischen Durchschnitt. Dort geht es weniger um zusätzliche Wohnungen als um die Qualität der vorhandenen Wohnungen und ihres Umfelds. Diese Unterschiede zwischen den Quartieren greift das folgende Kapitel auf.
`;

const QUARTIERE_V1 = `Alle Bochumerinnen und Bochumer sollen in ihrem Quartier gut und gesund wohnen können, unabhängig davon, in welchem Stadtteil sie leben und wie hoch ihr Einkommen ist. Dazu gehören eine ausreichend große Wohnung, Grün in der Nähe, schnelles Internet, Geschäfte und Arztpraxen in erreichbarer Entfernung sowie sichere und barrierefreie Wege. Das Konzept nennt dieses Ziel gleichwertige Lebensverhältnisse in allen Quartieren.

## Was die Pandemie gezeigt hat

Die Corona-Pandemie hat sichtbar gemacht, wie ungleich die Wohnverhältnisse verteilt sind. Wer viel Wohnfläche, einen Balkon oder Garten, einen Park um die Ecke und eine stabile Internetverbindung hatte, kam mit Lockdown, Homeoffice und Distanzunterricht deutlich besser zurecht. In dicht bebauten Quartieren mit kleinen Wohnungen und wenig Grün war die Belastung höher, und dort lagen zeitweise auch die Infektionszahlen höher.

Pandemiegerechtes Wohnen heißt für dieses Konzept nicht, auf die nächste Krise zu warten. Es heißt, die Quartiere so auszustatten, dass sie auch in Ausnahmesituationen gut funktionieren: mit Wohnungen, in denen man arbeiten und lernen kann, mit Freiräumen für Bewegung und Begegnung und mit einer Versorgung, die zu Fuß erreichbar ist. Davon profitieren alle Bewohnerinnen und Bewohner auch im Alltag.

> „Im Lockdown war der kleine Park an unserer Straße das Wohnzimmer des ganzen Viertels. Wer keinen solchen Ort hat, merkt erst in der Krise, was fehlt.“ – Beitrag aus der Online-Beteiligung im Juni 2023

## Kriterien für gute Wohnquartiere

Um die Quartiere vergleichen zu können, schlägt der Entwurf acht Kriterien vor. Sie entsprechen den Kategorien, nach denen auch die Hinweise auf der Beteiligungskarte geordnet sind. Die genannten Richtwerte sind ein erster Vorschlag und werden mit den Fachämtern noch abgestimmt:

- **Wohnraum und Bezahlbarkeit:** ausreichend Wohnfläche pro Person zu Mieten, die zum Einkommen passen.
- **Grün- und Freiflächen:** ein öffentlich nutzbarer Park, Spielplatz oder Grünzug in höchstens 300 Metern Entfernung.
- **Schnelles Internet:** ein Glasfaser- oder gleichwertiger Anschluss für jedes Wohngebäude.
- **Nahversorgung:** Lebensmittelgeschäft, Apotheke und hausärztliche Praxis in fußläufiger Entfernung.
- **Öffentlicher Raum:** saubere, sichere und einladende Plätze und Straßen mit Sitzgelegenheiten und Schatten.
- **Mobilität:** eine Haltestelle von Bus oder Bahn in der Nähe sowie sichere Rad- und Fußwege.
- **Barrierefreiheit:** stufenlose Wege, Zugänge und Wohnungen für Menschen mit Rollator, Rollstuhl oder Kinderwagen.
- **Sonstiges:** weitere Themen, die vor Ort wichtig sind, etwa Lärm, Sauberkeit oder soziale Treffpunkte.

## Der Blick auf die 30 statistischen Bezirke

Die Stadt wird die Kriterien für alle 30 statistischen Bezirke in den sechs Stadtbezirken auswerten. Erste Auswertungen zeigen große Unterschiede: Während etwa Stiepel oder Weitmar-Mark viel Grün, aber eine dünne Nahversorgung haben, fehlen in Teilen von Hamme, Kruppwerke oder Wattenscheid-Mitte Freiflächen und Wohnungen in gutem Zustand. In Querenburg ist die Versorgung gut, viele Wohnungen sind aber klein und sanierungsbedürftig.

Die Ergebnisse sollen in einem Quartiersatlas veröffentlicht werden, der alle zwei Jahre aktualisiert wird. Er soll zeigen, wo die Stadt zuerst handeln muss, und die Hinweise aus der Beteiligungskarte mit den Daten der Stadtstatistik und der Sozialberichterstattung zusammenführen. So wird nachvollziehbar, warum ein Quartier Vorrang erhält und ein anderes nicht.

## Grün und Dichte zusammendenken

Mehr wohnortnahes Grün und mehr Wohnungen auf knappen Flächen können wie ein Widerspruch wirken. Der Entwurf setzt auf eine kompakte Stadt der kurzen Wege, in der neue Wohnungen vor allem auf bereits genutzten Flächen entstehen, etwa auf Brachen, großen Parkplätzen oder durch Aufstockung. Im Gegenzug sollen bei jeder größeren Nachverdichtung die Freiflächen im Umfeld aufgewertet werden, zum Beispiel durch Dachgärten, entsiegelte Höfe oder neue Spielflächen.

## Instrumente

Die Stadt will ihre Mittel aus der Städtebauförderung stärker auf Quartiere lenken, die bei den Kriterien schlecht abschneiden. Schwerpunkte sind öffentliche Räume, wohnortnahe Versorgung und Grünflächen. Außerdem soll die Sozialraumanalyse ausgebaut werden, damit Veränderungen in den Quartieren früh erkannt werden. Für flexible Wohnkonzepte und innovative Architektur sind Modellprojekte vorgesehen, die im Kapitel „Neue Wohnformen“ beschrieben sind.
`;

const BEZAHLBAR_V1 = `In Bochum gibt es nach vorläufigen Zahlen noch rund 13.000 öffentlich geförderte Mietwohnungen. Jedes Jahr fallen mehrere hundert Wohnungen aus der Bindung, während in den vergangenen Jahren im Durchschnitt deutlich weniger neue geförderte Wohnungen hinzugekommen sind. Gleichzeitig hat fast die Hälfte der Bochumer Haushalte ein Einkommen, das zum Bezug einer geförderten Wohnung berechtigen würde.

## Quote für geförderten Wohnungsbau

Der Entwurf schlägt vor, dass bei allen Neubauvorhaben ab 20 Wohnungen, für die ein neuer Bebauungsplan aufgestellt wird oder die auf städtischen Grundstücken entstehen, mindestens 30 % der Wohnfläche als öffentlich geförderter Wohnraum errichtet werden. Die Quote gilt für Mietwohnungen und für Eigentumsmaßnahmen gleichermaßen.

Die Quote soll verbindlich in städtebaulichen Verträgen festgelegt werden. Geförderte Wohnungen sollen im Vorhaben verteilt und nicht in einem einzelnen Gebäude gebündelt werden, damit gemischte Nachbarschaften entstehen. Ausnahmen sind nur möglich, wenn die geförderten Wohnungen in unmittelbarer Nähe an anderer Stelle entstehen und die Bindung vertraglich gesichert ist.

Die bisherige Regel aus dem Konzept von 2017 wurde nur in einem Teil der Verfahren angewendet. Künftig soll die Quote für alle Vorhaben gelten, die die Voraussetzungen erfüllen. Eine Übergangsregel für Verfahren, die bereits weit fortgeschritten sind, wird derzeit mit der Bochumer Allianz für Wohnen erarbeitet und im nächsten Entwurf ergänzt.

## Belegungsbindungen

Neben dem Neubau sind Belegungsbindungen im Bestand ein wichtiges Instrument. Die Stadt kann mit Eigentümerinnen und Eigentümern vereinbaren, dass frei werdende Wohnungen für eine bestimmte Zeit an Haushalte mit Wohnberechtigungsschein vermietet werden. Im Gegenzug erhalten sie einen Zuschuss oder Mittel für die Modernisierung. So lassen sich preisgünstige Wohnungen schneller sichern als durch Neubau.

Besonders schwer haben es Menschen, die aus einer Notunterkunft, einem Frauenhaus oder einer Klinik in eine eigene Wohnung wechseln wollen. Für sie sollen die Wohnungsunternehmen der Allianz ein festes Kontingent an Wohnungen bereitstellen. Die Stadt übernimmt dafür Mietausfallgarantien und vermittelt bei Bedarf eine Begleitung durch soziale Träger.

## Kommunale Bodenpolitik

Wer über den Boden verfügt, entscheidet mit darüber, was gebaut wird. Die Stadt will deshalb wieder aktiver Flächen ankaufen und einen revolvierenden Bodenfonds aufbauen. Städtische Grundstücke für den Wohnungsbau sollen nicht mehr zum Höchstpreis, sondern nach der Qualität des Konzepts vergeben werden. Für die Bewertung schlägt der Entwurf folgende Gewichtung vor:

- Bezahlbarkeit der Mieten und Anteil geförderter Wohnungen: 40 Prozent
- Beitrag zum Quartier, etwa Gemeinschaftsräume, Nahversorgung oder Freiflächen: 25 Prozent
- Klimaschutz, Energiestandard und Umgang mit Regenwasser: 20 Prozent
- Neue Wohnformen und gemeinschaftliche Projekte: 15 Prozent

Wo es passt, sollen Grundstücke im Erbbaurecht vergeben werden. So behält die Stadt langfristig Einfluss auf die Nutzung, und Genossenschaften oder gemeinwohlorientierte Träger müssen nicht den vollen Kaufpreis aufbringen. Geprüft wird außerdem, ob die städtische Wohnungsbaugesellschaft mehr geförderte Wohnungen selbst errichten kann.

## Finanzierung

Die Wohnraumförderung des Landes bleibt die wichtigste Finanzierungsquelle für bezahlbare Wohnungen. Die Stadt wird die Mitglieder der Allianz weiter dazu beraten, wie sich Förderprogramme kombinieren lassen, und prüft ein eigenes ergänzendes Programm für besonders kleine und besonders große geförderte Wohnungen, die bisher kaum gebaut werden.
`;

const BESTAND_V1 = `Rund 90 Prozent der Wohnungen, in denen die Bochumerinnen und Bochumer im Jahr 2035 leben werden, stehen heute schon. Der größte Teil wurde zwischen 1950 und 1980 gebaut, viele davon in Siedlungen der Wohnungsunternehmen und der früheren Zechen. Diese Wohnungen sind oft günstig, entsprechen aber bei Energieverbrauch, Grundrissen und Barrierefreiheit nicht mehr heutigen Anforderungen. Wie mit dem Bestand umgegangen wird, entscheidet deshalb mehr über die Wohnqualität als jeder Neubau.

## Energetische Modernisierung

Um die Klimaziele der Stadt zu erreichen, muss sich die Sanierungsrate im Wohnungsbestand deutlich erhöhen, nach ersten Schätzungen von heute unter einem auf rund zwei Prozent pro Jahr. Dabei darf die Modernisierung nicht dazu führen, dass Mieterinnen und Mieter ihre Wohnung verlassen müssen. Ziel ist eine warmmietenneutrale Sanierung, bei der die höhere Kaltmiete durch geringere Heizkosten ausgeglichen wird.

Die Stadt wird gemeinsam mit den Stadtwerken eine Beratungstelle für private Eigentümerinnen und Eigentümer einrichten. Viele besitzen nur ein oder zwei Häuser und sind mit den technischen und rechtlichen Fragen einer Sanierung überfordert. Die Beratung soll kostenlos sein, vor Ort stattfinden und bei der Beantragung von Fördermitteln helfen. Ein Schwerpunkt liegt auf Stadtteilen mit vielen älteren Ein- und Zweifamilienhäusern, etwa Linden, Dahlhausen oder Höntrop.

Für ganze Siedlungen sind Quartierskonzepte sinnvoll, die Gebäude, Wärmeversorgung und Freiräume gemeinsam betrachten. Erste Ansätze gibt es in Werne und Langendreer. Die Wohnungsunternehmen der Allianz haben angeboten, weitere Siedlungen für solche Konzepte vorzuschlagen und dabei auch den Anschluss an Wärmenetze zu prüfen.

## Barrierefreier Umbau und Wohnen im Alter

Nur ein kleiner Teil der Bestandswohnungen ist ohne Stufen erreichbar. Der Entwurf schlägt ein städtisches Förderprogramm vor, das den Einbau von Aufzügen, bodengleichen Duschen und breiteren Türen unterstützt. Anders als 2017 soll das Programm diesmal mit festen Haushaltsmitteln ausgestattet werden. Vorrang haben Gebäude, in denen viele ältere Menschen oder Menschen mit Behinderung leben.

Für ältere Menschen ist neben der Wohnung auch das Umfeld wichtig. Bänke, abgesenkte Bordsteine, gut erreichbare Haltestellen und eine hausärztliche Praxis in der Nähe entscheiden oft darüber, ob jemand in seiner Wohnung bleiben kann. Zugleich braucht es mehr Wohnungen mit Service und ambulant betreute Wohngemeinschaften in allen Stadtbezirken, damit ein Umzug im Alter nicht den Abschied vom vertrauten Quartier bedeutet. Die Wohnberatung der Stadt soll dafür ausgebaut und besser bekannt gemacht werden.

## Wohnungstausch

Viele ältere Menschen leben allein in großen Wohnungen, die sie nach dem Auszug der Kinder behalten haben, während junge Familien keine passende Wohnung finden. Eine gemeinsame Tauschbörse der Wohnungsunternehmen soll den Umzug in eine kleinere Wohnung erleichtern, ohne dass die Miete pro Quadratmeter steigt. Die Stadt unterstützt die Tauschbörse mit Beratung und einem Zuschuss zu den Umzugskosten.

## Problemimmobilien

In einigen Quartieren gibt es einzelne stark vernachlässigte Häuser, deren Zustand die ganze Nachbarschaft belastet. Die Stadt will hier die Möglichkeiten des Wohnungsaufsichtsrechts konsequenter nutzen und in Einzelfällen Gebäude ankaufen, sanieren und an verlässliche Träger weitergeben. Betroffen sind bisher vor allem Teile von Wattenscheid-Mitte und Hamme.
`;

const WOHNFORMEN_V1 = `Die Lebensentwürfe der Menschen sind vielfältiger geworden. Neben Familien und Alleinlebenden gibt es Wohngemeinschaften im Alter, Patchworkfamilien, Menschen, die zeitweise in einer anderen Stadt arbeiten, und Gruppen, die bewusst gemeinschaftlich wohnen wollen. Der Wohnungsmarkt bildet diese Vielfalt bisher nur zum Teil ab. Das Konzept will deshalb Wohnformen stärken, die Gemeinschaft, Bezahlbarkeit und einen sparsamen Umgang mit Fläche verbinden.

## Genossenschaften und Baugemeinschaften

Wohnungsgenossenschaften haben in Bochum eine lange Tradition und bieten dauerhaft bezahlbare Mieten, weil sie nicht auf Gewinn ausgerichtet sind. Neue Genossenschaften und Baugemeinschaften haben es aber schwer, an Grundstücke zu kommen. Der Entwurf sieht vor, bei der Vergabe städtischer Flächen einen Anteil für sie zu reservieren, und zwar mindestens 20 Prozent der jährlich vergebenen Wohnbauflächen.

Außerdem soll in der Verwaltung eine Kontaktstelle für gemeinschaftliche Wohnprojekte eingerichtet werden. Sie berät Gruppen in der Gründungsphase, vermittelt Kontakte zu Banken und zu bestehenden Genossenschaften und hilft bei der Suche nach geeigneten Grundstücken und Gebäuden. Die Kontaktstelle soll eng mit den Mitgliedern der Bochumer Allianz für Wohnen zusammenarbeiten.

## Gemeinschaftliches und generationenübergreifendes Wohnen

In Mehrgenerationenhäusern leben junge und alte Menschen unter einem Dach und unterstützen sich im Alltag. Gemeinschaftsräume, ein gemeinsamer Garten oder eine Gästewohnung ermöglichen es, dass die einzelnen Wohnungen kleiner sein können. Erste Projekte dieser Art gibt es in Langendreer und Weitmar-Mitte. Das Konzept möchte erreichen, dass in jedem der sechs Stadtbezirke mindestens ein solches Projekt entsteht.

Gute Beispiele zeichnen sich nach den Erfahrungen aus anderen Städten durch folgende Merkmale aus:

- gemeinschaftlich nutzbare Räume für Feste, Kinderbetreuung oder Arbeiten im Homeoffice,
- flexible Grundrisse, die sich an veränderte Lebenslagen anpassen lassen,
- eine Mischung aus geförderten und frei finanzierten Wohnungen,
- eine gute Anbindung an Bus und Bahn und wenige Stellplätze.

## Kleine Wohnungen

Der Bedarf an kleinen Wohnungen wächst, vor allem bei Alleinlebenden, Studierenden und älteren Menschen. Kleine Wohnungen sind aber nur dann eine gute Lösung, wenn sie gut geschnitten sind und durch Gemeinschaftsflächen im Haus ergänzt werden. Möblierte Mikroapartments zu sehr hohen Quadratmeterpreisen lösen das Problem dagegen nicht. Der Entwurf empfiehlt deshalb Mindeststandards für kleine Wohnungen in städtebaulichen Verträgen.

## Umnutzung von Büros und Geschäften

Durch Homeoffice und Onlinehandel stehen in der Innenstadt und in einigen Stadtteilzentren Büro- und Geschäftsflächen leer. Ein Teil davon kann in Wohnungen umgewandelt werden. Das ist oft günstiger und klimafreundlicher als ein Neubau, stellt aber Anforderungen an Belichtung, Lärmschutz und Stellplätze. Die Verwaltung soll ein Verfahren entwickeln, mit dem solche Umnutzungen schneller geprüft und genehmigt werden können.

Denkbar ist auch, leerstehende Ladenlokale im Erdgeschoss als Gemeinschaftsräume, Ateliers oder gemeinsame Arbeitsplätze für die Nachbarschaft zu nutzen. Damit könnten Stadtteilzentren wie Wattenscheid-Mitte oder Langendreer belebt werden, ohne dass die Erdgeschosse dauerhaft zu Wohnungen werden und die Geschäftsstraßen ihr Gesicht verlieren.

## Modellprojekte

Für neue Wohnformen und innovative Architektur will die Stadt in den kommenden Jahren drei Modellprojekte auf städtischen Flächen ermöglichen. Sie sollen zeigen, wie flexible Grundrisse, Holzbau, gemeinschaftliche Räume und bezahlbare Mieten zusammenpassen. Die Erfahrungen werden wissenschaftlich begleitet, ausgewertet und in der Allianz vorgestellt.
`;

const PROGRAMM_V1 = `Das Handlungsprogramm fasst die Maßnahmen dieses Entwurfs zusammen. Für jede Maßnahme sind die federführende Stelle und ein Zeithorizont genannt: kurzfristig bedeutet bis Ende 2025, mittelfristig bis Ende 2028 und langfristig bis 2035. Die Liste ist noch nicht abschließend priorisiert; das Begleitgremium wird dazu eine Empfehlung abgeben, bevor der Entwurf in die politischen Gremien geht.

## Maßnahmen

1. **Quote für geförderten Wohnungsbau einführen:** mindestens 30 % geförderte Wohnfläche bei Neubauvorhaben ab 20 Wohnungen. Federführung: Amt für Stadtplanung und Wohnen. Zeithorizont: kurzfristig.
2. **Bodenfonds und Konzeptvergabe:** aktiver Flächenankauf und Vergabe städtischer Grundstücke nach Konzeptqualität, auch im Erbbaurecht. Federführung: Liegenschaftsverwaltung. Zeithorizont: mittelfristig.
3. **Belegungsbindungen im Bestand erwerben:** Zuschüsse gegen befristete Bindungen, Kontingent für Menschen in Notlagen. Federführung: Amt für Soziales. Zeithorizont: kurzfristig.
4. **Quartiersatlas für die 30 statistischen Bezirke:** Auswertung der Kriterien für gute Wohnquartiere, Aktualisierung alle zwei Jahre. Federführung: Amt für Stadtplanung und Wohnen mit der Stadtstatistik. Zeithorizont: kurzfristig.
5. **Städtebauförderung auf benachteiligte Quartiere ausrichten:** Schwerpunkt auf öffentlichen Räumen, Nahversorgung und Grünflächen. Federführung: Amt für Stadtplanung und Wohnen. Zeithorizont: mittelfristig.
6. **Beratungsstelle für energetische Modernisierung:** kostenlose Beratung privater Eigentümerinnen und Eigentümer vor Ort. Federführung: Umweltamt mit den Stadtwerken. Zeithorizont: kurzfristig.
7. **Förderprogramm für barrierearmen Umbau:** Zuschüsse für Aufzüge, bodengleiche Duschen und breitere Türen. Federführung: Amt für Soziales. Zeithorizont: mittelfristig.
8. **Wohnungstauschbörse:** gemeinsame Tauschbörse der Wohnungsunternehmen mit Umzugszuschuss. Federführung: Bochumer Allianz für Wohnen. Zeithorizont: kurzfristig.
9. **Kontaktstelle für gemeinschaftliches Wohnen:** Beratung von Wohnprojekten und Flächenanteil für Genossenschaften und Baugemeinschaften. Federführung: Amt für Stadtplanung und Wohnen. Zeithorizont: kurzfristig.
10. **Umnutzung leerstehender Büros erleichtern:** abgestimmtes Prüf- und Genehmigungsverfahren für die Umwandlung in Wohnungen. Federführung: Bauordnungsamt. Zeithorizont: mittelfristig.

## Umsetzung und Erfolgskontrolle

Die Umsetzung wird von der Verwaltung koordiniert und in der Bochumer Allianz für Wohnen regelmäßig besprochen. Alle zwei Jahre legt die Verwaltung dem Rat einen Umsetzungsbericht vor, der für jede Maßnahme den Stand, die Entwicklung der Indikatoren und gegebenenfalls notwendige Anpassungen darstellt. Der Bericht wird auch auf der Beteiligungsplattform veröffentlicht.

Für die Erfolgskontrolle schlägt der Entwurf unter anderem folgende Indikatoren vor:

- Zahl der jährlich fertiggestellten Wohnungen, davon öffentlich gefördert
- Zahl der Wohnungen mit Miet- oder Belegungsbindung
- Durchschnittliche Angebotsmiete und Mietbelastung der Haushalte
- Zahl der barrierearm umgebauten Wohnungen
- Zahl der statistischen Bezirke, die die Kriterien für gute Wohnquartiere erfüllen

## Kosten und Personal

Mehrere Maßnahmen, vor allem der Bodenfonds, das Förderprogramm für den barrierearmen Umbau und die Beratungsstelle für energetische Modernisierung, brauchen zusätzliche Haushaltsmittel und Personal. Die Verwaltung ermittelt den Bedarf bis zur Einbringung des Konzepts und stellt ihn für jede Maßnahme gesondert dar. Maßnahmen, für die keine Mittel bereitgestellt werden, sollen im Konzept als zurückgestellt gekennzeichnet werden, statt sie stillschweigend liegen zu lassen.

## Weiteres Verfahren

Nach der abschließenden Informations- und Beteiligungsphase Anfang 2024 werden alle Beiträge ausgewertet, gebündelt und dem Begleitgremium vorgelegt. Die Verwaltung überarbeitet den Entwurf auf dieser Grundlage und bringt das Konzept im zweiten Quartal 2024 in die politischen Gremien ein. Wie mit jedem Beitrag umgegangen wurde, wird in einer Abwägungstabelle veröffentlicht.
`;

export const DEMO_VERSION_1: DemoVersion = {
	label: 'Entwurf, Fassung 1',
	chapters: [
		{ key: 'bilanz', number: '1', title: 'Bilanz des Handlungskonzepts 2017', markdown: BILANZ_V1 },
		{ key: 'markt', number: '2', title: 'Wohnungsmarkt und Bedarf', markdown: MARKT_V1 },
		{
			key: 'quartiere',
			number: '3',
			title: 'Quartiere und gleichwertige Lebensverhältnisse',
			markdown: QUARTIERE_V1
		},
		{
			key: 'bezahlbar',
			number: '4',
			title: 'Bezahlbares Wohnen und Quote für geförderten Wohnungsbau',
			markdown: BEZAHLBAR_V1
		},
		{ key: 'bestand', number: '5', title: 'Wohnungsbestand und Modernisierung', markdown: BESTAND_V1 },
		{ key: 'wohnformen', number: '6', title: 'Neue Wohnformen', markdown: WOHNFORMEN_V1 },
		{ key: 'programm', number: '7', title: 'Handlungsprogramm', markdown: PROGRAMM_V1 }
	]
};

// ---------------------------------------------------------------------------------------------------
// Version 2 (derived from version 1; the edits are listed at the top of this file)
// ---------------------------------------------------------------------------------------------------

/** Problems found while deriving version 2 (a replacement target missing or ambiguous); see checkDemoContent(). */
const derivationProblems: string[] = [];

function replaceOnce(key: string, md: string, from: string, to: string): string {
	const count = md.split(from).length - 1;
	if (count !== 1) {
		derivationProblems.push(
			`version 2, ${key}: expected exactly one "${from.slice(0, 40)}…", found ${count}`
		);
		return md;
	}
	return md.replace(from, () => to);
}

/** The whole paragraph (line) of `md` that starts with `start`. */
function paragraph(key: string, md: string, start: string): string {
	const lines = md.split('\n').filter((l) => l.startsWith(start));
	if (lines.length !== 1) {
		derivationProblems.push(
			`version 2, ${key}: expected one paragraph starting "${start}", found ${lines.length}`
		);
		return '';
	}
	return lines[0];
}

const V2_EDITS: Record<string, (md: string) => string> = {
	bilanz: (md) => {
		// Edit 3: swap two paragraphs.
		const a = paragraph('bilanz', md, 'Als größter Erfolg gilt');
		const b = paragraph('bilanz', md, 'Die jährliche Wohnungsmarktbeobachtung');
		return replaceOnce('bilanz', md, `${a}\n\n${b}`, `${b}\n\n${a}`);
	},
	markt: (md) => {
		// Edit 6: new paragraph.
		const students = paragraph('markt', md, 'Mit der Ruhr-Universität, der Hochschule');
		return replaceOnce(
			'markt',
			md,
			students,
			`${students}\n\nAuszubildende haben es oft noch schwerer als Studierende, weil es für sie in Bochum kaum Wohnheime gibt und ihre Ausbildungsvergütung niedrig ist. In der Beteiligung wurde mehrfach darauf hingewiesen, dass junge Menschen deshalb bei ihren Eltern wohnen bleiben oder lange Wege aus dem Umland in Kauf nehmen. Die Stadt prüft gemeinsam mit den Kammern, den Hochschulen und dem Studierendenwerk, wie zusätzliche Plätze für beide Gruppen entstehen können.`
		);
	},
	quartiere: (md) => {
		// Edit 1: small wording change of the first paragraph.
		md = replaceOnce(
			'quartiere',
			md,
			'in ihrem Quartier gut und gesund wohnen können',
			'in ihrem Quartier gut, sicher und gesund wohnen können'
		);
		return replaceOnce(
			'quartiere',
			md,
			'in welchem Stadtteil sie leben und wie hoch',
			'in welchem Stadtteil sie leben, wie alt sie sind und wie hoch'
		);
	},
	bezahlbar: (md) =>
		// Edit 7: quota 30 % → 25 % with the reason.
		replaceOnce(
			'bezahlbar',
			md,
			'mindestens 30 % der Wohnfläche als öffentlich geförderter Wohnraum errichtet werden. Die Quote gilt für Mietwohnungen und für Eigentumsmaßnahmen gleichermaßen.',
			'mindestens 25 % der Wohnfläche als öffentlich geförderter Wohnraum errichtet werden. Die Quote gilt für Mietwohnungen und für Eigentumsmaßnahmen gleichermaßen. In der Werkstatt der Allianz und im Begleitgremium wurde deutlich, dass eine Quote von 30 % bei den derzeitigen Baukosten und Zinsen viele Vorhaben unwirtschaftlich machen würde; 25 % gelten als erreichbar, ohne den Wohnungsbau insgesamt zu bremsen. Die Quote wird nach zwei Jahren überprüft.'
		),
	bestand: (md) => {
		// Edit 2: typo fix.
		md = replaceOnce('bestand', md, 'eine Beratungstelle für private', 'eine Beratungsstelle für private');
		// Edit 4: split one paragraph into two.
		return replaceOnce(
			'bestand',
			md,
			'in seiner Wohnung bleiben kann. Zugleich braucht es',
			'in seiner Wohnung bleiben kann.\n\nZugleich braucht es'
		);
	},
	wohnformen: (md) =>
		// Edit 5: delete one paragraph.
		replaceOnce(
			'wohnformen',
			md,
			`${paragraph('wohnformen', md, 'Denkbar ist auch, leerstehende Ladenlokale')}\n\n`,
			''
		),
	programm: (md) => {
		// Edit 7 (follow-up): quota in the programme.
		md = replaceOnce(
			'programm',
			md,
			'mindestens 30 % geförderte Wohnfläche',
			'mindestens 25 % geförderte Wohnfläche'
		);
		// Edit 8: one measure added.
		const last = paragraph('programm', md, '10. **Umnutzung leerstehender Büros');
		return replaceOnce(
			'programm',
			md,
			last,
			`${last}\n11. **Wohnraum für Studierende und Auszubildende:** zusätzliche Wohnheimplätze und kleine, bezahlbare Wohnungen gemeinsam mit Hochschulen, Studierendenwerk und Kammern, Schwerpunkt Querenburg und Innenstadt. Federführung: Amt für Stadtplanung und Wohnen. Zeithorizont: mittelfristig.`
		);
	}
};

function buildVersion2(): DemoVersion {
	return {
		label: 'Entwurf, Fassung 2',
		chapters: DEMO_VERSION_1.chapters.map((c) => ({
			...c,
			markdown: (V2_EDITS[c.key] ?? ((md: string) => md))(c.markdown)
		}))
	};
}

export const DEMO_VERSION_2: DemoVersion = buildVersion2();

// ---------------------------------------------------------------------------------------------------
// Comments
// ---------------------------------------------------------------------------------------------------

export const DEMO_COMMENTS: DemoComment[] = [
	/* 0 */ {
		chapterKey: 'bilanz',
		version: 1,
		paragraphStartsWith: 'Deutlich hinter den Erwartungen blieb',
		author: 'buerger',
		body: 'Danke für die ehrliche Bilanz. Als Mieterin in Langendreer merke ich jedes Jahr, wie selten eine bezahlbare Wohnung frei wird. Ich hätte mir gewünscht, dass hier auch steht, wie viele geförderte Wohnungen genau fehlen.',
		state: 'published'
	},
	/* 1 */ {
		chapterKey: 'bilanz',
		version: 1,
		paragraphStartsWith: 'Deutlich hinter den Erwartungen blieb',
		author: 'allianz',
		body: 'Aus Sicht der Genossenschaften können wir das bestätigen. Ein wichtiger Grund war, dass die Förderkonditionen lange nicht zu den gestiegenen Baukosten gepasst haben. Eine Zahl zu den fehlenden Wohnungen sollte ins Konzept, aber ehrlicherweise als Spanne.',
		state: 'published',
		replyTo: 0
	},
	/* 2 */ {
		chapterKey: 'bilanz',
		version: 1,
		author: 'citizen2',
		body: 'Die Tabelle zum Umsetzungsstand ist hilfreich. Könnten Sie für jede Maßnahme auch angeben, wie viel Geld und Personal eingesetzt wurde? Sonst lässt sich kaum beurteilen, warum etwas nur „teilweise“ umgesetzt wurde.',
		state: 'published'
	},
	/* 3 */ {
		chapterKey: 'markt',
		version: 1,
		paragraphStartsWith: 'Mit der Ruhr-Universität, der Hochschule',
		author: 'citizen3',
		body: 'In Querenburg wohnen inzwischen viele Studierende in Wohnungen, die früher an Familien vermietet wurden. Es braucht dringend mehr Wohnheimplätze, sonst steigen die Mieten rund um die Uni weiter. Im Handlungsprogramm finde ich dazu leider keine eigene Maßnahme.',
		state: 'published'
	},
	/* 4 */ {
		chapterKey: 'markt',
		version: 1,
		paragraphStartsWith: 'Die Angebotsmieten sind zwischen 2017',
		author: 'buerger',
		body: '7,50 Euro klingt günstig, aber bei Neuvermietungen in Langendreer habe ich zuletzt kaum etwas unter 9 Euro gefunden. Der Durchschnitt verdeckt, wie schwierig die Suche tatsächlich ist.',
		state: 'published'
	},
	/* 5 */ {
		chapterKey: 'markt',
		version: 1,
		paragraphStartsWith: 'Aus der Entwicklung der Haushalte',
		author: 'allianz',
		body: 'Die Spanne von 800 bis 1.000 Wohnungen pro Jahr halten wir für realistisch, allerdings nur, wenn ausreichend Bauland bereitsteht. Wir bitten darum, den Bedarf nach Stadtbezirken aufzuschlüsseln.',
		state: 'pending'
	},
	/* 6 */ {
		chapterKey: 'quartiere',
		version: 1,
		paragraphStartsWith: 'Alle Bochumerinnen und Bochumer sollen',
		author: 'citizen2',
		body: 'Diesem Ziel stimme ich voll zu. Mir fehlt nur, dass auch das Alter ausdrücklich genannt wird: Gerade ältere Menschen in Werne sind auf kurze und sichere Wege angewiesen.',
		state: 'published'
	},
	/* 7 */ {
		chapterKey: 'quartiere',
		version: 1,
		paragraphStartsWith: 'Die Corona-Pandemie hat sichtbar gemacht',
		author: 'buerger',
		body: 'Genau so habe ich es in Langendreer erlebt: drei Kinder im Distanzunterricht, eine Dreizimmerwohnung und eine Internetleitung, die ständig abbrach. Schön, dass das hier so deutlich benannt wird.',
		state: 'published'
	},
	/* 8 */ {
		chapterKey: 'quartiere',
		version: 1,
		paragraphStartsWith: 'Die Stadt wird die Kriterien für alle',
		author: 'citizen3',
		body: 'Bitte bei der Auswertung nicht nur Durchschnittswerte vergleichen. In Hamme gibt es schon zwischen zwei Straßen große Unterschiede, die in einem Wert für den ganzen Bezirk verschwinden.',
		state: 'published'
	},
	/* 9 */ {
		chapterKey: 'quartiere',
		version: 1,
		paragraphStartsWith: 'Die Stadt wird die Kriterien für alle',
		author: 'citizen2',
		body: 'Dem schließe ich mich an. Auch in Wattenscheid-Mitte liegen gut versorgte und vernachlässigte Ecken direkt nebeneinander.',
		state: 'published',
		replyTo: 8
	},
	/* 10 */ {
		chapterKey: 'quartiere',
		version: 1,
		paragraphStartsWith: 'Mehr wohnortnahes Grün und mehr',
		author: 'allianz',
		body: 'Die Verbindung von Nachverdichtung und Aufwertung der Freiflächen halten wir für richtig. Dachgärten und entsiegelte Höfe sollten dann aber auch förderfähig sein, sonst werden sie bei knapper Kalkulation als Erstes gestrichen.',
		state: 'published'
	},
	/* 11 */ {
		chapterKey: 'quartiere',
		version: 1,
		author: 'citizen3',
		body: 'Sie suchen eine neue Wohnung in Bochum? Jetzt auf unserer Seite registrieren und exklusive Makler-Angebote mit 10 % Rabatt auf die Provision sichern!',
		state: 'rejected',
		rejectionReason:
			'Werbung: Beiträge dürfen keine kommerziellen Angebote oder Werbung enthalten (Netiquette, Punkt 4).'
	},
	/* 12 */ {
		chapterKey: 'bezahlbar',
		version: 1,
		paragraphStartsWith: 'Der Entwurf schlägt vor, dass bei allen',
		author: 'allianz',
		body: 'Eine Quote von 30 % ist bei den aktuellen Baukosten und Zinsen für viele Vorhaben nicht darstellbar. Wir schlagen 25 % vor, verbunden mit einer Überprüfung nach zwei Jahren. Sonst besteht die Gefahr, dass Projekte gar nicht erst begonnen werden.',
		state: 'published'
	},
	/* 13 */ {
		chapterKey: 'bezahlbar',
		version: 1,
		paragraphStartsWith: 'Der Entwurf schlägt vor, dass bei allen',
		author: 'buerger',
		body: 'Das sehe ich anders. Wenn die Quote sinkt, entstehen noch weniger bezahlbare Wohnungen. Lieber die Förderung verbessern als die Quote senken.',
		state: 'published',
		replyTo: 12
	},
	/* 14 */ {
		chapterKey: 'bezahlbar',
		version: 1,
		paragraphStartsWith: 'Besonders schwer haben es Menschen',
		author: 'citizen3',
		body: 'Ein sehr wichtiger Punkt. Aus meiner ehrenamtlichen Arbeit weiß ich, dass Frauen aus dem Frauenhaus oft monatelang keine Wohnung finden. Ein festes Kontingent wäre eine echte Hilfe.',
		state: 'published'
	},
	/* 15 */ {
		chapterKey: 'bezahlbar',
		version: 1,
		paragraphStartsWith: 'Wo es passt, sollen Grundstücke im',
		author: 'citizen2',
		body: 'Erbbaurecht ja, aber bitte mit einem fairen Erbbauzins. In anderen Städten ist er so hoch, dass Genossenschaften trotzdem nicht bauen können.',
		state: 'pending'
	},
	/* 16 */ {
		chapterKey: 'bestand',
		version: 1,
		paragraphStartsWith: 'Um die Klimaziele der Stadt zu erreichen',
		author: 'buerger',
		body: 'Warmmietenneutral klingt gut, aber wer kontrolliert das? Bei Bekannten in einer Siedlung in Werne wurde nach der Dämmung die Miete erhöht, die Heizkosten sind aber kaum gesunken.',
		state: 'published'
	},
	/* 17 */ {
		chapterKey: 'bestand',
		version: 1,
		paragraphStartsWith: 'Um die Klimaziele der Stadt zu erreichen',
		author: 'allianz',
		body: 'Wir nehmen den Hinweis ernst. Als Genossenschaft legen wir unseren Mitgliedern vor jeder Modernisierung eine Modellrechnung für Kaltmiete und Heizkosten vor. So etwas könnte das Konzept als Standard für alle Allianz-Mitglieder empfehlen.',
		state: 'published',
		replyTo: 16
	},
	/* 18 */ {
		chapterKey: 'bestand',
		version: 1,
		paragraphStartsWith: 'Die Stadt wird gemeinsam mit den',
		author: 'citizen3',
		body: 'Kleiner Hinweis: Im ersten Satz fehlt bei „Beratungstelle“ ein s. Inhaltlich finde ich die kostenlose Beratung vor Ort sehr gut, gerade für ältere Eigentümerinnen und Eigentümer in Höntrop.',
		state: 'published'
	},
	/* 19 */ {
		chapterKey: 'bestand',
		version: 1,
		paragraphStartsWith: 'Für ältere Menschen ist neben der',
		author: 'citizen2',
		body: 'Genau das fehlt: In Wattenscheid gibt es kaum Wohnungen mit Service. Wer im Alter umziehen muss, verliert seine Nachbarschaft und oft auch seine Ärztin.',
		state: 'published'
	},
	/* 20 */ {
		chapterKey: 'wohnformen',
		version: 1,
		paragraphStartsWith: 'Wohnungsgenossenschaften haben in Bochum',
		author: 'allianz',
		body: 'Als Genossenschaft begrüßen wir den reservierten Flächenanteil ausdrücklich. Wichtig ist, dass die Grundstücke nicht nur am Stadtrand liegen, sondern auch in gut angebundenen Lagen wie Langendreer oder Querenburg.',
		state: 'published'
	},
	/* 21 – its paragraph is deleted in version 2 and becomes "nicht zugeordnet" */ {
		chapterKey: 'wohnformen',
		version: 1,
		paragraphStartsWith: 'Denkbar ist auch, leerstehende',
		author: 'buerger',
		body: 'An der Alten Bahnhofstraße in Langendreer stehen mehrere Ladenlokale leer. Ein Nachbarschaftsraum dort wäre ein Gewinn für das ganze Viertel.',
		state: 'published'
	},
	/* 22 */ {
		chapterKey: 'wohnformen',
		version: 1,
		paragraphStartsWith: 'Der Bedarf an kleinen Wohnungen wächst',
		author: 'citizen3',
		body: 'Möblierte Mikroapartments für 20 Euro pro Quadratmeter helfen niemandem, der wenig verdient. Gut, dass der Entwurf das so klar sagt.',
		state: 'published'
	},
	/* 23 */ {
		chapterKey: 'programm',
		version: 1,
		author: 'citizen2',
		body: 'Wer in der Verwaltung so einen Unsinn zusammenschreibt, ist offensichtlich völlig unfähig. Ihr seid doch alle Schwachköpfe und gehört entlassen.',
		state: 'rejected',
		rejectionReason:
			'Beleidigung: Beiträge dürfen andere Personen nicht herabwürdigen oder beschimpfen (Netiquette, Punkt 1).'
	},
	/* 24 */ {
		chapterKey: 'programm',
		version: 1,
		paragraphStartsWith: 'Das Handlungsprogramm fasst die',
		author: 'allianz',
		body: 'Die Bochumer Allianz für Wohnen sollte an der Priorisierung beteiligt werden, nicht nur das Begleitgremium. Außerdem wäre gut zu wissen, welche Maßnahmen zusätzliches Personal in der Verwaltung brauchen.',
		state: 'published'
	},
	/* 25 */ {
		chapterKey: 'programm',
		version: 1,
		paragraphStartsWith: 'Die Umsetzung wird von der Verwaltung',
		author: 'buerger',
		body: 'Zwei Jahre zwischen den Berichten sind zu lang. Eine kurze jährliche Übersicht im Internet würde reichen, damit man sieht, ob es vorangeht.',
		state: 'pending'
	},
	/* 26 */ {
		chapterKey: 'bezahlbar',
		version: 2,
		paragraphStartsWith: 'Der Entwurf schlägt vor, dass bei allen',
		author: 'citizen3',
		body: 'Die Begründung für 25 % kann ich nachvollziehen. Ich bitte aber darum, das Ergebnis der Überprüfung nach zwei Jahren öffentlich zu machen.',
		state: 'published'
	},
	/* 27 */ {
		chapterKey: 'markt',
		version: 2,
		paragraphStartsWith: 'Auszubildende haben es oft noch schwerer',
		author: 'citizen2',
		body: 'Gut, dass die Auszubildenden jetzt auch genannt werden. Mein Sohn macht eine Ausbildung in Bochum und pendelt jeden Tag aus Hattingen, weil er hier nichts Bezahlbares findet.',
		state: 'published'
	},
	/* 28 */ {
		chapterKey: 'programm',
		version: 2,
		author: 'allianz',
		body: 'Die neue Maßnahme für Studierende und Auszubildende begrüßen wir. Unsere Genossenschaft kann sich vorstellen, ein Pilotprojekt in Querenburg mitzutragen.',
		state: 'published'
	}
];

// ---------------------------------------------------------------------------------------------------
// Self-check
// ---------------------------------------------------------------------------------------------------

/** The paragraph-level blocks of a chapter: one per non-empty, non-heading line, without table header and separator rows. */
function blockLines(markdown: string): string[] {
	const lines = markdown.split('\n').map((l) => l.trim());
	const isSeparator = (l: string | undefined) => !!l && /^\|?\s*:?-{3,}/.test(l);
	return lines.filter(
		(l, i) =>
			l !== '' && !l.startsWith('#') && !isSeparator(l) && !(l.startsWith('|') && isSeparator(lines[i + 1]))
	);
}

/** A block's text without list, quote or table markers. */
function blockText(line: string): string {
	return line.replace(/^(?:[-*+]\s+|\d+\.\s+|>\s*|\|\s*)/, '');
}

function words(text: string): string[] {
	return text
		.replace(/[*_>|#`]/g, ' ')
		.split(/\s+/)
		.map((w) => w.replace(/^[„“"(–-]+|[.,;:!?“"()]+$/g, ''))
		.filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** Returns a list of problems with the demo content; an empty list means it is consistent. */
export function checkDemoContent(): string[] {
	const problems = [...derivationProblems];
	const versions: Record<1 | 2, DemoVersion> = { 1: DEMO_VERSION_1, 2: DEMO_VERSION_2 };

	// Structure of both versions.
	const keys1 = DEMO_VERSION_1.chapters.map((c) => c.key).join(',');
	const keys2 = DEMO_VERSION_2.chapters.map((c) => c.key).join(',');
	if (keys1 !== keys2) problems.push(`chapter keys differ between versions: ${keys1} / ${keys2}`);
	if (DEMO_VERSION_1.chapters.length < 7) problems.push('version 1 has fewer than 7 chapters');
	for (const v of [1, 2] as const) {
		for (const c of versions[v].chapters) {
			if (/^#(?!#)/m.test(c.markdown))
				problems.push(`version ${v}, ${c.key}: level-1 heading inside the chapter`);
			const n = words(c.markdown).length;
			if (n < 400 || n > 1200) problems.push(`version ${v}, ${c.key}: ${n} words (expected 400–1,200)`);
		}
	}
	const totalBlocks = DEMO_VERSION_1.chapters.reduce((sum, c) => sum + blockLines(c.markdown).length, 0);
	if (totalBlocks < 45) problems.push(`version 1 has only ${totalBlocks} blocks (expected at least 45)`);
	const all = DEMO_VERSION_1.chapters.map((c) => c.markdown).join('\n');
	if (!/^\|.*\|$/m.test(all)) problems.push('version 1 has no table');
	if (!/^>/m.test(all)) problems.push('version 1 has no blockquote');

	// The chapter the end-to-end test comments on.
	const first = (v: 1 | 2) =>
		blockLines(versions[v].chapters.find((c) => c.key === 'quartiere')?.markdown ?? '')[0] ?? '';
	const q1 = first(1);
	const q2 = first(2);
	if (!q1.startsWith('Alle Bochumerinnen und Bochumer sollen'))
		problems.push('quartiere: first paragraph does not start with "Alle Bochumerinnen und Bochumer sollen"');
	const q1Words = words(q1).length;
	if (q1Words < 40 || q1Words > 70)
		problems.push(`quartiere: first paragraph has ${q1Words} words (expected 40–70)`);
	if (q1 === q2) problems.push('quartiere: first paragraph is unchanged in version 2');
	const remaining = words(q2).map((w) => w.toLowerCase());
	let kept = 0;
	for (const w of words(q1)) {
		const i = remaining.indexOf(w.toLowerCase());
		if (i >= 0) {
			kept++;
			remaining.splice(i, 1);
		}
	}
	if (kept < 0.8 * q1Words)
		problems.push(`quartiere: version 2 keeps only ${kept} of ${q1Words} words of the first paragraph`);

	// Comments.
	if (DEMO_COMMENTS.length < 20 || DEMO_COMMENTS.length > 30)
		problems.push(`${DEMO_COMMENTS.length} comments (expected 20–30)`);
	const countState = (s: DemoComment['state']) => DEMO_COMMENTS.filter((c) => c.state === s).length;
	if (countState('pending') !== 3) problems.push(`${countState('pending')} pending comments (expected 3)`);
	if (countState('rejected') !== 2) problems.push(`${countState('rejected')} rejected comments (expected 2)`);
	let orphaned = 0;
	DEMO_COMMENTS.forEach((c, i) => {
		const at = `comment ${i}`;
		const chapter = versions[c.version].chapters.find((ch) => ch.key === c.chapterKey);
		if (!chapter) {
			problems.push(`${at}: unknown chapter ${c.chapterKey} in version ${c.version}`);
			return;
		}
		if (c.state === 'rejected' && !c.rejectionReason) problems.push(`${at}: rejected without a reason`);
		if (c.state !== 'rejected' && c.rejectionReason) problems.push(`${at}: reason without rejection`);
		if (c.replyTo !== undefined) {
			const parent = DEMO_COMMENTS[c.replyTo];
			if (c.replyTo >= i || !parent) problems.push(`${at}: replyTo ${c.replyTo} is not an earlier comment`);
			else if (
				parent.chapterKey !== c.chapterKey ||
				parent.version !== c.version ||
				parent.paragraphStartsWith !== c.paragraphStartsWith
			)
				problems.push(`${at}: reply is not on the same chapter/paragraph as its parent`);
		}
		if (c.paragraphStartsWith !== undefined) {
			const p = c.paragraphStartsWith;
			if (p.length < 20 || p.length > 40)
				problems.push(`${at}: paragraphStartsWith has ${p.length} characters (expected 20–40)`);
			const matches = blockLines(chapter.markdown).filter((l) => blockText(l).startsWith(p)).length;
			if (matches !== 1)
				problems.push(`${at}: "${p}" matches ${matches} blocks of ${c.chapterKey} in version ${c.version}`);
			if (c.version === 1 && c.replyTo === undefined) {
				const v2 = DEMO_VERSION_2.chapters.find((ch) => ch.key === c.chapterKey);
				if (!v2 || !blockLines(v2.markdown).some((l) => blockText(l).startsWith(p))) orphaned++;
			}
		}
	});
	if (orphaned !== 1)
		problems.push(`${orphaned} version-1 comments lose their paragraph in version 2 (expected 1)`);
	const replies = DEMO_COMMENTS.filter((c) => c.replyTo !== undefined).length;
	if (replies < 3 || replies > 4) problems.push(`${replies} replies (expected 3–4)`);
	const onV2 = DEMO_COMMENTS.filter((c) => c.version === 2).length;
	if (onV2 < 2 || onV2 > 3) problems.push(`${onV2} comments on version 2 (expected 2–3)`);
	return problems;
}
