// Reads for the administration pages: accounts with their roles, organisations with members, and the
// audit log. Every page runs a fixed, small number of indexed queries – never one query per row.
// Lists use keyset pagination (a cursor of the last row's sort key), so page 200 costs what page 1 costs
// and rows inserted meanwhile neither repeat nor vanish between pages.
import {
	and,
	asc,
	between,
	count,
	desc,
	eq,
	exists,
	gte,
	inArray,
	isNull,
	lt,
	not,
	sql,
	type SQL
} from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Conn } from '../db';
import { auditLog, invitations, organisations, ROLES, userRoles, users, type Role } from '../db/schema';

export const PAGE_SIZE = 50;
/** How many audit entries the account page shows for one user. */
export const USER_HISTORY_LIMIT = 100;

// ---------------------------------------------------------------------------------------------------
// Accounts

export interface UserCursor {
	createdAt: number;
	id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `<createdAtMs>_<id>` from the query string; null for anything malformed (the list starts over). */
export function parseUserCursor(raw: string | null | undefined): UserCursor | null {
	if (!raw) return null;
	const sep = raw.indexOf('_');
	if (sep < 1) return null;
	const ms = raw.slice(0, sep);
	const id = raw.slice(sep + 1);
	if (!/^\d{1,15}$/.test(ms) || !UUID.test(id)) return null;
	return { createdAt: Number(ms), id: id.toLowerCase() };
}

export function formatUserCursor(c: UserCursor): string {
	return `${c.createdAt}_${c.id}`;
}

/** Escapes LIKE wildcards so a search for "50%" or "a_b" matches those characters literally. */
function likeContains(q: string): string {
	return `%${q.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
}

/**
 * SQLite's LIKE ignores case for ASCII letters only. German names need the umlauts too, so both sides are
 * folded: the column by replacing the capital umlauts, the search term by toLowerCase().
 */
function foldUmlauts(col: SQL | typeof users.displayName): SQL {
	return sql`replace(replace(replace(replace(${col}, 'Ä', 'ä'), 'Ö', 'ö'), 'Ü', 'ü'), 'ẞ', 'ß')`;
}

function sortRoles(roles: Role[]): Role[] {
	return [...roles].sort((a, b) => ROLES.indexOf(a) - ROLES.indexOf(b));
}

/** The roles of many users in one query (primary key user_id, role). */
export function rolesOfUsers(db: Conn, userIds: string[]): Map<string, Role[]> {
	const out = new Map<string, Role[]>();
	if (userIds.length === 0) return out;
	const rows = db
		.select({ userId: userRoles.userId, role: userRoles.role })
		.from(userRoles)
		.where(inArray(userRoles.userId, userIds))
		.all();
	for (const r of rows) {
		const list = out.get(r.userId);
		if (list) list.push(r.role);
		else out.set(r.userId, [r.role]);
	}
	for (const [k, v] of out) out.set(k, sortRoles(v));
	return out;
}

export interface UserListOptions {
	/** Part of the display name or e-mail address, case-insensitive. */
	q?: string;
	role?: Role;
	after?: UserCursor | null;
	limit?: number;
}

/** One page of accounts, newest first (index users_created_idx on created_at, id). */
export function listUsers(db: Conn, opts: UserListOptions = {}) {
	const limit = opts.limit ?? PAGE_SIZE;
	const where: SQL[] = [];
	const q = opts.q?.trim();
	if (q) {
		const pattern = likeContains(q.toLowerCase());
		where.push(
			sql`(${foldUmlauts(users.displayName)} LIKE ${pattern} ESCAPE '\\' OR ${users.email} LIKE ${pattern} ESCAPE '\\')`
		);
	}
	if (opts.role) {
		where.push(
			exists(
				db
					.select({ one: sql`1` })
					.from(userRoles)
					.where(and(eq(userRoles.userId, users.id), eq(userRoles.role, opts.role)))
			)
		);
	}
	if (opts.after) {
		// Row-value comparison: SQLite walks the (created_at, id) index from the cursor on.
		where.push(sql`(${users.createdAt}, ${users.id}) < (${opts.after.createdAt}, ${opts.after.id})`);
	}
	const rows = db
		.select({
			id: users.id,
			displayName: users.displayName,
			email: users.email,
			emailVerifiedAt: users.emailVerifiedAt,
			organisationId: users.organisationId,
			organisationName: organisations.name,
			createdAt: users.createdAt
		})
		.from(users)
		.leftJoin(organisations, eq(organisations.id, users.organisationId))
		.where(where.length ? and(...where) : undefined)
		.orderBy(desc(users.createdAt), desc(users.id))
		.limit(limit + 1)
		.all();
	const hasMore = rows.length > limit;
	const page = hasMore ? rows.slice(0, limit) : rows;
	const roles = rolesOfUsers(
		db,
		page.map((u) => u.id)
	);
	const last = page[page.length - 1];
	return {
		users: page.map((u) => ({ ...u, roles: roles.get(u.id) ?? [] })),
		next: hasMore && last ? { createdAt: last.createdAt.getTime(), id: last.id } : null
	};
}

/** One account with its organisation and roles (who granted each, when); null if unknown. */
export function userDetail(db: Conn, userId: string) {
	const user = db
		.select({
			id: users.id,
			displayName: users.displayName,
			email: users.email,
			emailVerifiedAt: users.emailVerifiedAt,
			locale: users.locale,
			createdAt: users.createdAt,
			organisationId: users.organisationId,
			organisationName: organisations.name,
			organisationActorType: organisations.actorType
		})
		.from(users)
		.leftJoin(organisations, eq(organisations.id, users.organisationId))
		.where(eq(users.id, userId))
		.get();
	if (!user) return null;
	const granter = alias(users, 'granter');
	const roles = db
		.select({
			role: userRoles.role,
			grantedAt: userRoles.grantedAt,
			grantedById: userRoles.grantedBy,
			grantedByName: granter.displayName
		})
		.from(userRoles)
		.leftJoin(granter, eq(granter.id, userRoles.grantedBy))
		.where(eq(userRoles.userId, userId))
		.all()
		.sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role));
	return { ...user, roles };
}

// ---------------------------------------------------------------------------------------------------
// Organisations

/** All organisations by name, with the number of members (index users_organisation_idx). */
export function listOrganisationsWithCounts(db: Conn) {
	return db
		.select({
			id: organisations.id,
			name: organisations.name,
			actorType: organisations.actorType,
			createdAt: organisations.createdAt,
			members: count(users.id)
		})
		.from(organisations)
		.leftJoin(users, eq(users.organisationId, organisations.id))
		.groupBy(organisations.id)
		.orderBy(asc(organisations.name))
		.all();
}

export function organisationById(db: Conn, id: string) {
	return db.select().from(organisations).where(eq(organisations.id, id)).get() ?? null;
}

/** The accounts that belong to an organisation, with their roles (two queries). */
export function organisationMembers(db: Conn, organisationId: string) {
	const rows = db
		.select({
			id: users.id,
			displayName: users.displayName,
			email: users.email,
			emailVerifiedAt: users.emailVerifiedAt,
			createdAt: users.createdAt
		})
		.from(users)
		.where(eq(users.organisationId, organisationId))
		.orderBy(asc(users.displayName))
		.all();
	const roles = rolesOfUsers(
		db,
		rows.map((u) => u.id)
	);
	return rows.map((u) => ({ ...u, roles: roles.get(u.id) ?? [] }));
}

/** Whether the invitation belongs to this organisation (so a form cannot revoke another's link). */
export function invitationBelongsTo(db: Conn, invitationId: string, organisationId: string): boolean {
	return !!db
		.select({ id: invitations.id })
		.from(invitations)
		.where(and(eq(invitations.id, invitationId), eq(invitations.organisationId, organisationId)))
		.get();
}

// ---------------------------------------------------------------------------------------------------
// Audit log

/**
 * Actions that a process of the platform performs on its own (scheduled clean-ups, imports, the demo
 * seed). Their rows have no actor and are shown as "System"; any other row without an actor was written
 * by an account that has since been deleted. New system actions use the prefix "system.".
 */
export const SYSTEM_ACTIONS: readonly string[] = ['demo.seeded'];

export function isSystemAction(action: string): boolean {
	return action.startsWith('system.') || SYSTEM_ACTIONS.includes(action);
}

export type ActorKind = 'user' | 'deleted' | 'system';

const actor = alias(users, 'actor');
const entityUser = alias(users, 'entity_user');
const entityOrg = alias(organisations, 'entity_org');

const auditColumns = {
	id: auditLog.id,
	createdAt: auditLog.createdAt,
	actorId: auditLog.actorId,
	actorName: actor.displayName,
	action: auditLog.action,
	entityType: auditLog.entityType,
	entityId: auditLog.entityId,
	/** The display name of a user entity, or the name of an organisation entity, if it still exists. */
	entityName: sql<string | null>`coalesce(${entityUser.displayName}, ${entityOrg.name})`,
	before: auditLog.before,
	after: auditLog.after
};

type AuditRowRaw = {
	id: number;
	createdAt: Date;
	actorId: string | null;
	actorName: string | null;
	action: string;
	entityType: string;
	entityId: string | null;
	entityName: string | null;
	before: unknown;
	after: unknown;
};

function withActorKind(r: AuditRowRaw) {
	const actorKind: ActorKind = r.actorId ? 'user' : isSystemAction(r.action) ? 'system' : 'deleted';
	return { ...r, actorKind };
}

export type AuditEntry = ReturnType<typeof withActorKind>;

/**
 * Audit rows joined once with the acting account and with the entity acted upon (for accounts and
 * organisations) – primary-key look-ups, no query per row.
 */
function auditQuery(db: Conn, where: SQL | undefined, limit: number): AuditRowRaw[] {
	return db
		.select(auditColumns)
		.from(auditLog)
		.leftJoin(actor, eq(actor.id, auditLog.actorId))
		.leftJoin(entityUser, and(eq(auditLog.entityType, 'user'), eq(entityUser.id, auditLog.entityId)))
		.leftJoin(entityOrg, and(eq(auditLog.entityType, 'organisation'), eq(entityOrg.id, auditLog.entityId)))
		.where(where)
		.orderBy(desc(auditLog.id))
		.limit(limit)
		.all();
}

export interface AuditListOptions {
	action?: string;
	entityType?: string;
	/** Entries about this object; without entityType, of any type (one index probe per known type). */
	entityId?: string;
	/** Entries by this account. */
	actorId?: string;
	/** Entries whose account was deleted, or entries of the system (both have no actor). */
	actorKind?: 'deleted' | 'system';
	/** Entries written at or after this instant … */
	from?: Date | null;
	/** … and before this one. */
	to?: Date | null;
	/** Only entries with an id below this one (the next page). */
	before?: number | null;
	limit?: number;
}

/** `action` is a system action (see isSystemAction), as SQL. */
const systemActionSql = () =>
	sql`(${auditLog.action} like 'system.%' or ${auditLog.action} in (${sql.join(
		SYSTEM_ACTIONS.map((a) => sql`${a}`),
		sql`, `
	)}))`;

/**
 * The id range of the entries written in [from, to): entries are written with the current time and ids
 * grow with it, so a date range becomes a range of the primary key that combines with every other
 * filter's index (each ends in id). Two look-ups in audit_log_created_idx. Null when no entry falls in
 * the range.
 */
export function auditIdRange(
	db: Conn,
	from?: Date | null,
	to?: Date | null
): { min: number; max: number } | null {
	const first = from
		? db
				.select({ id: auditLog.id })
				.from(auditLog)
				.where(gte(auditLog.createdAt, from))
				.orderBy(asc(auditLog.createdAt), asc(auditLog.id))
				.limit(1)
				.get()?.id
		: 1;
	const last = to
		? db
				.select({ id: auditLog.id })
				.from(auditLog)
				.where(lt(auditLog.createdAt, to))
				.orderBy(desc(auditLog.createdAt), desc(auditLog.id))
				.limit(1)
				.get()?.id
		: Number.MAX_SAFE_INTEGER;
	if (first === undefined || last === undefined || first > last) return null;
	return { min: first, max: last };
}

/** One page of the audit log, newest first (by id, which grows with time). */
export function listAudit(db: Conn, opts: AuditListOptions = {}) {
	const limit = opts.limit ?? PAGE_SIZE;
	const where: SQL[] = [];
	if (opts.action) where.push(eq(auditLog.action, opts.action));
	if (opts.entityType) where.push(eq(auditLog.entityType, opts.entityType));
	if (opts.entityId) {
		const id = opts.entityId.trim().toLowerCase();
		// The log shows ids cut to 8 characters: a shorter hex id is a prefix, found by a range on the index.
		if (/^[0-9a-f][0-9a-f-]{3,34}$/.test(id))
			where.push(gte(auditLog.entityId, id), lt(auditLog.entityId, `${id}~`));
		else where.push(eq(auditLog.entityId, /^[0-9a-f-]{36}$/.test(id) ? id : opts.entityId.trim()));
		// audit_log_entity_idx starts with the type: name every type, so each is an index probe.
		if (!opts.entityType) {
			const types = auditEntityTypes(db);
			if (types.length) where.push(inArray(auditLog.entityType, types));
		}
	}
	if (opts.actorId) where.push(eq(auditLog.actorId, opts.actorId));
	else if (opts.actorKind === 'deleted') where.push(isNull(auditLog.actorId), not(systemActionSql()));
	else if (opts.actorKind === 'system') where.push(isNull(auditLog.actorId), systemActionSql());
	if (opts.from || opts.to) {
		const range = auditIdRange(db, opts.from, opts.to);
		if (!range) return { entries: [], next: null };
		where.push(between(auditLog.id, range.min, range.max));
		// Exact at the edges; the id range does the work of the index.
		if (opts.from) where.push(gte(auditLog.createdAt, opts.from));
		if (opts.to) where.push(lt(auditLog.createdAt, opts.to));
	}
	if (opts.before != null) where.push(lt(auditLog.id, opts.before));
	const rows = auditQuery(db, where.length ? and(...where) : undefined, limit + 1);
	const hasMore = rows.length > limit;
	const page = hasMore ? rows.slice(0, limit) : rows;
	return {
		entries: page.map(withActorKind),
		next: hasMore ? page[page.length - 1].id : null
	};
}

/** The history of one account: entries about it (index audit_log_entity_idx), newest first. */
export function userAuditHistory(db: Conn, userId: string, limit = USER_HISTORY_LIMIT) {
	return auditQuery(db, and(eq(auditLog.entityType, 'user'), eq(auditLog.entityId, userId)), limit).map(
		withActorKind
	);
}

/**
 * The distinct values of an indexed column, one index seek per value (a "skip scan" written as a
 * recursive query): fast however many entries share a value, unlike SELECT DISTINCT, which reads them all.
 */
function distinctValues(db: Conn, column: 'action' | 'entity_type' | 'actor_id'): string[] {
	const col = sql.raw(column);
	const rows = db.all<{ v: string | null }>(sql`
		with recursive d(v) as (
			select min(${col}) from audit_log
			union all
			select (select min(${col}) from audit_log where ${col} > d.v) from d where d.v is not null
		)
		select v from d where v is not null`);
	return rows.map((r) => r.v as string);
}

/** The distinct actions for the filter select (index audit_log_action_idx). */
export function auditActions(db: Conn): string[] {
	return distinctValues(db, 'action');
}

/** The distinct entity types for the filter select (index audit_log_entity_idx). */
export function auditEntityTypes(db: Conn): string[] {
	return distinctValues(db, 'entity_type');
}

/** The accounts that appear as actors, by name, for the filter select (index audit_log_actor_idx). */
export function auditActors(db: Conn): { id: string; displayName: string }[] {
	const ids = distinctValues(db, 'actor_id');
	if (ids.length === 0) return [];
	return db
		.select({ id: users.id, displayName: users.displayName })
		.from(users)
		.where(inArray(users.id, ids))
		.all()
		.sort((a, b) => a.displayName.localeCompare(b.displayName, 'de'));
}
