import { GraphQLObjectType } from 'graphql';
import { Extensions, type MiddlewareFn } from 'type-graphql';
import { forbidden, unauthenticated } from '../common/errors.js';
import type { Scope } from '../auth/api-key.entity.js';
import { ViewerKind, type Viewer } from '../auth/viewer.js';
import type { RequestContext } from './context.js';

/**
 * Who may call an operation. Every Query and Mutation field declares its rules with `@Allow`;
 * a field without one is refused at run time (and a test lists any such field).
 */
export type AccessRule =
  | 'PUBLIC'
  | 'REP'
  | 'ADMIN'
  | 'PARTNER_ADMIN'
  | 'CUSTOMER_ADMIN'
  | 'SETUP_SESSION'
  | `scope:${Scope}`;

export function Allow(...rules: AccessRule[]): MethodDecorator & ClassDecorator & PropertyDecorator {
  return Extensions({ access: rules });
}

export function accessRulesOf(type: GraphQLObjectType, fieldName: string): AccessRule[] | undefined {
  return type.getFields()[fieldName]?.extensions?.access as AccessRule[] | undefined;
}

export function viewerMatches(viewer: Viewer | null, rule: AccessRule): boolean {
  if (rule === 'PUBLIC') return true;
  if (!viewer) return false;
  if (rule.startsWith('scope:')) return viewer.kind === ViewerKind.API_KEY && viewer.scopes.includes(rule.slice(6) as Scope);
  // Admins are reps with more rights: whatever a rep may do, an admin may do.
  if (rule === 'REP') return viewer.kind === ViewerKind.REP || viewer.kind === ViewerKind.ADMIN;
  return viewer.kind === rule;
}

/**
 * Global middleware: deny by default on every root field. A field of an object type may also
 * carry `@Allow` (Cisco-internal details on shared types, such as an order's audit trail); such a
 * field is refused to anyone else with FORBIDDEN, while fields without rules follow their parent.
 */
export const accessGuard: MiddlewareFn<RequestContext> = async ({ info, context }, next) => {
  const root = info.parentType;
  if (root !== info.schema.getQueryType() && root !== info.schema.getMutationType()) {
    const fieldRules = accessRulesOf(root, info.fieldName);
    if (!fieldRules || fieldRules.includes('PUBLIC') || fieldRules.some((rule) => viewerMatches(context.viewer, rule))) return next();
    throw forbidden();
  }
  const rules = accessRulesOf(root, info.fieldName);
  if (!rules || rules.length === 0) {
    context.log.error({ field: info.fieldName }, 'operation without an access rule refused');
    throw forbidden();
  }
  if (rules.includes('PUBLIC')) return next();
  if (context.invalidToken) throw unauthenticated('The bearer token is unknown, expired or revoked');
  if (rules.some((rule) => viewerMatches(context.viewer, rule))) return next();
  throw context.viewer ? forbidden() : unauthenticated();
};
