// Who may do what in the review chain after moderation (see docs/concepts/review-chain.md). Admins
// pass every check through the predicates they are built from.
import type { SessionUser } from '../auth/session';
import { isAdmin, isGremium, isModerator } from '../participation/permissions';

type User = Pick<SessionUser, 'emailVerified' | 'roles'> | null;

/** Read forwarded packages with their items and the internal discussion. */
export const canReadPackages = (user: User) => isGremium(user) || isModerator(user);
/** Write internal comments: everybody who may read them. */
export const canCommentInternally = canReadPackages;
/** Record or change the Begleitgremium's recommendation: Gremium members (and admins). */
export const canRecommend = (user: User) => isGremium(user);
/** Record and change the administration's response: admins ("Verwaltung") only. */
export const canRespond = (user: User) => isAdmin(user);
/** Publish a recorded response (DOMAIN.md: moderation "publishes responses"): moderation and admins. */
export const canPublishResponse = (user: User) => isModerator(user);
