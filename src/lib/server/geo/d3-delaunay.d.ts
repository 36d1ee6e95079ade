// Minimal types for the part of d3-delaunay the quarters use (the package ships no declarations).
declare module 'd3-delaunay' {
	export class Voronoi {
		/** The closed polygon of cell i ([[x0, y0], …, [x0, y0]]), or null when the cell is empty. */
		cellPolygon(i: number): [number, number][] | null;
	}
	export class Delaunay {
		static from(points: ArrayLike<[number, number]>): Delaunay;
		voronoi(bounds?: [number, number, number, number]): Voronoi;
	}
}
