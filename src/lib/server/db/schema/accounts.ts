// Accounts: people, their sessions, roles, single-use e-mail tokens, consents, organisations and invitations.
import { sql } from 'drizzle-orm';
import { blob, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { createdAt, id, timestamp } from './helpers';

export const ROLES = ['admin', 'moderation', 'gremium', 'allianz'] as const;
export type Role = (typeof ROLES)[number];

export const ACTOR_TYPES = [
	'housing_company',
	'cooperative',
	'developer',
	'bank',
	'tenants_association',
	'social_organisation',
	'politics',
	'other'
] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

export const organisations = sqliteTable(
	'organisations',
	{
		id: id(),
		name: text('name').notNull(),
		actorType: text('actor_type', { enum: ACTOR_TYPES }).notNull(),
		createdAt: createdAt()
	},
	(t) => [uniqueIndex('organisations_name_uq').on(t.name)]
);

export const users = sqliteTable(
	'users',
	{
		id: id(),
		/** Always stored trimmed and lower-cased. */
		email: text('email').notNull(),
		displayName: text('display_name').notNull(),
		passwordHash: text('password_hash').notNull(),
		emailVerifiedAt: timestamp('email_verified_at'),
		locale: text('locale', { enum: ['de', 'en'] })
			.notNull()
			.default('de'),
		organisationId: text('organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
		createdAt: createdAt()
	},
	(t) => [
		uniqueIndex('users_email_uq').on(t.email),
		// Display names are unique without regard to case (checked by the account services).
		index('users_display_name_idx').on(sql`${t.displayName} collate nocase`),
		index('users_organisation_idx').on(t.organisationId),
		index('users_created_idx').on(t.createdAt, t.id)
	]
);

export const sessions = sqliteTable(
	'sessions',
	{
		id: text('id').primaryKey(),
		/** SHA-256 of the secret half of the token; the token itself is never stored. */
		secretHash: blob('secret_hash', { mode: 'buffer' }).notNull(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		createdAt: createdAt(),
		expiresAt: timestamp('expires_at').notNull()
	},
	(t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)]
);

export const userRoles = sqliteTable(
	'user_roles',
	{
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		role: text('role', { enum: ROLES }).notNull(),
		grantedBy: text('granted_by').references(() => users.id, { onDelete: 'set null' }),
		grantedAt: createdAt()
	},
	(t) => [primaryKey({ columns: [t.userId, t.role] }), index('user_roles_role_idx').on(t.role)]
);

export const TOKEN_PURPOSES = ['verify_email', 'reset_password', 'change_email'] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

export const emailTokens = sqliteTable(
	'email_tokens',
	{
		id: id(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		purpose: text('purpose', { enum: TOKEN_PURPOSES }).notNull(),
		tokenHash: text('token_hash').notNull(),
		/** For change_email: the address that becomes the account's address once confirmed. */
		newEmail: text('new_email'),
		createdAt: createdAt(),
		expiresAt: timestamp('expires_at').notNull(),
		usedAt: timestamp('used_at')
	},
	(t) => [
		uniqueIndex('email_tokens_hash_uq').on(t.tokenHash),
		index('email_tokens_user_idx').on(t.userId, t.purpose)
	]
);

export const consents = sqliteTable(
	'consents',
	{
		id: id(),
		userId: text('user_id')
			.notNull()
			.references(() => users.id, { onDelete: 'cascade' }),
		kind: text('kind', { enum: ['privacy'] }).notNull(),
		version: text('version').notNull(),
		givenAt: createdAt()
	},
	(t) => [index('consents_user_idx').on(t.userId)]
);

export const invitations = sqliteTable(
	'invitations',
	{
		id: id(),
		organisationId: text('organisation_id')
			.notNull()
			.references(() => organisations.id, { onDelete: 'cascade' }),
		tokenHash: text('token_hash').notNull(),
		/** Free note for the admin (e.g. whom the link was sent to); not shown publicly. */
		note: text('note'),
		createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
		createdAt: createdAt(),
		expiresAt: timestamp('expires_at').notNull(),
		usedAt: timestamp('used_at'),
		usedBy: text('used_by').references(() => users.id, { onDelete: 'set null' })
	},
	(t) => [
		uniqueIndex('invitations_hash_uq').on(t.tokenHash),
		index('invitations_org_idx').on(t.organisationId, t.createdAt)
	]
);

export const accessibilityFeedback = sqliteTable(
	'accessibility_feedback',
	{
		id: id(),
		pageUrl: text('page_url'),
		message: text('message').notNull(),
		/** Optional, only if the sender wants an answer. */
		contactEmail: text('contact_email'),
		createdAt: createdAt()
	},
	(t) => [index('accessibility_feedback_created_idx').on(t.createdAt)]
);

export const auditLog = sqliteTable(
	'audit_log',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		/** Null when the actor's account was deleted (shown as "gelöschtes Konto") or for system actions. */
		actorId: text('actor_id').references(() => users.id, { onDelete: 'set null' }),
		action: text('action').notNull(),
		entityType: text('entity_type').notNull(),
		entityId: text('entity_id'),
		before: text('before', { mode: 'json' }),
		after: text('after', { mode: 'json' }),
		createdAt: timestamp('created_at')
			.notNull()
			.default(sql`(unixepoch('subsec') * 1000)`)
	},
	(t) => [
		index('audit_log_created_idx').on(t.createdAt, t.id),
		index('audit_log_entity_idx').on(t.entityType, t.entityId),
		index('audit_log_actor_idx').on(t.actorId),
		index('audit_log_action_idx').on(t.action, t.id),
		index('audit_log_entity_type_idx').on(t.entityType, t.id)
	]
);
