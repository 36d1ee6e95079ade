// The demo pins of the quarter map (see demo-map.ts): issues and good things of Bochum's quarters in our
// own words, after seed 004 (living space, green, internet, local supply, public space, mobility,
// accessibility). Points are small offsets from the districts' label points, so each stays in its district.

export type Person = 'buerger' | 'allianz' | 'citizen2' | 'citizen3';

export interface DemoPin {
	district: string;
	/** Offset from the district's label point in degrees (small: stays inside the district). */
	at?: [number, number];
	/** No point: a pin "ohne genauen Ort". */
	noPoint?: boolean;
	category: string;
	author: Person;
	body: string;
	state: 'published' | 'pending';
	supporters?: Person[];
	comments?: { author: Person; body: string }[];
}

export const DEMO_PINS: DemoPin[] = [
	{
		district: 'querenburg',
		at: [0.001, -0.002],
		category: 'wohnraum',
		author: 'citizen3',
		state: 'published',
		supporters: ['buerger', 'citizen2', 'allianz'],
		body: 'Rund um die Uni sind WG-Zimmer kaum noch unter 450 Euro zu finden. Es braucht mehr bezahlbare Wohnungen für Studierende und Auszubildende.',
		comments: [
			{
				author: 'allianz',
				body: 'Als Genossenschaft planen wir ein Haus mit kleinen Wohnungen in Uninähe. Wir nehmen den Hinweis gern mit.'
			}
		]
	},
	{
		district: 'querenburg',
		at: [-0.002, 0.002],
		category: 'mobilitaet',
		author: 'citizen3',
		state: 'published',
		supporters: ['citizen2'],
		body: 'Die U35 ist zu Semesterbeginn völlig überfüllt. Ein dichterer Takt am Morgen würde vielen helfen.'
	},
	{
		district: 'langendreer',
		at: [0.0015, 0.001],
		category: 'nahversorgung',
		author: 'buerger',
		state: 'published',
		supporters: ['citizen2', 'citizen3'],
		body: 'Seit der Supermarkt an der Hauptstraße geschlossen hat, fahren ältere Nachbarinnen mit dem Bus zum Einkaufen.',
		comments: [
			{ author: 'citizen2', body: 'Das kann ich bestätigen. Der Bus fährt außerdem nur alle 30 Minuten.' }
		]
	},
	{
		district: 'langendreer-alter-bahnhof',
		at: [0.001, -0.001],
		category: 'oeffentlicher-raum',
		author: 'buerger',
		state: 'published',
		supporters: ['citizen3'],
		body: 'Der Platz am Alten Bahnhof könnte mit Bänken, Bäumen und Schatten ein echter Treffpunkt werden.'
	},
	{
		district: 'werne',
		at: [-0.001, 0.0015],
		category: 'gruen',
		author: 'citizen2',
		state: 'published',
		supporters: ['buerger'],
		body: 'Die Brache hinter der Grundschule wäre ideal für einen Quartiersgarten, den Schule und Nachbarschaft gemeinsam pflegen.'
	},
	{
		district: 'werne',
		at: [0.002, -0.001],
		category: 'internet',
		author: 'citizen2',
		state: 'pending',
		body: 'In unserer Straße gibt es nur 16 Mbit/s. Homeoffice und Lernen zu Hause funktionieren so kaum.'
	},
	{
		district: 'laer',
		at: [0.001, 0.002],
		category: 'wohnraum',
		author: 'allianz',
		state: 'published',
		supporters: ['buerger', 'citizen3'],
		body: 'Im neuen Quartier auf dem früheren Werksgelände sollten von Anfang an geförderte Wohnungen für Familien eingeplant werden.'
	},
	{
		district: 'suedinnenstadt',
		at: [-0.001, -0.001],
		category: 'barrierefreiheit',
		author: 'buerger',
		state: 'published',
		supporters: ['citizen2'],
		body: 'Viele Altbauten haben keinen Aufzug. Wer im Alter keine Treppen mehr steigen kann, muss das Viertel verlassen.'
	},
	{
		district: 'gleisdreieck',
		at: [0.001, 0.001],
		category: 'oeffentlicher-raum',
		author: 'citizen3',
		state: 'published',
		body: 'Die Unterführung zum Bahnhof ist dunkel und wirkt abends unsicher. Bessere Beleuchtung wäre ein Anfang.'
	},
	{
		district: 'altenbochum',
		at: [-0.0015, 0.001],
		category: 'gruen',
		author: 'buerger',
		state: 'published',
		supporters: ['citizen3'],
		body: 'Die Straßenbäume leiden unter der Hitze. Mehr Grün und entsiegelte Flächen würden das Klima im Quartier verbessern.'
	},
	{
		district: 'hamme',
		at: [0.001, -0.0015],
		category: 'nahversorgung',
		author: 'citizen2',
		state: 'published',
		body: 'Es fehlt eine Apotheke, die man zu Fuß erreichen kann.'
	},
	{
		district: 'riemke',
		at: [-0.001, 0.001],
		category: 'mobilitaet',
		author: 'citizen3',
		state: 'published',
		supporters: ['buerger'],
		body: 'Ein sicherer Radweg Richtung Innenstadt fehlt – auf der Hauptstraße ist es zu gefährlich.'
	},
	{
		district: 'hofstede',
		at: [0.001, 0.001],
		category: 'wohnraum',
		author: 'allianz',
		state: 'published',
		body: 'Die Siedlungen aus den 1960er-Jahren müssten energetisch saniert werden – ohne dass die Miete danach unbezahlbar wird.'
	},
	{
		district: 'gerthe',
		at: [-0.001, -0.001],
		category: 'internet',
		author: 'buerger',
		state: 'published',
		supporters: ['citizen2', 'citizen3'],
		body: 'Das Glasfasernetz endet zwei Straßen weiter. Wann wird der Rest des Stadtteils angeschlossen?'
	},
	{
		district: 'bergen-hiltrop',
		at: [0.001, -0.001],
		category: 'gruen',
		author: 'citizen2',
		state: 'published',
		body: 'Der Volkspark ist ein Schatz – bitte die Wege pflegen und mehr Bänke aufstellen.'
	},
	{
		district: 'harpen-rosenberg',
		at: [-0.001, 0.001],
		category: 'nahversorgung',
		author: 'buerger',
		state: 'pending',
		body: 'Der Wochenmarkt ist klein geworden. Ein Dorfladen mit regionalen Produkten würde das Quartier beleben.'
	},
	{
		district: 'wattenscheid-mitte',
		at: [0.001, 0.001],
		category: 'oeffentlicher-raum',
		author: 'citizen3',
		state: 'published',
		supporters: ['buerger'],
		body: 'Die Fußgängerzone braucht Leben: Leerstände könnten für Ateliers, Treffpunkte oder Wohnungen genutzt werden.'
	},
	{
		district: 'hoentrop',
		at: [-0.001, -0.001],
		category: 'barrierefreiheit',
		author: 'buerger',
		state: 'published',
		supporters: ['citizen2'],
		body: 'Der Bahnhof hat keinen stufenlosen Zugang zu allen Gleisen.'
	},
	{
		district: 'guennigfeld',
		at: [0.001, -0.001],
		category: 'wohnraum',
		author: 'citizen2',
		state: 'published',
		body: 'Für junge Familien gibt es kaum größere Mietwohnungen im Quartier.'
	},
	{
		district: 'weitmar-mitte',
		at: [-0.001, 0.001],
		category: 'mobilitaet',
		author: 'citizen3',
		state: 'published',
		body: 'Abends fahren die Busse nur noch stündlich – ohne Auto ist man abgehängt.'
	},
	{
		district: 'linden',
		at: [0.001, 0.001],
		category: 'gruen',
		author: 'buerger',
		state: 'published',
		supporters: ['citizen3'],
		body: 'Der Zugang zur Ruhr ist an vielen Stellen zugewachsen. Ein durchgehender Uferweg wäre schön.'
	},
	{
		district: 'dahlhausen',
		at: [-0.001, 0.001],
		category: 'barrierefreiheit',
		author: 'citizen2',
		state: 'published',
		body: 'Die Gehwege sind so schmal, dass man mit Rollator oder Kinderwagen auf die Straße ausweichen muss.'
	},
	{
		district: 'stiepel',
		at: [0.001, -0.001],
		category: 'sonstiges',
		author: 'citizen3',
		state: 'published',
		body: 'Im ganzen Stadtteil gibt es keinen Treffpunkt für Jugendliche.'
	},
	{
		district: 'wiemelhausen-brenschede',
		at: [-0.001, -0.001],
		category: 'wohnraum',
		author: 'buerger',
		state: 'published',
		supporters: ['allianz'],
		body: 'Gemeinschaftliches Wohnen für Ältere fehlt – wir würden gern ein Wohnprojekt gründen und suchen ein Grundstück.'
	},
	{
		district: 'kruppwerke',
		noPoint: true,
		category: 'oeffentlicher-raum',
		author: 'citizen2',
		state: 'published',
		supporters: ['buerger'],
		body: 'Im ganzen Viertel fehlen Spielplätze, die auch für größere Kinder etwas bieten.'
	},
	{
		district: 'eppendorf',
		at: [0.001, 0.001],
		category: 'nahversorgung',
		author: 'citizen3',
		state: 'pending',
		body: 'Das Nahversorgungszentrum ist eigentlich nur mit dem Auto gut zu erreichen.'
	}
];
