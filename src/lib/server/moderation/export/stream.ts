// Streams an export one batch per pull. The database reads are synchronous (better-sqlite3), so a
// batch holds the event loop for a few milliseconds; between batches the stream waits for the next turn
// of the event loop (setImmediate), so other requests are served in between, and it produces the next
// batch only when the client has taken the previous one (the stream's back-pressure).
import type { ExportRow } from './model';

/** Lets pending I/O callbacks (other requests) run before the next batch. */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface TextEncoderParts {
	start: () => string;
	rows: (rows: ExportRow[]) => string;
	end: (count: number) => string;
}

/**
 * A byte stream of text built batch by batch: `start`, then `rows` for each batch from `next`, then
 * `end` with the number of rows. `onDone` runs once the last byte is queued.
 */
export function textStream(
	next: () => ExportRow[],
	parts: TextEncoderParts,
	onDone?: (count: number) => void
): ReadableStream<Uint8Array> {
	const encoder = new TextEncoder();
	let started = false;
	let count = 0;
	return new ReadableStream<Uint8Array>(
		{
			async pull(controller) {
				let text = '';
				if (!started) {
					started = true;
					text = parts.start();
				}
				const rows = next();
				if (rows.length === 0) {
					controller.enqueue(encoder.encode(text + parts.end(count)));
					controller.close();
					onDone?.(count);
					return;
				}
				count += rows.length;
				controller.enqueue(encoder.encode(text + parts.rows(rows)));
				await yieldToEventLoop();
			}
		},
		{ highWaterMark: 1 }
	);
}
