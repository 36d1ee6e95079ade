// Floor route for the map's pins API (src/routes/api/processes/[slug]/pins/+server.ts): the same queries
// (process, its first map module, the public pins once), the same supercluster index (built once and
// kept, as the app keeps it until pins change) and the same answer – without the framework.
import Supercluster from 'supercluster';

const indexes = new Map();

function shorten(text, max = 140) {
	const flat = text.replace(/\s+/g, ' ').trim();
	if (flat.length <= max) return flat;
	const cut = flat.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return (space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd() + '…';
}

function build(q, moduleId) {
	const rows = q.all(
		`select c.id, c.lat, c.lon, pc.key as category, c.district_id as districtId, substr(c.body, 1, 180) as text
		 from contributions c join pin_categories pc on pc.id = c.category_id join districts d on d.id = c.district_id
		 where c.module_id = ? and c.kind = 'pin' and c.state = 'published' and c.hidden = 0`,
		moduleId
	);
	const areas = new Map(
		q.all(`select id, slug as d, name, label_lat as lat, label_lon as lon from districts`).map((d) => [d.id, d])
	);
	const areaCounts = new Map();
	const features = [];
	for (const p of rows) {
		if (p.lat === null || p.lon === null) areaCounts.set(p.districtId, (areaCounts.get(p.districtId) ?? 0) + 1);
		else
			features.push({
				type: 'Feature',
				geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
				properties: { id: p.id, c: p.category, t: shorten(p.text) }
			});
	}
	const sc = new Supercluster({ radius: 60, maxZoom: 16, minPoints: 2 }).load(features);
	return { sc, areas, areaCounts, total: rows.length };
}

const round = (x) => Math.round(x * 1e5) / 1e5;

export const PINS_ROUTE = {
	path: /^\/api\/processes\/([^/]+)\/pins$/,
	handle(q, m, url) {
		const bbox = (url.searchParams.get('bbox') ?? '').split(',').map(Number);
		const zoom = Number(url.searchParams.get('zoom'));
		if (bbox.length !== 4 || !bbox.every(Number.isFinite) || !Number.isInteger(zoom))
			return { status: 400, body: { error: 'bbox/zoom' } };
		const process = q.get(`select id from processes where slug = ? and published = 1`, decodeURIComponent(m[1]));
		if (!process) return { status: 404, body: { error: 'Nicht gefunden' } };
		const mod = q.get(
			`select id from modules where process_id = ? and type = 'map' order by position limit 1`,
			process.id
		);
		if (!mod) return { status: 404, body: { error: 'Nicht gefunden' } };
		let index = indexes.get(mod.id);
		if (!index) indexes.set(mod.id, (index = build(q, mod.id)));
		const [west, south, east, north] = bbox;
		const areas = [];
		for (const [districtId, n] of index.areaCounts) {
			const a = index.areas.get(districtId);
			if (a && a.lon >= west && a.lon <= east && a.lat >= south && a.lat <= north)
				areas.push({ d: a.d, name: a.name, lat: round(a.lat), lon: round(a.lon), n });
		}
		let z = Math.min(zoom, 17);
		let features = index.sc.getClusters(bbox, z);
		while (features.length + areas.length > 200 && z > 0) features = index.sc.getClusters(bbox, --z);
		const room = Math.max(0, 200 - areas.length);
		const out = { zoom: z, total: index.total, clusters: [], pins: [], areas, truncated: features.length > room };
		for (const f of features.slice(0, room)) {
			const [lon, lat] = f.geometry.coordinates;
			const p = f.properties;
			if (p.cluster)
				out.clusters.push({
					id: p.cluster_id,
					lat: round(lat),
					lon: round(lon),
					n: p.point_count,
					z: Math.min(index.sc.getClusterExpansionZoom(p.cluster_id), 20)
				});
			else out.pins.push({ id: p.id, lat: round(lat), lon: round(lon), c: p.c, t: p.t });
		}
		return { body: out };
	}
};
