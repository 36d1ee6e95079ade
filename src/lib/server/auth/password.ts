// Password hashing (argon2id, OWASP parameters) and the common-password check.
import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

const OPTIONS = { memoryCost: 19456, timeCost: 2, outputLen: 32, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 256;

let common: Set<string> | undefined;

/** True when the password is one of the ~30,000 most common passwords (case-insensitive). */
export function isCommonPassword(password: string): boolean {
	common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
	return common.has(password.toLowerCase());
}

export function hashPassword(password: string): Promise<string> {
	return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

// A hash to verify against when the account does not exist, so both paths take the same time.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
	dummyHash ??= hashPassword('no-such-account-dummy-password');
	await verifyPassword(await dummyHash, password);
}
