// Photos of pins: only real JPEG/PNG/WebP images are accepted, re-encoded upright, at most 1600 px, with
// a thumbnail, and without any metadata – in particular without the GPS position a phone writes.
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { MAX_PHOTO_BYTES, preparePhoto } from '../../src/lib/server/modules/map/photos';

/** A JPEG as a phone writes it: EXIF with GPS position, camera, and "rotate 90°" orientation. */
async function phoneJpeg(width = 2400, height = 1200) {
	return sharp({ create: { width, height, channels: 3, background: '#3a7a3a' } })
		.jpeg()
		.withMetadata({ orientation: 6 })
		.withExif({
			IFD0: { Make: 'Testphone', Model: 'X1', Copyright: 'Jemand' },
			IFD3: {
				GPSLatitudeRef: 'N',
				GPSLatitude: '51/1 27/1 1116/100',
				GPSLongitudeRef: 'E',
				GPSLongitude: '7/1 16/1 594/100'
			}
		})
		.toBuffer();
}

/** The GPS IFD pointer tag (0x8825) in a little-endian EXIF block. */
const hasGpsTag = (exif: Buffer | undefined) => !!exif && exif.includes(Buffer.from([0x25, 0x88]));

describe('preparePhoto', () => {
	it('strips EXIF (GPS) and turns the photo upright', async () => {
		const input = await phoneJpeg();
		const before = await sharp(input).metadata();
		expect(before.orientation).toBe(6);
		expect(hasGpsTag(before.exif)).toBe(true);
		expect(before.exif!.includes(Buffer.from('Testphone'))).toBe(true);

		const r = await preparePhoto(input, '  Grünfläche  am   Bach ');
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.photo.alt).toBe('Grünfläche am Bach');
		const after = await sharp(r.photo.data).metadata();
		expect(after.format).toBe('webp');
		expect(after.exif).toBeUndefined();
		expect(after.icc).toBeUndefined();
		expect(after.xmp).toBeUndefined();
		expect(after.orientation).toBeUndefined();
		// Upright (90° turn) and at most 1600 px on the long edge.
		expect([after.width, after.height]).toEqual([800, 1600]);
		expect([r.photo.width, r.photo.height]).toEqual([800, 1600]);
		expect(r.photo.data.includes(Buffer.from('Testphone'))).toBe(false);
		const thumb = await sharp(r.photo.thumb).metadata();
		expect(Math.max(thumb.width!, thumb.height!)).toBe(320);
		expect(thumb.exif).toBeUndefined();
	});

	it('accepts PNG and WebP and keeps small images small', async () => {
		const png = await sharp({ create: { width: 300, height: 200, channels: 4, background: '#0000ff80' } })
			.png()
			.toBuffer();
		const r = await preparePhoto(png);
		expect(r).toMatchObject({ ok: true, photo: { width: 300, height: 200, mime: 'image/webp' } });
		const webp = await sharp({ create: { width: 50, height: 50, channels: 3, background: '#888' } })
			.webp()
			.toBuffer();
		expect((await preparePhoto(webp)).ok).toBe(true);
	});

	it('refuses a text file named .jpg, other formats, broken and oversized files', async () => {
		expect(await preparePhoto(Buffer.from('Das ist kein Bild, nur Text.'))).toEqual({
			ok: false,
			reason: 'photo_invalid'
		});
		const gif = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } })
			.gif()
			.toBuffer();
		expect(await preparePhoto(gif)).toEqual({ ok: false, reason: 'photo_invalid' });
		const jpeg = await phoneJpeg(400, 300);
		expect(await preparePhoto(jpeg.subarray(0, 200))).toEqual({ ok: false, reason: 'photo_invalid' });
		expect(await preparePhoto(new Uint8Array(MAX_PHOTO_BYTES + 1))).toEqual({
			ok: false,
			reason: 'photo_too_large'
		});
		expect(await preparePhoto(jpeg, 'x'.repeat(301))).toEqual({ ok: false, reason: 'photo_alt_too_long' });
	});
});
