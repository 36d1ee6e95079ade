// Random tokens for sessions, e-mail links and invitations. Only their SHA-256 is stored.
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';

/** 120 bits of randomness, URL-safe. */
export function generateToken(): string {
	const bytes = new Uint8Array(15);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

export function hashToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export function sha256Bytes(value: string): Uint8Array {
	return sha256(new TextEncoder().encode(value));
}
