// Server-side clustering of the public pins of a map module, so the browser never gets more than ~200
// features whatever the number of pins. One supercluster index per (module, category, Stadtbezirk)
// filter, built lazily from the module's pins (loaded once per module) and kept in a small LRU; every
// entry of a module is dropped when its contributions change (events.ts). Pins "ohne genauen Ort" have
// no point: they are not clustered but counted per district and shown at the district's label point.
// Why one index per filter instead of filtering in map/reduce: see docs/concepts/map.md.
import Supercluster from 'supercluster';
import type { Conn } from '../../db';
import { districts } from '../../db/schema';
import { onContributionsChanged } from '../../events';
import { publicPinPoints } from './queries';
import { shorten, type BboxTuple } from './input';

export const MAX_FEATURES = 200;
/** Above this zoom every pin is shown on its own. */
export const CLUSTER_MAX_ZOOM = 16;
const LRU_SIZE = 12;

export interface PinFilter {
	/** Category key, '' for all. */
	category: string;
	/** Stadtbezirk id, '' for all. */
	stadtbezirkId: string;
}

interface Point {
	id: string;
	lat: number | null;
	lon: number | null;
	c: string;
	s: string;
	d: string;
	t: string;
}

interface Area {
	d: string;
	name: string;
	lat: number;
	lon: number;
}

interface ModuleData {
	points: Point[];
	areas: Map<string, Area>;
}

interface FilterIndex {
	sc: Supercluster<{ id: string; c: string; t: string }>;
	/** Pins without a point per district id. */
	areaCounts: Map<string, number>;
	total: number;
	/** Expansion zoom per cluster id, computed once (it walks the cluster's children). */
	expansion: Map<number, number>;
}

const modulesData = new Map<string, ModuleData>();
const indexes = new Map<string, FilterIndex>();
/**
 * Serialised answers per (module, filter, view): many visitors open the map with the same start view,
 * so most requests are answered from here. Dropped with the module's indexes.
 */
const answers = new Map<string, string>();
const ANSWERS_SIZE = 200;

onContributionsChanged((moduleId) => {
	if (moduleId === null) return clearClusterCache();
	modulesData.delete(moduleId);
	for (const map of [indexes, answers])
		for (const key of [...map.keys()]) if (key.startsWith(`${moduleId}|`)) map.delete(key);
});

export function clearClusterCache() {
	modulesData.clear();
	indexes.clear();
	answers.clear();
}

/** Least recently used first: a hit moves to the end; beyond `size` the first entry goes. */
function lruGet<V>(map: Map<string, V>, key: string): V | undefined {
	const hit = map.get(key);
	if (hit !== undefined) {
		map.delete(key);
		map.set(key, hit);
	}
	return hit;
}

function lruSet<V>(map: Map<string, V>, key: string, value: V, size: number) {
	map.set(key, value);
	if (map.size > size) map.delete(map.keys().next().value!);
}

function moduleData(conn: Conn, moduleId: string): ModuleData {
	let data = modulesData.get(moduleId);
	if (data) return data;
	const points = publicPinPoints(conn, moduleId).map((p) => ({
		id: p.id,
		lat: p.lat,
		lon: p.lon,
		c: p.category,
		s: p.stadtbezirkId,
		d: p.districtId!,
		t: shorten(p.text)
	}));
	const areas = new Map(
		conn
			.select({
				id: districts.id,
				d: districts.slug,
				name: districts.name,
				lat: districts.labelLat,
				lon: districts.labelLon
			})
			.from(districts)
			.all()
			.map(({ id, ...a }) => [id, a])
	);
	data = { points, areas };
	modulesData.set(moduleId, data);
	return data;
}

function filterIndex(conn: Conn, moduleId: string, filter: PinFilter): FilterIndex {
	const key = `${moduleId}|${filter.category}|${filter.stadtbezirkId}`;
	const hit = lruGet(indexes, key);
	if (hit) return hit;
	const { points } = moduleData(conn, moduleId);
	const chosen = points.filter(
		(p) =>
			(!filter.category || p.c === filter.category) && (!filter.stadtbezirkId || p.s === filter.stadtbezirkId)
	);
	const areaCounts = new Map<string, number>();
	const features: Supercluster.PointFeature<{ id: string; c: string; t: string }>[] = [];
	for (const p of chosen) {
		if (p.lat === null || p.lon === null) areaCounts.set(p.d, (areaCounts.get(p.d) ?? 0) + 1);
		else
			features.push({
				type: 'Feature',
				geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
				properties: { id: p.id, c: p.c, t: p.t }
			});
	}
	const sc = new Supercluster<{ id: string; c: string; t: string }>({
		radius: 60,
		maxZoom: CLUSTER_MAX_ZOOM,
		minPoints: 2
	}).load(features);
	const index = { sc, areaCounts, total: chosen.length, expansion: new Map<number, number>() };
	lruSet(indexes, key, index, LRU_SIZE);
	return index;
}

const round = (x: number) => Math.round(x * 1e5) / 1e5;

export interface ClusterView {
	/** The zoom the clusters were computed for (lower than asked when the view had too many features). */
	zoom: number;
	/** Public pins matching the filter in the whole module. */
	total: number;
	clusters: { id: number; lat: number; lon: number; n: number; z: number }[];
	pins: { id: string; lat: number; lon: number; c: string; t: string }[];
	/** Pins "ohne genauen Ort", per district, at the district's label point. */
	areas: { d: string; name: string; lat: number; lon: number; n: number }[];
	truncated: boolean;
}

/** Clusters, single pins and district groups in a bounding box at a zoom level: at most MAX_FEATURES. */
export function clustersInView(
	conn: Conn,
	moduleId: string,
	filter: PinFilter,
	bbox: BboxTuple,
	zoom: number
): ClusterView {
	const index = filterIndex(conn, moduleId, filter);
	const [west, south, east, north] = bbox;
	const areaList = moduleData(conn, moduleId).areas;
	const areas: ClusterView['areas'] = [];
	for (const [districtId, n] of index.areaCounts) {
		const a = areaList.get(districtId);
		if (a && a.lon >= west && a.lon <= east && a.lat >= south && a.lat <= north)
			areas.push({ d: a.d, name: a.name, lat: round(a.lat), lon: round(a.lon), n });
	}
	// Too many features in view (a huge screen, or a request at street zoom over the whole city): cluster
	// as for a lower zoom until it fits.
	let z = Math.min(zoom, CLUSTER_MAX_ZOOM + 1);
	let features = index.sc.getClusters(bbox, z);
	while (features.length + areas.length > MAX_FEATURES && z > 0) features = index.sc.getClusters(bbox, --z);
	const room = Math.max(0, MAX_FEATURES - areas.length);
	const out: ClusterView = {
		zoom: z,
		total: index.total,
		clusters: [],
		pins: [],
		areas,
		truncated: features.length > room
	};
	for (const f of features.slice(0, room)) {
		const [lon, lat] = f.geometry.coordinates;
		const props = f.properties as { cluster?: boolean; cluster_id?: number; point_count?: number } & {
			id?: string;
			c?: string;
			t?: string;
		};
		if (props.cluster) {
			const id = props.cluster_id!;
			let expand = index.expansion.get(id);
			if (expand === undefined)
				index.expansion.set(id, (expand = Math.min(index.sc.getClusterExpansionZoom(id), 20)));
			out.clusters.push({ id, lat: round(lat), lon: round(lon), n: props.point_count!, z: expand });
		} else out.pins.push({ id: props.id!, lat: round(lat), lon: round(lon), c: props.c!, t: props.t! });
	}
	return out;
}

/** clustersInView as JSON, from the answer cache when the same view was asked for before. */
export function clustersJson(
	conn: Conn,
	moduleId: string,
	filter: PinFilter,
	bbox: BboxTuple,
	zoom: number
): string {
	const key = `${moduleId}|${filter.category}|${filter.stadtbezirkId}|${bbox.join(',')}|${zoom}`;
	const hit = lruGet(answers, key);
	if (hit !== undefined) return hit;
	const json = JSON.stringify(clustersInView(conn, moduleId, filter, bbox, zoom));
	lruSet(answers, key, json, ANSWERS_SIZE);
	return json;
}
